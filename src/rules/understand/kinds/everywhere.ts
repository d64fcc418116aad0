import type { Kind, KindWords } from "./kind.ts";

/** Kinds every organisation has, hotel or company. */
export const EVERYWHERE_KINDS = {
  operator: {
    of: "any",
    names: {
      zh: "总机|接线员|话务员|话务台|总机台",
      en: "operator|switchboard|telephone operator",
    },
    says: {
      zh: "转总机|人工服务|转人工|人工客服|找人工|接人工|真人|接线员|~不知道找谁|~不知道该找谁|~不知道找哪个|~不知道找哪个部门|~不知道打给谁|~不清楚找谁|~不清楚该找谁|~不太清楚找谁|~不太清楚该找谁|~不确定找谁|~不知道要找谁|~不知道应该找谁|~该找谁|~该找哪个部门|~找哪个部门",
      en: "real person|human|actual person|live person|a person please|~dont know who to ask|~dont know who to talk to|~not sure who to ask|~not sure who to talk to|~not sure which department|~dont know which department|~not sure who i need|~dont know who i need|~not sure who i should|~dont know who i should|~not sure who to speak to|~dont know who to speak to|~no idea who to",
    },
    fallback: ["reception", "front_desk"],
  },
  sales: {
    of: "any",
    names: {
      zh: "销售部|销售|营销部|营销中心|业务部|销售中心|市场销售部|商务部|销售办公室|国内销售|外贸部|国际贸易部|出口部|进出口部|进出口业务部|进出口|贸易部|国际业务部|营业部|大客户部",
      en: "sales|sales department|sales office|business development|commercial|account management|export|export sales|domestic sales|import and export|import & export|key accounts|new business",
    },
    says: {
      zh: "协议价|公司协议|协议酒店|企业价|企业客户|团购|大客户|客户经理|销售经理|~合作|优惠|折扣|长期合作|签约|团队|团队房|团房|旅游团|旅行团|旅行社|会议团|团队入住|多间房|批量订房|长包房|包房价|机组|机组人员|机组协议|机组房|航空公司协议|长住协议|长包|长包协议",
      en: "sales|corporate rate|corporate account|group rate|group booking|groups|~group of|tour group|travel agency|tour operator|block of rooms|rooms for a group|discount|account manager|sales rep|salesperson|partnership|negotiated rate|airline crew|crew rooms|crew contract|crew rate|crew accommodation",
    },
    // A company's customers buy its products; a hotel's ask the price of rooms and meals.
    companySays: {
      zh: "询价|问价|问问价|卖产品|卖东西|报价|报个价|报价单|~多少钱|~价格|~价钱|~收费|怎么收费|怎么卖|卖不卖|价目表|价格表|收费标准|有没有货|现货|订货|下单|下订单|订单|加单|追加|订购|采购你们|买你们|想买|购买|批发|批量|起订量|最小起订|样品价格|合同价|便宜点|业务员|外贸|出口|买一批|买一些|要一批|订一批|了解一下产品|产品介绍|产品咨询|产品演示|演示|购买意向|采购意向|合作意向|商务合作|方案报价|进口|代理进口|代理出口|进出口|外贸订单|贸易|货源|找货源|采购一批|~坐席|买坐席|几个坐席|免费试用|申请试用|试用账号|演示账号|多少钱一年|年费|一年多少钱|按年收费|按月收费|价格方案|版本区别|旗舰版|企业版|标准版|专业版|私有化报价|采购流程|经销价|出厂价|批发价|代理价|最低价|底价|优惠价|含税价|不含税|含运费|到岸价|现货吗|有现货|产品目录|产品手册|产品资料|规格书|参数表|选型|帮我选型|推荐型号|定制报价|打样费|开模|开模费|模具费|MOQ",
      en: "quote|quotation|~price|~prices|pricing|price list|~how much|~cost|~costs|buy|buying|purchase from you|order|place an order|new order|bulk order|wholesale|minimum order|moq|in stock|stock|volume discount|catalogue|catalog|~export|demo|product demo|licence|license|licenses|seats|plans|pricing plans|interested in your|learn more about|source|sourcing from|looking to source|looking to buy|looking to import|import from|importing|trade order|trade orders|free trial|trial account|demo account|book a demo|schedule a demo|request a demo|annual price|per year|per month|per user|per seat|enterprise plan|enterprise edition|pricing tiers|which plan|compare plans|education discount|nonprofit discount|volume pricing|sales team|talk to sales|speak to sales|contact sales|sales rep|ex works price|factory price|wholesale price|distributor price|unit price|price per unit|price per piece|price including|product catalogue|product catalog|datasheet|data sheet|spec sheet|technical data sheet|model number|which model|recommend a model|tooling cost|mould cost|mold cost|sample cost|sample fee|oem|odm|private label",
    },
    fallback: ["marketing", "reception", "front_desk"],
  },
  finance: {
    of: "any",
    names: {
      zh: "财务部|财务|财务处|财务中心|财务室|会计部|会计|账务|出纳|结算中心|财会|资金部|审计部",
      en: "finance|finance department|accounting|~accounts|accounts department|accountant|accountancy|billing|treasury|cashier|accounts payable|accounts receivable",
    },
    says: {
      zh: "!发票|!开发票|!开票|开张发票|专票|普票|增值税|发票抬头|抬头|税号|红冲|账单|对账|对账单|账目|账对不上|账不对|付款|收款|!回款|!打款|汇款|转账|!到账|!货款|欠款|欠我们|拖欠|结款|款还没|没收到款|款没到|款没收到|款项|结算|应付|应收|退款|退钱|退费|报销|财务|会计|出纳|!多收|!多扣|!扣了两次|!重复扣款|!收错|账单有问题|账单不对|钱算错|扣费|扣款|收费有误|算错|多收费|信用卡|刷了两次|扣了我|扣我|费用|对公|银行账号|银行信息|付款账号|开户行|工资条|!工程款|!进度款|尾款|质保金|付钱|什么时候付|还没付|没付|付了没|运费|费用清单|交学费|缴学费|缴纳学费|学费怎么交|学费怎么缴|学费在哪交|学费交到|学费分期|学费发票|学费收据|退学费|分期付款|学费交了|交了学费|学费已经交|学费已交|欠学费|欠费|还欠费|显示欠费|缴费记录|还没结|没结算|结运费|运费没结|运费还没|拖欠运费|账期|挂账|签单|签单挂账|公司挂账|月结|公司月结|挂公司账|佣金结算|结佣|扣了两笔|扣两笔|收了两次|刷了两笔|多刷|多刷了|信用卡被扣|卡被扣|退款没到|退款还没到|退款进度|钱还没退|钱没退回|补开发票|重开发票|发票开错|发票重开|发票作废|换发票|开错票|电子发票|纸质发票|发票没收到|发票寄|增票|专用发票|旅行社佣金|佣金没到|佣金还没|佣金什么时候|租金发票|租金收据|交租|交租金|缴租金|缴租|付租金|租金交了|交了租金|租金已交|租金到账|租金怎么交|租金交到|租金账户|租金账号|收租|催租|欠租|租金对账|推广费|推广费发票|推广费结算|联营结算|销售款结算|销售返款|扣点结算|结算单|押金还没退|押金没退|退押金|押金退回|退还押金|押金退还|保证金退还|退保证金|质保金退|营业额返款|货款结算|代收款|收银款|收银款结算|统一收银结算|结款周期|扣款明细|费用明细|账单明细|月结单",
      en: "!invoice|!invoices|!invoiced|invoicing|fapiao|vat|tax invoice|receipt|bill|billing|billed|billed twice|statement|statement of account|reconcile|reconciliation|payment|payments|pay|paid|unpaid|overdue|outstanding|remittance|wire|bank transfer|bank details|refund|refunded|reimbursement|reimburse|expense claim|accounts payable|accounts receivable|accountant|accounting|finance|charge|charged|charges|!overcharged|!overcharge|!double charged|!charged twice|!invoiced twice|two charges|bill is wrong|wrong bill|bill was wrong|mistake on my bill|!dispute a charge|credit card|card was charged|extra charge|dispute|disputed|money back|deduct|deducted|fee|fees|owe|owe us|owed|you owe|been paid|paid yet|progress payment|retention|retention money|pay tuition|pay my tuition|pay the tuition|paying tuition|tuition payment|pay my tuition fees|pay the tuition fees|pay tuition fees|pay my fees|pay the fees|fee payment|payment plan|instalment|installment|paid the tuition|paid my tuition|tuition fee twice|not been paid|havent been paid|hasnt been paid|still hasnt been paid|still not paid|payment terms|city ledger|master account|bill to my company|bill my company|bill the company|charge to my company|company account|credit facility|vendor payment|vat invoice|special vat|e invoice|tax number|tax id|refund hasnt arrived|refund not received|still waiting for my refund|where is my refund|refund status|double charge|two transactions|charged two times|charged my card twice|unauthorised charge|unauthorized charge|unknown charge|charge i dont recognise|charge i dont recognize|commission payment|commission statement|rent invoice|rent invoices|rent receipt|rent receipts|pay the rent|pay our rent|pay rent|rent payment|rent payments|paying rent|rent arrears|rent account|service charge invoice|service charge bill|service charge statement|get my deposit back|deposit refund|refund our deposit|refund my deposit|return our deposit|supplier invoice|invoice is overdue|overdue invoice|final payment|balance payment|promotion fee|marketing levy|our takings|sales proceeds|settlement statement|monthly statement|statement of charges|breakdown of charges|collected on our behalf|concession payment",
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
      zh: "!招聘|招人|招工|!招不招|!在招|!还招|!应聘|!求职|!找工作|工作机会|职位|岗位|!面试|复试|!简历|!投简历|实习|实习生|应届生|毕业生|校招|社招|普工|在职证明|收入证明|离职证明|工作证明|工资|薪水|薪资|薪酬|工资条|少发|社保|公积金|五险一金|入职|报到|转正|离职|辞职|劳动合同|劳动关系|劳务合同|请假|年假|病假|考勤|~培训|员工|员工关系|员工福利|背景调查|猎头|推荐人才|体检|工伤认定|工伤赔偿|人事|!招老师|!招聘老师|!招教师|!招聘教师|!教师招聘|!教职工招聘|招辅导员|招聘信息|招聘广告|招聘启事|看到招聘|看到你们招|看到你们在招|岗位还招吗|还招人吗|还缺人吗|缺不缺人|要不要人|招不招人|有没有空缺|空缺|职位空缺|投递简历|投个简历|发简历|简历发到|求职信|应聘岗位|应聘职位|面试结果|面试通知|面试时间|笔试|录用通知|入职时间|入职手续|转正申请|离职手续|离职交接|辞职信|工作经验|跳槽|招服务员|服务员招聘|招前台|招厨师|招保安|招保洁|应聘服务员|应聘前台|应聘厨师|厨师岗位|服务员岗位|管培生|管理培训生|兼职|暑假工|暑期工|寒假工|工资没发|工资发了没|拖欠工资|欠工资|扣工资|工资少了|劳动仲裁|辞退|开除|解雇|裁员|试用期|背调|招医生|招聘医生|医生招聘|招聘医师|医师招聘|医生岗位|医院招聘|招药师|药师招聘|护理岗位|医技岗位|编制|事业编|医学生实习|护理实习|实习医生|规培招聘|规培报名|招教练|招滑雪教练|招聘教练|教练招聘|招救生员|兼职促销员|促销员招聘|招导购|招营业员|招收银员|商场招聘",
      en: "hr|human resources|job|jobs|job opening|job openings|vacancy for|position|!hiring|!are you hiring|recruit|recruitment|career|careers|!apply for a job|!apply for the|!job application|~application|interview|resume|cv|internship|intern|graduate|employment letter|employment certificate|employment verification|reference check|salary|payroll|payslip|pay slip|wage|wages|~benefits|~insurance|social insurance|onboarding|start date|first day|new hire|resign|resignation|quit|leave request|annual leave|sick leave|holiday allowance|contract of employment|employment contract|employee relations|~training|headhunter|recruiter|work for you|join your team|job ad|job advert|job advertisement|job posting|job post|job listing|job offer|the position|position is still open|position still open|apply for the position|application for the role|the role|role you advertised|job description|cover letter|hiring manager|probation|notice period|reference letter|recommendation letter|work permit|employment pass|linkedin|any job openings|openings for|positions open|open positions|applied for the job|applied for a job|applied for the position|doctor jobs|medical jobs|clinical placement|locum|waiter job|waitress job|job as a waiter|job as a chef|kitchen job|chef position|housekeeping job|housekeeping jobs|part time job|part time work|seasonal job|seasonal work|summer job|temp work|casual work|staff accommodation|unpaid wages|wages unpaid|havent received my salary|salary not paid|owed wages|back pay|final pay|last paycheck|labor dispute|unfair dismissal|dismissed|laid off|verify employment|verify the employment|former employee|former staff|ex employee|used to work there|used to work here|confirm employment|confirm his employment|confirm her employment|job offer letter|employment offer|job vacancies|job vacancy|interested in working|looking for a job|looking for work|any vacancies|are you recruiting|security guard job|security job|cleaning job|cleaner job|retail job|sales assistant job|shop assistant job|work at the mall|working at the mall|mall jobs|retail assistant|cashier job|customer service job",
    },
    fallback: ["administration", "executive"],
  },
  security: {
    of: "any",
    names: {
      zh: "保安部|保安|保卫部|保卫科|保卫处|安保部|安保|门卫|门卫室|门岗|保安室|监控室|安全保卫部|大厦安保|安保中心|物业安保|传达室|消防控制室",
      en: "security|security department|security office|guard|guards|gate|gatehouse|guard house|security desk|building security|loss prevention|security control room",
    },
    says: {
      zh: "保安|安保|门卫|门岗|~大门|~厂门|~门口|~在门口|~到门口|~到大门|访客登记|进不来|进不去|不让进|开门|开一下门|放我进去|让我进|放行|出门条|道闸|抬杆|!可疑|陌生人|跟踪|跟着我|偷|被偷|偷了|偷走|小偷|失窃|被人拿走|拿走了|刮了|被刮|!车被刮|刮花|车被撞|挡住|挡路|挡了|堵住门口|乱停|违停|!监控|调监控|看监控|录像|~报警|~安全|巡逻|翻墙|醉汉|喝醉|吵架|徘徊|转悠|转来转去|鬼鬼祟祟|形迹可疑|灭火器过期|灭火器坏|灭火器没压力|钱包被|手机被|包被|消防通道|消防通道堵|堵了消防通道|占用消防通道|消防通道被|安全出口堵|车辆进出|车辆出入|车辆进入|车辆进校|车辆进场|车辆通行|通行证|车辆登记|偷油|油被偷|被偷油|偷柴油|抽油|救护车通道|挡住出口|堵住出口|安全出口指示|安全出口标志|应急灯|疏散指示|开车进来|开车进去|车开进来|车开进去|外来车辆|有人敲门|一直敲门|半夜敲门|老有人敲|陌生人敲门|敲我门|门口有人|偷拍|针孔摄像头|隐藏摄像头|房间有摄像头|骚扰|性骚扰|小广告|塞小卡片|小卡片|乞讨|闲杂人员|外来人员|喝多了|酒后闹事|闹事|号贩子|黄牛|倒号|医托|医闹|忘拿了|车被划|!车被人划|被划了|划了一道|车被蹭|被蹭了|车被碰|不见了|东西不见|包不见|钱包不见|手机不见|!被人刮|!被人划|被人撞|被人砸|被人偷|被人拿|打架|斗殴|有人闹事|有人喝酒|喝酒闹事|耍酒疯|发酒疯|醉酒|大声喧哗|喧哗|大吵大闹|扒手|偷东西|偷窃|监控录像|查看监控|查一下监控|调一下监控|调取监控|看看监控|查监控|肇事逃逸|撞了就跑|撞了跑了|蹭了就跑|刮了就跑|外卖员进不来|骑手进不来|外卖车不让进|快递车不让进|电动车不让进|保安不让|保安拦着|不让我们进|流浪汉|流浪人员|乞丐|有人睡在|推销的|派单的|滑板|溜冰鞋|平衡车|偷拍我|被偷拍|嚷嚷|大喊大叫|耍流氓|有人打人|动手打人|打人了",
      en: "security|guard|gate|front gate|main gate|gatehouse|at the gate|let me in|let us in|cant get in|visitor registration|sign in|visitor pass|barrier|not letting me in|!suspicious|stranger|following me|!stolen|!theft|thief|steal|stole|took my|taken my|someone took|scratched|dented|blocking|blocking my car|cctv|camera footage|footage|patrol|~safety|trespasser|intruder left|drunk|argument|wandering around|hanging around|loitering|lurking|was taken from|were taken from|got stolen|pickpocket|pickpocketed|my wallet|my purse|fire extinguisher|extinguisher|extinguishers|fire escape|fire exit blocked|blocked fire exit|blocked fire escape|fire lane|vehicle access|vehicle pass|vehicle permit|vehicle entry|permit to drive|drive onto|drive into the|drive onto campus|drive onto the site|car pass|gate pass|!siphon|!siphoning|!siphoned|fuel theft|stealing fuel|stealing diesel|ambulance bay|ambulance entrance|parked across|blocked in|fire exit sign|exit sign|emergency exit sign|emergency lighting|someone knocking|keeps knocking|knocking on my door|banging on my door|someone at my door|man at my door|someone outside my room|someone in the corridor|strange man|strange woman|harass|harassing|harassment|hidden camera|spy camera|camera in my room|flyers under|cards under the door|touts|tout|scalper|scalpers|ticket tout|fake doctor|beggar|begging|peddler|door to door|drunk guest|drunk man|causing trouble|making trouble|making a scene|stole my|stolen from|someone stole|got stolen from|left something in|left in the room|forgot it in|hand in|anyone hand in|anyone find|did anyone find|has anyone found|anyone found|check the cameras|check the cctv|look at the cameras|security cameras|security camera|security footage|cctv footage|hit and run|drove off|drove away|shoplifter|shoplifters|shoplifting|rowdy|fighting|a fight|brawl|guards wont let|guard wont let|security wont let|security guard wont let|wont let us in|wont let me park|homeless|rough sleeper|rough sleepers|sleeping rough|skateboard|skateboarders|skateboarding|scooters in the mall|filming me|taking photos of me|taking pictures of me",
    },
    fallback: ["front_desk", "reception", "administration"],
  },
  lost_property: {
    of: "any",
    names: {
      zh: "失物招领|失物招领处|失物招领中心|失物认领处|失物认领|遗失物品|失物处",
      en: "lost and found|lost & found|lost property|lost property office|lost and found office|lost and found desk",
    },
    says: {
      zh: "丢在|落在厂|东西丢|丢了|丢东西|东西丢了|手机丢|钱包丢|包丢了|护照丢|电脑丢|钥匙丢|失物|失物招领|捡到|遗失|落下|落在|忘在|丢了钱包|丢钱包|钱包丢了|丢了手机|丢手机|丢了钥匙|丢了包|有人捡到|忘在房间|落在房间|落房间|落在房里|忘在房里|忘在你们|落在你们|落下东西|有没有人捡到|捡到一个|捡到一部|丢了东西|东西不见了|找不到我的|落了东西|拉在|忘拿|忘带走|拾到|有没有人交",
      en: "lost property|lost and found|lost my|i lost|left my|~forgot my|found a|lost my wallet|lost my phone|lost my keys|lost my bag|left it in|left behind|handed in|has anyone handed in|hand in|misplaced|cant find my|can't find my|lost item|lost items",
    },
    // Without a lost property office, the department whose description says it keeps lost things
    // ("客服中心: 顾客问询、失物招领"), or else the guards.
    parent: "security",
    fallback: [],
  },
} satisfies Partial<Record<Kind, KindWords>>;
