import type { SurveyRow } from "../store/survey-figures.ts";

/**
 * Service attitude as callers scored it on the post-call survey, over a group of calls.
 *
 * - responses: surveys answered with a key from 1 to 5.
 * - responseRate = responses / surveys asked (null when none was asked).
 * - average: the mean score, to 0.01 (null without responses).
 * - distribution: how many gave each score.
 */
export interface Satisfaction {
  responses: number;
  responseRate: number | null;
  average: number | null;
  distribution: Record<"1" | "2" | "3" | "4" | "5", number>;
}

const SCORES = ["score1", "score2", "score3", "score4", "score5"] as const;
const COUNTED = ["asked", "responses", ...SCORES] as const;

export type SurveyCounts = Record<(typeof COUNTED)[number], number>;

export function noSurveys(): SurveyCounts {
  return { asked: 0, responses: 0, score1: 0, score2: 0, score3: 0, score4: 0, score5: 0 };
}

export function addSurveys(into: SurveyCounts, from: SurveyCounts | SurveyRow): void {
  for (const name of COUNTED) into[name] += Number(from[name] ?? 0);
}

export function satisfactionOf(c: SurveyCounts): Satisfaction {
  const sum = SCORES.reduce((total, name, i) => total + c[name] * (i + 1), 0);
  return {
    responses: c.responses,
    responseRate: c.asked === 0 ? null : c.responses / c.asked,
    average: c.responses === 0 ? null : Math.round((sum / c.responses) * 100) / 100,
    distribution: { 1: c.score1, 2: c.score2, 3: c.score3, 4: c.score4, 5: c.score5 },
  };
}

/** Survey counts kept by point (day or month), department and staff member, as rows come in. */
export class SurveyCells {
  private readonly cells = new Map<
    string,
    SurveyCounts & { point: string; department: string; staff: string }
  >();

  add(rows: SurveyRow[], pointLength: number): void {
    for (const row of rows) {
      const point = row.point.slice(0, pointLength);
      const key = `${point}\u0000${row.department}\u0000${row.staff}`;
      let cell = this.cells.get(key);
      if (!cell) {
        cell = { point, department: row.department, staff: row.staff, ...noSurveys() };
        this.cells.set(key, cell);
      }
      addSurveys(cell, row);
    }
  }

  /** The satisfaction of the cells `keep` picks (all of them without one). */
  of(
    keep: (cell: { point: string; department: string; staff: string }) => boolean = () => true,
  ): Satisfaction {
    const counts = noSurveys();
    for (const cell of this.cells.values()) if (keep(cell)) addSurveys(counts, cell);
    return satisfactionOf(counts);
  }
}
