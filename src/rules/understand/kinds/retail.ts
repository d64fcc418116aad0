import type { Kind, KindWords } from "./kind.ts";

/**
 * What shoppers, tenants and their staff, brands, advertisers and event organisers say to a
 * shopping centre's own departments: its information desk, its tenant operations (营运), its
 * mall marketing and events (企划) and its digital team (app, mini-program, e-coupons). Its
 * leasing, car park, cleaning, members' desk, guards and accounts are the kinds other trades
 * have too. None falls back: a hotel guest's "which floor" or a factory's "app" go nowhere new;
 * the mall's marketing words go to a marketing department where there is no mall one.
 */
export const RETAIL_KINDS = {
  information_desk: {
    of: "company",
    names: {
      zh: "服务台|总服务台|客服中心|顾客服务中心|顾客服务台|顾客服务部|客户服务台|商场服务台|商场客服|商场客服中心|购物中心客服|问询处|问讯处|询问处|问询台|问讯台|信息台|信息咨询台|咨询服务台|导购台|导购服务台|宾客服务台|顾客接待中心|客服台|服务总台|咨询服务中心|顾客服务处|顾客体验部|顾客服务组",
      en: "information desk|info desk|information counter|information point|information centre|information center|customer service desk|customer services desk|customer service counter|customer service point|guest services|guest service desk|guest services desk|guest service centre|guest service center|shopper services|visitor services|visitor information|mall concierge|customer concierge|enquiries desk|enquiry desk|inquiry desk|inquiries desk|customer information desk|guest relations desk|shopper information|welcome desk|help point",
    },
    says: {
      zh: "几楼|在几楼|在几层|哪一层|哪层楼|在哪层|哪个楼层|楼层导览|楼层导视|楼层分布|楼层图|导览图|导视图|导购图|店铺导览|店铺分布|店铺查询|找一家店|找个店|哪家店有|哪里有卖|哪里能买|在哪里买|哪有卖|有没有卖|店在哪|门店在哪|品牌在哪|餐厅在哪|电影院在哪|超市在哪|卫生间在哪|洗手间在哪|厕所在哪|母婴室|哺乳室|育婴室|第三卫生间|无障碍卫生间|无障碍通道|婴儿车|儿童推车|宝宝推车|推车|借推车|租推车|童车|轮椅|借轮椅|借个轮椅|借伞|借雨伞|借把伞|雨伞|共享雨伞|充电宝|借充电宝|共享充电宝|手机没电|寄存|存包|存个包|存东西|存放行李|行李寄存|行李箱|寄存柜|储物柜|存包柜|礼品卡|购物卡|储值卡|预付卡|商场卡|提货卡|卡里余额|卡里还有|卡里还剩|查余额|余额查询|卡的余额|面值|买购物卡|买礼品卡|礼品卡过期|购物卡过期|卡过期了|广播找人|寻人广播|广播寻人|帮忙广播|广播一下|走散|走散了|找不到家人|老人走丢|老人走失|退税|离境退税|退税单|外币兑换|换外币|取款机|自动取款机|顾客问询|问询|商场服务台|总服务台|服务台在哪|服务台在几楼|儿童乐园在哪|游乐场在哪|美食在几楼|餐饮在几楼|美食广场|美食城|吸烟区|抽烟的地方|哪里可以抽烟|吸烟室|WiFi|无线网|WiFi密码|急救箱|医药箱|创可贴|针线|饮用水|休息区|坐的地方|礼品包装|包装服务|送货上门|免费班车|商场班车|免费巴士|接驳车|导购|购物指南|商场地图|可以借|借用|热开水|喝的水|尿布台|换尿布|借婴儿车|租婴儿车|租轮椅|哪一楼|几楼有|在几号门|哪个门出去|表扬|想表扬|表扬一下|我要表扬|感谢信",
      en: "which floor|what floor|which level|what level|which storey|store directory|mall directory|directory board|store finder|store locator|mall map|floor map|floor guide|where can i find|where can i buy|where do i find|baby room|baby changing|baby change|changing facilities|nursing room|mothers room|parents room|feeding room|accessible toilet|disabled toilet|stroller|strollers|pushchair|pushchairs|pram|prams|buggy|kiddie car|wheelchair|wheelchairs|mobility scooter|borrow an umbrella|umbrella|umbrellas|power bank|charge my phone|phone charging|left luggage|luggage storage|store my luggage|store our luggage|store my bags|leave my bags|leave our bags|bag storage|coat check|cloakroom|locker|lockers|gift card|gift cards|giftcard|gift voucher|gift vouchers|gift certificate|mall voucher|mall vouchers|shopping card|prepaid card|card balance|balance on my card|balance on the card|check the balance|tax refund|tax free shopping|vat refund|tourist refund|currency exchange|money exchange|cash machine|atm|cashpoint|make an announcement|page someone|public address|information desk|info desk|customer service desk|guest services|food court|where is the food court|kids play area|play area|playground|soft play|smoking area|smoking room|where can i smoke|wifi|wi fi|wifi password|free wifi|first aid kit|plasters|band aid|bandaid|sewing kit|drinking water|water fountain|seating area|rest area|gift wrapping|gift wrap|gift wrapped|home delivery|deliver my shopping|hands free shopping|mall shuttle|free shuttle|shopping trolley|trolley|trolleys|shopping guide|personal shopper|nappy changing|nappy change|diaper changing|baby changing room|stroller rental|stroller hire|pram hire|wheelchair hire|wheelchair rental|borrow a stroller|borrow a pram|borrow a wheelchair|concierge counter|where to find|on which floor|which floor is|what floor is|compliment|compliments|praise|give some feedback|some suggestions",
    },
    fallback: [],
  },
  tenant_operations: {
    of: "company",
    names: {
      zh: "营运部|营运中心|营运管理部|营运管理中心|运营管理部|商场运营部|商业运营部|购物中心运营部|商户管理部|商户服务部|商户服务中心|商户关系部|商管部|现场管理部|楼面管理部|楼层管理部|营运客服部|营运管理处|营运组|楼层管理组|楼面管理组|商户管理中心|商户服务组|商业营运部",
      en: "tenant operations|tenant relations|tenant management|tenant liaison|tenant coordination|retail operations|mall operations|centre operations|center operations|operations and tenant relations|retail relations|tenancy services|tenant services and operations|operations and tenant services|retail operations team",
    },
    says: {
      zh: "~商户|~商家|我是商户|我们是商户|我们商户|入驻商户|新入驻|新开的店|商户手册|商户须知|商户群|商户通知|~我们店|我们店铺|我们门店|我们专柜|我们柜台|专柜|店长|店员|导购员|柜姐|营业时间调整|调整营业时间|延长营业|延时营业|营业到|晚点关门|提前关门|提前闭店|闭店|歇业|暂停营业|停业|开门晚了|晚开门|迟开门|早关门|开店时间|闭店时间|商场关门以后|进场|进场施工|装修进场|进场装修|施工进场|进场时间|施工许可|施工单|装修报审|报审|图纸审核|装修图纸|审图|装修方案|装修管理|装修保证金|装修|撤场|退场|撤柜|开业筹备|开业前|开业资料|开业验收|入场资料|员工通道|员工出入口|员工进出|员工出口|店员从哪|卸货|卸货区|卸货平台|送货通道|收货时间|进货|补货时间|外摆|外摆区|店外摆放|门口摆|摆在门口|占道经营|堆货|店招|门头|招牌|橱窗|营业额|销售额|上报销售|报销售|销售数据|销售报表|收银系统|统一收银|收银机|罚款|罚单|罚我们|扣分|违规|整改|整改通知|巡场|巡店|隔壁店|隔壁店铺|隔壁商户|隔壁那家|邻铺|商户纠纷|商户之间|抢客|拉客|音响太大|音乐太大声|放音乐太|油烟|排烟|排油烟|动火|动火证|夜间施工|晚上施工|闭店后施工|营运|试营业|开业日期|商户员工证|店员工作证|员工证办理|员工卡办理|商户员工|店铺员工|用货梯|预约货梯|货梯预约|借货梯|消防验收|消防报审|装修验收|进场验收|退场手续|撤场手续|闭店手续|撤铺|店铺交接|铺位交接|交铺|商户活动报备|店内活动报备|促销报备|报备|申请延时|延时申请|加时营业|通宵营业|24小时营业|夜间营业|提前营业|商户会议|商户大会|商户培训|神秘顾客|商户考核|罚钱|被罚|被罚款|投诉我们店|顾客投诉我们|楼层经理|楼面经理",
      en: "~tenant|~tenants|~retailer|~our store|~our shop|our outlet|our unit|store manager|shop manager|store staff|shop staff|trading hours|extend our hours|extended hours|late opening|open later|close early|closing early|stay open|opening late|fit out|fitout|fitting out|shopfit|shopfitting|hoarding|unit handover|tenant handbook|tenant manual|tenant guide|tenant portal|tenant coordinator|design approval|drawing approval|drawings approval|submit drawings|staff entrance|staff access|staff exit|back of house|service corridor|delivery times|delivery hours|goods receiving|shopfront|shop front|storefront|signage|shop sign|store sign|sandwich board|a board|display outside|outdoor seating|alfresco|sales figures|sales report|turnover figures|monthly sales|pos system|till system|fined|fined us|penalty|warning letter|next door shop|next door store|shop next door|store next door|neighbouring store|neighbouring shop|neighboring store|neighboring shop|music too loud|hot works|hot work permit|after hours works|night works|cooking fumes|kitchen exhaust|soft opening|opening date|store opening|shop opening|book the goods lift|goods lift booking|use the goods lift|hand back the unit|handing back the unit|vacate the unit|vacating the unit|make good|mystery shopper|store audit|store inspection|trading late|late night trading|open overnight|holiday trading hours|christmas trading hours|tenant meeting|tenants meeting|retailer meeting|retail coordinator|tenancy coordinator|our shop unit|our store unit|trading permit|shop licence|shop license",
    },
    fallback: [],
  },
  mall_marketing: {
    of: "company",
    names: {
      zh: "企划推广部|企划中心|商场企划部|营销企划部|推广企划部|企划营销部|市场企划部|企划推广中心|推广中心|活动推广部|营销推广部|推广策划部|企划部门|企划组|市场企划中心|营销企划中心",
      en: "mall marketing|centre marketing|center marketing|marketing and promotions|promotions|events and promotions|promotions and events|marketing and events|marketing & events|marketing, events and promotions|centre promotions|center promotions",
    },
    says: {
      zh: "商场活动|有什么活动|最近活动|近期活动|周末活动|节日活动|圣诞活动|圣诞节活动|新年活动|春节活动|国庆活动|六一活动|儿童节活动|亲子活动|亲子手工|手工活动|活动报名|报名活动|报了名|活动时间|活动通知|店庆|周年庆|美食节|啤酒节|市集|集市|摆摊|中庭|中庭场地|中庭活动|中庭展示|场地租借|租场地|借场地|场地费|场地申请|外广场|广场活动|美陈|圣诞树|演出|表演|商演|舞蹈表演|乐队|驻唱|街头表演|签售|签售会|见面会|粉丝见面|产品展示|巡展|大屏|LED屏|LED大屏|电子屏|户外大屏|外墙大屏|广告屏|灯箱|灯箱广告|广告灯箱|吊旗|道旗|电梯广告|扶梯广告|停车场广告|投广告|打广告|联合主办|合办|协办|公益活动|义卖|募捐|筹款|慈善|拍摄|取景|拍广告|抽奖|送礼活动|商场合作|联合活动|合作活动|活动合作|走秀|时装秀|模特走秀|绘画比赛|才艺比赛|儿童比赛|亲子比赛|亲子运动会|动漫展|漫展|宠物活动|宠物展|相亲活动|主持人|搭舞台|搭台|刊例|刊例价|广告价格|广告费|广告报价|广告点位|媒体资源|商场广告|美陈布置|节日布置|圣诞布置|氛围布置|打卡点|拍照打卡|网红打卡点|派发传单|发传单|派传单",
      en: "whats on|what is on|events this weekend|mall event|mall events|family event|family events|kids event|kids events|kids activities|childrens activities|christmas event|christmas events|santa|santas grotto|easter egg hunt|halloween|craft workshop|sign up for the event|event registration|atrium|centre court|center court|event space|promotional space|promo space|brand activation|product sampling|display stand|fundraising|fundraiser|charity stand|charity event|collection bucket|dance troupe|choir|busking|market stall|pop up market|craft market|night market|book signing|meet and greet|big screen|digital screen|led screen|led wall|video wall|billboard|billboards|lightbox|light box|light boxes|hanging banners|escalator advertising|lift advertising|elevator advertising|car park advertising|mall advertising|advertise in the mall|advertise at the mall|media sales|film in the mall|filming in the mall|co host|cohost|co organise|co organize|lucky draw|live performance|street performance|dance performance|perform at the mall|perform in the mall|perform at your mall|performing at the mall|fashion show|catwalk show|runway show|drawing competition|colouring competition|coloring competition|talent show|cosplay|comic con|pet show|dog show|host an event|hold an event|run an event|organise an event|organize an event|event at the mall|event in the mall|event in your mall|events at the mall|rate card|advertising rates|ad rates|media pack|digital billboard|advertising screen|screen advertising|ad slot|ad slots|hand out flyers|handing out flyers|hand out leaflets|flyering|leafleting|photo spot|photo booth|selfie spot",
    },
    // A mall whose marketing department goes by a company's name (市场部) hears these as its own.
    parent: "marketing",
    fallback: [],
  },
  digital: {
    of: "company",
    names: {
      zh: "数字运营部|数字化运营部|数字运营中心|数字化运营中心|数字化中心|数字化部|数字化事业部|数字化管理部|智慧运营部|智慧商业部|线上运营中心|新零售部|新零售事业部|会员数字化部|互联网运营部|数字营运部|数字化创新部|数字化营销中心|线上运营组|数字中心|会员与数字化部",
      en: "digital|digital team|digital operations|digital services|digital experience|digital channels|digital products|online services|app team|mobile app team|omnichannel|omni channel|new retail|digital and crm|digital & crm|digital innovation|digital marketing and app|ecommerce and digital",
    },
    says: {
      zh: "小程序|微信小程序|商场小程序|小程序打不开|小程序进不去|小程序报错|小程序闪退|小程序登录|小程序付不了|小程序缴费|APP|你们的app|商场app|下载app|app登录|app闪退|app打不开|登不上|登录不上|登录不了|登陆不了|收不到验证码|验证码收不到|验证码|绑定手机|换绑手机|手机号换了|解绑|注销账号|注销账户|账号注销|扫码没反应|扫码失败|二维码扫不了|二维码失效|电子券|电子优惠券|电子代金券|代金券|优惠券用不了|券用不了|用不了券|券核销|核销不了|显示已使用|显示已核销|券不见了|券没到账|领的券|线上商城|网上商城|在线商城|商城小程序|云商城|线上买|线上下单|网上下单|网上买的|线上买的|没发货|不发货|还没发货|什么时候发货|线上订单|线上退款|到家服务|配送到家|商品上架|上到线上|上线上商城|线上店铺|系统错误|系统出错|报错|页面打不开|网页打不开|闪退|支付失败|付款失败|支付不了|付不了款|扫码支付失败|链接打不开|公众号打不开|退订短信|短信退订|取消推送|营销短信|商城订单|订单取消|取消订单|核销码|提货码|到店自提|线上预约|线上排队|排号|取号|无感支付|小程序更新|更新app",
      en: "app|the app|your app|mall app|mobile app|download the app|app crashes|app keeps crashing|app not working|app wont open|app doesnt work|mini program|mini programme|miniprogram|mini app|wechat mini program|wechat app|e coupon|ecoupon|ecoupons|e voucher|evoucher|evouchers|digital coupon|digital coupons|digital voucher|coupon in the app|coupon says used|coupon wont scan|coupon not working|voucher not working|online mall|online shop|order online|ordered online|online order|my online order|not shipped|hasnt shipped|havent shipped|not been shipped|not been dispatched|hasnt been dispatched|cant log in|cannot log in|unable to log in|verification code|otp|sms code|one time password|delete my account|close my account|unbind|qr code|scan the qr code|error message|system error|page wont load|website|payment failed|payment didnt go through|payment wont go through|cant pay in the app|page keeps loading|keeps loading|stuck loading|blank screen|white screen|push notifications|stop the texts|stop sending me texts|stop texting me|spam texts|click and collect|pick up in store|collect in store|order ahead|queue number|virtual queue|online queue|update the app|latest version|iphone|android|ios",
    },
    fallback: [],
  },
} satisfies Partial<Record<Kind, KindWords>>;
