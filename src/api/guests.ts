// The in-house guest list, kept by the hotel's own system: a check-in, an update, a check-out,
// or the whole list at once. Only guests change here; the rest of the directory is imported.
import { type Context, Hono } from "hono";
import { z } from "zod";
import { type Directory, directorySchema, type Guest, guestSchema } from "../rules/directory.ts";
import type { Db } from "../store/db.ts";
import { guestChange, guestListChange, loadDirectoryVersion } from "../store/directory.ts";
import { prismaSql, type Sql, type SqlStatement } from "../store/sql.ts";

/** A guest as sent for one key: everything but the key, which is in the path. */
const guestBody = guestSchema.omit({ key: true });
const guestList = z.object({ guests: z.array(guestSchema) }).strict();

/** How often a change is tried again when another one was saved while it was being checked. */
const TRIES = 3;

type Outcome =
  | { ok: true; guests: Guest[] }
  | { ok: false; status: 400 | 404 | 409; body: Record<string, unknown> };

export function createGuestsApi(deps: { db: Db; clock: () => Date; sql?: Sql }): Hono {
  const sql = deps.sql ?? prismaSql(deps.db);
  const api = new Hono();

  /**
   * Applies `next` to the current guest list, checks the whole directory it makes, and saves
   * it with `statements` unless the directory changed meanwhile (then it starts again).
   */
  async function change(
    next: (guests: Guest[]) => Guest[] | "not found",
    statements: (version: Date, savedAt: Date) => SqlStatement[],
  ): Promise<Outcome> {
    for (let attempt = 0; attempt < TRIES; attempt++) {
      const current = await loadDirectoryVersion(deps.db);
      if (!current) {
        return { ok: false, status: 409, body: { error: "no directory has been imported" } };
      }
      const { directory, version } = current;
      const guests = next(directory.guests);
      if (guests === "not found")
        return { ok: false, status: 404, body: { error: "no such guest" } };
      const checked = directorySchema.safeParse({ ...directory, guests } satisfies Directory);
      if (!checked.success) {
        const issues = checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
        return { ok: false, status: 400, body: { error: "invalid guests", issues } };
      }
      // Always later than the version it replaces, so every cached copy reloads.
      const savedAt = new Date(Math.max(deps.clock().getTime(), version.getTime() + 1));
      const changes = await sql.write(statements(version, savedAt));
      if (changes.at(-1)) return { ok: true, guests: checked.data.guests };
    }
    return {
      ok: false,
      status: 409,
      body: { error: "the directory kept changing while this was saved; try again" },
    };
  }

  async function body(c: Context): Promise<unknown> {
    try {
      return await c.req.json();
    } catch {
      return undefined;
    }
  }

  const invalid = (c: Context, error: z.ZodError) =>
    c.json(
      {
        error: "invalid guests",
        issues: error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`),
      },
      400,
    );

  api.get("/guests", async (c) => {
    const current = await loadDirectoryVersion(deps.db);
    return c.json({ guests: current?.directory.guests ?? [] });
  });

  // The whole list, as the hotel's system has it now.
  api.put("/guests", async (c) => {
    const parsed = guestList.safeParse(await body(c));
    if (!parsed.success) return invalid(c, parsed.error);
    const outcome = await change(
      () => parsed.data.guests,
      (version, savedAt) => guestListChange(parsed.data.guests, version, savedAt),
    );
    if (!outcome.ok) return c.json(outcome.body, outcome.status);
    return c.json({ guests: outcome.guests.length });
  });

  // A check-in or a change of room, name or privacy.
  api.put("/guests/:key", async (c) => {
    const key = c.req.param("key");
    const parsed = guestBody.safeParse(await body(c));
    if (!parsed.success) return invalid(c, parsed.error);
    const keyed = guestSchema.safeParse({ key, ...parsed.data });
    if (!keyed.success) return invalid(c, keyed.error);
    const guest = keyed.data;
    let created = false;
    const outcome = await change(
      (guests) => {
        created = !guests.some((g) => g.key === key);
        return created ? [...guests, guest] : guests.map((g) => (g.key === key ? guest : g));
      },
      (version, savedAt) => guestChange({ key, guest }, version, savedAt),
    );
    if (!outcome.ok) return c.json(outcome.body, outcome.status);
    return c.json({ guest }, created ? 201 : 200);
  });

  // A check-out.
  api.delete("/guests/:key", async (c) => {
    const key = c.req.param("key");
    const outcome = await change(
      (guests) =>
        guests.some((g) => g.key === key) ? guests.filter((g) => g.key !== key) : "not found",
      (version, savedAt) => guestChange({ key, guest: null }, version, savedAt),
    );
    if (!outcome.ok) return c.json(outcome.body, outcome.status);
    return c.body(null, 204);
  });

  return api;
}
