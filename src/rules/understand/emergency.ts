import { anyOf, type Said } from "../text.ts";

/**
 * Emergencies, first of all: said calmly, hedged or in a panic, in Chinese or English. A clear
 * one is put through at once; one that may be ("有股烧焦的味道", "the lift stopped") is asked
 * about once. Look-alikes ("the fire exit sign is broken", "the lift is slow today") are not.
 */

export const EMERGENCY_CATEGORIES = [
  "fire",
  "smoke",
  "gas",
  "medical",
  "violence",
  "trapped",
  "injury",
  "electric",
  "flood",
  "missing_child",
  "missing_person",
  "self_harm",
] as const;
export type EmergencyCategory = (typeof EMERGENCY_CATEGORIES)[number];

export interface EmergencyHeard {
  category: EmergencyCategory;
  /** False when it may be an emergency and the caller is asked first. */
  sure: boolean;
}

/** Look-alikes that mention fire, smoke, knives, lifts or water without anything being wrong. */
const LOOK_ALIKES_ZH =
  /(洪水|水灾|火灾|水淹|泡水)(险|保险|损失险)|(保不保|赔不赔|保|赔)(洪水|水灾|火灾|水淹|泡水)|打扰|打扫|人工|无烟|禁烟|吸烟|抽烟|烟灰缸|香烟|烟雾报警器|烟雾探测器|烟感|火锅|防火|消防通道|消防栓|灭火器|安全出口|消防(演习|演练|检查|培训|验收|设施|器材|设备|门|通道|栓|系统|整改|知识)|火警演习|演习|演练|安全培训|安全检查|安全帽|信息泄露|数据泄露|隐私泄露|泄露(信息|数据|隐私)|火车|火腿|火柴|打火机|打不着火|点不着火|着不了火|打着火|(停车|车|停车票|停车卡|杆|道闸).{0,8}出不去了?|火候|火爆|上火|刀叉|刀具|水果刀|剪刀|电梯(很|有点|太|比较)?慢|等电梯|电梯(在哪|几楼|到几楼)|坐电梯|电费|水费|燃气费|煤气费|电话费|威胁(要|说要)?(起诉|投诉|告)|吓死|笑死|热死|冷死|累死|饿死|吵死|烦死|气死|困死|忙死|想死你|死机|卡死|流血价|跳槽|丢了订单|救命稻草/;
const LOOK_ALIKES_EN =
  /\b(escalators?|lifts?|elevators?|cars?|traffic|queues?|line|belts?|barriers?|gates?|doors?|walkways?)( by [a-z ]{1,20})? (is |are )?(not|isnt|arent) moving\b|\b(covers?|covered|coverage|cover for|insured|insurance|claim) (against |for |of )?(flood|fire|storm|water|smoke)\w*( damage)?|\b(flood|fire|storm|water|smoke)( damage)? (insurance|cover|coverage|claim|policy)\b|\bfire (exit|escape|door|drill|extinguisher|place|works?|safety|evacuation plan|sign|alarm test|inspection|inspector|certificate|hydrant|brigade inspection|protection|prevention|training|equipment|system|marshal)\w*|\bfire (rules|regulations|regs|codes?|requirements|standards|compliance|rating)\b|\b(this is|from|were|we are|it|it is) (the )?(local |city |district )?fire (brigade|department|service|station)\b(?=.{0,80}\b(routine|inspections?|inspect\w*|visits?|audit|appointment|schedule)\b)|\blocked (in|out of) (the |my |our |your )?(app|system|account|portal|website|site|computer|laptop|email)\b|\bfireplace\b|\bfire (in|by) (the |a |your )?([a-z]+ )?(fireplace|hearth|fire ?pit|stove|grill|bbq|barbecue)\b|\bfireworks?\b|\bfire(d| you| him| her| them| someone| me)\b|\bsmoke (detector|alarm|free)\b|\bsmoking\b|\bnon ?smok\w*|\b(can|may|could|where|allowed to|somewhere to|place to|i|we|you) smoke\b|\bemergency (exit|number|contact|stairs?|lights?|room|department|dept|ward|clinic|unit|centre|center)\b|\bgas (station|bill|stove|cooker|oven|heater|mark)\b|\bknife and fork\b|\bsteak knife\b|\blift (is |was )?(slow|far|busy)\b|\b(slow|busy|small) lift\b|\bwhere is the lift\b|\b(electric(ity)?|water|power|phone) bill\b|\bshocked (by|at) (the )?(price|bill|cost)\b|\bkilling me\b|\bdying to\b|\bto die for\b|\bthreat\w* to (sue|cancel|leave|report|complain)\b|\bflood of\b|\bflooded with (orders|calls|emails|requests)\b|\bfight (over|about) (the )?(bill|price|invoice)\b|\bburning question\b|\bdata (leak|breach)\w*|\b(leak\w*|spill\w*) (the )?(news|story|data|information)\b|\bcrash(ed|ing)? (computer|laptop|system|app|website)\b|\b(computer|laptop|system|app|website) (crash\w*|died|is dead)\b|\b(arrived|came|delivered|box(es)?|cartons?|packages?|parcels?|pallets?|goods|cargo|shipment|stock)( (was|were|got|all|is|are|been|completely|totally|badly))* crushed\b|\bcrushed (box(es)?|cartons?|packages?|parcels?|pallets?|goods|cargo)\b|\baccident (repairs?|damage|claims?|report|history|free)\b|\bpanel beat\w*/;

/**
 * An emergency's words in everyday use, said of things rather than people: a computer that "没反应了"
 * or "isn't responding", a phone "掉水里了", a tyre "没气了", goods "stuck in customs", a price
 * "跳楼价", tickets "被抢光了". Each is taken out before the emergency words are looked for.
 */
const THINGS_ZH =
  "电脑|系统|机器|屏幕|手机|耳机|网站|网页|页面|软件|程序|打印机|设备|按钮|按键|开关|遥控器|门铃|门禁|电视|空调|插座|小程序|app|APP|鼠标|键盘|音箱|手表|平板|路由器|服务器|网络|网|信号|相机|充电器|充电宝|电池|卡|刷卡|二维码|链接|邮件|申请|投诉|反馈|客服|发动机|车子|汽车|车|轮胎|车胎|胎";
