// Wake-up calls set by the hotel's own system: what `POST /api/wakeups` and
// `GET /api/wakeups?date=` accept, read against the directory and the clock. Every refusal
// names its field, as the guests API's do.
import { z } from "zod";
import {
  type Directory,
  findGuest,
  type Guest,
  LANGUAGES,
  type Language,
} from "../rules/directory.ts";
import { guestsInRoom } from "../rules/wake-up/guests.ts";
import { type LocalTime, localTimeOf } from "../rules/wake-up/local-time.ts";
import type { WakeUpClock } from "../rules/wake-up/resolve.ts";
import { wakeUpTime } from "../rules/wake-up/set.ts";

const date = z.iso.date({ error: "must be a date YYYY-MM-DD" });

/** One wake-up: for a room, or for one guest by key; at a local time, on a date or the next one. */
export const wakeUpBody = z
  .object({
    room: z
      .string()
      .regex(/^\d{1,6}$/, "must be the room's extension digits")
      .optional(),
    guest: z.string().min(1, "must be a guest's key").optional(),
    time: z.string({ error: "is required: a time of day HH:MM" }),
    date: date.optional(),
    /** The language of the greeting; the organisation's default language without it. */
    language: z.enum(LANGUAGES, { error: "must be zh or en" }).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.room === undefined && body.guest === undefined) {
      ctx.addIssue({ code: "custom", path: ["room"], message: "give room or guest" });
    } else if (body.room !== undefined && body.guest !== undefined) {
      ctx.addIssue({ code: "custom", path: ["guest"], message: "give room or guest, not both" });
    }
  });

export const wakeUpListQuery = z.object({ date: date.optional() });

/** A wake-up to set: the room to ring, who is woken (for the front desk), when and in what language. */
export interface NewWakeUp {
  room: string;
  guests: Guest[];
  at: LocalTime;
  language: Language;
  /** No date was given and today's time had passed: it rings tomorrow. */
  rolled: boolean;
}

type Refused = { ok: false; issues: string[] };

const issuesOf = (error: z.ZodError) =>
  error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`);

/** A `POST /api/wakeups` body as the wake-up it asks for, or why not, field by field. */
export function newWakeUp(
  body: unknown,
  dir: Directory,
  clock: WakeUpClock,
): { ok: true; wakeUp: NewWakeUp } | Refused {
  const parsed = wakeUpBody.safeParse(body);
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
  const { room, guest: key, time, date, language } = parsed.data;
  const guest = key === undefined ? undefined : findGuest(dir, key);
  if (key !== undefined && !guest) return { ok: false, issues: [`guest: no guest "${key}"`] };
  const target = guest?.room ?? room ?? "";
  const guests = guest ? [guest] : guestsInRoom(dir, target);
  if (guests.length === 0) {
    return { ok: false, issues: [`room: no guest is staying in ${target}`] };
  }
  const at = wakeUpTime(date === undefined ? { time } : { time, date }, clock);
  if ("problem" in at) return { ok: false, issues: [`${at.field}: ${at.message}`] };
  return {
    ok: true,
    wakeUp: {
      room: target,
      guests,
      at: at.at,
      language: language ?? dir.organisation.defaultLanguage,
      rolled: at.rolled,
    },
  };
}

/** The local date a `GET /api/wakeups` lists: `date`, or today where the organisation is. */
export function wakeUpListDate(
  query: unknown,
  clock: WakeUpClock,
): { ok: true; date: string } | Refused {
  const parsed = wakeUpListQuery.safeParse(query);
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
  return { ok: true, date: parsed.data.date ?? localTimeOf(clock.now, clock.timezone).date };
}
