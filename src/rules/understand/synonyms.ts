import { latinWords } from "../text.ts";

/**
 * Near-synonyms of the everyday words organisations write in department names and descriptions,
 * and the words their callers say instead: a "Stand Construction" office is called about a
 * "booth", "Power & Utilities" about "electricity", 展位 is also 摊位. A directory's own words are
 * indexed with these too, for less than the word itself, and the confusion list says which word
 * of the directory each stood for.
 *
 * Each group is a set of words any of which may stand for any other, inside an organisation: a
 * word's synonyms are its own groups' words, never theirs in turn (A~B and B~C do not make A~C).
 * A word written "=" first is one the directory's words are read through, never one a caller is
 * heard by: it means too many other things when said ("pass a message", "press 1").
 */

const EN = [
  // Places and things
  "booth|stand|=stall",
  "electricity|electric|=power",
  "car park|parking|parking lot|parking garage",
  "lift|elevator",
  "toilet|restroom|bathroom|washroom",
  "air conditioning|aircon|air con",
  "internet|wifi|wi fi|broadband",
  "badge|lanyard|=pass",
  "luggage|baggage",
  "rubbish|trash|garbage",
  "canteen|cafeteria|dining hall",
  "dormitory|dorm|residence hall",
  "meeting room|conference room|boardroom",
  "conference|symposium|congress",
  "warehouse|storehouse|depot",
  "parcel|=package",
  "freight|cargo",
  "truck|lorry",
  "car|vehicle|automobile",
  "tyre|tire",
  "spare part|replacement part",
  "pharmacy|dispensary",
  "medication|meds",
  "doctor|physician",
  "lab|laboratory",
  "cctv|security camera|surveillance|footage",
  "x ray|radiology|imaging",
  "timetable|schedule",
  "exam|examination",
  "scholarship|bursary|financial aid",
  "catalogue|catalog",
  "gym|fitness centre|fitness center",
  "minibar|mini bar",
  "forklift|fork lift",
  "thesis|dissertation",
  "diploma|degree certificate",
  "extracurricular|after school activity|after school club",
  "used car|second hand car|pre owned",
  "body shop|bodywork|panel beating",
  "trade in|part exchange",
  "side effect|adverse reaction|adverse event",
  "batch number|lot number",
  "courier|express delivery",
  "trademark|trade mark",
  // Papers and money
  "invoice|bill|receipt",
  "quote|quotation|estimate",
  "contract|agreement",
  "licence|license|permit",
  "warranty|guarantee",
  "refund|money back",
  "salary|wage|wages|payroll",
  "loan|financing",
  "tenant|renter",
  // Work done
  "repair|fix|mend",
  "maintenance|repair|upkeep",
  "delivery|shipping|shipment|=dispatch",
  "cleaning|janitorial",
  "landscaping|gardening|grounds",
  // "hiring" staff is read apart from "hire" a hall: their stems differ.
  "recruitment|recruiting|hiring",
  "procurement|purchasing",
  "=change|update|amend|amendment",
  "admission|admissions|enrolment|enrollment",
  "complaint|grievance",
  "advertising|advertisement|advert",
  "partnership|cooperation|collaboration",
  "lawyer|attorney|solicitor",
  "litigation|lawsuit",
  "feedback|suggestion",
  "vaccine|vaccination|jab",
  "journalist|reporter|=press",
  "accident|=crash|collision",
  "lost property|lost and found|lost item",
];

