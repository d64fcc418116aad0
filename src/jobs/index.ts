import { slackDeliverer } from "../bot/deliver.ts";
import { createSlackClient } from "../bot/slack.ts";
import type { Config } from "../config.ts";
import type { Db } from "../store/db.ts";
import { loadDirectory } from "../store/directory.ts";
import { emergencyRepeatJob } from "./emergency-repeat.ts";
import { outboxJob } from "./outbox.ts";
import { messageRemindersJob } from "./reminders.ts";
import type { Job } from "./runner.ts";

/** How often the Node entry's timer runs the jobs; Workers use a one-minute cron instead. */
export const JOB_TICK_MS = 15_000;

/** The jobs both runtimes run: the same list for the Node timer and the Workers cron. */
export function coreJobs(deps: {
  db: Db;
  config: Pick<Config, "slack" | "slackApiUrl">;
  fetch?: typeof fetch;
}): Job[] {
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
        channels: { emergency: slack.emergencyChannel, supervisors: slack.supervisorsChannel },
      })
    : null;
  return [outboxJob(deliver), emergencyRepeatJob(), messageRemindersJob()];
}
