import type { Kind, KindWords } from "./kind.ts";

/** What residents and tenants say to whoever manages their building, a compound's or a tower's. */
const RESIDENTS_SAY = {
  zh: "物业|客服|物业客服|找客服|业主|~住户|~租户|~小区|~楼栋|~单元|几栋|几号楼|几单元|~我家|~我们家|~家里|~楼上|~楼下|邻居|太吵|很吵|好吵|吵死|吵得|噪音|吵闹|补办|补一张|补卡|楼上太吵|楼上噪音|噪音扰民|扰民|装修|装修申请|装修手续|装修押金|装修许可|装修备案|装修审批|装修时间|装修噪音|装修垃圾|装修证|施工证|门禁|门禁卡|办门禁卡|补门禁卡|门卡|电梯卡|梯控|人脸识别|钥匙|快递柜|丰巢|代收快递|收快递|快递|报修|物业报修|投诉物业|物业投诉|业委会|业主大会|业主群|收房|交房|交钥匙|搬家|搬入|搬出|搬家放行|放行条|出门条|停水通知|停电通知|~通知|~公告|宠物|养狗|遛狗|狗叫|乱扔|高空抛物|公共区域|~楼道|~走廊|堆放|杂物|占用|业主信息|房号|产权|房产证|业主卡|住户卡|业主证明|居住证明|开证明|物业证明|小区证明|房屋租赁备案|租户登记|租客登记|出租登记|人口登记|车位证明|搬家预约|搬家要登记|大件搬出|家具搬出|放行单|施工时间|违建|违章搭建|私搭乱建|占用楼道|楼道堆物|电动车上楼|电瓶车进电梯|飞线充电|宠物扰民|狗咬人|狗没拴绳|狗屎没人管|邻里纠纷|邻居纠纷|楼上漏水到我家|物业服务差|物业不作为|换物业|业委会选举|公共收益|维修基金|公共维修基金|大修基金|小区公告|停水公告|停电公告|电梯维保公告",
  en: "property management|hoa|owners corporation|~resident|~residents|homeowner|homeowners|~tenant|~tenants|~my flat|~my apartment|~my unit|~my condo|unit number|~block|~building|neighbour|neighbor|neighbours|neighbors|upstairs neighbour|upstairs neighbor|noise from upstairs|noisy neighbours|noisy neighbors|noise complaint|noise|noisy|too loud|renovation|renovations|renovation permit|renovation application|renovating|fit out|fitout|fit out approval|decoration|access card|access cards|key fob|fob|fobs|entry card|door card|parcel locker|parcel lockers|package locker|parcel room|mailroom|mail room|parcels|~package|~packages|move in|moving in|move out|moving out|moving day|book the lift|book the service lift|service lift|lift booking|elevator booking|intercom|utilities|~notice|~notices|pets|pet|dog|barking|common area|common areas|~hallway|~corridor|~stairwell|report a repair|log a repair|maintenance request|complaint about the building|building rules|house rules|proof of residence|residence letter|letter for my tenant|register my tenant|tenant registration|moving company|movers|removal van|removals|furniture out|bring furniture|contractor working|contractors in the building|drilling noise|drilling|hammering|building work next door|works next door|unauthorised works|illegal extension|balcony enclosure|bikes in the hallway|scooter charging|e bike charging|dog off the lead|dog off leash|dog bit|dog bite|neighbour dispute|neighbor dispute|sinking fund|reserve fund|by laws|bylaws|annual general meeting|agm|owners meeting|committee meeting|notice board|water shut off notice|power shut off notice",
};

/**
 * What residents and tenants say to the manager of a residential compound or an office building:
 * its service centre, its fees desk, an office tower's management office, its maintenance team,
 * cleaning and grounds, the car park and leasing (its guards are the `security` kind). They fall
 * back only to one another, so a factory's callers, who also speak of parking, rubbish and keys,
 * hear none of it.
 */
