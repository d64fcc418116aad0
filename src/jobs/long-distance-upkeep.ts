import type { LongDistanceSettings } from "../config.ts";
import { type Money, ratesUsed, sumOf } from "../rules/money.ts";
import { tariffCost } from "../rules/toll.ts";
import {
  callLegs,
  costBasis,
  countPriceCheck,
  expireRequest,
  findExpired,
  findStalled,
  findUnpriced,
  markStalled,
  recordCost,
  recordLegCost,
} from "../store/long-distance.ts";
import { reportedCost } from "../store/outbound-calls.ts";
import type { LongDistanceRequest } from "../store/records.ts";
import { fetchCallPrice } from "../twilio/approved-calls.ts";
import type { TwilioAccount } from "../twilio/rest.ts";
import type { Job, JobContext } from "./runner.ts";

/**
 * When to ask Twilio again for a call's price, counted from the call's end: Twilio rates a
 * call within minutes, usually. After the last ask the tariff table prices it.
 */
export const PRICE_CHECKS_AFTER_MS = [0, 60_000, 5 * 60_000, 15 * 60_000, 30 * 60_000] as const;

/**
 * Long-distance housekeeping: requests not decided in time expire; calls whose desk hung up
 * before the bridge are closed; finished calls get their cost from Twilio, else the tariff.
 */
export function longDistanceJob(deps: {
  settings: LongDistanceSettings;
  /** Without Twilio credentials prices come from the tariff at once. */
  twilio: TwilioAccount | null;
}): Job {
  return {
    name: "long-distance",
    everyMs: 0,
    async run(ctx) {
      const { db, now } = ctx;
      let expired = 0;
      for (const request of await findExpired(db, now)) {
        const detail = { createdAt: request.createdAt.toISOString() };
        if (await expireRequest(db, request.id, now, detail)) expired += 1;
      }
      let stalled = 0;
      const limit = (deps.settings.timeLimitMinutes + 5) * 60_000;
      for (const request of await findStalled(db, new Date(now.getTime() - limit))) {
        if (await markStalled(db, request.id, now)) stalled += 1;
      }
      let priced = 0;
      for (const request of await findUnpriced(db)) {
        if (await price(ctx, deps, request)) priced += 1;
      }
      return { expired, stalled, priced };
    },
  };
}

/**
 * Prices one finished call if it is time to; true when its cost was recorded. The cost is both
 * legs' prices together: those the reports did not carry are asked of Twilio, and when Twilio
 * has not rated both by the last ask, the tariff prices the call.
 */
async function price(
  ctx: JobContext,
  deps: { settings: LongDistanceSettings; twilio: TwilioAccount | null },
  request: LongDistanceRequest,
): Promise<boolean> {
  const { db, now } = ctx;
  const { deposit, fx, fxDate } = deps.settings;
  const legs = callLegs(request);
  const total = () =>
    legs.every((l) => l.cost)
      ? sumOf(
          legs.map((l) => l.cost as Money),
          deposit.currency,
          fx,
        )
      : null;
  // What the total was added up from, and at which rates, for the audit entry.
  const basis = (sum: Money) =>
    costBasis(legs, {
      rates: ratesUsed(
        legs.map((l) => l.cost as Money),
        sum,
        fx,
      ),
      date: fxDate,
    });
  const known = total();
  if (known) return recorded(ctx, request, known, "twilio", basis(known));
  const endedAt = request.callEndedAt ?? now;
  const nextCheck = PRICE_CHECKS_AFTER_MS[request.priceChecks];
  const twilio = deps.twilio;
  if (twilio && legs.every((l) => l.callSid) && nextCheck !== undefined) {
    if (now.getTime() - endedAt.getTime() < nextCheck) return false;
    for (const leg of legs) {
      if (leg.cost) continue;
      try {
        const reported = await fetchCallPrice(twilio, leg.callSid as string);
        leg.cost = reportedCost(reported.price, reported.priceUnit);
      } catch (error) {
        ctx.log.warn("could not ask Twilio for a call's price", {
          error,
          request: request.id,
          leg: leg.leg,
        });
      }
      if (leg.cost) await recordLegCost(db, request.id, leg.leg, leg.cost);
    }
    const asked = total();
    if (asked) return recorded(ctx, request, asked, "twilio", basis(asked));
    await countPriceCheck(db, request.id);
    return false;
  }
  const cost = tariffCost(deps.settings.tariff, {
    region: request.region,
    tollClass: request.tollClass,
    durationSeconds: request.durationSeconds ?? 0,
  });
  if (!cost) return recorded(ctx, request, null, "none");
  const { amount, currency, ...from } = cost;
  return recorded(ctx, request, { amount, currency }, "tariff", {
    ...from,
    rounding: "each started minute",
  });
}

function recorded(
  ctx: JobContext,
  request: LongDistanceRequest,
  cost: { amount: string; currency: string } | null,
  source: "twilio" | "tariff" | "none",
  basis?: object,
): Promise<boolean> {
  return recordCost(ctx.db, request, cost, source, ctx.now, basis);
}
