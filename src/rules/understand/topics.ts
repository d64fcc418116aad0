import { findWords, latinWords, prepare, type Said, spaceOut } from "../text.ts";

/**
 * What callers ask about: a built-in, bilingual vocabulary of the common questions' topics, so a
 * knowledge entry written as a question and an answer, with no keywords, is found by what it is
 * about ("wifi密码多少" finds "无线网密码是多少？"; "what are the pool hours" finds "游泳池几点开？").
 *
 * A `topic` says what a question is about; a `subject` whose place or thing it is (the office, the
 * warehouse); an `aspect` what is wanted of it (a time, a place, a price, a way). Topics marked
 * `policy` are things an organisation has a rule about (pets, smoking): a question about one that
 * no entry answers is offered a person rather than routed on some other word in it.
 */

type Sort = "topic" | "subject" | "aspect";

interface TopicWords {
  sort: Sort;
  zh: string;
  en: string;
  policy?: true;
  /** Said of many things ("几点营业"): it tells an entry apart only with what it is said of. */
  generic?: true;
  /** Phrases that speak of it without asking it: "周末" says when, "几点" asks it. */
  mentions?: string;
}

export const TOPICS = {
  time: {
    sort: "aspect",
    zh: "几点|几时|什么时候|多久|多长时间|哪天|几号|何时|几天",
    en: "what time|when|how long|what day|which day|how soon",
    mentions:
      "周末|周六|周日|星期六|星期天|礼拜天|节假日|放假|until|weekend|weekends|saturday|sunday|public holiday|holidays",
  },
  place: {
    sort: "aspect",
    zh: "在哪|哪里|哪儿|什么地方|几楼|几层|哪一层|哪个位置",
    en: "where|which floor|what floor",
  },
  cost: {
    sort: "aspect",
    zh: "多少钱|收费|费用|价钱|价格|免费|要钱|付费|贵不贵",
    en: "how much|free",
    mentions: "cost|costs|price|fee|fees|charge|pay for",
  },
  way: {
    sort: "aspect",
    zh: "怎么|如何|怎样|流程|手续|步骤|方法",
    en: "how do|how can|how to|how does|process|procedure",
  },
  /** What to bring or hand in: "理赔要准备哪些材料", "what paperwork do I need". */
  documents: {
    sort: "aspect",
    zh: "哪些材料|什么材料|哪些资料|什么资料|哪些证件|什么证件|带什么|准备什么|需要什么",
    en: "what documents|which documents|what paperwork|what papers|what do i need|what should i bring|what do i bring",
    mentions: "材料|资料|证件|documents|paperwork|papers|documentation",
  },
  office: {
    sort: "subject",
    zh: "公司|办公室|总部|办公地点|写字楼|大楼|大厦|你们单位",
    en: "office|offices|head office|headquarters|hq|company|building",
  },
  warehouse: {
    sort: "subject",
    zh: "仓库|仓储|进仓|入仓|物流园|园区",
    en: "warehouse|depot|logistics park",
  },
  address: {
    sort: "topic",
    zh: "地址|在什么路|什么路|哪条路|门牌|具体位置|定位|哪个区|哪栋|哪座|坐落|位于|在哪个大楼|位置在",
    en: "address|located|location|what street|which street|postcode|zip code|which building|where are you|where exactly|whereabouts",
  },
  directions: {
    sort: "topic",
    zh: "怎么走|怎么去|怎么过去|怎么到|怎么来|路线|坐地铁|地铁|几号线|出口|开车过去|打车过去|多远|交通|公交",
    en: "directions|how do i get|how do we get|how to get|get there|get to you|get to the|metro|subway|station|exit|how far|bus|route",
    // How the caller comes says they ask the way, but asks nothing by itself.
    mentions: "taxi|cab|driving|by car|打车|开车|自驾",
  },
  airport: {
    sort: "topic",
    zh: "机场|航站楼|接机|送机",
    en: "airport|terminal|flight",
  },
  parking: {
    sort: "topic",
    zh: "停车|停车场|车位|停车费|泊车|停哪",
    en: "parking|park|car park|parking lot|garage|valet",
  },
  wifi: {
    sort: "topic",
    zh: "无线网|无线网络|wifi|上网|网络密码|wifi密码|连网|网速|无线密码",
    en: "wifi|wi fi|internet|password|online|network name",
  },
  breakfast: {
    sort: "topic",
    zh: "早餐|早饭|早点|含早",
    en: "breakfast",
  },
  meals: {
    sort: "topic",
    zh: "午餐|午饭|晚餐|晚饭|餐厅|吃饭|用餐|食堂",
    en: "lunch|dinner|restaurant|restaurants|dining|eat|meals",
  },
  hours: {
    sort: "topic",
    zh: "营业时间|开放时间|办公时间|工作时间|上班|下班|开门|关门|几点开|几点关|营业|开放|几点到几点|开馆|闭馆|关馆|闭园|开园|打烊",
    // "open" and "close" alone are everyday verbs ("when I open the dashboard"): see `topicsIn`.
    // Stemmed, "opening" would be "open": only in phrases.
    en: "hours|opening hours|office hours|business hours|opening time|closing time|open now|still open|open today|open on|open until|open till|close at|open at",
    generic: true,
  },
  check_in_out: {
    sort: "topic",
    zh: "退房|入住",
    en: "check in|check out",
  },
  late_check_out: {
    sort: "topic",
    zh: "延迟退房|晚点退房|推迟退房|晚一点退房|延时退房|提前入住|早点入住",
    en: "late check out|check out later|check out a bit later|early check in|check in early",
  },
  pool_gym: {
    sort: "topic",
    zh: "游泳|泳池|游泳池|健身|健身房|桑拿",
    en: "pool|swimming|swim|gym|fitness|sauna",
  },
  pets: {
    sort: "topic",
    zh: "宠物|狗|猫|狗狗|猫咪",
    en: "pet|pets|dog|dogs|cat|cats|pet friendly",
    policy: true,
  },
  smoking: {
    sort: "topic",
    zh: "吸烟|抽烟|禁烟|无烟",
    en: "smoke|smoking|smoker",
    policy: true,
  },
  invoice: {
    sort: "topic",
    zh: "发票|开票|专票|普票|抬头|税号|开票信息|开票资料|增值税",
    en: "invoice|invoicing|fapiao|vat|tax number|tax id|billing details|invoicing details|invoice details",
  },
  payment: {
    sort: "topic",
    zh: "付款方式|支付方式|刷卡|信用卡|支付宝|微信支付|现金|银联|押金|取款机|提款机|换钱|换汇|外币兑换",
    en: "payment method|pay by|credit card|card|cash|alipay|wechat pay|visa|mastercard|deposit|atm|atms|cash machine|currency exchange|change money",
    policy: true,
  },
  tracking: {
    sort: "topic",
    zh: "查物流|物流信息|查货|货到哪|到哪了|到哪里了|跟踪|追踪|提单号|运单号|官网查|网上查|网上能查",
    en: "track|tracking|trace|tracking number|where is my shipment|status of my shipment|shipment status",
  },
  delivery: {
    sort: "topic",
    zh: "送货|收货|卸货|收货时间|送货时间|预约送货",
    en: "deliver|delivery|deliveries|drop off|unload|receiving|delivery slot|take deliveries",
  },
  warranty: {
    sort: "topic",
    zh: "保修|保修期|质保|质保期|三包|保固",
    en: "warranty|guarantee|warranty period",
  },
  supplier: {
    sort: "topic",
    zh: "供应商|供货商|供应商入库|入围|合格供方|采购平台|供方",
    en: "supplier|suppliers|vendor|vendors|supplier registration",
  },
  register: {
    sort: "topic",
    zh: "注册|登记|报名|申请成为|成为",
    en: "register|registration|sign up|become",
  },
  jobs: {
    sort: "topic",
    zh: "招聘|招人|招工|应聘|简历|投简历|求职|工作机会|岗位|职位|面试|招不招|在招|还招",
    en: "job|jobs|career|careers|hiring|apply|resume|cv|vacancy|vacancies|position|positions|work for you",
  },
  trial: {
    sort: "topic",
    zh: "试用|免费试用|体验|演示",
    en: "trial|free trial|try it|try out|demo",
  },
  visit: {
    sort: "topic",
    zh: "来访|拜访|访客|过去拜访|上门拜访",
    en: "visit|visitor|visitors|visiting",
  },
  children: {
    sort: "topic",
    zh: "儿童|小孩|孩子|婴儿|加床|年龄限制|未成年",
    en: "child|children|kids|baby|extra bed|age limit|minimum age|underage",
    policy: true,
  },
  luggage: {
    sort: "topic",
    zh: "寄存|行李|行李箱",
    en: "luggage|baggage|left luggage|suitcase|suitcases|bags",
  },
  shuttle: {
    sort: "topic",
    zh: "班车|接驳|穿梭巴士|接送",
    en: "shuttle|shuttle bus|transfer",
  },
  laundry: {
    sort: "topic",
    zh: "洗衣|干洗",
    en: "laundry|dry cleaning",
  },
  contact: {
    sort: "topic",
    zh: "联系方式|邮箱|邮件地址|传真号|官网|网址|网站",
    en: "email address|fax number|contact details|website",
  },
  company_facts: {
    sort: "topic",
    zh: "多少人|规模|成立|分公司|分店|分部|连锁|上市|其他省|外地",
    // "founded" is read "found", as in a wallet found: only in phrases that ask it.
    en: "branch|branches|how many employees|how many people|were you founded|was the company founded|year founded|subsidiary|other provinces|other cities",
    policy: true,
  },
  returns: {
    sort: "topic",
    zh: "退货政策|退换政策|能退吗|可以退吗|七天无理由",
    en: "return policy|returns policy|refund policy",
    policy: true,
  },
  lead_time: {
    sort: "topic",
    zh: "交期|发货时间|多久发货|几天发货|多久能到|几天能到",
    en: "lead time|how long to ship|delivery time",
  },
  samples: {
    sort: "topic",
    zh: "样品|打样|寄样",
    en: "sample|samples",
  },
  minimum_order: {
    sort: "topic",
    zh: "起订量|最小订单|最少订多少",
    en: "minimum order|moq",
  },
  meeting_rooms: {
    sort: "topic",
    zh: "会议室",
    en: "meeting room|conference room",
  },
} as const satisfies Record<string, TopicWords>;

