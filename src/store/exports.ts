import { type Db, prismaOf } from "./db.ts";
import { callJson, messageJson } from "./json.ts";
import { withSurveys } from "./surveys.ts";

// Calls and messages for a time range, a page at a time, for exports: a large range is never
// loaded at once.

export type CallRecord = ReturnType<typeof callJson>;
export type MessageRecord = ReturnType<typeof messageJson>;

/** The call's start (calls) or the message's creation (messages) in [from, to), oldest first. */
export async function* callPages(
  db: Db,
  range: { from: Date; to: Date },
  pageSize: number,
): AsyncGenerator<CallRecord[]> {
  let after: { startedAt: Date; callSid: string } | undefined;
  for (;;) {
    const page = await prismaOf(db).call.findMany({
      where: {
        startedAt: { gte: range.from, lt: range.to },
        ...(after && {
          OR: [
            { startedAt: { gt: after.startedAt } },
            { startedAt: after.startedAt, callSid: { gt: after.callSid } },
          ],
        }),
      },
      orderBy: [{ startedAt: "asc" }, { callSid: "asc" }],
      take: pageSize,
    });
    if (page.length > 0) yield (await withSurveys(db, page)).map(callJson);
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = { startedAt: last.startedAt, callSid: last.callSid };
  }
}

export async function* messagePages(
  db: Db,
  range: { from: Date; to: Date },
  pageSize: number,
): AsyncGenerator<MessageRecord[]> {
  let after: { createdAt: Date; id: string } | undefined;
  for (;;) {
    const page = await prismaOf(db).message.findMany({
      where: {
        createdAt: { gte: range.from, lt: range.to },
        ...(after && {
          OR: [
            { createdAt: { gt: after.createdAt } },
            { createdAt: after.createdAt, id: { gt: after.id } },
          ],
        }),
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: pageSize,
    });
    if (page.length > 0) yield page.map(messageJson);
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = { createdAt: last.createdAt, id: last.id };
  }
}
