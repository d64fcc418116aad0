import type { Kind, KindWords } from "./kind.ts";

/**
 * What families, older people and their visitors say to a senior-living or care community's
 * departments: admissions and move-ins, nursing and daily care, the community's own clinic,
 * rehabilitation, family liaison and visits, activities and social work, and day care and home
 * services in the neighbourhood. Each falls back only to another of these, so a hospital's, a
 * hotel's or a factory's callers never reach a department by them.
 */
export const ELDERCARE_KINDS = {
  care_admissions: {
    of: "company",
    names: {
      zh: "入住服务中心|入住服务部|入住咨询中心|入住咨询部|入住接待中心|入住接待部|入住管理部|入住部|入住办|入院部|入院接待|养老顾问|养老顾问中心|入住顾问|长者入住|咨询接待中心|参观接待中心|客户接待部|入住评估中心",
      en: "admissions and move ins|move ins|move in|move in services|move in team|resident admissions|care admissions|admissions and enquiries|enquiries and admissions|sales and admissions|admissions and sales|residency sales|resident sales|community sales|senior living advisors|senior living advisor|senior living consultants|care advisors|move in coordinators|assessment centre|assessment center",
    },
    says: {
      zh: "入住|想入住|办入住|申请入住|入住条件|入住流程|入住手续|入住要求|入住评估|入院|住进来|住进去|住养老院|进养老院|送养老院|送老人|送我妈|送我爸|把老人送|老人住进|老人入住|给老人找|找养老院|找个养老院|找养老机构|养老院|敬老院|老年公寓|护理院|养老机构|参观|来参观|过来参观|去参观|预约参观|看看环境|看一下环境|看看房间|实地看看|考察一下|床位|有没有床位|还有床位|有床位吗|空床|空床位|床位紧张|轮候|排队入住|排号|等床|收费标准|多少钱一个月|一个月多少钱|一个月多少|月费|每月费用|床位费|房间费|押金|保证金|会员费|入门费|会籍费|年费|单人间|双人间|多人间|三人间|套间|房型|试住|体验入住|先住几天|短住|短期入住|短期托养|短托|喘息服务|喘息|临时托养|长住|长期入住|签合同|入住合同|收不收|接不接收|能不能收|能收吗|收不收失智|能自理|自理老人|半自理|不能自理|失能老人|失智老人|卧床老人|瘫痪老人|插胃管的|鼻饲的|能力评估|身体评估|健康评估|评估一下|医保能用吗|补贴|养老补贴|床位补贴|优惠|有没有优惠|CCRC|持续照料|活力养老|候鸟|旅居养老",
      en: "move in|moving in|move my mother in|move my father in|move my mum in|move my mom in|move my dad in|move my parents in|place my mother|place my father|placement|a place for my mother|a place for my father|care home for|looking for a care home|looking for a nursing home|nursing home|care home|retirement home|retirement community|senior living|assisted living|independent living|memory care|admission|admissions|apply|application|waiting list|waitlist|vacancy|vacancies|availability|room available|rooms available|bed available|any beds|book a tour|a tour|tour of the community|take a tour|look around|looking around|show me around|see the rooms|see the apartments|view the apartments|fees|monthly fee|monthly fees|monthly cost|how much does it cost|how much is it per month|cost per month|pricing|prices|price list|entrance fee|entry fee|buy in fee|deposit|respite|respite care|respite stay|short stay|short term stay|trial stay|try it out|studio|one bedroom|two bedroom|apartment|suite|shared room|private room|care assessment|needs assessment|assess my mother|assess my father|eligibility|eligible|accept residents|take residents with|do you take|subsidy|subsidies|contract",
    },
    fallback: ["family_liaison"],
  },
  nursing_care: {
    of: "company",
    names: {
      zh: "护理部|护理中心|照护部|照护中心|照护服务部|生活照护部|生活照料部|生活护理部|护理服务部|长者照护部|长者照护中心|护理站|护理组|护理区|照护区|护理楼|护理院|失智照护中心|失智照护区|认知症照护中心|认知症照护区|记忆照护中心|记忆照护区|专区照护|介护部|养护部|养护中心|护养中心",
      en: "nursing|nursing care|nursing department|nursing team|care team|care services|care department|personal care|resident care|daily care|care and nursing|nursing and care|memory care|memory care unit|dementia care|dementia unit|care unit|nursing unit|care staff|skilled nursing|long term care|assisted living care",
    },
    says: {
      zh: "护理|照护|照顾|照料|护理员|护工|护理阿姨|护士|护理等级|护理级别|一级护理|二级护理|三级护理|特级护理|专护|一对一|护理费|护理计划|生活照料|喂饭|喂不进|吃不下|吃饭|吃得怎么样|吃得好不好|洗澡|帮洗澡|助浴|擦身|翻身|拍背|换尿不湿|尿不湿|纸尿裤|护理垫|大小便|大便|小便|失禁|尿床|便秘|褥疮|压疮|摔倒|跌倒|摔了|摔了一跤|老人摔|防跌|起夜|夜里起来|晚上睡不着|睡不好|吃药|喂药|发药|服药|按时吃药|药吃了没|漏吃药|体温|鼻饲|胃管|尿管|导尿|吸痰|吸氧|卧床|瘫痪|偏瘫|失能|失智|老年痴呆|痴呆|认知症|阿尔茨海默|糊涂|记性|走失|乱跑|往外跑|情绪|闹脾气|不配合|打人|骂人|穿衣|梳头|剪指甲|刮胡子|理发|衣服|换洗|洗衣服|衣服丢了|衣服洗|床单|被褥|房间卫生|呼叫器|按铃|没人管|没人理|护理不到位|照顾不好|冷落|身上有伤|淤青|磕碰|护士站|楼层护士站|指甲|手指甲|脚指甲|修脚|封闭区|封闭的区|封闭楼层|认知障碍|认知障碍区|脑子不清楚|脑子不太清楚|不认识人|不认识我|睡得好不好|睡得怎么样|精神怎么样|没精神",
      en: "care|carer|carers|caregiver|caregivers|care worker|care workers|care assistant|care staff|nurse|nurses|nursing|personal care|daily care|level of care|care level|care plan|care needs|one to one care|bath|bathing|shower|showering|help with showering|wash|washing|dressing|getting dressed|toileting|toilet|incontinence|incontinent|pads|diapers|nappies|bedsores|bed sores|pressure sore|pressure sores|turning|turned|repositioning|fell|fall|had a fall|falls|fallen|bruise|bruises|bruising|medication|medications|meds|her pills|his pills|her tablets|his tablets|feeding|feed her|feed him|eating|not eating|hasnt eaten|drinking enough|fluids|tube feeding|feeding tube|catheter|oxygen|bedridden|bedbound|dementia|alzheimers|confused|confusion|memory loss|wandering|wandered|agitated|aggressive|call bell|call button|laundry|her clothes|his clothes|clothes missing|haircut|nails|shave|hygiene|neglect|neglected|nobody came|no one came|not looked after|nurses station|nursing station|locked floor|locked unit|secure unit|the unit|toenails|fingernails|sleeping|not sleeping|coughing at night",
    },
    fallback: ["care_clinic"],
  },
  care_clinic: {
    of: "company",
    names: {
      zh: "医务室|医疗室|医护室|卫生室|医疗部|医疗中心|医护部|医疗服务部|医疗服务中心|医养结合部|医养中心|医养部|内设医务室|内设医疗机构|医疗保健部|保健室|保健部|健康管理部|健康服务部|健康中心|老年病科|护理院医疗部",
      en: "clinic|medical centre|medical center|medical office|medical services|medical team|health centre|health center|health services|health and wellness|wellness clinic|on site clinic|onsite clinic|community clinic|residents clinic|doctors office|medical department|healthcare team|health team|clinical services|geriatric clinic",
    },
    says: {
      zh: "医生|大夫|看病|看医生|找医生|医生看看|医生查房|查房|巡诊|出诊|诊疗|问诊|开药|配药|拿药|续药|药快吃完|药吃完|处方|慢病|慢性病|高血压|糖尿病|心脏病|冠心病|脑梗|中风|哮喘|慢阻肺|发烧|发热|咳嗽|感冒|拉肚子|不舒服|身体不舒服|哪里不舒服|头晕|胸闷|疼|痛|输液|打针|挂水|打点滴|换药|伤口|体检|年度体检|健康档案|化验|抽血|验血|检查报告|送医|送医院|去医院|转诊|转院|住院了|陪同就医|陪同看病|陪诊|就医|急救|120|救护车|医保|医保卡|社保卡|疫苗|打疫苗|流感疫苗|医嘱|病情|身体情况|健康情况|出院小结|出院记录|出院证明|病历|化验单|血压|血压高|量血压|测血压|血糖|血糖高|测血糖",
      en: "doctor|doctors|gp|physician|see a doctor|doctor to see|doctors round|doctor visit|clinic|medical|medical care|prescription|prescriptions|repeat prescription|refill|medicine|medicines|pharmacy|chronic|diabetes|diabetic|heart condition|stroke|copd|asthma|fever|temperature|cough|cold|flu|infection|uti|unwell|not well|sick|pain|dizzy|chest pain|injection|drip|wound|dressing change|blood test|blood tests|check up|checkup|health check|test results|hospital appointment|hospital visit|taken to hospital|sent to hospital|went to hospital|admitted to hospital|in hospital|referral|specialist|ambulance|vaccine|vaccination|flu jab|flu shot|health condition|her health|his health|medical records|discharge summary|discharge letter|discharge papers|hospital letter|blood pressure|blood sugar|high blood pressure",
    },
    fallback: ["nursing_care"],
  },
  rehabilitation: {
    of: "company",
    names: {
      zh: "康复中心|康复部|康复科|康复室|康复训练中心|康复训练室|康复理疗中心|康复理疗部|康复理疗室|理疗中心|理疗室|理疗部|康复治疗部|康复治疗中心|康复医学科|运动康复中心|康复护理部|康复服务部|康复馆",
      en: "rehabilitation|rehab|rehabilitation centre|rehabilitation center|rehab centre|rehab center|rehabilitation services|therapy|therapy services|therapies|physiotherapy|physio|physical therapy|occupational therapy|speech therapy|rehab and therapy|rehab gym|therapy gym|restorative care",
    },
    says: {
      zh: "康复|康复训练|做康复|康复治疗|理疗|物理治疗|做理疗|针灸|推拿|按摩|艾灸|拔罐|中风后|中风康复|脑梗后|偏瘫|半身不遂|术后恢复|术后康复|骨折后|骨折恢复|换关节|髋关节|膝关节|关节置换|走路|练走路|下地走|站不起来|站起来|腿没劲|没力气|肌肉萎缩|肌力|关节僵硬|手脚不灵|手不灵活|康复师|治疗师|理疗师|作业治疗|言语治疗|说话不清|吞咽|吞咽训练|训练|锻炼|器械|助行器|拐杖|轮椅|步态|平衡|防跌训练|帕金森|颈椎|腰椎|肩周炎|腰疼|腿疼",
      en: "rehabilitation|rehab|physiotherapy|physio|physiotherapist|physical therapy|physical therapist|occupational therapy|occupational therapist|speech therapy|speech therapist|speech and language|swallowing|therapy|therapist|exercises|exercise programme|exercise program|mobility|walking|walk again|walker|walking frame|zimmer frame|cane|walking stick|wheelchair|balance|strength|strengthening|after a stroke|stroke recovery|after surgery|hip replacement|knee replacement|hip fracture|broken hip|recovery|recovering|massage|acupuncture|parkinsons|stiff joints|back pain|frozen shoulder",
    },
    fallback: ["care_clinic", "nursing_care"],
  },
  family_liaison: {
    of: "company",
    names: {
      zh: "家属服务中心|家属服务部|家属联络部|家属联络处|家属接待|家属接待室|家属沟通|长者服务部|长者服务中心|客户服务部|客户关系部|客服部|客服中心|访客中心|访客接待|探视接待|探访接待|家庭联络",
      en: "family liaison|family services|family relations|family support|family and resident services|resident and family services|resident and family relations|family liaison office|family engagement|family care coordinator|resident relations|resident liaison|visitor centre|visitor center|visitors desk",
    },
    says: {
      zh: "探视|探望|看望|探访|来看|来看看|来看他|来看她|过来看|去看他|去看她|看老人|看看老人|看我妈|看我爸|看我母亲|看我父亲|看奶奶|看爷爷|看外婆|看外公|看姥姥|看姥爷|探视时间|几点可以|几点能来|什么时候能来|周末能来|能不能来看|来访|访客|预约探视|预约探访|视频|视频通话|打视频|视频一下|看看视频|接回家|接出去|带出去|带回家|外出|请假|请假回家|回家住几天|回家过年|回家过节|过年回家|节假日|家属群|家属会|我是她女儿|我是他女儿|我是她儿子|我是他儿子|我是他家属|沟通|了解情况|了解一下|老人情况|老人近况|近况|我妈怎么样|我爸怎么样|我妈最近|我爸最近|最近怎么样|情况怎么样|状态怎么样|怎么样了|照片|拍照片|发照片|送东西|送吃的|带吃的|带东西|寄东西|寄点东西|快递给|给老人寄|生日|过生日|一起吃饭|陪餐|留宿|陪住|陪护|家属陪住|投诉|意见|不满意|反映|建议|联系人|紧急联系人|换联系人|监护人|寄了个快递|寄了快递|快递到了没|包裹到了|代收快递|代收包裹|收快递",
      en: "visit|visits|visiting|visiting hours|visiting times|visitor|visitors|come and see|come see|come to see|visit my mother|visit my father|visit mum|visit mom|visit dad|visit my mum|visit my mom|visit my dad|visit my grandmother|visit my grandfather|visit my gran|visit grandma|visit grandpa|see my mother|see my father|see mum|see mom|see dad|video call|facetime|skype|zoom call|phone call with|take her out|take him out|day out|outing with|bring her home|bring him home|home for christmas|home for the holidays|home for the weekend|leave of absence|next of kin|how is my mother|how is my father|how is mum|how is mom|how is dad|how shes doing|how hes doing|how she is doing|how he is doing|update on|an update|news of|photos|pictures|drop off|drop something off|send a parcel|parcel for|birthday|have a meal with|stay overnight|complaint|complain|concern|concerns|unhappy|feedback|contact details|emergency contact|power of attorney|guardian|~my mother|~my father|~my mum|~my mom|~my dad|~my grandmother|~my grandfather|parcel for my|sent a parcel|package for my",
    },
    fallback: ["care_admissions", "nursing_care"],
  },
  senior_activities: {
    of: "company",
    names: {
      zh: "活动部|活动中心|文娱部|文娱中心|文体部|文体活动部|文化娱乐部|文化活动部|娱乐活动部|康乐活动部|活动策划部|社工部|社工站|社会工作部|社会工作站|社工服务部|社工与活动部|老年大学|长者大学|长者学堂|颐养学堂|乐龄学堂|兴趣班|志愿者服务部|志愿服务部|心理关怀部|精神慰藉部",
      en: "activities|activities team|activities department|life enrichment|lifestyle|lifestyle team|lifestyle and activities|recreation and activities|leisure and activities|social activities|social work|social workers|social services|social work and activities|engagement|resident engagement|enrichment|senior university|learning centre|pastoral care|chaplaincy",
    },
    says: {
      zh: "活动|活动安排|活动表|活动课|有什么活动|组织活动|参加活动|文娱|娱乐|兴趣班|兴趣小组|上课|课程|老年大学|书法|画画|国画|绘画|唱歌|合唱|合唱团|跳舞|广场舞|舞蹈|太极|太极拳|八段锦|健身操|做操|手工|剪纸|编织|插花|园艺|种菜|种花|下棋|象棋|围棋|打牌|扑克|麻将|打麻将|桥牌|看电影|放电影|读书|读报|讲座|健康讲座|智能手机|学手机|教手机|学电脑|春游|秋游|出游|外出游玩|一日游|郊游|采摘|联欢|联欢会|晚会|演出|表演|文艺|节目|生日会|集体生日|过节活动|重阳|重阳节|中秋|端午|包饺子|志愿者|做志愿者|当志愿者|义工|社工|社会工作者|心理|心理疏导|心理咨询|谈心|陪聊|聊天|孤独|寂寞|想家|情绪低落|闷闷不乐|不开心|不合群|交朋友|融入|慰问|捐赠|捐助|爱心|公益|献爱心|慰问演出|学校来|学生来|进院演出|圣诞|圣诞节|来表演|演节目",
      en: "activities|activity|activity schedule|activities calendar|activities programme|activities program|whats on|events calendar|programme|program|classes|class|calligraphy|painting|art class|arts and crafts|crafts|knitting|singing|choir|sing along|music|dancing|dance|tai chi|exercise class|chair exercise|yoga|gardening|garden club|bingo|cards|card games|mahjong|chess|board games|quiz|puzzles|movie|film night|reading|book club|lecture|talk|computer class|smartphone|ipad|outing|outings|day trip|excursion|trip|party|parties|concert|performance|entertainment|birthday party|celebration|festival|volunteer|volunteering|volunteers|social worker|social work|counselling|counseling|counsellor|lonely|loneliness|isolated|low mood|depressed|homesick|settling in|settle in|make friends|friends|chaplain|church|religious service|donation|donate|charity|school visit|perform for the residents|students visit|perform|performing|perform for|sing for|christmas|christmas party|entertain the residents|for the elderly",
    },
    fallback: ["family_liaison"],
  },
  community_care: {
    of: "company",
    names: {
      zh: "居家养老服务中心|居家养老服务部|居家养老部|居家养老|居家服务部|居家服务中心|社区养老服务中心|社区养老服务部|社区养老|社区居家养老|日间照料中心|日间照料|日照中心|日托中心|长者日托|老年日托|长者服务站|养老服务站|助餐点|长者食堂|老年食堂|长者饭堂|居家照护部|家庭照护床位|家庭养老床位",
      en: "home care services|home and community care|community care|community services|in home care|home support|day care|adult day care|day centre|day center|day services|day programme|day program|senior day care|meals on wheels|community dining|senior centre|senior center",
    },
    says: {
      zh: "居家养老|居家服务|上门|上门服务|上门护理|上门助浴|助浴|上门洗澡|上门理发|上门做饭|上门保洁|上门打扫|家政|钟点工|保姆|住家保姆|助餐|送餐|老人送餐|送饭上门|老年餐|长者饭堂|食堂|助洁|助行|助医|陪同|陪老人|陪老人看病|陪护|日托|日间照料|白天托|白天送过来|晚上接回|早送晚接|接送|班车|适老化|适老化改造|扶手|防滑|安装扶手|紧急呼叫|一键呼叫|呼叫器|智能手环|手环|定位|独居|独居老人|空巢|空巢老人|家庭养老床位|家庭照护床位|居家上门|政府补贴|政府购买|养老服务券|服务券|高龄补贴|社区|街道|老年卡|时间银行",
      en: "home care|care at home|in home care|at her home|at his home|her flat|his flat|her house|his house|help her shower|help him shower|help her wash|help him wash|carer to come|carer visits|home visits|visit at home|home help|domestic help|housekeeping|cleaning|meals on wheels|meal delivery|deliver meals|hot meals|lunch club|day care|day centre|day center|adult day|drop off in the morning|pick up in the afternoon|transport|minibus|shuttle|home safety|grab rails|grab bars|handrails|home modification|personal alarm|alarm pendant|emergency button|fall alarm|lives alone|living alone|companionship|befriending|respite at home|government funded|council funded|voucher|vouchers",
    },
    fallback: ["care_admissions"],
  },
} satisfies Partial<Record<Kind, KindWords>>;