const ZH = [
  // 场所与物品
  "展位|摊位|展台",
  "电力|供电|用电",
  "停车|泊车|车位",
  "停车场|车库",
  "电梯|升降梯",
  "厕所|卫生间|洗手间",
  "空调|冷气",
  "=网络|宽带|网线|上网",
  "证件|胸卡|胸牌",
  "垃圾|废品",
  "食堂|饭堂",
  "宿舍|寝室",
  "会议室|会议厅",
  "监控|录像",
  "公文|公函",
  "住宿|住校|寄宿",
  "叫醒|叫早",
  "场地|场馆",
  "仓库|库房",
  "库存|存货",
  "快递|包裹",
  "货物|货品",
  "卡车|货车",
  "车辆|汽车",
  "轮胎|车胎",
  "配件|零件|零部件",
  "药房|药店",
  "药品|药物",
  "医生|大夫|医师",
  "课程表|课表",
  "成绩|分数",
  "奖学金|助学金",
  "燃气|煤气|天然气",
  "自来水|供水|用水",
  "暖气|供暖|采暖|供热",
  "管道|水管",
  "门禁|门卡",
  "宴会|宴席|酒席|晚宴",
  "茶歇|茶点",
  // 票据与钱
  "发票|开票|票据|收据",
  "报价|询价",
  "合同|协议|合约",
  "许可证|执照",
  "保修|质保",
  "退款|退钱",
  "工资|薪资|薪水|薪酬",
  "贷款|借款",
  "租赁|租金",
  "房租|租金",
  "押金|保证金",
  "物业费|管理费",
  "理赔|索赔|赔付",
  // 做的事
  "维修|修理|报修",
  "配送|送货|派送",
  "发货|出货",
  "保洁|清洁|打扫",
  "绿化|园林",
  "保安|安保|门卫",
  "招聘|应聘|求职",
  "招生|入学",
  "投诉|抱怨",
  "变更|更改|修改",
  "广告|推广|宣传",
  "合作|协作",
  "装修|装潢",
  "事故|车祸",
  "失物|遗失|丢失",
  "停电|断电",
  "漏水|渗水",
  "下水道|排水",
  "物业|物管",
  "缴费|交费",
  "欠费|催缴",
  "年检|年审",
  "二手车|旧车",
  "校车|接送车",
  "请假|告假",
  "学费|学杂费",
  "会员卡|积分卡",
  "礼品卡|购物卡|储值卡",
  "门票|入场券",
  "不良反应|副作用",
  "说明书|使用说明",
  "批号|批次",
  "寄修|返修|送修",
  "充电器|充电头",
  "报销|报账",
  "出差|差旅",
  "停水|断水",
];

/** A word of the table in matching shape: Chinese as written, English as stemmed words. */
interface Entry {
  zh: string | null;
  en: string[];
  key: string;
  /** As written in the table, for the confusion list. */
  text: string;
  /** Only read through, never heard. */
  written: boolean;
}

/** A word a directory's phrase holds, and what a caller may say for it. */
export interface Synonym {
  zh: string | null;
  en: string[];
  /** The synonym and the directory's word it stands for, as the table writes them. */
  text: string;
  for: string;
}

function entryOf(raw: string): Entry {
  const written = raw.startsWith("=");
  const text = written ? raw.slice(1) : raw;
  // Written plain: Chinese characters, or lower-case English words with spaces.
  const zh = /[\u3400-\u9fff]/.test(text) ? text : null;
  const en = zh === null ? latinWords(text) : [];
  return { zh, en, key: zh ?? en.join(" "), text, written };
}

let table: Map<string, { entry: Entry; others: Entry[] }> | null = null;
/** The first character or word of each word of the table: most places start none. */
const starts = new Set<string>();

/** Each word of the table, with what may be said for it: read once. */
function synonymTable(): Map<string, { entry: Entry; others: Entry[] }> {
  if (table) return table;
  table = new Map();
  for (const group of [...EN, ...ZH]) {
    const entries = group.split("|").map(entryOf);
    for (const entry of entries) {
      if (entry.key === "") continue;
      starts.add(entry.zh !== null ? (entry.zh[0] as string) : (entry.en[0] as string));
      const others = entries.filter((o) => o.key !== entry.key && o.key !== "" && !o.written);
      const known = table.get(entry.key);
      if (known)
        known.others.push(...others.filter((o) => !known.others.some((k) => k.key === o.key)));
      else table.set(entry.key, { entry, others });
    }
  }
  return table;
}

/** What a near-synonym of a directory's word says against the word itself, as a phrase or alone. */
export const SYNONYM_WEIGHT = 0.8;

/** The longest Chinese word of the table, and the most English words one has. */
const LONGEST = 4;

