import type { Kind, KindWords } from "./kind.ts";

/**
 * What the guests of a resort, a ski or beach hotel, a golf or country club and a theme park's
 * hotel say to the desks a city hotel does without: activities, golf, the kids' club, guest
 * transport, butlers, the shop and the laundry. Where a hotel has no such desk, the concierge or
 * the department that usually does the work hears them.
 */
export const LEISURE_KINDS = {
  activities: {
    of: "any",
    names: {
      zh: "户外中心|户外运动中心|户外活动中心|滑雪户外中心|活动中心|康乐活动中心|娱乐部|运动中心|体育中心|滑雪中心|滑雪学校|滑雪学院|滑雪场|雪场|雪具大厅|雪具租赁|雪具店|马场|马术中心|马术俱乐部|水上运动中心|水上中心|潜水中心|冲浪学校|沙滩俱乐部|探险中心|户外营地|营地|游乐中心|娱乐中心",
      en: "activities|activities desk|activity desk|activity centre|activity center|activities centre|activities center|outdoor centre|outdoor center|outdoor activities|outdoors|ski school|ski centre|ski center|ski desk|ski shop|ski rental|ski hire|rental shop|snow sports|snowsports|adventure centre|adventure center|water sports|watersports|water sports centre|dive centre|dive center|diving centre|surf school|beach club|equestrian centre|equestrian center|riding stables|riding school|stables|sports desk|sports centre|sports center|excursions desk|entertainment",
    },
    says: {
      zh: "滑雪|去滑雪|学滑雪|滑雪课|滑雪教练|滑雪票|雪票|雪卡|开板|单板|双板|雪板|滑雪板|雪鞋|滑雪鞋|雪杖|雪镜|滑雪镜|雪服|滑雪服|雪具|租雪具|租板|租装备|装备租赁|租赁装备|缆车|索道|雪道|初级道|中级道|高级道|魔毯|戏雪|雪圈|雪地摩托|溜冰|滑冰|冰场|教练课|体验课|骑马|骑骑马|马术|骑行|租自行车|山地车|自行车|徒步|爬山|登山|远足|徒步路线|登山路线|漂流|皮划艇|划船|桨板|冲浪|潜水|浮潜|帆船|摩托艇|水上项目|水上运动|沙滩椅|遮阳伞|海滩|钓鱼|垂钓|射箭|攀岩|露营|篝火|卡丁车|滑翔伞|热气球|观星|采摘|户外|户外活动|活动项目|娱乐项目|体验项目|游玩项目|玩的项目|开滑|雪况|雪厚|造雪|夜滑|夜场滑雪|半天票|全天票|滑雪装备|护具|护膝|护臀|头盔|滑雪头盔|租头盔|滑雪手套|零基础|不会滑|没滑过|第一次滑|教滑雪|滑雪私教|单板教练|双板教练|越野车|ATV|沙滩车|全地形车|森林徒步|步道|栈道|登山杖|户外向导|摘草莓|摘苹果|果园|真人CS|彩弹|射击|滑草|滑索|飞拉达|玻璃栈道|蹦极|溯溪|观鸟|赏红叶|红叶|看日出|看日落|小马|矮马|马术课|骑马体验|牵马|马匹",
      en: "ski|skiing|skis|skier|ski lesson|ski lessons|ski instructor|rent skis|hire skis|ski boots|ski poles|goggles|snowboard|snowboarding|snowboard lesson|lift pass|lift passes|lift ticket|lift tickets|ski pass|ski lift|chairlift|chair lift|gondola|cable car|slope|slopes|piste|pistes|beginner slope|bunny slope|nursery slope|tubing|snow tubing|snowmobile|sledding|sledge|sled|ice skating|skating|skate hire|horse riding|horseback riding|horseback|horse|horses|pony|pony ride|riding lesson|hike|hiking|hikes|trek|trekking|guided walk|guided hike|trail|trails|walking trail|bike hire|bike rental|rent a bike|bikes|cycling|mountain bike|mountain biking|rafting|white water|kayak|kayaking|canoe|canoeing|paddleboard|paddle board|surf|surfing|surf lesson|scuba|scuba diving|diving|snorkel|snorkelling|snorkeling|sailing lesson|boat trip|boat tour|boat hire|jet ski|beach|beach chair|beach chairs|sun lounger|sun loungers|sunbed|sunbeds|parasol|fishing|archery|climbing|rock climbing|zip line|zipline|camping|campfire|go kart|go karting|paragliding|hot air balloon|stargazing|equipment rental|equipment hire|gear rental|gear hire|rent equipment|hire equipment|~instructor|~lesson|~lessons|private lesson|group lesson|snow conditions|snow report|night skiing|ski rental|helmet|helmets|ski helmet|first time skiing|never skied|learn to ski|learn to snowboard|ski class|kids ski|atv|quad bike|quad biking|off road|nature walk|forest walk|hiking guide|mountain guide|walking poles|trekking poles|trail map|hiking map|hiking trail|birdwatching|bird watching|fruit picking|strawberry picking|orchard|paintball|laser tag|zip lining|bungee|via ferrata|canyoning|grass sliding|toboggan|alpine coaster|pony rides|trail ride",
    },
    fallback: ["concierge", "spa_fitness", "front_desk"],
  },
  golf: {
    of: "any",
    names: {
      zh: "高尔夫球会|高尔夫俱乐部|高尔夫球场|高尔夫部|高尔夫中心|高尔夫运营部|高尔夫|球会|球场部|高尔夫专卖店|球具店|高尔夫练习场|高尔夫学院",
      en: "golf|golf club|golf course|golf centre|golf center|golf department|golf operations|golf desk|pro shop|golf shop|golf academy|driving range",
    },
    says: {
      zh: "打高尔夫|高球|~打球|订场|订个场|订场地|开球|开球时间|球童|球车|球包|球杆|租球杆|球具|练习场|打练习场|果岭|果岭费|击球|挥杆|十八洞|18洞|九洞|9洞|高尔夫球|高尔夫课|打场|下场打球|约球|约场|订球场|开球台|推杆|一号木|铁杆|球童费|球车费|嘉宾价|访客价|练球|练杆|夜场打球|灯光球场|球位|打位|36洞",
      en: "golfing|golfer|round of golf|tee time|tee times|tee off|caddie|caddy|caddies|golf buggy|golf cart|buggy|golf clubs|club hire|club rental|rent clubs|hire clubs|range balls|bucket of balls|green fee|green fees|putting green|18 holes|nine holes|9 holes|handicap|golf lesson|golf lessons|golf pro|fairway|tee booking|book a tee|book a round|play a round|play golf|play 18|play nine|practice range|chipping|golf simulator|club fitting|golf balls|golf shoes|golf gloves|visitors rate|guest fees|twilight golf|twilight round|night golf|caddie fee",
    },
    fallback: ["activities", "spa_fitness", "concierge", "front_desk"],
  },
  kids_club: {
    of: "any",
    names: {
      zh: "儿童俱乐部|儿童乐园|儿童中心|儿童活动中心|亲子中心|亲子乐园|亲子俱乐部|儿童游乐区|儿童游乐场|儿童托管中心|托管中心|儿童营|少儿俱乐部|小朋友俱乐部|童趣乐园",
      en: "kids club|kid club|kids zone|kids corner|children club|childrens club|kids camp|family club|playroom|play room|play centre|play center|creche|childcare centre|childcare center",
    },
    says: {
      zh: "亲子|亲子活动|亲子游|亲子项目|托管|托管服务|儿童托管|托儿|看孩子|看小孩|照看孩子|照顾孩子|照看小孩|陪孩子|哄孩子|保姆|临时保姆|育儿嫂|保育员|手工课|做手工|手工活动|绘画课|画画课|儿童活动|小朋友活动|孩子活动|孩子玩|小孩玩|孩子们玩|小朋友玩|游乐区|游乐场|滑梯|蹦床|淘气堡|海洋球|夏令营|冬令营|儿童节目|故事会|暂托|看护|小孩托管|托管多少钱|儿童乐园|游戏室|玩具|积木|乐高|绘本|讲故事|儿童电影|亲子课|亲子手工|烘焙课|小厨师|做饼干|DIY|陶艺|涂鸦|彩绘|面部彩绘|寻宝|研学|自然课|带娃|遛娃",
      en: "kids activities|kid activities|children activities|activities for kids|activities for children|babysitting|babysitter|babysit|nanny|childcare|child care|childminding|look after my kids|look after the kids|look after our kids|look after my children|look after the children|watch the kids|watch my kids|mind the kids|crafts|arts and crafts|craft class|crafts class|painting class|play area|playground|soft play|bouncy castle|trampoline|holiday camp|family activities|story time|drop off the kids|drop off my kids|drop the kids|leave the kids|leave my son|leave my daughter|leave the children|supervised|toys|lego|games for kids|movie night|kids movie|kids cooking|kids baking|treasure hunt|scavenger hunt|face painting|colouring|coloring|kids program|kids programme|childrens programme|teen club|family fun",
    },
    fallback: ["activities", "concierge", "front_desk"],
  },
  guest_transport: {
    of: "hotel",
    names: {
      zh: "交通接驳|交通接驳中心|交通部|交通服务|交通服务台|交通服务中心|交通中心|交通台|车队|车务部|车务中心|车务|接送服务|接驳中心|接驳服务|礼宾车队|机场代表|机场接待处|班车服务|用车中心|酒店车队|班车服务台|机场班车|机场巴士|接送中心|接送部|车辆服务|租车服务|礼宾车|用车服务|交通组|机场服务台|接送机服务|机场班车服务台",
      en: "transport desk|transportation desk|guest transportation|guest transport|transport|transportation|transport services|transportation services|limousine service|limo service|car service|chauffeur service|shuttle service|shuttle desk|airport representative|airport desk|fleet|hotel fleet|car desk|airport shuttle desk|airport shuttle|airport transfers|transfer desk|transfers desk|shuttle bus service|car rental desk|car hire desk|chauffeur desk|driver service|limousine desk|limo desk|hotel cars",
    },
    says: {
      zh: "包车|包个车|包辆车|包一天车|专车|接机|送机|接送机|机场接送|接站|送站|接送|去机场|到机场|送机场|机场|浦东|虹桥|萧山|首都机场|大兴机场|白云机场|班车|摆渡车|接驳车|接驳|穿梭巴士|大巴|中巴|商务车|七座车|用车|约车|约个车|订车|订个车|订辆车|租车|司机|航班|航班号|到达时间|包车去|包车玩|包一天|包半天|包车一天|一日包车|按天包车|派辆车|安排车|安排接|安排送|车接|车送|送我们去|送到机场|送到高铁站|送去机场|去高铁站|去车站|到车站|高铁站接|北京西站|北京南站|首都国际|天府机场|双流|双流机场|天府国际|东站|南站|西站|北站|航站楼|落地|下飞机|接机口|到达口|航班延误|别克GL8|GL8|埃尔法|考斯特|拼车|儿童座椅|安全座椅|婴儿座椅|接送费|接机费|送机费|免费接送|免费接机|免费送机",
      en: "airport transfer|airport transfers|airport pickup|airport pick up|airport shuttle|airport run|station transfer|hotel transfer|transfer to the airport|transfer from the airport|pick up|pickup|pick us up|pick me up|collect us|collect me|drop off|drop us|drop me|shuttle|shuttle bus|hotel shuttle|car to|a car|private car|car with driver|car with a driver|chauffeur|driver|limo|limousine|minibus|airport|car rental|car hire|rent a car|hire a car|flight|flight number|landing|arriving at|picked up|collect us from|meet us at|meet me at the airport|meet and greet|name board|send a car|send a driver|arrange a car|arrange a driver|arrange transport|arrange transportation|book a car|book transport|book a transfer|book a shuttle|transfer booking|ride to the airport|lift to the airport|get to the airport|take us to the airport|take me to the station|train station transfer|station pickup|high speed rail|bullet train|terminal|terminal 1|terminal 2|arrivals hall|arrivals|departures|landing at|land at|flight lands|flight delayed|delayed flight|layover|stopover|child seat|car seat|baby seat|booster seat|van|minivan|mpv|seven seater|day hire|car for the day|driver for the day|station pick up|pick up from the station|pick us up from|pick me up from|collect us from the station",
    },
    parent: "concierge",
    fallback: ["front_desk"],
  },
  butler: {
    of: "hotel",
    names: {
      zh: "私人管家部|私人管家|贴身管家|管家服务部|管家服务中心|别墅管家|别墅管家部|别墅服务中心|别墅前台|别墅部",
      en: "butler|butlers|butler service|butler desk|villa services|villa service|villa team|villa reception|private butler|personal butler",
    },
    says: {
      zh: "管家服务|我的管家|我们的管家|找管家|叫管家|管家电话|管家在吗|联系管家|通知管家|让管家|管家安排",
      en: "my butler|our butler|villa host|villa butler|butler please",
    },
    fallback: ["concierge", "front_desk"],
  },
  tickets: {
    of: "any",
    names: {
      zh: "票务中心|票务部|票务处|票务|售票处|售票中心|售票厅|门票中心",
      en: "ticket office|ticketing|ticket desk|ticket centre|ticket center|box office|ticket sales",
    },
    says: {
      zh: "门票|买票|购票|取票|退票|改票|年卡|季卡|年票|次卡|团体票|儿童票|学生票|老人票|优惠票|电子票|检票|入园|入园时间|园区门票|乐园门票|景区门票|演出门票|快速通行|快速通道票|票价|门票多少钱|成人票|半价票|免票|一米二|1米2|实名|预约入园|入园预约|闸机|扫码入园|二次入园|再入园|出园|年卡激活|套票|联票|夜场票|早鸟票|特价票",
      en: "park ticket|park tickets|admission|admission ticket|admission tickets|entry ticket|entry tickets|entrance ticket|entrance tickets|entrance fee|annual pass|season pass|day pass|fast pass|express pass|ticket refund|refund my tickets|buy tickets|collect tickets|collect my tickets|group tickets|child ticket|student ticket|ticket price|ticket prices|how much are tickets|adult ticket|senior ticket|family ticket|combo ticket|combination ticket|re entry|reentry|e ticket|eticket",
    },
    parent: "concierge",
    fallback: ["front_desk"],
  },
  membership: {
    of: "any",
    names: {
      zh: "会员部|会员中心|会籍部|会籍中心|会员服务部|会员服务中心|会员服务台|会员服务处|会员关系部|会员俱乐部",
      en: "membership|membership office|membership department|membership services|member services|members services|members office|member relations|loyalty desk|loyalty office|loyalty programme|loyalty program|rewards desk|loyalty|loyalty team|rewards|rewards programme|rewards program|loyalty club",
    },
    says: {
      zh: "会员|会员卡|入会|办会员|办个会员|会籍|会费|年费|会员续费|续会|会员权益|会员积分|积分|会员价|会员日|退会|转会籍|积分兑换|兑换积分|积分查询|查积分|积分没到|积分没加|积分不对|补积分|补录积分|会员等级|升级会员|会员升级|金卡|银卡|白金卡|钻石卡|黑卡|贵宾卡|会员号|会员账号|注册会员|会员注册|会员福利|会员礼遇|航空里程|积分换里程|保级|积分怎么|积分还没|积分没有|积分到账|积分没到账|积分还没到账|小票积分|积分小票|补录小票|上传小票|拍小票|拍照积分|扫小票积分|小票补积分|小票忘了积分|积分一直没到账|积分没有到账|积分不到账|消费积分|积分兑换礼品|兑换礼品|礼品兑换|积分商城|积分换礼|积分抵扣|积分抵停车|积分换停车|积分过期|积分清零|积分延期|积分到期|积分快过期|积分少了|积分被盗|积分被扣|积分被人用|积分被别人|会员账号被盗|会员账号被人|会员生日|生日礼|生日礼物|生日礼品|生日券|生日特权|会员卡丢了|会员卡丢失|会员卡补办|补办会员卡|电子会员卡|会员码|会员二维码|降级|升金卡|升卡|会员折扣|积分停车|会员免费停车|会员专享|会员卡余额|会员充值|会员储值",
      en: "memberships|membership card|member card|membership fee|membership fees|annual fee|annual dues|dues|become a member|join as a member|join the club|renew my membership|membership renewal|cancel my membership|members only|loyalty|loyalty points|reward points|points balance|my points|points missing|missing points|points not credited|credit my points|points credited|redeem points|redeem my points|redeeming|redemption|free night award|tier|tier status|status match|gold member|platinum|diamond member|elite status|member number|membership number|rewards number|loyalty number|sign up for membership|join the loyalty|frequent guest|air miles|airline miles|frequent flyer|bonvoy|ihg|hilton honors|world of hyatt|free night|free nights|award night|reward night|receipt points|points for my receipt|scan my receipt|upload my receipt|upload a receipt|snap my receipt|claim points|claim my points|missing points for|points expire|points expiring|points expired|expiring points|extend my points|points were redeemed|points gone|points disappeared|rewards catalogue|rewards catalog|rewards shop|member account|member id|member qr code|member code|birthday gift|birthday reward|birthday voucher|birthday treat|birthday perks|member day|members day|silver member|silver tier|silver status|silver card|gold tier|gold status|gold card|vip card|vip member|vip benefits|vip perks|upgrade my tier|tier upgrade|downgraded|lost my member card|lost my membership card|replace my member card|new member card|check my points|points for parking|use points for parking|use my points|free parking for members|member parking|member discount|member price|member exclusive|members exclusive|member event|member events|members event",
    },
    // Only where there is a members' office: elsewhere "会员" is a hotel's loyalty scheme or a
    // software subscription, which other kinds hear.
    fallback: [],
  },
  shop: {
    of: "any",
    names: {
      zh: "商店|小卖部|便利店|礼品店|精品店|精品廊|纪念品店|商品部|零售部|购物廊|特产店|酒店商店",
      en: "shop|gift shop|boutique|souvenir shop|convenience store|retail|retail shop|hotel shop|shopping arcade|merchandise",
    },
    says: {
      zh: "纪念品|伴手礼|土特产|特产|礼盒|零食|香烟|买烟|防晒霜|明信片|玩偶|公仔|文创|小商店|买点东西|日用品|雨衣|墨镜|冲锋衣|暖宝宝|暖贴|买同款|同款",
      en: "souvenir|souvenirs|gifts|postcard|postcards|cigarettes|sunscreen|sun cream|sunblock|plush toy|local products|local specialties|sunglasses|hand warmers|rain poncho|raincoat|merchandise",
    },
    fallback: ["concierge", "front_desk"],
  },
  laundry: {
    of: "hotel",
    names: {
      zh: "洗衣房|洗衣部|洗衣中心|洗衣服务|布草房|布草中心|布草洗涤|洗涤部|洗衣间",
      en: "laundry|laundry service|laundry services|laundry department|laundry and valet|linen room",
    },
    says: {
      zh: "洗衣|洗衣服|洗几件衣服|洗件衣服|干洗|送洗|熨衣服|熨烫|衣服要洗|洗衣袋|洗衣单|洗衣费|快洗|加急洗|衣服洗好|衣服送回|衣服还没送|衣服没送回|洗坏了|洗缩水|缩水|掉色|衬衫|西装|外套|大衣|羽绒服|洗衣服务|送洗衣服|衣服送洗|拿去洗|拿去干洗|收衣服|来收衣服|取衣服|衣服取回|衣服拿回|衣服什么时候好|衣服还没回来|衣服洗坏|洗破|洗烂|洗变形|染色|串色|污渍洗不掉|洗不干净|熨平|熨烫衣服|烫衬衫|熨衬衫|西服|裙子|连衣裙|礼服|旗袍|毛衣|羊毛衫|羊绒|真丝|牛仔裤|洗衣价目|次日送回|当天送回|烘干|烘干机|洗衣机|自助洗衣|投币洗衣|洗衣液|洗衣粉|晾衣服",
      en: "laundry bag|laundry list|laundry form|dry cleaning|dry clean|dry cleaned|ironing|press my|pressed|pressing|washing|wash my|washed|same day laundry|express laundry|clothes back|my clothes|shrunk|shirt|shirts|jacket|coat|trousers|for cleaning|for washing|for dry cleaning|for pressing|to be cleaned|to be washed|to be pressed|laundry pick up|collect my laundry|pick up my laundry|laundry back|send my clothes|clothes cleaned|clean my clothes|skirt|blouse|sweater|jumper|cashmere|silk|wool|jeans|socks|underwear|stain removal|remove a stain|shrank|faded|colour ran|color ran|ruined my|washing machine|dryer|tumble dryer|launderette|laundromat|self service laundry|coin laundry|detergent|washing powder|suit cleaned|suit dry cleaned",
    },
    parent: "housekeeping",
    fallback: ["front_desk"],
  },
} satisfies Partial<Record<Kind, KindWords>>;
