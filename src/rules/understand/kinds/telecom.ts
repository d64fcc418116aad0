import type { Kind, KindWords } from "./kind.ts";

/**
 * What subscribers, households, businesses and builders say to a telecom operator's branch: its
 * mobile business (plans, SIM cards, numbers, porting, roaming), home broadband and TV, the
 * installation and repair crews, enterprise lines and cloud, network quality (signal and base
 * stations), the cable and pole crews and scam prevention. Its service halls and its billing centre
 * are the `service_hall` and `utility_billing` kinds a gas or water company's are too, which hear
 * phone bills and top-ups besides. Nothing here falls to another trade's departments.
 */
export const TELECOM_KINDS = {
  mobile_service: {
    of: "company",
    names: {
      zh: "移动业务部|移动业务|移动业务中心|移动通信部|手机业务部|手机业务|公众客户部|公众市场部|公众业务部|号卡业务部|号卡业务|号卡中心|套餐业务部|无线业务部|个人移动业务|移动个人业务|5G业务部|终端与号卡",
      en: "mobile services|mobile service|mobile plans|mobile business|consumer mobile|mobile customers|sim and plans|plans and sims|sims and plans|wireless services|mobile and sim",
    },
    says: {
      zh: "套餐|改套餐|换套餐|变更套餐|升级套餐|升套餐|降套餐|套餐降档|降档|换个便宜|便宜点的套餐|低消|保底消费|流量|流量包|流量不够|流量用完|流量不够用|加流量|加个流量包|定向流量|通用流量|限速|达量限速|不限量|通话时长|分钟数|通话分钟|5g套餐|升5g|合约|合约期|合约机|存费送|违约金|副卡|办副卡|主副卡|亲情号|亲情网|家庭网|短号|办卡|办张卡|办个卡|办一张卡|办一张新卡|办新卡|办个号|新号|选号|选个号|选个好号|好号|挑个号|靓号|~手机号|电话卡|手机卡|sim卡|手机丢了|挂失|停机保号|保号|复机|单向停机|双向停机|停机|实名|实名制|实名登记|实名认证|号码过户|过户给|销号|注销号码|注销手机号|不用这个号|esim|一号双终端|手表号|彩铃|来电显示|~短信|收不到短信|收不到验证码|验证码收不到|呼叫转移|语音信箱|volte|高清通话|副号|小号",
      en: "~plan|my plan|mobile plan|phone plan|tariff plan|change my plan|upgrade my plan|downgrade my plan|cheaper plan|data plan|data package|data allowance|data pack|out of data|ran out of data|run out of data|extra data|more data|throttled|speed capped|unlimited|call minutes|free minutes|~contract|contract period|early termination fee|sim|sim card|new sim|lost my phone|phone was stolen|new number|choose a number|suspend my number|reactivate my number|real name registration|esim|voicemail|call forwarding|caller id|ringback tone|text messages|cant receive texts|verification code|family plan|secondary sim",
    },
    fallback: [],
  },
  home_broadband: {
    of: "company",
    names: {
      zh: "家庭业务部|家庭客户部|家庭市场部|家客部|家客中心|家庭宽带|宽带业务部|宽带业务|宽带中心|宽带营销|宽带部|融合业务部|固网业务部|固网业务|固话宽带|宽带与电视",
      en: "home broadband|broadband|broadband services|broadband sales|fibre broadband|fiber broadband|home internet|home customers|home and broadband|residential broadband|fixed line and broadband|broadband and tv|home services and broadband",
    },
    says: {
      zh: "宽带|装宽带|办宽带|办个宽带|宽带办理|新装宽带|开通宽带|宽带套餐|宽带多少钱|宽带资费|宽带提速|提速|升级宽带|千兆|千兆宽带|百兆|500兆|光纤|光纤入户|宽带续费|宽带到期|~续费|~快到期|~到期了|续宽带|宽带包年|包年|宽带合约|融合套餐|宽带加手机|手机加宽带|送宽带|宽带退订|退宽带|不要宽带|宽带销户|宽带拆机|拆宽带|宽带过户|新房宽带|固话|座机|家里座机|电话线路",
      en: "broadband|home broadband|internet at home|upgrade to gigabit|home internet|get broadband|new broadband|broadband package|broadband plan|broadband price|faster broadband|upgrade my broadband|speed upgrade|gigabit|fibre|fiber|fibre to the home|broadband contract|renew my broadband|broadband renewal|cancel my broadband|bundle|bundled with my phone|tv package|landline|home phone",
    },
    fallback: ["broadband_repair"],
  },
  broadband_repair: {
    of: "company",
    names: {
      zh: "装维中心|装维|装维部|装维班|装维服务中心|宽带装维|宽带装维中心|装移维|装维营销|宽带维护|宽带维修|宽带维修中心|宽带安装|宽带安装维修|网络维修|家庭装维|障碍处理中心|障碍台|故障处理中心|故障申告|宽带报修",
      en: "broadband installation|broadband installation and repair|installation and repair|installation and maintenance|broadband repairs|broadband repair|broadband faults|broadband support|home installation|field engineers|field technicians|installations|fault repair centre|faults desk",
    },
    says: {
      zh: "装机|预约装机|约装机|装宽带的师傅|安装师傅|装维师傅|师傅上门|师傅没来|师傅什么时候来|上门安装|上门装|上门修|上门维修|报修|宽带报修|宽带坏了|宽带断了|宽带断网|断网|没网|网断了|上不了网|宽带上不了网|连不上网|wifi连不上|网速|网速慢|宽带慢|网很慢|网速很慢|网速太慢|网速特别慢|网太慢|网好慢|网卡|卡顿|一直卡|很卡|好卡|太卡了|看视频卡|打游戏卡|延迟高|掉线|老掉线|经常掉线|光猫|光猫亮红灯|亮红灯|红灯|los灯|LOS|pon灯|光猫坏|猫坏了|路由器坏|路由器|wifi信号|信号弱|网线|网线断|光纤断|光纤断了|移机|宽带移机|搬家|搬新家|移过去|移到新家|挪到新家|拆机|换光猫|~电视没信号|~电视看不了|~机顶盒坏|~机顶盒没反应|~遥控器|电话没声音|座机没声音|座机打不出|固话坏|维修进度|工单",
      en: "install|installation|installer|technician|engineer|book an installation|installation appointment|technician visit|send a technician|technician didnt come|engineer didnt turn up|repair|fault|report a fault|broadband is down|internet is down|internet down|internet has been down|internet went down|internet keeps going down|internet keeps dropping|wifi is down|wifi has been down|no wifi|lost my internet|lost internet|no internet|internet not working|broadband not working|cant connect|wifi not working|wifi keeps dropping|slow internet|internet is slow|slow broadband|keeps disconnecting|connection drops|router|modem|optical modem|red light|los light|blinking red|fibre cut|fiber cut|move my broadband|moving house|~tv not working|~no tv signal|~tv box not working|landline not working|no dial tone",
    },
    parent: "home_broadband",
    fallback: [],
  },
  smart_home: {
    of: "company",
    names: {
      zh: "智慧家庭|智慧家庭服务部|智慧家庭中心|智慧家庭部|智慧家庭业务部|智家|智家中心|智能家居|家庭信息化|IPTV业务|电视业务|电视业务部|互联网电视|家庭智能",
      en: "smart home|smart home services|smart living|home tv|tv services|home entertainment|iptv|iptv services",
    },
    says: {
      zh: "电视|IPTV|网络电视|机顶盒|电视盒子|盒子|电视套餐|看电视|电视节目|回看|点播|遥控器|看不了电视|电视看不了|电视没信号|电视没反应|电视卡|电视黑屏|电视会员|全屋wifi|全屋WiFi|组网|mesh|路由器升级|wifi覆盖|wifi信号不好|wifi信号差|收不到wifi|卧室收不到|房间收不到|wifi覆盖不到|wifi不好|扩展器|信号放大器|智能家居|看家|家庭监控|摄像头|监控摄像头|装个摄像头|云存储|回放|智能门锁|智能音箱|老人手表|儿童手表|智能手表",
      en: "tv|iptv|set top box|tv box|remote control|remote|tv not working|no tv signal|tv channels|whole home wifi|mesh wifi|wifi extender|wifi booster|smart home|home camera|home cameras|camera at home|cloud storage|smart lock|smart speaker|smartwatch|kids watch",
    },
    parent: "home_broadband",
    fallback: [],
  },
  number_porting: {
    of: "company",
    names: {
      zh: "携号转网|携号转网受理中心|携号转网服务中心|携号转网中心|携号转网专席|携转中心|携转受理|号码携带|携号转网服务",
      en: "number porting|number portability|porting|porting desk|port in and port out|mnp",
    },
    says: {
      zh: "携号转网|携号|携转|转网|携入|携出|号码转入|号码转出|转出去|转进来|转到你们|从别家转|别家转过来|从移动转|从联通转|从电信转|转到移动|转到联通|转到电信|转到别家|转别家|转网资格|携转资格|能不能转网|授权码|携转授权码|不想换号|不换号|保留号码|号码不变|号码不想换|老号码",
      en: "port|porting|port my number|port out|port in|number porting|number portability|transfer my number|keep my number|keep the same number|switch carriers|switch to another carrier|switch networks|switch to you|move my number|bring my number|pac code|authorisation code|authorization code",
    },
    parent: "mobile_service",
    fallback: [],
  },
  international_roaming: {
    of: "company",
    names: {
      zh: "国际业务|国际业务部|国际业务专席|国际业务中心|国际漫游|国际漫游服务|国际漫游中心|国际及港澳台业务|港澳台及国际业务|国际长途业务|国际客户服务",
      en: "international services|international roaming|roaming services|roaming|international and roaming|roaming and international calls|international customers",
    },
    says: {
      zh: "国际漫游|漫游|开通漫游|开漫游|漫游开了|开了漫游|漫游包|出境流量|境外流量|出国|出国用|去国外|在国外|到国外|国外|境外|在境外|出境|境外用|去美国|去日本|去韩国|去泰国|去欧洲|在美国|在日本|在韩国|在泰国|在欧洲|在香港|在澳门|去香港|去澳门|港澳台|国际长途|打国际长途|国际电话|国际短信|外籍|外国人办卡|外国人|老外|护照办卡|用护照|外国护照",
      en: "roaming|international roaming|roaming abroad|roaming package|roaming pass|roaming doesnt work|roaming not working|travelling abroad|traveling abroad|going abroad|overseas|abroad|international calls|call abroad|calling abroad|international call|hong kong|macau|foreigner|foreigners|foreign passport|passport|expat|tourist sim|in europe|in japan|in america|in the us|in the uk|use my phone abroad|phone abroad|travelling to|traveling to",
    },
    parent: "mobile_service",
    fallback: [],
  },
  enterprise_telecom: {
    of: "company",
    names: {
      zh: "政企客户部|政企部|政企事业部|政企业务部|政企中心|政企客户中心|政企|集团客户部|集客部|集团客户中心|集团客户|行业客户部|行业客户中心|政企行业|商客部|商业客户部|商企客户部|中小企业部|中小企业客户部|政企客户服务中心|大客户服务中心|政企支撑中心",
      en: "enterprise customers|enterprise services|government and enterprise|government and enterprise customers|government and business|group customers|enterprise solutions|ict solutions|business solutions|sme customers|corporate solutions|enterprise accounts|enterprise business",
    },
    says: {
      zh: "专线|互联网专线|数据专线|光纤专线|企业专线|裸光纤|专线中断|专线故障|专线断|企业宽带|商务宽带|公司宽带|办公室宽带|办公宽带|商铺宽带|店铺宽带|写字楼宽带|固定ip|公网ip|静态ip|独立ip|带宽|上下行对等|idc|机房|托管|服务器托管|机柜|云服务器|云主机|云服务|上云|天翼云|移动云|联通云|云电脑|物联网|物联网卡|iot|集团网|集团短号|集团彩铃|集团套餐|政企|对公|对公缴费|~我们公司|~我们单位|~企业|~我们店|~店里|~店铺|~门面|~固定电话|公司账户|单位账户|员工手机|员工套餐|员工号码|400电话|800电话|中继|sip中继|语音中继|呼叫中心|短信群发|企业短信|行业短信|短信平台|视频监控|智慧工地|智慧校园|组网|企业组网|sd-wan|sdwan|mpls|vpn|ict|信息化项目|解决方案|招标|标书|开增值税专票|专票",
      en: "dedicated line|dedicated lines|leased line|leased lines|dedicated internet|dedicated internet access|private line|mpls|sd wan|sdwan|vpn|fixed ip|static ip|public ip|bandwidth|symmetric|office broadband|business broadband|company broadband|broadband for our office|data centre|data center|idc|colocation|server hosting|rack|cloud server|cloud hosting|iot|iot sim|iot sims|m2m|bulk sms|sms marketing|toll free number|sip trunk|sip trunking|pbx|fixed lines for our office|video surveillance|enterprise solution|our company|our office|for our business|our employees|for my staff|corporate account|business account|company account",
    },
    fallback: [],
  },
  network_quality: {
    of: "company",
    names: {
      zh: "网络优化中心|网络优化|网络优化部|网优中心|网优部|网优|网络质量|网络质量中心|网络质量部|无线优化|无线网络优化|无线网络部|网络投诉处理中心|网络投诉|信号投诉|基站维护|基站维护中心|无线维护|网络覆盖",
      en: "network quality|network optimisation|network optimization|network performance|coverage and quality|radio network|signal complaints|network complaints|mobile network|coverage team|base stations",
    },
    says: {
      zh: "信号|网络问题|网络不好|网络差|手机网络|整栋楼|大家都|都没信号|没信号|信号差|信号不好|信号弱|信号太差|没有信号|无信号|无服务|只有一格|一格信号|信号时有时无|~打不通|打不出去|接不通|打不进来|电话打不进来|掉线|通话掉线|断断续续|听不清|通话断|通话质量|杂音|回声|手机上不了网|手机网速|手机网慢|流量网速|4g信号|5g信号|5g网络|显示4g|没有5g|没5g|基站|信号塔|铁塔|建基站|装基站|拆基站|基站辐射|辐射|楼顶基站|楼顶上的基站|天线|室分|室内覆盖|电梯里没信号|地下室没信号|车库没信号|家里没信号|小区没信号|村里没信号|~覆盖|信号覆盖|盲区|网络拥堵|网络故障|大面积|一片都没信号|整个小区",
      en: "signal|network issue|network issues|network problem|network problems|network is slow|mobile internet|whole building|everyone has the same problem|no signal|bad signal|poor signal|weak signal|signal is weak|signal is bad|one bar|no bars|no service|~coverage|no coverage|poor coverage|bad coverage|dead zone|dead spot|dropped calls|calls drop|call keeps dropping|calls keep dropping|cant make calls|cannot make calls|cant hear|call quality|mobile data is slow|slow mobile data|cell tower|mast|phone mast|base station|radiation|antenna|tower on the roof|no signal at home|no signal in the lift|no signal in the basement|network outage|network down|whole area",
    },
    fallback: [],
  },
  line_maintenance: {
    of: "company",
    names: {
      zh: "线路维护中心|线路维护|线路中心|线路部|线路维护部|线路维护班|线务|线务中心|线务站|线路所|线路班|光缆维护|光缆维护中心|光缆中心|传输线路|外线|外线班|线路资源|杆线维护|通信线路|管线资源",
      en: "line maintenance|lines and cables|cable maintenance|outside plant|line operations|lines team|cable network|fibre network maintenance|fiber network maintenance|cables and poles|line and cable",
    },
    says: {
      zh: "线路|那根线|这根线|有根线|一根线|一堆线|根线|线槽|线槽掉|楼道里的线|楼道线|掉在地上|掉地上|拖在地上|横在|线横|挪走|挪一下|线挂在|挂在我家|挂在窗户|窗户外面|移走|把线移|光缆|光纤线|线缆|通信线|通信电缆|电话线|电线杆|线杆|水泥杆|杆子|杆子倒|线杆倒|电杆|线掉|线掉下来|掉下来的线|线垂|垂下来|耷拉|挂得很低|线太低|线很低|拦在路上|挡路|缠在树上|挂在树上|被挖断|挖断|挖到|施工挖|挖断光缆|迁改|线路迁改|迁移线路|移杆|移线|挪杆|杆线|交接箱|光交箱|分纤箱|人井|手井|~井盖|通信管道|弱电井|飞线|乱拉|私拉|线很乱|线乱|地下有没有光缆|施工前",
      en: "cable|cables|fibre cable|fiber cable|telecom cable|telephone cable|phone line down|line down|cable down|cables hanging|hanging cable|hanging low|low hanging|pole|poles|telegraph pole|telephone pole|leaning pole|pole fell|cut the cable|cut a cable|damaged cable|cable damaged|dug up|digging|relocate the cable|move the cable|move the pole|manhole|manhole cover|junction box|cabinet|street cabinet|before we dig",
    },
    fallback: ["broadband_repair"],
  },
  scam_prevention: {
    of: "company",
    names: {
      zh: "反诈中心|反诈骗中心|反诈|反诈专班|反诈工作室|防诈骗中心|防诈中心|防诈骗|反电诈|反电诈中心|反电信诈骗中心|反诈骗|防范电信网络诈骗|防骚扰|骚扰电话治理|不良信息治理|涉诈处置",
      en: "anti scam|anti scam centre|anti scam center|scam prevention|fraud prevention|anti fraud centre|anti fraud center|fraud and spam|spam and fraud|nuisance calls|anti spam",
    },
    says: {
      zh: "诈骗|说是你们|说是客服|下载一个app|下载app|让我下载|要我下载|远程控制|陌生电话|境外电话|陌生号码|奇怪的电话|骗人|骗人的|是不是骗人|骗钱|点链接|让我点链接|发链接|链接|积分要过期|积分过期|转账|差点转|差点就转|要钱|出事了要钱|自称|自称是|涉嫌违规|涉嫌|号码违规|要停我的机|说要停机|是不是骗子|是不是诈骗|是不是真的|诈骗电话|诈骗短信|骗子|被骗|骗了|上当|冒充|冒充客服|冒充公检法|冒充电信|冒充移动|冒充联通|冒充你们|刷单|兼职刷单|杀猪盘|投资诈骗|贷款诈骗|屏幕共享|共享屏幕|把验证码|验证码给了|骚扰电话|骚扰短信|垃圾短信|推销电话|广告电话|营销电话|响一声|陌生来电|境外来电|国际来电|诈骗网址|钓鱼|钓鱼网站|钓鱼短信|涉诈|涉诈停机|涉嫌诈骗|~被停机|号码被停|号被封|被关停|号码被标记|被标记|标记为骚扰|高风险|风险号码|限制呼出|~解封|解除限制|二次实名|二次核验|反诈app|国家反诈中心|拦截|防骚扰|黑名单|来电拦截|短信拦截",
      en: "scam|click a link|clicked a link|click the link|suspicious link|suspicious text|suspicious message|will be cancelled|will be suspended|claiming to be|said my number|is this a scam|is it a scam|was that really you|scams|scam call|scam calls|scammer|scammers|scammed|fraud call|fraud calls|fraudulent call|fraudster|phishing|phishing text|fake customer service|pretending to be|impersonating|someone pretending|spam calls|spam call|nuisance calls|nuisance call|robocalls|marketing calls|spam texts|spam sms|spam messages|block a number|blocking calls|blacklist|number blocked|number suspended for fraud|flagged as spam|marked as spam|flagged as fraud|screen sharing|screen share|investment scam|cheated|conned",
    },
    fallback: [],
  },
} satisfies Partial<Record<Kind, KindWords>>;
