// Wake-up calls set by the hotel's own system: what `POST /api/wakeups` and
// `GET /api/wakeups?date=` accept, read against the directory and the clock, and the routes.
// Every refusal names its field, as the guests API's do.
import { type Context, Hono } from "hono";
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
import type { Db } from "../store/db.ts";
import type { DirectorySource } from "../store/directory.ts";
import type { WakeUpCall, WakeUpRing } from "../store/records.ts";
import {
  cancelWakeUp,
  findWakeUp,
  listWakeUps,
  setWakeUps,
  wakeUpFor,
  wakeUpGuests,
  wakeUpWithRings,
} from "../store/wake-ups.ts";

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

/** A wake-up as the API shows it, with its rings. */
export function wakeUpJson(w: WakeUpCall, rings: readonly WakeUpRing[]) {
  return {
    id: w.id,
    room: w.room,
    guests: wakeUpGuests(w).map((g) => ({ key: g.key, name: g.name })),
    date: w.date,
    time: w.time,
    at: w.at.toISOString(),
    language: w.language,
    source: w.source,
    state: w.state,
    snoozes: w.snoozes,
    rings: rings.map((r) => ({
      ring: r.ring,
      callSid: r.callSid,
      startedAt: r.startedAt.toISOString(),
      answeredAt: r.answeredAt?.toISOString() ?? null,
      key: r.key,
      status: r.status,
      failure: r.failure,
      endedAt: r.endedAt?.toISOString() ?? null,
    })),
    checkedBy: w.checkedBy,
    checkedAt: w.checkedAt?.toISOString() ?? null,
    createdAt: w.createdAt.toISOString(),
  };
}

/** `POST /wakeups`, `GET /wakeups?date=`, `DELETE /wakeups/:id`; mounted behind the admin token. */
export function createWakeUpsApi(deps: { db: Db; clock: () => Date; directory: DirectorySource }) {
  const api = new Hono();
  const invalid = (c: Context, issues: string[]) =>
    c.json({ error: "invalid wake-up", issues }, 400);

  async function context() {
    const now = deps.clock();
    const dir = await deps.directory.get(now);
    return dir ? { dir, clock: { now, timezone: dir.organisation.timezone } } : null;
  }
  const noDirectory = (c: Context) => c.json({ error: "no directory has been imported" }, 409);

  api.post("/wakeups", async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return invalid(c, ["body: must be a JSON object"]);
    }
    const at = await context();
    if (!at) return noDirectory(c);
    const asked = newWakeUp(body, at.dir, at.clock);
    if (!asked.ok) return invalid(c, asked.issues);
    const [stored] = await setWakeUps(
      deps.db,
      [wakeUpFor(asked.wakeUp, at.clock.timezone, { source: "api", setBy: "admin-api" })],
      at.clock.now,
      { actor: "admin-api" },
    );
    if (!stored) return c.json({ error: "the wake-up could not be stored; try again" }, 409);
    const found = await wakeUpWithRings(deps.db, stored.wakeUp.id);
    return c.json(wakeUpJson(stored.wakeUp, found?.rings ?? []), stored.created ? 201 : 200);
  });

  api.get("/wakeups", async (c) => {
    const at = await context();
    if (!at) return noDirectory(c);
    const asked = wakeUpListDate(c.req.query(), at.clock);
    if (!asked.ok) return c.json({ error: "invalid query", issues: asked.issues }, 400);
    const day = await listWakeUps(deps.db, asked.date);
    return c.json({
      date: asked.date,
      items: day.map(({ wakeUp, rings }) => wakeUpJson(wakeUp, rings)),
    });
  });

  api.delete("/wakeups/:id", async (c) => {
    const id = c.req.param("id");
    const found = await findWakeUp(deps.db, id);
    if (!found) return c.json({ error: "no such wake-up" }, 404);
    const cancelled = await cancelWakeUp(deps.db, id, "admin-api", deps.clock());
    const now = await wakeUpWithRings(deps.db, id);
    if (!cancelled) {
      return c.json(
        { error: `the wake-up is ${now?.wakeUp.state ?? found.state}: nothing is left to cancel` },
        409,
      );
    }
    return c.json(now ? wakeUpJson(now.wakeUp, now.rings) : { id });
  });

  return api;
}