const EVERYDAY_ZH = [
  // Devices and systems: "电脑没反应了", "系统抽风", "电脑中毒了", "电脑起不来了".
  new RegExp(
    `(${THINGS_ZH})[^，。,.|]{0,6}(没(有)?(反应|动静)了?|抽风|中(了)?(毒|病毒)|起不来了?)`,
  ),
  /(按|点|点击|提交|刷|扫)了?[^，。,.|]{0,3}没(有)?反应/,
  // Phones and earphones that got wet.
  /(手机|耳机|电脑|相机|手表|平板|键盘|音箱|充电器|充电宝|耳朵)(里)?(面)?进(了)?水/,
  // Things dropped in water, not people: "手机掉水里了".
  /(手机|耳机|手表|相机|钥匙|钱包|包|东西|眼镜|卡|证件|电脑|平板|戒指|项链|帽子|鞋)[^，。,.|]{0,3}(掉|落|摔|跌)(到|进)?(了)?(海|河|水|湖|池|江|泳池|游泳池|井|马桶)里/,
  // A tyre or a ball out of air, a first-aid kit, changing trains.
  /(轮胎|车胎|胎|气球|球|气垫|充气[\u3400-\u9fff]{0,2})[^，。,.|]{0,2}(漏气|没气了?)/,
  // No gas to cook with: a prepaid card run out, a supply cut off.
  /(卡|卡里|表|表里|家里|家|屋里|炉子|灶|灶台|燃气灶|热水器|小区|楼里|整栋楼)[^，。,.|]{0,3}没气了?/,
  // A post or a sign knocked over by a car, not a person.
  /(桩|杆|柱子?|牌子?|标志|护栏|栏杆|围栏|树|灯杆|电线杆|路灯|广告牌|井盖|垃圾桶|隔离墩|路障|消火栓)[^，。,.|]{0,6}撞(倒|坏|断|歪|弯)/,
  /急救(箱|包|培训|知识|证|课程?|用品|药品|设备|技能|站|室|点|中心|员的|员岗位|岗位)/,
  // Hazards to put right and stage effects: "火灾隐患", "烟雾效果".
  /(火灾|安全|消防|用电|燃气)(隐患|风险|预防|防范)|烟雾(效果|机|特效|弹)|(应急)?预案/,
  // A service to ask about, not a child lost: "有没有儿童走失广播".
  /走失(广播|登记|预防|手环|防护|寻人)|防走失|走失(儿童|小孩|孩子)?的?(应急)?(预案|处理流程|流程|办法)/,
  /倒地铁/,
  // Reports, results and papers that won't come out; a car, not its driver, held up.
  /(报告|结果|成绩|发票|单子|数据|钱|款|货|图|票|证|号|文件|快递|包裹)[^，。,.|]{0,4}出不(来|去)了?/,
  /(车|车子|车辆|货车|货|集装箱|船)(被)?困(在|住)/,
  // A car hit or scraped, with no one said to be hurt: a claim, not an emergency.
  /(车|车子|车辆|货车|电动车|电瓶车|自行车|摩托车|汽车|爱车)(被|让|给)[^，。,.|]{0,10}(撞|刮|蹭|追尾)(了|坏|伤)?/,
  // Money, goods and prices held back; a form sent back; calling HR; prices and sales.
  /(货款|款|钱|货|价格|资金|工资|尾款|押金)[^，。,.|]{0,2}被(压|扣|卡)/,
  /打(回|折|印|卡|款|包|车|电话|分|针|扫|听|算|开|通|错|过来|过去|人事)/,
  /抢(购|光|完|空|票|单|先|手|到|座|位)/,
  /跳楼(价|大甩卖|甩卖|清仓|促销|大促)/,
  /(最近|突然|一下子|网上|彻底)大火|大火的|信息爆炸|爆炸(性|头|款)/,
  // Phone calls, telecoms fraud and online shops: "被电话骚扰", "被电信诈骗".
  /被电(话|信|商|视|脑|梯|动|瓶|子|费|力|网|台|影|邮|器|工|表|池|源|线)/,
  /骚扰(电话|短信|信息)|(标记|标注)成?[^，。,.|]{0,4}骚扰/,
  // A child's or an old person's things lost, not the person: "孩子的书包丢了", "我爸的身份证丢了".
  /(孩子|小孩|儿子|女儿|宝宝|娃|小朋友|孙子|孙女|老人|老太太|老爷子|老头|老大爷|老奶奶|爷爷|奶奶|外公|外婆|姥姥|姥爷|老伴|我爸|我妈|我父亲|我母亲|老父亲|老母亲|病人|患者)(的|把)[^，。,.|]{1,8}?(走丢|丢了|不见了|找不到了|失踪|没了)/,
  // The gas company's everyday business: a meter, a bill, a new account.
  /煤气(表|费|灶|罐|公司|卡|开户|管道|热水器|价|报装|改装|过户)/,
  // A room that smells of smoke, and a caller asking for another: the front desk's.
  /(换|调)(一?个|一下)?房(间)?[^|]{0,10}烟味|烟味[^|]{0,10}(换|调)(一?个|一下)?房(间)?/,
  // Fire rules and approvals, for a stand or a shop fit-out.
  /消防(规定|要求|规范|标准|审批|报审|手续|许可|备案|材料|等级)/,
  // Stuck in a procedure, not a place: "我被困在这个流程里了".
  /困在[^，。,.|]{0,4}(流程|系统|循环|手续|审批|程序|合同)/,
  // Things named after a shock: a stun gun to buy, electrotherapy.
  /电击(器|棒|枪|笔|疗法|治疗|理疗)/,
  // Asking for someone to be sent to fix something is no cry for help.
  /快派人(来|过来)?(修|换|送|打扫|收拾|看看|看一下|处理)/,
];

const DEVICES_EN =
  "website|site|system|app|application|server|servers|computer|laptop|pc|printer|screen|page|phone|terminal|till|machine|device|software|program|portal|network|email|mouse|keyboard|scanner|tablet|ipad|kiosk|card reader|lock|remote|tv|television|touchscreen|headphones|earbuds|earphones|speaker|watch|camera|router|wifi|modem|account|pos";
