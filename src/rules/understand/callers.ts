import type { Said } from "../text.ts";
import type { Kind } from "./kinds.ts";

/**
 * Who a company's caller says they are ("我们是经销商", "we're a freight company", "this is the
 * fire brigade"), when that says where the call goes better than the request's words alone: a
 * supplier's "quote" is no sale, a distributor's "合同" is the sales team's business, a
 * regulator's "资料" is the department that deals with that regulator.
 */

export type Role = "supplier" | "customer" | "authority" | "courier";

export interface Caller {
  role: Role;
  /** The words that said who they are: "冷链物流公司", "fire brigade", "医保局". */
  named: string;
  /** What was said after them, where the request is. */
  rest: string;
}

/**
 * Kinds whose words mean something else from such a caller, so never where the call goes: a
 * supplier sells to us (and, come by appointment, is for whoever it serves, not reception) and a
 * customer buys from us; an authority sells nothing and is sold nothing by telephone, though it
 * may book a venue like anyone.
 */
export const NOT_FOR: Record<Role, ReadonlySet<Kind>> = {
  supplier: new Set([
    "sales",
    "partners",
    "customer_success",
    "telesales",
    "car_sales",
    "reception",
  ]),
  customer: new Set(["purchasing", "tendering"]),
  authority: new Set(["partners", "marketing", "purchasing", "telesales"]),
  // A courier's parcel and signature are for the office that says it takes in the post (where
  // none does, reception), not a customer's order.
  courier: new Set(["reception", "logistics", "transport", "freight", "sales", "after_sales"]),
};

/** Where who they are points, besides their own words: any supplier to purchasing. */
export const POINTS_TO: Record<Role, string> = {
  supplier: "供应商 supplier",
  customer: "",
  authority: "",
  courier: "我是快递 courier",
};

/** A department's own description or keywords saying it takes in the post: "快递收发", "post". */
export const TAKES_POST =
  /快递|邮件|信件|包裹|收发|\bpost\b|\bparcels?\b|\bcouriers?\b|\bdeliveries\b|\bmail\b/i;

/** Who they are leads, and what they ask adds to it: an authority. */
export const LEADS: ReadonlySet<Role> = new Set(["authority"]);

/** "我是…", "我们是…", "这里是…": said first, then who. */
const LEAD_ZH = "(?:我|我们|咱们|咱)(?:这边|这里)?(?:是|算是|来自)|(?:这里|这边)是";
/** "we're a …", "I'm from the …", "this is the …", "calling from …". */
const LEAD_EN = `\\b(?:(?:im|i am|were|we are)(?: (?:calling|ringing))? (?:from|with|at)(?: (?:a|an|the|your))?|(?:im|i am|were|we are) (?:a|an|the|your|one of your|one of the)|(?:this is|it is|calling from|ringing from)(?: (?:a|an|the|your))?)`;
/** Up to this many words or characters between the lead and the word that says who. */
const BETWEEN_ZH = "(?:你们的?|贵司的?|一家|一个|个|家)?([\\u3400-\\u9fff]{0,10}?";
const BETWEEN_EN =
  "((?: (?!(?:about|for|regarding|to|because|and|but|on|with|in|of)\\b)[a-z]+){0,4}? ";

/** Who says they supply us whatever they go on to ask: "我们是供应商", "the copier service people". */
const SUPPLIER_ZH = "供应商|供货商|服务商|外包公司|维保|车队";
const SUPPLIER_EN = "suppliers?|vendors?|service provider";
/**
 * A business, which supplies us only when it says what it can do for us ("我们是冷链物流公司 …
 * 我们能做", "we're a freight company and we'd like to quote"): a logistics company asking the
 * price of a stand is a customer.
 */
const BUSINESS_ZH =
  "公司|工厂|厂家|厂商|厂|团队|机构|工作室|货代|咨询|顾问|物流|运输|货运|快运|保洁|设备商";
const BUSINESS_EN =
  "company|firm|business|agency|studio|factory|startup|manufacturers?|consultancy|consultants|forwarders?|hauliers?|contractors?|subcontractors?|provider";
