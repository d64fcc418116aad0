import type { Kind, KindWords } from "./kind.ts";

/** What a hotel's callers say to its own departments. */
export const HOTEL_KINDS = {
  front_desk: {
    of: "hotel",
    names: {
      zh: "前台|总台|前厅|前厅部|接待处|服务台|大堂前台|前台接待|宾客服务中心|宾客服务部|宾客服务|客务中心|总服务台|问询处",
      en: "front desk|front office|reception|reception desk|guest services|guest service|guest services centre|guest service centre|guest relations|front of house",
    },
    says: {
      zh: "入住|办理入住|办入住|退房|退个房|结账|结帐|续住|续房|多住一晚|再住一晚|多住几天|延住|延迟退房|晚点退房|推迟退房|房卡|门卡|房卡失效|房卡坏了|消磁|刷不开|打不开门|进不去房间|进不了房间|锁在门外|换房|换个房间|换一间|换房间|换个房间|换一间|换间房|房间能不能换|房间能换|房间可以换|能看到山|看得到山|能看到湖|看得到湖|能看到海|看得到海|景观更好|押金|退押金|预授权|叫醒|叫醒服务|叫个醒|叫我起床|叫我起来|点叫我|morning call|太吵|很吵|好吵|吵死|吵得|噪音|隔壁|楼上|无线网|wifi密码|上网密码|停车|停车场|车位|寄存贵重|保险柜|医生|药|身份证|登记|入住登记|查房|几点退房|可以早点入住|提前入住|护照|访客|会客|打扫到|打扰到|邻居|问询|咨询一下",
      en: "check in|check out|checking out|late check out|early check in|extend my stay|extend stay|extra night|another night|stay longer|room key|key card|keycard|door card|my key|card doesnt work|key doesnt work|locked out|cant get into my room|change room|change rooms|move to another room|a different room|room with a view|room with a better view|better view|mountain view room|lake view room|sea view room|switch rooms|different room|move room|deposit|wake up call|wakeup call|wake me up|wake me|too loud|loud|noisy|noise|next door|neighbor|neighbour|upstairs|wifi|wi fi|internet password|parking|car park|park my car|doctor|passport|registration|visitor|front desk|lost my key|enquiry|enquiries",
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
      zh: "订房|订房间|订个房|订一间|订两间|订三间|订几间|订间房|预订房间|预定房间|预订|预定|订一个房间|订两晚|订一晚|订三晚|住几晚|房价|房费多少|多少钱一晚|一晚多少|一晚上多少|有房吗|还有房|有没有房|有空房|空房|还有房间|房间还有吗|满房|房型|大床房|双床房|标间|标准间|单人间|双人间|套房|家庭房|行政房|海景房|湖景房|江景房|含早价|双早|连住|取消预订|取消订单|取消预定|取消房间|退订|修改预订|改预订|改订单|改日期|改一下日期|订单|订单号|确认号|携程|飞猪|美团|去哪儿|长住|月租|间房|入住日期|房间预订|网上订的|网上预订|别墅|独栋|独栋别墅|私汤|私汤房|带私汤|温泉房|温泉别墅|木屋|小木屋|树屋|帐篷房|房车营地|亲子房|亲子套房|亲子主题房|主题房",
      en: "book a room|book room|~booking|reservation|reserve a room|reserve room|make a reservation|room rate|room rates|rate per night|price per night|how much per night|how much is a room|room price|availability|available rooms|rooms available|vacancy|vacancies|any rooms|rooms free|room free|free rooms|room for tonight|rooms for|fully booked|suite|king room|king bed|twin room|double room|single room|family room|deluxe room|cancel my booking|cancel booking|cancel reservation|cancel my reservation|change my booking|modify my booking|change reservation|change my reservation|booking number|confirmation number|expedia|ctrip|trip com|booking com|agoda|hotels com|nights|night stay|villa|villas|pool villa|chalet|chalets|cabin|cabins|bungalow|bungalows|treehouse|glamping|lodge room",
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
      zh: "打扫|清洁|保洁|收拾房间|整理房间|做房|做个房|做一下房|打扫卫生|清扫|还没打扫|没打扫|毛巾|浴巾|面巾|小毛巾|地巾|浴袍|床单|被子|被套|被罩|毯子|枕头|枕套|牙刷|牙膏|梳子|剃须刀|拖鞋|洗漱用品|洗漱包|洗发水|洗发露|护发素|沐浴露|沐浴液|香皂|肥皂|洗手液|卫生纸|厕纸|纸巾|抽纸|卷纸|浴帽|棉签|熨斗|烫衣板|加床|加一张床|婴儿床|儿童床|吹风机|电吹风|衣架|矿泉水|瓶装水|饮用水|热水壶|烧水壶|水壶|杯子|茶杯|茶包|茶叶|咖啡包|垃圾|倒垃圾|垃圾桶|房间很脏|房间脏|太脏|很脏|有头发|没换床单|换床单|换毛巾|换被子|蟑螂|虫子|蚊子|蚊香|请勿打扰|开夜床|针线|针线包|插头转换|转换插头|充电线|雨伞|冰块|睡衣|被子太薄|再来一床|加个枕头|再拿|多拿|送点|送两|送一|补充|补一下|床品|备品|客用品|房间有味道",
      en: "housekeeping|clean my room|clean the room|room cleaning|cleaning|make up the room|make up my room|service my room|made up|tidy|tidy up|vacuum|towel|towels|fresh towels|extra towels|bath towel|hand towel|face towel|bathrobe|robe|sheet|bed sheet|bedding|linen|blanket|duvet|comforter|pillow|pillowcase|extra pillow|toothbrush|toothpaste|comb|razor|shaving kit|slipper|toiletry|toiletries|shampoo|conditioner|body wash|shower gel|shower cap|cotton buds|soap|lotion|toilet paper|toilet roll|tissue|tissues|iron|ironing board|extra bed|rollaway|baby cot|cot|crib|hair dryer|hairdryer|hanger|coat hanger|bottled water|bottle of water|bottles of water|water bottle|kettle|cup|mug|glass|tea bag|coffee pod|coffee capsule|trash|rubbish|garbage|bin|empty the|dirty|stain|hair in|cockroach|bug|bugs|insect|mosquito|do not disturb|turndown|turn down service|sewing kit|adapter|plug adapter|umbrella|ice|ice bucket|pajamas|amenities|more pillows|dirty sheets|sheets are dirty|extra blanket|maid|refill|replenish",
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
      zh: "出租车|叫出租车|打车|叫车|叫个车|叫辆车|约车|网约车|滴滴|火车站|高铁站|地铁站|行李|行李寄存|寄存|存行李|存一下|搬行李|拿行李|行李车|行李员|订票|机票|火车票|高铁票|车票|船票|演出票|旅游|一日游|景点|好玩|导游|地图|快递|寄快递|取快递|包裹|寄东西|寄个东西|怎么走|怎么去|附近|推荐|哪里好吃|迪士尼|外滩|西湖|购物|商场|药店|换钱|兑换|翻译|签证|落在出租车|出租车上",
      en: "concierge|taxi|cab|uber|didi|train station|railway station|metro|subway|luggage|baggage|bag|bags|suitcase|store my luggage|leave my bags|bellboy|porter|ticket|tickets|tour|tours|sightseeing|attraction|attractions|directions|how do i get to|map|courier|package|parcel|mail|send a letter|post|nearby|recommend|recommendation|show|theatre|theater|museum|shopping|mall|pharmacy|currency exchange|exchange money|interpreter|translator|the bund|disney|in the taxi|in a taxi",
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
      zh: "水疗|按摩|推拿|足疗|足浴|spa|美容|护理|健身|健身房|游泳|泳池|游泳池|桑拿|蒸汽房|汗蒸|瑜伽|跑步机|私教|教练|泳衣|泳帽|网球|乒乓球|台球|棋牌|健身卡|锻炼|运动|温泉|泡温泉|汤池|露天温泉|温泉池|羽毛球|壁球|篮球|保龄球|KTV|卡拉OK|麻将|麻将房|棋牌室|活动室|游泳班|游泳课|游泳培训|学游泳",
      en: "spa|massage|facial|treatment|manicure|pedicure|gym|fitness|work out|workout|treadmill|swim|swimming|pool|sauna|steam room|jacuzzi|hot tub|yoga|personal trainer|trainer|tennis|court|locker|exercise|hot spring|hot springs|onsen|thermal pool|thermal baths|squash|badminton|basketball|bowling|karaoke|ktv|mahjong|games room|billiards|swimming lessons|swimming lesson|swim lessons|swimming class",
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
} satisfies Partial<Record<Kind, KindWords>>;
