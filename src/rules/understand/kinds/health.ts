import type { Kind, KindWords } from "./kind.ts";

/**
 * What callers say to a hospital's or a clinic's departments: appointments, wards, the emergency
 * room, the pharmacy, scans and tests, records, check-ups, billing and insurance, and the
 * departments named by their speciality. Each falls back only to another of these, so a hotel's
 * or a factory's callers never reach a department by them.
 */
export const HEALTH_KINDS = {
  outpatient: {
    of: "company",
    names: {
      zh: "门诊部|门诊|门诊办|门诊办公室|门诊预约中心|预约中心|预约挂号中心|预约挂号|挂号处|挂号室|挂号中心|门诊服务中心|门诊服务台|预约诊疗中心|导诊台|导诊处|分诊台|专家门诊|普通门诊|特需门诊|综合门诊|全科|全科门诊|全科医学科|家庭医生|诊所|医务室|校医院|校医室|卫生所|卫生室|卫生院|社区卫生服务中心|社区医院|门诊所|门诊挂号|挂号窗口|导医台|导医|咨询台|专科门诊|专病门诊|名医门诊|便民门诊|互联网医院|网上问诊",
      en: "outpatient|outpatients|outpatient department|outpatient clinic|outpatient clinics|outpatient services|outpatient appointments|outpatient appointments centre|outpatient appointments center|opd|appointments|appointment centre|appointment center|appointments centre|appointments center|appointments office|appointment desk|appointments desk|patient appointments|clinic appointments|booking centre|outpatient registration|patient registration|general practice|family medicine|gp clinic|general clinic|walk in clinic|clinic|medical clinic|campus clinic|staff clinic|health centre|health center|medical centre|medical center|infirmary|sick bay|student health|student health centre|student health center|appointments line|appointment line|booking line|appointment booking|appointment bookings|scheduling|patient scheduling|central booking|central appointments|outpatients department|outpatient reception|clinic reception|specialist clinics|specialist clinic|consultant clinics|telehealth|telemedicine|virtual clinic",
    },
    says: {
      zh: "挂号|挂个号|挂号费|挂专家|专家号|普通号|特需号|约号|预约|预约医生|约医生|约个医生|约专家|看专家|看医生|找医生|看病|就诊|就医|门诊|看门诊|坐诊|出诊|出诊时间|专家门诊|哪天有号|有号吗|有没有号|还有号|没有号|号源|放号|抢号|加号|退号|改约|改期|改时间|取消预约|复诊|初诊|医生|大夫|专家|~主任|主任医师|副主任医师|教授|名医|内科|外科|普外科|消化科|消化内科|心内科|心血管|呼吸科|呼吸内科|神经内科|神经外科|内分泌|肾内科|泌尿科|泌尿外科|骨科|皮肤科|看皮肤|眼科|看眼睛|耳鼻喉|耳鼻喉科|五官科|中医|中医科|针灸|推拿科|康复科|理疗|精神科|心理科|心理咨询|肿瘤科|肛肠|血液科|风湿|疼痛科|营养科|~疼|~痛|~痒|不舒服|咳嗽|拉肚子|头晕|疹子|挂不上号|挂不到号|挂不上|抢不到号|约不上|约不到|约满|号满了|号都没了|号没了|没号了|挂满|预约满|预约不上|网上挂号|网上预约|手机挂号|微信挂号|公众号挂号|小程序挂号|电话挂号|电话预约|当天号|当日号|明天号|下周号|主任号|名医号|特需|开药门诊|复诊号|复查|复查预约|约复查|复诊预约|预约复诊|换医生|换一个医生|取消挂号|爽约|过号|过号了|叫号|排号|几点开始看|上午号|下午号|哪个科|挂哪个科|看哪个科|挂什么科|该挂|挂哪科|哪科|科室|什么科|医生排班|排班|出诊表|坐诊时间|哪天坐诊|医生哪天|医生什么时候|停诊|医生停诊|专家停诊|求加号|就诊卡|诊疗卡|首诊|肚子疼|胸闷|心慌|便秘|腹泻|尿频|尿急|血压高|高血压|血糖高|糖尿病|肿块|长了个|包块|淋巴|咽炎|鼻炎|过敏|湿疹|痘痘|青春痘|脱发|掉头发|近视|视力|耳鸣|听力|嗓子|喉咙|扁桃体|颈椎|腰椎|关节|膝盖|痛风|骨质疏松|乳腺|甲亢|贫血|慢性病|慢病|体检异常|专家出诊|挂个专家|挂普通号|看个病|想看病|瞧病|看大夫|找大夫|约大夫|看中医|看骨科|看眼科|看皮肤科",
      en: "appointment|appointments|an appointment|my appointment|book an appointment|make an appointment|booked in|reschedule|move my appointment|change my appointment|cancel my appointment|cancel the appointment|see a doctor|see the doctor|see a specialist|see someone about|doctor|doctors|gp|specialist|specialists|consultant|consultation|clinic|clinics|outpatient|follow up|follow up visit|referral|~cardiologist|dermatologist|skin doctor|orthopaedic|orthopedic|orthopaedics|orthopedics|knee|back pain|ent|ear nose and throat|eye doctor|ophthalmologist|neurologist|gastroenterologist|urologist|endocrinologist|psychiatrist|psychologist|therapist|physio|physiotherapy|physical therapy|acupuncture|~pain|~ache|~aching|~sore|~rash|~itchy|cough|earache|headache|stomach ache|sore throat|dizzy|allergies|book in with|book me in|appointment with dr|appointment with the|see dr|see doctor|see a gp|doctors appointment|next available|earliest appointment|first available|available slot|slots|slot|time slot|walk in|no appointment|without an appointment|same day appointment|urgent appointment|missed my appointment|late for my appointment|running late for|cant make my appointment|postpone|rebook|bring forward|change doctor|a different doctor|female doctor|male doctor|which department|what department|which clinic|which specialist|who should i see|what kind of doctor|internal medicine|general medicine|dermatology|neurology|urology|endocrinology|ophthalmology|rheumatology|oncology|respiratory|psychiatry|mental health|tcm|rehabilitation|rehab|patient card|clinic card|symptoms|symptom|diabetes|asthma|migraine|insomnia|cant sleep|constipation|diarrhoea|diarrhea|lump|mole|acne|hair loss|eczema|eyesight|vision|hearing loss|hearing test|hearing aid|my hearing|tinnitus|sinus|joint pain|arthritis|gout|see a consultant|book a consultation|book a doctor|see the gp|clinic appointment|outpatient appointment",
    },
    fallback: ["patient_services"],
  },
  inpatient: {
    of: "company",
    names: {
      zh: "住院部|住院处|住院|住院部护士站|住院服务中心|病房|病区|护士站|病房护士站|护理部|入院处|入出院处|入院服务中心|住院登记处|重症监护室|监护室|ICU|重症医学科|住院护士站|护士台|住院病区|住院楼|住院大楼|病房楼|住院服务台|入院准备中心|出入院服务中心|床位管理中心|床位中心|床位调配中心|住院部办公室|护理单元",
      en: "inpatient|inpatients|inpatient department|inpatient ward|inpatient wards|~ward|~wards|nursing|nursing department|inpatient admissions|patient admissions|admitting office|icu|intensive care|intensive care unit|critical care|ward reception|ward clerk|bed management|bed bureau|inpatient services|inpatient nursing|nursing unit|hospital wards",
    },
    says: {
      zh: "住院|住院部|住院病人|住院的|住院了|住着院|病房|病区|几床|床号|几号床|病床|床位|等床|护士站|~护士|陪床|陪护|探视|探望|看望|看病人|探病|去看他|去看她|看看他|看看她|送饭|送点吃的|送东西|送衣服|换洗衣服|病人情况|病情|~怎么样了|情况怎么样|手术|做手术|手术后|术后|开刀|做完手术|动手术|麻醉|出院|办出院|什么时候出院|能出院|入院|办住院|住院手续|ICU|重症|监护室|昏迷|能吃东西|能不能吃|住在几楼|哪个病房|几号病房|病房号|病房在哪|几楼病房|哪一床|陪护床|折叠床|陪护证|探视证|进病房|进不了病房|送汤|带点吃|带吃|能带吃|能不能带|送鲜花|我爸住院|我妈住院|父亲住院|母亲住院|老人住院|病人家属|患者家属|主治医生|主管医生|管床医生|床位医生|医生查房|主任查房|查房|护士长|值班护士|值班医生|护工|输液|打点滴|吊瓶|挂水|挂盐水|拔针|术前|术前准备|手术时间|手术安排|手术排期|排手术|手术室|手术做完|手术结束|手术顺利|手术怎么样|醒了没|醒了吗|转科|转病房|转院|转普通病房|出ICU|进ICU|病危|病重|病危通知|住多久|要住几天|住几天院|出院时间|出院了吗|入院手续|入院通知|住院通知|等床位|排床|床位紧张|有床位吗|空床|在住院|正在住院|病床号|陪夜|能陪床|晚上陪",
      en: "~ward|~wards|on ward|in ward|which ward|to ward|ward number|inpatient|inpatients|admitted|was admitted|been admitted|got admitted|in hospital|in the hospital|stay in hospital|patient on|visit a patient|visiting a patient|visit my|visiting my|visit him|visit her|visit them|visiting hours|visiting time|visitors|bed|bed number|~nurse|nurses|how shes doing|how hes doing|how she is doing|how he is doing|how is she|how is he|her condition|his condition|condition|operation|her operation|his operation|surgery|after surgery|post op|recovering|recovery|discharge|discharged|going home|bring her|bring him|bring some|allowed to eat|supposed to eat|icu|intensive care|my father is in|my mother is in|my dad is in|my mum is in|my mom is in|my husband is in|my wife is in|patient in bed|ward round|ward rounds|doctor on the ward|ward doctor|ward sister|charge nurse|head nurse|matron|night nurse|nurse in charge|attending doctor|attending physician|consultant in charge|drip|post operative|pre op|before surgery|surgery date|operation date|when is the operation|how did the operation go|out of surgery|still in surgery|operating theatre|operating room|transferred to|another ward|out of icu|critical condition|visiting someone|visit someone|bring food|bring flowers|can i bring|next of kin|being admitted|hospital stay|length of stay|how long will she stay|how long will he stay|going home tomorrow|discharge date|when can she go home|when can he go home|bed available|waiting for a bed|in the ward|stay with him overnight|stay with her overnight|stay overnight with",
    },
    fallback: ["patient_services", "outpatient"],
  },
  emergency_care: {
    of: "company",
    names: {
      zh: "急诊科|急诊|急诊部|急诊中心|急诊室|急诊医学科|急救中心|急诊急救中心|夜间门诊|夜诊|急诊内科|急诊外科|急诊儿科|急诊留观|留观室|抢救室|急诊抢救室|胸痛中心|卒中中心|创伤中心|发热门诊|发热诊室|急救站",
      en: "emergency|emergency room|emergency department|emergency dept|emergency centre|emergency center|emergency medicine|emergency care|emergency clinic|emergency unit|a and e|accident and emergency|casualty|urgent care|urgent care centre|urgent care center|night clinic|after hours clinic|a&e|a & e|emergency services|trauma centre|trauma center|resus|fever clinic|chest pain centre|stroke centre",
    },
    says: {
      zh: "急诊|看急诊|挂急诊|急诊室|急诊科|夜间|夜里|半夜|深夜|凌晨|大半夜|晚上看病|晚上能看|晚上有医生|晚上还能看|晚上有人看|晚上开吗|夜间门诊|夜诊|现在还能看|现在能看|现在能不能看|现在过来|现在过去|现在去|马上过来|直接过来|高烧|发高烧|烧到|烧得|发烧|发热|三十九度|四十度|三十八度|急性|突然|受伤|摔伤|摔了一跤|缝针|缝几针|割破|割伤|划伤|划破|扭伤|骨折|烫伤|烧伤|被狗咬|狗咬|猫抓|被猫抓|打狂犬|狂犬疫苗|破伤风|食物中毒|吐得厉害|一直吐|上吐下泻|急诊电话|能不能急诊|要不要急诊|算不算急诊|走急诊|急诊能看|晚上八点|晚上九点|晚上十点|晚上十一点|半夜三更|夜里两点|深夜看病|夜里看病|急性肠胃炎|腹痛|肚子疼得|疼得厉害|疼得受不了|痛得受不了|烧不退|退不了烧|高烧不退|吐了|拉了一晚上|过敏了|起疹子|全身起疹|肿了|脸肿|眼睛肿|被蜜蜂蛰|蛰了|鱼刺|卡了鱼刺|崴脚|崴了|磕破|磕到头|撞到头|碰到头|头破了|流鼻血|鼻血|缝合|清创|被猫咬|猫咬|老鼠咬|玻璃划|切到手|手切了|烫到|开水烫",
      en: "emergency room|e r|a and e|accident and emergency|casualty|urgent care|open at night|~at night|overnight|in the night|middle of the night|late at night|after hours|out of hours|open now|right now|come in now|come now|go now|can we come|tonight|all night|all evening|clinics are closed|clinics are all closed|high fever|fever|temperature|stitches|cut my|deep cut|sprain|sprained|broken bone|fracture|burned|burnt my|scalded|dog bite|bitten|rabies|tetanus|food poisoning|vomiting|throwing up|walk in tonight|come in tonight|see someone tonight|see a doctor tonight|doctor tonight|doctor at night|open all night|cut his hand|cut her hand|cut myself|gash|twisted my ankle|twisted ankle|sprained ankle|swollen|swelling|bee sting|stung|fish bone|nosebleed|nose bleed|hit his head|hit her head|bumped his head|bumped her head|scald|vomited|vomit|stomach bug|gastroenteritis",
    },
    fallback: ["outpatient", "patient_services"],
  },
  pharmacy: {
    of: "company",
    names: {
      zh: "药房|药剂科|药剂部|药学部|药学科|门诊药房|住院药房|西药房|中药房|药店|大药房|取药处|发药窗口|药局|药库|急诊药房|配药中心|静配中心",
      en: "pharmacy|pharmacies|dispensary|chemist|chemists|drugstore|pharmacy department|outpatient pharmacy|pharmaceutical services|pharmacy services|dispensing|outpatient dispensary|hospital pharmacy|medicines office",
    },
    says: {
      zh: "取药|拿药|开药|配药|抓药|领药|退药|缺药|药房|药品|药物|处方|处方药|开的药|用药|吃药|服药|怎么吃|怎么服用|一天几次|一次几片|几片|饭前|饭后|空腹吃|剂量|用量|副作用|不良反应|一起吃|一块儿吃|一块吃|同时吃|能一起|药物相互|过期|有没有这个药|阿莫西林|头孢|抗生素|消炎药|降压药|降糖药|胰岛素|退烧药|止痛药|感冒药|中药|中成药|草药|煎药|代煎|药片|胶囊|药水|眼药水|药膏|药拿错|拿错药|发错药|药少了|药不对|药没拿|忘拿药|漏拿|药还有吗|配不到|买不到药|外购药|外配|电子处方|处方单|处方笺|处方开错|处方过期|续方|长处方|慢病药|慢病处方|代配药|帮家人开药|替人拿药|代取药|中药颗粒|颗粒剂|膏方|煎好药|取药窗口|药能不能退|药品说明|药怎么保存|放冰箱|孕妇能吃|哺乳期能吃|喂奶能吃|吃药能喝酒|漏吃|忘吃|停药|减药|掰开吃|磨碎|吞不下|布洛芬|对乙酰氨基酚|扑热息痛|阿司匹林|二甲双胍|他汀|硝苯地平|氨氯地平|奥美拉唑|蒙脱石散|藿香正气|连花清瘟|板蓝根|维生素|钙片|叶酸|眼药膏|喷剂|吸入剂|雾化|针剂|医生开药|开药没拿|药没拿到|吃几次|一天吃几|吃几片|一次吃几|一次几粒|吃几粒|什么时候吃|饭前吃|饭后吃|睡前吃|这药|那药|药能不能|药可不可以|药要吃|药吃多久|药吃完|药吃了|开点药|配点药|拿点药|取个药|药取",
      en: "pharmacy|pharmacist|prescription|prescriptions|prescribed|medicine|medicines|medication|medications|meds|drug|drugs|pill|pills|tablet|tablets|capsules|dose|dosage|side effect|side effects|take it with food|with food|on an empty stomach|before meals|after meals|how often|refill|repeat prescription|antibiotic|antibiotics|painkiller|painkillers|inhaler|insulin|ointment|eye drops|collect my medicine|pick up my medicine|pick up my prescription|wrong medicine|wrong medication|wrong pills|wrong tablets|missing tablets|collect a prescription|pick up a prescription|prescription ready|is my prescription|repeat medication|repeat prescriptions|prescription renewal|renew my prescription|out of stock medicine|ibuprofen|paracetamol|acetaminophen|aspirin|metformin|statin|statins|amoxicillin|antihistamine|cough syrup|syrup|patch|patches|injection pen|pharmacist advice|safe to take|while pregnant|while breastfeeding|with alcohol|missed a dose|forgot to take|double dose|interaction|interactions|keep in the fridge|leaflet|patient leaflet|blood pressure pills|blood pressure tablets|blood pressure medicine|blood pressure medication|diabetes medication|diabetes pills|my medicine|my medication|my pills|my tablets|my prescription",
    },
    fallback: ["outpatient", "emergency_care"],
  },
  imaging: {
    of: "company",
    names: {
      zh: "影像科|影像中心|医学影像科|医学影像中心|影像医学科|放射科|放射影像科|CT室|核磁室|磁共振室|B超室|超声科|超声医学科|超声室|超声中心|功能检查科|功能科|心电图室|内镜中心|内镜室|胃镜室|MRI室|放射科预约|影像预约|影像检查|磁共振中心|DR室|超声诊断科",
      en: "radiology|radiology department|imaging|medical imaging|diagnostic imaging|imaging centre|imaging center|imaging department|x ray|x-ray department|ultrasound|ultrasound department|sonography|ct|mri|scanning|scans|endoscopy|endoscopy unit|scanning department|x ray department|radiography|diagnostic radiology|nuclear medicine|ultrasound clinic",
    },
    says: {
      zh: "拍片|拍个片|拍片子|片子|取片|胶片|CT|增强CT|平扫|核磁|核磁共振|磁共振|MRI|B超|彩超|超声|X光|拍X光|胸片|钼靶|造影|PET|心电图|心超|动态心电|胃镜|肠镜|无痛胃镜|做检查|检查预约|预约检查|检查时间|做CT|做核磁|做B超|幽闭|幽闭恐惧|憋尿|影像|影像报告|放射|拍个CT|做个CT|预约CT|约CT|约核磁|约B超|排CT|排核磁|CT排队|核磁排队|检查排期|CT报告|核磁报告|B超报告|B超单|腹部B超|甲状腺B超|乳腺B超|妇科B超|心脏彩超|颈动脉|骨密度|刻光盘|影像光盘|云胶片|电子胶片|体内有金属|心脏支架|起搏器|怀孕能拍|辐射|造影剂|片子丢|拍片结果|片子结果",
      en: "x ray|xray|x-ray|x rays|ct|ct scan|cat scan|mri|m r i|mri scan|scan|scans|scanned|ultrasound|ultra sound|sonogram|mammogram|mammography|radiology|radiologist|imaging|claustrophobic|claustrophobia|contrast|pet scan|ecg|ekg|echo|echocardiogram|endoscopy|gastroscopy|colonoscopy|scan results|my scan|the scan|book a scan|scan booking|scan date|x ray results|ct results|mri results|scan report|radiology report|imaging report|films|cd of my scan|disc of my|images on a cd|dexa|bone density|doppler|metal implant|pacemaker|radiation|contrast dye|full bladder|pelvic ultrasound|abdominal ultrasound|thyroid ultrasound|chest x ray|x ray of|my scan images|scan images|images of my scan|cd of the scan",
    },
    fallback: ["outpatient"],
  },
  laboratory: {
    of: "company",
    names: {
      zh: "检验科|检验中心|医学检验科|医学检验中心|临床检验中心|临床检验科|化验室|检验室|抽血室|采血室|采血处|抽血处|病理科|临床实验室|检验科采血处|门诊化验室|采血中心|输血科|血库",
      en: "laboratory|clinical laboratory|medical laboratory|lab|clinical lab|pathology|pathology lab|lab services|laboratory services|blood test centre|phlebotomy|blood collection|blood tests|blood test clinic|pathology department|laboratory medicine|blood bank|phlebotomy clinic",
    },
    says: {
      zh: "化验|化验室|化验单|化验报告|化验结果|验血|验个血|抽血|采血|血常规|尿常规|便常规|大便|小便|验尿|尿样|尿检|留尿|便检|标本|样本|检验报告|验血结果|血检|指标|偏高|偏低|高了|空腹|肝功能|肾功能|血糖|血脂|甲功|核酸|病理|病理报告|活检|培养|药敏|HPV|TCT|抽血窗口|抽血排队|抽血地方|抽血在哪|化验单子|化验结果出来|验血报告|验尿报告|血常规报告|血检报告|报告单|检验单|标本送|留便|大便化验|小便化验|尿杯|采样|取样|咽拭子|鼻拭子|抗原|抗体|乙肝|两对半|肝炎|HIV|艾滋|梅毒|传染病筛查|激素|性激素|六项|甲功三项|肿瘤标志物|肿标|血型|验血型|凝血|D二聚体|血沉|C反应蛋白|CRP|微量元素|维生素D|过敏原|过敏原检测|基因检测|病理切片|切片|借片|借切片",
      en: "blood test|blood tests|blood work|bloodwork|blood sample|blood results|urine|urine sample|urine test|stool sample|sample|specimen|lab|lab results|lab test|lab tests|test results|my results|results|fasting|glucose|cholesterol|biopsy|pathology|swab|culture|wrong name on|blood draw|draw blood|having blood taken|blood taken|blood report|results of my blood|results from my blood|results back|are my results|pee sample|stool test|poo sample|swab test|pcr|antigen|antibody|hepatitis|hiv|std|sti|hormone|hormones|thyroid function|tumour markers|tumor markers|blood type|blood group|vitamin d|allergy test|allergy testing|dna test|paternity test|biopsy results|tissue sample|slides",
    },
    fallback: ["outpatient"],
  },
  health_check: {
    of: "company",
    names: {
      zh: "体检中心|体检科|体检部|健康体检中心|健康管理中心|健康管理科|健康管理部|体检|健康体检|体检中心前台|健康体检科|体检中心客服|健康管理体检中心",
      en: "health check|health checks|health check centre|health check center|health check up|health checkup centre|health screening|health screening centre|medical check up|medical checkup|checkup centre|check up centre|physical examination|physical exams|health management|health management centre|health management center|executive health|medical check up centre|wellness checks|preventive health|preventive medicine",
    },
    says: {
      zh: "体检|做体检|入职体检|单位体检|团体体检|团检|员工体检|年度体检|健康体检|体检套餐|体检报告|体检结果|体检项目|婚检|婚前检查|孕前检查|驾照体检|入学体检|健康证|查体|全身检查|体检预约|预约体检|约体检|体检时间|体检前|体检多少钱|体检费|体检卡|体检券|体检单|取体检报告|体检报告出来|体检复查|体检发现|体检查出|单位组织体检|公司组织体检|企业体检|招工体检|入伍体检|征兵体检|考公体检|公务员体检|教资体检|留学体检|出国体检|签证体检|从业人员体检|食品健康证|老年人体检|老人体检|父母体检|癌症筛查|防癌体检|早筛|心脑血管筛查|员工做体检|给员工做体检|给员工体检|职工体检|职工做体检",
      en: "health check|health checks|health check up|check up|checkup|check ups|physical|annual physical|medical exam|medical examination|pre employment medical|employment medical|screening|health screening|company health checks|staff health checks|check up package|visa medical|book a health check|health check booking|medical check|check up for my staff|staff medicals|employee medicals|employee health checks|company physicals|pre employment|immigration medical|work permit medical|fitness to work|driving licence medical|student medical|cancer screening|executive check up|full body check|full body checkup|health check package|health check report|health check results|check up results|check up report|my check up",
    },
    fallback: ["outpatient"],
  },
  medical_records: {
    of: "company",
    names: {
      zh: "病案室|病案科|病案管理科|病案统计科|病案中心|病案复印室|病历室|病历复印室|病历复印处|医疗档案室|病案统计室|病案服务中心|病案管理室|病历管理室",
      en: "medical records|medical records office|health records|patient records|records office|records|health information management|medical records department|records department|health records office|patient records office|records and information",
    },
    says: {
      zh: "病历|病历复印|复印病历|病历本|病案|病案复印|出院小结|出院记录|出院证明|诊断证明|诊断书|病假条|病假证明|假条|开证明|开个证明|住院证明|就诊证明|就诊记录|医学证明|出生证明|出生医学证明|死亡证明|盖章|复印件|复印住院病历|电子病历|病历丢了|病历本丢|补病历本|买病历本|病历资料|住院病历|门诊病历|病历借阅|调病历|调阅病历|查病历|病案首页|医学诊断证明|诊断证明书|开诊断证明|开病假|开假条|病假单|伤情证明|验伤|盖公章|盖医院章|医院盖章|签字盖章|补办出生证|死亡医学证明|邮寄病历|病历快递|寄病历|授权委托书|委托书|代复印|帮家人复印|小结丢了|证明丢了|诊断证明丢|病历丢",
      en: "medical records|my records|my medical records|records|copy of my records|copies of my records|copy of my medical|medical report|discharge summary|discharge letter|discharge papers|sick note|doctors note|doctor note|medical certificate|fit note|birth certificate|death certificate|proof of treatment|medical history|treatment records|~copy of|~a copy|~copies of|~copy|medical notes|my notes|hospital notes|patient notes|notes from my|records request|request my records|request for records|access to records|access my records|subject access|subject access request|release of information|records release|electronic records|discharge report|hospital letter|letter from the doctor|letter from my doctor|doctors letter|certificate for work|note for work|note for school|sick certificate|proof of hospitalisation|proof of hospitalization|proof of admission|hospitalisation certificate|stamped|hospital stamp|authorisation letter|authorization letter|power of attorney",
    },
    fallback: ["medical_affairs", "patient_services", "outpatient"],
  },
  patient_services: {
    of: "company",
    names: {
      zh: "患者服务中心|患者服务部|病人服务中心|患者服务办公室|医患关系办公室|医患办|医患沟通办公室|病友服务中心|社工部|国际医疗部|国际医疗中心|国际患者服务中心|国际部|外宾服务中心|一站式服务中心|便民服务中心|门诊综合服务|患者服务台|病友服务|患者关系|医患关系科|社会工作部|志愿者服务|医务社工部|国际医疗服务中心",
      en: "patient relations|patient relations office|patient services|patient service centre|patient service center|patient experience|patient liaison|patient advocacy|patient advice and liaison|pals|patient affairs|patient support|international patients|international patient services|international patient centre|international patient center|international medical services|international services|patient help desk|international clinic|international department|vip clinic|expat clinic|foreigners clinic|international wing|patient liaison office|patient experience office",
    },
    says: {
      zh: "~意见|提意见|有意见|意见建议|提建议|有个建议|一点建议|改进建议|建议箱|意见箱|!表扬|!感谢信|!锦旗|送锦旗|反映|满意度|翻译|英语翻译|英文翻译|外国人|外籍|老外|不会说中文|不会讲中文|说英语|讲英语|英文服务|国际患者|涉外|陪诊|陪同就诊|陪着看病|陪同看病|轮椅|借轮椅|租轮椅|志愿者|社工|无障碍|候诊|我想反映|想反映|反映一下|反映问题|提个意见|意见反馈|反馈|满意度调查|回访|回访电话|问卷|表扬一下|想表扬|感谢一下|谢谢医生|感谢医生|写感谢信|做锦旗|医生态度|不耐烦|推诿|外国朋友|外国患者|外籍患者|外宾|外籍人士|英语医生|会英语|能说英语|英文|英语|日语|韩语|翻译服务|手语|聋哑|听障|视障|盲人|残疾人|残疾|导诊|陪检|陪同检查|老人不会用手机|不会用手机|不会操作|自助机|自助机不会|自助机用不了|帮老人|医务社工|困难患者|医疗救助|大病救助|慈善|水滴筹|轻松筹|捐助|我想表扬|想表扬下|表扬你们|表扬医生|表扬一位|表扬一个|不会挂号",
      en: "feedback|suggestion|suggestions|compliment|compliments|thank the staff|thank you card|praise|interpreter|translator|translation|in english|speak english|english speaking|english speaker|my chinese|dont speak chinese|no chinese|foreigner|expat|international patient|international patients|help me through|accompany me|escort|patient advocate|wheelchair|accessibility|volunteer|social worker|make a suggestion|give feedback|leave feedback|share feedback|a compliment|say thank you|say thanks|thank the doctor|praise the|survey|questionnaire|english speaking doctor|doctor who speaks english|speaks english|interpret|interpreting|japanese interpreter|korean|japanese|russian|arabic|sign language|deaf|blind|visually impaired|disabled|disability|mobility|guide me|help navigating|foreign patient|overseas patient|medical tourist|medical tourism|charity|financial assistance|financial aid|hardship|self service kiosk|kiosk",
    },
    fallback: ["outpatient"],
  },
  patient_billing: {
    of: "company",
    names: {
      zh: "收费处|收费室|收费窗口|门诊收费处|住院收费处|挂号收费处|出入院结算处|出院结算处|住院结算处|结算处|收款处|住院处收费|财务收费处|住院结算|门诊收费|出院结算|缴费处|交费处|收费中心|住院收费|门诊缴费处",
      en: "patient billing|hospital billing|patient accounts|billing and payments|payments desk|hospital cashier",
    },
    says: {
      zh: "交费|缴费|交钱|付费|押金|住院押金|交押金|补交押金|预交金|预交款|押金还剩|医药费|医疗费|住院费|住院费用|药费|检查费|治疗费|手术费|床位费|自费|费用清单|一日清单|每日清单|明细|费用明细|出院结算|出院结账|结账|退费|扣了两次|扣两次|扣了两遍|多扣|收据|在哪交钱|去哪交钱|怎么交钱|怎么缴费|手机缴费|微信缴费|支付宝缴费|网上缴费|缴费码|扫码付|缴费单|交费单|收费单|收据丢了|补收据|补打收据|票据|电子票据|医疗票据|收费票据|押金条|押金单|押金收据|预交金收据|退押金|退预交金|就诊卡余额|卡里余额|卡里钱|退卡|充值|卡充值|花了多少钱|总共多少钱|一共多少钱|费用太高|收费太高|收费不合理|乱收费|多收钱|收费有问题|收费不对|收错钱|为什么收|凭什么收|怎么这么贵|补缴|补交费|住院欠费|催费|催缴|押金用完|押金不够|押金不足",
      en: "itemised bill|itemized bill|itemised|itemized|hospital bill|medical bill|medical bills|my bill|deposit|the deposit|top up|discharge payment|self pay|co pay|copay|receipt|receipts|payment|pay my bill|charged twice|breakdown of charges|!where do i pay|!where to pay|!how do i pay|how to pay|pay by phone|pay with wechat|alipay|wechat pay|payment code|qr code to pay|outstanding balance|balance on my|balance due|amount due|owe the hospital|hospital charges|treatment cost|cost of the operation|cost of surgery|payment receipt|lost my receipt|duplicate receipt|refund of my deposit|deposit refund|remaining deposit|card balance|top up my card|final bill|discharge bill|settle the bill|settle my bill|settle the account",
    },
    fallback: ["finance"],
  },
  medical_insurance: {
    of: "company",
    names: {
      zh: "医保办|医保科|医保处|医保中心|医保办公室|医保商保办|商保办|医保物价科|医保结算处|医保窗口|商业保险服务中心|保险办|医保结算|医保服务中心|医保服务台|医保咨询|商保直付|商业保险直付|国际保险服务|医疗保障|医疗保障窗口|医疗保障局|医疗保障服务|医保局|医保分局|医保服务窗口|医保经办|医保经办窗口|医保业务|医保专区|医疗保险窗口|医疗保险|城乡居民医保",
      en: "insurance office|insurance|medical insurance|medical insurance office|health insurance|insurance desk|insurance services|direct billing|insurance and direct billing|commercial insurance|insurance liaison|insurance coordination|insurance team|insurance services office|direct billing office|health insurance office|healthcare security|healthcare security bureau|medical security|medical security bureau|medical insurance window|health insurance window|medical insurance bureau",
    },
    says: {
      zh: "!医保|医保卡|刷医保|用医保|医保报销|!报销|报销比例|能报多少|报多少|异地医保|异地就医|异地备案|转诊单|新农合|城乡居民|职工医保|社保卡|医保目录|自费药|商保|商业保险|保险|保险公司|直付|直接结算|理赔|理赔材料|保险报销|保险卡|平安|太平洋保险|友邦|中国人寿|泰康|医保能用吗|能用医保|能不能用医保|医保能报|医保报不报|报销多少|报销流程|报销材料|报销需要|报销手续|跨省|跨省异地|异地结算|转外就医|医保卡丢|医保卡挂失|电子医保卡|医保电子凭证|医保码|刷医保码|医保账户|个人账户|统筹|起付线|封顶线|自付比例|甲类|乙类|丙类|报销范围|医保范围|不在医保|医保不报|医保不能报|医保外|门特|门慢|门诊慢特病|慢特病|特病|特殊病|大病医保|大病保险|农合|居民医保|少儿医保|生育保险|生育险|商业险|百万医疗|惠民保|重疾险|意外险|保险单|保单|保单号|理赔申请|理赔资料|保险公司要|保险公司需要|直赔|直接赔付|保险直付|担保函|预授权|商保直付|国际保险|外国保险|海外保险|医保参保|参加医保|办医保|办个医保|买医保|交医保|缴医保|医保缴费|医保费|居民医保缴费|医保断缴|医保断了|医保补缴|补缴医保|医保转移|医保关系转移|医保转过来|医保转入|医保转出|转医保|医保停保|家庭共济|共济账户|新生儿医保|新生儿参保|宝宝医保|小孩医保|孩子医保|学生医保|大学生医保|灵活就业医保|在外地住院|外地住院|外地看病|异地住院|回来报销|手工报销|零星报销|生育津贴|生育报销|生育待遇|医保待遇|慢病|慢性病|两病|特药|医保定点|定点医院|定点药店|长护险|长期护理保险",
      en: "insurance|medical insurance|health insurance|insurer|insurance company|insurance card|direct billing|direct bill|direct pay|claim|claims|insurance claim|claim form|reimburse|reimbursement|pre authorisation|pre authorization|preauthorisation|preauthorization|guarantee of payment|gop|coverage|covered|policy number|bupa|cigna|allianz|axa|msh|aetna|geoblue|metlife|prudential|does my insurance cover|is it covered|covered by insurance|covered by my|insurance cover|in network|out of network|network hospital|cashless|cashless claim|direct settlement|letter of guarantee|guarantee letter|pre approval|preapproval|prior approval|my policy|policy holder|policyholder|insurance id|claim number|claim status|submit a claim|claim paperwork|insurance paperwork|insurance forms|insurance form|expat insurance|international insurance|william russell|april international|henner|pacific cross|allianz care|cigna global|united healthcare|uhc|blue cross|bcbs|medicare|medical card|get medical insurance|enrol in medical insurance|enroll in medical insurance|pay for medical insurance|medical insurance contributions|medical insurance for my baby|medical insurance for students|treatment in another city|treated in another city|hospital in another city|maternity allowance",
    },
    fallback: ["patient_billing", "outpatient"],
  },
  medical_affairs: {
    of: "company",
    names: {
      zh: "医务科|医务处|医务部|医疗质量管理科|医疗质量科|医务管理部|质控办",
      en: "medical affairs|medical administration|clinical governance|quality and patient safety|medical quality",
    },
    says: {
      zh: "医疗纠纷|医疗事故|医疗鉴定|鉴定|医生资质|执业|进修|规培|会诊|外院会诊|多学科会诊|MDT|医患纠纷|误诊|病历封存|封存",
      en: "medical negligence|malpractice|clinical negligence|misdiagnosis|misdiagnosed|credentialing|residency|medical error|second opinion|case conference",
    },
    fallback: ["patient_services"],
  },
  paediatrics: {
    of: "company",
    names: {
      zh: "儿科|儿科门诊|小儿科|儿内科|儿外科|儿童保健科|儿保科|儿童保健|新生儿科|儿童医学中心|儿科病房",
      en: "paediatrics|pediatrics|paediatric|pediatric|paediatrics department|pediatrics department|paediatric clinic|pediatric clinic|childrens clinic|childrens department|child health|neonatal|neonatology|nicu|kids clinic",
    },
    says: {
      zh: "孩子|小孩|宝宝|儿子|女儿|儿童|婴儿|新生儿|小朋友|娃|~岁的|打疫苗|疫苗|预防针|打预防针|儿保|生长发育|长个子|身高|手足口|黄疸|看儿科|儿科医生|小儿|孩子发烧|小孩发烧|宝宝发烧|孩子咳嗽|小孩咳嗽|宝宝咳嗽|孩子拉肚子|宝宝拉肚子|孩子吐|宝宝吐|孩子不吃饭|厌食|挑食|积食|尿布疹|红屁股|奶粉过敏|吐奶|夜哭|生长迟缓|矮小|性早熟|多动症|自闭症|发育迟缓|说话晚|语言发育|疫苗接种|接种|乙肝疫苗|卡介苗|百白破|麻腮风|流感疫苗|水痘|手足口病|入园体检",
      en: "child|children|childs|kid|kids|my son|my daughter|son|daughter|baby|babies|toddler|infant|newborn|vaccination|vaccinations|vaccine|vaccines|jabs|immunisation|immunization|growth|paediatrician|pediatrician|childrens doctor|kids doctor|my child has|my son has|my daughter has|my baby has|teething|colic|nappy rash|diaper rash|growth chart|speech delay|adhd|autism|bedwetting|chickenpox|measles|flu shot|flu jab",
    },
    fallback: ["outpatient"],
  },
  maternity: {
    of: "company",
    names: {
      zh: "妇产科|产科|妇科|妇产科门诊|产房|孕产中心|产科病房|母婴中心|母婴室|月子中心|生殖中心|生殖医学中心|计划生育科|妇女保健科|妇保科|妇幼保健|产科门诊|妇科门诊",
      en: "obstetrics|gynaecology|gynecology|obstetrics and gynaecology|obstetrics and gynecology|obstetrics & gynaecology|ob gyn|obgyn|maternity|maternity ward|maternity unit|labour ward|labor ward|labour and delivery|labor and delivery|birthing centre|birthing center|womens health|fertility|fertility centre|fertility clinic|ivf|reproductive medicine",
    },
    says: {
      zh: "怀孕|孕妇|孕检|产检|建档|建卡|预产期|生孩子|分娩|顺产|剖腹产|剖宫产|待产|坐月子|月子|产后|妇科|产科|月经|例假|白带|宫颈|HPV疫苗|试管|试管婴儿|不孕|备孕|排卵|四维|唐筛|无痛分娩|陪产|流产|人流|上环|取环|胎心|胎动|羊水|破水|见红|孕早期|孕中期|孕晚期|怀孕几周|NT检查|糖耐|糖耐量|大排畸|排畸|胎儿|产后复查|产后42天|42天复查|母乳|喂奶|涨奶|堵奶|开奶|催乳|通乳|妇科检查|妇检|宫颈癌筛查|阴道炎|痛经|月经不调|闭经|更年期|卵巢|子宫|肌瘤|子宫肌瘤|取卵|冻卵|验孕|验孕棒|HCG|孕酮|保胎|先兆流产|引产|药流|无痛人流|结扎|避孕",
      en: "pregnant|pregnancy|prenatal|antenatal|due date|give birth|giving birth|birth plan|labour|labor|c section|caesarean|cesarean|midwife|midwives|obstetrician|gynaecologist|gynecologist|periods|smear|smear test|pap smear|fertility|ivf|postnatal|postpartum|breastfeeding|epidural|ultrasound for my baby|contractions|waters broke|weeks pregnant|pregnancy test|positive test|baby scan|dating scan|anomaly scan|nt scan|glucose tolerance|gestational diabetes|morning sickness|antenatal class|prenatal class|birth class|delivery room|birth suite|postnatal check|six week check|lactation|mastitis|breast pump|period pain|irregular periods|missed period|menopause|ovarian|uterus|fibroids|contraception|birth control|iud|morning after pill|miscarriage|egg freezing",
    },
    fallback: ["outpatient", "inpatient"],
  },
  dental: {
    of: "company",
    names: {
      zh: "口腔科|牙科|口腔中心|口腔医学中心|口腔门诊|牙科诊所|口腔诊所|齿科|正畸科|种植科|种植中心|牙周科|口腔修复科|儿童口腔科|牙体牙髓科",
      en: "dental|dentistry|dental clinic|dental department|dental centre|dental center|dental surgery|dentist|dentists|orthodontics|orthodontist|implant centre|implants|oral surgery|oral health|periodontics|endodontics",
    },
    says: {
      zh: "牙|牙疼|牙痛|牙齿|看牙|补牙|拔牙|洗牙|洁牙|种牙|种植牙|矫正|矫牙|牙套|正畸|智齿|根管|假牙|烤瓷|牙冠|牙龈|牙周|蛀牙|虫牙|牙结石|美白|冷光美白|隐形矫正|牙科|牙肿|牙出血|刷牙出血|牙龈出血|牙缝|塞牙|口腔溃疡|口臭|颞下颌|张不开嘴|儿童牙科|涂氟|窝沟封闭|乳牙|换牙|牙齿松动|牙掉了|磕掉牙|补的牙掉|拆牙套|保持器",
      en: "dentist|dental|tooth|teeth|toothache|tooth ache|filling|fillings|extraction|pull a tooth|scale and polish|teeth cleaning|braces|invisalign|aligners|orthodontic|orthodontist|implant|implants|wisdom tooth|wisdom teeth|root canal|crown|crowns|dentures|veneers|whitening|gum|gums|cavity|cavities|mouth ulcer|bad breath|jaw pain|bleeding gums|chipped tooth|broken tooth|cracked tooth|lost a filling|filling fell out|crown fell out|loose tooth|baby teeth|fluoride|sealant|retainer|dental check|dental checkup|hygienist|teeth whitening",
    },
    fallback: ["outpatient"],
  },
  home_care: {
    of: "company",
    names: {
      zh: "居家护理|上门护理|居家护理中心|护理中心|家庭病床|社区护理|居家医疗|护工中心|护工服务|陪护中心|延续护理|护理服务中心",
      en: "home care|home nursing|home health|home healthcare|community nursing|home visits|care services|nursing services|caregiver services|carer services",
    },
    says: {
      zh: "上门护理|上门打针|上门换药|上门输液|上门服务|换药|护工|请护工|找护工|请个护工|护理员|陪护人员|24小时陪护|一对一护理|插尿管|换尿管|胃管|压疮|褥疮|老人护理|卧床|康复护理|家庭病床",
      en: "home care|home nurse|home visit|nurse visit|nurse to come|caregiver|carer|care worker|wound dressing|dressing change|change the dressing|change my dressing|catheter|injection at home|bed sores|pressure sores|bedridden|elderly care",
    },
    fallback: ["inpatient", "outpatient"],
  },
} satisfies Partial<Record<Kind, KindWords>>;