const EVERYDAY_EN = [
  // Devices and systems, and people who don't answer emails.
  new RegExp(
    `\\b(${DEVICES_EN})s? (is |are |was |were |keeps |has |have |just |still |totally |completely )*(not |isnt |arent |wasnt |stopped |no longer )?(responding|unresponsive|loading|moving)\\b`,
  ),
  /\b(not|isnt|arent|wasnt|no longer|stopped) responding to (my|our|the|any|your|his|her|their|emails?|calls?|messages?)\b|\b(no one|nobody|noone) (is |has been |was )?(responding|answering)\b/,
  // Things stuck or locked in, not people: a card in a machine, goods at customs, an app account.
  /\b(card|cards|paper|ticket|coin|coins|key|keys|disc|sim|package|parcel|parcels|goods|shipment|container|containers|cargo|order|money|payment|refund|application|invoice|truck|lorry|van)s? (is |are |was |were |got |has been |have been |still |just )*(stuck|locked|trapped)\b/,
  /\b(locked|stuck|trapped) (in|into|out of|at) (the |my |our |your |an? )?(app|system|account|portal|website|site|platform|loop|traffic|meeting|meetings|queue|contract|lease|subscription|customs|port|transit|review|approval|processing|limbo|the mail|post)\b/,
  /\b(cant|cannot|can not) get out of (the |this |my |our |a )?(car park|carpark|parking( lot| garage)?|garage|contract|lease|subscription|deal|agreement|booking|meeting|queue|line)\b|\b(parked|blocking|blocked|boxed in)\b.{0,40}\b(cant|cannot|can not) get out\b/,
  // A room that smells of stale smoke, and a caller asking for it freshened or for another.
  /\b(smell\w*|stinks?|reeks?) (of |like )?(stale |old |cigarette )?smoke\b.{0,60}\b(freshen|air (it )?out|another room|different room|change (my |the |our )?room|move (me|us)|non ?smoking|deodori[sz]\w*|clean)|\b(another|different|non ?smoking) room\b.{0,60}\b(smell\w*|stinks?|reeks?) (of |like )?(stale |old |cigarette )?smoke\b/,
  // Places and plans named after emergencies; asking what to do in one.
  /\bfire evacuation (briefing|plan|plans|procedure|procedures|route|routes|map|maps|drill|training|talk|exercise|rehearsal)\b/,
  /\bambulance (bay|bays|entrance|lane|lanes|parking|access|station|chasers?|fees?|bills?|billing|charges?|invoice)\b/,
  /\bemergency (repairs?|service|services|plumber|electrician|callout|call out|hotline|line|fund|loan|leave|meeting|supply|supplies|orders?|delivery|deliveries|shipment|booking|appointment|dental|dentist|vet|kit|brake|plans?|procedures?|drill|training|lighting|power|generator|response team|contact|card|passport|visa|cash|funds|contraception)\b|\b(in case of|in the event of|in an|for|during an?) emergenc(y|ies)\b|\bif there (is|was|were) an emergency\b/,
  /\b(not|isnt|no|nothing|its not|it is not) (an |a |really |too |very |that |so |at all )?(emergency|urgent)\b/,
  // Law, HR and trade words: labour law, unconscious bias, a customs seizure, a four-stroke engine.
  /\bin labou?r (law|laws|disputes?|contracts?|relations|arbitration|unions?|market|costs?|cases?|matters?|issues?|rights|tribunal|department|bureau|inspection|hire)\b/,
  /\bunconscious bias\b|\bbleeding edge\b/,
  /\b(customs|asset|assets|goods|cargo|container|shipment|property|police|court|port) seizures?\b|\bseizures? of (the |our |my |a )?(goods|cargo|containers?|shipment|assets|property|vessel|funds)\b/,
  /\bstroke of (luck|genius|midnight)\b|\bat the stroke\b|\b(brush|key|pen|two|four|2|4) ?strokes?\b|\bstroke (engines?|motors?)\b/,
  /\b(deal|talks|negotiations|market|markets|prices?|sales|demand|company|business|website|site|system|server|app|project|plan|agreement|contract|order|currency|stocks?)s? (has |have |had |just |totally |completely )?(collapsed|crashed)\b/,
  /\bdrown\w* in (work|paperwork|emails?|orders?|debt|calls|requests|documents|admin)\b/,
  /\b(fat|calorie|calories) burn\w*|\bburn\w* (fat|calories)\b/,
  /\bfire (away|up (the|my|your|a|an|our)|off (a|an|the|that|this|some|my|our) (email|e ?mail|message|letter|note|quick))\b/,
  /\bsmoke (break|breaks|area|areas|shop|machines?|effects?|bombs?)\b|\b(haze|fog) machines?\b/,
  // Asking leave for a flame or a fire: "can we use open flames at the stand".
  /\b(can|may|could|allowed to|permitted to)( we| i| you| exhibitors| guests)? (use|have|light|bring|make)\b.{0,20}\b(open )?(flames?|fire|candles?|fireworks|barbecue|bbq)\b/,
  /\bfire (permits?|retardant|resistant|resistance|proof|load)\b/,
  /\b(change|move|switch) (my |our |the )?rooms?\b.{0,40}\bsmell\w* (of |like )?(smoke|cigarettes?)\b|\bsmell\w* (of |like )?(smoke|cigarettes?)\b.{0,40}\b(change|move|switch) (my |our |the )?rooms?\b/,
  // Tools and toys called guns, shoots with a camera, attacks on a network.
  /\b(glue|nail|spray|heat|staple|massage|paint|grease|caulk|caulking|water|nerf|toy|temperature|thermometer|scan|scanner|barcode|price|tape|label|air|soldering) guns?\b/,
  /\b(photo|video|film|commercial|ad|advert|wedding|fashion|product|tv|promo|promotional) (shoot|shoots|shooting)\b|\bshooting (a |an |the |some |our |my )?(video|film|commercial|ad|advert|photos?|pictures?|scene|footage|promo|vlog)\b|\bphotoshoot\b/,
  /\b(cyber|ddos|dos|phishing|hacker|hacking|ransomware|malware|virus|network|brute force|denial of service)( \w+)? attacks?\b|\battacks? on (our|the|your|my) (servers?|website|site|network|systems?|accounts?)\b/,
  /\bhit me (up|back)\b|\bthreat\w* (to|that (he|she|they) would) (post|leave|write|give) (us |you )?(a |an )?(bad |negative |one star |1 star )?reviews?\b|\bthreat\w* to (go to|call) the (press|media|papers|news)\b|\bthreat\w* to take (us|you|them) to court\b/,
  /\bfight\w* (the |this |a |my |our |that )?(parking )?(ticket|fine|charge|charges|claim|decision|case|bill|penalty)\b/,
  // Everyday falls and slips: a deal fell through, a date slipped, something done by accident.
  /\bfell (through|behind|asleep|apart|in love|short|out (with|of)|off the (list|system|schedule|radar|map))\b|\bslipped (my|his|her|our|their) minds?\b|\b(date|schedule|deadline|delivery|shipment|launch|timeline|project)s? (has |have )?slipped\b/,
  /\bby accident\b|\baccident (insurance|cover|policy|policies|benefits?|plan)\b|\b(doesnt|wouldnt|wont|didnt|cant|couldnt|never) hurt\b|\bhurt (my|his|her|our|their) feelings\b/,
  /\bshock absorbers?\b|\b(culture|sticker) shock\b|\b(breaker|circuit|fuse|switch|rcd|trip switch)s? (has |have |just |keeps )?(tripped|tripping)\b/,
];

const NOT_EMERGENCY_ZH = new RegExp(
  [LOOK_ALIKES_ZH, ...EVERYDAY_ZH].map((p) => p.source).join("|"),
  "g",
);
const NOT_EMERGENCY_EN = new RegExp(
  [LOOK_ALIKES_EN, ...EVERYDAY_EN].map((p) => p.source).join("|"),
  "g",
);

/** Said not to be there ("没有冒烟什么的", "there's no smoke"): not said at all. */
const NEGATED_ZH =
  /(没有|没|并没有|也没有|也没|不是)(冒烟|烟|着火|起火|火花|冒火花|火|漏电|流血|出血|人受伤)/g;
const NEGATED_EN =
  /\b(no|without|without any|not any|isnt any|wasnt any) (smoke|fire|flames?|sparks?|burning smell|blood)\b|\bnot (on fire|burning|smoking|sparking)\b|\b(no one|nobody|noone|no body) (is |was |got |has been |seems )?(hurt|injured)( (badly|seriously|bad))?\b/g;
/** Said to have stopped ("血已经止住了", "it's stopped bleeding"): over, and not said as now. */
const STOPPED_ZH = /血(已经)?止住了|(已经)?不流血了|止住血了|不出血了/g;
const STOPPED_EN = /\b(stopped|no longer|isnt|not) bleeding\b|\bbleeding (has )?stopped\b/g;