export type Topic = keyof typeof TOPICS;

/** How much a topic heard says about which question it is, by its sort. */
export const SORT_WEIGHT: Record<Sort, number> = { topic: 1, subject: 0.5, aspect: 0.35 };

interface Phrase {
  topic: Topic;
  zh: string | null;
  en: string[];
  asking: boolean;
}

/** A topic heard, and where: a longer phrase of another topic speaks for the words inside it. */
export interface Heard {
  topic: Topic;
  phrase: string;
  start: number;
  end: number;
  space: "zh" | "en";
  /** Whether the phrase asks it ("几点") or only speaks of it ("周末"). */
  asking: boolean;
}

interface TopicIndex {
  zhByFirst: Map<string, Phrase[]>;
  enByFirst: Map<string, Phrase[]>;
}

let index: TopicIndex | null = null;

/** The vocabulary in matching shape, built once for all directories. */
function topicIndex(): TopicIndex {
  if (index) return index;
  const zhByFirst = new Map<string, Phrase[]>();
  const enByFirst = new Map<string, Phrase[]>();
  for (const [topic, words] of Object.entries(TOPICS) as [Topic, TopicWords][]) {
    const mentions = words.mentions?.split("|") ?? [];
    for (const raw of [...words.zh.split("|"), ...words.en.split("|"), ...mentions]) {
      const asking = !mentions.includes(raw);
      const spaced = spaceOut(prepare(raw));
      if (spaced === "") continue;
      if (/[\u3400-\u9fff]/.test(spaced)) {
        const zh = spaced.replace(/ /g, "");
        zhByFirst.set(zh[0] as string, [
          ...(zhByFirst.get(zh[0] as string) ?? []),
          { topic, zh, en: [], asking },
        ]);
      } else {
        const en = latinWords(spaced);
        const first = en[0];
        // "get to the" read without its fillers is "get", which says nothing: left out.
        if (en.length === 1 && spaced.split(" ").length > 1) continue;
        const phrase = { topic, zh: null, en, asking };
        if (first) enByFirst.set(first, [...(enByFirst.get(first) ?? []), phrase]);
      }
    }
  }
  index = { zhByFirst, enByFirst };
  return index;
}

