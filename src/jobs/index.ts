import type { LongDistanceSettings } from "../config.ts";
import type { Deliver } from "../store/outbox.ts";
import type { TwilioAccount } from "../twilio/rest.ts";
import { callTallyJob } from "./call-tally.ts";
import { emergencyRepeatJob } from "./emergency-repeat.ts";
import { holidayCalendarJob } from "./holiday-calendar.ts";
import { longDistanceJob } from "./long-distance-upkeep.ts";
import { outboxJob } from "./outbox.ts";
import { messageRemindersJob } from "./reminders.ts";
import type { Job } from "./runner.ts";
import { messageTranscriptionJob, type TranscriptionDeps } from "./transcription.ts";
import { wakeUpJob } from "./wake-ups.ts";
import { weeklyDigestJob } from "./weekly-digest.ts";

/** How often the Node entry's timer runs the jobs; Workers use a one-minute cron instead. */
export const JOB_TICK_MS = 15_000;

/**
 * The jobs both runtimes run: the same list for the Node timer and the Workers cron. They only
 * schedule: what they call on (the Slack deliverer, the model, Twilio) is given to them.
 */
export function coreJobs(deps: {
  /** Posts the outbox's notices; null without Slack, and they wait. */
  deliver: Deliver | null;
  longDistance: LongDistanceSettings;
  /** Without a Twilio account, approved calls are priced from the tariff at once. */
  twilio: TwilioAccount | null;
  /** Transcribes messages Twilio did not; null without a model API and a Twilio account. */
  transcription: TranscriptionDeps | null;
  /** Where Twilio fetches a wake-up call's greeting; without it, wake-ups cannot ring. */
  publicBaseUrl: string | null;
}): Job[] {
  return [
    // First, so a room is rung on time and the front desk hears of an unanswered one this run.
    wakeUpJob({ twilio: deps.twilio, publicBaseUrl: deps.publicBaseUrl }),
    outboxJob(deps.deliver),
    emergencyRepeatJob(),
    messageRemindersJob(),
    longDistanceJob({ settings: deps.longDistance, twilio: deps.twilio }),
    callTallyJob(),
    weeklyDigestJob(),
    holidayCalendarJob(),
    ...(deps.transcription ? [messageTranscriptionJob(deps.transcription)] : []),
  ];
}
