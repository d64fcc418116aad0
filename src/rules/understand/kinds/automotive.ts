import type { Kind, KindWords } from "./kind.ts";

/**
 * What the customers of a car dealership (a 4S shop) say to its departments: the showroom's new
 * cars, the workshop, the body shop, parts, roadside help, used cars and car loans and insurance.
 * None falls back: each is heard only where a department does that work, so a hotel guest's flat
 * battery, a factory's "parts" or a resident's "买车位" go nowhere new.
 */
export const AUTOMOTIVE_KINDS = {
  car_sales: {
    of: "company",
    names: {
      zh: "新车销售部|新车销售|新车部|汽车销售部|整车销售部|整车销售|展厅销售|销售顾问|新车销售中心",
      en: "new car sales|new car sales department|new vehicle sales|vehicle sales|car sales|showroom sales",
    },
    says: {
      zh: "买车|购车|买辆车|买台车|买新车|想买车|看车|看看车|订车|提车|试驾|试乘试驾|落地价|裸车价|指导价|现车|有没有现车|上牌|购置税|顶配|低配|高配|销售顾问",
      en: "buy a car|buying a car|buy a new car|test drive|take it for a drive|on the road price|drive away price|msrp|delivery of my new car|pick up my new car|collect my new car|car salesman|sales consultant",
    },
    fallback: [],
  },
  vehicle_service: {
    of: "company",
    names: {
      zh: "维修车间|维修保养|保养中心|汽修|汽车维修|汽修厂|机电维修|快修|快修中心|售后服务站|机电车间|保养部",
      en: "service centre|service center|service department|service workshop|workshop|service bay|servicing|vehicle service|car service|maintenance centre|repair shop|auto repair|garage|quick service|express service",
    },
    says: {
      zh: "保养|小保养|大保养|做保养|首保|定保|换机油|机油|换油|机滤|检修|修车|车坏了|车出问题|故障灯|发动机灯|亮灯|仪表盘|异响|有响声|咯吱|抖动|方向盘抖|跑偏|刹车|刹车片|刹车软|漏油|漏水|冒烟|打不着|熄火|变速箱|空调不凉|空调不制冷|加氟|加冷媒|四轮定位|动平衡|做动平衡|换轮胎|补胎|年检|年审|验车|召回|预约保养|预约维修|约保养|约维修|工位|进厂|接车|取车|维修进度|修好了没|什么时候能修好|工时费|保养套餐|保养多少钱",
      en: "servicing|car service|book a service|book my car in|book in for a service|annual service|oil change|change the oil|engine light|check engine|warning light|dashboard light|rattle|rattling|squeak|squeaking|grinding|noise from|vibration|shaking|pulls to|pulling to|brakes|brake pads|leaking oil|oil leak|overheating|gearbox|transmission|air con not cold|aircon not cold|regas|wheel alignment|alignment|balancing|mot|inspection|recall|the workshop|is my car ready|car ready|collect my car|pick up my car|labour charge|service plan|service package",
    },
    fallback: [],
  },
  body_repair: {
    of: "company",
    names: {
      zh: "钣喷中心|钣喷|钣喷车间|钣金喷漆|钣金|喷漆|钣金车间|事故车中心|事故车维修|事故车|漆面修复",
      en: "body and paint|body & paint|bodywork|body shop|bodyshop|body repair|body repairs|collision centre|collision center|collision repair|panel shop|paint shop|smash repair|accident repair centre",
    },
    says: {
      zh: "钣金|喷漆|补漆|掉漆|划痕|刮花|刮了|刮蹭|剐蹭|蹭了|被蹭|被刮|撞了|撞到|被撞|追尾|被追尾|撞瘪|瘪了|凹了|凹陷|保险杠|车门|叶子板|前脸|大灯碎|事故车|出事故|小事故|定损|保险定损|走保险|出险|拍照定损|修复|漆面",
      en: "scratch|scratches|scratched|dent|dents|dented|respray|paint job|paintwork|touch up|chip|chipped|bumper|panel|door panel|fender|wing|collision|fender bender|rear ended|rear-ended|hit my car|someone hit|reversed into|accident damage|insurance assessment|assessor|damage assessment|quote for the damage|bodywork|smash repair",
    },
    fallback: [],
  },
  spare_parts: {
    of: "company",
    names: {
      zh: "配件部|配件|配件中心|零配件|零配件部|零部件销售|备件|备件部|备品备件|配件销售|精品部|精品附件|用品部|汽车用品",
      en: "parts|parts department|parts counter|parts desk|parts and accessories|spare parts|spares|accessories|parts sales",
    },
    says: {
      zh: "配件|原厂|原厂件|原装|副厂|零件|备件|雨刮|雨刮片|雨刷|滤芯|空滤|空调滤|火花塞|电瓶多少钱|蓄电池|后视镜|反光镜|灯泡|车灯|脚垫|座套|方向盘套|行车记录仪|车衣|贴膜|车膜|轮毂|轮胎多少钱|备胎|车钥匙|遥控钥匙|配钥匙|车顶架|精品|有没有货|订货|到货",
      en: "part|parts|spare part|spare parts|genuine part|genuine parts|original part|oem|wiper|wipers|wiper blade|wiper blades|filter|air filter|cabin filter|spark plug|spark plugs|bulb|headlight bulb|side mirror|wing mirror|mirror|floor mats|mats|seat covers|dash cam|dashcam|roof rack|tow bar|alloy|alloys|rims|spare key|car key|key fob|remote key|accessories|accessory|in stock|order a part|part number",
    },
    fallback: [],
  },
  roadside: {
    of: "company",
    names: {
      zh: "道路救援|救援中心|道路救援中心|救援服务|救援热线|拖车救援|紧急救援",
      en: "roadside assistance|roadside|roadside help|breakdown service|breakdown cover|breakdown assistance|recovery|vehicle recovery",
    },
    says: {
      zh: "抛锚|趴窝|坏在路上|坏在半路|停在路上|打不着火|打不着|着不了车|点不着|启动不了|发动不了|没电了|电瓶没电|亏电|搭电|搭个电|搭火|拖车|叫拖车|拖走|爆胎|扎胎|胎瘪了|没气了|换备胎|没油了|油没了|钥匙锁车里|锁车里了|开不了门|高速上|路边|困在路上",
      en: "breakdown|broken down|broke down|car broke down|wont start|won't start|will not start|doesnt start|flat battery|battery is flat|battery flat|battery died|dead battery|battery is dead|battery dead|jump start|jumpstart|jump|a jump|tow|tow truck|need a tow|towing|flat tyre|flat tire|puncture|blowout|no spare|run out of petrol|ran out of petrol|ran out of gas|out of fuel|locked my keys|keys locked in|stranded|stuck on the road|side of the road|hard shoulder|motorway|highway",
    },
    fallback: [],
  },
  used_cars: {
    of: "company",
    names: {
      zh: "二手车|二手车部|二手车中心|二手车业务部|二手车置换|置换中心|置换部|认证二手车",
      en: "used cars|used car|used car centre|used car center|used vehicles|pre owned|pre-owned|certified pre owned|approved used|trade ins|trade-ins|part exchange",
    },
    says: {
      zh: "二手车|二手|准新车|置换|以旧换新|旧换新|旧车|卖车|卖我的车|收车|收二手车|估价|评估|估个价|值多少钱|能卖多少|车况|过户|公里数|里程|开了几年|几年的车|车龄|检测报告|认证二手",
      en: "used car|used cars|second hand|secondhand|pre owned|pre-owned|trade in|trade-in|trading in|part exchange|part-exchange|sell my car|selling my car|buy my car|value my car|valuation|how much is my car worth|what is my car worth|how much would you give|mileage|low mileage|how many miles|how many kilometres|vehicle history|certified|approved used|older model",
    },
    fallback: [],
  },
  car_finance: {
    of: "company",
    names: {
      zh: "金融保险部|金融部|汽车金融|汽车金融部|金融服务部|金融服务|按揭部|车贷部|贷款部|保险部",
      en: "finance and insurance|finance & insurance|f and i|f&i|financial services|car finance|auto finance|vehicle finance|motor finance|insurance|insurance department",
    },
    says: {
      zh: "贷款|车贷|按揭|分期|分期付款|首付|月供|利率|利息|免息|零首付|金融方案|贷款方案|贷款审批|提前还款|提前还贷|还贷|结清|解押|抵押|车险|交强险|商业险|续保|买保险|保险到期|保单|保费|保险报价|保险多少钱|保险怎么买",
      en: "car loan|auto loan|loan|finance|financing|finance deal|finance options|finance plan|pcp|hire purchase|instalment|instalments|installment|installments|monthly payment|monthly payments|down payment|interest rate|apr|zero percent|0 percent|pay off|settle the loan|early repayment|loan approval|car insurance|motor insurance|insurance renewal|renew my insurance|renew the insurance|insurance quote|premium|policy|no claims",
    },
    fallback: [],
  },
} satisfies Partial<Record<Kind, KindWords>>;
