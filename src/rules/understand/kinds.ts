/**
 * What departments do: a built-in, bilingual vocabulary of what callers say to the common
 * departments of hotels and companies. A directory department gets its kind from `kind:`, or
 * from its name and description; its own keywords add to its kind's words.
 *
 * Phrases are separated by "|". Chinese phrases are found anywhere in what was said, English ones
 * as whole words (stemmed, so "towel" also finds "towels"). Prefer the words that name the thing
 * a caller needs ("毛巾", "invoice") over whole sentences: they hold in any phrasing.
 */

export const KINDS = [
  "operator",
  "front_desk",
  "reservations",
  "housekeeping",
  "food_beverage",
  "concierge",
  "engineering",
  "duty_manager",
  "spa_fitness",
  "business_centre",
  "events",
  "sales",
  "purchasing",
  "finance",
  "hr",
  "tech_support",
  "after_sales",
  "production",
  "quality",
  "logistics",
  "reception",
  "administration",
  "executive",
  "it",
  "legal",
  "marketing",
  "rnd",
  "security",
] as const;
export type Kind = (typeof KINDS)[number];

interface KindWords {
  /** Whose kind it is: a hotel's, a company's, or either's. */
  of: "hotel" | "company" | "any";
  /** What a department of this kind is called; also what callers call it. */
  names: { zh: string; en: string };
  /** What callers say when they need it. */
  says: { zh: string; en: string };
  /** What a company's callers say besides (a hotel's callers mean other things by these). */
  companySays?: { zh: string; en: string };
  /** Where its callers go in a directory without such a department, best first. */
  fallback: Kind[];
}

