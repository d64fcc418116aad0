// The one-question survey at the end of a call: after a transfer the staff member ended, a
// message taken, or an answer given. A score of 1 or 2 may be followed by a short spoken comment,
// and opens a follow-up task for the department.

import { findDepartment } from "../../rules/directory.ts";
import { forStaff } from "../../rules/staff-text.ts";
import { isLowScore, type SurveyAfter, shouldAskSurvey, surveyScore } from "../../rules/survey.ts";
import { askSurvey, commentOnSurvey, scoreSurvey } from "../../store/surveys.ts";
import type { Verb } from "../../twilio/twiml.ts";
import { say } from "../prompts.ts";
import { inTurnLanguage, type StepResult, speak, type Turn, url } from "../step.ts";

/** Who the score belongs to: the department and the staff member who took the call. */
export interface Surveyed {
  department: string | null;
  staff: string | null;
}

/**
 * What the caller hears at the end of the call: `before`, then the survey's question when this
 * call is to be asked (recorded as asked in the step's unit), or else `ending` as it was.
 */
export async function endWithSurvey(
  turn: Turn,
  after: SurveyAfter,
  to: Surveyed,
  before: Verb[],
  ending: Verb[],
): Promise<Verb[]> {
  const settings = turn.dir.organisation.survey;
  // Read only when it can matter: most calls never need the caller's history.
  const lastAsked =
    settings.enabled && settings.notAgainWithinDays > 0 ? await turn.history.lastSurveyed() : null;
  if (!shouldAskSurvey(settings, turn.call.callSid, lastAsked, turn.now)) {
    return [...before, ...ending];
  }
  turn.effects.push(
    askSurvey(
      { call: turn.call, language: turn.lang, after, department: to.department, staff: to.staff },
      turn.now,
    ),
  );
  return [...before, question(turn, to.department, 0)];
}

function question(
  turn: Turn,
  department: string | null,
  tries: number,
  before: string[] = [],
): Verb {
  const asked =
    turn.dir.organisation.survey.question?.[turn.lang] ?? say.surveyQuestion[turn.lang]();
  return {
    verb: "gather",
    action: url("/voice/survey", { dept: department ?? undefined, r: tries || undefined }),
    prompt: [...before, asked].map((text) => inTurnLanguage(turn, text)),
    input: "dtmf",
    language: turn.lang,
    numDigits: 1,
    timeout: 6,
  };
}

/** Thanks (when the caller answered) and the farewell. */
function farewell(turn: Turn, thanked: boolean): Verb[] {
  return [
    ...(thanked ? [speak(say.surveyThanks[turn.lang](), turn.lang)] : []),
    speak(turn.dir.organisation.farewell[turn.lang], turn.lang),
    { verb: "hangup" },
  ];
}

export async function onSurvey(turn: Turn): Promise<StepResult> {
  const department = turn.query.dept ?? null;
  const score = surveyScore(turn.digits);
  if (score === null) {
    // A wrong key is asked once more; silence is no answer, and the call ends.
    if (turn.digits && !turn.query.r) {
      return {
        verbs: [question(turn, department, 1, [say.surveyKeys[turn.lang]()])],
        detail: { survey: "wrong key" },
      };
    }
    return { verbs: farewell(turn, false), detail: { survey: "no answer" } };
  }
  const commentAsked = isLowScore(score) && turn.dir.organisation.survey.comment;
  const dept = department ? findDepartment(turn.dir, department) : undefined;
  turn.effects.push(
    ...scoreSurvey(turn.call.callSid, score, turn.now, {
      department: dept?.key ?? null,
      ownChannel: Boolean(dept?.slackChannel),
      commentAsked,
    }),
  );
  if (!commentAsked) return { verbs: farewell(turn, true), detail: { score } };
  return {
    verbs: [
      {
        verb: "gather",
        action: url("/voice/survey/comment"),
        prompt: [inTurnLanguage(turn, say.surveyComment[turn.lang]())],
        input: "speech",
        language: turn.lang,
        timeout: 5,
      },
    ],
    detail: { score },
  };
}

/** The caller's comment on a low score, as staff will read it (numbers and links masked). */
export async function onSurveyComment(turn: Turn): Promise<StepResult> {
  if (turn.speech) {
    turn.effects.push(...commentOnSurvey(turn.call.callSid, forStaff(turn.speech), turn.now));
  }
  return { verbs: farewell(turn, true) };
}
