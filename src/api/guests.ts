// The in-house guest list, kept by the hotel's own system: a check-in, an update, a check-out,
// or the whole list at once. Only guests change here; the rest of the directory is imported.
import { type Context, Hono } from "hono";
import { z } from "zod";
import { guestSchema } from "../rules/directory.ts";
import type { Db } from "../store/db.ts";
import {
  changeGuests,
  type GuestsChanged,
  guestChange,
  guestListChange,
  loadDirectoryVersion,
} from "../store/directory.ts";

/** A guest as sent for one key: everything but the key, which is in the path. */
const guestBody = guestSchema.omit({ key: true });
const guestList = z.object({ guests: z.array(guestSchema) }).strict();

export function createGuestsApi(deps: { db: Db; clock: () => Date }): Hono {
  const api = new Hono();

  async function body(c: Context): Promise<unknown> {
    try {
      return await c.req.json();
    } catch {
      return undefined;
    }
  }

  const invalid = (c: Context, issues: string[]) =>
    c.json({ error: "invalid guests", issues }, 400);
  const zodIssues = (error: z.ZodError) =>
    error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`);

  /** A change that could not be made, as an answer. */
  function refused(c: Context, outcome: Exclude<GuestsChanged, { ok: true }>) {
    switch (outcome.reason) {
      case "invalid":
        return invalid(c, outcome.issues);
      case "not found":
        return c.json({ error: "no such guest" }, 404);
      case "no directory":
        return c.json({ error: "no directory has been imported" }, 409);
      case "busy":
        return c.json(
          { error: "the directory kept changing while this was saved; try again" },
          409,
        );
    }
  }

  api.get("/guests", async (c) => {
    const current = await loadDirectoryVersion(deps.db);
    return c.json({ guests: current?.directory.guests ?? [] });
  });

  // The whole list, as the hotel's system has it now.
  api.put("/guests", async (c) => {
    const parsed = guestList.safeParse(await body(c));
    if (!parsed.success) return invalid(c, zodIssues(parsed.error));
    const outcome = await changeGuests(deps, () => parsed.data.guests, guestListChange);
    if (!outcome.ok) return refused(c, outcome);
    return c.json({ guests: outcome.guests.length });
  });

  // A check-in or a change of room, name or privacy.
  api.put("/guests/:key", async (c) => {
    const key = c.req.param("key");
    const parsed = guestBody.safeParse(await body(c));
    if (!parsed.success) return invalid(c, zodIssues(parsed.error));
    const keyed = guestSchema.safeParse({ key, ...parsed.data });
    if (!keyed.success) return invalid(c, zodIssues(keyed.error));
    const guest = keyed.data;
    let created = false;
    const outcome = await changeGuests(
      deps,
      (guests) => {
        created = !guests.some((g) => g.key === key);
        return created ? [...guests, guest] : guests.map((g) => (g.key === key ? guest : g));
      },
      (_, version, savedAt) => guestChange({ put: [guest], remove: [] }, version, savedAt),
    );
    if (!outcome.ok) return refused(c, outcome);
    return c.json({ guest }, created ? 201 : 200);
  });

  // A check-out.
  api.delete("/guests/:key", async (c) => {
    const key = c.req.param("key");
    const outcome = await changeGuests(
      deps,
      (guests) =>
        guests.some((g) => g.key === key) ? guests.filter((g) => g.key !== key) : "not found",
      (_, version, savedAt) => guestChange({ put: [], remove: [key] }, version, savedAt),
    );
    if (!outcome.ok) return refused(c, outcome);
    return c.body(null, 204);
  });

  return api;
}