/** It was, and is no more: "已经没事了", "it's fine now". */
const RESOLVED_ZH =
  /没事了|(已经)?(修好了|处理好了|处理完了|解决了)|人(都|已经)?(出来了|安全了?)|已经好了|现在好了|已经灭了|灭掉了|已经没有了|已经停了|不要紧|不严重|虚惊|误报|假警报|不是紧急|不紧急|没有着火|没着火|没有人受伤|没人受伤/;
const RESOLVED_EN =
  /\b(it|its|it is|everything|everything is|all|all is|thats|that is) (fine|ok|okay|good|alright|all right|under control)( now)?\b|\bnothing serious\b|\bnot (an )?emergency\b|\bnot urgent\b|\bfalse alarm\b|\bno one (is |was |got )?hurt\b|\bnobody (is |was |got )?hurt\b|\bwent out\b|\bput it out\b|\b(was|been|got|has been|have been) (fixed|repaired|sorted|sorted out|dealt with|made safe)\b|\bno fire\b|\bis not on fire\b|\bisnt on fire\b/;

/** Over and done with: last week's accident to report, last year's fire's insurance claim. */
const PAST_ZH =
  /(被|遭)[\u3400-\u9fff]{1,3}过|康复|复健|术后|(中风|心梗|骨折|手术|车祸)(以)?后|上周|上星期|上礼拜|上个?月|上次|那次|昨天|前天|前几天|去年|前段时间|之前发生|以前发生/;
const PAST_EN =
  /\b(last (week|month|year|night|time|friday|monday|tuesday|wednesday|thursday|saturday|sunday)|yesterday|the other day|(in|during) the night|overnight|rehab\w*|recovering|recovery|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(at|over) the weekend|(a few|two|three|several) (days|weeks|months) ago|days ago|weeks ago|months ago|years ago|earlier this (week|month)|back in (january|february|march|april|may|june|july|august|september|october|november|december|the spring|the summer|the autumn|the fall|the winter|20\d\d))\b/;
/**
 * Booked ahead, a talk or a plan, not happening: "想预约心内科", "book an ambulance for next
 * Tuesday", "关于心脏病的讲座", "走失儿童的预案".
 */
const PLANNED_ZH =
  /讲座|科普|预案|预约|挂号|挂个?[\u3400-\u9fff]{0,4}(科|号)|复诊|复查|体检|下(周|星期|礼拜|个月)/;
