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
      zh: "门诊部|门诊|门诊办|门诊办公室|门诊预约中心|预约中心|预约挂号中心|预约挂号|挂号处|挂号室|挂号中心|门诊服务中心|门诊服务台|预约诊疗中心|导诊台|导诊处|分诊台|专家门诊|普通门诊|特需门诊|综合门诊|全科|全科门诊|全科医学科|家庭医生|诊所|医务室|校医院|校医室|卫生所|卫生室|卫生院|社区卫生服务中心|社区医院|门诊所",
      en: "outpatient|outpatients|outpatient department|outpatient clinic|outpatient clinics|outpatient services|outpatient appointments|outpatient appointments centre|outpatient appointments center|opd|appointments|appointment centre|appointment center|appointments centre|appointments center|appointments office|appointment desk|appointments desk|patient appointments|clinic appointments|booking centre|outpatient registration|patient registration|general practice|family medicine|gp clinic|general clinic|walk in clinic|clinic|medical clinic|campus clinic|staff clinic|health centre|health center|medical centre|medical center|infirmary|sick bay|student health|student health centre|student health center",
    },
    says: {
      zh: "挂号|挂个号|挂号费|挂专家|专家号|普通号|特需号|约号|预约|预约医生|约医生|约个医生|约专家|看专家|看医生|找医生|看病|就诊|就医|门诊|看门诊|坐诊|出诊|出诊时间|专家门诊|哪天有号|有号吗|有没有号|还有号|没有号|号源|放号|抢号|加号|退号|改约|改期|改时间|取消预约|复诊|初诊|医生|大夫|专家|~主任|主任医师|副主任医师|教授|名医|内科|外科|普外科|消化科|消化内科|心内科|心血管|呼吸科|呼吸内科|神经内科|神经外科|内分泌|肾内科|泌尿科|泌尿外科|骨科|皮肤科|看皮肤|眼科|看眼睛|耳鼻喉|耳鼻喉科|五官科|中医|中医科|针灸|推拿科|康复科|理疗|精神科|心理科|心理咨询|肿瘤科|肛肠|血液科|风湿|疼痛科|营养科|~疼|~痛|~痒|不舒服|咳嗽|拉肚子|头晕|疹子",
      en: "appointment|appointments|an appointment|my appointment|book an appointment|make an appointment|booked in|reschedule|move my appointment|change my appointment|cancel my appointment|cancel the appointment|see a doctor|see the doctor|see a specialist|see someone about|doctor|doctors|gp|specialist|specialists|consultant|consultation|clinic|clinics|outpatient|follow up|follow up visit|referral|~cardiologist|dermatologist|skin doctor|orthopaedic|orthopedic|orthopaedics|orthopedics|knee|back pain|ent|ear nose and throat|eye doctor|ophthalmologist|neurologist|gastroenterologist|urologist|endocrinologist|psychiatrist|psychologist|therapist|physio|physiotherapy|physical therapy|acupuncture|~pain|~ache|~aching|~sore|~rash|~itchy|cough|earache|headache|stomach ache|sore throat|dizzy|allergies",
    },
    fallback: ["patient_services"],
  },
  inpatient: {
    of: "company",
    names: {
      zh: "住院部|住院处|住院|住院部护士站|住院服务中心|病房|病区|护士站|病房护士站|护理部|入院处|入出院处|入院服务中心|住院登记处|重症监护室|监护室|ICU|重症医学科",
      en: "inpatient|inpatients|inpatient department|inpatient ward|inpatient wards|~ward|~wards|nursing|nursing department|inpatient admissions|patient admissions|admitting office|icu|intensive care|intensive care unit|critical care",
    },
    says: {
      zh: "住院|住院部|住院病人|住院的|住院了|住着院|病房|病区|几床|床号|几号床|病床|床位|等床|护士站|~护士|陪床|陪护|探视|探望|看望|看病人|探病|去看他|去看她|看看他|看看她|送饭|送点吃的|送东西|送衣服|换洗衣服|病人情况|病情|~怎么样了|情况怎么样|手术|做手术|手术后|术后|开刀|做完手术|动手术|麻醉|出院|办出院|什么时候出院|能出院|入院|办住院|住院手续|ICU|重症|监护室|昏迷|能吃东西|能不能吃",
      en: "~ward|~wards|on ward|in ward|which ward|to ward|ward number|inpatient|inpatients|admitted|was admitted|been admitted|got admitted|in hospital|in the hospital|stay in hospital|patient on|visit a patient|visiting a patient|visit my|visiting my|visit him|visit her|visit them|visiting hours|visiting time|visitors|bed|bed number|~nurse|nurses|how shes doing|how hes doing|how she is doing|how he is doing|how is she|how is he|her condition|his condition|condition|operation|her operation|his operation|surgery|after surgery|post op|recovering|recovery|discharge|discharged|going home|bring her|bring him|bring some|allowed to eat|supposed to eat|icu|intensive care",
    },
    fallback: ["patient_services", "outpatient"],
  },
  emergency_care: {
    of: "company",
    names: {
      zh: "急诊科|急诊|急诊部|急诊中心|急诊室|急诊医学科|急救中心|急诊急救中心|夜间门诊|夜诊",
      en: "emergency|emergency room|emergency department|emergency dept|emergency centre|emergency center|emergency medicine|emergency care|emergency clinic|emergency unit|a and e|accident and emergency|casualty|urgent care|urgent care centre|urgent care center|night clinic|after hours clinic",
    },
    says: {
      zh: "急诊|看急诊|挂急诊|急诊室|急诊科|夜间|夜里|半夜|深夜|凌晨|大半夜|晚上看病|晚上能看|晚上有医生|晚上还能看|晚上有人看|晚上开吗|夜间门诊|夜诊|现在还能看|现在能看|现在能不能看|现在过来|现在过去|现在去|马上过来|直接过来|高烧|发高烧|烧到|烧得|发烧|发热|三十九度|四十度|三十八度|急性|突然|受伤|摔伤|摔了一跤|缝针|缝几针|割破|割伤|划伤|划破|扭伤|骨折|烫伤|烧伤|被狗咬|狗咬|猫抓|被猫抓|打狂犬|狂犬疫苗|破伤风|食物中毒|吐得厉害|一直吐|上吐下泻",
      en: "emergency room|e r|a and e|accident and emergency|casualty|urgent care|open at night|~at night|overnight|in the night|middle of the night|late at night|after hours|out of hours|open now|right now|come in now|come now|go now|can we come|tonight|all night|all evening|clinics are closed|clinics are all closed|high fever|fever|temperature|stitches|cut my|deep cut|sprain|sprained|broken bone|fracture|burned|burnt my|scalded|dog bite|bitten|rabies|tetanus|food poisoning|vomiting|throwing up",
    },
    fallback: ["outpatient", "patient_services"],
  },
  pharmacy: {
    of: "company",
    names: {
      zh: "药房|药剂科|药剂部|药学部|药学科|门诊药房|住院药房|西药房|中药房|药店|大药房|取药处|发药窗口|药局|药库",
      en: "pharmacy|pharmacies|dispensary|chemist|chemists|drugstore|pharmacy department|outpatient pharmacy|pharmaceutical services|pharmacy services",
    },
    says: {
      zh: "取药|拿药|开药|配药|抓药|领药|退药|缺药|药房|药品|药物|处方|处方药|开的药|用药|吃药|服药|怎么吃|怎么服用|一天几次|一次几片|几片|饭前|饭后|空腹吃|剂量|用量|副作用|不良反应|一起吃|一块儿吃|一块吃|同时吃|能一起|药物相互|过期|有没有这个药|阿莫西林|头孢|抗生素|消炎药|降压药|降糖药|胰岛素|退烧药|止痛药|感冒药|中药|中成药|草药|煎药|代煎|药片|胶囊|药水|眼药水|药膏",
      en: "pharmacy|pharmacist|prescription|prescriptions|prescribed|medicine|medicines|medication|medications|meds|drug|drugs|pill|pills|tablet|tablets|capsules|dose|dosage|side effect|side effects|take it with food|with food|on an empty stomach|before meals|after meals|how often|refill|repeat prescription|antibiotic|antibiotics|painkiller|painkillers|inhaler|insulin|ointment|eye drops|collect my medicine|pick up my medicine|pick up my prescription",
    },
    fallback: ["outpatient", "emergency_care"],
  },
  imaging: {
    of: "company",
    names: {
      zh: "影像科|影像中心|医学影像科|医学影像中心|影像医学科|放射科|放射影像科|CT室|核磁室|磁共振室|B超室|超声科|超声医学科|超声室|超声中心|功能检查科|功能科|心电图室|内镜中心|内镜室|胃镜室",
      en: "radiology|radiology department|imaging|medical imaging|diagnostic imaging|imaging centre|imaging center|imaging department|x ray|x-ray department|ultrasound|ultrasound department|sonography|ct|mri|scanning|scans|endoscopy|endoscopy unit",
    },
    says: {
      zh: "拍片|拍个片|拍片子|片子|取片|胶片|CT|增强CT|平扫|核磁|核磁共振|磁共振|MRI|B超|彩超|超声|X光|拍X光|胸片|钼靶|造影|PET|心电图|心超|动态心电|胃镜|肠镜|无痛胃镜|做检查|检查预约|预约检查|检查时间|做CT|做核磁|做B超|幽闭|幽闭恐惧|憋尿|影像|影像报告|放射",
      en: "x ray|xray|x-ray|x rays|ct|ct scan|cat scan|mri|m r i|mri scan|scan|scans|scanned|ultrasound|ultra sound|sonogram|mammogram|mammography|radiology|radiologist|imaging|claustrophobic|claustrophobia|contrast|pet scan|ecg|ekg|echo|echocardiogram|endoscopy|gastroscopy|colonoscopy|scan results|my scan|the scan",
    },
    fallback: ["outpatient"],
  },
  laboratory: {
    of: "company",
    names: {
      zh: "检验科|检验中心|医学检验科|医学检验中心|临床检验中心|临床检验科|化验室|检验室|抽血室|采血室|采血处|抽血处|病理科|临床实验室",
      en: "laboratory|clinical laboratory|medical laboratory|lab|clinical lab|pathology|pathology lab|lab services|laboratory services|blood test centre|phlebotomy|blood collection",
    },
    says: {
      zh: "化验|化验室|化验单|化验报告|化验结果|验血|验个血|抽血|采血|血常规|尿常规|便常规|大便|小便|验尿|尿样|尿检|留尿|便检|标本|样本|检验报告|验血结果|血检|指标|偏高|偏低|高了|空腹|肝功能|肾功能|血糖|血脂|甲功|核酸|病理|病理报告|活检|培养|药敏|HPV|TCT",
      en: "blood test|blood tests|blood work|bloodwork|blood sample|blood results|urine|urine sample|urine test|stool sample|sample|specimen|lab|lab results|lab test|lab tests|test results|my results|results|fasting|glucose|cholesterol|biopsy|pathology|swab|culture|wrong name on",
    },
    fallback: ["outpatient"],
  },
  health_check: {
    of: "company",
    names: {
      zh: "体检中心|体检科|体检部|健康体检中心|健康管理中心|健康管理科|健康管理部|体检|健康体检|体检中心前台",
      en: "health check|health checks|health check centre|health check center|health check up|health checkup centre|health screening|health screening centre|medical check up|medical checkup|checkup centre|check up centre|physical examination|physical exams|health management|health management centre|health management center|executive health",
    },
    says: {
      zh: "体检|做体检|入职体检|单位体检|团体体检|团检|员工体检|年度体检|健康体检|体检套餐|体检报告|体检结果|体检项目|婚检|婚前检查|孕前检查|驾照体检|入学体检|健康证|查体|全身检查",
      en: "health check|health checks|health check up|check up|checkup|check ups|physical|annual physical|medical exam|medical examination|pre employment medical|employment medical|screening|health screening|company health checks|staff health checks|check up package|visa medical",
    },
    fallback: ["outpatient"],
  },
  medical_records: {
    of: "company",
    names: {
      zh: "病案室|病案科|病案管理科|病案统计科|病案中心|病案复印室|病历室|病历复印室|病历复印处|医疗档案室",
      en: "medical records|medical records office|health records|patient records|records office|records|health information management|medical records department",
    },
    says: {
      zh: "病历|病历复印|复印病历|病历本|病案|病案复印|出院小结|出院记录|出院证明|诊断证明|诊断书|病假条|病假证明|假条|开证明|开个证明|住院证明|就诊证明|就诊记录|医学证明|出生证明|出生医学证明|死亡证明|盖章|复印件",
      en: "medical records|my records|my medical records|records|copy of my records|copies of my records|copy of my medical|medical report|discharge summary|discharge letter|discharge papers|sick note|doctors note|doctor note|medical certificate|fit note|birth certificate|death certificate|proof of treatment|medical history|treatment records|~copy of|~a copy|~copies of|~copy",
    },
    fallback: ["medical_affairs", "patient_services", "outpatient"],
  },
  patient_services: {
    of: "company",
    names: {
      zh: "患者服务中心|患者服务部|病人服务中心|患者服务办公室|医患关系办公室|医患办|医患沟通办公室|病友服务中心|社工部|国际医疗部|国际医疗中心|国际患者服务中心|国际部|外宾服务中心",
      en: "patient relations|patient relations office|patient services|patient service centre|patient service center|patient experience|patient liaison|patient advocacy|patient advice and liaison|pals|patient affairs|patient support|international patients|international patient services|international patient centre|international patient center|international medical services|international services",
    },
    says: {
      zh: "~意见|提意见|有意见|意见建议|提建议|有个建议|一点建议|改进建议|建议箱|意见箱|表扬|感谢信|锦旗|送锦旗|反映|满意度|翻译|英语翻译|英文翻译|外国人|外籍|老外|不会说中文|不会讲中文|说英语|讲英语|英文服务|国际患者|涉外|陪诊|陪同就诊|陪着看病|陪同看病|轮椅|借轮椅|租轮椅|志愿者|社工|无障碍|候诊",
      en: "feedback|suggestion|suggestions|compliment|compliments|thank the staff|thank you card|praise|interpreter|translator|translation|in english|speak english|english speaking|english speaker|my chinese|dont speak chinese|no chinese|foreigner|expat|international patient|international patients|help me through|accompany me|escort|patient advocate|wheelchair|accessibility|volunteer|social worker|waiting area",
    },
    fallback: ["outpatient"],
  },
  patient_billing: {
    of: "company",
    names: {
      zh: "收费处|收费室|收费窗口|门诊收费处|住院收费处|挂号收费处|出入院结算处|出院结算处|住院结算处|结算处|收款处|住院处收费|财务收费处",
      en: "patient billing|hospital billing|patient accounts|billing and payments|payments desk",
    },
    says: {
      zh: "交费|缴费|交钱|付费|押金|住院押金|交押金|补交押金|预交金|预交款|押金还剩|医药费|医疗费|住院费|住院费用|药费|检查费|治疗费|手术费|床位费|自费|费用清单|一日清单|每日清单|明细|费用明细|出院结算|出院结账|结账|退费|扣了两次|扣两次|扣了两遍|多扣|收据",
      en: "itemised bill|itemized bill|itemised|itemized|hospital bill|medical bill|medical bills|my bill|deposit|the deposit|top up|discharge payment|self pay|co pay|copay|receipt|receipts|payment|pay my bill|charged twice|breakdown of charges",
    },
    fallback: ["finance"],
  },
  medical_insurance: {
    of: "company",
    names: {
      zh: "医保办|医保科|医保处|医保中心|医保办公室|医保商保办|商保办|医保物价科|医保结算处|医保窗口|商业保险服务中心|保险办",
      en: "insurance office|insurance|medical insurance|medical insurance office|health insurance|insurance desk|insurance services|direct billing|insurance and direct billing|commercial insurance",
    },
    says: {
      zh: "!医保|医保卡|刷医保|用医保|医保报销|!报销|报销比例|能报多少|报多少|异地医保|异地就医|异地备案|转诊单|新农合|城乡居民|职工医保|社保卡|医保目录|自费药|商保|商业保险|保险|保险公司|直付|直接结算|理赔|理赔材料|保险报销|保险卡|平安|太平洋保险|友邦|中国人寿|泰康",
      en: "insurance|medical insurance|health insurance|insurer|insurance company|insurance card|direct billing|direct bill|direct pay|claim|claims|insurance claim|claim form|reimburse|reimbursement|pre authorisation|pre authorization|preauthorisation|preauthorization|guarantee of payment|gop|coverage|covered|policy number|bupa|cigna|allianz|axa|msh|aetna|geoblue|metlife|prudential",
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
      zh: "孩子|小孩|宝宝|儿子|女儿|儿童|婴儿|新生儿|小朋友|娃|~岁的|打疫苗|疫苗|预防针|打预防针|儿保|生长发育|长个子|身高|手足口|黄疸|看儿科|儿科医生|小儿",
      en: "child|children|childs|kid|kids|my son|my daughter|son|daughter|baby|babies|toddler|infant|newborn|vaccination|vaccinations|vaccine|vaccines|jabs|immunisation|immunization|growth|paediatrician|pediatrician|childrens doctor|kids doctor",
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
      zh: "怀孕|孕妇|孕检|产检|建档|建卡|预产期|生孩子|分娩|顺产|剖腹产|剖宫产|待产|坐月子|月子|产后|妇科|产科|月经|例假|白带|宫颈|HPV疫苗|试管|试管婴儿|不孕|备孕|排卵|四维|唐筛|无痛分娩|陪产|流产|人流|上环|取环|胎心|胎动|羊水|破水|见红",
      en: "pregnant|pregnancy|prenatal|antenatal|due date|give birth|giving birth|birth plan|labour|labor|c section|caesarean|cesarean|midwife|midwives|obstetrician|gynaecologist|gynecologist|periods|smear|smear test|pap smear|fertility|ivf|postnatal|postpartum|breastfeeding|epidural|ultrasound for my baby|contractions|waters broke",
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
      zh: "牙|牙疼|牙痛|牙齿|看牙|补牙|拔牙|洗牙|洁牙|种牙|种植牙|矫正|矫牙|牙套|正畸|智齿|根管|假牙|烤瓷|牙冠|牙龈|牙周|蛀牙|虫牙|牙结石|美白|冷光美白|隐形矫正|牙科",
      en: "dentist|dental|tooth|teeth|toothache|tooth ache|filling|fillings|extraction|pull a tooth|scale and polish|teeth cleaning|braces|invisalign|aligners|orthodontic|orthodontist|implant|implants|wisdom tooth|wisdom teeth|root canal|crown|crowns|dentures|veneers|whitening|gum|gums|cavity|cavities",
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
