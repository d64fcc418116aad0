import { z } from "zod";
import { startOfLocalDay } from "../rules/local-days.ts";
import type { DirectorySource } from "../store/directory.ts";

/** A point in time in a query: a date, or a date-time with Z or an offset. */
export const instant = z.union(
  [z.iso.date(), z.iso.datetime({ offset: true }), z.iso.datetime({ offset: true, precision: -1 })],
  {
    error:
      "must be a date (2026-11-01) or a date-time with Z or an offset (2026-11-01T00:00+08:00)",
  },
);

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The instant a query's value names. A date alone is midnight where the organisation is, so a
 * supervisor's "2026-11-01" is their own first of November.
 */
export function instantIn(value: string, timezone: string): Date {
  return DATE_ONLY.test(value) ? startOfLocalDay(value, timezone) : new Date(value);
}

/** The organisation's time zone, for reading dates; UTC until a directory is imported. */
export async function organisationTimezone(directory: DirectorySource, now: Date) {
  return (await directory.get(now))?.organisation.timezone ?? "UTC";
}