const OFFERS_ZH =
  /(?:我们|我们这边)(?:都|也)?(?:能|可以)(?:做|提供|帮|承接)|我们(?:专门|专业)?(?:做|提供)|(?:给|为)你们(?:提供|报价|报个价|做|供货|送货|拉货|运货|加工)|想(?:给你们)?报(?:个)?价|合作机会/;
const OFFERS_EN =
  /\b(?:we (?:can|could) (?:do|offer|provide|help|handle|supply)|we (?:offer|provide|specialise|specialize)|(?:that |which |who )?helps? (?:companies|businesses|firms|manufacturers)|(?:like|want|love) to (?:quote|offer|provide|pitch|present)|quote for|offer you|provide you|our services)\b/;

const CUSTOMER_ZH = "经销商|代理商|分销商|批发商|零售商|渠道商|加盟商|老客户|客户|采购商";
const CUSTOMER_EN =
  "distributors?|dealers?|dealership|resellers?|wholesalers?|retailers?|stockists?|(?:customers?|clients?)(?! (?:service|care|support|relations))";

const AUTHORITY_ZH =
  "[\\u3400-\\u9fff]{1,4}局|卫健委|发改委|纪委|监管|监察|执法|稽查|海关|法院|检察院|派出所|公安|消防(?:队|大队|支队|救援站)?|政府|街道办|管委会";
const AUTHORITY_EN =
  "fire (?:brigade|department|service|station)|police|customs|inspectors?|inspectorate|regulators?|authority|ministry|bureau|government|council|tax office|food and drug administration";

/** Someone bringing the post: "我是顺丰的", "我是送快递的", "I'm a courier with a parcel". */
const COURIER_ZH = "快递员?|送快递|顺丰|圆通|中通|申通|韵达|邮政|闪送|跑腿|送水|送桶装水";
const COURIER_EN = "couriers?|delivery (?:driver|man|guy)|postman|dhl|fedex|ups|sf express";
/** A courier come to collect goods is the warehouse's, not bringing the post. */
const COLLECTS_ZH = /取件|揽件|收件|提货|拉货|取货|打包|发货|出货|仓库/;
const COLLECTS_EN = /\b(?:pick ?ups?|pick up|collect\w*|warehouse|loading|shipment)\b/;

/** "我们是…X", "we're a … X": the caller saying they are one of these, in either language. */
const saysTheyAre = (zh: string, en: string): RegExp[] => [
  new RegExp(`(?:${LEAD_ZH})${BETWEEN_ZH}(?:${zh}))`),
  new RegExp(`${LEAD_EN}${BETWEEN_EN}(?:${en}))\\b`),
];

const SUPPLIER = saysTheyAre(SUPPLIER_ZH, SUPPLIER_EN);
const BUSINESS = saysTheyAre(BUSINESS_ZH, BUSINESS_EN);
const CUSTOMER = saysTheyAre(CUSTOMER_ZH, CUSTOMER_EN);
const AUTHORITY = saysTheyAre(AUTHORITY_ZH, AUTHORITY_EN);
const COURIER = saysTheyAre(COURIER_ZH, COURIER_EN);

function found(patterns: RegExp[], text: Said): { named: string; rest: string } | null {
  for (const pattern of patterns) {
    const match = pattern.exec(text.spaced);
    const named = match?.[1]?.trim();
    if (match && named) {
      return { named, rest: text.spaced.slice(match.index + match[0].length).trim() };
    }
  }
  return null;
}

/** Who the caller said they are, when that is a supplier, a customer, an authority or the post. */
export function callerIn(text: Said): Caller | null {
  const courier = found(COURIER, text);
  const collects = COLLECTS_ZH.test(text.compact) || COLLECTS_EN.test(text.spaced);
  if (courier && !collects) return { role: "courier", ...courier };
  const authority = found(AUTHORITY, text);
  if (authority) return { role: "authority", ...authority };
  const customer = found(CUSTOMER, text);
  if (customer) return { role: "customer", ...customer };
  const supplier = found(SUPPLIER, text);
  if (supplier) return { role: "supplier", ...supplier };
  const business = found(BUSINESS, text);
  if (business && (OFFERS_ZH.test(text.compact) || OFFERS_EN.test(text.spaced))) {
    return { role: "supplier", ...business };
  }
  return null;
}
