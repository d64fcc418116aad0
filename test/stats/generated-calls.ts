// A year of calls at the demo hotel (Asia/Shanghai) whose statistics are known by hand.
//
// Every local day of 2026:
//   00:30 engineering, missed          (the previous day in UTC)
//   09:15 front_desk, transferred, answered after 10 s on odd days and 20 s on even days
//   14:30 restaurant, message
//   23:30 no department, abandoned
// The 1st of every month also: 08:00 security, emergency (midnight UTC).
// Surveys: the 09:15 caller scores the day of the month mod 5, plus 1 (taken by chen_jing), a
// 1 or 2 left open on odd days and done on even ones; the 14:30 caller is asked and never answers.
// 2026-11-25 also: 10:00 no department, info; 10:05 front_desk, still going (no outcome).
// Just outside 2026 in Shanghai: 2025-12-31 23:59:59.999 and 2027-01-01 00:00, both
// front_desk, transferred, answered after 5 s.
import { type Db, prismaOf } from "../../src/store/db.ts";
import { newCallSid } from "../support/harness.ts";

interface GeneratedCall {
  department: string | null;
  outcome: string | null;
  startedAt: Date;
  answerSeconds?: number;
  survey?: { score: number | null; staff: string | null; followUp?: "open" | "done" };
}

/** A Shanghai wall-clock reading as an instant. */
export function shanghai(date: string, time: string): Date {
  return new Date(`${date}T${time}+08:00`);
}

export function generatedCalls(): GeneratedCall[] {
  const calls: GeneratedCall[] = [];
  for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2027, 0, 1); day += 86_400_000) {
    const date = new Date(day).toISOString().slice(0, 10);
    const dayOfMonth = new Date(day).getUTCDate();
    calls.push(
      { department: "engineering", outcome: "missed", startedAt: shanghai(date, "00:30:00") },
      {
        department: "front_desk",
        outcome: "transferred",
        startedAt: shanghai(date, "09:15:00"),
        answerSeconds: dayOfMonth % 2 === 1 ? 10 : 20,
        survey: {
          score: (dayOfMonth % 5) + 1,
          staff: "chen_jing",
          ...(dayOfMonth % 5 <= 1 ? { followUp: dayOfMonth % 2 === 1 ? "open" : "done" } : {}),
        },
      },
      {
        department: "restaurant",
        outcome: "message",
        startedAt: shanghai(date, "14:30:00"),
        survey: { score: null, staff: null },
      },
      { department: null, outcome: "abandoned", startedAt: shanghai(date, "23:30:00") },
    );
    if (dayOfMonth === 1) {
      calls.push({
        department: "security",
        outcome: "emergency",
        startedAt: shanghai(date, "08:00:00"),
      });
    }
  }
  calls.push(
    { department: null, outcome: "info", startedAt: shanghai("2026-11-25", "10:00:00") },
    { department: "front_desk", outcome: null, startedAt: shanghai("2026-11-25", "10:05:00") },
    {
      department: "front_desk",
      outcome: "transferred",
      startedAt: shanghai("2025-12-31", "23:59:59.999"),
      answerSeconds: 5,
    },
    {
      department: "front_desk",
      outcome: "transferred",
      startedAt: shanghai("2027-01-01", "00:00:00"),
      answerSeconds: 5,
    },
  );
  return calls;
}

/** Stores calls as the switchboard records them. */
export async function storeCalls(db: Db, calls: GeneratedCall[]): Promise<void> {
  const sids = calls.map(() => newCallSid());
  await prismaOf(db).call.createMany({
    data: calls.map((call, i) => {
      return {
        callSid: sids[i] as string,
        from: "+8613800138000",
        to: "+862155550000",
        language: "zh",
        department: call.department,
        outcome: call.outcome,
        status: call.outcome === null ? "in-progress" : "completed",
        startedAt: call.startedAt,
        answeredAt:
          call.answerSeconds === undefined
            ? null
            : new Date(call.startedAt.getTime() + call.answerSeconds * 1000),
      };
    }),
  });
  await prismaOf(db).survey.createMany({
    data: calls.flatMap((call, i) =>
      call.survey
        ? [
            {
              callSid: sids[i] as string,
              callStartedAt: call.startedAt,
              from: "+8613800138000",
              language: "zh",
              after: call.outcome === "message" ? "message" : "transfer",
              department: call.department,
              staff: call.survey.staff,
              askedAt: new Date(call.startedAt.getTime() + 60_000),
              score: call.survey.score,
              answeredAt:
                call.survey.score === null ? null : new Date(call.startedAt.getTime() + 65_000),
              followUp: call.survey.followUp ?? null,
            },
          ]
        : [],
    ),
  });
}
