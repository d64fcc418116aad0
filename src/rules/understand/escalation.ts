import type { Said } from "../text.ts";

/** A complaint, or a wish to speak to a real person: both go to people, not to a menu. */

const COMPLAINT_ZH =
  /投诉|拒赔|理赔纠纷|理赔争议|凭什么不赔|不满意|很不满|太差|很差|真差|差劲|(?<!好)差评|太糟糕|糟透|抱怨|态度(很|太|真|非常)?(差|恶劣|不好)|太过分|不像话|岂有此理|气死|什么破|甩脸色|摆脸色|给(我|我们)?脸色看|爱答不理|爱理不理|办事(效率)?太慢|效率太低|(给|要|讨)(我|我们)?(一)?个说法|这叫什么服务|什么服务态度|不耐烦|(就)?不理我|不搭理|爱搭不理|不负责任|太不负责|(找|跟|向)(你们)?(的)?领导反映|你们就(是)?这么(办|做|干|对待|服务|管理)|没人管(吗|啊|嘛)|你们(都)?不管(吗|嘛|么)|坑人|欺骗消费者/;
const COMPLAINT_EN =
  /\bcomplain\w*|\bcomplaint\w*|\bterrible\b|\bawful\b|\bhorrible\b|\bunacceptable\b|\bdisgusting\b|\bworst\b|\bdisappointed\b|\bnot happy\b|\bunhappy\b|\brude\b|\b(poor|bad) service\b|\bridiculous\b|\bwhat kind of service\b|\bfed up\b|\bsick and tired\b|\bimpatient\b|\bignor(ed|ing) (me|us|my)\b|\b(shouted|yelled) at (me|us|my)\b|\bwaste of (my |our )?time\b|\bthis is a joke\b|\b(nobody|no one) cares\b/;

/** Asking to be paid for a loss: a complaint, unless a department here takes such claims. */
export const REDRESS_ZH = /赔偿|索赔|理赔/;
export const REDRESS_EN = /\bcompensat\w*|\bclaims?\b/;
/** What a caller asks redress with: "claim" alone is said of much else. */
const COMPENSATION_EN = /\bcompensat\w*/;

/** "redress" when compensation is all that was asked ("想申请赔偿"), with no grievance word. */
export function complains(text: Said): "complaint" | "redress" | null {
  if (COMPLAINT_ZH.test(text.compact) || COMPLAINT_EN.test(text.spaced)) return "complaint";
  if (REDRESS_ZH.test(text.compact) || COMPENSATION_EN.test(text.spaced)) return "redress";
  return null;
}

// "客服" alone is as often a customer-service department, or a product ("客服系统"), as a person;
// "人工核保" is underwriting by hand and "人工费" a labour charge, no call for a person.
const OPERATOR_ZH =
  /人工(?!核保|审核|核赔|费)|总机|接线员|话务员|真人|活人|(转|找|接)客服|客服人员|(给我|帮我)(直接)?接个人(?!的|事|电话|信息|资料)/;
// Not a trade's operator or agent: "a telecom operator", "we want to be your agent in Dubai", "my agent code".
const OPERATOR_EN =
  /(?<!\b(?:telecom|telco|mobile|network|tour|travel|machine|forklift|crane|ferry|bus|shipping|port|fleet) )\boperator\b|\breal person\b|\bhuman\b(?! resources)|\blive (person|agent)\b|(?<!\b(?:travel|shipping|estate|sales|booking|customs|freight|insurance|sole|exclusive|local|our|their|your|be|as) )\bagent\b(?! (?:in|for|of|code|number|id|login|portal|app|account|licen[cs]e)\b)|\brepresentative\b|\b(speak|talk) (to|with) (a |some )?(real )?(person|someone|somebody)( please)?$/;

export function asksOperator(text: Said): boolean {
  return OPERATOR_ZH.test(text.compact) || OPERATOR_EN.test(text.spaced);
}
