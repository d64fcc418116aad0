import type { Directory, Staff } from "../directory.ts";
import type { Said } from "../text.ts";

/**
 * Someone asked for by whom they work for: "金总的秘书", "Mr Jin's assistant" is not Mr Jin,
 * and "Ms Chin, the GM's assistant" is not the GM, whose name may sound alike.
 */

/** Who works for someone: an assistant or a secretary. */
const ASSISTANT_ZH = /的?(?:秘书|助理)/y;
const ASSISTANT_EN = /^(?:assistant|secretary|pa|personal assistant|executive assistant|ea)\b/;

/** Titles after a surname that make the one named the one assisted: "金总", "王经理", "李主任". */
const HEAD_TITLE_ZH =
  /^(?:总经理|总裁|总|董事长|董|老板|经理|主任|院长|校长|局长|处长|部长|先生|女士)$/;

/** "the GM's assistant", "our director's secretary", "总经理的秘书": the one described assists a head. */
const ASSISTS_A_HEAD_EN =
  /\b(?:the|our|your|his|her) (?:gm|general manager|ceo|md|managing director|president|chairman|boss|director|principal|head|manager)s? (?:assistant|secretary|pa|personal assistant|executive assistant)\b/;
const ASSISTS_A_HEAD_ZH =
  /(?:总经理|董事长|总裁|老板|总监|校长|院长|经理|[\u3400-\u9fff]总)的?(?:秘书|助理)/;

/** Aliases that say someone heads the place: "金总", "王董", "the boss". */
const HEAD_ALIAS = /总$|总经理|董事长|总裁|老板|^[\u3400-\u9fff]董$|^(?:the )?(?:boss|gm|ceo|md)$/i;

/** Someone who heads their department or the organisation: its approver, or called so. */
export function isHead(s: Staff): boolean {
  return s.role === "approver" || s.aliases.some((a) => HEAD_ALIAS.test(a));
}

/** Whether the one asked for is described as assisting a head ("the GM's assistant"). */
export function assistsAHead(text: Said): boolean {
  return ASSISTS_A_HEAD_EN.test(text.spaced) || ASSISTS_A_HEAD_ZH.test(text.compact);
}

/**
 * Whether an assistant of this person is asked for: their name, an alias or their surname with a
 * head's title just before "的秘书", "助理", "assistant" ("金总的秘书", "金海龙的助理", "Mr Jin's
 * assistant", "Jin Hailong's secretary").
 */
export function assistantAskedOf(s: Staff, text: Said): boolean {
  const zh = text.compact;
  const names = [s.name.zh, ...s.aliases].filter((n): n is string => n !== undefined);
  const surname = s.name.zh?.[0];
  for (const name of names) {
    for (let at = zh.indexOf(name); at >= 0; at = zh.indexOf(name, at + 1)) {
      ASSISTANT_ZH.lastIndex = at + name.length;
      if (ASSISTANT_ZH.test(zh)) return true;
    }
  }
  if (surname !== undefined) {
    for (let at = zh.indexOf(surname); at >= 0; at = zh.indexOf(surname, at + 1)) {
      for (let end = at + 2; end <= at + 4 && end <= zh.length; end++) {
        if (!HEAD_TITLE_ZH.test(zh.slice(at + 1, end))) continue;
        ASSISTANT_ZH.lastIndex = end;
        if (ASSISTANT_ZH.test(zh)) return true;
      }
    }
  }
  const own = new Set(
    [s.name.en, ...s.aliases].flatMap((n) => n.toLowerCase().split(/[^a-z]+/)).filter(Boolean),
  );
  const words = text.spaced.split(" ");
  return words.some((w, i) => own.has(w) && ASSISTANT_EN.test(words.slice(i + 1, i + 4).join(" ")));
}

/**
 * The one who assists this person: the only other member of staff in their department who heads
 * nothing, or none when there are several or none.
 */
export function assistantOf(dir: Directory, s: Staff): Staff | null {
  const others = dir.staff.filter((o) => o.department === s.department && o.key !== s.key);
  const assisting = others.filter((o) => !isHead(o));
  return assisting.length === 1 ? (assisting[0] as Staff) : null;
}
