import { prepare, spaceOut } from "../text.ts";

/** Yes or no to a question the switchboard asked. */

const GREETING = /你好|您好|喂|\bhello\b|\bhi\b/g;

/** The earliest answer wins, the longest at the same place: 不是 is a no, 没有问题 a yes. */
const ANSWERS: ["yes" | "no" | null, RegExp][] = [
  [
    null,
    /不确定|不知道|不清楚|说不准|对不起|不好意思|\bnot sure\b|\bdont know\b|\bdo not know\b|\bmaybe\b/g,
  ],
  [
    "no",
    /不是|不对|不用|不要|不需要|不行|不可以|不好|没有|错了|算了|\bno\b|\bnope\b|\bnah\b|\bwrong\b|\bincorrect\b|\bnot\b|\bdont\b|\bnegative\b/g,
  ],
  [
    "yes",
    // A bare 是/好/行 must stand alone: 是财务部 is a new request, 行李 is luggage.
    /是的|是啊|是呀|是吧|对的|对啊|对(?!面|于|方)|没错|没问题|没有问题|好的|好啊|好吧|可以|要的|确定|是(?= |$)|好(?= |$)|行(?= |$)|\byes\b|\byeah\b|\byep\b|\byup\b|\bcorrect\b|\bsure\b|\bright\b|\bok\b|\bokay\b|\babsolutely\b|\bof course\b|\bplease\b|\bconfirm\w*/g,
  ],
];

export function parseYesNo(utterance: string): "yes" | "no" | null {
  const spaced = spaceOut(prepare(utterance)).replace(GREETING, " ").trim();
  // A lone 嗯 is assent; before other words it is only a pause.
  if (/^(嗯|恩|mhm|mm hmm|uh huh)( (嗯|恩))*$/.test(spaced)) return "yes";
  const text = spaced
    .replace(/嗯|恩|\bum\b|\buh\b|\ber\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  let best: { at: number; length: number; answer: "yes" | "no" | null } | null = null;
  for (const [answer, rule] of ANSWERS) {
    for (const match of text.matchAll(rule)) {
      const at = match.index;
      const length = match[0].length;
      if (best === null || at < best.at || (at === best.at && length > best.length))
        best = { at, length, answer };
    }
  }
  return best?.answer ?? null;
}
