import type { Kind, KindWords } from "./kind.ts";

/**
 * What policyholders, accident victims, businesses, agents, brokers and garages say to an
 * insurer's departments: policy service, motor and non-motor claims, underwriting, motor cover,
 * commercial lines, the agency channel, telesales, anti-fraud and consumer protection. None falls
 * back to another trade's departments: a hospital's insurance office and a car dealer's
 * insurance desk keep their callers, and only a directory with such a department hears these.
 */
export const INSURANCE_KINDS = {
  policy_service: {
    of: "company",
    names: {
      zh: "保单服务部|保单服务中心|保单服务|保全部|保全中心|保全服务部|契约保全部|运营服务部|客户服务中心|客服中心|客户服务部|柜面服务",
      en: "policy services|policy service|policy servicing|policy administration|policyholder services|customer service centre|customer service center|customer service|policy service centre",
    },
    says: {
      zh: "营业厅|保单|报单|宝单|保单号|保单查询|查保单|查一下保单|保单信息|改保单|保单变更|变更保单|批改|批单|改手机号|改电话|改地址|改名字|改受益人|受益人|换受益人|投保人变更|被保险人变更|过户了|车过户|车卖了|退保|推保|不想保了|不保了|退保费|犹豫期|补发保单|保单丢了|保单找不到|纸质保单|电子保单|下载保单|保单寄给我|保单没收到|保什么|保些什么|保不保|保障范围|保障内容|保额|保险期间|什么时候到期|保险到期|到期时间|续保提醒|自动续保|缴费方式|改银行卡|换银行卡|保单贷款|保单借款|现金价值|复效|保单失效|保单原件|保险卡|保险凭证|保单打印|盖章",
      en: "my policy|policy number|policy document|policy documents|policy details|policy schedule|certificate of insurance|insurance certificate|copy of my policy|lost my policy|replacement policy|reissue|e policy|e-policy|electronic policy|change my policy|policy change|amend my policy|amendment|endorsement|mid term adjustment|change of address|change my address|change my phone number|change the name|beneficiary|change the beneficiary|cancel my policy|cancel the policy|cancellation|cancel my insurance|cancel the insurance|cancel insurance|stop the insurance|sold my car|sold the car|moved house|update my address|update the address|update my details|change of details|cooling off|cooling-off|free look|surrender|surrender value|cash value|lapsed|lapse|reinstate|reinstatement|what am i covered for|am i covered|what does it cover|what is covered|policy wording|sum insured|expiry date|when does it expire|auto renewal|automatic renewal|premium deduction|payment method|change my bank|policy loan|not received my policy",
    },
    fallback: [],
  },
  motor_claims: {
    of: "company",
    names: {
      zh: "车险理赔部|车险理赔|车险理赔中心|车险理赔服务中心|车险查勘定损中心|查勘定损中心|查勘定损部|车理赔部|机动车理赔部|车险理赔科",
      en: "motor claims|motor claims department|car claims|auto claims|car insurance claims|motor insurance claims|vehicle claims|auto claims department",
    },
    says: {
      zh: "车险理赔|车险理陪|车理赔|车险报案|报案|报个案|我要报案|出险|出了险|出险了|定损|查勘|勘查|查勘员|定损员|拍照定损|现场查勘|撞车|撞了|撞到|被撞|追尾|被追尾|剐蹭|刮蹭|被刮了|刮了|蹭了|被蹭|擦了|碰了一下|出车祸|车祸|交通事故|事故|小事故|单方事故|双方事故|对方全责|我全责|我方全责|对方负全责|同责|主责|次责|责任认定|事故认定书|交警|快处快赔|互碰|互碰自赔|代位求偿|代位追偿|肇事逃逸|逃逸|找不到对方|撞了就跑|玻璃碎了|挡风玻璃|玻璃险|划痕险|车被淹|泡水车|车被砸|树砸了车|车损|三者|撞了人|撞到人|伤者|修车厂|4s店定损|维修厂|车险赔|车险能赔|走车险|走保险|用保险|报保险|出保险|赔多少|案件进度|赔款进度",
      en: "motor claim|car claim|auto claim|vehicle claim|car insurance claim|report an accident|report a car accident|report the accident|car accident|road accident|traffic accident|collision|crash|crashed|fender bender|bump|minor bump|prang|rear ended|rear-ended|hit my car|hit me|hit and run|drove off|scraped my car|keyed my car|side swiped|sideswiped|other driver|other party|third party|their insurer|at fault|not my fault|not at fault|fault|police report|accident report|loss adjuster|assessor|damage assessment|windscreen|windshield|cracked windscreen|write off|written off|total loss|courtesy car|hire car|repair garage|approved repairer|subrogation|recover from the other",
    },
    parent: "claims",
    fallback: [],
  },
  property_claims: {
    of: "company",
    names: {
      zh: "非车险理赔部|非车险理赔|非车理赔部|财产险理赔部|财产险理赔|财产保险理赔部|意健险理赔部|意健险理赔|人身险理赔部|健康险理赔部|个人业务理赔部|责任险理赔部|企财险理赔部",
      en: "property and liability claims|property claims|non motor claims|non-motor claims|liability claims|property & casualty claims|home claims|household claims|accident and health claims|health claims|personal lines claims|commercial claims",
    },
    says: {
      zh: "家财险|家庭财产险|家庭财产保险|家财险理赔|房屋险|房子险|企财险|企业财产险理赔|财产险理赔|意外险|意外险理赔|意外伤害|健康险|医疗险|医疗险报销|百万医疗|报销医药费|医药费|住院费|医疗费|报消|报销|发票原件|病历|出院小结|诊断证明|住院|骨折|摔断|摔伤|受伤了|狗咬|责任险|公众责任|雇主责任险理赔|工伤|漏水|水管爆了|水管破了|爆管|泡了|泡坏了|淹了|被淹|楼上漏水|天花板|被盗|被偷|进小偷|入室盗窃|失窃|盗抢|着火了烧了|火灾|烧坏了|雷击|台风|暴雨|冰雹|倒塌|漏雨|货泡了|仓库进水|设备坏了|机器损坏|停工损失|航班延误|行李丢了|旅游险|旅行险|宠物险|手机碎屏险|碎屏",
      en: "home insurance claim|home claim|house claim|on my home insurance|my home insurance|leaked into|leaking into|household claim|contents claim|contents insurance|buildings insurance|burst pipe|pipe burst|water leak|leak from upstairs|flooded|flood damage|water damage|ceiling|burglary|burgled|break in|broken into|stolen|theft|fire damage|storm damage|hail|typhoon|lightning|accident insurance|personal accident|accident claim|injury claim|injured|broke his arm|broke her arm|broken arm|fracture|hospital bill|hospital bills|medical bills|medical expenses|health insurance claim|reimbursement|reimburse|discharge summary|liability claim|public liability|employer liability claim|business interruption|travel insurance|travel claim|flight delay|lost luggage|baggage|pet insurance|phone insurance|cracked screen",
    },
    parent: "claims",
    fallback: [],
  },
  underwriting: {
    of: "company",
    names: {
      zh: "核保部|核保|核保中心|核保科|核保室|承保部|承保中心|承保管理部|核保核赔部|核保核赔中心|风险管理部|风控核保部",
      en: "underwriting|underwriting department|underwriters|underwriting team|new business|risk assessment|risk survey|risk engineering",
    },
    says: {
      zh: "核保|人工核保|核保不通过|核保没过|核保没通过|核保结果|核保进度|转人工核保|投保被拒|被拒保|拒保|拒绝承保|不给保|保不了|不能保|不让投保|投不了|投保被拦|被系统拦|系统拦截|拦截了|承保|加费|加费承保|除外|除外责任|健康告知|告知|如实告知|既往症|体检报告|验车|验标|查验|风险查勘|查勘风险|风险评估|营运车|营业性|高风险|特殊风险|特殊业务|超龄|高龄投保|高价值车|进口车投保|旧车投保|脱保|脱保了|脱保很久|再保险|分保|费率|费率调整|系数|出险次数|ncd|核保员",
      en: "underwriting|underwriter|underwriters|referred to underwriting|referral|declined|proposal declined|application declined|turned down|refused cover|refused to insure|won't insure|wont insure|cannot insure|can't get cover|cannot get cover|proposal form|application form|disclosure|non disclosure|medical disclosure|pre existing|pre-existing|pre existing condition|medical underwriting|health questionnaire|loading|premium loading|exclusion|exclusions|risk survey|survey|surveyor|inspection|vehicle inspection|high risk|high value|unusual risk|special risk|commercial vehicle|taxi|ride hailing|modified car|modification|reinsurance|facultative|rating|acceptance|terms",
    },
    fallback: [],
  },
  motor_insurance: {
    of: "company",
    names: {
      zh: "车险业务部|车险部|车险销售部|车险中心|车险事业部|个人车险部|车险营销部|车险续保部|续保部|续保中心|保险续保|车险服务部|机动车保险部",
      en: "motor insurance|car insurance|auto insurance|vehicle insurance|motor insurance sales|personal motor|motor department|insurance renewals",
    },
    says: {
      zh: "车险|买车险|买保险|投保|车险投保|交强险|强制险|商业险|商业车险|车损险|车损|三者险|第三者责任险|三者|座位险|司机险|乘客险|划痕险|玻璃险|自燃险|涉水险|不计免赔|医保外用药|驾意险|新车投保|新车上保险|上保险|车险报价|报价|报个价|~多少钱|保费|保费多少|续保|续保优惠|到期续保|保险快到期|保险到期了|续一下|车险到期|车险续保|续车险|返现|送油卡|一百万|两百万|三百万|保额多少|怎么买划算|哪个险种|险种|套餐|全险|基本险",
      en: "car insurance|motor insurance|auto insurance|vehicle insurance|insure my car|insure a car|insure my new car|buy car insurance|buy insurance|get insured|cover for my car|quote|a quote|insurance quote|car insurance quote|price for|how much for|premium|comprehensive|fully comp|third party|third party fire and theft|third party liability|compulsory|compulsory insurance|ctp|own damage|excess|deductible|no claims bonus|no claims discount|ncd|named driver|add a driver|young driver|learner driver|renew|renewal|renewing|renew my insurance|renewal quote|renewal price|my renewal|cheaper|best price",
    },
    parent: "car_finance",
    fallback: [],
  },
  commercial_insurance: {
    of: "company",
    names: {
      zh: "企业客户部|企业业务部|企业险部|企业保险部|团体业务部|团险部|团体保险部|商业保险部|商业险部|财产险部|企财险部|工程险部|水险部|货运险部|责任险部|机构业务部|政保业务部|大客户保险部",
      en: "commercial insurance|commercial lines|commercial|business insurance|corporate insurance|corporate clients|corporate business|group insurance|group business|marine|marine cargo|property and casualty|commercial property|specialty lines",
    },
    says: {
      zh: "企业财产险|企业财产保险|企财险|财产一切险|财产综合险|厂房|设备|厂房保险|仓库保险|库存|存货|机器损坏险|营业中断|工程险|建工险|建筑工程一切险|安装工程险|工程一切险|工地|项目保险|货运险|货物运输险|运输险|海运险|出口货物|进口货物|预约保单|开口保单|物流责任险|承运人责任险|团体意外险|团意险|团体险|团险|团体医疗|员工保险|给员工买|员工买保险|雇主责任险|雇主险|公众责任险|产品责任险|职业责任险|董责险|安责险|安全生产责任险|环责险|食品安全险|信用险|保证险|履约保证|投标保证|关税保证|网络安全险|~我们公司|~我们工厂|~我们企业|公司买保险|企业投保|招标|询价|保险方案|统保",
      en: "business insurance|commercial insurance|commercial property|business property|property insurance|construction|cargo|group accident|factory|plant|warehouse|stock|machinery|equipment|business interruption|construction all risks|fleet insurance|contractors all risks|erection all risks|engineering insurance|project insurance|construction project|cargo insurance|marine cargo|marine insurance|open cover|annual cargo|goods in transit|shipments|export|import|group accident|group personal accident|group medical|group health|employee benefits|our employees|our staff|workers|employers liability|employer's liability|workmen's compensation|workers compensation|public liability|product liability|professional indemnity|d&o|directors and officers|cyber insurance|trade credit|surety|bond|performance bond|~our company|~our business|~our factory|~our firm|tender|broker|insurance programme|insurance program",
    },
    fallback: [],
  },
  agency: {
    of: "company",
    names: {
      zh: "个人代理部|个人代理|代理人渠道|代理人管理部|代理人中心|个险部|个险渠道|个人业务部|营销服务部|营销员管理部|代理渠道部|中介业务部|经代业务部|代理人培训部",
      en: "agency channel|agency|agency department|agent channel|agency distribution|tied agents|agent services|agent support|agency management|intermediaries|broker and agency|broker services",
    },
    says: {
      zh: "代理人|保险代理人|做代理人|当代理人|当保险代理|做保险|卖保险|兼职卖保险|招代理|招募代理|招聘代理人|加入你们|增员|展业|展业工具|展业支持|执业证|执业证书|执业登记|资格证|代理资格|代理人资格|代理人编号|代理人工号|工号|工号被锁|工号锁了|账号锁了|出单|出不了单|出单系统|app出不了|报价系统|我的客户|帮客户|客户投保|培训|新人培训|岗前培训|考试|早会|团队长|主管|晋升|考核|业绩|件数|经纪人|经纪公司|中介|代理公司|渠道手续费|手续费|我是你们代理",
      en: "agent|agents|insurance agent|become an agent|becoming an agent|become an insurance agent|join as an agent|agent recruitment|recruiting agents|agent code|agent number|agent id|agent login|agent portal|agent app|my agent code|locked out|licence|license|agent licence|agent license|practising certificate|certification|training|agent training|my clients|my client|a client of mine|for my client|on behalf of my client|issue quotes|issue a policy|quote system|leads|sales support|broker|brokers|brokerage|intermediary|tied agent|sub agent|appointment|onboarding|contract as an agent|i am one of your agents|im one of your agents|i'm one of your agents",
    },
    fallback: [],
  },
  telesales: {
    of: "company",
    names: {
      zh: "电话销售中心|电话销售部|电话销售|电销中心|电销部|电销|电销团队|电话营销中心|电话营销部|电话营销|直销中心|电话投保中心|电话车险中心",
      en: "telesales|telesales centre|telesales center|telesales team|telemarketing|phone sales|direct sales|sales by phone|telephone sales",
    },
    says: {
      zh: "电销|电话销售|电话营销|电话投保|电话里买|电话里投保|打电话给我|给我打电话|给我打了电话|给我打过电话|~打过电话|~打了个电话|你们打来|你们打过来|~你们来电|~来过电话|~回电|~回个电话|让我回电|~打回去|~打回来|~未接来电|~没接到|~错过了电话|电话推荐|电话里说|电话里讲|客服打电话|小姑娘打电话|有人打电话|续保电话|优惠电话|推销电话|别再打|不要再打|骚扰电话",
      en: "telesales|phone sales|called me|call from you|call from your|rang me|someone called|someone rang|somebody called|a lady called|a man called|a guy called|your colleague called|got a call|had a call|missed call|missed your call|missed the call|missed it|calling back|call back|returning a call|returning your call|returning the call|over the phone|by phone|on the phone|buy over the phone|phone offer|offer on the phone|stop calling|keep calling|do not call|don't call",
    },
    parent: "sales",
    fallback: [],
  },
  anti_fraud: {
    of: "company",
    names: {
      zh: "反欺诈中心|反欺诈部|反欺诈|反保险欺诈中心|反欺诈调查部|理赔调查部|调查中心|稽核调查部|特别调查部|风险调查部",
      en: "anti-fraud unit|anti fraud unit|anti fraud|anti-fraud|fraud unit|fraud team|fraud department|counter fraud|counter-fraud|fraud investigation|fraud investigations|special investigations unit|siu|claims investigation",
    },
    says: {
      zh: "冒用|冒名|盗用我的|身份被盗|被人冒用|骗保|诈骗保险|保险诈骗|保险欺诈|欺诈|诈保|骗赔|骗钱|假案|假报案|虚假报案|虚假理赔|虚报|夸大损失|谎报|故意撞车|故意撞|碰瓷|摆拍|摆拍事故|造假|伪造|假发票|假病历|假证明|换驾|顶包|酒驾顶包|先出险后投保|倒签|举报|实名举报|匿名举报|我要举报|线索|可疑|调查员|调查|内鬼|勾结|串通|修理厂骗|4s店骗|黑中介|代理维权|退保黑产|反欺诈",
      en: "identity theft|stolen identity|used my identity|used my name|fraud|fraudulent|insurance fraud|report fraud|reporting fraud|suspected fraud|suspicious claim|suspicious|fake claim|false claim|bogus claim|exaggerated claim|inflated claim|staged accident|staged crash|crash for cash|cash for crash|ghost broking|fake invoice|forged|forgery|fabricated|whistleblow|whistleblower|tip off|tip-off|report someone|anonymous tip|investigator|investigation|colluding|collusion|scam|scamming",
    },
    fallback: [],
  },
  // A bank's consumer protection office too: fees charged, products mis-sold, a teller's manner.
  consumer_protection: {
    of: "company",
    names: {
      zh: "消费者权益保护部|消费者权益保护中心|消费者权益保护|消保部|消保中心|消保办|消保|客户权益保护部|客户权益部|投诉处理中心|投诉中心|投诉管理部|投诉处理部|客户投诉部|纠纷调解中心",
      en: "consumer protection|consumer protection office|consumer protection department|consumer rights|customer advocacy|complaints|complaints department|complaints office|complaints team|complaint handling|dispute resolution",
    },
    says: {
      zh: "投诉|我要投诉|要投诉|投诉你们|投诉理赔|投诉业务员|投诉代理人|消保|维权|权益|理赔纠纷|理赔争议|纠纷|争议|调解|不合理|拒赔|不给赔|不赔|凭什么不赔|赔得太少|赔少了|拖着不赔|一直不赔|拖了很久|没人管|踢皮球|误导|销售误导|被骗买|强制搭售|搭售|乱收费|态度差|态度恶劣|甩脸色|办事太慢|不满意|很不满意|银保监|银保监会|保监会|金融监管局|监管局|12378|12315|信访|曝光|媒体|差评|乱扣费|收费不合理|被误导|误导买理财|理财误导|投诉网点|投诉柜员|投诉客户经理|拒绝办理|不给办理|故意刁难|刁难|人民银行|人行|12363|金融消费者|金融知识|金融知识宣传|金融知识进社区|防诈骗宣传|反诈宣传|防诈宣传|宣讲|讲座|进社区|进校园|金融教育|来讲讲|来讲课|防诈骗知识|反诈知识|防骗知识",
      en: "complaint|complain|complaining|make a complaint|file a complaint|formal complaint|unhappy|very unhappy|not happy|dissatisfied|disappointed|disputed claim|dispute|claim dispute|claim rejected|claim denied|denied my claim|rejected my claim|refuse to pay|refused to pay|refusing to pay|won't pay|wont pay|underpaid|lowball|unfair|mis-sold|missold|mis selling|misled|lied to me|ombudsman|financial ombudsman|regulator|escalate|escalation|mediation|rude|treated badly|banking ombudsman|financial consumer|wrongly charged|refused to serve me|financial literacy|financial education|financial knowledge|a talk on|give a talk|awareness talk",
    },
    fallback: [],
  },
} satisfies Partial<Record<Kind, KindWords>>;
