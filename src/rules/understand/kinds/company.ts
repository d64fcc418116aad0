import type { Kind, KindWords } from "./kind.ts";

/** What a company's callers say to its departments. */
export const COMPANY_KINDS = {
  partners: {
    of: "company",
    names: {
      zh: "渠道合作部|渠道部|渠道|渠道中心|渠道管理部|渠道合作|合作伙伴部|生态合作部|代理商管理部|经销商管理部|招商部|加盟部|渠道销售部",
      en: "channel partnerships|channel|channels|channel sales|partnerships|partners|partner program|partner team|alliances|reseller program|franchise|franchising",
    },
    says: {
      zh: "代理|代理商|做代理|当代理|代理权|区域代理|独家代理|经销|经销商|做经销|分销|分销商|渠道|渠道合作|合作伙伴|返点|返利|佣金|授权代理|加盟|招商|转售|二级代理|独家经销|经销权|加盟费|代理费|代理政策|经销政策|代理条件|经销条件|做你们代理|做你们的代理|做你们经销商|当你们经销商|中介|房产中介|经纪人|房产经纪人|带客|带客户|报备|客户报备|链家|贝壳|结佣|佣金结算|佣金什么时候结",
      en: "!reseller|!resellers|resell|reselling|channel|channel partner|partner|partners|partner program|!distributor|!distributors|distribution partner|!become a distributor|!become a reseller|!become a partner|dealer|dealers|~agent|agency|referral|referral partner|commission|rebate|white label|franchise|var|!become a dealer|!become your dealer|!become your distributor|dealer enquiry|distributor enquiry|exclusive distributor|exclusive distribution|sole agent|sole distributor|distribution rights|dealer terms|distributor terms|real estate agent|estate agent|estate agents|property agent|realtor|realtors|work with agents|agents commission|agent commission",
    },
    parent: "sales",
    fallback: ["sales"],
  },
  purchasing: {
    of: "company",
    names: {
      zh: "采购部|采购|采购中心|采购处|供应链|供应链管理部|物资部|供应部|采办|物资设备部|设备物资部|物资采购部|物资供应部|材料部|设备部|材料设备部|资材部|资材|资材课|物资采购中心|采购管理部|集中采购部",
      en: "purchasing|procurement|purchase department|supply chain|sourcing department|supplies department|vendor management|materials|materials and equipment|materials & equipment|plant and equipment|equipment|plant hire|supplies|purchasing department|procurement department|strategic sourcing|sourcing|buying office|buying department",
    },
    says: {
      zh: "供应商|供货|供应|给你们供货|给你们供应|~我们是做|~我们公司生产|~我们厂|推销|推荐我们的|原材料|原料|~材料|材料供应|钢材|钢筋|水泥|商砼|砂石|木材|模板|塑料|包装材料|零部件|配件|设备采购|采购订单|采购合同|比价|询价单|入围|供方|送样|样品给你们|合格供方|采购员|采购经理|设备租赁|机械租赁|租赁|租设备|出租设备|租一台|挖掘机|挖机|铲车|装载机|塔吊租|吊车租|起重机租|发电机|脚手架租|办公家具|劳保用品|我们是供应商|我是供应商|想成为你们的供应商|成为供应商|供应商注册|供应商准入|供应商入库|供应商资质|报价给你们|我们想报价|给你们报价|采购需求|采购计划|你们需要|你们缺不缺|你们要不要|推销一下|产品推荐|寄样品|工厂直供|源头工厂|厂家直销|我们厂是做|我们工厂|我们公司是做|我们生产|合作供应|长期供货|原材料供应商|材料供应商|配件供应商|外协|外协加工|委外|委外加工|外发加工|代加工厂|供应商评审|供应商考察|供应商资料|供应商对接|采购对接|采购询价|采购价格|采购部门|采购负责人|采购主管|找采购|我们报的价|报的价|上次报价|招标采购|询比价|竞价|议价|压价|对接采购|我们是厂家|我们是工厂|我们是生产厂家|我们这边是做|介绍一下我们的产品|介绍我们公司|送样品|样品寄过去|退料",
      en: "supplier|suppliers|supply you|supplying|vendor|vendors|become a vendor|raw material|raw materials|material|materials|steel|rebar|cement|timber|plastic|packaging|components|parts supplier|purchase order|po number|procurement|buyer|our products to you|sell to you|~we manufacture|we supply|we produce|offer our|plant hire|equipment hire|equipment rental|hire out|rent|rental|excavator|digger|crane hire|cranes|generator|scaffolding hire|we are a supplier|were a supplier|become a supplier|become your supplier|supplier registration|vendor registration|approved supplier|supplier list|preferred supplier|quote you|send you a quote|offer you|our catalogue|our factory|factory direct|manufacturer of|we make|send you samples|procurement team|purchasing team|purchasing manager|purchasing department|buying team|tender invitation|supply agreement|supply contract|sourcing|your buyer|your buyers|speak to your buyer|procurement manager|head of procurement|category manager|our quote|our quotation|our offer|we quoted|we submitted a quote|submitted a quotation|our proposal to supply|introduce our company|introduce ourselves|introduce our products|we are a manufacturer|we are manufacturers|were a manufacturer|we specialise in|we specialize in|subcontract manufacturing|contract manufacturing|outsourcing|vendor onboarding|supplier onboarding|supplier portal|vendor portal|vendor code|supplier code|po amendment|purchase order change|change to the po|quantity on the po|price on the po|your po|sample for approval|samples for approval",
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
  tech_support: {
    of: "company",
    names: {
      zh: "技术支持部|技术支持|技术服务部|技术服务|技术部|客户技术|应用工程|现场服务|服务工程|技术支持中心|技术服务中心|客户支持|支持中心",
      en: "technical support|tech support|support|technical service|technical services|application engineering|field service|helpdesk|customer support|support centre|support center|service desk",
    },
    says: {
      zh: "技术支持|技术问题|不会用|怎么用|怎么使用|使用方法|使用问题|操作问题|安装|调试|说明书|操作|设置|怎么设置|怎么配置|参数|配置|报错|一直报错|错误|~故障|故障代码|错误代码|~报警|~死机|~开不了机|~开不开机|~启动不了|~不启动|~不运转|~连不上|~通讯|固件|~升级|~软件|驱动|上门|现场|工程师|技术员|远程|控制器|~设备|~机器|仪器|传感器|面板|显示屏|没显示|你们系统|你们的系统|你们那个系统|系统挂了|系统崩了|系统打不开|系统用不了|挂了|崩了|宕机|打不开了|~登不上|~登录不了|~登录不上|后台|进不去后台|接口|API|对接|集成|调不通|调用失败|回调|同步失败|数据丢了|数据不见了|用不了|无法使用|卡顿|很卡|加载不出来|白屏|闪退|bug|工单|版本|~坐席|机器人|插件|服务中断|收不到消息|发不出去|登不进去|登录失败|验证码收不到|收不到验证码|短信验证码|扫码登录|页面报错|页面打不开|网页打不开|APP打不开|App闪退|更新后|升级后|新版本|兼容|浏览器|导出报表|导入数据|导入失败|导出失败|报表出不来|坐席登录|通话质量|听不到声音|没声音|回声|杂音|掉线|断线|通话中断|通话录音|外呼|呼入|来电显示|话术|知识库|机器人回答|自动回复|工单号|提交工单|工单进度|故障报修|报障|技术热线|技术人员|技术员上门|工程师上门|派工程师|远程协助|远程一下|调试一下|重新安装|卸载|激活|激活码|序列号|授权码|许可证过期|license过期",
      en: "technical support|tech support|support|how do i use|how to use|install|installation|installing|set up|setup|setting up|configure|configuration|settings|parameter|parameters|manual|instructions|error|errors|error code|error message|fault|fault code|~alarm|~wont start|~wont power on|~doesnt power on|~power on|~boot|~crash|~crashing|~crashed|firmware|~software|~driver|~update|~upgrade|~connect|~connection|troubleshoot|troubleshooting|controller|~device|~machine|~unit|sensor|~display|~panel|engineer visit|technician|bug|bugs|glitch|outage|~is down|~went down|system down|not loading|wont load|~cant log in|~cannot log in|~cant log into|~login|~log in|api|webhook|webhooks|integration|integrated|integrate|sdk|endpoint|server error|500 error|sync|syncing|dashboard|console|admin panel|backend|your platform|your system|your app|your software|the platform|agents cant|chat widget|chats|ticket|tickets|export my|timeout|timing out|latency|verification code|otp|two factor|2fa|sms code|reset link|cant sign in|cannot sign in|sso|single sign on|page wont load|blank page|white screen|error 404|bug report|feature not working|report not loading|call quality|cant hear|no audio|echo|dropped calls|calls dropping|call recording|recordings|outbound calls|inbound calls|caller id|ivr|chatbot|auto reply|knowledge base|ticket status|ticket number|case number|support ticket|support case|sla|status page|downtime|api key|token|rate limit|activation|activation code|license key|licence key|serial number|reinstall|uninstall|remote session|remote support|teamviewer|anydesk|field engineer|send an engineer|site visit from an engineer",
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
      zh: "续费|续约|续签|续订|到期|快到期|合同到期|升级套餐|套餐升级|加坐席|增加坐席|增加账号|加账号|客户培训|产品培训|使用培训|培训一下|约个培训|上线|实施|部署|交付|开通|新客户|使用情况|客户经理|专属顾问|客户成功|满意度|回访|账号管理|续期|续费价格|续费提醒|到期提醒|账号到期|服务到期|服务期|套餐|换套餐|降级|降配|减少坐席|增加用户|开通新功能|开通模块|上线辅导|实施进度|上线时间|项目交付|交付进度|对接人|专属客服|使用率|活跃度|想退订|取消订阅|退订|不续了|不想续了|不打算续|续不续|合同续签",
      en: "renewal|renew|renewing|subscription renewal|contract renewal|expire|expiring|expiry|upgrade our plan|upgrade plan|add seats|add users|more licenses|more seats|customer training|product training|train our team|training for our|onboarding|implementation|go live|rollout|account manager|customer success manager|csm|success manager|quarterly review|adoption|usage report|renewal quote|renewal date|auto renew|auto renewal|cancel my subscription|cancel subscription|cancel our subscription|cancellation|downgrade|reduce seats|remove users|add licences|add licenses|plan change|change plan|change our plan|switch plan|my account manager|our account manager|point of contact|onboarding session|training session|kickoff|kick off|implementation timeline|go live date|business review|qbr|not renewing|wont be renewing|considering renewing|account transfer|handover of the account",
    },
    fallback: ["after_sales", "sales", "tech_support"],
  },
  after_sales: {
    of: "company",
    names: {
      zh: "售后服务部|售后服务|售后|售后部|客服部|客服|客户服务|客户服务部|客服中心|客户服务中心|呼叫中心|服务中心|业主服务中心|业主服务|客户关系部|客户服务处|客诉中心|客诉部|投诉中心|投诉部|维修服务部|维修站|服务站|安装服务部|安装部|安装服务中心|售后服务中心|客户服务部门|客服热线|服务热线|400热线|客户关系中心|客户关系",
      en: "after sales|after sales service|aftersales|customer service|customer services|customer service centre|customer service center|customer care|service centre|service center|call centre|call center|returns|homeowner service|homeowner services|homeowner service centre|client care|complaints department|customer complaints|repair service|repair centre|repair center|service station|installation service|customer support centre|customer helpline|helpline|hotline|service hotline|customer hotline|customer relations|client relations|customer relations centre|customer relations center",
    },
    says: {
      zh: "售后|退货|退换|退换货|换货|换一个|调换|维修|返修|寄修|送修|修理|报修|保修|质保|三包|~坏了|~坏的|损坏|破损|~有问题|~不能用|~用不了|用了几天就|~退款|~退钱|客服|寄回|寄回去|返厂|维修进度|延保|上门维修|业主|我是业主|业主服务|交房|收房|验房|房子|房屋|墙裂|墙面开裂|开裂|裂缝|裂了|渗水|漏水|返潮|发霉|空鼓|瓷砖|门窗|防水|货物查询|查询货物|查一下货|物流跟踪|跟踪|改地址|修改地址|更改地址|换个地址|改收货地址|地址填错|地址写错|地址错了|收货地址|改收件人|改收货人|改电话|安装师傅|预约安装|约安装|约个安装|装不上|安装收费|安装费|移机|拆机|拆装|保修期|保修卡|保修单|过保|过了保修|出保|保内|保外|三包期|发票丢了能保修|买个配件|买配件|配件在哪买|配件多少钱|原装配件|原厂配件|换配件|滤网|遥控器丢|说明书丢|刚买的|新买的|才买的|买了没多久|用了没多久|没用几天|刚用几天|东西有问题|产品有问题|机器有问题|售后电话|售后网点|维修网点|维修点|服务网点|七天无理由|无理由退货|换新|换一台|退一台|投诉售后|配件在哪里买|哪里买配件|哪里能买配件|配件哪里买|配件怎么买|单买配件|配件单卖|买零件|配件卖吗|单独买配件|回访|回访电话|客户回访|业主回访|退团|要退团|退团费|改团期|改出团日期|换个团期|延期出团",
      en: "after sales|customer service|customer care|return|returns|return a product|send back|send it back|exchange|replacement|replace|replaced|repair|repairs|repaired|warranty|guarantee|~broken|damaged|defective|faulty|~stopped working|~doesnt work|~not working|~refund|send something back|return it|rma|service request|repair status|under warranty|homeowner|my home|my apartment|my flat|my house|handover|defect|defects|crack|cracks|cracked|leak|leaking|damp|mould|mold|an update on|update on my|change the address|change address|change delivery address|change my address|change the delivery address|update the address|update delivery address|wrong address|address change|change of address|delivery address|book an installation|installation appointment|warranty claim|warranty card|register my warranty|warranty registration|extended warranty|out of warranty|still under warranty|proof of purchase|receipt for warranty|replacement filter|replacement part|replacement parts|buy a part|buy parts|purchased from|only a week old|only a month old|months old|faulty product|product is faulty|defective product|dead on arrival|doa|not as described|change of mind|exchange it|swap it|replace it|service centre near|repair centre near|service center near|repair center near|~i bought|~we bought|~bought it|sell spare parts|sell parts|do you sell parts|spare parts for|buy spare parts|a replacement part for|parts for my|follow up call|follow-up call|cancel the tour|cancel my tour|cancel our tour|cancel the trip|cancel our trip",
    },
    fallback: ["tech_support", "sales", "reception"],
  },
  production: {
    of: "company",
    names: {
      zh: "生产部|生产|生产中心|制造部|制造中心|车间|生产车间|工厂|厂部|生产管理部|生管|计划部|生产计划|PMC|制造|物控部|物控|计划物控部|生产计划部|计划科|生管部|生产管理科|生产运营部|生产技术部|生产调度",
      en: "production|manufacturing|plant|factory|workshop|shop floor|operations|production planning|assembly|fabrication|production control|material control|materials control|production and material control|production planning and control|planning department|production scheduling|manufacturing operations",
    },
    says: {
      zh: "生产|排产|生产计划|产能|生产进度|做出来|什么时候能做好|什么时候生产|交期|车间|车间主任|厂长|生产线|流水线|产线|包装线|灌装线|加工|做货|赶货|加班生产|开工生产|停产|机台|班组长|工人|操作工|订单进度|排产了吗|排产没有|排上了吗|排期|排到什么时候|排到哪天|插单|插个单|加急生产|什么时候能做完|什么时候做完|做完没有|做好没有|做好了吗|货做好了|生产好了|生产完|生产到哪|生产情况|做到哪一步|上线生产|投产|模具|试产|量产|小批量|首批|生产周期|生产日期|生产批号|交货期|交货期排|交期确认|确认交期|回复交期|交期提前|提前交货|推迟交货|延期交货|延迟交货|物料齐套|齐套|缺料|欠料|停线|产线停|机器故障停产|车间电话|拉长",
      en: "production|manufacture|manufactured|manufacturing|make our order|produce|produced|production line|assembly line|lead time|capacity|production schedule|shop floor|~workshop|plant manager|factory manager|floor manager|shift|shift supervisor|operator on the line|workers|machining|assembly|expedite|expedited|expediting|rush order|rush the order|rush job|production run|production status|production update|ready to ship|ready for shipment|ready for dispatch|when will it be ready|when will they be ready|when will the goods be ready|finish production|finished production|production finished|in production|into production|gone into production|production slot|production date|ship date|delivery date|delivery schedule|pull in the date|pull the date in|bring forward the delivery|push out the delivery|delay in production|production delay|line down|packing line|packaging line|filling line|bottling line|blister line|line is down|line is stopped|line has stopped|line stoppage|tooling|mold tool|tool making|trial run|pilot run|mass production|first batch|material shortage|shortage of parts|shift leader|line leader|team leader on the line|production supervisor|production manager|expedite our order|expedite the order|expedite my order|expedite an order|rush our order|speed up the order|speed up our order|speed up production|hurry the order",
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
      zh: "质量|品质|质检|品管|质量问题|不良|不良品|次品|不合格|合格证|检验|检测|来料|来料检验|验货|出货检验|抽检|审核工厂|工厂审核|尺寸|公差|瑕疵|缺陷|毛刺|生锈|异物|有异物|颗粒物|小颗粒|白色颗粒|黑色颗粒|玻璃碎|玻璃渣|碎玻璃|报告|检测报告|检验报告|质检报告|材质证明|材质单|认证|ISO|体系|审核|验厂|审厂|8D|整改|客诉|批次|验收|工程验收|竣工验收|分部验收|验收资料|隐蔽工程|试块|强度|混凝土强度|回弹|施工方案|技术方案|专项方案|方案审批|技术交底|质量检查|第三方检测|规范|标准|监理|COA|分析证书|材质报告|材质证书|成分报告|出厂检验报告|出货报告|检测证书|第三方验货|第三方检验|验货报告|分析原因|原因分析|根本原因|纠正措施|纠正预防|预防措施|改善报告|改善措施|不良分析|失效分析|首件|首件检验|首检|巡检|终检|批量不良|批量性|不良率|合格率|良率|色差|变形|尺寸不对|尺寸超差|超差|规格不符|与样品不符|和样品不一样|跟样品不一样|封样|限度样|3C|CCC|RoHS|REACH|CE认证|UL认证|FCC认证|SGS|第三方报告|型式试验|环保报告|质量协议|品质协议|质量保证协议|二方审核|客户审核|体系审核|验厂审核|来厂审核|来验厂|工厂审查|社会责任审核|供应商审核|质量投诉|品质投诉|品质异常|质量异常|异常报告|让步接收|特采|返工|不良品退回|PPAP|FAI|工厂验厂|来厂验厂|验你们的厂|审核你们工厂|3C证书|CCC证书|认证证书|认证报告|来你们厂审计|来厂审计|质量审计|审计你们工厂",
      en: "quality|quality issue|quality problem|quality assurance|quality control|foreign matter|foreign particles|foreign particle|particles in|glass fragments|fragments of glass|foreign object|foreign body|defect|defects|defective|reject|rejects|rejected|nonconformance|non conformance|out of tolerance|tolerance|dimension|dimensions|spec|specification|inspection|inspection report|test report|incoming inspection|certificate|certificate of conformity|certification|iso|audit|factory audit|supplier audit|8d|corrective action|batch|lot|failed inspection|acceptance|acceptance inspection|method statement|method statements|test results|concrete strength|cube test|standards|technical proposal|coa|c of a|certificate of analysis|certificates of analysis|material certificate|material certificates|mill certificate|mill certificates|mill cert|mill test report|test certificate|test certificates|certificate of compliance|root cause|root cause analysis|corrective and preventive action|capa|preventive action|failure analysis|first article|first article inspection|fai|ppap|pre shipment inspection|preshipment inspection|psi|third party inspection|inspection agency|out of spec|off spec|outside specification|not to spec|not to specification|doesnt match the sample|dont match the sample|golden sample|reject rate|defect rate|failure rate|yield|discoloration|discolouration|warped|deformed|rusty parts|quality agreement|quality manual|iso certificate|iso 9001|iatf|rohs|reach compliance|ce mark|ce marking|ul listing|fcc|sgs|intertek|tuv|bureau veritas|customer audit|quality audit|process audit|rework|containment|hold the batch|batch number|lot number|traceability|quality complaint|quality claim|audit your factory|audit the factory|audit your plant|audit your facility|audit your site|visit for an audit",
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
      zh: "安全检查|安全培训|安全教育|三级教育|安全事故|事故报告|报事故|报告事故|报一个事故|事故调查|工伤事故|事故|隐患|安全隐患|未遂|未遂事件|差点出事|险些|安全整改|违章|安全帽|劳保|防护用品|特种作业|动火|动火证|作业票|高处作业|安全员|安全交底|环保|环评|排污|污水|扬尘|环境监测|危废|消防检查|消防队|消防大队|消防支队|消防救援|应急演练|消防演练|消防演习|疏散演练|逃生演练|安全生产|安全许可|安全|环境",
      en: "safety|health and safety|safety inspection|safety training|safety induction|induction|accident report|incident report|report an accident|report an incident|report a near miss|near miss|incident|accident|hazard|hazards|unsafe|ppe|hard hat|hard hats|hi vis|permit to work|hot work permit|risk assessment|toolbox talk|environmental|environment|emissions|dust|pollution|waste disposal|hazardous waste|noise monitoring|safety officer|hse|ehs|inspector|fire drill|fire drills|evacuation drill|fire brigade|fire department|fire service",
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
      zh: "项目|项目上|项目部|项目经理|项目进度|工程进度|进度|工期|~工地|施工|施工现场|~现场|进场|退场|分包|分包单位|分包商|劳务|劳务队|协调|现场协调|甲方|总包|施工单位|开工|停工|复工|竣工|完工|交叉作业|场地移交|施工许可|施工进度|赶工|工程队|包工头|工长|楼盘|标段施工|盖到几层|盖到几楼|盖到哪|封顶|什么时候封顶|主体封顶|工地负责人|项目负责人|渣土车|扬尘|施工噪音|夜间施工|施工扰民|隐蔽工程|监理",
      en: "project|projects|project manager|project team|~site|site manager|site office|construction site|subcontractor|subcontractors|subcontract|main contractor|contractor|programme|schedule|progress|site coordination|site access|works|construction|foreman|~job site|~on site|~the site|topped out|topping out|construction noise|noise from the site|dust from the site|site supervisor|how far along",
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
  reception: {
    of: "company",
    names: {
      zh: "前台|前台接待|接待处|接待|总台|服务台|访客中心|总机",
      en: "reception|receptionist|front desk|front office|lobby|main desk|visitor centre",
    },
    says: {
      zh: "前台|接待|来访|拜访|访客|来找人|预约见面|到公司了|到你们公司|在楼下|大厅|转接|总机|留个言|快递|收快递|送快递|放前台|外卖|送文件|来送文件|送资料|送个文件|取文件|来取文件|取个东西|来取东西|寄存在前台|前台签收|帮忙签收|代收|代签|来拜访|来访问|约了|预约了|约好了|到楼下了|在楼下了|在大堂|在门口了|谁在前台|快递要签收|送快递的|外卖员|外卖小哥|我是快递|我是送快递|送外卖的",
      en: "reception|receptionist|front desk|visit|visiting|visitor|appointment with|here to see|meeting someone|lobby|downstairs|main office|courier|parcel|package|drop something off|drop off some documents|parcel for|package for|envelope for|pick up some documents|collect some documents|sign for|sign for a parcel|sign for a package|i have an appointment|ive an appointment|i am expected|im expected|waiting in the lobby|downstairs in the lobby|in reception|at reception|where do i sign in|visitor badge|visitors badge",
    },
    fallback: ["administration", "operator"],
  },
  administration: {
    of: "company",
    names: {
      zh: "行政部|行政|行政管理部|综合部|综合管理部|办公室|行政办公室|后勤部|后勤|总务部|总务|行政后勤|物业|物业管理|综合办|院办|院长办公室|医院办公室|党院办|党政办|行政服务部|行政服务中心|行政中心|综合办公室|综合事务部|行政综合部|综合行政部|党政综合办|后勤服务中心|后勤保障部|行政后勤部|总务科|总务处|行政科|办公室主任|食堂|员工食堂",
      en: "administration|admin|admin office|administration office|general affairs|office management|facilities|facility management|office services|general administration|workplace|workplace services|workplace experience|workplace team|office administration|administration department|admin department|office services team|facilities and services",
    },
    says: {
      zh: "行政|后勤|总务|办公用品|文具|食堂|饭堂|开饭|宿舍|员工宿舍|宿舍空调|宿舍热水|宿舍维修|宿舍报修|宿舍水电|班车|公司车|公车|用车|派车|车辆|会议室|订会议室|会务|~电梯|~检修|~灯坏了|门禁|门禁卡|工牌|工卡|饭卡|快递收发|送水|桶装水|绿植|保洁|打扫|空调|水电|物业|钥匙|工位|车位|团建|福利|节日礼品|订票|订酒店|出差|来访接待|接待安排|卫健委|卫生局|卫计委|卫生健康委|卫生监督|卫监所|疾控|上级检查|检查工作|名片|做名片|申请名片|印点名片|安排接待|客户接待|商务接待|接待客户|订工作餐|工作餐|订盒饭|安排午餐|安排用餐|安排住宿|订机票|咖啡机|复印机|饮水机|净水器|微波炉|茶水间|冰箱坏|办公室钥匙|座位调整|换工位|搬工位|办公室搬迁|搬办公室|桌椅|快递寄|公司快递|月结快递|会议室投影|会议室预订|订个会议室|车辆申请|用车申请|申请用车|派车单|司机师傅|公司司机|出车|加油卡|车位申请|宿舍申请|申请宿舍|住宿舍|饭卡充值|餐卡|餐补卡|班车时间|班车路线|班车几点|印章|用章|公章|合同章|证照|营业执照|营业执照复印件|资质文件",
      en: "administration|admin|office supplies|stationery|canteen|cafeteria|dormitory|dorm|accommodation|staff housing|shuttle bus|company car|company cars|company van|book a car|meeting room|meeting rooms|book a room|access card|badge|id card|key|keys|desk|parking space|cleaning|cleaner|water delivery|plants|facilities|air conditioning|~lift|~elevator|~light bulb|~hallway light|business trip|travel booking|health bureau|health commission|health authority|health department inspection|inspection next week|site inspection|name cards|visiting cards|order business cards|print business cards|mailroom|post room|coffee machine|photocopier|copier|vending machine|water dispenser|water cooler|microwave|pantry|kitchenette|office kitchen|desk move|desk moves|move desks|hot desking|seating plan|office move|office relocation|pool car|fleet car|company vehicle|book the car|car booking|office keys|key to the office|locker key|lunch for|arrange lunch|order lunch|catering for the meeting|book a hotel|hotel booking|flight booking|book flights|travel arrangements|company stamp|company seal|company chop|chop|business licence|business license|certificate of incorporation|office furniture|new chair|ergonomic|cleaning lady|office cleaner|toilets are dirty|toilet is dirty|light in the office|lights in the office|office light|office lights|air con in the office|aircon in the office",
    },
    fallback: ["reception", "hr"],
  },
  executive: {
    of: "company",
    names: {
      zh: "总经理办公室|总经办|总裁办|总裁办公室|董事长办公室|董事会办公室|董秘办|经理办公室|总经理室|管理层|高管|董事会|老板办公室|厂长办公室|CEO办公室|校长办公室|校长室|院长办公室|主任办公室|律所主任办公室|管理合伙人办公室|主任室|总裁室|总经理办|总裁办公|董事长室|首席执行官办公室|行政总裁办公室|总办|经营管理层|管委会|管理委员会|战略部|董事会秘书处|董秘|园长办公室|院长室|证券部|证券事务部|投资者关系部|战略发展部|战略规划部|企业发展部|战略投资部|总经理秘书|总裁秘书|董事长秘书|老板秘书|总经理助理",
      en: "general manager|general managers office|gm office|gm|executive office|office of the ceo|ceo office|managing director|president office|principal office|headteacher office|vice chancellor office|chairman office|chairmans office|board office|management office|executive|leadership|managing partner|managing partners office|managing partner office|office of the managing partner|senior partner|senior partners office|chief executive office|chief executives office|executive management|presidents office|office of the president|directors office|managing directors office|md office|ceo|ceos office|office of the chairman|corporate office|head office management|management committee|executive committee|country manager|general management|group management|secretariat|investor relations|strategy office|corporate strategy|corporate development|strategic planning|executive assistant|ea to the ceo|pa to the ceo|pa to the md",
    },
    says: {
      zh: "总经理|总裁|董事长|老板|老总|总监|一把手|!领导|!找领导|!找你们领导|!你们领导|管理层|高层|副总|厂长|~负责人|公司领导|酒店领导|学校领导|校领导|医院领导|单位领导|领导对接|对接工作|工作对接|你们老大|CEO|董事会|约见|拜会|会见|院长|副院长|院领导|书记|校长|副校长|考察访问|来访考察|参观考察|考察交流|交流访问|访问交流|代表团|兄弟院校|兄弟单位|上级单位|上级部门|政府部门|律所主任|管理合伙人|高级合伙人|主任律师|创始合伙人|合伙人会议|管委会|管理委员会|大老板|老板在吗|找老板|找老总|找总经理|找总裁|找董事长|见老板|见你们老总|总经理助理|总裁助理|董事长助理|老板助理|董秘|董事会秘书|战略合作|高层对接|领导来访|政府领导|区领导|市领导|招商局|发改委|工信局|商务局|政府来访|政府调研|慰问|投诉到你们老板|投诉到总经理",
      en: "general manager|gm|ceo|chief executive|managing director|md|president|chairman|chairwoman|owner|boss|the boss|big boss|director|senior management|management|executive|vice president|vp|board|board of directors|founder|head of the company|leadership|leadership team|senior leadership|management team|official visit|delegation|courtesy visit|principal|vice chancellor|managing partner|senior partner|name partner|founding partner|management committee|executive committee|coo|cfo|cto|chief operating officer|country manager|head honcho|top boss|the owner|speak to the owner|speak to the boss|the chairman|chairmans office|ceos office|gms office|executive assistant|pa to the|personal assistant to|ceos assistant|assistant to the ceo|assistant to the general manager|investor relations|board meeting|government visit|government officials|local government|mayor|strategic partnership|strategic cooperation|escalate this|escalate to management|someone senior|more senior|senior person|higher up|complaint to the ceo|write to the ceo",
    },
    fallback: ["administration", "reception"],
  },
  it: {
    of: "company",
    names: {
      zh: "信息部|信息中心|信息技术部|信息化部|IT部|网管|电脑部|网络中心|数据中心|信息管理部|信息技术中心|IT服务台|IT服务中心|IT支持|IT运维|运维中心|信息化中心|IT中心|网络部|信息管理中心|系统部",
      en: "it|information technology|it department|it support|it helpdesk|it help desk|it team|it desk|it guy|it people|it office|it services|it staff|from it|helpdesk|information systems|is department|it service desk|it servicedesk|it service centre|it service center|it operations|it ops|tech team|technology team|digital and it|it and digital",
    },
    says: {
      zh: "电脑|我的电脑|笔记本|台式机|死机|蓝屏|中病毒|病毒|内网|网断了|断网|上不了网|网速|网络慢|网络|无线|wifi|邮箱|邮件|企业邮箱|~登录不了|~登不上|~密码|重置密码|忘记密码|密码忘了|~账号|开账号|员工账号|开通账号|权限|ERP|OA|钉钉|企业微信|飞书|~系统|服务器|打印机|打印不了|卡纸|扫描仪|投影仪|显示器|键盘|鼠标|软件安装|装软件|VPN|网线|路由器|交换机|电话机|分机坏了|工位电脑|卡死|死机了|校园网|网连不上|连不上网|网络连不上|认证失败|网络认证|上网认证|账号被锁|账号锁了|账号锁定|EDI|HIS|LIS|PACS|电子病历|病历系统|医院系统|信息系统|工作站|医生工作站|护士工作站|标签打印|打不了标签|电脑开不了机|电脑坏了|电脑很卡|电脑卡|电脑中毒|中毒了|被锁定|解锁账号|开个邮箱|开邮箱|邮箱开通|邮箱满了|OA打不开|OA登不上|审批流|流程卡住|系统权限|开权限|加权限|开通权限|申请权限|装个软件|安装软件|软件激活|正版软件|办公软件|office激活|wps|共享盘|共享文件夹|网盘|文件服务器|数据恢复|文件丢了|误删|监控系统|考勤机|门禁系统|会议系统|视频会议系统|腾讯会议|钉钉打不开|企业微信登不上|电话线|网口没网|网线坏|无线网连不上|工作电脑|新电脑|领电脑|配电脑|电脑申请|换电脑|电脑维修|硬盘|内存|蓝屏了|重装系统|装系统|系统重装|域账号",
      en: "it|computer|my computer|laptop|my laptop|pc|desktop|crash|crashing|frozen|blue screen|virus|malware|network|network is down|internet|wifi|wi fi|email|e mail|outlook|~log in|~login|~cant log in|~locked out|~password|reset my password|password reset|forgot my password|forgot the password|email password|~account|user account|new account|access rights|permission|permissions|erp|sap|~system|server|printer|printer jammed|paper jam|scanner|projector|monitor|keyboard|mouse|install software|vpn|intranet|router|network cable|freezing|keeps freezing|froze|frozen screen|print labels|label printer|cant print|account locked|account is locked|account has been locked|account got locked|locked account|unlock my account|customer portal|client portal|campus network|campus wifi|eduroam|edi|edi connection|edi link|edi integration|edi interface|edi setup|hospital system|electronic medical records|emr|my computer wont|computer wont start|computer is slow|pc is slow|laptop is slow|laptop wont|new laptop|need a laptop|laptop for|replacement laptop|locked out of my account|reset my account|email account|new email account|mailbox full|mailbox is full|shared drive|network drive|shared folder|file server|onedrive|sharepoint|microsoft teams|zoom|zoom account|video conferencing|admin rights|administrator rights|admin access|software licence|software license|software installation|office 365|microsoft 365|activation key|printer offline|printer is offline|print queue|printer driver|toner|ink cartridge|desk phone|extension number|headset|docking station|second monitor|external monitor|mfa|authenticator|phishing|phishing email|suspicious email|spam email|hacked|data recovery|deleted file|lost my files|dns|ssl certificate|account set up|account setup|set up an account|set up his account|set up her account|set up their account|accounts for new|login for the new",
    },
    fallback: ["administration", "tech_support"],
  },
  legal: {
    of: "company",
    names: {
      zh: "法务部|法务|法律事务部|法务中心|法律顾问|合规部|合规|风控法务|合同法务部|合同部|合约部|合同管理部|法律部|风控部|风险管理部|风险控制部|法务合规部|法律合规部|审计法务部|法务风控部",
      en: "legal|legal department|legal affairs|legal counsel|counsel|compliance|general counsel|law department|contracts|contracts and legal|contracts & legal|contract management|risk management|risk control|risk and compliance|legal and compliance|legal & compliance|compliance department",
    },
    says: {
      zh: "法务|合同|合同审核|审合同|合同条款|条款|协议|用户协议|隐私政策|保密协议|律师|法律|合规|授权书|公证|索赔|签证单|变更索赔|数据安全|个人信息|协查|账户协查|协查账户|协助调查|协助查询|协助冻结|司法冻结|冻结扣划|扣划|司法查询|律师函|法院|经侦|反洗钱|送达|送达文书|法律文书|传票|起诉书|查封|解封|财产保全|诉讼保全",
      en: "legal|lawyer|attorney|solicitor|counsel|contract|contracts|contract review|terms|clause|agreement|nda|non disclosure|confidentiality agreement|ip|compliance|power of attorney|gdpr|data privacy|privacy policy|data protection|claim|claims|variation|terms of service|legal dispute|court order|subpoena|police enquiry|police inquiry|law enforcement|anti money laundering|money laundering|garnishment|lawyers letter|letter from a lawyer|serve papers|serve documents|summons|writ|seizure order|freeze the property",
    },
    // A law firm has no legal department: its disputes and contract groups hear legal words.
    fallback: ["litigation", "corporate_law", "executive", "administration"],
  },
  marketing: {
    of: "company",
    names: {
      zh: "市场部|市场|市场营销部|品牌部|品牌|市场中心|企划部|品牌市场部|营销中心市场部|品牌营销部|市场推广部|推广部|市场品牌部|品牌管理部|营销策划部|策划部|市场拓展部|数字营销部|增长部|用户增长部|会员营销部|市场传讯部|市场传讯|传讯部|市场推广|市场传播部|营销传播部",
      en: "marketing|marketing department|brand|branding|brand marketing|marketing and communications|marcom|marcomms|digital marketing|growth|growth marketing|product marketing|marketing team|brand team|events and marketing|marketing and business development|marketing communications|marketing comms|communications and marketing",
    },
    says: {
      zh: "市场|营销|品牌|品牌合作|广告|投放|推广|宣传|宣传册|画册|资料|样本|展会|参展|展览|展位|博览会|活动赞助|赞助|媒体合作|公众号|社交媒体|合作推广|联名|市场活动|品牌活动|新品发布|发布活动|广告位|广告投放|投放广告|买广告|卖广告|广告公司|广告合作|做广告|推广合作|营销合作|异业合作|品牌联名|冠名|赞助商|拉赞助|找赞助|展台|车展|路演|地推|海报|易拉宝|宣传片|拍宣传片|视频拍摄|logo|商标授权使用|车主活动|会员活动|品牌大使|代言|代言人|SEO|搜索排名|百度推广|信息流|小红书|朋友圈广告|公众号推文|软文|市场调研|排名|榜单|评选|奖项|参评|颁奖|研讨会|论坛|峰会",
      en: "marketing|brand|branding|advertising|advert|ad|ads|advertisement|promotion|promotional|campaign|brochure|leaflet|flyer|catalogue request|trade show|trade fair|exhibition|exhibit|expo|booth|fair|sponsor|sponsorship|social media|co branding|podcast|blog|webinar|case study|ad space|advertising space|advertising opportunity|media kit|ad agency|advertising agency|marketing agency|digital agency|seo|search engine|google ads|adwords|paid social|marketing campaign|launch event|product launch|launch party|motor show|car show|roadshow|owners club|owners event|customer event|sponsoring|sponsor your|co marketing|joint marketing|cross promotion|market research|rankings|ranking|league table|directory listing|seminar|seminars|summit|speaker|speaking opportunity|logo|brand guidelines|newsletter|mailing list|unsubscribe|marketing emails|email marketing|video shoot|photoshoot|photo shoot|testimonial|brand ambassador|endorsement",
    },
    fallback: ["sales", "executive"],
  },
  public_relations: {
    of: "company",
    names: {
      zh: "公关部|公关|公共关系部|公关中心|品牌公关部|媒体关系部|媒介部|新闻中心|新闻办|新闻办公室|宣传部|宣传处|党委宣传部|企业传播部|传播部|品牌传播部|对外联络部|外联部",
      en: "public relations|pr|pr team|press office|media relations|communications|corporate communications|corporate affairs|external affairs|external relations|newsroom|press and media|media office|comms|comms team",
    },
    says: {
      zh: "!记者|!采访|专访|约访|报道|媒体采访|媒体报道|媒体问询|新闻|新闻稿|通稿|发布会|新闻发布会|声明|公开声明|官方声明|官方回应|置评|评论一下|辟谣|谣言|负面|负面新闻|负面报道|舆情|危机|危机公关|曝光|被曝光|热搜|上热搜|杂志|报社|电视台|电台|自媒体|编辑部|稿件|新闻线索|爆料|采访拍摄|拍摄许可|媒体|我们媒体|核实|求证|想核实|网上有人说|网传|传言|报料|媒体朋友|栏目组|节目组|约稿|写稿|写一篇|撰稿|新闻记者|财经记者|晚报|日报|都市报|报道一下|楼盘报道",
      en: "!journalist|!reporter|!press enquiry|!press inquiry|!media enquiry|!media inquiry|interview request|a comment|for comment|official statement|press release|press conference|press|the press|newspaper|magazine|tv station|broadcaster|news story|article|rumour|rumours|rumor|rumors|crisis|bad press|negative coverage|filming|film crew|documentary|like to interview|want to interview|interview your|interview one of|interview someone|public statement|comment from|comment on|media|i write for|write for|writing a piece|writing an article|writing a story|doing a story|working on a story|feature on|a feature|columnist|correspondent|confirm reports|reports that|on the record|off the record|interview|property website|news website|feature your|feature about",
    },
    // Without a press office, the marketing department talks to the press.
    parent: "marketing",
    fallback: ["marketing", "executive"],
  },
  ecommerce: {
    of: "company",
    names: {
      zh: "电商运营部|电商部|电商|电商中心|电商事业部|电子商务部|电子商务中心|网店运营部|线上运营部|线上销售部|网络销售部|网销部|电商运营中心|天猫运营部|京东运营部|跨境电商部|平台运营部|店铺运营部",
      en: "e commerce|ecommerce|e commerce operations|ecommerce operations|e commerce team|ecommerce team|online store|online stores|online sales|digital commerce|marketplace team|marketplaces|web store|webstore|cross border e commerce|d2c|dtc|direct to consumer",
    },
    says: {
      zh: "代运营|店铺代运营|店铺运营|网店运营|电商运营|电商平台|电商合作|电商渠道|入驻天猫|入驻京东|入驻平台|开店|开网店|上新|新品上架|上架|下架|商品链接|详情页|主图|店铺装修|大促|双十一|双11|618|年货节|秒杀|限时抢购|优惠券|领券|满减|促销|活动报名|平台活动|店铺活动|直通车|钻展|京准通|店铺评分|店铺权重|刷单|跨境电商|独立站|一件代发|分销平台",
      en: "agency that runs|runs online stores|store operations|marketplaces|listing|listings|product listing|product page|product pages|flash sale|coupon|coupons|promo code|discount code|voucher code|double eleven|singles day|black friday|cyber monday|storefront|shopify|dropshipping|drop shipping|cross border e commerce|e commerce|ecommerce",
    },
    fallback: ["sales", "marketing"],
  },
  livestream: {
    of: "company",
    names: {
      zh: "直播运营部|直播部|直播团队|直播中心|直播间|直播运营中心|新媒体部|新媒体运营部|新媒体中心|短视频部|短视频运营部|内容运营部|内容中心|达人合作部|社交媒体部",
      en: "livestream team|livestream|livestreaming|live streaming|live commerce|live shopping|new media|new media team|social media team|social media|content team|content studio|creator partnerships|influencer team|influencer marketing",
    },
    says: {
      zh: "!直播|直播间|直播带货|带货|主播|!达人|达人带货|达人合作|网红|KOL|坑位费|坑位|佣金比例|短视频|抖音|抖音直播|快手|快手直播|视频号|小红书|B站|种草|探店|测评|开箱|MCN|寄样|样品寄|达人寄样|合作主播|直播合作|连麦|粉丝|涨粉",
      en: "!livestream|!livestreams|live stream|live streams|live shopping|live selling|streamer|streamers|host your product|influencer|influencers|kol|kols|creator|creators|content creator|short video|short videos|tiktok|douyin|kuaishou|xiaohongshu|little red book|youtube|youtuber|instagram|mcn|affiliate|affiliates|collab|review video|unboxing|followers",
    },
    // Without a livestream team, the marketing department books the influencers.
    parent: "marketing",
    fallback: ["marketing", "sales"],
  },
  rnd: {
    of: "company",
    names: {
      zh: "研发中心|研发部|研发|研究院|技术中心|研究所|开发部|工程技术部|产品开发部|实验室|产品中心|工艺部|工艺技术部|工艺工程部|产品管理部|产品研发部|技术研发部|研发部门|开发中心",
      en: "r&d|r and d|r d|r&d centre|r&d center|research and development|research|development|engineering|product development|lab|laboratory|innovation|product team|product management|process engineering|product engineering|new product development|npd",
    },
    says: {
      zh: "研发|研究|开发|定制开发|新产品|产品开发|定制|非标|方案|打样|样品|样机|原型|技术合作|合作开发|联合开发|产学研|高校|课题|专利申请|工程师|技术交流|实验|测试新|改进设计|参数定制|新功能|功能需求|需求|产品建议|产品经理|路线图|私有化部署|二次开发",
      en: "r and d|research|develop|development|co develop|new product|product development|custom|custom design|customised|customized|custom made|bespoke|prototype|prototyping|sample|samples|engineering team|engineers|technical cooperation|joint development|university|laboratory|lab|innovation|specification change|feature request|new feature|roadmap|product manager|on premise|on prem|custom development",
    },
    fallback: ["tech_support", "sales"],
  },
} satisfies Partial<Record<Kind, KindWords>>;
