// The nightly backup of the Node database, and its settings.
import { z } from "zod";
import { ConfigError } from "../config.ts";
import { dateOfDay, dayNumber } from "../rules/calendar.ts";
import { localParts } from "../rules/hours.ts";
import { organisationCalendar } from "../store/directory.ts";
import {
  backupDatabase,
  DEFAULT_BACKUP_DIR,
  DEFAULT_BACKUP_KEEP,
} from "../store/runtime/backup.ts";
import type { Job } from "./runner.ts";

/** BACKUP_DIR and BACKUP_KEEP from the environment, with their defaults. */
export function backupSettings(env: Record<string, string | undefined>): {
  dir: string;
  keep: number;
} {
  const parsed = z
    .object({
      BACKUP_DIR: z.string().trim().min(1).default(DEFAULT_BACKUP_DIR),
      BACKUP_KEEP: z.coerce
        .number({ error: "must be a whole number of at least 1" })
        .int()
        .min(1)
        .default(DEFAULT_BACKUP_KEEP),
    })
    .safeParse({
      BACKUP_DIR: env.BACKUP_DIR || undefined,
      BACKUP_KEEP: env.BACKUP_KEEP || undefined,
    });
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  return { dir: parsed.data.BACKUP_DIR, keep: parsed.data.BACKUP_KEEP };
}

/** The local date whose nightly backup is due by `at`: today from `atHour` on, yesterday before it. */
export function backupNight(at: Date, timezone: string, atHour: number): string {
  const local = localParts(at, timezone);
  return local.hour >= atHour ? local.date : dateOfDay(dayNumber(local.date) - 1);
}

export interface BackupJobOptions {
  databaseUrl: string;
  /**
   * The time zone of the hour. By default the organisation's, read at each check, so a
   * directory import that moves it takes effect at once.
   */
  timezone?: string;
  dir?: string;
  keep?: number;
  /** Local hour from which the night's backup is due; 3 by default. */
  atHour?: number;
}

/**
 * The nightly backup: due once per local day from 03:00, and at once if that night's backup was
 * missed (the server was down at 03:00) or none has ever been taken.
 */
export function backupJob(options: BackupJobOptions): Job {
  const atHour = options.atHour ?? 3;
  return {
    name: "backup",
    everyMs: 24 * 60 * 60_000,
    leaseMs: 30 * 60_000,
    due(now, lastRunAt, db) {
      if (lastRunAt === null) return true;
      const next = (timezone: string) =>
        backupNight(now, timezone, atHour) > backupNight(lastRunAt, timezone, atHour);
      if (options.timezone) return next(options.timezone);
      return organisationCalendar(db).then((organisation) => next(organisation?.timezone ?? "UTC"));
    },
    async run({ now }) {
      const result = await backupDatabase(options.databaseUrl, {
        dir: options.dir,
        keep: options.keep,
        now,
      });
      return { file: result.file, bytes: result.bytes, removed: result.removed };
    },
  };
}
