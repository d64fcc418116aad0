import type { Kind, KindWords } from "./kind.ts";

/**
 * What diners, hosts, franchisees, landlords and suppliers say to a restaurant group's own
 * departments: table bookings, banquets and parties, takeaway and delivery, membership and gift
 * cards, franchising, store operations, food safety, the central kitchen, and companies' bulk
 * orders (festive gift boxes, company catering). A hotel's restaurants are its food and beverage
 * department and its banquets its events office, whose names these share: a hotel reads them as
 * its own, a restaurant group as these. Each falls back only to another of these, so a hotel's or
 * a factory's callers never reach a department by them.
 */
export const DINING_KINDS = {
  table_booking: {
    of: "company",
    names: {
      zh: "订座中心|订座部|订座热线|订位中心|订位部|订位热线|订位台|订餐中心|订餐部|订餐热线|预订中心|预订部|预订台|预订热线|预定中心|预定部|餐厅预订|餐厅订位|餐位预订|预订服务中心|预订客服|门店预订",
      en: "reservations|reservation|table reservations|table reservation|table bookings|table booking|bookings|booking line|booking centre|booking center|booking desk|reservations centre|reservations center|reservation centre|reservation center|reservations line|reservations desk|reservations team|restaurant reservations|dining reservations",
    },
    says: {
      zh: "订位|订个位|订座|订个座|订座位|订桌|订个桌|订张桌|订一桌|订两桌|留位|留个位|留座|留个座|订包间|订个包间|订包厢|订个包厢|包间|包厢|雅间|大厅|散座|卡座|靠窗|窗边|几位|两位|三位|四位|五位|六位|八位|十位|几个人|两个人|四个人|十个人|有位吗|有位置吗|有没有位|有没有位置|还有位|还有位置|有空位|满了吗|订满|订得到|排队|排号|取号|拿号|等位|等多久|要等多久|叫号|过号|线上排队|网上排队|改时间|改到|推迟|提前|取消预订|取消订位|取消预定|退订|迟到|晚点到|晚到|到店|最后点餐|最低消费|包间低消|低消|包间费|包厢费|服务费|茶位费|开瓶费|儿童椅|宝宝椅|无障碍|订到位|订到位置|订到座|订得到位|订不到位|订唔到|还能订|能不能订|母亲节|父亲节|情人节|七夕|平安夜|跨年",
      en: "book a table|booking a table|table for|a table|reserve a table|reserve a private room|reservation|reservations|table booking|booking for|book for|private room|private dining|private dining room|window table|table by the window|outside table|terrace table|booth|party of|people at|for two|for four|for six|for eight|walk in|walk ins|waitlist|waiting list|queue|queue number|how long is the wait|wait time|running late|change my booking|change the booking|change my reservation|cancel my booking|cancel my reservation|cancel the booking|last orders|last order|minimum spend|minimum charge|service charge|corkage|high chair|wheelchair access|mothers day|fathers day|valentines|christmas eve|new years eve",
    },
    fallback: ["banquets", "store_operations"],
  },
  banquets: {
    of: "company",
    names: {
      zh: "宴会部|宴会中心|宴会预订部|宴会预订中心|宴会销售部|宴会营销部|宴会服务部|宴席部|宴席中心|婚宴部|婚宴中心|婚宴预订|婚宴销售部|喜宴部|包席部|婚礼部|婚庆部|婚宴婚礼部|宴会婚庆部",
      en: "banquets|banquet|banqueting|banquet sales|banquet reservations|banquet office|banquet department|weddings and banquets|banquets and weddings|wedding banquets|wedding banquet|private events|private parties|events and banquets|banquets and events|group dining|group bookings|party bookings|functions|function bookings|weddings|weddings and events|banquets & weddings|wedding and banquets",
    },
    says: {
      zh: "宴会|宴席|酒席|摆酒|办酒|办酒席|请酒|摆几桌|摆席|几桌|多少桌|十桌|二十桌|三十桌|一桌多少钱|每桌|按桌|桌数|桌餐|围餐|婚宴|喜宴|喜酒|结婚|订婚|订婚宴|回门宴|寿宴|做寿|祝寿|生日宴|满月酒|满月宴|百日宴|周岁宴|升学宴|谢师宴|乔迁宴|家宴|家庭聚会|团圆饭|年夜饭|团年饭|年夜饭预订|公司聚餐|年会|尾牙|春茗|庆功宴|答谢宴|同学会|同学聚会|战友聚会|聚会|派对|包场|整场|宴会厅|宴会菜单|宴会套餐|婚宴套餐|婚宴菜单|试菜|定金|订金|预付|场地布置|舞台|司仪|婚庆|音响|投影|大屏|烟酒|酒水",
      en: "banquet|banquets|wedding banquet|wedding dinner|wedding reception|wedding|engagement party|birthday banquet|birthday party|birthday dinner|70th birthday|80th birthday|full moon|one month celebration|anniversary dinner|graduation dinner|family reunion|reunion dinner|new year dinner|chinese new year dinner|spring festival dinner|company dinner|annual dinner|christmas party|office party|team dinner|group dinner|group booking|large group|big group|party|private party|function|tables|how many tables|per table|price per table|banquet menu|menu per head|per head|per person|buyout|exclusive use|whole restaurant|hire the restaurant|deposit|menu tasting|decorations|stage|mc|sound system|projector|set menu for",
    },
    fallback: ["table_booking", "store_operations"],
  },
  delivery: {
    of: "company",
    names: {
      zh: "外卖部|外卖中心|外卖运营部|外卖事业部|外卖组|外卖服务部|外送部|外送中心|外送服务部|外卖外送部|外卖配送部|配送服务部|到家事业部|到家业务部|线上订餐部|线上业务部|外卖客服|外卖热线|订餐配送中心",
      en: "delivery service|delivery services|delivery team|delivery and takeaway|takeaway and delivery|takeaway|takeout|take out|takeaway orders|delivery orders|online orders|online ordering|home delivery|food delivery|delivery operations|to go",
    },
    says: {
      zh: "外卖|叫外卖|点外卖|订外卖|外卖单|外卖订单|外送|送餐|送外卖|配送|送到|送过来|送上门|送货上门|能送吗|送不送|送不送到|能不能送|配送范围|送多远|起送|起送价|配送费|打包费|餐盒费|骑手|外卖员|送餐员|外卖小哥|美团|饿了么|美团外卖|外卖平台|自提|到店自取|自取|打包|打包带走|带走|送错|送错了|漏送|少送|少了一份|少了个|少给|缺了|没给|撒了|洒了|汤洒了|漏了|包装破|送晚了|送得慢|超时|还没送到|没送到|一直没到|等了一个小时|餐凉了|凉了|冷了|不热|外卖差评|差评|外卖退款|退单|取消订单|订单号|地址写错|改地址|备注|餐具|不要餐具|发票|外卖小程序",
      en: "delivery|deliver|delivered|deliveries|takeaway|take away|takeout|take out|to go|order online|online order|ordered online|my order|our order|the order|order number|app order|delivery app|delivery driver|driver|rider|courier|meituan|eleme|ele me|uber eats|deliveroo|doordash|grubhub|foodpanda|grabfood|missing item|missing items|something missing|wrong order|wrong item|wrong food|order is late|order hasnt arrived|hasnt arrived|never arrived|still waiting for|cold food|food was cold|arrived cold|spilled|spilt|leaking|packaging|delivery fee|minimum order|delivery area|deliver to|do you deliver|how far do you deliver|pick up|pickup|collect|collection|click and collect|cancel my order|refund for my order|cutlery",
    },
    fallback: ["store_operations"],
  },
  dining_membership: {
    of: "company",
    names: {
      zh: "会员运营部|会员营销部|会员与礼品卡|会员卡中心|卡券中心|卡券部|礼品卡部|礼品卡中心|储值卡部|储值卡中心|储值中心",
      en: "membership and gift cards|membership & gift cards|loyalty and gift cards|rewards club|gift cards|gift card|gift card services|vouchers|gift vouchers|gift vouchers and cards|stored value cards|customer loyalty",
    },
    says: {
      zh: "会员|会员卡|办会员|办卡|开卡|充值|储值|储值卡|充值卡|余额|卡里余额|卡里的钱|卡里钱|余额不对|扣错|退卡|退余额|卡丢了|挂失|补卡|转赠|积分|积分兑换|积分没到|会员积分|会员价|会员日|会员折扣|打折|折扣|优惠|优惠券|代金券|满减券|抵用券|券|团购|团购券|抖音券|美团券|核销|券不能用|用不了券|券过期|过期了|延期|礼品卡|礼品券|提货券|礼券|购物卡|储值送|充多少送|买卡|批量买卡|企业采购卡|员工福利卡|生日福利|生日券|生日优惠|小程序|公众号|会员等级|升级|黑金|金卡|注册|绑定|手机号换了|改手机号|个人信息",
      en: "membership|member|members|member card|membership card|loyalty|loyalty card|loyalty points|points|reward|rewards|reward points|stamp card|top up|topped up|stored value|balance|card balance|gift card|gift cards|gift voucher|gift vouchers|voucher|vouchers|coupon|coupons|promo code|discount code|discount|member price|member discount|expired|expiry|extend the voucher|redeem|redeem my|cant redeem|voucher wont work|coupon doesnt work|refund the balance|lost my card|buy gift cards|bulk gift cards|corporate gift cards|birthday reward|birthday voucher|sign up|app account|mini program|change my phone number",
    },
    fallback: ["store_operations"],
  },
  franchising: {
    of: "company",
    names: {
      zh: "加盟部|加盟中心|加盟招商部|加盟招商中心|招商加盟部|招商加盟中心|加盟发展部|加盟事业部|加盟管理部|加盟服务部|特许经营部|特许经营中心|开发拓展部|门店拓展部|拓店部|选址部|选址拓展部|联营合作部",
      en: "franchising|franchise|franchise development|franchise sales|franchise enquiries|franchise inquiries|franchise partners|franchise relations|franchise support|franchisee services|franchising and expansion|store development|new store development|site acquisition",
    },
    says: {
      zh: "加盟|想加盟|能加盟吗|可以加盟吗|加盟费|加盟条件|加盟政策|加盟流程|加盟多少钱|加盟店|加盟商|开店|开个店|开一家|开家店|开分店|开连锁|合伙|合作开店|联营|代理|区域代理|省代|总代|城市合伙人|品牌授权|授权|特许经营|投资|投资多少|要投多少|回本|回本周期|利润|加盟商培训|店长培训|装修支持|带店|选址|店铺选址|铺面|门面|门脸|商铺|铺位|店面|旺铺|转让|店铺转让|房东|出租|租给你们|招租|商场招商|购物中心|综合体|物业|合作商场|进驻|入驻|开在|来我们这开|加盟店投诉|加盟商投诉",
      en: "franchise|franchises|franchising|franchisee|franchisees|franchise fee|franchise fees|franchise opportunity|franchise opportunities|franchise agreement|master franchise|area developer|become a franchisee|open a franchise|open a restaurant|open a branch|open a store|open an outlet|open one in|own restaurant|investment|invest|investor|return on investment|payback|territory|exclusive territory|licence|license|licensing|partner with you|partnership|site|sites|location|locations|premises|unit|landlord|shopping centre|shopping center|mall|property|space for lease|space to let|lease|leasing|new store|new opening|expansion",
    },
    fallback: ["store_operations"],
  },
  store_operations: {
    of: "company",
    names: {
      zh: "营运部|营运中心|营运管理部|营运管理中心|运营管理部|门店运营部|门店运营中心|门店管理部|门店管理中心|门店营运部|餐厅营运部|餐厅运营部|区域营运部|区域运营部|督导部|督导中心|店务部|店务管理部|连锁运营部|连锁营运部|营运督导部|服务督导部",
      en: "restaurant operations|outlet operations|area operations|area management|regional operations|shop operations|branch operations|restaurant management",
    },
    says: {
      zh: "门店|店里|你们店|你们的店|这家店|那家店|哪家店|分店|店长|店经理|餐厅经理|领班|闭店|停业|装修停业|歇业|搬了|搬迁|神秘顾客|巡店|出品|出品标准|服务标准|标准化|人手|人手不够|调配|调人|排班|营业额|业绩|日报|报表|督导|门店检查|门店装修",
      en: "store|stores|outlet|outlets|branch|branches|restaurant manager|store manager|mystery shopper|area manager|our branch|our restaurant|our store|staffing|rota|roster|service standards|store audit|sales figures|takings",
    },
    fallback: [],
  },
  food_safety: {
    of: "company",
    names: {
      zh: "食品安全部|食品安全中心|食品安全管理部|食品安全办公室|食安部|食安中心|食安办|食品质量安全部",
      en: "food safety|food safety department|food safety office|food safety team|food hygiene|food standards",
    },
    says: {
      zh: "食品安全|食安|吃坏|吃坏了|吃坏肚子|吃了拉肚子|吃完拉肚子|吃完肚子疼|吃完肚子痛|吃了肚子疼|吃了不舒服|吃完不舒服|吃完吐|吃了吐|上吐下泻|拉肚子|腹泻|肠胃炎|食物中毒|中毒|送医院|去医院|住院|过敏|过敏了|吃完过敏|起疹子|异物|吃出|吃出来|里面有|菜里有|饭里有|汤里有|头发|一根头发|毛发|虫子|虫|苍蝇|蟑螂|小强|老鼠|钢丝球|钢丝|塑料|塑料片|玻璃|玻璃渣|石子|沙子|指甲|创可贴|不新鲜|变质|馊了|馊味|臭了|发臭|酸了|坏了|过期|过期食品|发霉|长毛|生的|没熟|不熟|没煮熟|半生|夹生|血水|地沟油|回收油|卫生|后厨卫生|不卫生|卫生差|健康证|明厨亮灶|抽检|检测报告|检测|留样|食品检测|农残|添加剂|市场监管|市场监督|监管局|食药监|12315|12345|曝光|媒体|索赔|赔偿|医药费|检查报告",
      en: "food safety|food poisoning|poisoning|got sick|sick after|ill after|unwell after|made me sick|made us sick|stomach ache|stomach pain|stomach upset|upset stomach|vomiting|threw up|throwing up|diarrhoea|diarrhea|hospital|allergic reaction|reaction|allergen|allergens|allergy|hair in|a hair|foreign object|found a|something in my food|bug|bugs|insect|fly|cockroach|rat|mouse|glass|plastic|metal|wire|stone|undercooked|raw|not cooked|pink|bloody|off|gone off|rotten|spoiled|spoilt|stale|smelled bad|smelled off|expired|past its date|mouldy|moldy|mould|mold|hygiene|unhygienic|dirty kitchen|health inspection|inspector|inspection report|test report|lab test|compensation|medical bills|report you",
    },
    fallback: ["store_operations"],
  },
  central_kitchen: {
    of: "company",
    names: {
      zh: "中央厨房|中央厨房配送中心|中央工厂|中央加工厂|中央加工中心|中厨配送中心|中央厨房事业部|食品加工中心|加工配送中心|生产配送中心|中心厨房|集中加工中心|预制菜工厂|半成品工厂",
      en: "central kitchen|central kitchens|central production kitchen|central production unit|production kitchen|commissary|commissary kitchen|food production|food processing centre|food processing center|kitchen production and distribution",
    },
    says: {
      zh: "中央厨房|央厨|中厨|半成品|成品|预制菜|料包|酱料|底料|汤底|调料包|标准化|加工|生产|产能|配送|配货|送货|到货|订货|要货|叫货|报货|补货|缺货|断货|少送|多送|送错货|货不对|货少了|数量不对|冷冻|冷藏|冷链|冷链车|温度|化冻|保质期|生产日期|批次|送货时间|收货|验收|退货|换货|退回|配送单|送货单|单据|出库|入库|门店订货|订货系统|配送车|货车|司机|几点到|什么时候到|明天的货|今天的货|大货|外销|代加工|OEM|贴牌|团餐配送",
      en: "central kitchen|commissary|prep|prepped|semi prepared|pre prepared|ready meals|sauce|sauces|soup base|stock|production|batch|batches|delivery schedule|deliveries to the stores|store orders|order for the store|our order from the kitchen|short delivery|short shipped|missing cases|wrong items|wrong quantity|frozen|chilled|cold chain|temperature|shelf life|use by|best before|production date|supply|goods in|receiving|delivery note|invoice for the delivery|returns|credit for|truck|van|driver|what time will it arrive|co packing|co packer|private label|wholesale",
    },
    fallback: [],
  },
  group_orders: {
    of: "company",
    names: {
      zh: "团购部|团购中心|企业团购部|团购销售部|大客户团购部|礼品团购部|企业客户部|团餐部|团膳部|团体餐部|团餐中心|企业团餐部|礼盒部|节令产品部|月饼团购部",
      en: "corporate orders|group orders|bulk orders|corporate sales|corporate catering|company catering|corporate gifting|corporate gifts|catering sales|festive gifts|hampers",
    },
    says: {
      zh: "团购|企业团购|公司团购|单位团购|团购价|批量|大批量|订一批|订几百|几百盒|几百份|几百个|上百盒|月饼|月饼券|月饼礼盒|中秋礼盒|礼盒|节日礼盒|年货|年货礼盒|粽子|粽子券|粽子礼盒|端午礼盒|腊味|腊肠|盆菜|年糕|萝卜糕|员工福利|发福利|过节福利|发给员工|给员工|客户礼品|送客户|节日礼品|企业定制|定制礼盒|印logo|提货券|提货|团餐|企业团餐|工作餐|会议餐|盒饭|员工餐|午餐配送|送到公司|配送到公司|食堂承包|茶歇",
      en: "corporate order|bulk order|bulk|in bulk|large order|mooncake|mooncakes|mooncake vouchers|hamper|hampers|gift box|gift boxes|festive boxes|staff gifts|employee gifts|client gifts|corporate gifts|gifts for our staff|gifts for our clients|chinese new year gifts|rice dumplings|company catering|office catering|corporate catering|catering for our office|lunch boxes|boxed lunches|staff meals|working lunch|meeting lunch|coffee break|canteen",
    },
    fallback: ["banquets", "dining_membership"],
  },
} satisfies Partial<Record<Kind, KindWords>>;
