/**
 * Who a caller says they are, from their answer to "may I have your name?". Callers often give
 * their organisation in the same breath ("我叫王小明，是东方贸易公司的", "John Baker from Acme
 * Trading"); then it is taken from there rather than asked for again.
 */

export interface Introduction {
  /** The name as said, without "我叫" or "my name is"; null when nothing was said. */
  name: string | null;
  /** The organisation, when the caller gave it with their name. */
  organisation: string | null;
  /** They said with their name that the call is a personal one. */
  personal: boolean;
}

const NAME_LEAD = /^(我叫|我是|我姓|免贵姓|免贵|my name is|this is|i am|i'm|it's|name's)\s*/i;

/** Words that end the name of an organisation, so "X的王小明" can be read as one. */
const ORGANISATION_END =
  /(公司|集团|银行|酒店|饭店|宾馆|大学|学院|学校|医院|中心|协会|事务所|工作室|旅行社|研究所|研究院|委员会|政府|局|厂|店|社|所|院|部|处|科)$/;

/** "…，是东方贸易公司的" / "…，来自东方贸易": the organisation in a clause of its own. */
const ORGANISATION_CLAUSE_ZH = /^我?(是|来自)(.{2,40}?)的?$/;
/** "东方贸易公司的王小明": the organisation before the name. */
const ORGANISATION_BEFORE_ZH = /^(.{2,40}?)的(\p{Script=Han}{2,4})$/u;
/** "John Baker from Acme Trading", "Jane, calling from Contoso". */
const ORGANISATION_AFTER_EN = /^(.+?),?(?:\s+calling)?\s+(?:from|with|at)\s+(?:the\s+)?(.+)$/i;

/** Said instead of an organisation: a personal call. */
export const PERSONAL =
  /^(个人|私人|没有|无|不是公司|personal|private|none|no company|myself|just me)[\s.。!！]*$/i;

/** An answer without its trailing punctuation. */
export function cleanAnswer(text: string): string {
  return text.replace(/[。.!！?？,，]+$/u, "").trim();
}

export function introduction(said: string): Introduction {
  const answer = cleanAnswer(said.trim().replace(NAME_LEAD, ""));
  if (!answer) return { name: null, organisation: null, personal: false };

  const [first, second, ...rest] = answer.split(/\s*[，,]\s*/u);
  if (first && second && rest.length === 0) {
    const clause = ORGANISATION_CLAUSE_ZH.exec(second);
    // "是…的" is said of more than organisations ("是来咨询的"): only one by its name's end.
    if (clause?.[1] && clause[2]) {
      const named = clause[1] === "来自" || ORGANISATION_END.test(clause[2]);
      return named ? withOrganisation(first, clause[2]) : nameOnly(first);
    }
    if (ORGANISATION_END.test(second) || PERSONAL.test(second)) {
      return withOrganisation(first, second);
    }
  }
  const before = ORGANISATION_BEFORE_ZH.exec(answer);
  if (before?.[1] && before[2] && ORGANISATION_END.test(before[1])) {
    return withOrganisation(before[2], before[1]);
  }
  const after = ORGANISATION_AFTER_EN.exec(answer);
  if (after?.[1] && after[2]) return withOrganisation(after[1], cleanAnswer(after[2]));
  return nameOnly(answer);
}

function nameOnly(name: string): Introduction {
  return { name, organisation: null, personal: false };
}

function withOrganisation(name: string, organisation: string): Introduction {
  return PERSONAL.test(organisation)
    ? { name, organisation: null, personal: true }
    : { name, organisation, personal: false };
}
