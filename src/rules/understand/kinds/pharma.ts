import type { Kind, KindWords } from "./kind.ts";

/**
 * What patients, doctors, pharmacists, regulators and hospitals say to a drug maker's medical
 * information desk, its drug safety (pharmacovigilance) team, its regulatory affairs and its
 * market access people. None falls back: a hospital's patients asking how to take a medicine
 * are its pharmacy's, and a hotel's "registration" is its front desk's.
 */
export const PHARMA_KINDS = {
  medical_information: {
    of: "company",
    names: {
      zh: "医学信息部|医学信息|医学信息中心|医学信息服务部|药物信息中心|药品信息部|用药咨询中心|用药咨询部|医学咨询部",
      en: "medical information|medical info|medical information service|drug information|medicines information|medical enquiries|medical inquiries",
    },
    says: {
      zh: "怎么吃|怎么服用|怎么用药|用法|用量|用法用量|剂量|一次吃几|一天吃几|吃几片|吃几粒|吃多少|能不能一起吃|一起吃|同时吃|同服|相互作用|孕妇|怀孕|备孕|哺乳期|喂奶|小孩能吃|儿童能吃|儿童用量|儿童剂量|老人能吃|饭前|饭后|空腹|掰开|掰开吃|碾碎|嚼碎|漏服|忘了吃|漏吃|过量|吃多了|喝酒|饮酒|说明书|成分|辅料|含不含|明胶|乳糖|保存|储存|冷藏|有效期|开封后|配好后|稳定性|禁忌|适应症|治什么|能治|吞不下",
      en: "how to take|how should i take|how do i take|dose|dosage|dosing|how many tablets|how much should|take it with|interaction|interactions|with alcohol|grapefruit|pregnant|pregnancy|breastfeeding|breast feeding|nursing mother|child dose|crush|split|cut in half|chew|missed a dose|missed dose|forgot to take|overdose|took too many|before food|after food|empty stomach|ingredients|ingredient|excipient|gelatin|lactose|gluten|storage|store it|refrigerate|shelf life|stability|once opened|reconstituted|made up|contraindication|contraindications|indication|indications|package insert|patient leaflet|prescribing information|off label",
    },
    fallback: [],
  },
  drug_safety: {
    of: "company",
    names: {
      zh: "药物警戒部|药物警戒|药物警戒中心|药物安全部|药物安全|药品安全部|不良反应监测|不良反应监测中心|药物警戒与安全部",
      en: "pharmacovigilance|drug safety|patient safety|safety reporting|adverse event reporting|pv|pharmacovigilance department|drug safety department",
    },
    says: {
      zh: "不良反应|副作用|过敏|过敏反应|起疹子|出疹子|皮疹|疹子|起红点|瘙痒|发痒|头晕|头痛|恶心|呕吐|拉肚子|腹泻|心慌|心悸|失眠|嗜睡|掉头发|脱发|月经不调|月经不正常|转氨酶|肝功能异常|吃了以后|吃完以后|用了以后|打了以后|吃了你们的药|用药后|上报|报告不良",
      en: "side effect|side effects|adverse event|adverse events|adverse reaction|adverse reactions|reaction to|allergic reaction|allergic|rash|hives|itching|itchy|dizzy|dizziness|nausea|nauseous|vomiting|diarrhoea|diarrhea|headache|headaches|palpitations|confused|confusion|hair loss|after taking|since taking|since starting|started taking|report a reaction|report an adverse|suspected adverse|tell the manufacturer",
    },
    fallback: [],
  },
  regulatory: {
    of: "company",
    names: {
      zh: "注册部|注册事务部|药政部|药政事务部|法规事务部|注册法规部|注册申报部|注册与法规部|药品注册部",
      en: "regulatory affairs|regulatory|regulatory department|drug registration|registration department|registrations",
    },
    says: {
      zh: "注册证|批文|海外注册|境外注册|产品注册|注册药品|批准文号|药品注册|注册申报|申报|补充申请|补充资料|审评|审评中心|药监局|药监|国家药监局|省药监局|药品监督管理局|再注册|说明书修订|说明书变更|生产许可证|药品生产许可证|进口注册|临床批件|注册进度",
      en: "register drugs|register your drugs|register your products|registering drugs|product registration|regulatory filing|filing your products|file your products|marketing authorisation|marketing authorization|dossier|submission|regulator|regulators|regulatory|drug authority|the authorities|nmpa|fda|ema|licence|license|licences|variation|label change|labelling change|product licence|approval letter|import licence|registration certificate",
    },
    fallback: [],
  },
  market_access: {
    of: "company",
    names: {
      zh: "市场准入部|市场准入|准入部|政府事务部|医保事务部|价格与准入部|准入与政府事务部",
      en: "market access|government affairs|pricing and reimbursement|access team",
    },
    says: {
      zh: "医保目录|进医保|医保谈判|国谈|集采|带量采购|集中采购|挂网|挂网采购|采购平台|进院|进医院|药事会|医院准入|准入|中标|医保报销|报销目录|谈判药",
      en: "reimbursement|reimbursement list|nrdl|formulary|hospital listing|listed at|volume based procurement|vbp|purchasing platform|procurement platform|pricing|price negotiation|not covered|wont cover|cover your medicine|drug committee|pharmacy and therapeutics|health technology assessment",
    },
    fallback: [],
  },
} satisfies Partial<Record<Kind, KindWords>>;
