import type { Said } from "../text.ts";
import type { Kind } from "./kinds.ts";

/**
 * What the request is, said around the words that name a department's work, when that changes
 * whose work it is: a shopper's own order that has not come is customer service's, though
 * "物流" and "delivered" are the warehouse's words; a planned cut in supply is announced by the
 * service desk, though "停水" is a repair word; a parent collecting a child is no goods pickup;
 * a wallet left "there", at the restaurant named before, is lost property's.
 */
export interface Reading {
  /** Kinds whose words mean something else in this request (every word, "all") … */
  from: ReadonlySet<Kind> | "all";
  /** … and where they go instead: the departments of the first of these kinds the directory has. */
  to: readonly Kind[];
  /** Whether the request alone is theirs, whatever words it was said in. */
  alone: boolean;
}

/** A business's goods on the move: what a shopper's parcel is not. */
const SHIPPING: ReadonlySet<Kind> = new Set([
  "logistics",
  "warehouse",
  "transport",
  "freight",
  "customs",
  "documentation",
]);

/**
 * A shopper's own purchase: "我买的", "我在你们天猫店买的" (the shop corrected on the way: "我在你们
 * 拼多多 不是 京东那个店 买的"), "我的快递", "I bought", "my parcel".
 * "我们" is a business's, whose shipments are logistics' business.
 */
const BOUGHT_ZH =
  /我(?!们)(?:在[\u3400-\u9fff]{0,16}?)?(?:网上|线上)?(?:买|购买|网购|拍)的|我(?!们)(?:在[\u3400-\u9fff]{0,8}?)(?:买|购买|网购|拍|下单)|我(?!们)的(?:快递|包裹|网购)/;
const BOUGHT_EN =
  /\b(?:my (?:parcel|package|purchase)|i (?:just |recently )?(?:bought|purchased)|i ordered (?:\w+ ){0,3}online|i (?:never|didnt|did not|havent|have not|still havent) (?:got|get|received|receive) (?:the|my) (?:package|parcel|item))\b/;
/** Their order, which is a shopper's only where the organisation sells to shoppers. */
const ORDERED_ZH = /我(?!们)的订单|我(?!们)(?:下(?:了|的|错|过)?单)/;
const ORDERED_EN = /\b(?:my (?:order|orders|delivery)|i ordered)\b/;
/** Departments that sell to shoppers: online shops, live selling, a shopping centre's app. */
const SELLS_TO_SHOPPERS: ReadonlySet<Kind> = new Set(["ecommerce", "livestream", "digital"]);

/** A cut in supply … */
const OUTAGE_ZH = /停水|停气|停电|停暖|停供|断水|断气|断电|限电|来水|来气|恢复供/;
const OUTAGE_EN =
  /\b(?:outages?|(?:water|gas|power|electricity|heating|supply)(?: \w+){0,2} (?:back on|restored|come back)|power cuts?|water cuts?|gas cuts?|shut ?offs?|shutdowns?|supply interruption|interruption to (?:the )?supply|(?:water|gas|power|electricity|heating) (?:will be |is |be |being )?(?:off|cut|turned off|shut off)|without (?:water|gas|power|electricity))\b/;
/** … announced, to come, or to end: a notice, a time, when it comes back. */
const PLANNED_ZH =
  /通知|公告|告示|短信|贴了|计划|预计|安排|检修|改造|施工|明天|后天|下周|今晚|几点到几点|恢复|几点来|什么时候来|啥时候来|要停多久|停多久|停到几点|到几点/;
const PLANNED_EN =
  /\b(?:planned|scheduled|notice|notices|announced|announcement|letter|text|tomorrow|next week|tonight|works|back on|restored|come back|how long|until when|what time)\b/;
/** Not when it has happened without warning or for a bill unpaid: the repair crew's, billing's. */
const UNPLANNED_ZH = /突然|突发|爆|漏|欠费|欠了|没交|未交/;
const UNPLANNED_EN = /\b(?:suddenly|burst|leak\w*|arrears|unpaid|overdue|didnt pay|not paid)\b/;

/** Someone collecting a child: "pick up my son early", "collect her", "接孩子". */
const COLLECTS_CHILD_EN =
  /\b(?:pick\w* (?:up )?|collect\w* |fetch\w* )(?:up )?(?:(?:my|our|his|her|their|the) )?(?:son|sons|daughter|daughters|child|children|kid|kids|boy|girl|grandson|granddaughter|twins|him|her|them)\b/;
const COLLECTS_CHILD_ZH = /接(?:孩子|儿子|女儿|小孩|娃|宝宝|我(?:家|的)?(?:孩子|儿子|女儿|小孩))/;

/**
 * Something left behind at a place named before ("我昨天在你们餐厅吃饭 好像把信用卡落在那了", "I had
 * dinner at your restaurant and I think I left my wallet there"): the place and what was done
 * there say only where it was left.
 */
const LEFT_THERE_ZH = /(?:落|丢|忘|遗落|掉)(?:在|到)?(?:那|那里|那儿|那边)(?:了|啦)?/;
const LEFT_THERE_EN =
  /\b(?:left|forgot|dropped|lost) (?:\w+ ){0,3}(?:there|behind there|in there)\b/;

/** Where a consumer's questions go: customer service, a service hall, a front desk. */
const SERVICE_DESKS: readonly Kind[] = [
  "after_sales",
  "service_hall",
  "property_service",
  "information_desk",
  "front_desk",
];

/** Who sees to repairs in a supply or a building. */
const REPAIRS: ReadonlySet<Kind> = new Set([
  "maintenance",
  "engineering",
  "home_repairs",
  "supply_repair",
  "secondary_supply",
  "pipe_network",
  "power_supply",
  "heating",
]);

/**
 * The reading of a request, if one applies. `departmentsOf` counts the departments of some kinds:
 * where the organisation has two or more of a business's shipping departments, its trade is
 * moving goods, and a customer's parcel is its tracking team's; where it has none that sells to
 * shoppers, "my order" is a business customer's, and logistics'.
 */
export function readingOf(
  text: Said,
  departmentsOf: (kinds: ReadonlySet<Kind>) => number,
): Reading | null {
  const bought = BOUGHT_ZH.test(text.compact) || BOUGHT_EN.test(text.spaced);
  const ordered = ORDERED_ZH.test(text.compact) || ORDERED_EN.test(text.spaced);
  if (
    (bought || (ordered && departmentsOf(SELLS_TO_SHOPPERS) > 0)) &&
    departmentsOf(SHIPPING) < 2
  ) {
    return { from: SHIPPING, to: ["after_sales"], alone: false };
  }
  if (
    (OUTAGE_ZH.test(text.compact) || OUTAGE_EN.test(text.spaced)) &&
    (PLANNED_ZH.test(text.compact) || PLANNED_EN.test(text.spaced)) &&
    !UNPLANNED_ZH.test(text.compact) &&
    !UNPLANNED_EN.test(text.spaced)
  ) {
    return { from: REPAIRS, to: SERVICE_DESKS, alone: true };
  }
  if (LEFT_THERE_ZH.test(text.compact) || LEFT_THERE_EN.test(text.spaced)) {
    return { from: "all", to: ["lost_property"], alone: true };
  }
  if (COLLECTS_CHILD_EN.test(text.spaced) || COLLECTS_CHILD_ZH.test(text.compact)) {
    return { from: SHIPPING, to: ["school_office", "student_affairs"], alone: true };
  }
  return null;
}
