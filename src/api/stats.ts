import { Hono } from "hono";
import { computeStats } from "../stats/compute.ts";
import { PERIOD_FORMS, parsePeriod } from "../stats/period.ts";
import type { Db } from "../store/db.ts";
import { loadDirectory } from "../store/directory.ts";
import { longDistanceFigures } from "../store/long-distance-reports.ts";
import { wakeUpFigures } from "../store/wake-ups.ts";

/** `GET /stats?period=…`: the figures `/switchboard stats` shows, as JSON. Mounted behind the admin token. */
export function createStatsApi(deps: { db: Db; clock: () => Date }): Hono {
  const api = new Hono();
  api.get("/stats", async (c) => {
    const directory = await loadDirectory(deps.db);
    if (!directory) return c.json({ error: "no directory has been imported" }, 409);
    const asked = c.req.query("period");
    const period = parsePeriod(asked, deps.clock(), directory.organisation.timezone);
    if (!period) {
      return c.json(
        {
          error: "invalid query",
          issues: [`period: "${asked}" is not a period; use one of ${PERIOD_FORMS.join(", ")}`],
        },
        400,
      );
    }
    const [stats, longDistance, wakeUps] = await Promise.all([
      computeStats(deps.db, period, directory),
      longDistanceFigures(deps.db, period),
      wakeUpFigures(deps.db, period),
    ]);
    return c.json({
      period: {
        label: period.label,
        unit: period.unit,
        from: period.from.toISOString(),
        to: period.to.toISOString(),
      },
      ...stats,
      longDistance,
      wakeUps,
    });
  });
  return api;
}