const PLANNED_EN =
  /\b(book|schedule|make|arrange|need|want) (an? |the |my |his |her )?(appointment|follow ?up|check ?up|consultation)s?\b|\bnext (week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bfollow ?up\b/;
/** Happening now after all: "昨天住的客人现在倒在房间里". */
// "到现在没消息", "still waiting on the claim": the follow-up is now, not what happened.
const PRESENT_ZH =
  /(?<!到)现在(?!还没|都没|也没|没)|正在|还在|马上|赶紧|快点|快来|快派|救命|急死|刚刚|刚才/;
const PRESENT_EN =
  /\b(now|right now|still(?! (waiting|havent|have not|not|no|nothing|pending|chasing|owed|unpaid))|hurry|quick|quickly|help|just now|happening)\b/;
/**
 * Said to claim for it ("对方全责 能先找你们赔吗", "can I claim that"): damage already done, and
 * the call is about what follows. Never for someone hurt, threatened or missing, nor for gas.
 */
const CLAIM_ZH =
  /理赔|报案|索赔|赔吗|赔不赔|能赔|怎么赔|能不能赔|找你们赔|全责|定损|出险|走保险|报保险|保险怎么(走|报|赔|理赔|报销)|(买|投|上)(过|了)(你们)?(的)?[\u3400-\u9fff]{0,4}险(?!箱)|保险(公司)?(能|可以|会)?(赔|报)/;
const CLAIM_EN =
  /\b(claim|claims|claiming)\b|\b(my|our) (home|car|house|contents|travel|motor|property|building|business) (insurance|policy|cover)\b|\binsurance (pay|cover)\w*|\binsur\w*( [a-z]+){0,3} against\b/;
const CLAIMED_FOR: ReadonlySet<EmergencyCategory> = new Set([
  "fire",
  "smoke",
  "injury",
  "flood",
  "trapped",
  "electric",
]);
/** A story going round, not something seen: a rumour online, a news report, a journalist's check. */
const PUBLISHED_ZH = /网上(有人)?(说|传)|新闻(上|里)?(说|报)|报道(说)?|传言|谣言|想核实/;
const PUBLISHED_EN =
  /\b(online|on social media|on the news|rumou?rs?|reports? (of|that|about)|reported that|article|going around)\b/;
/** A case to take to law ("想咨询一下家暴离婚的案子", "we want to sue"): what happened, told after. */
const CASE_ZH =
  /案子|案件|(?<!报)案(?=情|的)|打官司|诉讼|辩护|立案|判决|开庭|(咨询|请教|问问?)[^，。,.|]{0,12}(离婚|起诉|维权)/;
const CASE_EN =
  /\b(lawsuit|legal (advice|action)|in court|trial|prosecut\w*|personal injury|(my|our) client)\b|\b(criminal|court|legal|assault|robbery|injury|abuse|harassment|rape|divorce|custody|the) case\b/;
/**
 * Redress sought ("我要讨个说法", "要起诉他", "I'll sue"): most often for what is over, but said in
 * the same breath as a knife or a blow, so asked about once, never let go unasked.
 */
const REDRESS_ZH = /(要|讨|给)(个)?说法|起诉|离婚|维权/;
const REDRESS_EN = /\b(sue|suing)\b/;
/** Nearly, but not: "孩子差点受伤", "my son nearly got his shoe caught". */
const NEAR_MISS_ZH = /差点|差一点|险些/;
const NEAR_MISS_EN = /\b(nearly|almost|near miss)\b/;
/** Told after the fact: happened before, reported in the news, booked ahead, or taken to law. */
const NOT_NOW: [RegExp, RegExp][] = [
  [PAST_ZH, PAST_EN],
  [PUBLISHED_ZH, PUBLISHED_EN],
  [PLANNED_ZH, PLANNED_EN],
  [CASE_ZH, CASE_EN],
  [NEAR_MISS_ZH, NEAR_MISS_EN],
];
/** Heard from someone else ("听说你们楼下着火了"): may be so, and asked about once. */
const HEARD_OF_ZH = /听说|据说|有人说/;
const HEARD_OF_EN = /\b(heard that|someone (said|told me)|apparently)\b/;
/** A missing child or old person, or a threat of self-harm, is urgent however long ago it began. */
const URGENT_STILL: ReadonlySet<EmergencyCategory> = new Set([
  "missing_child",
  "missing_person",
  "self_harm",
  "trapped",
]);

type Rule = [EmergencyCategory, RegExp, RegExp];

/** Put through at once. */
const SURE: Rule[] = [
  [
    "fire",
    /着火|失火|火灾|起火|烧起来|烧着了|冒火|火苗|明火|大火|火很大|火警|(打|拨|叫)119(?!\d)|火烧|爆炸|爆燃|闪爆|(锅炉|气瓶|煤气罐|液化气罐|钢瓶|罐子|电池|充电宝|电瓶)(炸|爆)了?/,
    /\bfire\b|\bon fire\b|\bflames?\b|\bblaze\b|\bburning\b(?! smell)|\bfire alarm (is )?(going off|ringing)\b|\b(call|dial) 119\b|\bexplo(sion|ded|de|ding)\b|\bblew up\b/,
  ],
  [
    "smoke",
    /冒烟|烟雾|浓烟|黑烟|(好多|很多|到处|全是|都是|满屋|满屋子|一屋子|整个楼道|好大|很大|特别大)(的)?烟|烟(很大|好大|太大|很浓|好浓|特别大)|呛得/,
    /\bsmoke\b(?<!\b(smells?|smelled|smelling|stinks?|stank|reeks?) (of|like) (stale |old |cigarette )?smoke)(?<!\b(stale|old|cigarette|cigar) smoke)(?! smell)|\bsmoky\b|\bsmoking (from|out)\b/,
  ],
  [
    "gas",
    /煤气(泄|漏|味|中毒|熏)|(闻到|有股?|漏)(了)?煤气|煤气[^，。,.|]{0,4}(泄漏|漏了|味)|(燃气|天然气|瓦斯)(的)?(泄|漏|味|气味|臭味)|(燃气|天然气|煤气|瓦斯)[^。.]{0,20}(满屋|一屋|全是|都是|到处都是)[^，。,.]{0,3}味|(燃气|天然气|煤气|气)(管|管道|管线|表|阀门?)[^，。,.]{0,6}(断了|挖断|挖破|破了|裂了|爆了|漏)|往外冒气|(呲呲|嘶嘶)(地|的)?(往外)?冒气|(燃气|煤气|天然气|气表|气管|阀门|管道)[^。.]{0,10}(嘶嘶|呲呲)|(燃气灶|煤气灶|灶|阀门|燃气|煤气)[^，。,.]{0,6}关不(上|掉|住)|(燃气|煤气|一氧化碳)报警器[^，。,.]{0,4}(响|叫)|(漏|闻到|有)(燃气|天然气|瓦斯)|漏气|氨气|氨味|液氨|毒气|有毒气体|一氧化碳|(化学品|化学|危化品|危险品|药剂|硫酸|盐酸|酸|液体|油罐|槽罐)[^，。,.]{0,6}(泄漏|泄露|漏了|洒了|倒了|漏出)|(泄漏|泄露)[^，。,.]{0,6}(味|气|头晕|咳)/,
    /\bgas (leak\w*|smell)\b|\bgas (pipe|main|line)s? (was |has been |got |is )?(hit|cut|broken|damaged|ruptured|cracked|burst|leaking)\b|\b(hit|cut|broke|damaged|ruptured|cracked|dug (up|into|through)) (the |a )?gas (pipe|main|line)s?\b|\bhissing\b|\b(co|carbon monoxide|gas) (alarm|detector)s? (is |are )?(going off|beeping|sounding|ringing)\b|\bleak\w* gas\b|\bsmell\w* (of |like )?gas\b|\bgas is leaking\b|\bammonia\b|\bchemical (leak|spill)\w*|\b(leak\w*|spill\w*) (of )?(chemicals?|acid|ammonia|fuel)\b|\b(toxic|poisonous) (gas|fumes|smoke)\b|\bfumes\b|\bcarbon monoxide\b/,
  ],
  [
    "medical",
    /救护车|晕倒|昏倒|晕过去|昏过去|昏迷|不省人事|叫不醒|(人|他|她|老人|孩子|小孩|同事|客人|病人|患者|工人|师傅|老公|老婆|丈夫|妻子|爸|妈|爷爷|奶奶|宝宝|朋友|学生|老师)[^，。,.|]{0,6}没(有)?反应了?|叫(他|她|人|了)?(也|都)?没(有)?反应|(有个?人|他|她|老人|孩子|小孩|同事|客人|观众)(突然)?倒了(?!.{0,2}(杯|水|茶|酒|点|些|掉))|心脏病|心梗|心脏骤停|没有心跳|喘不过气|喘不上气|上不来气|透不过气|喘不了气|呼吸困难|过敏[^。.]{0,8}(肿了|喘)|不能呼吸|没有呼吸|没呼吸|(人|他|她|老人|孩子|小孩|病人|宝宝)[^，。,.|]{0,3}没气了|流血|出血|流.{0,4}血|吐血|血流不止|受伤了|受了重伤|急救|抽搐|抽风|休克|中风|噎住|卡住喉咙|严重过敏|过敏性休克|没有意识|没意识|中毒|吃错药|把[^，。,.|]{0,4}药[^，。,.|]{0,2}(吃|吞)了(好多|很多|一整瓶|一瓶|一把)|误吞|误食|误服|误喝|(吞|咽)(了|下)[^，。,.|]{0,6}(电池|纽扣|硬币|磁铁|钉|针|药)|喝(了|下)[^，。,.|]{0,4}(农药|洗洁精|消毒水|消毒液|漂白|84|洗衣液|酒精|机油|汽油)|吃了很多药|要生了|羊水破了|溺水|淹着了|沉下去|(打|拨|叫)120(?!\d)|快不行了|倒在地上|倒地|突然倒下|倒下了|(人|他|她|工人|同事|客人|老人|孩子|小孩|师傅)[^，。,.]{0,4}(不动了|没动静了|起不来了)|口吐白沫|吐白沫|(脸|嘴唇|嘴)(色)?发(紫|青|白)|翻白眼|中暑|热射病|(掉|落|摔|跌)(到|进)?(海|河|水|湖|池|江|泳池|游泳池|井)里|落水|沉下去|头破血流|满头是血|满身是血|嘴歪|口歪|口眼歪斜|呛(到|住)了?[^，。,.|]{0,6}(咳不出|喘不|说不出|上不来)|咳不出来|被(浪|海浪|水|洪水|河水|大水)(卷|冲)走|半边(身子|身体)(不能动|动不了|没力气?|麻了)|半身不遂|突然说不出话|突然说话(不清|含糊)|呼吸不上来|喘不上来|被(开水|热水|热油|油|蒸汽)烫(了|伤|到)|血流(了)?(好多|很多|不少|一地|满地)|(好多|很多|一地|满地)(的)?血|被(毒)?蛇咬|头破了|大出血|血(流|喷)不止|心脏病(犯|发作)|犯病了|昏了过去|不省人事/,
    /\bheart attack\b|\b(panic|asthma) attack\b|\b(cant|cannot|can not) breathe\b|\b(not|isnt|wasnt|arent|stopped|no longer) (breathing|moving|responding|waking up|conscious)\b|\btrouble breathing\b|\bunconscious\b|\bpassed out\b|\bfainted\b|\bbleeding\b|\bblood (everywhere|all over)\b|\blots of blood\b|\bambulance\b|\bcollapsed\b|\bseizure\b|\bchoking\b|\boverdose\w*\b|\bswallowed (a |an |the |some |one of |my |his |her )?[a-z ]{0,12}(batter(y|ies)|magnets?|coins?|pills|tablets|bleach|detergent|chemicals?|pins?|nails?|screws?|pods?)\b|\bdrank (some |the |a )?[a-z ]{0,10}(bleach|detergent|chemicals?|cleaner|antifreeze|petrol|paraffin|weed ?killer)\b|\bunresponsive\b|\bnot responding\b|\bwont wake up\b|\bcant wake (him|her|them)\b|\bno pulse\b|\bchest pains?\b|\bstroke\b|\ballergic reaction\b|\banaphyla\w*\b|\bpoison\w*\b|\bin labou?r\b|\bdrown\w*\b|\boverboard\b|\bfell (in|into) the (water|pool|river|sea|harbou?r|canal)\b|\bheat ?stroke\b|\bturning blue\b|\bfoaming at the mouth\b|\bconvuls\w*|\bhaving a fit\b|\bhurt badly\b|\bwaters? (just )?broke\b|\bmedical emergency\b|\bbadly hurt\b|\bseriously (hurt|injured)\b|\b(call|dial) (911|999|112|120)\b/,
  ],
  [
    "violence",
    /打架|打起来|打人|被打|(在|正在|还在|一直|又|有人|他|她|他们)打(我|她|他|我们|孩子)(?!电话|手机|的电话|的手机|招呼)|动手了|持刀|拿刀|拿着刀|动刀|砍人|捅人|被捅|有刀|抢劫|抢东西|抢(银行|金店|营业厅|收银台|柜台)|被抢|开枪|有枪|拿枪|枪声|杀人|要杀|绑架|挟持|人质|袭击|斗殴|闯入|撬门|非礼|性骚扰|强奸|性侵|家暴|闹事|砸东西|砸车|砸窗|威胁我|威胁要|(打|拨)110(?!\d)|抢(了|走)(我|她|他|人家)?(的)?(包|手机|钱|钱包|东西|项链)|抢包|打(老婆|女人|孩子|小孩|老人|客人)|殴打|围殴|拿着(刀|棍|棒|酒瓶|铁棍|砖头)|持械|拿(棍子|铁棍|酒瓶|砖头)|有人闯进|闯进来|陌生人[^。.]{0,10}(拉|抱|拽|带走|骗走|抢)(走)?(小孩|孩子|学生|小朋友)/,
    /\bfight\w*|\battack\w*|\bguns?\b|\bgunshots?\b|\bgunman\b|\bshooting\b|\bshots? fired\b|\b(been|got|was) shot\b|\bstabb\w*|\b(has|with|pulled|holding|waving|carrying|got) (a )?(knife|gun|weapon)\b|\bweapon\b|\brobb(ed|ery|eries|er|ers|ing)\b|\bmugged\b|\bassault\w*|\bintruder\b|(?<!\b(coffee|tea|lunch|short|quick|comfort|toilet|bathroom|smoke|smoking|long|rest|meal|dinner|prayer|water) )\bbreak(ing)? in\b(?! (the )?(morning|afternoon|evening|schedule|programme|program|agenda|sessions?|meetings?|conference|middle|between|service)\b)|\bbroke in\b|\b(hitting|beating|punching|kicking) (me|him|her|us|them|someone|a)\b|\bhit me\b|\bkidnap\w*|\bhostage\b|\bthreaten\w*|\brap(e|ed|es|ing|ist|ists)\b|\bsexual\w* (assault|harass)\w*|\bdomestic violence\b|\bcall the police\b|\b(call|dial) 110\b|\bsnatch\w*|\bgrabbed (my|her|his|a|someone) (bag|phone|purse|wallet)\b|\bsmash\w* (the |a |my )?(cars?|windows?|car windows?)\b|\b(with|has|holding|swinging|waving) (a )?(bottle|bat|stick|hammer|machete|pipe|crowbar)\b|\bbeating (up )?(his|her|a|the)\b/,
  ],
  [
    "trapped",
    /困在|被困|困住|[电货客]梯[^，。,.|]{0,4}[困关](了)?(一个|两个|几个|好几个|个)?人|困(了)?(一个|两个|几个|好几个|个)?人了|关在(电梯|里面)|电梯里出不来|卡在电梯|电梯卡住|[电货客]梯(突然)?(停|卡|掉|坠)(了|住)?.{0,6}(人|我|我们|里面)|(人|我|我们).{0,6}(在|困在)[电货客]梯里|出不去了|出不来了|[电货客]梯(突然)?(往下|一直|直接)?(掉|坠|下坠|往下滑|冲顶|蹲底)/,
    /\b(stuck|trapped|locked) in (the |a )?(lift|car|room|bathroom|toilet|sauna|freezer|cold room|basement|stairwell)\b|\btrapped\b|\bcant get out\b|\bcannot get out\b|\blift (is )?stuck (with|between)\b|\b(stuck|trapped) (between floors|inside)\b|\b(lift|elevator) (just )?(dropped|fell|plunged|plummeted|free ?fell)\b/,
  ],
  [
    "injury",
    /(摔|掉|跌|滚|坠)下(了)?(山坡|山崖|悬崖|山|坡|楼梯|台阶|楼)|(出|发生|遇到|遇上)(了)?(一起|一场|个)?车祸|车祸了|撞车了|翻车了|夹住|夹到|夹伤|卷进|卷到|绞进|压到|压住|压伤|砸到|砸伤|砸中|切到手|切断(了)?(手|手指|胳膊|腿|脚)|(手|手指)(被)?切断|断了手指|手指断|轧到|机器伤人|被机器|摔下来|跌下来|坠落|从高处|从楼梯上|从架子上|从梯子上|摔倒了|摔伤|跌倒|骨折|撞伤|撞倒|被撞|叉车撞|工伤事故|出事故|出了事故|烫伤|烧伤|受重伤|塌方|坍塌|倒塌|垮塌|塌下来|塌了|被埋|埋住|埋了(人|个人|工人)|(脚手架|塔吊|吊车|起重机|货架|墙|围墙|楼板|模板|支架|屋顶|天花板|集装箱|钢架)[^，。,.]{0,6}(倒了|要倒|倒下|塌|垮|砸|断了|掉下来|翻了)|(掉|摔|坠|跌)下去了|从.{1,8}(掉|摔|坠|跌)(了)?下|(砸|压|扎|撞|碾)(到|伤|倒|住)了?(人|工人|他|她|腿|手|脚|头)|被(压|砸|扎|碾|卷|夹|撞|车撞)|压在下面|扎(进|穿|到)|刺穿|冲床[^，。,.|]{0,4}(压|砸|夹|伤|轧|切)|被冲床|起不来了/,
    /\bcaught in (a |the )?(machine|press|conveyor|belt|roller|gear)\w*\b|\b(hand|arm|finger|leg|foot|hair) (got |is |was )?(caught|stuck|trapped|crushed)\b|\bcrushed\b|\bpinned\b|\bfell (off|from|down)\b|\bhas fallen\b|\b(he|she|someone|somebody|a worker|a guest|my \w+) fell\b|\bfallen (off|from|down)\b|\bbroke(n)? (his|her|my|their) (leg|arm|neck|back|hip)\b|\bbroken (leg|arm|bone)\b|\b(cut|sliced) off (his|her|my|their) (hand|finger|arm)\b|\b(cut|sliced) (his|her|my|their) (hand|finger|arm) off\b|\blost a finger\b|\bsevered\b|\bamputat\w*\b|\bhit by (a |the )?(forklift|truck|car|machine|bus|van)\b|\b(bus|coach|car|van|truck|vehicle) (has |have |just )?(crashed|been in an accident|had an accident|overturned|rolled over)\b|\bcar crash\b|\bforklift (hit|ran over)\b|\binjured\b|\bhurt (himself|herself|themselves)\b|\b(bad|serious) accident\b|\bfell out of (the |his |her |their |my )?(bed|window|wheelchair|chair|bunk)\b|\bhit (his|her|their|my) head\b|\b(had|been in|were in|was in) (a |an )?(car|road|traffic|bus|coach) (accident|crash)\b|\bburned (himself|herself|his|her)\b|\b(scaffold\w*|crane|wall|trench|roof|ceiling|racking|racks?|shelving|shelves|formwork|structure|building|excavation|hoist|stack|load|pallet|container|beam)s? (has |have |just |is |are )?(collapsed|collapsing|fallen|fell|toppled|tipped|came down|caved in|gave way|falling)\b|\b(collapsed|fell|landed|dropped) on (him|her|them|someone|somebody|a|the|his|her|my)\b|\bburied\b|\bcave ?in\b|\b(toppled|tipped) over\b|\bstruck by\b|\bimpaled\b|\bpinned (under|beneath|down)\b|\b(ran|run) over\b|\bfell from\b/,
  ],
  [
    "electric",
    /触电|被电|电到了|电到人|电击|漏电|冒火花|打火花|火花|电线着火|电线冒|插座冒|电箱冒|短路冒|电线(掉|断|裸露)/,
    /\belectric(al)? shock\b|\belectrocut\w*\b|\bgot (a )?shock\w*\b|\bshocked by (the |a )?(socket|wire|machine|outlet|switch)\b|\bspark(s|ed|ing)?\b|\blive wire\b|\bexposed wires?\b|\bwires? (are )?(smoking|burning|on fire)\b/,
  ],
  [
    "flood",
    /发大水|水漫|淹了|淹水|被淹|进水了|洪水|水管爆|爆管|爆了.{0,4}水|到处都是水|水一直往外|水流得到处|天花板.{0,6}(塌|掉下来)/,
    /\bflood\w*\b|\bburst (pipe|main)\b|\bpipe (has )?burst\b|\bwater (is )?(everywhere|pouring|gushing|flooding)\b|\bwater all over\b|\bceiling (is )?(collapsing|coming down|caving in)\b/,
  ],
  // An old person or a patient wandered off, with dementia or not: as urgent as a child.
  [
    "missing_person",
    /(老人|老太太|老爷子|老头|老大爷|老奶奶|爷爷|奶奶|外公|外婆|姥姥|姥爷|老伴|我爸|我妈|我父亲|我母亲|老父亲|老母亲|病人|患者)[^，。,.|的把]{0,12}(走丢|丢了|不见了|找不到了|失踪|走失|跑出去了)|(痴呆|失智|认知症|阿尔茨海默)[^。.]{0,16}(不见了|走丢|走失|找不到了|跑出去了)|(不见了|走丢|走失|找不到了|跑出去了)[^。.]{0,16}(痴呆|失智|认知症|阿尔茨海默)/,
    /\b(dad|father|mum|mom|mother|grandad|grandpa|grandfather|grandma|grandmother|granny|husband|wife|resident|patient|elderly (man|woman|lady|gentleman|resident|patient)|old (man|woman|lady))\b.{0,30}\b(is |has |has gone |went |has been |have been )?(missing|wandered off|wandered away|gone missing|disappeared)\b(?! (his|her|their|its|a|an|the|my|our|your|some|one|two|three)\b)|\b(dementia|alzheimers?)\b.{0,60}\b(missing|wandered|disappeared|cant find|cannot find)\b|\b(missing|wandered off|disappeared|cant find (him|her)|cannot find (him|her))\b.{0,60}\b(dementia|alzheimers?)\b|\b(cant|cannot|can not) find (my|our) (dad|father|mum|mom|mother|grandad|grandpa|grandfather|grandma|grandmother|granny)\b/,
  ],
  [
    "missing_child",
    /(孩子|小孩|儿子|女儿|宝宝|娃|小朋友|孙子|孙女).{0,8}(走丢|丢了|不见了|找不到了|失踪)|(找不到|找不见)(我的|我家|我)?(孩子|小孩|儿子|女儿|宝宝|小朋友|孙子|孙女)|走失/,
    /\b(child|kid|son|daughter|boy|girl|baby|toddler) (is |has gone |went |has been )?(missing|lost|gone)\b(?! (his|her|their|its|a|an|the|my|our|your|some|one|two|three)\b)|\b(lost|cant find|cannot find|cant see) (my|our|a) (child|kid|son|daughter|little boy|little girl|boy|girl|baby|toddler)\b(?! \w*(toy|shoe|jacket|bag|coat|hat|book|phone|tablet|ipad))|\b(child|kid|son|daughter|boy|girl|baby|toddler)\b.{0,60}\b(cant|cannot|can not|couldnt) find (him|her|them)\b|\b(cant|cannot|can not) find (him|her) anywhere\b.{0,40}\b(hes|shes|he is|she is) (only )?(\d|one|two|three|four|five|six|seven|eight|nine|ten)\b|\bmissing (child|kid|boy|girl)\b|\b(child|kid|son|daughter|boy|girl|baby|toddler)\b.{0,60}\b(nobody|no one|noone) knows where (he|she|they) (is|are)\b|\b(cant|cannot|can not) find (my|our) (\w+ year old|little one|youngest|grandson|granddaughter|grandchild)\b/,
  ],
  [
    "self_harm",
    /自杀|不想活|活不下去|想死|寻死|轻生|跳楼|跳下去|跳河|跳江|跳桥|割腕|结束(自己的)?生命|了结自己|伤害自己|(站|坐|爬)(在|到|上)(了)?(楼顶|天台|屋顶|顶楼|窗台|窗户外|阳台外|桥上|塔吊上|楼边)|(吃|吞)了(一整瓶|一瓶|整瓶|好多|很多|一把|一堆)(的)?(药|安眠药|药片)/,
    /\bkill (myself|himself|herself|themselves)\b|\bsuicid\w*\b|\bend (my|his|her) life\b|\bend it all\b|\b(dont|do not) want to (live|be alive)\b|\b(want|wants|wanted|wanting) to die\b|\b(took|taken|swallowed|has taken|had taken) (a whole bottle of|a bottle of|all (of )?(her|his|my|their|the)|a (lot|bunch|handful) of|too many|loads of) (pills|tablets|sleeping pills|painkillers|medicine|meds)\b|\b(standing|sitting|up) on (the )?(roof|ledge|edge of the roof|bridge|balcony railing|window ledge)\b|\bhurt (myself)\b|\bharm (myself|himself|herself)\b|\bself harm\w*\b|\bjump (off|from) (the )?(roof|building|bridge|balcony)\b/,
  ],
];

/** Maybe: asked once ("是紧急情况吗？"). */
const MAYBE: Rule[] = [
  [
    "fire",
    /烧焦|焦味|糊味|烧东西的味|着火的味|有火|冒火星|火星|(有东西|什么东西)(在)?烧|报警器(一直)?响|警报(一直)?响|火警铃/,
    /\bburning smell\b|\bsmell\w* (of )?burning\b|\bsmell\w* (like )?(something )?burn\w*\b|\bburnt smell\b|\bsmell of burnt\b|\bsomething is burning\b/,
  ],
  // A room that smells of smoke is most often old cigarette smoke, but may be a fire: asked once.
  [
    "smoke",
    /烟味|有烟|一股烟/,
    /\b(smell\w*|stinks?|stank|reeks?) (of |like )?(stale |old |cigarette )?smoke\b|\b(stale|old|cigarette|cigar) smoke\b|\bsmoke smell\b/,
  ],
  [
    "gas",
    /怪味.{0,6}(厨房|管道)|(热水器|燃气灶|煤气灶|灶台|气表|壁挂炉)[^。.]{0,8}(有股?味|味道|怪味|臭味)|满屋子?(都是)?(的)?味(儿|道)|刺鼻|味道(很|好|特别|非常)?(冲|呛)|呛人/,
    /\bstrange smell\b|\bweird smell\b|\bchemical smell\b|\bpeople are coughing\b/,
  ],
  [
    "medical",
    /没反应了|没气了|很难受|站不起来|头晕|快晕|发高烧|胸口疼|胸痛|心口疼|血压[^，。,.|]{0,4}(高到|升到|飙到|一下子|突然)|呛到了|呛着了/,
    /\bfeel(s|ing)? (faint|dizzy)\b|\bcant stand up\b|\bchest (hurts|tight)\b|\bshort of breath\b|\bvery (sick|ill)\b|\bfell ill\b/,
  ],
  [
    "violence",
    /砸门|踹门|有人敲门不走|骚扰|可疑的人.{0,8}(拿|带)/,
    /\bshouting and\b|\bscreaming\b|\bbanging on (my|the) door\b|\bharass\w*\b|\bsomeone (is )?trying to (get|break) into\b/,
  ],
  [
    "trapped",
    /[电货客]梯(坏了|停了|卡住|不动了|停住|卡在)|关在里面|锁在里面|门打不开.{0,6}(出不去|里面)/,
    /\blift (is )?(stuck|stopped|not moving|broke down|broken down)\b|\b(stuck|trapped) in\b|\blocked (myself )?in\b/,
  ],
  [
    "injury",
    /摔了|摔倒|跌了一跤|摔了一跤|扭伤|砸了|撞了|割破|划破|受伤|伤到/,
    /\bfell\b|\bslipped\b|\btripped\b|\bhurt (his|her|my|their) (hand|arm|leg|back|head)\b|\bcut (himself|herself|myself)\b|\bcut (his|her|my|their) (hand|finger|arm)\b|\bhurt\b|\baccident\b/,
  ],
  [
    "electric",
    /短路|电线.{0,4}(烫|热|焦)|插座.{0,4}(烫|焦|黑)|麻了一下|电了一下/,
    /\bshort circuit\b|\bshock\b|\bsocket (is )?(hot|black|melted)\b|\bburning wire\b/,
  ],
  [
    "flood",
    /满地(都是)?水|地上全是水|大量漏水|水一直流|水停不下来|水漫|积水|漏得很厉害/,
    /\bwater (coming|pouring) (in|through|down)\b|\bleaking badly\b|\bwont stop leaking\b/,
  ],
  [
    "missing_child",
    /(孩子|儿子|女儿|小孩)[^。.]{0,8}(没回来|没回家|没到家|不知道去哪|联系不上|打不通)/,
    /\b(child|kid|son|daughter) (hasnt|has not|didnt|did not) (come|got|get) (back|home)\b|\bwhere (my|our) (child|kid|son|daughter) is\b/,
  ],
  ["self_harm", /不想活|活着没意思|撑不下去/, /\bcant go on\b|\bno reason to live\b/],
];

/**
 * A plain cry for help with nothing more specific: treated as medical, the commonest. Not what a
 * caller was told had happened ("说她孙子出事了要钱": the story of a scam call).
 */
const HELP_ZH = /救命|紧急情况|(?<!说[^，。,.|]{0,8})出事了|快来人|快派人|出大事|急救/;
const HELP_EN =
  /\bemergency\b|\bhelp help\b|(?<!\b(could|can|would|will|may|might|should) )\bsomeone help\b(?! (me|us) (with|to|carry|find|get|bring|move|book|check))|\bhelp (us|me) (please|now|quick)\b|\bsend help\b/;

/** Any word of any emergency, maybe or sure, in one pattern each: most turns stop here. */
const ANY_ZH = anyOf([...[...SURE, ...MAYBE].map(([, zh]) => zh), HELP_ZH]);
const ANY_EN = anyOf([...[...SURE, ...MAYBE].map(([, , en]) => en), HELP_EN]);

export function emergencyIn(text: Said): EmergencyHeard | null {
  if (!ANY_ZH.test(text.compact) && !ANY_EN.test(text.spaced)) return null;
  // What was said to have stopped is taken out first; taking it out is how it is known.
  const zhRest = text.compact.replace(STOPPED_ZH, "|");
  const enRest = text.spaced.replace(STOPPED_EN, "|");
  const stopped = zhRest !== text.compact || enRest !== text.spaced;
  const zhSaid = zhRest.replace(NOT_EMERGENCY_ZH, "|");
  const enSaid = enRest.replace(NOT_EMERGENCY_EN, "|");
  // "Nobody hurt" says it is over, and takes its "hurt" with it.
  const resolved = stopped || RESOLVED_ZH.test(zhSaid) || RESOLVED_EN.test(enSaid);
  const zh = zhSaid.replace(NEGATED_ZH, "|");
  const en = enSaid.replace(NEGATED_EN, "|");
  // Something that happened last week, or a story told about the organisation, is reported to
  // the department, not dialled as an emergency.
  const now = PRESENT_ZH.test(zh) || PRESENT_EN.test(en);
  const past = !now && NOT_NOW.some(([zhRule, enRule]) => zhRule.test(zh) || enRule.test(en));
  const found = heardIn(zh, en, resolved);
  if (found && past && !URGENT_STILL.has(found.category)) return null;
  if (
    found &&
    !now &&
    CLAIMED_FOR.has(found.category) &&
    (CLAIM_ZH.test(zh) || CLAIM_EN.test(en))
  ) {
    return null;
  }
  const hearsay = HEARD_OF_ZH.test(zh) || HEARD_OF_EN.test(en);
  const redress = REDRESS_ZH.test(zh) || REDRESS_EN.test(en);
  if (found?.sure && !now && (hearsay || redress)) {
    return { category: found.category, sure: false };
  }
  return found;
}

function heardIn(zh: string, en: string, resolved: boolean): EmergencyHeard | null {
  for (const [category, zhRule, enRule] of SURE) {
    // Said to be over: asked about, not put through.
    if (zhRule.test(zh) || enRule.test(en)) return { category, sure: !resolved };
  }
  if (HELP_ZH.test(zh) || HELP_EN.test(en)) return { category: "medical", sure: !resolved };
  if (resolved) return null;
  for (const [category, zhRule, enRule] of MAYBE) {
    if (zhRule.test(zh) || enRule.test(en)) return { category, sure: false };
  }
  return null;
}
