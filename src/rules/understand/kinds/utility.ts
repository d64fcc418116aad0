import type { Kind, KindWords } from "./kind.ts";

/**
 * What households, landlords, tenants, builders and contractors say to a gas, water, heating or
 * power company's departments: its service hall (accounts and prepaid cards), billing, meter
 * reading, meter service, new connections, the repair crew, the pipe network, water quality,
 * secondary supply to high-rise blocks, gas safety checks, paid repairs in the home, heating and
 * power. A gas smell or a flood is an emergency before it is any of these. Meter reading falls to
 * billing, secondary supply to the repair crew; nothing falls to another trade's departments. A
 * telecom operator's service halls and billing centre are these kinds too: they hear SIM cards,
 * phone bills, top-ups and charges not signed up for.
 */
export const UTILITY_KINDS = {
  service_hall: {
    of: "company",
    names: {
      zh: "营业厅|营业大厅|客户服务大厅|服务大厅|营业服务中心|营业网点|燃气营业厅|供水营业厅|自来水营业厅|供电营业厅|热力营业厅|客户营业厅|综合营业厅|自营厅|自有营业厅|旗舰营业厅|营业厅管理|营业厅服务中心|实体渠道|渠道营业厅",
      en: "customer service hall|service hall|business hall|customer hall|walk in centre|walk in center|account services|customer accounts|accounts and cards|service halls|service outlets|customer service outlets",
    },
    says: {
      zh: "开户|开个户|开燃气户|开水户|办开户|新开户|销户|销个户|注销户|户头注销|过户|过个户|办过户|过户手续|更名|改户名|户名变更|换户名|房子卖了|房子买了|二手房|新买的房子|刚搬来|刚搬进|租的房子|IC卡|ic卡|燃气卡|气卡|购气卡|水卡|电卡|购电卡|补卡|补办卡|卡丢了|卡掉了|卡坏了|卡丢|换卡|新卡|卡读不出|读不出卡|卡消磁|消磁|插卡没反应|购气|买气|充气|卡里没气|卡没气|没气了买|充值|卡充值|预付费|买水|购水|买电|购电|户号|用户号|用户编号|缴费卡|营业厅|网点|补办手机卡|换手机卡|大卡换小卡|补办电话卡|手机卡丢|电话卡丢|补张卡|本人去营业厅|到营业厅|去营业厅|厅里|附近的营业厅|最近的营业厅|营业厅在哪|营业厅几点|买手机|买个手机|手机专卖|以旧换新|旧手机换|合约机|实名登记|实名补登|本人到场|带身份证去|代办|帮老人办",
      en: "open an account|open a gas account|open a water account|new account|set up an account|account in my name|put the account in my name|close my account|close the account|close my water|close my gas|final reading|moving out|moving in|moved in|just moved|change of owner|change the account holder|transfer the account|account holder|prepaid card|gas card|water card|ic card|top up|top up my card|topup|recharge my card|buy gas|buy credit|card lost|lost my card|replacement card|card not working|card wont read|customer number|account number|replacement sim|replace my sim|lost my sim|sim replacement|new sim card|nearest store|your store|the store|in store|in person|come in person|buy a phone|new phone|trade in my phone|phone shop|service hall",
    },
    fallback: [],
  },
  utility_billing: {
    of: "company",
    names: {
      zh: "计量收费中心|计量收费部|收费中心|收费管理部|营销收费部|收费所|收费科|账务中心|账务部|客户账务部|水费收费中心|燃气收费中心|抄表收费中心|抄收中心|抄收部|抄表收费部|电费中心|电费管理中心|计费中心|计费部|计费账务中心|计费账务部|计费结算中心|账务管理中心|话费账务|话费中心|缴费服务中心|账单中心",
      en: "metering and billing|water billing|gas billing|utility billing|billing and payments|bills and payments|billing and collections|billing services|accounts and billing|customer billing|billing centre|billing center|bills and payments centre|billing and charges|charges and billing",
    },
    says: {
      zh: "水费|燃气费|煤气费|气费|账单|帐单|缴费|交费|~交钱|怎么交|在哪交|代扣|自动扣款|扣款|扣了两次|扣两次|多扣|重复扣|欠费|欠了|还欠|欠多少|滞纳金|违约金|欠费停|停供|催费|催缴|阶梯|阶梯价|阶梯价格|阶梯水价|阶梯气价|第二档|第三档|一档|二档|三档|水价|气价|单价|多少钱一吨|多少钱一方|怎么这么高|这么贵|突然高了|费用高|多收|多收了|收错|算错|退费|退钱|发票|开发票|电子发票|余额|预存|用了多少方|用了多少吨|用量|用水量|用气量|低保|~减免|~优惠|话费|查话费|交话费|缴话费|充话费|话费充值|话费余额|话费账单|话费单|话费清单|话费详单|通话详单|详单|账单明细|扣费|乱扣费|扣费不明|莫名扣费|莫名其妙扣|多扣费|扣了我|被扣|被扣费|扣钱|怎么扣了|月租|月租费|套餐费|流量费|超出流量|流量超了|超套|超出套餐|漫游费|增值业务|增值服务|包月|被订购|订购了|退订|取消订购|退订业务|会员扣费|充值没到账|充值未到账|没到账|充错|充错号码|充错了|欠费停机|停机了|交了钱还停机|存的话费|赠送话费|话费返还|返还|积分|积分兑换|宽带费|宽带的钱|每月扣|按月扣|每年一交|一年一交|按年交|月结|话费发票|月结发票|没打过|我没打过|不是我打的|我没用过|没订过|我没订|话费单子|单子上",
      en: "bill|bills|my bill|water bill|gas bill|utility bill|invoice|pay my bill|payment|direct debit|charged twice|double charged|overcharged|too high|higher than usual|arrears|overdue|owe|outstanding|late fee|late payment|disconnection notice|cut off|cutoff|tariff|tiered|tier|price per|rate per|unit price|refund|usage|consumption|phone bill|mobile bill|my phone bill|broadband bill|recharge|credit|airtime|balance|unexpected charges|charges i didnt|charge i dont recognise|charge i dont recognize|value added service|subscription i didnt|subscribed without|unsubscribe|cancel a subscription|premium sms|itemised bill|itemized bill|call records|data charges|roaming charges|out of bundle|monthly fee|loyalty points|points|prepaid|postpaid|topped up|top up didnt|recharge didnt",
    },
    fallback: [],
  },
  meter_reading: {
    of: "company",
    names: {
      zh: "抄表所|抄表中心|抄表部|抄表班|抄表组|抄表科|抄表站|抄表服务部",
      en: "meter reading|meter readings|meter readers|meter reading team|meter reading services",
    },
    says: {
      zh: "抄表|抄表员|抄表的|抄水表|抄气表|抄电表|来抄|没来抄|读数|表的读数|表上的数|表上读数|表数|底数|估抄|估的|估算|估计的|预估|自报|自己报|报读数|拍表|拍照上传|入户抄表|约抄表|预约抄表|抄表时间|进屋看表|看表|查表|抄错|抄错了|读错|表数不对|跟表对不上|对不上",
      en: "meter reading|meter readings|read the meter|read my meter|reading the meter|meter reader|meter man|couldnt read the meter|could not read the meter|estimated|estimate|estimated bill|estimated reading|estimates|submit a reading|give a reading|send a reading|my reading|actual reading|wrong reading|reading on my bill",
    },
    parent: "utility_billing",
    fallback: [],
  },
  meter_service: {
    of: "company",
    names: {
      zh: "表务所|表务中心|表务部|表务科|计量所|计量中心|计量部|计量科|水表所|水表中心|燃气表务|仪表所|仪表中心|装表所|换表中心|表具服务部|表具中心",
      en: "meter services|meter service|meters|metering|meter team|meter maintenance|meter operations|meter installation|smart meters|meter workshop",
    },
    says: {
      zh: "换表|换个表|换新表|更换水表|更换燃气表|换水表|换气表|换电表|表坏了|表坏|水表坏|燃气表坏|表不走|表不转|不走字|表走得快|表走太快|表转得快|表不准|表准不准|校表|校验|检定|验表|表计|智能表|智能水表|智能燃气表|物联网表|远传表|远传|预付费表|表显示|显示屏|屏幕不亮|不亮了|换电池|没电了|电池|报错|故障码|滴滴响|一直响|表在响|表阀|阀门关了|表阀关|关阀|自动关阀|表冻|表冻了|水表冻|表井|表箱|水表箱|表漏|表漏水|铅封|封条|装表|装个表|加装水表|分表|一户一表|老表",
      en: "replace the meter|replace my meter|new meter|change the meter|meter replacement|broken meter|meter is leaking|meter leaking|leaking meter|leak at the meter|meter broken|faulty meter|meter fault|meter not working|meter is not working|meter stopped|meter isnt moving|meter running fast|meter too fast|test the meter|meter test|accuracy|calibrate|calibration|smart meter|smart meters|prepayment meter|meter display|blank display|battery|batteries|beeping|keeps beeping|error code|meter valve|valve closed|frozen meter|meter box|meter cupboard|meter pit|seal|sub meter|submeter",
    },
    fallback: [],
  },
  new_connections: {
    of: "company",
    names: {
      zh: "报装接入部|报装部|报装中心|报装科|报装所|业扩报装|用户报装|工程报装|报装接水|接水报装|报装接入|接入部|用户工程部|用户发展部|市场开发部|新户报装|安装工程部|工程安装部",
      en: "new connections|new connection|connections|new supply|new supplies|developer services|customer connections|service connections|new business connections",
    },
    says: {
      zh: "报装|报个装|申请报装|报装燃气|报装水|新装|新装燃气|新装水表|装燃气|装天然气|通燃气|通天然气|通气|通水|通电|点火通气|开通燃气|开通天然气|什么时候通气|还没通气|还没通水|没通气|没通水|接驳|接管|接水|接气|接入|并网|开口费|初装费|配套费|新楼盘|新小区|楼盘|开发商|交房|新房|毛坯房|商铺用气|商铺用水|餐饮用气|饭店用气|工业用气|工业用水|用水量比较大|大口径|进水管|引入管|立管|庭院管|工程接驳|工程验收|临时用水|施工用水|工地用水",
      en: "new connection|water connection|gas connection|water supply connected|gas supply connected|supply connected|get connected|get it connected|connected to the mains|connect to the mains|connect the water|connect the gas|hook up|hooked up|hookup|first supply|supply to a new|new build|new building|new development|developer|were building|construction site|site supply|temporary supply|builders supply|get gas|get water|gas connected|water connected|connection fee|connection charge|capacity|larger supply|bigger pipe|service pipe|commercial supply",
    },
    fallback: [],
  },
  supply_repair: {
    of: "company",
    names: {
      zh: "抢修中心|抢修队|抢修部|抢修站|抢修班|抢修所|应急抢修中心|应急抢修|维修抢修中心|抢险中心|抢险队|抢修服务中心|管网抢修|供水抢修|燃气抢修|电力抢修|故障抢修|故障报修中心|报修中心|24小时抢修",
      en: "emergency repair|emergency repairs|emergency repair crew|repair crew|repairs crew|faults and emergencies|fault repair|leaks and repairs|network repairs|mains repair|response team",
    },
    says: {
      zh: "抢修|抢修队|抢修的|抢修师傅|报修|停水了|突然停水|突然没水|没水了|不出水|水停了|停气了|突然停气|没气了|打不着火|停电了|突然停电|没电了|跳闸|漏水|渗水|冒水|往外冒水|往外渗|水管破|水管爆|爆管|管子破|管子坏|管道破|管道漏|管子漏|主管道|总管|井盖|消防栓|消火栓|阀门井|马路上冒水|路上冒水|地上冒水|路面积水|挖开|挖了|回填|填上|恢复路面|整栋楼没水|整个单元没水|整个小区没水|一片没水|~整条街|~这一片",
      en: "no water|water off|water is off|water has gone off|lost water|lost supply|no supply|no gas|gas off|gas is off|gas has gone off|power cut|power outage|no power|outage|burst|burst pipe|burst main|water main|main burst|leak|leaking|leaks|water leak|water coming up|bubbling up|water bubbling|gushing|water gushing|water pouring|pouring out|water in the road|water on the road|water everywhere|trickle|pothole|dug up|hole in the road|road dug|reinstatement|fill in the hole|filled in|fill it in|never filled|dug a hole|hole in the pavement|dug up the pavement|manhole|hydrant|fire hydrant|repair crew|send a crew|send someone out",
    },
    fallback: [],
  },
  pipe_network: {
    of: "company",
    names: {
      zh: "管网管理部|管网部|管网中心|管网管理中心|管网管理所|管网所|管网运行部|管网运营部|管网巡检|管线管理部|管线部|管道管理部|管网科|输配部|输配中心|输配管理部|管网工程部|供水管网部|燃气管网部",
      en: "pipe network|pipe networks|network operations|network management|mains|mains and pipes|distribution network|pipelines|pipeline|pipeline management|assets and network|network assets",
    },
    says: {
      zh: "管网|管线|管线查询|查管线|查一下管线|地下管线|管线图|管线位置|管子在哪|地下有没有|底下有没有|下面有没有|地下管道|地下水管|地下的管|管道走向|~走向|施工前|开挖|挖掘|挖路|动土|打桩|钻探|顶管|道路施工|修路|市政|迁改|改迁|管道迁改|管线迁改|管道改线|改线|迁管|移管道|保护方案|管线保护|安全距离|交底|标志桩|标识桩|警示桩|警示牌|标志牌|地面标识|占压|压在管道上|管道上面|巡线|~巡检|~巡查|调压箱|调压站|调压柜|阀门井|管廊",
      en: "pipe network|where the pipes run|where the pipes are|where the mains run|pipe map|pipe maps|utility map|utility maps|plans of the pipes|before you dig|before we dig|dig|digging|excavation|excavate|excavating|trench|trenching|roadworks|road works|road widening|drilling|piling|relocate|relocation|divert|diversion|move a water main|move the main|move a main|moving pipes|pipe relocation|marker post|marker|markers|patrol|patrolling|easement|building over|build over|regulator station|pressure station",
    },
    fallback: [],
  },
  water_quality: {
    of: "company",
    names: {
      zh: "水质检测中心|水质中心|水质监测中心|水质检测站|水质部|水质科|水质管理部|水质监测站|水质化验室|水质检测所|水质监测部",
      en: "water quality|water quality lab|water quality laboratory|water quality centre|water quality center|water testing|water lab|water quality team|drinking water quality",
    },
    says: {
      zh: "水质|水发黄|水黄|黄水|发黄|水是黄的|水有点黄|水浑|浑浊|水不清|水发白|白水|有白色|有沉淀|沉淀|杂质|有渣|有沙|泥沙|锈水|铁锈|有锈|生锈|异味|有味|有味道|怪味|臭味|一股味|消毒水味|漂白粉味|氯味|漂白水|余氯|发苦|发咸|水垢|水碱|太硬|硬度|软水|虫子|小虫|红虫|有虫|小红虫|能不能喝|能喝吗|直接喝|喝了肚子|拉肚子|检测|化验|水样|送检|取样|水质报告|检测报告|水质公告|净水器|过滤器",
      en: "water quality|tap water|drinking water|discoloured|discolored|brown water|yellow water|rusty|rust|cloudy|milky|murky|white water|bits in the water|particles|sediment|sand|smell|smells|smelly|odour|odor|taste|tastes|funny taste|chlorine|bleach|hard water|hardness|limescale|~kettle|worms|insects|safe to drink|drinkable|drink the water|test the water|testing the water|water test|water testing|sample|water sample|~lab|~laboratory|filter",
    },
    fallback: [],
  },
  secondary_supply: {
    of: "company",
    names: {
      zh: "二次供水管理所|二次供水|二次供水管理部|二次供水中心|二次供水管理中心|二次供水服务中心|二次供水所|加压站|加压泵站|泵站管理所|泵房管理所|泵站管理部",
      en: "secondary water supply|secondary supply|secondary water|booster pumps|booster stations|pump stations|pumping stations|high rise supply|tanks and pumps",
    },
    says: {
      zh: "二次供水|水箱|屋顶水箱|蓄水池|水池|泵房|水泵|加压泵|加压|增压|变频泵|泵坏了|泵响|泵噪音|泵房噪音|嗡嗡|高层没水|高区没水|高区|低区|楼上没水|楼上水小|楼上水压|楼层高|高楼层|顶楼|顶层没水|高层水压|水压|水压低|水压小|水压不够|水压不足|水压特别小|水很小|水特别小|水太小|水就很小|水流很小|水流小|楼上不出水|清洗水箱|水箱清洗|水箱消毒",
      en: "secondary supply|secondary water|~tank|~tanks|roof tank|water tank|storage tank|cistern|pump room|~pump|~pumps|booster|booster pump|pressure pump|upper floors|top floor|top floors|high floor|high rise|tower block|floor and the water|floor the water|weak pressure|low pressure|low water pressure|poor pressure|no pressure|water pressure|pressure is low|pressure is weak|pump noise|humming|clean the tank|tank cleaning",
    },
    parent: "supply_repair",
    fallback: [],
  },
  gas_safety: {
    of: "company",
    names: {
      zh: "安全检查部|安检部|安检中心|安检所|安检科|入户安检部|户内安检|户内安检部|用户安检部|用户安全部|燃气安检|燃气安检部|安全用气|安全用气部|安全用气服务中心|用气安全部|安全检查中心|安全服务部|安全检查所",
      en: "gas safety inspection|gas safety|gas safety checks|safety inspection|safety inspections|safety checks|home safety checks|customer safety|gas safety team",
    },
    says: {
      zh: "安检|入户安检|上门安检|燃气安检|安全检查|检查燃气|查燃气|安检员|安检的|约安检|预约安检|~重新约|~没在家|~不在家|~冒充|~假冒|卖胶管|卖报警器|胶管|软管|燃气管老化|管子老化|金属管|波纹管|不锈钢波纹管|报警器|燃气报警器|燃气报警|切断阀|自闭阀|熄火保护|热水器装在|装在卫生间|装卫生间|装在浴室|烟道|排烟|强排|安装位置|位置安全|~安全吗|~安不安全|隐患|安全隐患|~整改|安全宣传|安全讲座|燃气安全|用气安全|安全知识|进社区|煤气中毒预防",
      en: "safety check|safety checks|gas safety check|gas safety|safety inspection|inspection|inspector|inspectors|book a check|book one|landlord certificate|gas safe|hose|hoses|rubber hose|flexible pipe|gas alarm|detector|~legit|genuine|really from|from the gas company|scam|flue|ventilation|vent|is it safe|safe to|where to put|installed in the bathroom|in the bathroom|hazard|safety talk|safety awareness|safety leaflet",
    },
    parent: "safety",
    fallback: [],
  },
  home_repairs: {
    of: "company",
    names: {
      zh: "户内维修部|户内维修|户内服务部|户内工程部|户内维修中心|户内服务中心|上门服务部|上门维修部|入户维修部|入户服务部|维修服务部|用户维修部|家庭维修部|燃气具维修|燃具维修部|燃具服务部|燃气器具服务部|灶具维修部|水暖维修部|便民服务部|便民维修部|增值服务部",
      en: "home repairs|home services|home service|in home repairs|in home services|repairs at home|appliance repairs|appliance services|appliance service|gas appliance services|gas appliances|household repairs|plumbing services|customer repairs",
    },
    says: {
      zh: "户内|室内管道|家里水管|家里的水管|家里管子|屋里水管|水龙头坏|水龙头漏|龙头漏|角阀|暖气片漏|改管|改管道|改个管|移管|挪管|移表|挪表|挪个位置|换个位置|移位|~装修|厨房装修|灶具|燃气灶|煤气灶|灶台|灶头|打不着|点不着|点不燃|着不了火|火小|火苗小|火是红的|黄火|热水器|燃气热水器|壁挂炉|采暖炉|不出热水|没热水|热水器坏|热水器不工作|装灶|装灶具|装热水器|安装热水器|安装灶具|装个灶|接一下气|接气|维修灶|修灶|修热水器|上门维修|上门修|师傅上门|维修费",
      en: "home repair|repair at home|in my home|indoor pipe|indoor pipes|pipes inside|pipe inside|under the sink|dripping|reroute|reroute the pipe|move the pipe|move the meter|relocate the meter|renovation|renovating|remodel|kitchen refit|cooker|stove|hob|burner|wont light|won't light|doesnt light|not lighting|no flame|yellow flame|water heater|hot water heater|boiler|combi boiler|no hot water|fit a cooker|install a cooker|install a water heater|fit a water heater|connect my cooker|connect the cooker|appliance|appliances|plumber|fix it|repair it|come and fix|callout charge|call out charge",
    },
    fallback: [],
  },
  heating: {
    of: "company",
    names: {
      zh: "供热|供热部|供热中心|供热所|供热站|供热服务中心|供热管理部|供热客服|热力|热力公司|热力所|热力站|热力服务中心|供暖|供暖部|供暖中心|供暖服务中心|供暖办|采暖部|采暖中心|暖气办|热网|热网管理部|换热站",
      en: "heating|district heating|heating services|heat network|heat supply|heating supply|heating customer service|heating department",
    },
    says: {
      zh: "供暖|暖气|暖气片|暖气不热|暖气不太热|暖气凉|暖气冰|不热|不够热|温度低|屋里冷|家里冷|室温|室温不达标|供暖温度|测温|来暖|什么时候来暖|什么时候供暖|开始供暖|停暖|停止供暖|供暖期|报停|申请报停|停供暖气|暖气报停|恢复供暖|采暖|采暖费|取暖费|热费|暖气费|供暖费|地暖|放气|排气|跑水|暖气漏水|暖气片漏水|热力|换热站",
      en: "heating|the heating|radiator|radiators|heating not working|heating is off|heating off|no heating|heating isnt warm|not warm|~cold|too cold|freezing|room temperature|indoor temperature|heating season|heating starts|when does the heating|heating on|turn on the heating|stop the heating|suspend heating|heating suspension|district heating|heat network|underfloor heating|bleed|bleed the radiator|heating bill|heating fee|heating charge",
    },
    fallback: [],
  },
  power_supply: {
    of: "company",
    names: {
      zh: "供电所|供电营业所|供电服务中心|供电公司|供电局|供电部|电力客服|电力服务中心|电力营业厅|用电服务部|用电检查|用电服务中心|配电所|电力抢修|供电抢修",
      en: "power supply|electricity|electricity supply|electricity services|power services|electricity customer service|power distribution",
    },
    says: {
      zh: "停电|没电|断电|来电|什么时候来电|跳闸|电表|电表坏|电表不走|电表走得快|电费|电费单|欠电费|交电费|电价|峰谷|峰谷电|分时电价|阶梯电价|用电|用电量|增容|报装用电|装电表|电压|电压低|电压不稳|灯一闪一闪|电线|电线杆|电线断|电缆|变压器|配电箱|光伏|充电桩|充电桩报装",
      en: "power cut|power outage|blackout|no power|no electricity|electricity off|power is off|power back|tripped|electric meter|electricity meter|electricity bill|power bill|electricity price|off peak|off-peak|time of use|voltage|flickering|lights flickering|power line|power lines|cable|cables|transformer|substation|solar panels|ev charger|charging point|charge point",
    },
    fallback: [],
  },
} satisfies Partial<Record<Kind, KindWords>>;