/** At most this many ways of saying one phrase: a long description holds many words of the table. */
const MOST_VARIANTS = 16;

/** A word of the table found in a phrase: where, and what may be said in its place. */
interface Place {
  at: number;
  length: number;
  word: Entry;
  others: Entry[];
}

/**
 * What a caller may say for a phrase of the directory: the phrase with its words of the table put
 * in their synonyms' words ("order electricity for booth" for "ordering power for stands"). Each
 * word is put only in its own synonyms, so a synonym's synonym is never reached.
 */
export function synonymsOf(zh: string | null, en: readonly string[]): Synonym[] {
  const places = zh !== null ? placesZh(zh) : placesEn(en);
  if (places.length === 0) return [];
  // Every way of saying the phrase, each word as written or as one of its synonyms.
  let ways: { zh: string; en: string[]; said: string[]; for: string[]; from: number }[] = [
    { zh: "", en: [], said: [], for: [], from: 0 },
  ];
  const length = zh !== null ? zh.length : en.length;
  const piece = (from: number, to: number) => ({
    zh: zh !== null ? zh.slice(from, to) : "",
    en: zh === null ? en.slice(from, to) : [],
  });
  for (const place of places) {
    const next: typeof ways = [];
    for (const way of ways) {
      const before = piece(way.from, place.at);
      const kept = piece(place.at, place.at + place.length);
      const end = place.at + place.length;
      next.push({
        zh: way.zh + before.zh + kept.zh,
        en: [...way.en, ...before.en, ...kept.en],
        said: way.said,
        for: way.for,
        from: end,
      });
      for (const other of place.others) {
        if (next.length >= MOST_VARIANTS + 1) break;
        next.push({
          zh: way.zh + before.zh + (other.zh ?? ""),
          en: [...way.en, ...before.en, ...other.en],
          said: [...way.said, other.text],
          for: [...way.for, place.word.text],
          from: end,
        });
      }
    }
    ways = next;
  }
  return ways
    .filter((way) => way.said.length > 0)
    .map((way) => {
      const rest = piece(way.from, length);
      return {
        zh: zh !== null ? way.zh + rest.zh : null,
        en: zh === null ? [...way.en, ...rest.en] : [],
        text: way.said.join(", "),
        for: way.for.join(", "),
      };
    });
}

/** The longest word of the table at each place of a Chinese phrase: 停车场, not 停车 inside it. */
function placesZh(zh: string): Place[] {
  return placesIn(zh.split(""), "", 2, true);
}

/** The longest word of the table at each place of an English phrase: "car park", not "car". */
function placesEn(en: readonly string[]): Place[] {
  return placesIn(en, " ", 1, false);
}

/**
 * The longest word of the table at each place of a phrase cut into characters or words, of at
 * least `shortest` of them, with its synonyms in the phrase's own language.
 */
function placesIn(
  units: readonly string[],
  glue: string,
  shortest: number,
  chinese: boolean,
): Place[] {
  const words = synonymTable();
  const places: Place[] = [];
  for (let at = 0; at < units.length; at++) {
    if (!starts.has(units[at] as string)) continue;
    for (let length = Math.min(LONGEST, units.length - at); length >= shortest; length--) {
      const word = words.get(units.slice(at, at + length).join(glue));
      const others = word?.others.filter((o) => (o.zh !== null) === chinese) ?? [];
      if (!word || others.length === 0) continue;
      places.push({ at, length, word: word.entry, others });
      at += length - 1;
      break;
    }
  }
  return places;
}

/**
 * The single words a caller may say for one word of the directory ("booth" for "stand", 摊位 for
 * 展位), as the single-word comparison reads them: English stems, Chinese two characters.
 */
export function wordSynonyms(word: string): { word: string; for: string }[] {
  const entry = synonymTable().get(word);
  if (!entry) return [];
  return entry.others
    .filter((o) => (o.zh !== null ? o.zh.length === 2 : o.en.length === 1) && o.key !== word)
    .map((o) => ({ word: o.key, for: entry.entry.text }));
}
