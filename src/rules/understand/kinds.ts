/**
 * What departments do: a built-in, bilingual vocabulary of what callers say to the common
 * departments of hotels and companies. A directory department gets its kind from `kind:`, or
 * from its name and description; its own keywords add to its kind's words.
 *
 * Phrases are separated by "|". Chinese phrases are found anywhere in what was said, English ones
 * as whole words (stemmed, so "towel" also finds "towels"). Prefer the words that name the thing
 * a caller needs ("毛巾", "invoice") over whole sentences: they hold in any phrasing. A phrase
 * lives with the most particular kind that does the work ("提单" with documentation, not
 * logistics); a directory without that kind hands it to the kind's `parent`, then its `fallback`.
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
  "partners",
  "purchasing",
  "tendering",
  "finance",
  "hr",
  "tech_support",
  "customer_success",
  "after_sales",
  "production",
  "quality",
  "safety",
  "projects",
  "design",
  "logistics",
  "warehouse",
  "transport",
  "freight",
  "customs",
  "documentation",
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
  /**
   * The broader kind this one is part of ("warehouse" of "logistics"): in a directory without a
   * department of this kind, the parent's department does this work too, and hears its words as
   * surely as its own.
   */
  parent?: Kind;
  /** Where its callers go in a directory without such a department (nor its parent), best first. */
  fallback: Kind[];
}