export const PROPERTY_KINDS = {
  property_service: {
    of: "company",
    names: {
      zh: "物业服务中心|物业管理处|物业管理中心|物业客服中心|物业客服|物业客服部|物业服务部|物业服务处|物业前台|物业办公室|物业办|物管处|物管中心|物管办|物管|管理处|小区管理处|小区物业|住户服务中心|客户服务中心|客服中心|服务中心|客服部|管理中心|园区服务中心|社区服务中心|物业公司|物业管理公司|物业管理有限公司",
      en: "property management|property management office|property management centre|property management center|property services|property service centre|property service center|property office|property manager|property managers|management office|building management|building management office|building office|estate management|estate office|estate management office|resident services|residents services|residents service centre|resident service centre|community service centre|community service center|customer service centre|customer service center|customer service|tenant service centre|strata management|owners corporation|body corporate|concierge desk|tenant relations|property company|property management company",
    },
    says: RESIDENTS_SAY,
    fallback: ["building_management"],
  },
  property_billing: {
    of: "company",
    names: {
      zh: "收费处|收费中心|收费室|缴费处|缴费中心|物业收费处|物业收费中心|物业收费|收费组|收费管理部|客户收费处",
      en: "fees and billing|fees office|fees|resident billing|residents billing|service charge office|service charges office|fee collection|collections office",
    },
    says: {
      zh: "物业费|管理费|物管费|交物业费|缴物业费|物业费多少|物业费收据|物业费账单|欠费|欠物业费|催缴|催费|催缴单|缴费通知|缴费单|缴费|交费|滞纳金|违约金|水费|电费|水电费|燃气费|煤气费|暖气费|取暖费|供暖费|公摊|公摊费|水电公摊|电梯费|垃圾费|卫生费|充值|充电费|水卡|电卡|电卡充值|预存|预交|抄表|电表读数|水表读数|水费太高|电费太高|电费怎么这么|水费怎么这么|多收了|收据|交费记录|缴费记录|交钱|付钱|怎么交|在哪交|在哪里交|去哪交|微信交|支付宝交|网上交|线上交|手机上交|交晚了|晚交|补交|退费|退钱|多交|交多了|交错了|自动扣款|代扣|银行代扣|!多收|!多扣|!重复扣款|!扣了两次|!收错|算错|钱算错|收费有误|账单有问题|账单不对|扣费",
      en: "management fee|management fees|service charge|service charges|strata fee|strata fees|strata levy|hoa fee|hoa fees|condo fee|condo fees|maintenance fee|maintenance fees|water bill|electricity bill|power bill|gas bill|heating bill|utility bill|utility bills|utilities bill|meter reading|meter readings|arrears|late fee|late fees|late payment|payment reminder|overdue fees|outstanding fees|top up my meter|prepaid meter|bill is too high|bill is wrong|higher than usual|much higher than|receipt for my fees|fee statement|pay|paying|paid|pay online|pay by card|pay by wechat|pay by alipay|how do i pay|how can i pay|where do i pay|property fee|property fees|fee|fees|charge|charges|charged|refund|direct debit|autopay|auto pay|paid late|pay late|!overcharged|!overcharge|!double charged|!charged twice|!dispute a charge|wrong bill|bill was wrong|mistake on my bill|extra charge|money back|deducted",
    },
    // A fees desk is part of the residents' service: without one, the service centre takes fees.
    parent: "property_service",
    fallback: [],
  },
  building_management: {
    of: "company",
    names: {
      zh: "大厦管理处|大厦管理中心|大厦管理办公室|大厦服务中心|大厦物业|大楼管理处|大楼物业|写字楼管理处|写字楼服务中心|写字楼物业|楼宇管理处|楼宇服务中心|楼宇管理中心|商务楼管理处|商厦管理处|中心管理处|中心管理办公室|商场管理处|商场管理办公室|园区管理处",
      en: "tower management|tower management office|tower office|centre management|center management|centre management office|center management office|mall management|mall management office|office building management|commercial building management|tenant services|tenant service centre|tenant service center|tenant relations|building services office|property manager|property managers",
    },
    // A tower's tenants say what residents say, and ask for passes, visitors and air-conditioning.
    says: {
      zh: `${RESIDENTS_SAY.zh}|写字楼租户|大厦租户|大楼租户|入驻企业|入驻公司|员工门禁|员工门禁卡|大楼门禁|大楼门禁卡|大厦门禁|大厦门禁卡|写字楼门禁|访客预约|预约访客|访客预登记|预登记|提前登记|提前录入|访客录入|访客二维码|大堂访客|加班空调|空调加时|空调延时|延时空调|延长空调|周末空调|周末开空调|周六开空调|周日开空调|非工作时间空调|预约货梯|公司铭牌|导视牌`,
      en: `${RESIDENTS_SAY.en}|tenant company|building pass|building passes|staff pass|staff passes|pre register|pre registration|preregister|preregistration|register visitors|register our visitors|register some visitors|air conditioning at the weekend|air conditioning on the weekend|air conditioning over the weekend|weekend air conditioning|after hours air conditioning|air conditioning after hours|overtime air conditioning|extended air conditioning`,
    },
    fallback: ["property_service"],
  },
  maintenance: {
    of: "company",
    names: {
      zh: "工程部|工程维修部|维修部|维修班|维修组|维修中心|维修服务中心|工程维修中心|工程维修班|物业工程部|工程服务部|设施设备部|工程设备部|设备设施部|机电部|机电维修部|水电班|水电组|水电维修|维保部|维保中心|设备维护部|工程技术部|工程运营部|运维部|设施管理部",
      en: "maintenance|building maintenance|facilities maintenance|property maintenance|maintenance department|maintenance team|maintenance office|maintenance desk|engineering|engineering department|engineering and maintenance|engineering services|building engineering|building services|repairs|repairs and maintenance|repair team|works department|technical services|mechanical and electrical|m and e|mep",
    },
    says: {
      zh: "维修|修理|修一下|来修|找人修|派人修|派人来|师傅|维修师傅|维修工|水电工|电工|水管工|~坏了|~坏掉|~不能用|~不好用|~不工作|~没反应|~打不开|~关不上|漏水|渗水|滴水|漏雨|水管|爆管|水管爆|水管破|水龙头|龙头|马桶|堵了|堵住|堵塞|下水道|下水|返水|反水|冒水|地漏|停电|没电|跳闸|断电|电闸|空开|电表|电路|线路|插座|开关|灯不亮|灯坏了|路灯|楼道灯|声控灯|电梯|电梯坏了|电梯停了|电梯故障|电梯异响|电梯门|门禁坏了|门禁坏|对讲|可视对讲|门铃|空调|中央空调|空调不制冷|空调漏水|新风|暖气|暖气不热|供暖|地暖|不热|不制冷|热水|没热水|热水器|水压|水压低|水压小|水太小|停水|没水|水泵|二次供水|水质|消防栓|消防设施|烟感|喷淋|天花板|吊顶|墙皮|脱落|墙面|外墙|防水|窗户|玻璃|门锁|锁坏了|卷帘门|自动门|管道|化粪池|井盖|排水|积水|水浸|设备|设备故障|配电房|发电机|异响|有异味|下水道味|~卫生间|~洗手间|~厕所|~厨房|~阳台|灯不亮了|灯管|换灯泡|灯泡坏|电梯按钮|电梯没反应|电梯很抖|电梯晃|电梯门关不上|门禁不灵|门禁刷不开|刷卡没反应|单元门坏|单元门关不上|楼道门|防盗门|门关不严|窗户关不严|窗户漏风|纱窗|墙面渗水|天花板渗水|天花板漏水|楼上漏水|漏到我家|水管漏|暖气片|暖气漏水|地暖不热|空调外机|空调滴水|排风扇|排气扇|热水器不出热水|水压不够|停水了|突然停电|家里跳闸|总闸|电闸跳|插座没电|插座冒|开关坏|门铃坏|对讲机坏|可视门铃|楼道灯不亮|车库灯|路灯不亮|井盖松|井盖坏|排水沟|下水道堵|下水道反味|化粪池堵|管道堵|马桶堵|马桶漏水|马桶冲不下去|洗手盆|洗菜盆|地漏堵|下水慢|水龙头漏|水龙头滴水|阀门|总阀|水阀|扶梯|自动扶梯|扶梯坏了|扶梯停了|扶梯不动|扶梯异响|店里跳闸|店里停电|店里没电|铺里没电|铺里停电|排风|排烟风机|烘手机",
      en: "repair|repairs|fix|fixed|~broken|~not working|~isnt working|~doesnt work|~stopped working|maintenance|maintenance request|work order|handyman|electrician|plumber|plumbing|electrical|leak|leaking|leaks|leaky|dripping|water coming through|water damage|burst pipe|pipe|pipes|tap|taps|faucet|toilet|toilets|blocked|clogged|drain|drains|sink|no hot water|hot water|water heater|boiler|water pressure|no water|water off|power cut|power outage|no power|no electricity|tripped|breaker|fuse|fuse box|socket|outlet|light|lights|bulb|lift|lifts|elevator|elevators|lift is broken|elevator is broken|aircon|air con|air conditioning|air conditioner|ac|heating|heater|radiator|hvac|ventilation|extractor fan|intercom not working|door entry|door lock|lock|window|windows|ceiling|damp|mould|mold|roof|gutter|pump|generator|fire alarm panel|sprinkler|garage door|automatic door|bulb has gone|bulbs have gone|light is out|lights are out|corridor light|corridor lights|stairwell light|stairwell lights|hallway light|door wont close|door wont lock|door doesnt close|entry door|communal door|front door of the building|main door of the building|buzzer|entry phone|lift is making|lift keeps|lift button|lift doors|elevator doors|leak from upstairs|water coming from the ceiling|ceiling is leaking|leak in the ceiling|damp patch|toilet wont flush|toilet is blocked|toilet keeps running|sink is blocked|blocked sink|blocked drain|drain smells|drains smell|sewage smell|no heating|heating isnt working|heating not working|radiator is cold|radiators are cold|aircon is leaking|air con is leaking|aircon dripping|window wont close|window handle|window is stuck|dripping tap|tap is dripping|tap wont turn off|low water pressure|water is off|power is off|lost power|half the flat has no power|socket not working|sockets not working|switch not working|manhole|drain cover|gutter is blocked|gutters|downpipe|water tank|pump room|escalator|escalators|escalator is broken|escalator stopped|escalator not working|travelator|travelators|moving walkway|our unit has no power|shop has no power|store has no power|hand dryer|hand dryers",
    },
    parent: "engineering",
    fallback: ["engineering", "property_service", "warranty_repairs"],
  },
  cleaning: {
    of: "company",
    names: {
      zh: "环境部|环境管理部|环境服务部|环境事业部|保洁部|保洁中心|保洁组|保洁班|保洁绿化部|保洁与绿化|绿化部|绿化组|绿化保洁部|环卫部|环卫组|清洁部|清洁组|卫生组",
      en: "cleaning|cleaning services|cleaning team|cleaning department|cleaning and landscaping|cleaning & landscaping|environmental services|environment services|landscaping|landscaping team|grounds|groundskeeping|grounds maintenance|gardening|janitorial|janitorial services|custodial services",
    },
    says: {
      zh: "保洁|保洁员|保洁阿姨|打扫|清洁|清扫|卫生|打扫卫生|楼道卫生|没人打扫|很脏|太脏|脏|垃圾|垃圾清运|清运|垃圾分类|垃圾桶|垃圾桶满了|垃圾站|垃圾房|没人收垃圾|装修垃圾|大件垃圾|建筑垃圾|绿化|修剪|剪草|没剪|草长|杂草|草地|草皮|草坪|树枝|树木|修树|除草|浇水|落叶|消杀|灭鼠|老鼠|蟑螂|蚊子|苍蝇|白蚁|除虫|虫害|四害|臭|臭味|异味|狗屎|狗粪|粪便|擦玻璃|清洗|洗地|地面脏|积水|污水|化粪池满|垃圾没人收|垃圾溢出|垃圾满了|垃圾堆着|垃圾站臭|垃圾房臭|楼道有垃圾|楼道脏|电梯里脏|电梯里有尿|呕吐物|宠物粪便|修剪树枝|树枝挡|剪树|树太高|草太高|蚊虫|蚊子多|苍蝇多|灭蟑|灭蚊|打药|喷药|消毒|扫雪|铲雪|结冰|路面结冰|小广告|牛皮癣|清理小广告|鸟粪|蜘蛛网|蜂窝|马蜂窝|黄蜂|泳池脏|水池脏|喷泉脏|水景|清洗外墙|擦窗|卫生间脏|卫生间太脏|卫生间很脏|卫生间好脏|厕所脏|厕所太脏|厕所好脏|洗手间脏|洗手间太脏|卫生间臭|厕所臭|洗手间臭|没有纸|纸也没有|没纸了|纸没了|没有卫生纸|没卫生纸|手纸|厕纸|擦手纸|洗手液|洗手液没了|有人吐了|吐了一地|地上有人吐|拖地|拖一下地|地很滑|地上很滑|打扫一下|来打扫|派人打扫|派人来打扫|派个保洁|叫保洁|厨余垃圾|餐厨垃圾|泔水|收垃圾|倒垃圾|垃圾什么时候收|隔油池|油污|饮料洒了|洒了一地|打翻了|咖啡洒了|地上有油|油渍|口香糖|地上很脏|地毯脏|扶梯很脏|电梯里很脏|玻璃很脏|桌子没人擦|桌子很脏|餐盘没人收",
      en: "cleaning|cleaner|cleaners|clean|cleaned|dirty|filthy|mess|messy|rubbish|garbage|trash|bins|bin collection|bin|bins not emptied|recycling|waste collection|litter|bulky waste|pest|pests|pest control|rats|rat|cockroach|cockroaches|roaches|termite|termites|ants|mosquitoes|flies|landscaping|gardening|garden|gardens|lawn|grass|grass cutting|trees|tree|hedge|hedges|weeds|leaves|smell|smells|stink|stinks|dog poo|dog mess|graffiti|window cleaning|bins are overflowing|bin is overflowing|overflowing|bin store|bin room|bin area|rubbish room|refuse room|fly tipping|fly tipped|dumped|mess in the lift|vomit|urine|dog fouling|pet waste|hedge trimming|overgrown|cut the grass|mow|mowing|snow|snow clearing|gritting|icy path|ice on the path|wasps|wasp nest|bees|bee nest|pigeons|bird droppings|mice|mouse|rodents|bed bugs|fleas|spider webs|cobwebs|stains|stained carpet|carpets|sticky floor|clean the stairs|clean the lobby|cleaning rota|window cleaners|toilet paper|loo roll|loo paper|no paper|out of paper|paper towels|hand towels|no soap|soap dispenser|disgusting|gross|someone was sick|someone has been sick|been sick|threw up|thrown up|puke|vomited|wet floor|slippery floor|mop|mop up|kitchen waste|food waste|waste oil|grease trap|rubbish collection|refuse collection|garbage pickup|trash pickup|drink spilled|spilled drink|spilt drink|coffee spilled|spilled coffee|spilt coffee|juice spilled|chewing gum|gum on the|dirty escalator|dirty floor|floor is dirty|tables not cleaned|tables are dirty|dirty tables|trays not cleared",
    },
    fallback: ["property_service"],
  },
  parking: {
    of: "company",
    names: {
      zh: "停车场|停车场管理|停车场管理处|停车场管理中心|停车管理|停车管理中心|停车管理处|停车服务中心|停车中心|车场管理|车场|车管|车管中心|车管部|车库管理|地下车库|停车办",
      en: "car park|car park office|car park management|carpark|parking|parking office|parking management|parking services|parking service|parking centre|parking center|parking desk|garage|garage office",
    },
    says: {
      zh: "停车|停车卡|停车证|停车位|车位|月卡|办月卡|包月|月租车位|停车费|临停|临时停车|停车收费|租车位|买车位|车位租|车位出租|车位费|车库|地库|地下车库|进出场|出场|入场|道闸|抬杆|不抬杆|车出不去|车进不来|车开不出去|车开不进来|车牌识别|识别不了车牌|车牌|登记车牌|绑定车牌|访客车|访客停车|外来车辆|充电桩|充电车位|装充电桩|车位被占|占我车位|占了我的车位|停了别人的车|挡住我的车|挡车|堵车库|乱停车|违停|拖车|电动车|电瓶车|电动车充电|非机动车|月卡到期|续月卡|月卡续费|停车月卡|车位月租|年卡|访客车辆|临时车|出场缴费|扫码缴费|停车缴费|停车扫码|缴停车费|道闸不开|杆不抬|车牌识别不了|没识别车牌|车牌没识别|车库门|车库进水|车位锁|地锁|车位被别人停|别人停我车位|私家车位|产权车位|租个车位|买个车位|车位转让|转租车位|车位转租|充电桩安装|电动车停放|电瓶车停放|非机动车棚|自行车棚|自行车|停车场收费|收费标准停车|免费停车|停车优惠|停车抵扣|停车券|停车票|停车小票|停车票丢了|停车卡丢了|出不了场|杆子不抬|栏杆不抬|卡在出口|堵在出口|出口排队|现金缴费|现金交停车费|交停车费|停车费多少|停车费扣了两次|停车费扣两次|停车费重复扣|重复扣停车费|停车费多扣|停车费扣错|消费抵扣|抵停车费|抵扣停车费|停车费没抵扣|停车费没减|停车减免|免停车费|无牌车|找不到车|找车|寻车|反向寻车|车停在哪|忘了车停哪|车停哪了|剩余车位|还有车位吗|有没有车位|车位满了|停车场满了|停车场入口|停车场出口|代客泊车|泊车|新能源车位|充电费|充电收费|充电桩坏了|充不上电|无障碍车位|残疾人车位|母婴车位|女士车位|商户员工停车|员工停车|员工月卡|商户月卡|包月停车|夜间停车|过夜停车|停车发票|停车费发票|会员停车|车出不去了|开不出去|出不了停车场",
      en: "parking|~park|park my car|where can i park|car park|parking permit|parking pass|parking card|parking space|parking spot|parking bay|parking spaces|parking fee|parking fees|parking charge|monthly parking|season parking|season ticket|visitor parking|guest parking|barrier|parking barrier|gate wont open|barrier wont lift|number plate|licence plate|license plate|registration plate|garage|underground car park|basement parking|ev charging|ev charger|charging point|someone in my space|parked in my spot|parked in my space|my parking space|tow|towed|bicycle storage|bike storage|scooter|parking season ticket|renew my parking|parking renewal|parking card expired|parking permit expired|monthly pass|annual pass|visitor parking permit|visitor space|guest space|pay for parking|pay at the exit|exit barrier|entry barrier|barrier didnt open|ticket machine|parking ticket|parking fine|clamped|wheel clamp|someone parked in my bay|my bay|allocated space|allocated bay|sublet my space|rent my space|rent a parking space|rent out my parking space|buy a parking space|charging station|install a charger|bike shed|bike rack|bicycle rack|motorbike parking|motorcycle parking|carpark height|height restriction|lost my ticket|lost my parking ticket|lost the parking ticket|lost parking ticket|pay by cash|pay cash for parking|cash at the exit|pay station|parking machine|parking validation|validate my parking|validate parking|parking discount|free hours|free parking|parking refund|charged twice for parking|parking charged twice|cant find my car|find my car|where i parked|forgot where i parked|plate wasnt recognised|plate not recognised|plate not recognized|plate wasnt recognized|didnt recognise my plate|anpr|stuck at the exit|exit wont open|wont let me out|cant get out of the car park|car park full|car park is full|parking full|spaces left|empty spaces|valet parking|valet|charger not working|charging bay|ev bay|ev space|disabled parking|blue badge|accessible parking|parent and child parking|staff parking|tenant parking|overnight parking|parking invoice|parking receipt",
    },
    fallback: ["property_service"],
  },
  leasing: {
    of: "company",
    names: {
      zh: "租赁部|租赁中心|租赁管理部|租赁服务中心|招商部|招商中心|招商租赁部|招商运营部|招商管理部|招商与租赁|租售中心|租售部|写字楼租赁|商铺招商|商业招商部|商业管理部|资产运营部|空间运营部|出租部|房屋租赁",
      en: "leasing|leasing office|leasing department|leasing team|leasing centre|leasing center|lettings|letting|letting office|lettings office|commercial leasing|office leasing|retail leasing|rental office|rentals|space sales",
    },
    says: {
      zh: "租房|出租|租金|房租|租一间|想租|租写字楼|写字楼|写字楼出租|办公室出租|租办公室|租个办公室|办公楼|办公空间|商铺|铺面|门面|店铺|商铺出租|铺位|招商|入驻|入驻条件|租赁|租赁合同|续租|续签合同|续约|退租|转租|租期|免租期|押金|押一付三|多少钱一平|每平米|一平米多少|一平多少|平米|多大面积|面积|层高|得房率|看房|带看|约看房|空置|还有空的|工位出租|共享办公|联合办公|租售|买铺|卖房|找写字楼|找办公室|找个办公室|租个铺|租个门面|租商铺|商铺招租|招租|空铺|空置铺位|有没有空铺|有没有空的办公室|最小面积|小面积|大面积|整层|半层|精装修|带装修|毛坯|可注册|注册地址|挂靠地址|物业费多少一平(billing)|租金多少|租金怎么算|一个月多少钱|一年租金|租金递增|涨租|降租|租金优惠|免租|退租手续|提前退租|租赁到期|合同到期续租|转让铺位|转让店铺|店铺转让|品牌入驻|餐饮入驻|开店选址|选址|平的办公室|平左右的办公室|平米的办公室|平方的办公室|平的铺|平的商铺|平左右的铺面|平的写字楼|快闪店|快闪|开快闪|临时铺位|短租铺位|临展|多经点位|多经|中岛|中岛铺位|岛柜|花车|摊位|档口|品牌进驻|进驻|进驻商场|开个店|开一家店|开家店|开店的事|谈开店|开店|招商政策|招商条件|扣点|联营|保底租金|提成租金|主力店|次主力店|餐饮位|餐饮铺|铺子|租个铺子|租铺|租约|租约到期|续租约|展厅出租|租个展厅|铺位图|招商手册|招商资料|招商电话|招商负责人|招商经理|品牌方|连锁品牌|加盟商|临街|沿街|沿街铺面|临街铺|一楼铺位|底商|商铺租金|铺位多大|铺面多大",
      en: "lease|leasing|leases|rent|rental|renting|rent out|to let|for let|lettings|office space|office for rent|offices for rent|retail space|shop space|shop unit|commercial space|unit available|available units|units available|space available|square metres|square meters|sqm|square feet|sq ft|per square|price per square|viewing|book a viewing|arrange a viewing|view the office|tenancy|tenancy agreement|lease agreement|renew my lease|renew the lease|lease renewal|lease expires|lease is up|break clause|rent review|rent increase|rent free|security deposit|move in date|coworking|co working|serviced office|serviced offices|hot desk|hot desks|desk space|sublet|sublease|looking for an office|looking for office space|looking for a shop|looking for retail space|vacant unit|vacant units|empty unit|empty units|floor plate|whole floor|half floor|fitted out|shell and core|registered address|rent per month|monthly rent|annual rent|asking rent|rent is too high|rent reduction|rent discount|rent holiday|terminate the lease|end the lease|early termination|assign the lease|lease assignment|site selection|open a store|open a shop|open a restaurant|retail unit|f and b unit|kiosk|pop up|popup|pop up store|cart|retail cart|rmu|popup shop|pop up shop|popup store|temporary store|short term lease|short term let|casual leasing|specialty leasing|anchor store|anchor tenant|turnover rent|percentage rent|base rent|lease a showroom|showroom space|space in your mall|space in the mall|unit in your mall|unit in the mall|store in your mall|shop in your mall|a store in the mall|open a store in|open a shop in|expand into|looking for a space|looking for space|available space|leasing plan|tenant mix|shopfront unit|street front|frontage|ground floor unit|corner unit|leasing manager|leasing agent|leasing enquiry|leasing inquiry|letting agent|commercial agent|rent a unit|rent a kiosk|lease a unit|lease a kiosk|lease a space|lease space|rent space|rental rates|rental rate",
    },
    fallback: ["property_service"],
  },
} satisfies Partial<Record<Kind, KindWords>>;
