import type { Kind, KindWords } from "./kind.ts";

/**
 * What travellers, companies, overseas partners, guides and suppliers say to a travel agency's or
 * tour operator's departments: outbound and domestic tours, inbound tours, visas, air and rail
 * tickets and hotels, tailor-made trips, corporate travel and incentive trips, tour operations,
 * guides, and the line travellers call when something goes wrong on a trip. Each falls back
 * only to another of these, so a hotel's concierge or a company's travel desk hears none of their
 * words.
 */
export const TRAVEL_KINDS = {
  outbound_tours: {
    of: "company",
    names: {
      zh: "出境游部|出境游中心|出境旅游部|出境旅游中心|出境部|出境中心|出境游事业部|出境事业部|出国游部|国际旅游部|国际旅游中心|欧洲部|欧洲线|欧美部|美洲部|澳新部|日韩部|日本部|东南亚部|海岛部|海岛游部|中东非部|长线部|邮轮部|邮轮中心|邮轮旅游部",
      en: "outbound tours|outbound travel|outbound holidays|outbound department|international tours|international holidays|international travel|overseas tours|overseas travel|overseas holidays|holidays abroad|europe desk|europe tours|long haul|long haul holidays|asia tours|island holidays|cruise|cruises|cruise holidays|cruise desk",
    },
    says: {
      zh: "出境|出境游|出国|出国游|出国玩|出国旅游|国外|国外旅游|境外|境外游|海外|~欧洲|~西欧|~东欧|~北欧|~南欧|~法国|~意大利|~瑞士|~德国|~英国|~西班牙|~希腊|~冰岛|~俄罗斯|~日本|~东京|~大阪|~北海道|~韩国|~首尔|~济州岛|~泰国|~曼谷|~普吉岛|~清迈|~新加坡|~马来西亚|~越南|~柬埔寨|~巴厘岛|~印尼|~菲律宾|~马尔代夫|~斯里兰卡|~迪拜|~土耳其|~埃及|~摩洛哥|~非洲|~肯尼亚|~南非|~澳洲|~澳大利亚|~新西兰|~美国|~美西|~美东|~加拿大|~南美|~南极|~北极|~极光|~看极光|~港澳|~香港|~澳门|~台湾|邮轮|坐邮轮|邮轮票|船票|跟团|报团|参团|旅行团|旅游团|出境团|团费|团期|成团|出团|拼团|几人成团|线路|路线|行程单|自费项目|购物店|单房差|全包|含签|含签证|免签|护照有效期|小费|境外保险|转机|直飞|跟团游|报名|报个团|还有位置|还有位子|还有名额|名额|余位|有没有位置|有位置吗",
      en: "outbound|overseas|abroad|international trip|international tour|go abroad|travel abroad|holiday abroad|trip abroad|~europe|~european tour|~france|~italy|~switzerland|~germany|~uk|~spain|~greece|~iceland|~japan|~tokyo|~osaka|~korea|~seoul|~thailand|~bangkok|~phuket|~singapore|~malaysia|~vietnam|~bali|~indonesia|~philippines|~maldives|~sri lanka|~dubai|~turkey|~egypt|~morocco|~africa|~safari|~kenya|~south africa|~australia|~new zealand|~usa|~america|~canada|~south america|~antarctica|~arctic|~northern lights|~aurora|~hong kong|~macau|~macao|~taiwan|cruise|cruises|cruise ship|group tour|group tours|package tour|package holiday|join a tour|tour group|tour package|departure date|departures|tour price|single supplement|optional excursions|shopping stops|travel insurance|tour dates|sign up|book a tour|join the tour|spaces left|places left|seats left|any places",
    },
    fallback: ["domestic_tours", "custom_tours"],
  },
  domestic_tours: {
    of: "company",
    names: {
      zh: "国内游部|国内游中心|国内旅游部|国内旅游中心|国内部|国内游事业部|国内事业部|周边游部|周边游中心|省内游部|短线部|国内长线部|散客部|散客中心|旅游门店|旅游咨询中心|研学部|研学旅行部|研学中心|老年旅游部|夕阳红旅游部|亲子游部",
      en: "domestic tours|domestic travel|domestic holidays|domestic department|china holidays|local tours|regional tours|short breaks|weekend breaks|day tours|retail travel|travel shop|travel store|high street shop|study tours|educational tours|school tours|senior tours",
    },
    says: {
      zh: "国内游|国内旅游|国内|周边游|周边|短途|短线|长线|省内|省外|~云南|~昆明|~丽江|~大理|~西双版纳|~香格里拉|~海南|~三亚|~西藏|~拉萨|~新疆|~喀纳斯|~伊犁|~张家界|~凤凰古城|~桂林|~阳朔|~九寨沟|~黄山|~北京|~西安|~兵马俑|~厦门|~鼓浪屿|~东北|~哈尔滨|~雪乡|~长白山|~内蒙古|~呼伦贝尔|~青海|~青海湖|~甘肃|~敦煌|~大西北|~贵州|~黄果树|~成都|~重庆|~峨眉山|~乐山|~华东五市|~江南|~乌镇|~周庄|~杭州|~苏州|~千岛湖|~武夷山|~泰山|~庐山|~长江三峡|~三峡游轮|~西湖|一日游|两日游|三日游|纯玩|纯玩团|高铁游|双飞|自驾游|老年团|夕阳红|老年人旅游|亲子游|亲子团|研学|研学旅行|研学团|夏令营|冬令营|游学|春游|秋游|报名|报个团|跟团游|旅游团|团费|团期|几号出发|出发时间|集合|儿童价|老人价|门市|门店|旅行社|跟团|报团|参团|旅行团|成团|出团|拼团|线路|路线|还有位置|还有位子|还有名额|名额|余位|有没有位置|有位置吗",
      en: "domestic|domestic tour|domestic trip|within china|in china|around china|weekend trip|weekend getaway|short break|day trip|day tour|two day tour|three day tour|~yunnan|~lijiang|~dali|~hainan|~sanya|~tibet|~lhasa|~xinjiang|~zhangjiajie|~guilin|~yangshuo|~jiuzhaigou|~huangshan|~yellow mountain|~beijing|~xian|~terracotta warriors|~xiamen|~harbin|~inner mongolia|~qinghai|~dunhuang|~guizhou|~chengdu|~chongqing|~three gorges|~yangtze cruise|~hangzhou|~suzhou|~west lake|great wall tour|coach tour|bus tour|train tour|high speed rail tour|self drive|senior tour|family tour|study tour|school trip|summer camp|winter camp|sign up|book a tour|join the tour|tour dates|spaces left|places left|child price|travel agency|travel agent|group tour|group tours|package tour|tour package|join a tour|tour group|departure date|departures|tour price|seats left|any places",
    },
    fallback: ["outbound_tours", "custom_tours"],
  },
  inbound_tours: {
    of: "company",
    names: {
      zh: "入境游部|入境游中心|入境旅游部|入境旅游中心|入境部|入境中心|入境事业部|入境接待部|国际入境部|外联部|外联中心|欧美入境部|日本入境部|亚洲入境部|地接部|地接中心|地接社",
      en: "inbound tours|inbound travel|inbound department|inbound operations|incoming tours|incoming travel|china tours|tours of china|destination management|dmc|ground handling|ground operations|land operations|receptive tours|foreign groups",
    },
    says: {
      zh: "入境|入境游|入境团|入境旅游|外宾|外宾团|外国客人|外国游客|外国团|老外|国外客人|国外团|国外旅行社|境外旅行社|境外客户|外国旅行社|来华|来中国|来华旅游|地接|地接社|接待外宾|接待外国|接团|外语导游|英语导游|日语导游|法语导游|德语导游|西语导游|俄语导游|韩语导游|外语团|免签|过境免签|144小时|240小时|72小时|邀请函|签证邀请函|入境签证|接机|送机|外国人入住|境外游客|英文导游|外国朋友|外国客人来|老外客人|外宾客人|不会说中文|不会讲中文",
      en: "inbound|visit china|visiting china|visit to china|trip to china|tour of china|china tour|china tours|travel to china|travelling to china|traveling to china|coming to china|first time in china|tour in china|foreign visitors|foreign tourists|foreign guests|overseas visitors|our clients are coming|our group is coming|our group arrives|group arriving|ground handling|ground arrangements|land arrangements|land package|ground services|local partner|local agent|receptive|dmc|english speaking guide|english guide|german speaking guide|french speaking guide|spanish speaking guide|japanese speaking guide|visa free|visa free transit|transit without visa|144 hour|240 hour|72 hour|invitation letter|letter of invitation|tour operator in|agent in|visiting from|from germany|from canada|from the us|from america|from australia|from the uk|from england|from france|from japan|from korea|from overseas|dont speak chinese|dont speak any chinese|silk road|terracotta|terracotta army|a guide and a car|guide and driver",
    },
    fallback: ["outbound_tours", "domestic_tours"],
  },
  visas: {
    of: "company",
    names: {
      zh: "签证部|签证中心|签证处|签证服务中心|签证办理中心|签证事业部|签证组|签证室|签证柜台|签证服务部|证件中心|证照中心|证照服务部|签证护照部|护照签证部",
      en: "visas|visa|visa centre|visa center|visa services|visa service|visa department|visa desk|visa office|visa team|visa section|visa and passport services|passport and visa|passports and visas|travel documents|documents and visas",
    },
    says: {
      zh: "签证|办签证|签证办理|签证材料|签证资料|签证费|签证多少钱|签证要多久|签证进度|出签|出签了吗|下签|拒签|被拒签|拒签了|签证被拒|申根|申根签|美签|美国签证|日签|日本签证|韩签|韩国签证|英签|英国签证|澳签|澳洲签证|加签|加拿大签证|欧洲签证|个人旅游签证|旅游签证|商务签证|探亲签证|留学签证|工作签证|多次往返|多次签|五年多次|十年签|电子签|电子签证|面签|面谈|预约面签|录指纹|按指纹|生物信息|送签|递签|签证中心|领馆|领事馆|大使馆|使馆|护照|办护照|护照过期|护照有效期|护照换发|港澳通行证|通行证|港澳签注|签注|台湾通行证|入台证|邀请函|存款证明|资产证明|银行流水|流水|行程单|机票预订单|酒店预订单|签证照片|照片要求|白底照片|加急签证|加急|户口本复印件|退休证|学生证|营业执照复印件|落地签|落地签证",
      en: "visa|visas|visa application|apply for a visa|visa fee|visa fees|visa processing|processing time|visa status|visa approved|visa refused|visa rejected|refusal|refused|rejected|schengen|schengen visa|us visa|uk visa|japan visa|australia visa|canada visa|tourist visa|business visa|visitor visa|multiple entry|single entry|e visa|evisa|esta|eta|visa appointment|visa interview|biometrics|fingerprints|embassy|consulate|passport|passports|passport renewal|passport expiry|expired passport|travel document|travel documents|invitation letter|bank statement|bank statements|proof of funds|employment letter|flight reservation|hotel reservation|visa photo|passport photo|supporting documents|document checklist|expedited|urgent visa|entry requirements",
    },
    fallback: ["outbound_tours"],
  },
  air_tickets: {
    of: "company",
    names: {
      zh: "机票部|机票中心|机票预订中心|机票预订部|机票事业部|机票组|国际机票部|国内机票部|航空票务部|航空票务中心|航空客票部|票务机票部|机票火车票|机票酒店部|交通票务部|客票部",
      en: "air tickets|air ticketing|air travel|flights|flight bookings|flight centre|flight center|flight desk|airline tickets|airline ticketing|air desk|air department|air reservations|flight reservations|air and rail|rail tickets|flights and hotels",
    },
    says: {
      zh: "机票|订机票|买机票|飞机票|订票|订个票|出票|出票了吗|航班|航班号|起飞|落地|到达时间|几点的飞机|经济舱|超级经济舱|商务舱|头等舱|往返|往返票|单程|单程票|联程|中转|转机|直飞|改签|改期|改时间|改航班|退票|退机票|退票费|改签费|改名|名字错了|姓名拼写|票号|电子客票|行程单|报销凭证|值机|网上值机|选座|选座位|靠窗|靠过道|升舱|行李额|托运额|托运行李|超重|特价机票|特价票|打折机票|廉航|春秋|航空公司|东航|南航|国航|海航|川航|厦航|延误|航班延误|航班取消|误机|没赶上飞机|火车票|高铁票|动车票|订火车票|卧铺|机加酒|儿童票|婴儿票|学生票|老人票|开票|改签手续|订酒店|订个酒店|酒店预订|订的酒店|延住|酒店延住|续住|酒店改期|改酒店|取消酒店|酒店退订",
      en: "flight|flights|air ticket|air tickets|airline ticket|plane ticket|plane tickets|book a flight|book flights|booking a flight|economy|premium economy|business class|first class|return ticket|return flight|one way|round trip|connecting flight|connection|layover|stopover|direct flight|change my flight|change the flight|change my ticket|reschedule my flight|cancel my flight|cancel the flight|refund my ticket|ticket refund|change fee|name change|misspelled|spelling of my name|ticket number|e ticket|eticket|itinerary receipt|check in online|online check in|seat|seats|seat selection|aisle seat|window seat|upgrade|baggage allowance|luggage allowance|checked bag|excess baggage|cheap flights|airfare|airfares|fares|low cost|airline|delayed|delay|cancelled flight|missed my flight|missed the flight|train ticket|train tickets|rail ticket|high speed train|sleeper|flight and hotel|hotel booking|book a hotel|booked hotel|the hotel you booked|extend my hotel|hotel reservation",
    },
    fallback: ["custom_tours", "outbound_tours"],
  },
  custom_tours: {
    of: "company",
    names: {
      zh: "定制旅游部|定制旅游中心|定制游部|定制游中心|定制部|定制中心|旅游定制中心|定制旅行部|定制旅行中心|高端定制部|高端定制中心|私人定制部|私人定制中心|私家团部|小包团部|自由行部|自由行中心|自由行事业部|度假产品部|度假中心|蜜月中心|主题旅游部",
      en: "tailor made|tailor made travel|tailor made tours|tailor made holidays|tailormade|custom tours|custom travel|customised travel|customized travel|bespoke travel|bespoke tours|bespoke holidays|private tours|private travel|luxury travel|luxury holidays|independent travel|free and easy|holiday planning|travel designers|travel consultants|honeymoons",
    },
    says: {
      zh: "定制|定制游|定制旅游|定制行程|私人定制|私人订制|私家团|小包团|独立成团|包团|单独成团|家庭游|朋友几个|几个朋友|小团|精品小团|蜜月|蜜月游|度蜜月|结婚旅行|纪念日|求婚|自由行|半自由行|半自助|机加酒|酒店加机票|机票加酒店|度假村|包车|包车游|包个车|司机|专车|司兼导|私人导游|专属导游|一对一|量身|行程规划|行程设计|规划行程|安排行程|设计一条|自己安排|时间自由|不想跟团|不跟团|不想赶路|慢游|深度游|高端|奢华|豪华|五星|私密|摄影|拍婚纱|旅拍|主题游|徒步游|自驾|签证加酒店|不想跟大团|不跟大团|有车有导游|车和导游|自己一家人|就我们一家|就我们几个",
      en: "tailor made|tailormade|bespoke|custom|customised|customized|custom trip|custom itinerary|private tour|private tours|private trip|private guide|private driver|private car|car and driver|chauffeur|just us|just the two of us|just our family|honeymoon|anniversary|proposal|independent|independent travel|self guided|free and easy|flight and hotel|flight plus hotel|resort|plan a trip|plan our trip|planning a trip|itinerary planning|design an itinerary|our own itinerary|our own pace|at our own pace|not a group tour|dont want a group|no group|small group|luxury|five star|photography|photo tour|pre wedding photos",
    },
    fallback: ["outbound_tours", "domestic_tours"],
  },
  corporate_travel: {
    of: "company",
    names: {
      zh: "商旅部|商旅中心|商旅事业部|商旅服务部|商旅管理部|商务旅行部|商务旅行中心|差旅管理部|差旅服务中心|差旅管理中心|差旅部|企业差旅部|会奖部|会奖中心|会奖事业部|会奖旅游部|会议奖励旅游部|奖励旅游部|会展旅游部|MICE部|MICE中心|企业旅游部",
      en: "corporate travel|corporate travel management|business travel|business travel centre|business travel center|travel management|travel management company|tmc|mice|mice department|meetings and incentives|meetings incentives conferences and events|incentive travel|incentives and events|conferences and incentives|corporate events|group travel",
    },
    says: {
      zh: "商旅|差旅|出差|公司出差|员工出差|同事出差|出差订票|出差机票|出差酒店|差旅标准|差旅政策|差旅管理|差旅平台|差旅报销|企业账户|企业协议|企业客户|公司订票|公司统一|统一结算|月结|公司月结|挂账|对账单|发票统一|奖励旅游|激励旅游|会奖|会议旅游|会务|会议|开会|年会|经销商大会|经销商会议|客户答谢|答谢会|展会|参展|出国参展|考察|商务考察|出国考察|培训|团建|团建活动|拓展|拓展训练|公司旅游|员工旅游|组织旅游|员工福利|福利游|职工疗休养|疗休养|工会|工会旅游|几百人|上百人|一百多人|几十人|大团|企业团|公司团|包机|包专列|包场|搞个团建|公司团建|员工团建|我是行政|公司想搞|单位组织|差旅协议",
      en: "business trip|business trips|business travel|corporate travel|corporate account|company account|corporate rate|corporate rates|negotiated rate|travel policy|travel approval|our employees|our staff travel|staff travel|employees travelling|employees traveling|company trip|staff trip|company outing|incentive trip|incentive travel|reward trip|sales incentive|top performers|dealer trip|dealers|mice|conference|conferences|convention|delegates|trade show|trade fair|exhibition|team building|offsite|off site|company retreat|annual meeting|annual conference|kick off|launch event|hundred people|large group|charter|charter flight|monthly invoicing|monthly billing|consolidated invoice|invoice the company|travel manager|booking tool|online booking tool",
    },
    fallback: ["custom_tours", "domestic_tours"],
  },
  tour_operations: {
    of: "company",
    names: {
      zh: "计调部|计调中心|计调|计调组|团队操作部|团队计调部|出团中心|出团部|团控中心|团控部|资源采购部|产品资源部|地接操作部|运营操作部",
      en: "tour operations|tour ops|operations and planning|tour planning|tour control|ground operations team|product and contracting|group operations",
    },
    says: {
      zh: "计调|出团通知|出团通知书|行前通知|行前说明|行前说明会|集合时间|集合地点|在哪集合|几点集合|集合|机场集合|出团|团号|确认单|团队确认|名单|游客名单|分房|分房表|房间分配|大巴|旅游大巴|车队|车辆安排|用车|订车|司机电话|订房|团房|团队房|酒店确认|酒店供应商|地接社|景区门票|团队门票|餐标|团餐|餐厅供应商|供应商|合作报价|报价|对接|资源|航空公司座位|切位|包位|名额确认|落实|团队变更|加人|减人|行程变更|改行程|团队价|团队票|团队优惠|协议价|签协议|合作酒店|合作景区|景区合作|酒店合作|车队合作|我们是酒店|我们是一家酒店|我们是景区|演出合作|团里的酒店|行程里的酒店|换酒店|接团的车|团的车|用车时间",
      en: "operations|ops|tour operations|final documents|travel documents pack|joining instructions|meeting point|meeting time|where do we meet|what time do we meet|pre departure|pre departure briefing|tour code|group code|booking code|confirmation|rooming list|room allocation|coach|coaches|bus company|transport provider|driver number|drivers number|hotel allocation|group rates|allotment|allotments|supplier|suppliers|contract rates|contracting|rates for|quote for a group|net rates|manifest|passenger list|name list|add a passenger|remove a passenger|change the itinerary|itinerary change|group rate|net rate|contract rate|we are a hotel|our hotel would like|partner hotel|coach company",
    },
    fallback: ["domestic_tours", "outbound_tours"],
  },
  tour_guides: {
    of: "company",
    names: {
      zh: "导游部|导游中心|导游服务中心|导游服务部|导服部|导服中心|导游管理部|导游领队部|领队部|领队中心|导游领队中心|导游与领队部|领队管理部|讲解部|讲解员中心|导游调度中心|导游调度|导游派遣中心",
      en: "tour guides|guides|guide services|guiding|guide department|tour leaders|tour leaders and guides|guides and tour leaders|tour escorts|tour managers|guide office|guide desk|interpreters and guides|guide dispatch|guide scheduling",
    },
    says: {
      zh: "导游|导游电话|导游的电话|导游联系方式|联系不上导游|导游不接|导游没来|导游迟到|导游态度|导游服务|导游讲解|导游推销|导游让买|导游强迫|强制购物|强迫购物|购物点|进店|导游小费|小费|领队|领队电话|领队联系|全陪|地陪|讲解|讲解员|讲解器|带团|带队|外语导游|导游派遣|导游费|导游补助|导游报账|带团费|换导游|换个导游|带不了团|带不了|临时换人|派团|排团|导游排班|导游调度|我是导游|我是领队|我是明天|带团的",
      en: "guide|guides|tour guide|tour guides|the guide|our guide|tour leader|tour leaders|tour escort|tour manager|guide didnt|guide was late|guide never|cant reach the guide|guides number|guides phone|guided|guiding|commentary|audio guide|headset|forced shopping|shopping stops|tips for the guide|tipping|gratuities|guide fee|guide fees|change the guide|replacement guide|cant lead|im the guide|i am the guide|guide rota|guide roster",
    },
    fallback: ["tour_operations", "domestic_tours"],
  },
  travel_assistance: {
    of: "company",
    names: {
      zh: "24小时应急热线|应急热线|应急服务热线|紧急救援中心|旅游救援中心|救援中心|应急中心|应急服务中心|紧急联络中心|安全应急部|应急保障部|旅行援助中心|旅游应急中心|出行保障部|行中服务中心|在途服务中心|紧急联络",
      en: "travel assistance|24 hour travel assistance|24 hour assistance|24 hour emergency line|emergency assistance|emergency line|emergency hotline|travel emergency|assistance line|duty line|in trip support|on trip support|traveller support|traveler support",
    },
    says: {
      zh: "在国外|在境外|人在国外|人在外地|在外地|我们在|现在在|正在旅游|在旅游|团在|行程中|出门在外|滞留|被困|困在|回不来|回不了国|回不去|走散|走散了|掉队|迷路|找不到团|联系不上导游|导游联系不上|联系不上领队|领队联系不上|找不到导游|导游没来|导游没出现|导游不见|领队不见|没人管|团里没人管|车没来|大巴没来|车没到|大巴没到|没人接|接机没人|没人来接|误机|没赶上飞机|赶不上飞机|没赶上|飞机改时间|航班改了|航班取消|滞留机场|机场滞留|护照丢了|护照被偷|证件丢了|证件丢失|钱包被偷|东西被偷|被抢|生病了|发烧了|住院了|受伤了|摔伤|出车祸|车祸|出事了|出了事|突发|紧急|着急|怎么办啊|地震|台风|暴雨|罢工|大使馆|领事馆|补办护照|旅行证|联系不上|也联系不上|打不通电话|在机场|机场等|困在机场|没出现|都没出现|电话也不接|不接电话|电话不接|一直没出现|说好来接|没来接|没人来接我们|接的人没来",
      en: "stranded|stuck at|stuck in|we are in|were in|im in|currently in|on your tour|on the tour|during the trip|on our trip|got separated|lost the group|cant find the group|cant find our guide|cant reach the guide|cant reach our guide|guide isnt answering|guide didnt show|guide never showed|no one came|nobody came|bus didnt show|bus didnt come|coach didnt come|no one to pick us up|missed my flight|missed our flight|missed the flight|flight was cancelled|flight cancelled|lost my passport|lost our passports|passport stolen|passport was stolen|wallet stolen|robbed|sick|fell ill|in hospital|injured|accident|emergency|urgent|help|embassy|consulate|strike|typhoon|earthquake|storm|missed my connecting flight|missed my connection|missed the connection|missed our connection",
    },
    fallback: ["tour_operations", "tour_guides"],
  },
} satisfies Partial<Record<Kind, KindWords>>;