/** "how do I get" asks the way only to somewhere: "how do I get an invoice" does not. */
const GET_TO = /\bget (to|there|here|back)\b/;

/** The last word of a question about opening hours: "what time does your office open". */
const OPEN_OR_CLOSE = new Set(["open", "close", "closed", "shut"]);

/** The word after "what time" or "when" that makes it a question: "when do you …", not "when I …". */
const AUXILIARY = new Set(["do", "doe", "is", "are", "will", "would", "can", "did"]);

/**
 * Where "open" or "close" is asked, said anywhere: as the last word, or a few words after "what
 * time do" / "when are" ("what time do your offices close today"). -1 when it is not.
 */
function openOrCloseAsked(words: readonly string[], heard: readonly Heard[]): number {
  const last = words.length - 1;
  if (last >= 0 && OPEN_OR_CLOSE.has(words[last] as string)) return last;
  for (const h of heard) {
    if (h.topic !== "time" || h.space !== "en" || !h.asking) continue;
    if (!AUXILIARY.has(words[h.end] ?? "")) continue;
    for (let i = h.end + 1; i < Math.min(words.length, h.end + 6); i++) {
      if (OPEN_OR_CLOSE.has(words[i] as string)) return i;
    }
  }
  return -1;
}

/** The topics, subjects and aspects the words speak of, each with the phrase heard. */
export function topicsIn(text: Said): Map<Topic, string> {
  const found = new Map<Topic, string>();
  for (const h of topicsHeard(text)) if (!found.has(h.topic)) found.set(h.topic, h.phrase);
  return found;
}