export const KIND_WORDS: Record<Kind, KindWords> = {
  operator: {
    of: "any",
    names: {
      zh: "总机|接线员|话务员|话务台|总机台",
      en: "operator|switchboard|telephone operator",
    },
    says: { zh: "转总机|人工服务|转人工", en: "real person|human" },
    fallback: ["reception", "front_desk"],
  },
  front_desk: {
    of: "hotel",
    names: {
      zh: "前台|总台|前厅|前厅部|接待处|服务台|大堂前台|前台接待",
      en: "front desk|front office|reception|reception desk|guest services|guest relations|front of house",
    },
    says: {
      zh: "入住|办理入住|退房|退个房|结账|结帐|续住|续房|多住一晚|再住一晚|延住|延迟退房|晚点退房|推迟退房|房卡|门卡|房卡失效|房卡坏了|消磁|刷不开|打不开门|进不去房间|进不了房间|锁在门外|换房|换个房间|换一间|换房间|押金|预授权|叫醒|叫醒服务|叫个醒|叫我起床|叫我起来|点叫我|morning call|太吵|很吵|好吵|吵死|吵得|噪音|隔壁|楼上|无线网|wifi密码|上网密码|停车|停车场|车位|寄存贵重|保险柜|医生|药|身份证|登记|入住登记|查房|几点退房|可以早点入住|提前入住|护照|访客|会客|打扰到|邻居",
      en: "check in|check out|late check out|early check in|extend my stay|extend stay|extra night|another night|stay longer|room key|key card|keycard|door card|my key|card doesnt work|key doesnt work|locked out|cant get into my room|change room|change rooms|switch rooms|different room|move room|deposit|wake up call|wakeup call|wake me up|wake me|too loud|loud|noisy|noise|next door|neighbor|neighbour|upstairs|wifi|wi fi|internet password|parking|car park|park my car|doctor|passport|registration|visitor|front desk|lost my key",
    },
    fallback: ["reception", "operator"],
  },
  reservations: {
    of: "hotel",
    names: {
      zh: "预订部|预订中心|订房部|订房中心|预订处|预定部|订房",
      en: "reservations|reservation|bookings|room reservations|reservations office|reservation center",
    },
    says: {
      zh: "订房|订房间|订个房|订一间|订两间|订几间|预订房间|预定房间|预订|预定|订一个房间|房价|房费多少|多少钱一晚|一晚多少|一晚上多少|有房吗|还有房|有没有房|空房|满房|房型|大床房|双床房|标间|标准间|单人间|双人间|套房|家庭房|行政房|海景房|湖景房|取消预订|取消订单|取消预定|修改预订|改预订|改订单|改日期|订单|订单号|确认号|携程|飞猪|美团|booking|长住|月租|团队房|间房|入住日期",
      en: "book a room|book room|booking|reservation|reserve a room|reserve room|make a reservation|room rate|room rates|rate per night|price per night|how much per night|how much is a room|room price|availability|available|vacancy|vacancies|any rooms|rooms available|fully booked|suite|king room|king bed|twin room|double room|single room|family room|deluxe room|cancel my booking|cancel booking|cancel reservation|change my booking|modify my booking|change reservation|booking number|confirmation number|expedia|ctrip|trip com|booking com|nights",
    },
    fallback: ["front_desk"],
  },
  housekeeping: {
    of: "hotel",
    names: {
      zh: "客房部|客房服务中心|客房中心|管家部|客房服务|房务部|楼层服务",
      en: "housekeeping|house keeping|room attendant|housekeeper|rooms division",
    },
    says: {
      zh: "打扫|清洁|保洁|收拾房间|整理房间|做房|毛巾|浴巾|面巾|小毛巾|地巾|浴袍|床单|被子|被套|被罩|毯子|枕头|枕套|牙刷|牙膏|梳子|剃须刀|拖鞋|洗漱用品|洗漱包|洗发水|洗发露|护发素|沐浴露|沐浴液|香皂|肥皂|洗手液|卫生纸|厕纸|纸巾|抽纸|卷纸|洗衣|洗衣服|洗几件衣服|干洗|熨衣服|熨烫|熨斗|烫衣板|加床|加一张床|婴儿床|儿童床|吹风机|电吹风|衣架|矿泉水|瓶装水|饮用水|热水壶|烧水壶|水壶|杯子|茶杯|茶包|茶叶|咖啡包|垃圾|倒垃圾|垃圾桶|房间很脏|房间脏|太脏|很脏|有头发|没换床单|蟑螂|虫子|蚊子|蚊香|请勿打扰|开夜床|针线|针线包|插头转换|转换插头|充电线|雨伞|冰块|衣服要洗|洗衣袋|睡衣|被子太薄|再来一床|加个枕头|床品|备品",
      en: "housekeeping|clean my room|clean the room|room cleaning|cleaning|make up the room|made up|tidy|towel|bath towel|hand towel|face towel|bathrobe|robe|sheet|bed sheet|bedding|linen|blanket|duvet|comforter|pillow|pillowcase|toothbrush|toothpaste|comb|razor|shaving kit|slipper|toiletry|toiletries|shampoo|conditioner|body wash|shower gel|soap|lotion|toilet paper|toilet roll|tissue|tissues|laundry|dry cleaning|ironing|iron|ironing board|press my|extra bed|rollaway|baby cot|cot|crib|hair dryer|hairdryer|hanger|coat hanger|bottled water|bottle of water|bottles of water|water bottle|kettle|cup|mug|glass|tea bag|coffee pod|coffee capsule|trash|rubbish|garbage|bin|empty the|dirty|stain|hair in|cockroach|bug|bugs|insect|mosquito|do not disturb|turndown|turn down service|sewing kit|adapter|plug adapter|umbrella|ice|ice bucket|pajamas|amenities|more pillows|dirty sheets|sheets are dirty|extra blanket",
    },
    fallback: ["front_desk"],
  },
  food_beverage: {
    of: "hotel",
    names: {
      zh: "餐饮部|餐厅|中餐厅|西餐厅|送餐部|客房送餐|酒吧|咖啡厅|大堂吧|宴会厨房|餐饮",
      en: "food and beverage|food & beverage|f&b|restaurant|restaurants|dining|room service|in room dining|bar|lobby bar|cafe|coffee shop|kitchen",
    },
    says: {
      zh: "餐厅|中餐|西餐|自助餐|送餐|客房送餐|送到房间|点餐|叫餐|订餐|点菜|点个菜|早餐|早饭|早点|午餐|午饭|晚餐|晚饭|夜宵|宵夜|吃饭|吃的|饿了|吃点东西|订位|订座|订桌|订个桌|订个位|餐位|位子|人的桌|包间|包厢|菜单|酒吧|大堂吧|咖啡|下午茶|生日蛋糕|蛋糕|外卖|炒饭|面条|一碗面|两碗面|三明治|汉堡|披萨|水果|果盘|红酒|啤酒|饮料|素食|清真|过敏|忌口|餐具|刀叉|筷子|送两份|送一份|来一份|迷你吧|小冰箱|酒水",
      en: "restaurant|room service|in room dining|breakfast|lunch|dinner|brunch|supper|buffet|menu|order food|order some food|food|something to eat|hungry|snack|book a table|table for|reserve a table|table reservation|dinner reservation|lunch reservation|bar|lobby bar|coffee|afternoon tea|tea|cake|birthday cake|sandwich|club sandwich|burger|fries|pizza|pasta|noodle|noodles|soup|salad|fruit|fruit plate|wine|bottle of wine|beer|drink|drinks|cocktail|vegetarian|vegan|halal|gluten|allergy|allergic to|cutlery|chopsticks|minibar|mini bar|meal|meals|takeaway|delivery to my room",
    },
    fallback: ["front_desk"],
  },
  concierge: {
    of: "hotel",
    names: {
      zh: "礼宾部|礼宾|礼宾台|行李部|行李房|金钥匙|旅游服务台",
      en: "concierge|bell desk|bellman|bell captain|luggage desk|porter|guest services desk|tour desk",
    },
    says: {
      zh: "出租车|叫出租车|打车|叫车|叫个车|叫辆车|约车|包车|专车|网约车|滴滴|租车|接机|送机|接站|送站|机场|浦东|虹桥|火车站|高铁站|地铁站|行李|行李寄存|寄存|存行李|存一下|搬行李|拿行李|行李车|门票|订票|机票|火车票|高铁票|车票|船票|演出票|旅游|一日游|景点|好玩|导游|地图|快递|寄快递|包裹|寄东西|怎么走|怎么去|附近|推荐|哪里好吃|航班|迪士尼|外滩|购物|商场|药店|换钱|兑换|翻译|签证",
      en: "concierge|taxi|cab|car service|uber|didi|car to|a car|airport|airport transfer|pick up|pickup|drop off|shuttle|limo|limousine|train station|railway station|metro|subway|luggage|baggage|bag|bags|suitcase|store my luggage|leave my bags|bellboy|porter|ticket|tickets|tour|tours|sightseeing|attraction|attractions|directions|how do i get to|map|courier|package|parcel|mail|send a letter|post|car rental|rent a car|nearby|recommend|recommendation|flight|show|theatre|theater|museum|shopping|mall|pharmacy|currency exchange|exchange money|interpreter|translator|the bund|disney",
    },
    fallback: ["front_desk"],
  },
  engineering: {
    of: "hotel",
    names: {
      zh: "工程部|工程维修|维修部|设备部|工程|维修中心|物业维修",
      en: "engineering|maintenance|facilities|technical services|repairs|building services",
    },
    says: {
      zh: "维修|修理|修一下|修好|~坏了|~坏掉|~不好用|~不能用|~不工作|~没反应|~打不开|~关不上|关不掉|空调|冷气|暖气|地暖|供暖|不制冷|不制热|太热|太冷|好热|好冷|热死|冷死|没有热水|没热水|热水|水温|水压|水很小|水太小|漏水|滴水|渗水|水管|水龙头|龙头|马桶|冲不下去|不冲水|堵了|堵住|堵塞|下水|下水道|下水慢|排水|地漏|水池|洗手池|洗脸池|浴缸|淋浴|花洒|停电|没电|跳闸|断电|插座|开关|灯|灯不亮|灯坏了|灯泡|电视|电视坏了|遥控器|机顶盒|信号|门锁|锁不上|门关不上|窗户|窗帘|保险箱|冰箱|电梯慢|异味|下水道味|噪音大|嗡嗡响|烟雾报警器|烟感|报警器一直响|电话坏了|电话打不通|网速慢|上不了网|网络",
      en: "repair|~broken|~not working|~isnt working|~doesnt work|~dont work|~wont work|~stopped working|fix|maintenance|engineer|air conditioning|air conditioner|aircon|air con|ac|a c|heating|heater|radiator|thermostat|too hot|too cold|freezing|hot water|no hot water|cold water|water pressure|leak|leaking|leaky|dripping|drip|water|pipe|tap|faucet|toilet|flush|wont flush|clogged|clog|blocked|drain|drainage|slow drain|sink|basin|bathtub|tub|shower|shower head|power|power cut|no power|power outage|blackout|electricity|socket|outlet|plug|switch|light|lights|lamp|bulb|tv|television|remote|remote control|channel|door lock|lock|window|curtain|blind|jammed|stuck|safe|fridge|refrigerator|smell|smells|odor|smoke detector|alarm keeps|beeping|phone isnt working|noise from|rattling|buzzing|wifi not working|internet not working|slow internet",
    },
    fallback: ["front_desk", "administration"],
  },
  duty_manager: {
    of: "hotel",
    names: {
      zh: "值班经理|大堂经理|值班主管|宾客关系|客户关系|经理室",
      en: "duty manager|manager on duty|lobby manager|guest relations manager|night manager",
    },
    says: {
      zh: "经理|大堂经理|值班经理|负责人|管事的|领导|主管|找你们经理|找你们领导",
      en: "manager|the manager|person in charge|supervisor|someone in charge|speak to a manager|your boss",
    },
    fallback: ["front_desk", "operator"],
  },
  spa_fitness: {
    of: "hotel",
    names: {
      zh: "水疗中心|水疗|康体中心|康体部|健身中心|健身房|游泳池|泳池|SPA",
      en: "spa|fitness|fitness centre|fitness center|gym|health club|wellness|pool|swimming pool|leisure",
    },
    says: {
      zh: "水疗|按摩|推拿|足疗|足浴|spa|美容|护理|健身|健身房|游泳|泳池|游泳池|桑拿|蒸汽房|瑜伽|跑步机|私教|泳衣|泳帽",
      en: "spa|massage|facial|treatment|manicure|pedicure|gym|fitness|work out|workout|treadmill|swim|swimming|pool|sauna|steam room|jacuzzi|hot tub|yoga|personal trainer",
    },
    fallback: ["front_desk", "concierge"],
  },
  business_centre: {
    of: "hotel",
    names: {
      zh: "商务中心|商务楼层|行政酒廊|行政楼层",
      en: "business centre|business center|executive lounge|club lounge|business services",
    },
    says: {
      zh: "打印|复印|扫描|传真|打印机|复印机|打印登机牌|打印文件|行政酒廊|商务中心|借电脑|用电脑|装订|翻译文件",
      en: "print|printing|printer|print my boarding pass|boarding pass|photocopy|copy|copies|scan|scanner|fax|computer|business centre|business center|executive lounge|club lounge",
    },
    fallback: ["front_desk", "concierge"],
  },
  events: {
    of: "hotel",
    names: {
      zh: "宴会部|会议部|宴会销售|会展部|活动部|婚宴部",
      en: "events|event sales|catering|banqueting|banquet|conference and events|meetings and events|weddings",
    },
    says: {
      zh: "开会|会议|会议室|预订会议室|订会议室|会场|宴会|宴会厅|婚宴|婚礼|办婚礼|结婚|喜宴|寿宴|满月酒|酒席|桌酒|年会|发布会|培训|团建|活动|场地|包场|茶歇|同学会|聚会|公司聚餐|几十桌|二十桌|多少桌",
      en: "event|events|meeting|meeting room|meeting space|conference|conference room|seminar|training room|banquet|banquet hall|ballroom|wedding|wedding package|reception party|party|gala|company dinner|annual dinner|function|function room|venue|catering|coffee break|product launch|team building",
    },
    fallback: ["sales", "food_beverage"],
  },
  sales: {
    of: "any",
    names: {
      zh: "销售部|销售|营销部|营销中心|业务部|销售中心|市场销售部|商务部|销售办公室|国内销售|外贸部|国际贸易部|出口部",
      en: "sales|sales department|sales office|business development|commercial|account management|export|export sales|domestic sales",
    },
    says: {
      zh: "协议价|公司协议|企业价|团购|大客户|客户经理|销售经理|~合作|优惠|折扣|长期合作|签约",
      en: "sales|corporate rate|corporate account|group rate|group booking|discount|account manager|sales rep|salesperson|partnership",
    },
    // A company's customers buy its products; a hotel's ask the price of rooms and meals.
    companySays: {
      zh: "询价|问价|问问价|卖产品|卖东西|报价|报个价|报价单|~多少钱|~价格|~价钱|价目表|价格表|怎么卖|卖不卖|有没有货|现货|订货|下单|下订单|订单|加单|追加|订购|采购你们|买你们|购买|批发|批量|起订量|最小起订|经销|经销商|代理|代理商|加盟|分销|样品价格|合同价|便宜点|业务员|外贸|出口|买一批|买一些|要一批|订一批",
      en: "quote|quotation|~price|~prices|pricing|price list|~how much|~cost|~costs|buy|purchase from you|order|place an order|new order|bulk order|wholesale|minimum order|moq|in stock|stock|distributor|distribution|dealer|reseller|agent|become a distributor|volume discount|catalogue|catalog|export",
    },
    fallback: ["marketing", "reception", "front_desk"],
  },
  purchasing: {
    of: "company",
    names: {
      zh: "采购部|采购|采购中心|采购处|供应链|供应链管理部|物资部|供应部|采办",
      en: "purchasing|procurement|purchase department|supply chain|sourcing|supplies department|vendor management",
    },
    says: {
      zh: "供应商|供货|供应|~我们是做|~我们公司生产|推销|推荐我们的|原材料|原料|材料|钢材|塑料|包装材料|零部件|配件|设备采购|招标|投标|标书|比价|询价单|采购订单|采购合同|入围|供方|送样|样品给你们|合格供方|采购员|采购经理",
      en: "supplier|suppliers|supply you|supplying|vendor|vendors|become a vendor|raw material|raw materials|material|materials|steel|plastic|packaging|components|parts supplier|tender|bid|bidding|rfq|request for quotation|purchase order|po number|procurement|sourcing|buyer|our products to you|sell to you|~we manufacture|we supply",
    },
    fallback: ["administration", "finance"],
  },
  finance: {
    of: "any",
    names: {
      zh: "财务部|财务|财务处|财务中心|财务室|会计部|会计|账务|出纳|结算中心|财会",
      en: "finance|finance department|accounting|accounts|accounts department|accountant|accountancy|billing|treasury|cashier|accounts payable|accounts receivable",
    },
    says: {
      zh: "发票|开发票|开票|开张发票|专票|普票|增值税|发票抬头|抬头|税号|红冲|账单|对账|对账单|账目|账对不上|账不对|付款|收款|!回款|!打款|汇款|转账|!到账|!货款|欠款|结款|款还没|没收到款|款没到|款没收到|款项|结算|应付|应收|退款|退钱|报销|财务|会计|出纳|!多收|!多扣|!扣了两次|!重复扣款|!收错|账单有问题|账单不对|钱算错|扣费|扣款|收费有误|算错|多收费|信用卡|刷了两次|扣了我|扣我|费用|对公|银行账号|银行信息|付款账号|开户行|工资条",
      en: "invoice|invoices|invoicing|fapiao|vat|tax invoice|receipt|bill|billing|billed|statement|statement of account|reconcile|reconciliation|payment|payments|pay|paid|unpaid|overdue|outstanding|remittance|wire|bank transfer|bank details|refund|refunded|reimbursement|reimburse|expense claim|accounts payable|accounts receivable|accountant|accounting|finance|charge|charged|charges|!overcharged|!overcharge|!double charged|!charged twice|two charges|bill is wrong|wrong bill|bill was wrong|mistake on my bill|!dispute a charge|credit card|card was charged|extra charge|dispute|disputed|money back|deduct|deducted|fee|fees",
    },
    fallback: ["front_desk", "administration"],
  },
  hr: {
    of: "any",
    names: {
      zh: "人事部|人事|人力资源部|人力资源|人力|人资|人事行政部|招聘中心|人力资源中心|人事处|人才中心",
      en: "human resources|hr|h r|personnel|people team|people operations|people ops|talent|talent acquisition|recruitment|recruiting",
    },
    says: {
      zh: "招聘|招人|招工|招不招|应聘|求职|找工作|工作机会|职位|岗位|面试|复试|简历|投简历|实习|实习生|应届生|毕业生|校招|普工|在职证明|收入证明|离职证明|工作证明|工资|薪水|薪资|薪酬|工资条|少发|社保|公积金|五险一金|入职|报到|转正|离职|辞职|劳动合同|请假|年假|病假|考勤|培训|员工|员工福利|背景调查|猎头|推荐人才|体检|工伤",
      en: "hr|human resources|job|jobs|job opening|openings|vacancy for|position|hiring|are you hiring|recruit|recruitment|career|careers|apply|application|job application|interview|resume|cv|internship|intern|graduate|employment letter|employment certificate|employment verification|reference check|salary|payroll|payslip|pay slip|wage|wages|benefits|insurance|social insurance|onboarding|start date|first day|new hire|resign|resignation|quit|leave request|annual leave|sick leave|holiday allowance|contract of employment|training|headhunter|recruiter",
    },
    fallback: ["administration", "executive"],
  },
  tech_support: {
    of: "company",
    names: {
      zh: "技术支持部|技术支持|技术服务部|技术服务|技术部|客户技术|应用工程|现场服务|服务工程",
      en: "technical support|tech support|support|technical service|technical services|application engineering|field service|helpdesk|customer support",
    },
    says: {
      zh: "技术支持|技术问题|不会用|怎么用|怎么使用|使用方法|安装|调试|说明书|操作|设置|参数|配置|报错|~故障|故障代码|错误代码|~报警|~死机|~开不了机|~开不开机|~启动不了|~不启动|~不运转|~连不上|~通讯|固件|~升级|~软件|驱动|上门|现场|工程师|技术员|远程|控制器|~设备|~机器|仪器|传感器|面板|显示屏|没显示",
      en: "technical support|tech support|support|how do i use|how to use|install|installation|installing|set up|setup|setting up|configure|configuration|settings|parameter|parameters|manual|instructions|error|error code|error message|fault|fault code|~alarm|~wont start|~wont power on|~doesnt power on|~power on|~boot|~crash|~crashing|firmware|~software|driver|~update|~upgrade|~connect|~connection|troubleshoot|troubleshooting|controller|~device|~machine|~unit|sensor|~display|~panel|engineer visit|technician|on site",
    },
    fallback: ["after_sales", "rnd", "it"],
  },
  after_sales: {
    of: "company",
    names: {
      zh: "售后服务部|售后服务|售后|售后部|客服部|客服|客户服务|客户服务部|客服中心|客户服务中心|呼叫中心|服务中心",
      en: "after sales|after sales service|aftersales|customer service|customer services|customer care|service centre|service center|call centre|call center|returns",
    },
    says: {
      zh: "售后|退货|退换|退换货|换货|换一个|调换|维修|返修|寄修|送修|修理|保修|质保|三包|~坏了|~坏的|损坏|破损|~有问题|~不能用|~用不了|用了几天就|退款|退钱|投诉|客服|寄回|寄回去|返厂|维修进度|延保|上门维修",
      en: "after sales|customer service|customer care|return|returns|return a product|send back|send it back|exchange|replacement|replace|replaced|repair|repairs|repaired|warranty|guarantee|~broken|damaged|defective|faulty|~stopped working|~doesnt work|~not working|refund|send back|send something back|send it back|return it|rma|service request|repair status|under warranty",
    },
    fallback: ["tech_support", "sales", "reception"],
  },
  production: {
    of: "company",
    names: {
      zh: "生产部|生产|生产中心|制造部|制造中心|车间|生产车间|工厂|厂部|生产管理部|生管|计划部|生产计划|PMC|制造",
      en: "production|manufacturing|plant|factory|workshop|shop floor|operations|production planning|assembly|fabrication",
    },
    says: {
      zh: "生产|排产|生产计划|产能|生产进度|做出来|什么时候能做好|什么时候生产|交期|工期|车间|车间主任|厂长|生产线|流水线|产线|加工|做货|赶货|加班生产|开工|停产|机台|班组|班长|工人|操作工|订单进度",
      en: "production|manufacture|manufactured|manufacturing|make our order|produce|produced|production line|assembly line|lead time|capacity|schedule|production schedule|shop floor|workshop|plant manager|factory manager|floor manager|shift|shift supervisor|operator on the line|workers|machining|assembly",
    },
    fallback: ["sales", "logistics"],
  },
  quality: {
    of: "company",
    names: {
      zh: "品质部|品质|质量部|质量|质检部|质检|品管部|品管|品保|质量管理部|质保部|质控|检验科|品控",
      en: "quality|quality assurance|quality control|qa|qc|q a|q c|quality department|inspection",
    },
    says: {
      zh: "质量|品质|质检|品管|质量问题|不良|不良品|次品|不合格|合格证|检验|检测|来料|来料检验|验货|出货检验|抽检|审核工厂|工厂审核|尺寸|公差|瑕疵|缺陷|毛刺|生锈|报告|检测报告|检验报告|质检报告|材质证明|材质单|认证|ISO|体系|审核|验厂|审厂|8D|整改|客诉|批次",
      en: "quality|quality issue|quality problem|quality assurance|quality control|defect|defects|defective|reject|rejects|rejected|nonconformance|non conformance|out of tolerance|tolerance|dimension|dimensions|spec|specification|inspection|inspection report|test report|incoming inspection|certificate|certificate of conformity|certification|iso|audit|factory audit|supplier audit|8d|corrective action|batch|lot|failed inspection",
    },
    fallback: ["production", "after_sales"],
  },
  logistics: {
    of: "company",
    names: {
      zh: "储运部|储运|物流部|物流|仓库|仓储部|仓储|仓管|物流中心|发货部|运输部|货运|收发室|仓储物流部",
      en: "logistics|warehouse|warehousing|shipping|shipping department|dispatch|distribution|transport|transportation|stores|storeroom|goods in|freight",
    },
    says: {
      zh: "发货|发了没|发出|出货|!装货|!卸货|!提货|!拉货|送货|送货单|收货|到货|物流|快递|快递单号|单号|运单|货运|运输|车到了|司机|货车|仓库|仓储|入库|出库|库存|备货|货到哪|货到了|货物|托盘|集装箱|报关|清关|签收|货什么时候",
      en: "ship|shipping|shipment|shipped|dispatch|dispatched|deliver|delivery|deliveries|delivering|pick up goods|collect|collection|pickup|pick up|load|loading|unload|unloading|truck|lorry|driver|courier|tracking|tracking number|waybill|freight|warehouse|inventory|stock level|goods|pallet|container|customs|goods received|arrive|arrival|eta",
    },
    fallback: ["production", "sales", "administration"],
  },
  reception: {
    of: "company",
    names: {
      zh: "前台|前台接待|接待处|接待|总台|服务台|访客中心|总机",
      en: "reception|receptionist|front desk|front office|lobby|main desk|visitor centre",
    },
    says: {
      zh: "前台|接待|来访|拜访|访客|来找人|预约见面|到公司了|到你们公司|在楼下|大厅|转接|总机|留个言",
      en: "reception|receptionist|front desk|visit|visiting|visitor|appointment with|here to see|meeting someone|lobby|downstairs|main office",
    },
    fallback: ["administration", "operator"],
  },
  administration: {
    of: "company",
    names: {
      zh: "行政部|行政|行政管理部|综合部|综合管理部|办公室|后勤部|后勤|总务部|总务|行政后勤|物业|物业管理",
      en: "administration|admin|admin office|general affairs|office management|facilities|facility management|office services|general administration",
    },
    says: {
      zh: "行政|后勤|总务|办公用品|文具|食堂|饭堂|餐厅|开饭|吃饭|菜|宿舍|住宿|员工宿舍|班车|公司车|公车|用车|派车|车辆|司机|会议室|订会议室|门禁|门禁卡|工牌|工卡|饭卡|快递收发|送水|桶装水|绿植|保洁|打扫|维修|空调|水电|物业|钥匙|办公室|工位|车位|停车|团建|福利|节日礼品|订票|订酒店|出差",
      en: "administration|admin|office supplies|stationery|canteen|cafeteria|lunch|meal|dormitory|dorm|accommodation|staff housing|shuttle bus|company car|company van|book a car|driver|meeting room|book a room|access card|badge|id card|key|keys|office|desk|parking space|parking|cleaning|cleaner|water delivery|plants|facilities|maintenance|air conditioning|business trip|travel booking",
    },
    fallback: ["reception", "hr"],
  },
  executive: {
    of: "company",
    names: {
      zh: "总经理办公室|总经办|总裁办|总裁办公室|董事长办公室|董事会办公室|董秘办|经理办公室|总经理室|管理层|高管|董事会|老板办公室|厂长办公室",
      en: "general manager|general managers office|gm office|gm|executive office|office of the ceo|ceo office|managing director|president office|chairman office|board office|management office|executive|leadership",
    },
    says: {
      zh: "总经理|总裁|董事长|老板|老总|总监|一把手|领导|管理层|高层|副总|厂长|~负责人|公司领导|你们老大|CEO|董事会|约见|拜会|会见",
      en: "general manager|gm|ceo|chief executive|managing director|md|president|chairman|chairwoman|owner|boss|the boss|big boss|director|senior management|management|executive|vice president|vp|board|board of directors|founder|head of the company",
    },
    fallback: ["administration", "reception"],
  },
  it: {
    of: "company",
    names: {
      zh: "信息部|信息中心|信息技术部|信息化部|IT部|网管|电脑部|网络中心|数据中心|信息管理部",
      en: "it|information technology|it department|it support|it helpdesk|it help desk|it team|it desk|it guy|it people|it office|it services|it staff|from it|helpdesk|information systems|is department",
    },
    says: {
      zh: "电脑|笔记本|台式机|死机|蓝屏|中病毒|病毒|网络|网断了|断网|上不了网|网速|网络慢|无线|wifi|邮箱|邮件|企业邮箱|登录不了|登不上|密码|重置密码|账号|系统账号|开账号|权限|ERP|OA|系统|服务器|打印机|打印不了|卡纸|扫描仪|投影仪|显示器|键盘|鼠标|软件安装|装软件|VPN|网线|路由器|交换机|电话机|分机坏了",
      en: "it|computer|laptop|pc|desktop|crash|crashing|frozen|blue screen|virus|malware|network|network is down|internet|wifi|wi fi|email|e mail|outlook|log in|login|cant log in|locked out|password|reset my password|account|user account|new account|access rights|permission|permissions|erp|sap|system|server|printer|printer jammed|paper jam|scanner|projector|monitor|keyboard|mouse|software|install software|vpn|router|network cable",
    },
    fallback: ["administration", "tech_support"],
  },
  legal: {
    of: "company",
    names: {
      zh: "法务部|法务|法律事务部|法务中心|法律顾问|合规部|合规|风控法务",
      en: "legal|legal department|legal affairs|legal counsel|counsel|compliance|general counsel|law department",
    },
    says: {
      zh: "法务|合同|合同审核|审合同|合同条款|条款|协议|保密协议|律师|律师函|起诉|诉讼|官司|仲裁|纠纷|争议|违约|侵权|专利侵权|知识产权|商标|版权|法律|法院|传票|合规|授权书|公证",
      en: "legal|lawyer|attorney|solicitor|counsel|contract|contracts|contract review|terms|clause|agreement|nda|non disclosure|confidentiality agreement|lawsuit|sue|litigation|arbitration|dispute|legal dispute|breach|breach of contract|infringement|patent|trademark|copyright|intellectual property|ip|court|subpoena|compliance|power of attorney|cease and desist",
    },
    fallback: ["executive", "administration"],
  },
  marketing: {
    of: "company",
    names: {
      zh: "市场部|市场|市场营销部|品牌部|品牌|公关部|公关|市场中心|企划部|宣传部|媒体部",
      en: "marketing|marketing department|brand|branding|communications|public relations|pr|press office|media relations",
    },
    says: {
      zh: "市场|营销|品牌|品牌合作|广告|投放|推广|宣传|宣传册|画册|资料|样本|展会|参展|展览|展位|博览会|活动赞助|赞助|媒体|记者|采访|专访|报道|杂志|报社|电视台|公关|新闻稿|直播|网红|公众号|抖音|社交媒体|合作推广|联名",
      en: "marketing|brand|branding|advertising|advert|ad|ads|advertisement|promotion|promotional|campaign|brochure|leaflet|flyer|catalogue request|trade show|trade fair|exhibition|exhibit|expo|booth|fair|sponsor|sponsorship|media|press|journalist|reporter|interview|magazine|newspaper|article|tv station|public relations|press release|social media|influencer|co branding",
    },
    fallback: ["sales", "executive"],
  },
  rnd: {
    of: "company",
    names: {
      zh: "研发中心|研发部|研发|研究院|技术中心|研究所|开发部|设计部|工程技术部|产品开发部|实验室",
      en: "r&d|r and d|r d|research and development|research|development|engineering|design|product development|lab|laboratory|innovation",
    },
    says: {
      zh: "研发|研究|开发|新产品|产品开发|定制|定制开发|非标|设计|图纸|方案|打样|样品|样机|原型|技术合作|合作开发|联合开发|产学研|高校|课题|专利申请|工程师|技术交流|实验|测试新|改进设计|参数定制",
      en: "r and d|research|develop|development|co develop|new product|product development|custom|custom design|customised|customized|custom made|bespoke|design|drawing|drawings|cad|prototype|prototyping|sample|samples|engineering team|engineers|technical cooperation|joint development|university|laboratory|lab|innovation|specification change|redesign",
    },
    fallback: ["tech_support", "sales"],
  },
  security: {
    of: "any",
    names: {
      zh: "保安部|保安|保卫部|保卫科|保卫处|安保部|安保|安全部|门卫|门卫室|门岗|保安室|监控室|安全保卫部",
      en: "security|security department|security office|guard|guards|gate|gatehouse|guard house|security desk|safety and security|loss prevention",
    },
    says: {
      zh: "保安|安保|门卫|门岗|大门|厂门|~门口|丢在|落在厂|东西丢|访客登记|登记|进不来|不让进|放行|出门条|!可疑|陌生人|跟踪|跟着我|偷|被偷|偷了|偷走|小偷|失窃|被人拿走|拿走了|丢了|丢东西|东西丢了|手机丢|钱包丢|包丢了|护照丢|电脑丢|钥匙丢|失物|失物招领|捡到|落下|落在|忘在|挡住|挡了|堵住门口|乱停|违停|监控|调监控|录像|~报警|安全|巡逻|翻墙",
      en: "security|guard|gate|front gate|main gate|gatehouse|visitor registration|sign in|visitor pass|not letting me in|!suspicious|stranger|following me|!stolen|!theft|thief|steal|stole|took my|taken my|someone took|lost property|lost and found|lost my|i lost|left my|forgot my|found a|blocking|blocked in|cctv|camera footage|footage|patrol|safety|trespasser|intruder left",
    },
    fallback: ["front_desk", "reception", "administration"],
  },
};
