import { createAssistant } from "../ai/assistant.ts";
import { createTranscriber } from "../ai/transcribe.ts";
import { slackDeliverer } from "../bot/deliver.ts";
import { createSlackClient } from "../bot/slack.ts";
import { type Config, LONG_DISTANCE_DEFAULTS } from "../config.ts";
import type { Db } from "../store/db.ts";
import { loadDirectory } from "../store/directory.ts";
import { fetchRecordingAudio } from "../twilio/recordings.ts";
import { callTallyJob } from "./call-tally.ts";
import { emergencyRepeatJob } from "./emergency-repeat.ts";
import { holidayCalendarJob } from "./holiday-calendar.ts";
import { longDistanceJob } from "./long-distance.ts";
import { outboxJob } from "./outbox.ts";
import { messageRemindersJob } from "./reminders.ts";
import type { Job } from "./runner.ts";
import { messageTranscriptionJob } from "./transcription.ts";

/** How often the Node entry's timer runs the jobs; Workers use a one-minute cron instead. */
export const JOB_TICK_MS = 15_000;

/** The jobs both runtimes run: the same list for the Node timer and the Workers cron. */
export function coreJobs(deps: {
  db: Db;
  config: Pick<Config, "slack" | "slackApiUrl"> &
    Partial<
      Pick<
        Config,
        "longDistance" | "twilioAccountSid" | "twilioAuthToken" | "twilioApiUrl" | "openai"
      >
    >;
  fetch?: typeof fetch;
}): Job[] {
  const { twilioAccountSid, twilioAuthToken, twilioApiUrl } = deps.config;
  const twilio =
    twilioAccountSid && twilioAuthToken && twilioApiUrl
      ? {
          accountSid: twilioAccountSid,
          authToken: twilioAuthToken,
          apiUrl: twilioApiUrl,
          ...(deps.fetch ? { fetch: deps.fetch } : {}),
        }
      : null;
  const { slack } = deps.config;
  const deliver = slack
    ? slackDeliverer({
        client: createSlackClient({
          token: slack.botToken,
          apiUrl: deps.config.slackApiUrl,
          fetch: deps.fetch,
        }),
        db: deps.db,
        directory: () => loadDirectory(deps.db),
        channels: {
          emergency: slack.emergencyChannel,
          supervisors: slack.supervisorsChannel,
          approvers: slack.approversChannel,
        },
        recordingAudio: twilio ? (sid) => fetchRecordingAudio(twilio, sid) : null,
      })
    : null;
  const { openai } = deps.config;
  const fetchOption = deps.fetch ? { fetch: deps.fetch } : {};
  // Messages Twilio did not transcribe are transcribed through the model API, when there is one.
  const transcription =
    openai && twilio
      ? messageTranscriptionJob({
          transcribe: createTranscriber({
            apiKey: openai.apiKey,
            baseUrl: openai.baseUrl,
            model: openai.transcribeModel,
            // A recording takes longer than a turn's answer: up to two minutes of speech.
            timeoutMs: 60_000,
            ...fetchOption,
          }),
          twilio,
          assistant: createAssistant({ ...openai, clock: () => new Date(), ...fetchOption }),
        })
      : null;
  return [
    outboxJob(deliver),
    emergencyRepeatJob(),
    messageRemindersJob(),
    longDistanceJob({ settings: deps.config.longDistance ?? LONG_DISTANCE_DEFAULTS, twilio }),
    callTallyJob(),
    holidayCalendarJob(),
    ...(transcription ? [transcription] : []),
  ];
}
