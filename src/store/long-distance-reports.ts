import { money } from "../rules/money.ts";
import { type Db, prismaOf } from "./db.ts";
import { CALL_ENDED } from "./long-distance.ts";
import type { LongDistanceRequest } from "./records.ts";

// What the long-distance register shows: the ledger finance settles from, the admin API's list
// and export, the figures for statistics and handovers, and a request as JSON.

/** Private calls that ended and are not yet settled with finance. */
function awaitingSettlement(range?: { from: Date; to: Date }) {
  return {
    private: true,
    status: { in: [...CALL_ENDED] },
    settledAt: null,
    ...(range ? { createdAt: { gte: range.from, lt: range.to } } : {}),
  };
}

/** The private calls finance settles: those still to settle, or a period's, oldest first. */
export async function ledger(
  db: Db,
  range?: { from: Date; to: Date },
): Promise<LongDistanceRequest[]> {
  return prismaOf(db).longDistanceRequest.findMany({
    where: range
      ? {
          private: true,
          status: { in: [...CALL_ENDED] },
          createdAt: { gte: range.from, lt: range.to },
        }
      : awaitingSettlement(),
    orderBy: { createdAt: "asc" },
  });
}

/** Requests still waiting for a decision at the end of a shift. */
export async function pendingRequests(db: Db, range: { from: Date; to: Date }): Promise<number> {
  return prismaOf(db).longDistanceRequest.count({
    where: { status: "pending", createdAt: { lt: range.to }, expiresAt: { gt: range.to } },
  });
}

/** What the admin API filters the register by. */
export interface RegisterFilter {
  createdFrom?: Date;
  createdBefore?: Date;
  status?: string;
  tollClass?: string;
  private?: boolean;
  requester?: string;
  settlement?: "awaiting" | "settled";
}

function registerWhere(f: RegisterFilter) {
  return {
    ...(f.createdFrom || f.createdBefore
      ? {
          createdAt: {
            ...(f.createdFrom ? { gte: f.createdFrom } : {}),
            ...(f.createdBefore ? { lt: f.createdBefore } : {}),
          },
        }
      : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.tollClass ? { tollClass: f.tollClass } : {}),
    ...(f.private !== undefined ? { private: f.private } : {}),
    ...(f.requester ? { requesterKey: f.requester } : {}),
    ...(f.settlement === "awaiting" ? awaitingSettlement() : {}),
    ...(f.settlement === "settled" ? { settledAt: { not: null } } : {}),
  };
}

/** The register as the admin API lists it, newest first. */
export async function listRequests(
  db: Db,
  filter: RegisterFilter,
  page: { page: number; pageSize: number },
): Promise<{ items: LongDistanceRequest[]; total: number }> {
  const prisma = prismaOf(db);
  const where = registerWhere(filter);
  const [items, total] = await Promise.all([
    prisma.longDistanceRequest.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page.page - 1) * page.pageSize,
      take: page.pageSize,
    }),
    prisma.longDistanceRequest.count({ where }),
  ]);
  return { items, total };
}

/** The register oldest first, a page at a time: a large range is never loaded at once. */
export async function* requestPages(
  db: Db,
  filter: RegisterFilter,
  pageSize: number,
): AsyncGenerator<LongDistanceRequest[]> {
  const where = registerWhere(filter);
  let after: { createdAt: Date; id: string } | undefined;
  for (;;) {
    const page = await prismaOf(db).longDistanceRequest.findMany({
      where: {
        AND: [
          where,
          after
            ? {
                OR: [
                  { createdAt: { gt: after.createdAt } },
                  { createdAt: after.createdAt, id: { gt: after.id } },
                ],
              }
            : {},
        ],
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: pageSize,
    });
    yield page;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = { createdAt: last.createdAt, id: last.id };
  }
}

export interface LongDistanceFigures {
  requests: number;
  approved: number;
  denied: number;
  expired: number;
  /** Calls that reached the destination */
  connected: number;
  seconds: number;
  /** What the connected calls cost, per currency */
  cost: { currency: string; amount: string }[];
  /** Connected calls with no price yet */
  unpriced: number;
}

export async function longDistanceFigures(
  db: Db,
  range: { from: Date; to: Date },
): Promise<LongDistanceFigures> {
  const rows = await prismaOf(db).longDistanceRequest.findMany({
    where: { createdAt: { gte: range.from, lt: range.to } },
    select: {
      status: true,
      decidedBy: true,
      durationSeconds: true,
      cost: true,
      costCurrency: true,
    },
  });
  const figures: LongDistanceFigures = {
    requests: rows.length,
    approved: 0,
    denied: 0,
    expired: 0,
    connected: 0,
    seconds: 0,
    cost: [],
    unpriced: 0,
  };
  const costs = new Map<string, number>();
  for (const row of rows) {
    if (row.status === "denied") figures.denied += 1;
    else if (row.status === "expired") figures.expired += 1;
    else if (row.decidedBy && row.status !== "pending") figures.approved += 1;
    if (row.status !== "completed") continue;
    figures.connected += 1;
    figures.seconds += row.durationSeconds ?? 0;
    if (row.cost !== null && row.costCurrency) {
      costs.set(row.costCurrency, (costs.get(row.costCurrency) ?? 0) + Number(row.cost));
    } else figures.unpriced += 1;
  }
  figures.cost = [...costs]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amount]) => ({ currency, amount: money(amount) }));
  return figures;
}

export function requestJson(r: LongDistanceRequest) {
  const iso = (at: Date | null) => at?.toISOString() ?? null;
  return {
    id: r.id,
    source: r.source,
    requester: r.requesterKey,
    requesterName: r.requesterName,
    requesterSlackId: r.requesterSlackId,
    department: r.department,
    destination: r.destination,
    region: r.region,
    class: r.tollClass,
    reason: r.reason,
    private: r.private,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    decidedBy: r.decidedBy,
    decidedByName: r.decidedByName,
    decidedAt: iso(r.decidedAt),
    denyReason: r.denyReason,
    deposit: r.deposit,
    depositCurrency: r.depositCurrency,
    callSid: r.callSid,
    destinationCallSid: r.destinationCallSid,
    callStatus: r.callStatus,
    callStartedAt: iso(r.callStartedAt),
    callEndedAt: iso(r.callEndedAt),
    durationSeconds: r.durationSeconds,
    callFailure: r.callFailure,
    cost: r.cost,
    costCurrency: r.costCurrency,
    costSource: r.costSource,
    settledBy: r.settledBy,
    settledByName: r.settledByName,
    settledAt: iso(r.settledAt),
    // Each leg's price, after the fields that were there first, so a CSV's columns keep their places.
    deskCost: r.deskCost,
    deskCostCurrency: r.deskCostCurrency,
    destinationCost: r.destinationCost,
    destinationCostCurrency: r.destinationCostCurrency,
  };
}

export type LongDistanceRecord = ReturnType<typeof requestJson>;