/** Every phrase of a topic heard, where it was: `start` and `end` in `compact` or in `words`. */
export function topicsHeard(text: Said): Heard[] {
  const { zhByFirst, enByFirst } = topicIndex();
  const heard: Heard[] = [];
  const zh = text.compact;
  for (let i = 0; i < zh.length; i++) {
    for (const p of zhByFirst.get(zh[i] as string) ?? []) {
      const phrase = p.zh as string;
      if (zh.startsWith(phrase, i)) {
        const end = i + phrase.length;
        heard.push({ topic: p.topic, phrase, start: i, end, space: "zh", asking: p.asking });
      }
    }
  }
  const words = text.words;
  for (let i = 0; i < words.length; i++) {
    for (const p of enByFirst.get(words[i] as string) ?? []) {
      if (findWords(words, p.en, i) === i) {
        const end = i + p.en.length;
        const phrase = p.en.join(" ");
        heard.push({ topic: p.topic, phrase, start: i, end, space: "en", asking: p.asking });
      }
    }
  }
  const at = openOrCloseAsked(words, heard);
  if (at >= 0) {
    const phrase = words[at] as string;
    heard.push({ topic: "hours", phrase, start: at, end: at + 1, space: "en", asking: true });
  }
  return heard.filter(
    (h) =>
      !(h.phrase.endsWith(" get") && !GET_TO.test(text.spaced)) &&
      !heard.some(
        (o) =>
          o.topic !== h.topic &&
          o.space === h.space &&
          o.start <= h.start &&
          o.end >= h.end &&
          o.end - o.start > h.end - h.start,
      ),
  );
}

export function sortOf(topic: Topic): Sort {
  return TOPICS[topic].sort;
}

export function isPolicy(topic: Topic): boolean {
  return "policy" in TOPICS[topic];
}

export function isGeneric(topic: Topic): boolean {
  return "generic" in TOPICS[topic];
}