export const KIND_WORDS: Record<Kind, KindWords> = {
  operator: {
    of: "any",
    names: {
      zh: "总机|接线员|话务员|话务台|总机台",
      en: "operator|switchboard|telephone operator",
    },
    says: {
      zh: "转总机|人工服务|转人工|人工客服|找人工|接人工|真人|接线员",
      en: "real person|human|actual person|live person|a person please",
    },
    fallback: ["reception", "front_desk"],
  },
  front_desk: {
    of: "hotel",
    names: {
      zh: "前台|总台|前厅|前厅部|接待处|服务台|大堂前台|前台接待|宾客服务中心|宾客服务部|宾客服务|客务中心|总服务台|问询处",
      en: "front desk|front office|reception|reception desk|guest services|guest service|guest services centre|guest service centre|guest relations|front of house",
    },
    says: {
      zh: "入住|办理入住|办入住|退房|退个房|结账|结帐|续住|续房|多住一晚|再住一晚|多住几天|延住|延迟退房|晚点退房|推迟退房|房卡|门卡|房卡失效|房卡坏了|消磁|刷不开|打不开门|进不去房间|进不了房间|锁在门外|换房|换个房间|换一间|换房间|押金|退押金|预授权|叫醒|叫醒服务|叫个醒|叫我起床|叫我起来|点叫我|morning call|太吵|很吵|好吵|吵死|吵得|噪音|隔壁|楼上|无线网|wifi密码|上网密码|停车|停车场|车位|寄存贵重|保险柜|医生|药|身份证|登记|入住登记|查房|几点退房|可以早点入住|提前入住|护照|访客|会客|打扫到|打扰到|邻居|问询|咨询一下",
      en: "check in|check out|checking out|late check out|early check in|extend my stay|extend stay|extra night|another night|stay longer|room key|key card|keycard|door card|my key|card doesnt work|key doesnt work|locked out|cant get into my room|change room|change rooms|switch rooms|different room|move room|deposit|wake up call|wakeup call|wake me up|wake me|too loud|loud|noisy|noise|next door|neighbor|neighbour|upstairs|wifi|wi fi|internet password|parking|car park|park my car|doctor|passport|registration|visitor|front desk|lost my key|enquiry|enquiries",
    },
    fallback: ["reception", "operator"],
  },
  reservations: {
    of: "hotel",
    names: {
      zh: "预订部|预订中心|订房部|订房中心|预订处|预定部|订房|客房预订|预订",
      en: "reservations|reservation|room reservations|reservations office|reservation center|reservations centre|reservations department",
    },
    says: {
      zh: "订房|订房间|订个房|订一间|订两间|订三间|订几间|订间房|预订房间|预定房间|预订|预定|订一个房间|订两晚|订一晚|订三晚|住几晚|房价|房费多少|多少钱一晚|一晚多少|一晚上多少|有房吗|还有房|有没有房|有空房|空房|还有房间|房间还有吗|满房|房型|大床房|双床房|标间|标准间|单人间|双人间|套房|家庭房|行政房|海景房|湖景房|江景房|含早价|双早|连住|取消预订|取消订单|取消预定|取消房间|退订|修改预订|改预订|改订单|改日期|改一下日期|订单|订单号|确认号|携程|飞猪|美团|去哪儿|长住|月租|间房|入住日期|房间预订|网上订的|网上预订",
      en: "book a room|book room|~booking|reservation|reserve a room|reserve room|make a reservation|room rate|room rates|rate per night|price per night|how much per night|how much is a room|room price|availability|available rooms|rooms available|vacancy|vacancies|any rooms|rooms free|room free|free rooms|room for tonight|rooms for|fully booked|suite|king room|king bed|twin room|double room|single room|family room|deluxe room|cancel my booking|cancel booking|cancel reservation|cancel my reservation|change my booking|modify my booking|change reservation|change my reservation|booking number|confirmation number|expedia|ctrip|trip com|booking com|agoda|hotels com|nights|night stay",
    },
    fallback: ["front_desk"],
  },
  housekeeping: {
    of: "hotel",
    names: {
      zh: "客房部|客房服务中心|客房中心|管家部|客房服务|房务部|楼层服务|客房管家",
      en: "housekeeping|house keeping|room attendant|housekeeper|rooms division|housekeeping department",
    },
    says: {
      zh: "打扫|清洁|保洁|收拾房间|整理房间|做房|做个房|做一下房|打扫卫生|清扫|还没打扫|没打扫|毛巾|浴巾|面巾|小毛巾|地巾|浴袍|床单|被子|被套|被罩|毯子|枕头|枕套|牙刷|牙膏|梳子|剃须刀|拖鞋|洗漱用品|洗漱包|洗发水|洗发露|护发素|沐浴露|沐浴液|香皂|肥皂|洗手液|卫生纸|厕纸|纸巾|抽纸|卷纸|浴帽|棉签|洗衣|洗衣服|洗几件衣服|干洗|送洗|熨衣服|熨烫|熨斗|烫衣板|加床|加一张床|婴儿床|儿童床|吹风机|电吹风|衣架|矿泉水|瓶装水|饮用水|热水壶|烧水壶|水壶|杯子|茶杯|茶包|茶叶|咖啡包|垃圾|倒垃圾|垃圾桶|房间很脏|房间脏|太脏|很脏|有头发|没换床单|换床单|换毛巾|换被子|蟑螂|虫子|蚊子|蚊香|请勿打扰|开夜床|针线|针线包|插头转换|转换插头|充电线|雨伞|冰块|衣服要洗|洗衣袋|睡衣|被子太薄|再来一床|加个枕头|再拿|多拿|送点|送两|送一|补充|补一下|床品|备品|客用品|房间有味道",
      en: "housekeeping|clean my room|clean the room|room cleaning|cleaning|make up the room|make up my room|service my room|made up|tidy|tidy up|vacuum|towel|towels|fresh towels|extra towels|bath towel|hand towel|face towel|bathrobe|robe|sheet|bed sheet|bedding|linen|blanket|duvet|comforter|pillow|pillowcase|extra pillow|toothbrush|toothpaste|comb|razor|shaving kit|slipper|toiletry|toiletries|shampoo|conditioner|body wash|shower gel|shower cap|cotton buds|soap|lotion|toilet paper|toilet roll|tissue|tissues|laundry|laundry bag|dry cleaning|ironing|iron|ironing board|press my|extra bed|rollaway|baby cot|cot|crib|hair dryer|hairdryer|hanger|coat hanger|bottled water|bottle of water|bottles of water|water bottle|kettle|cup|mug|glass|tea bag|coffee pod|coffee capsule|trash|rubbish|garbage|bin|empty the|dirty|stain|hair in|cockroach|bug|bugs|insect|mosquito|do not disturb|turndown|turn down service|sewing kit|adapter|plug adapter|umbrella|ice|ice bucket|pajamas|amenities|more pillows|dirty sheets|sheets are dirty|extra blanket|maid|refill|replenish",
    },
    fallback: ["front_desk"],
  },
  food_beverage: {
    of: "hotel",
    names: {
      zh: "餐饮部|餐厅|中餐厅|西餐厅|送餐部|客房送餐|酒吧|咖啡厅|大堂吧|宴会厨房|餐饮|自助餐厅|日料|中餐|西餐",
      en: "food and beverage|food & beverage|f&b|restaurant|restaurants|dining|room service|in room dining|bar|lobby bar|cafe|coffee shop|kitchen",
    },
    says: {
      zh: "餐厅|中餐|西餐|自助餐|送餐|客房送餐|送到房间|送餐服务|点餐|叫餐|订餐|点菜|点个菜|早餐|早饭|早点|午餐|午饭|晚餐|晚饭|夜宵|宵夜|吃饭|吃的|饿了|吃点东西|用餐|订位|订座|订桌|订个桌|订个位|餐位|位子|人的桌|包间|包厢|菜单|酒吧|大堂吧|咖啡|下午茶|生日蛋糕|蛋糕|外卖|炒饭|面条|一碗面|两碗面|三明治|汉堡|披萨|水果|果盘|红酒|啤酒|饮料|素食|清真|过敏|忌口|餐具|刀叉|筷子|送两份|送一份|来一份|迷你吧|小冰箱|酒水|厨师|请客吃饭|宴请",
      en: "restaurant|room service|in room dining|breakfast|lunch|dinner|brunch|supper|buffet|menu|order food|order some food|food|something to eat|hungry|snack|book a table|table for|reserve a table|table reservation|dinner reservation|lunch reservation|bar|lobby bar|coffee|afternoon tea|tea|cake|birthday cake|sandwich|club sandwich|burger|fries|pizza|pasta|noodle|noodles|soup|salad|fruit|fruit plate|wine|bottle of wine|beer|drink|drinks|cocktail|vegetarian|vegan|halal|gluten|allergy|allergic to|cutlery|chopsticks|minibar|mini bar|meal|meals|takeaway|delivery to my room|dining|chef",
    },
    fallback: ["front_desk"],
  },
  concierge: {
    of: "hotel",
    names: {
      zh: "礼宾部|礼宾|礼宾台|行李部|行李房|金钥匙|旅游服务台|礼宾服务",
      en: "concierge|bell desk|bellman|bell captain|luggage desk|porter|guest services desk|tour desk",
    },
    says: {
      zh: "出租车|叫出租车|打车|叫车|叫个车|叫辆车|约车|包车|专车|网约车|滴滴|租车|接机|送机|接送机|机场接送|接站|送站|去机场|到机场|机场|浦东|虹桥|萧山|火车站|高铁站|地铁站|行李|行李寄存|寄存|存行李|存一下|搬行李|拿行李|行李车|行李员|门票|订票|机票|火车票|高铁票|车票|船票|演出票|旅游|一日游|景点|好玩|导游|地图|快递|寄快递|取快递|包裹|寄东西|寄个东西|怎么走|怎么去|附近|推荐|哪里好吃|航班|迪士尼|外滩|西湖|购物|商场|药店|换钱|兑换|翻译|签证|落在出租车|出租车上",
      en: "concierge|taxi|cab|car service|uber|didi|car to|a car|airport|airport transfer|pick up|pickup|drop off|shuttle|limo|limousine|train station|railway station|metro|subway|luggage|baggage|bag|bags|suitcase|store my luggage|leave my bags|bellboy|porter|ticket|tickets|tour|tours|sightseeing|attraction|attractions|directions|how do i get to|map|courier|package|parcel|mail|send a letter|post|car rental|rent a car|nearby|recommend|recommendation|flight|show|theatre|theater|museum|shopping|mall|pharmacy|currency exchange|exchange money|interpreter|translator|the bund|disney|in the taxi|in a taxi",
    },
    fallback: ["front_desk"],
  },
  engineering: {
    of: "hotel",
    names: {
      zh: "工程部|工程维修部|工程维修|维修部|设备部|工程|维修中心|物业维修|工程维护部",
      en: "engineering|maintenance|engineering and maintenance|facilities|technical services|repairs|building services",
    },
    says: {
      zh: "维修|修理|修一下|修好|报修|找人来修|派人来修|来修|师傅来|维修工|~坏了|~坏掉|~不好用|~不能用|~不工作|~没反应|~打不开|~关不上|关不掉|空调|冷气|暖气|地暖|供暖|不制冷|不制热|太热|太冷|好热|好冷|热死|冷死|没有热水|没热水|热水|水温|水压|水很小|水太小|漏水|滴水|渗水|水管|水龙头|龙头|马桶|冲不下去|不冲水|堵了|堵住|堵塞|下水|下水道|下水慢|排水|地漏|水池|洗手池|洗脸池|浴缸|淋浴|花洒|停电|没电|跳闸|断电|插座|开关|灯|灯不亮|灯坏了|灯泡|电视|电视坏了|没信号|遥控器|机顶盒|信号|门锁|锁不上|门关不上|窗户|窗帘|保险箱|冰箱|电梯|电梯慢|电梯响|异响|响声|怪声|咔咔|嗡嗡|吱吱|异味|下水道味|噪音大|嗡嗡响|烟雾报警器|烟感|报警器一直响|电话坏了|电话打不通|网速慢|上不了网|网络|天花板|墙上",
      en: "repair|~broken|~not working|~isnt working|~doesnt work|~dont work|~wont work|~stopped working|fix|maintenance|engineer|handyman|air conditioning|air conditioner|aircon|air con|ac|a c|heating|heater|radiator|thermostat|too hot|too cold|freezing|hot water|no hot water|cold water|water pressure|leak|leaking|leaky|dripping|drip|water|pipe|tap|faucet|toilet|flush|wont flush|clogged|clog|blocked|drain|drainage|slow drain|sink|basin|bathtub|tub|shower|shower head|power|power cut|no power|power outage|blackout|electricity|socket|outlet|plug|switch|light|lights|lamp|bulb|tv|television|remote|remote control|channel|no signal|door lock|lock|window|curtain|blind|jammed|stuck|safe|fridge|refrigerator|smell|smells|odor|smoke detector|alarm keeps|beeping|phone isnt working|noise from|rattling|buzzing|grinding|squeaking|weird noise|strange noise|lift|elevator|wifi not working|internet not working|slow internet|ceiling",
    },
    fallback: ["front_desk", "administration"],
  },
  duty_manager: {
    of: "hotel",
    names: {
      zh: "值班经理|大堂经理|大堂副理|值班主管|宾客关系|客户关系|经理室",
      en: "duty manager|manager on duty|lobby manager|assistant manager|guest relations manager|night manager",
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
      zh: "水疗中心|水疗|康体中心|康体部|康乐中心|康乐部|健身中心|健身房|游泳池|泳池|SPA|会所",
      en: "spa|fitness|fitness centre|fitness center|gym|health club|wellness|pool|swimming pool|leisure|leisure centre|recreation|recreation centre|recreation center",
    },
    says: {
      zh: "水疗|按摩|推拿|足疗|足浴|spa|美容|护理|健身|健身房|游泳|泳池|游泳池|桑拿|蒸汽房|汗蒸|瑜伽|跑步机|私教|教练|泳衣|泳帽|网球|乒乓球|台球|棋牌|健身卡|锻炼|运动",
      en: "spa|massage|facial|treatment|manicure|pedicure|gym|fitness|work out|workout|treadmill|swim|swimming|pool|sauna|steam room|jacuzzi|hot tub|yoga|personal trainer|trainer|tennis|court|locker|exercise",
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
      zh: "打印|复印|扫描|传真|打印机|复印机|打印登机牌|登机牌|打印文件|行政酒廊|商务中心|借电脑|用电脑|装订|翻译文件|快印",
      en: "print|printing|printer|print my boarding pass|boarding pass|photocopy|copy|copies|scan|scanner|fax|computer|business centre|business center|executive lounge|club lounge",
    },
    fallback: ["front_desk", "concierge"],
  },
  events: {
    of: "hotel",
    names: {
      zh: "宴会部|会议部|宴会销售|会展部|活动部|婚宴部|会议中心|宴会厅",
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
      zh: "销售部|销售|营销部|营销中心|业务部|销售中心|市场销售部|商务部|销售办公室|国内销售|外贸部|国际贸易部|出口部|进出口部|进出口业务部|进出口|贸易部|国际业务部|营业部|大客户部",
      en: "sales|sales department|sales office|business development|commercial|account management|export|export sales|domestic sales|import and export|import & export|key accounts|new business",
    },
    says: {
      zh: "协议价|公司协议|协议酒店|企业价|企业客户|团购|大客户|客户经理|销售经理|~合作|优惠|折扣|长期合作|签约|团队|团队房|团房|旅游团|旅行团|旅行社|会议团|团队入住|多间房|批量订房|长包房|包房价",
      en: "sales|corporate rate|corporate account|group rate|group booking|groups|group of|tour group|travel agency|tour operator|block of rooms|rooms for a group|discount|account manager|sales rep|salesperson|partnership|negotiated rate",
    },
    // A company's customers buy its products; a hotel's ask the price of rooms and meals.
    companySays: {
      zh: "询价|问价|问问价|卖产品|卖东西|报价|报个价|报价单|~多少钱|~价格|~价钱|~收费|怎么收费|怎么卖|卖不卖|价目表|价格表|收费标准|有没有货|现货|订货|下单|下订单|订单|加单|追加|订购|采购你们|买你们|想买|购买|批发|批量|起订量|最小起订|样品价格|合同价|便宜点|业务员|外贸|出口|买一批|买一些|要一批|订一批|了解一下产品|产品介绍|产品咨询|产品演示|演示|购买意向|采购意向|合作意向|商务合作|方案报价|进口|代理进口|代理出口|进出口|外贸订单|贸易|货源|找货源|采购一批|~坐席|买坐席|几个坐席",
      en: "quote|quotation|~price|~prices|pricing|price list|~how much|~cost|~costs|buy|buying|purchase from you|order|place an order|new order|bulk order|wholesale|minimum order|moq|in stock|stock|volume discount|catalogue|catalog|~export|demo|product demo|licence|license|licenses|seats|plans|pricing plans|interested in your|learn more about|source|sourcing from|looking to source|looking to buy|looking to import|import from|importing|trade order|trade orders",
    },
    fallback: ["marketing", "reception", "front_desk"],
  },
  partners: {
    of: "company",
    names: {
      zh: "渠道合作部|渠道部|渠道|渠道中心|渠道管理部|渠道合作|合作伙伴部|生态合作部|代理商管理部|经销商管理部|招商部|加盟部|渠道销售部",
      en: "channel partnerships|channel|channels|channel sales|partnerships|partners|partner program|partner team|alliances|reseller program|franchise|franchising",
    },
    says: {
      zh: "代理|代理商|做代理|当代理|代理权|区域代理|独家代理|经销|经销商|做经销|分销|分销商|渠道|渠道合作|合作伙伴|返点|返利|佣金|授权代理|加盟|招商|转售|二级代理",
      en: "!reseller|!resellers|resell|reselling|channel|channel partner|partner|partners|partner program|!distributor|!distributors|distribution partner|!become a distributor|!become a reseller|!become a partner|dealer|dealers|~agent|agency|referral|referral partner|commission|rebate|white label|franchise|var",
    },
    parent: "sales",
    fallback: ["sales"],
  },
  purchasing: {
    of: "company",
    names: {
      zh: "采购部|采购|采购中心|采购处|供应链|供应链管理部|物资部|供应部|采办|物资设备部|设备物资部|物资采购部|物资供应部|材料部|设备部|材料设备部",
      en: "purchasing|procurement|purchase department|supply chain|sourcing department|supplies department|vendor management|materials|materials and equipment|materials & equipment|plant and equipment|equipment|plant hire",
    },
    says: {
      zh: "供应商|供货|供应|给你们供货|给你们供应|~我们是做|~我们公司生产|~我们厂|推销|推荐我们的|原材料|原料|~材料|材料供应|钢材|钢筋|水泥|商砼|砂石|木材|模板|塑料|包装材料|零部件|配件|设备采购|采购订单|采购合同|比价|询价单|入围|供方|送样|样品给你们|合格供方|采购员|采购经理|设备租赁|机械租赁|租赁|租设备|出租设备|租一台|挖掘机|挖机|铲车|装载机|塔吊租|吊车租|起重机租|发电机|脚手架租|办公家具|劳保用品",
      en: "supplier|suppliers|supply you|supplying|vendor|vendors|become a vendor|raw material|raw materials|material|materials|steel|rebar|cement|timber|plastic|packaging|components|parts supplier|purchase order|po number|procurement|buyer|our products to you|sell to you|~we manufacture|we supply|we produce|offer our|plant hire|equipment hire|equipment rental|hire out|rent|rental|excavator|digger|crane hire|cranes|generator|scaffolding hire",
    },
    fallback: ["administration", "finance"],
  },
  tendering: {
    of: "company",
    names: {
      zh: "招投标部|招投标|投标部|招标部|招标办|招标中心|投标中心|市场经营部|经营部|投标办",
      en: "tendering|tenders|tender office|bids|bidding|bid office|estimating|pre contracts|pre construction",
    },
    says: {
      zh: "!招标|!投标|!标书|招标文件|投标文件|中标|开标|评标|招标公告|资格预审|投标保证金|保证金|标底|控制价|工程量清单|报名投标|购买标书|买标书|标段|比选|招标代理|参加投标|投个标",
      en: "!tender|!tenders|tendering|!bid|!bids|!bidding|tender documents|bid documents|prequalification|pre qualification|bid bond|tender notice|awarded|rfp|request for proposal|estimate|estimating|bill of quantities|boq",
    },
    fallback: ["purchasing", "sales"],
  },
  finance: {
    of: "any",
    names: {
      zh: "财务部|财务|财务处|财务中心|财务室|会计部|会计|账务|出纳|结算中心|财会|资金部|审计部",
      en: "finance|finance department|accounting|~accounts|accounts department|accountant|accountancy|billing|treasury|cashier|accounts payable|accounts receivable",
    },
    says: {
      zh: "!发票|!开发票|!开票|开张发票|专票|普票|增值税|发票抬头|抬头|税号|红冲|账单|对账|对账单|账目|账对不上|账不对|付款|收款|!回款|!打款|汇款|转账|!到账|!货款|欠款|欠我们|拖欠|结款|款还没|没收到款|款没到|款没收到|款项|结算|应付|应收|退款|退钱|退费|报销|财务|会计|出纳|!多收|!多扣|!扣了两次|!重复扣款|!收错|账单有问题|账单不对|钱算错|扣费|扣款|收费有误|算错|多收费|信用卡|刷了两次|扣了我|扣我|费用|对公|银行账号|银行信息|付款账号|开户行|工资条|!工程款|!进度款|尾款|质保金|付钱|什么时候付|还没付|没付|付了没|运费|费用清单",
      en: "!invoice|!invoices|!invoiced|invoicing|fapiao|vat|tax invoice|receipt|bill|billing|billed|billed twice|statement|statement of account|reconcile|reconciliation|payment|payments|pay|paid|unpaid|overdue|outstanding|remittance|wire|bank transfer|bank details|refund|refunded|reimbursement|reimburse|expense claim|accounts payable|accounts receivable|accountant|accounting|finance|charge|charged|charges|!overcharged|!overcharge|!double charged|!charged twice|!invoiced twice|two charges|bill is wrong|wrong bill|bill was wrong|mistake on my bill|!dispute a charge|credit card|card was charged|extra charge|dispute|disputed|money back|deduct|deducted|fee|fees|owe|owe us|owed|you owe|been paid|paid yet|progress payment|retention|retention money",
    },
    fallback: ["front_desk", "administration"],
  },
  hr: {
    of: "any",
    names: {
      zh: "人事部|人事|人力资源部|人力资源|人力|人资|人事行政部|招聘中心|人力资源中心|人事处|人才中心|人力资源科",
      en: "human resources|hr|h r|personnel|people team|people operations|people ops|talent|talent acquisition|recruitment|recruiting",
    },
    says: {
      zh: "!招聘|招人|招工|!招不招|!在招|!还招|!应聘|!求职|!找工作|工作机会|职位|岗位|!面试|复试|!简历|!投简历|实习|实习生|应届生|毕业生|校招|社招|普工|在职证明|收入证明|离职证明|工作证明|工资|薪水|薪资|薪酬|工资条|少发|社保|公积金|五险一金|入职|报到|转正|离职|辞职|劳动合同|劳动关系|劳务合同|请假|年假|病假|考勤|~培训|员工|员工关系|员工福利|背景调查|猎头|推荐人才|体检|工伤认定|工伤赔偿|人事",
      en: "hr|human resources|job|jobs|job opening|job openings|vacancy for|position|!hiring|!are you hiring|recruit|recruitment|career|careers|!apply for a job|!apply for the|!job application|~application|interview|resume|cv|internship|intern|graduate|employment letter|employment certificate|employment verification|reference check|salary|payroll|payslip|pay slip|wage|wages|~benefits|~insurance|social insurance|onboarding|start date|first day|new hire|resign|resignation|quit|leave request|annual leave|sick leave|holiday allowance|contract of employment|employment contract|employee relations|~training|headhunter|recruiter|work for you|join your team",
    },
    fallback: ["administration", "executive"],
  },
  tech_support: {
    of: "company",
    names: {
      zh: "技术支持部|技术支持|技术服务部|技术服务|技术部|客户技术|应用工程|现场服务|服务工程|技术支持中心|技术服务中心|客户支持|支持中心",
      en: "technical support|tech support|support|technical service|technical services|application engineering|field service|helpdesk|customer support|support centre|support center|service desk",
    },
    says: {
      zh: "技术支持|技术问题|不会用|怎么用|怎么使用|使用方法|使用问题|操作问题|安装|调试|说明书|操作|设置|怎么设置|怎么配置|参数|配置|报错|一直报错|错误|~故障|故障代码|错误代码|~报警|~死机|~开不了机|~开不开机|~启动不了|~不启动|~不运转|~连不上|~通讯|固件|~升级|~软件|驱动|上门|现场|工程师|技术员|远程|控制器|~设备|~机器|仪器|传感器|面板|显示屏|没显示|你们系统|你们的系统|你们那个系统|系统挂了|系统崩了|系统打不开|系统用不了|挂了|崩了|宕机|打不开了|~登不上|~登录不了|~登录不上|后台|进不去后台|接口|API|对接|集成|调不通|调用失败|回调|同步失败|数据丢了|数据不见了|用不了|无法使用|卡顿|很卡|加载不出来|白屏|闪退|bug|工单|版本|~坐席|机器人|插件|服务中断|收不到消息|发不出去",
      en: "technical support|tech support|support|how do i use|how to use|install|installation|installing|set up|setup|setting up|configure|configuration|settings|parameter|parameters|manual|instructions|error|errors|error code|error message|fault|fault code|~alarm|~wont start|~wont power on|~doesnt power on|~power on|~boot|~crash|~crashing|~crashed|firmware|~software|~driver|~update|~upgrade|~connect|~connection|troubleshoot|troubleshooting|controller|~device|~machine|~unit|sensor|~display|~panel|engineer visit|technician|bug|bugs|glitch|outage|~is down|~went down|system down|not loading|wont load|~cant log in|~cannot log in|~cant log into|~login|~log in|api|webhook|webhooks|integration|integrated|integrate|sdk|endpoint|server error|500 error|sync|syncing|dashboard|console|admin panel|backend|your platform|your system|your app|your software|the platform|agents cant|chat widget|chats|ticket|tickets|export my|timeout|timing out|latency",
    },
    fallback: ["after_sales", "rnd", "it"],
  },
  customer_success: {
    of: "company",
    names: {
      zh: "客户成功部|客户成功|客户成功中心|客户成功团队|大客户服务部|客户经理部|客户运营部|实施部|实施交付部|交付中心|项目实施部|客户发展部",
      en: "customer success|client success|customer success team|customer experience|implementation|onboarding team|professional services|client services|customer success management",
    },
    says: {
      zh: "续费|续约|续签|续订|到期|快到期|合同到期|升级套餐|套餐升级|加坐席|增加坐席|增加账号|加账号|客户培训|产品培训|使用培训|培训一下|约个培训|上线|实施|部署|交付|开通|新客户|使用情况|客户经理|专属顾问|客户成功|满意度|回访|账号管理|续期",
      en: "renewal|renew|renewing|subscription renewal|contract renewal|expire|expiring|expiry|upgrade our plan|upgrade plan|add seats|add users|more licenses|more seats|customer training|product training|train our team|training for our|onboarding|implementation|go live|rollout|account manager|customer success manager|csm|success manager|quarterly review|adoption|usage report",
    },
    fallback: ["after_sales", "sales", "tech_support"],
  },
  after_sales: {
    of: "company",
    names: {
      zh: "售后服务部|售后服务|售后|售后部|客服部|客服|客户服务|客户服务部|客服中心|客户服务中心|呼叫中心|服务中心|业主服务中心|业主服务|客户关系部|客户服务处",
      en: "after sales|after sales service|aftersales|customer service|customer services|customer care|service centre|service center|call centre|call center|returns|homeowner service|homeowner services|homeowner service centre|client care",
    },
    says: {
      zh: "售后|退货|退换|退换货|换货|换一个|调换|维修|返修|寄修|送修|修理|报修|保修|质保|三包|~坏了|~坏的|损坏|破损|~有问题|~不能用|~用不了|用了几天就|~退款|~退钱|客服|寄回|寄回去|返厂|维修进度|延保|上门维修|业主|我是业主|业主服务|交房|收房|验房|房子|房屋|墙裂|墙面开裂|开裂|裂缝|裂了|渗水|漏水|返潮|发霉|空鼓|瓷砖|门窗|防水|货物查询|查询货物|查一下货|物流跟踪|跟踪",
      en: "after sales|customer service|customer care|return|returns|return a product|send back|send it back|exchange|replacement|replace|replaced|repair|repairs|repaired|warranty|guarantee|~broken|damaged|defective|faulty|~stopped working|~doesnt work|~not working|~refund|send something back|return it|rma|service request|repair status|under warranty|homeowner|my home|my apartment|my flat|my house|handover|defect|defects|crack|cracks|cracked|leak|leaking|damp|mould|mold|an update on|update on my",
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
      zh: "生产|排产|生产计划|产能|生产进度|做出来|什么时候能做好|什么时候生产|交期|车间|车间主任|厂长|生产线|流水线|产线|加工|做货|赶货|加班生产|开工生产|停产|机台|班组长|工人|操作工|订单进度",
      en: "production|manufacture|manufactured|manufacturing|make our order|produce|produced|production line|assembly line|lead time|capacity|production schedule|shop floor|workshop|plant manager|factory manager|floor manager|shift|shift supervisor|operator on the line|workers|machining|assembly",
    },
    fallback: ["sales", "logistics"],
  },
  quality: {
    of: "company",
    names: {
      zh: "品质部|品质|质量部|质量|质检部|质检|品管部|品管|品保|质量管理部|质保部|质控|检验科|品控|质量技术部|技术质量部|质量技术|质安部",
      en: "quality|quality assurance|quality control|qa|qc|q a|q c|quality department|inspection|quality and technical|quality & technical|technical and quality",
    },
    says: {
      zh: "质量|品质|质检|品管|质量问题|不良|不良品|次品|不合格|合格证|检验|检测|来料|来料检验|验货|出货检验|抽检|审核工厂|工厂审核|尺寸|公差|瑕疵|缺陷|毛刺|生锈|报告|检测报告|检验报告|质检报告|材质证明|材质单|认证|ISO|体系|审核|验厂|审厂|8D|整改|客诉|批次|验收|工程验收|竣工验收|分部验收|验收资料|隐蔽工程|试块|强度|混凝土强度|回弹|施工方案|技术方案|专项方案|方案审批|技术交底|质量检查|第三方检测|规范|标准|监理",
      en: "quality|quality issue|quality problem|quality assurance|quality control|defect|defects|defective|reject|rejects|rejected|nonconformance|non conformance|out of tolerance|tolerance|dimension|dimensions|spec|specification|inspection|inspection report|test report|incoming inspection|certificate|certificate of conformity|certification|iso|audit|factory audit|supplier audit|8d|corrective action|batch|lot|failed inspection|acceptance|acceptance inspection|method statement|method statements|test results|concrete strength|cube test|standards|technical proposal",
    },
    fallback: ["production", "after_sales"],
  },
  safety: {
    of: "company",
    names: {
      zh: "安全环保部|安全部|安全生产部|安全管理部|安全环境部|安环部|安全监察部|安监部|HSE部|EHS部|环境安全部|安全科|安全处|安全质量环保部",
      en: "safety|safety and environment|safety & environment|health and safety|health & safety|hse|ehs|she|safety department|environment health and safety|safety office",
    },
    says: {
      zh: "安全检查|安全培训|安全教育|三级教育|安全事故|事故报告|报事故|报告事故|报一个事故|事故调查|工伤事故|事故|隐患|安全隐患|未遂|未遂事件|差点出事|险些|安全整改|违章|安全帽|劳保|防护用品|特种作业|动火|动火证|作业票|高处作业|安全员|安全交底|环保|环评|排污|污水|扬尘|环境监测|危废|消防检查|应急演练|安全生产|安全许可|安全|环境",
      en: "safety|health and safety|safety inspection|safety training|safety induction|induction|accident report|incident report|report an accident|report an incident|report a near miss|near miss|incident|accident|hazard|hazards|unsafe|ppe|hard hat|hard hats|hi vis|permit to work|hot work permit|risk assessment|toolbox talk|environmental|environment|emissions|dust|pollution|waste disposal|hazardous waste|noise monitoring|safety officer|hse|ehs|inspector",
    },
    fallback: ["security", "administration"],
  },
  projects: {
    of: "company",
    names: {
      zh: "工程管理部|项目管理部|项目部|工程部|工程项目部|施工管理部|项目管理中心|项目中心|工程中心|工程管理中心|项目管理",
      en: "project management|projects|project office|pmo|construction management|site management|construction|project management office|projects department",
    },
    says: {
      zh: "项目|项目上|项目部|项目经理|项目进度|工程进度|进度|工期|~工地|施工|施工现场|~现场|进场|退场|分包|分包单位|分包商|劳务|劳务队|协调|现场协调|甲方|总包|施工单位|开工|停工|复工|竣工|完工|交叉作业|场地移交|施工许可|施工进度|赶工|工程队|包工头|工长|楼盘|标段施工",
      en: "project|projects|project manager|project team|~site|site manager|site office|construction site|subcontractor|subcontractors|subcontract|main contractor|contractor|programme|schedule|progress|site coordination|site access|works|construction|foreman|~job site|~on site|~the site",
    },
    fallback: [],
  },
  design: {
    of: "company",
    names: {
      zh: "设计院|设计部|设计中心|设计所|设计研究院|建筑设计院|设计室|设计事务所",
      en: "design institute|design|design department|architecture|architectural design|design office|design studio",
    },
    says: {
      zh: "图纸|施工图|设计变更|设计图|效果图|蓝图|出图|改图|审图|图审|结构设计|建筑设计|方案设计|深化设计|设计方案|设计费|设计师|建筑师|结构计算|变更单",
      en: "drawing|drawings|design change|design changes|blueprint|blueprints|architect|architectural|structural design|redesign|revision|revised drawings|shop drawings|cad|rendering|renderings",
    },
    parent: "rnd",
    fallback: ["rnd", "projects"],
  },
  logistics: {
    of: "company",
    names: {
      zh: "储运部|储运|物流部|物流|物流中心|发货部|货运|收发室|仓储物流部|供应链物流",
      en: "logistics|shipping|shipping department|distribution|logistics department",
    },
    says: {
      zh: "发货|发了没|发出|出货|送货|送货单|收货|到货|物流|物流信息|查物流|快递|快递单号|单号|运单|运单号|货运|运输|货到哪|柜子到哪|箱子到哪|货到了|到哪了|到哪里了|到哪儿了|什么时候到|货物|签收|配送|货什么时候",
      en: "ship|shipping|shipment|shipments|shipped|deliver|delivery|deliveries|delivering|tracking|tracking number|track my|track the|waybill|goods|arrive|arrival|eta|consignment|where is my order|where is my shipment|where is my container|where is my cargo|where are my goods|status of my shipment",
    },
    fallback: [
      "after_sales",
      "warehouse",
      "transport",
      "freight",
      "production",
      "sales",
      "administration",
    ],
  },
  warehouse: {
    of: "company",
    names: {
      zh: "仓储部|仓库|仓储|仓管|仓储中心|库房|物流仓|保税仓|配送中心|仓储管理部|仓库管理",
      en: "warehouse|warehousing|stores|storeroom|distribution centre|distribution center|goods in",
    },
    says: {
      zh: "仓库|仓储|入库|出库|进仓|入仓|出仓|库存|盘点|备货|拣货|上架|库位|货架|托盘|仓储费|存储|存货|放货|仓单|入仓单|卸货|装货|仓库收货|送货进仓|货在仓库|提货|来提货|提一下货",
      en: "warehouse|warehousing|storage|store our goods|stock|inventory|stock level|stock count|goods in|goods out|goods received|pallet|pallets|racking|collect from the warehouse|pick up from the warehouse|unload|unloading|loading dock|dock",
    },
    parent: "logistics",
    fallback: ["logistics", "production"],
  },
  transport: {
    of: "company",
    names: {
      zh: "运输部|运输调度中心|调度中心|运输调度|车队|运输中心|调度室|调度|车辆调度|运输车队",
      en: "transport|transportation|transport dispatch|dispatch|fleet|haulage|trucking|transport department",
    },
    says: {
      zh: "派车|派个车|调车|调度|车队|集卡|拖车|拖柜|提柜|还柜|送柜|装柜|拖回|拉货|拉一车|送一车|司机|车到哪|车到了没|车子|货车|卡车|大车|挂车|车牌|车辆|上门提货|装车|短驳|港区|码头|提箱|集装箱",
      en: "truck|trucks|lorry|trailer|haulage|haul|container haulage|driver|drivers|pickup|pick up|collection|collect the goods|fleet|dispatch|dispatcher|send a truck|book a truck|delivery truck|van|drayage|port pickup|container|containers",
    },
    parent: "logistics",
    fallback: ["logistics", "administration"],
  },
  freight: {
    of: "company",
    names: {
      zh: "货代部|货代|货运代理|国际货运|国际物流部|海运部|空运部|订舱部|航运部|船务部|船务|货运代理部",
      en: "freight forwarding|freight|forwarding|ocean freight|air freight|sea freight|shipping agency|forwarder|freight department",
    },
    says: {
      zh: "订舱|舱位|船期|船公司|开船|截关|截港|甩柜|甩货|改船|换船|换一条船|改配|船晚了|船延误|船期延误|延误|海运|空运|铁运|中欧班列|班列|拼箱|整柜|小柜|大柜|高柜|运价|海运费|空运费|运费报价|目的港|起运港|航线|舱单|订个舱|赶不上船|赶船|装船|预配|船",
      en: "freight|freight rate|freight rates|freight quote|ocean freight|sea freight|air freight|rail freight|book space|booking space|space on|vessel|sailing|sailing schedule|shipping line|carrier|container rates|fcl|lcl|port of loading|port of discharge|destination port|transit time|transshipment|rolled|cut off|forwarder|forwarding|ship to|shipment to|by sea|by air",
    },
    parent: "logistics",
    fallback: ["logistics", "sales"],
  },
  customs: {
    of: "company",
    names: {
      zh: "关务部|关务|报关部|清关部|通关部|关务中心|报关行|报关",
      en: "customs|customs affairs|customs brokerage|customs clearance|customs department|brokerage",
    },
    says: {
      zh: "报关|清关|通关|海关|商检|检验检疫|查验|扣货|被扣|扣了|海关扣|关税|税率|HS编码|归类|申报|进口申报|出口申报|报关单|报关资料|清关资料|清关文件|退运|监管仓|许可证|核销|进口税|缴税|放行|到港",
      en: "customs|clearance|customs clearance|clear customs|declaration|import declaration|export declaration|customs declaration|duty|duties|tariff|tariffs|hs code|held by customs|held at customs|customs hold|stuck in customs|customs broker|broker|quarantine|import license|import licence|import permit",
    },
    parent: "logistics",
    fallback: ["logistics", "freight", "sales"],
  },
  documentation: {
    of: "company",
    names: {
      zh: "单证部|单证|单证中心|单证科|制单|文件部|单证组",
      en: "documentation|documents|shipping documents|docs|documentation department",
    },
    says: {
      zh: "提单|~提单号|海运提单|正本提单|电放|改单|产地证|原产地证|信用证|单据|不符点|箱单|装箱单|商业发票|单证|制单|寄单|交单|议付|熏蒸证|形式发票|证书",
      en: "bill of lading|b l|telex release|original bill|certificate of origin|letter of credit|lc|l c|documents|document|packing list|commercial invoice|shipping documents|discrepancy|discrepancies|draft bl|amendment|fumigation certificate",
    },
    parent: "logistics",
    fallback: ["logistics", "customs", "freight"],
  },
  reception: {
    of: "company",
    names: {
      zh: "前台|前台接待|接待处|接待|总台|服务台|访客中心|总机",
      en: "reception|receptionist|front desk|front office|lobby|main desk|visitor centre",
    },
    says: {
      zh: "前台|接待|来访|拜访|访客|来找人|预约见面|到公司了|到你们公司|在楼下|大厅|转接|总机|留个言|快递|收快递|送快递|放前台|外卖",
      en: "reception|receptionist|front desk|visit|visiting|visitor|appointment with|here to see|meeting someone|lobby|downstairs|main office|courier|parcel|package",
    },
    fallback: ["administration", "operator"],
  },
  administration: {
    of: "company",
    names: {
      zh: "行政部|行政|行政管理部|综合部|综合管理部|办公室|行政办公室|后勤部|后勤|总务部|总务|行政后勤|物业|物业管理|综合办",
      en: "administration|admin|admin office|administration office|general affairs|office management|facilities|facility management|office services|general administration",
    },
    says: {
      zh: "行政|后勤|总务|办公用品|文具|食堂|饭堂|开饭|宿舍|员工宿舍|班车|公司车|公车|用车|派车|车辆|会议室|订会议室|会务|门禁|门禁卡|工牌|工卡|饭卡|快递收发|送水|桶装水|绿植|保洁|打扫|空调|水电|物业|钥匙|工位|车位|团建|福利|节日礼品|订票|订酒店|出差|来访接待|接待安排",
      en: "administration|admin|office supplies|stationery|canteen|cafeteria|dormitory|dorm|accommodation|staff housing|shuttle bus|company car|company cars|company van|book a car|meeting room|meeting rooms|book a room|access card|badge|id card|key|keys|desk|parking space|cleaning|cleaner|water delivery|plants|facilities|air conditioning|business trip|travel booking",
    },
    fallback: ["reception", "hr"],
  },
  executive: {
    of: "company",
    names: {
      zh: "总经理办公室|总经办|总裁办|总裁办公室|董事长办公室|董事会办公室|董秘办|经理办公室|总经理室|管理层|高管|董事会|老板办公室|厂长办公室|CEO办公室",
      en: "general manager|general managers office|gm office|gm|executive office|office of the ceo|ceo office|managing director|president office|chairman office|chairmans office|board office|management office|executive|leadership",
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
      zh: "电脑|我的电脑|笔记本|台式机|死机|蓝屏|中病毒|病毒|内网|网断了|断网|上不了网|网速|网络慢|网络|无线|wifi|邮箱|邮件|企业邮箱|~登录不了|~登不上|~密码|重置密码|忘记密码|密码忘了|~账号|开账号|员工账号|开通账号|权限|ERP|OA|钉钉|企业微信|飞书|~系统|服务器|打印机|打印不了|卡纸|扫描仪|投影仪|显示器|键盘|鼠标|软件安装|装软件|VPN|网线|路由器|交换机|电话机|分机坏了|工位电脑",
      en: "it|computer|my computer|laptop|my laptop|pc|desktop|crash|crashing|frozen|blue screen|virus|malware|network|network is down|internet|wifi|wi fi|email|e mail|outlook|~log in|~login|~cant log in|~locked out|~password|reset my password|password reset|forgot my password|forgot the password|email password|~account|user account|new account|access rights|permission|permissions|erp|sap|~system|server|printer|printer jammed|paper jam|scanner|projector|monitor|keyboard|mouse|install software|vpn|intranet|router|network cable",
    },
    fallback: ["administration", "tech_support"],
  },
  legal: {
    of: "company",
    names: {
      zh: "法务部|法务|法律事务部|法务中心|法律顾问|合规部|合规|风控法务|合同法务部|合同部|合约部|合同管理部|法律部",
      en: "legal|legal department|legal affairs|legal counsel|counsel|compliance|general counsel|law department|contracts|contracts and legal|contracts & legal|contract management",
    },
    says: {
      zh: "法务|合同|合同审核|审合同|合同条款|条款|协议|用户协议|隐私政策|保密协议|律师|律师函|起诉|诉讼|官司|仲裁|纠纷|争议|违约|侵权|专利侵权|知识产权|商标|版权|法律|法院|传票|合规|授权书|公证|索赔|签证单|变更索赔|数据安全|个人信息",
      en: "legal|lawyer|attorney|solicitor|counsel|contract|contracts|contract review|terms|clause|agreement|nda|non disclosure|confidentiality agreement|lawsuit|sue|litigation|arbitration|dispute|legal dispute|breach|breach of contract|infringement|patent|trademark|copyright|intellectual property|ip|court|subpoena|compliance|power of attorney|cease and desist|gdpr|data privacy|privacy policy|data protection|claim|claims|variation|terms of service",
    },
    fallback: ["executive", "administration"],
  },
  marketing: {
    of: "company",
    names: {
      zh: "市场部|市场|市场营销部|品牌部|品牌|公关部|公关|市场中心|企划部|宣传部|媒体部|品牌市场部",
      en: "marketing|marketing department|brand|branding|communications|public relations|pr|press office|media relations",
    },
    says: {
      zh: "市场|营销|品牌|品牌合作|广告|投放|推广|宣传|宣传册|画册|资料|样本|展会|参展|展览|展位|博览会|活动赞助|赞助|媒体|媒体合作|!记者|!采访|专访|报道|杂志|报社|电视台|公关|新闻稿|直播|网红|公众号|抖音|社交媒体|合作推广|联名|市场活动",
      en: "marketing|brand|branding|advertising|advert|ad|ads|advertisement|promotion|promotional|campaign|brochure|leaflet|flyer|catalogue request|trade show|trade fair|exhibition|exhibit|expo|booth|fair|sponsor|sponsorship|media|press|!journalist|!reporter|interview|magazine|newspaper|article|tv station|public relations|press release|social media|influencer|co branding|podcast|blog|webinar|case study",
    },
    fallback: ["sales", "executive"],
  },
  rnd: {
    of: "company",
    names: {
      zh: "研发中心|研发部|研发|研究院|技术中心|研究所|开发部|工程技术部|产品开发部|实验室|产品中心",
      en: "r&d|r and d|r d|r&d centre|r&d center|research and development|research|development|engineering|product development|lab|laboratory|innovation|product team|product management",
    },
    says: {
      zh: "研发|研究|开发|定制开发|新产品|产品开发|定制|非标|方案|打样|样品|样机|原型|技术合作|合作开发|联合开发|产学研|高校|课题|专利申请|工程师|技术交流|实验|测试新|改进设计|参数定制|新功能|功能需求|需求|产品建议|产品经理|路线图|私有化部署|二次开发",
      en: "r and d|research|develop|development|co develop|new product|product development|custom|custom design|customised|customized|custom made|bespoke|prototype|prototyping|sample|samples|engineering team|engineers|technical cooperation|joint development|university|laboratory|lab|innovation|specification change|feature request|new feature|roadmap|product manager|on premise|on prem|custom development",
    },
    fallback: ["tech_support", "sales"],
  },
  security: {
    of: "any",
    names: {
      zh: "保安部|保安|保卫部|保卫科|保卫处|安保部|安保|门卫|门卫室|门岗|保安室|监控室|安全保卫部|大厦安保|安保中心|物业安保|传达室|消防控制室",
      en: "security|security department|security office|guard|guards|gate|gatehouse|guard house|security desk|building security|loss prevention|security control room",
    },
    says: {
      zh: "保安|安保|门卫|门岗|~大门|~厂门|~门口|~在门口|~到门口|~到大门|丢在|落在厂|东西丢|访客登记|进不来|进不去|不让进|开门|开一下门|放我进去|让我进|放行|出门条|道闸|抬杆|!可疑|陌生人|跟踪|跟着我|偷|被偷|偷了|偷走|小偷|失窃|被人拿走|拿走了|丢了|丢东西|东西丢了|手机丢|钱包丢|包丢了|护照丢|电脑丢|钥匙丢|失物|失物招领|捡到|遗失|落下|落在|忘在|刮了|被刮|车被刮|刮花|车被撞|挡住|挡路|挡了|堵住门口|乱停|违停|!监控|调监控|看监控|录像|~报警|~安全|巡逻|翻墙|醉汉|喝醉|吵架",
      en: "security|guard|gate|front gate|main gate|gatehouse|at the gate|let me in|let us in|cant get in|visitor registration|sign in|visitor pass|barrier|not letting me in|!suspicious|stranger|following me|!stolen|!theft|thief|steal|stole|took my|taken my|someone took|lost property|lost and found|lost my|i lost|left my|~forgot my|found a|scratched|dented|blocking|blocking my car|cctv|camera footage|footage|patrol|~safety|trespasser|intruder left|drunk|argument",
    },
    fallback: ["front_desk", "reception", "administration"],
  },
};
