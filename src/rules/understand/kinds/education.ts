import type { Kind, KindWords } from "./kind.ts";

/**
 * What callers say to a school, a university or a training centre: admissions, the registrar,
 * the graduate school, student affairs, halls, the library, the international office, careers,
 * alumni and the teaching departments. Each falls back only to another of these (halls also to a company's
 * administration, which keeps its staff dormitories), so a hotel or a factory hears none of it.
 */
export const EDUCATION_KINDS = {
  admissions: {
    of: "company",
    names: {
      zh: "招生办|招生办公室|招生处|招生中心|招生部|招生就业处|招生考试中心|招生考试院|招办|招生咨询处|招生咨询中心|招生组|招生与咨询|研究生招生办|研究生招生办公室|研招办|本科招生办|国际招生|课程顾问|课程咨询|课程咨询部|课程咨询中心|学习顾问|学习规划师|教育顾问|市场招生部|招生报名处|报名处|报名中心|咨询报名处|继续教育学院|成人教育学院|继续教育中心",
      en: "admissions|admissions office|admission office|admissions team|undergraduate admissions|graduate admissions|postgraduate admissions|international admissions|enrolment|enrollment|enrolment office|enrollment office|enrolments|enrollments|student recruitment|recruitment and admissions|course advisors|course advisor|course advisers|course adviser|course consultants|course consultant|education consultants|education advisors|learning advisors|registration desk|sign up desk|continuing education|adult education|lifelong learning",
    },
    says: {
      zh: "招生|招不招|还招吗|今年招|招多少|招多少人|招几个|招收|计划招|报名|报个名|怎么报名|网上报名|报名时间|报名截止|报名费|报考|报读|想读|想考|考你们学校|录取|录取通知书|通知书|录取结果|录取分数|分数线|录取线|投档线|招生计划|招生简章|招生章程|招生政策|志愿|填志愿|填报志愿|专业介绍|有哪些专业|什么专业|专业好不好|专业选择|入学|入学申请|入学条件|入学要求|入学考试|入学测试|分班考试|插班|插班生|转学|转校|新生入学|学位|学费|学费多少|一年学费|学费标准|收费标准|多少钱一学期|一学期多少|专升本|自考|成人高考|成考|函授|夜大|专接本|考研|研究生招生|研究生复试|复试名单|复试线|推免|保研|调剂|艺考|特长生|自主招生|强基计划|高考|中考|小升初|幼升小|招生咨询|咨询招生|试听|试听课|免费试听|体验课|报班|报个班|报课|上课费用|课程价格|课程费用|课程多少钱|课时费|一节课多少钱|多少钱一节|开班|开课时间|什么时候开班|什么时候开课|班级人数|小班课|一对一|培训班|辅导班|补习班|兴趣班|暑假班|寒假班|暑期班|夏令营|冬令营|周末班|晚班|网课|线上课|少儿英语|少儿编程|雅思|托福|考证|学历提升|课程顾问|招生电话|招生老师|报名条件|录取查询|查录取|录取了吗|有没有被录取|被录取|录取结果出来|提前批|单招|专科|本科招生|一本|二本|分数够不够|多少分能上|能不能考上|招生名额|申请材料|推荐信|语言成绩|雅思要求|托福要求|面试资格|研究生报考|考研报名|报考条件|报考指南|招生目录|接受调剂|调剂名额|港澳台招生|留学生招生|外国人读本科|预科|预科班|插班考试|学费减免|入学奖学金",
      en: "admission|admissions|~apply|~applying|~application|~applications|my application|apply to study|apply to your university|apply to the university|apply for admission|apply for a place|apply for the course|apply for a course|apply for the programme|apply for the program|apply for a degree|apply for the masters|apply for a masters|apply for undergraduate|apply for postgraduate|apply for a phd|apply for the mba|application status|application deadline|deadline for applications|enrol|enroll|enrolment|enrollment|enrolling|sign up for a course|sign up for the course|signing up for|register for a course|register for the course|join the course|take the course|course fees|course fee|how much is the course|how much does the course cost|cost of the course|tuition|tuition fee|tuition fees|entry requirements|entrance requirements|admission requirements|entrance exam|entrance examination|placement test|offer letter|offer of a place|conditional offer|unconditional offer|acceptance letter|prospectus|open day|open days|open house|campus tour|campus visit|prospective student|prospective students|bachelor|bachelors|bachelor degree|bachelors degree|bachelor of|apply for the bachelor|apply for a bachelor|apply for the bachelors|apply for a bachelors|undergraduate degree|undergraduate|undergraduate program|undergraduate programme|postgraduate|masters program|masters programme|masters degree|phd program|phd programme|mba|intake|next intake|september intake|gaokao|transfer student|trial lesson|trial class|free trial|taster session|taster class|demo class|ielts course|toefl course|ielts preparation|summer camp|summer school|evening classes|weekend classes|short course|short courses|online course|online courses|study here|study at your|place for my son|place for my daughter|school place|am i eligible|eligibility|eligible to apply|entry score|cut off score|application form|application portal|online application|personal statement|ielts requirement|toefl requirement|english requirement|english language requirement|language requirement|admission interview|interview for admission|apply as an international student|foundation year|foundation programme|foundation program|pathway programme|pathway program|defer my offer|accept my offer|accept the offer|decline the offer|offer holder|ucas|common app|application fee|supporting documents|upload my documents|document checklist|admission letter|admissions decision|waiting list|waitlist|waitlisted|entrance scholarship",
    },
    fallback: ["academic_affairs", "student_affairs"],
  },
  academic_affairs: {
    of: "company",
    names: {
      zh: "教务处|教务部|教务办|教务办公室|教务科|教务中心|教务管理中心|教学办|教学办公室|教学管理办公室|教学事务部|教务|考试中心|考务办|考试办|学籍科|学籍管理科|成绩科|教学服务中心|学务中心|学管中心",
      en: "academic affairs|academic office|academic registry|registry|registrar|registrars office|office of the registrar|academic administration|academic services|student records|examinations office|exams office|examinations|timetabling|timetabling office|teaching affairs|academic support",
    },
    says: {
      zh: "成绩|查成绩|成绩单|成绩查询|成绩证明|分数|考了多少|考试|考试安排|考试时间|考场|准考证|补考|重修|缓考|免考|挂科|不及格|学分|绩点|选课|选课系统|教务系统|退课|改选|课表|课程表|排课|调课|停课|补课|代课|上课时间|几点上课|课时|剩余课时|剩几节|还剩几节|几节课|消课|换课|改课|~调到|换时间|改时间|调时间|换个时间|改个时间|教室|学籍|学籍证明|在读证明|在校证明|学历证明|学历认证|学信网|学位证|学位证书|毕业证|毕业证书|补办毕业证|补办学位证|毕业|毕业审核|能不能毕业|毕业要求|!转专业|转专业申请|换专业|调专业|转系|辅修|双学位|第二学位|休学|复学|退学|保留学籍|延期毕业|四六级|英语四级|英语六级|四级|六级|计算机等级|普通话考试|教资|教材|发教材|校历|开学时间|什么时候开学|开学|放假时间|什么时候放假|学期|期末考试|期中考试|评教|教学评估|论文格式|毕业论文提交|学历|选不上课|抢课|课选不上|学分不够|成绩录入|成绩有误|成绩错了|成绩不对|查分|复核成绩|成绩复核|考试冲突|考试撞了|补考时间|课程冲突|上课地点|教室在哪|停课通知|领毕业证|毕业证领取|学位证领取|成绩单翻译|英文成绩单|中英文成绩单|在读证明盖章|教务网|选修课|必修课|通识课|公选课|旷课|缺课|考勤记录|缺考|考试请假|免修|学分转换|学分认定|学籍异动|学籍信息|学籍照片|毕业照|毕业资格|延长学制|结业|肄业",
      en: "transcript|transcripts|im enrolled|i am enrolled|currently enrolled|enrolment letter|enrollment letter|letter proving|apply for graduation|apply for a transcript|grades|my grades|grade|exam results|my results|results|marks|my marks|exam|exams|examination|examinations|exam timetable|exam schedule|exam room|resit|re sit|resits|retake|make up exam|deferral|defer my exam|credits|course credits|gpa|course registration|register for classes|add drop|add or drop|drop a course|drop a class|drop the module|class schedule|timetable|my timetable|classroom|lecture room|enrolment verification|enrollment verification|proof of enrolment|proof of enrollment|certificate of enrolment|student status|degree certificate|diploma|graduation|graduate this year|academic record|academic transcript|degree verification|withdraw from the course|withdraw from university|leave of absence|suspend my studies|change my major|change major|switch major|change my course|semester|term dates|academic calendar|when does term start|textbook|textbooks|make up class|make up lesson|reschedule a class|reschedule my lesson|reschedule the lesson|missed lesson|missed a class|cancel a lesson|lessons left|remaining lessons|reschedule|rescheduling|move the lesson|move my lesson|change the lesson time|course selection|class is full|module registration|register for modules|module choices|grade appeal|appeal my grade|appeal a grade|grade is wrong|wrong grade|missing grade|mark is wrong|exam clash|exam conflict|english transcript|official transcript|sealed transcript|collect my diploma|diploma collection|degree certificate collection|credit transfer|transfer credits|transfer my credits|elective|electives|compulsory course|core module|attendance record|missed an exam|missed the exam|absent from the exam|mitigating circumstances|extenuating circumstances|special consideration|exam board|replacement certificate|certificate replacement|verify my degree|degree verification letter|academic standing|academic probation|repeat the year",
    },
    fallback: ["student_affairs", "admissions"],
  },
  graduate_school: {
    of: "company",
    names: {
      zh: "研究生院|研究生处|研究生部|研究生工作部|研究生管理处|研究生培养处|研究生教育学院|研究生办公室|研究生办|研究生教务|研究生秘书|学位办|学位办公室|学位与研究生教育办公室",
      en: "graduate school|graduate studies|graduate studies office|school of graduate studies|graduate office|postgraduate office|postgraduate school|postgraduate studies|doctoral school|graduate division|degrees office",
    },
    says: {
      zh: "研究生|硕士|博士|硕士生|博士生|研究生期间|研一|研二|研三|博一|博二|博三|直博|硕博连读|换导师|更换导师|导师变更|选导师|分配导师|导师双选|学位论文|硕士论文|博士论文|论文答辩|答辩时间|答辩安排|预答辩|答辩申请|开题报告|中期考核|中期检查|盲审|外审|送审|论文评审|学位申请|申请学位|学位授予|学位评定|授予学位|小论文|发表论文要求|资格考试|博士资格考试|研究生学籍|研究生课程|研究生选课|延期答辩|培养计划",
      en: "graduate student|grad student|postgraduate student|postgrad|masters student|phd student|doctoral student|phd candidate|my phd|my masters|change supervisor|change my supervisor|new supervisor|switch supervisor|thesis defence|thesis defense|defend my thesis|oral defence|proposal defence|qualifying exam|thesis submission|submit my thesis|thesis review|external examiner|degree conferral|award of my degree",
    },
    fallback: ["academic_affairs", "faculty"],
  },
  student_affairs: {
    of: "company",
    names: {
      zh: "学生处|学生工作处|学工处|学工部|学生工作部|学生事务中心|学生事务处|学生服务中心|学生发展中心|学生资助中心|资助中心|资助管理中心|学生资助管理中心|心理咨询中心|心理健康中心|心理健康教育中心|学工办|学生工作办公室|辅导员办公室|辅导员|德育处|政教处|德育办|学生管理处|学管部|学管|班主任|学习管理师",
      en: "student affairs|student services|student support|student support services|student life|dean of students|student wellbeing|student welfare|wellbeing|student counselling|counselling service|counseling center|counselling centre|pastoral care|student hub|student advice|financial aid|financial aid office|student finance|student development",
    },
    says: {
      zh: "辅导员|班主任|补办|奖学金|助学金|国家助学金|励志奖学金|助学贷款|生源地贷款|贫困生|困难生|困难补助|补助|勤工俭学|勤工助学|资助|评优|评奖|三好学生|优秀学生|学生证|补办学生证|学生证丢|火车票优惠|乘车区间|学生请假|请假条|给孩子请假|孩子请假|销假|处分|违纪|记过|作弊处理|心理咨询|心理辅导|心理老师|心理健康|学生会|社团|军训|学生保险|学平险|学生医保|医保|档案|学生档案|调档|~孩子在学校|~我孩子在|~我家孩子|联系不上孩子|孩子联系不上|孩子失联|~联系不上|~联系不到|孩子的情况|孩子的表现|家长会|家校|~表现|学习情况|学习进度|学习效果|~上课表现|被欺负|欺负|霸凌|校园欺凌|打架|联系不上孩子|孩子联系不上|学生安全|返校|离校|校服|饭卡|校园卡|一卡通|志愿者|志愿服务|入党|党员|团员|团组织关系|团关系|档案转递|转档案|贫困认定|家庭困难|家庭经济困难|绿色通道|缓交学费|学费缓交|心理老师预约|心理预约|心理咨询预约|睡不着|压力大|情绪不好|抑郁|焦虑|室友矛盾|跟室友吵架|学生证盖章|学生证注册|优惠卡|火车票优惠卡|奖学金评定|奖学金名单|助学金名单|补助发放|学生干部|班干部|学生活动|校园活动|晚会|运动会|家长电话|孩子的辅导员|孩子不回消息",
      en: "student affairs|student services|scholarship|scholarships|apply for a scholarship|apply for scholarships|scholarship application|apply for financial aid|apply for a grant|apply for a bursary|apply for a student loan|bursary|bursaries|grant|grants|financial aid|financial support|hardship fund|hardship|student loan|student loans|counselling|counseling|counsellor|counselor|wellbeing|mental health|pastoral|personal tutor|student card|student id card|student id|lost my student card|replace my student card|disciplinary|misconduct|plagiarism hearing|bullying|bullied|my son is a student|my daughter is a student|~my child|~my kid|~my son|~my daughter|parent of a student|parents evening|how is my|how my son is doing|how my daughter is doing|progress report|his progress|her progress|learning progress|student union|students union|clubs|societies|society|student insurance|uniform|school uniform|campus card|volunteering|volunteer|volunteers|student club|join a club|join a society|counsellor appointment|counselling appointment|mental health support|wellbeing support|feeling stressed|stressed out|anxiety|depression|homesick|disability support|disabled student|accessibility support|learning support|dyslexia|reasonable adjustments|exam adjustments|emergency fund|hardship grant|student conduct|code of conduct|complaint about a student|roommate conflict|my son hasnt called|my daughter hasnt called|havent heard from my son|havent heard from my daughter|worried about my son|worried about my daughter|student activities|campus events",
    },
    fallback: ["academic_affairs", "admissions"],
  },
  dormitory: {
    of: "company",
    names: {
      zh: "宿管|宿管科|宿管中心|宿管办|宿舍管理科|宿舍管理中心|宿舍管理办公室|宿舍管理|宿舍|学生宿舍|学生公寓|学生公寓管理中心|公寓管理中心|公寓管理科|公寓中心|公寓办|住宿服务中心|住宿中心|住宿管理中心|宿舍楼|留学生公寓",
      en: "student housing|student accommodation|accommodation office|accommodation services|residence life|residential life|halls of residence|residence halls|residential services|housing office|housing services|dormitory office|dormitory|dormitories|dorms|dorm office",
    },
    says: {
      zh: "宿舍|寝室|宿管|宿管阿姨|宿管大爷|楼管|室友|舍友|床位|换宿舍|调宿舍|换寝室|调寝|退宿|住宿申请|申请住宿|校外住宿|在外面住|走读|查寝|熄灯|晚归|宿舍门禁|宿舍停电|宿舍断电|宿舍没水|宿舍钥匙|宿舍热水|宿舍空调|宿舍网络|住宿费|宿舍费|公寓|学生公寓|搬进宿舍|搬宿舍|入住宿舍|宿舍分配|分宿舍|宿舍灯坏|宿舍门锁|宿舍钥匙丢|寝室钥匙|宿舍门禁卡|宿舍卫生|宿舍检查|卫生检查|宿舍用电|违章电器|大功率电器|宿舍限电|宿舍洗衣机|洗衣房|宿舍热水卡|热水卡|开水房|宿舍WiFi|宿舍网|宿舍搬迁|暑假留校|寒假留校|假期留校|留校住宿|退宿手续|宿舍押金|床位费|单人间|双人间|四人间|独立卫浴|宿舍条件|住校|住校生|寄宿|寄宿生|改住校|周末返校|周日返校|周末离校|宿舍老师|生活老师|宿管老师",
      en: "dorm|dorms|dormitory|dorm room|single room|single rooms|share a room|shared room|room to myself|hall of residence|halls of residence|residence hall|student housing|student accommodation|campus accommodation|!accommodation|apply for accommodation|apply for housing|apply for a room|roommate|roommates|room mate|flatmate|flatmates|bed space|room in halls|my room in halls|room allocation|change my room|move out of halls|move into halls|curfew|resident assistant|residence fees|housing fees|warden|halls|my halls|room inspection|room key|lost my room key|locked out of my room|laundry room|washing machines in halls|kitchen in halls|shared kitchen|hall fees|accommodation fees|accommodation deposit|summer accommodation|stay over the holidays|stay on campus over the summer|vacation residence|ensuite|en suite|room swap|swap rooms|room change|room transfer|housing application|housing deposit|move in day|move in date|check in to halls|residence life|boarder|boarders|boarding house|weekly boarding|full boarding|boarding student|boarding students|weekend leave|exeat|houseparent|house parent|dorm parent",
    },
    fallback: ["student_affairs", "administration"],
  },
  library: {
    of: "company",
    names: {
      zh: "图书馆|图书馆服务台|图书馆总台|图书馆办公室|图书馆流通部|流通部|借阅处|借还处|阅览室|资料室|图书室|图书资料室|文献中心|信息资源中心",
      en: "library|libraries|library services|library desk|circulation desk|circulation|learning resource centre|learning resource center|learning resources|reading room|resource centre",
    },
    says: {
      zh: "图书馆|借书|还书|续借|借阅|借的书|借了一本|图书|书籍|逾期|超期|超期罚款|欠款罚|借书证|读者证|图书证|借阅证|自习室|阅览室|座位预约|预约座位|占座|研讨室|论文查重|查重|知网|万方|维普|数据库|电子资源|电子书|期刊|文献|查文献|馆际互借|开馆|闭馆|开馆时间|图书馆几点|丢了书|书丢了|荐购|图书馆开放|图书馆开门|图书馆关门|借书证丢|借书卡|还书箱|图书逾期|图书赔偿|书损坏|打印复印|图书馆打印|文献传递|论文检索|检索报告|收录证明|查收查引|引用检索|学位论文提交|论文上传|电子资源访问|校外访问|VPN访问数据库|图书馆座位",
      en: "library|borrow a book|borrow books|borrowing books|return a book|return books|return my books|renew my books|renew a book|renew books|library book|library books|overdue|overdue book|overdue books|library fine|library fines|library card|study room|study rooms|book a study room|study space|journal|journals|database access|databases|e journals|ebook|ebooks|e book|interlibrary loan|inter library loan|plagiarism check|cnki|library opening hours|opening hours of the library|reading list|library hours|library closed|lost a library book|damaged a library book|hold request|place a hold|reserve a book|book reservation|recall a book|short loan|course reserves|library printing|print in the library|photocopy|photocopying|scanning in the library|off campus access|remote access to journals|access journals|ezproxy|thesis deposit|deposit my thesis|repository|citation|referencing|endnote|zotero|research support|subject librarian|librarian",
    },
    fallback: ["academic_affairs"],
  },
  international: {
    of: "company",
    names: {
      zh: "国际交流处|国际交流与合作处|国际合作与交流处|国际合作交流处|国际交流合作处|国际处|国际事务处|国际交流中心|外事处|外事办|外事办公室|国际学院|国际教育学院|国际教育中心|留学生办公室|留学生办|留学生中心|留学生管理科|国际学生中心|国际学生办公室|国际学生服务中心|来华留学生办公室|港澳台办",
      en: "international office|international student office|international students office|international student services|international student support|international affairs|international relations|international centre|international center|global engagement|global office|study abroad office|study abroad|exchange office|international programs|international programmes|international education",
    },
    says: {
      zh: "留学生|国际学生|外国学生|外籍学生|来华留学|签证|学习签证|学生签证|X1签证|X2签证|居留许可|居留证|延签|签证延期|邀请函|JW202|JW201|体检表|交换生|交换项目|交流项目|出国交流|海外交流|海外学习|短期交流|留学|出国留学|访学|访问学者|汉语课|汉语课程|学汉语|汉语进修|进修汉语|学中文|语言进修|语言课程|中文课|语言生|HSK|合作办学|中外合作|外教|外籍教师|国际合作|外国专家|外国人|老外|外籍|护照|签证到期|签证过期|居留许可到期|住宿登记|境外人员住宿登记|临时住宿登记|派出所登记|外国人体检|入境|入境手续|来华|回国|出境|中文项目|语言进修生|交流生|2+2|3+1|联合培养|双学位项目|海外实习|孔子学院|奖学金留学生|政府奖学金|CSC奖学金|中国政府奖学金",
      en: "international student|international students|foreign student|foreign students|student visa|study visa|visa|visas|visa application|apply for a visa|apply for a residence permit|apply for exchange|visa letter|visa extension|extend my visa|residence permit|invitation letter|jw202|jw201|x1 visa|x2 visa|exchange student|exchange students|exchange program|exchange programme|student exchange|study abroad|semester abroad|year abroad|visiting scholar|visiting student|chinese language program|chinese language programme|chinese course|learn chinese|study chinese|studying chinese|study mandarin|language program|language programme|language course|language courses|mandarin course|mandarin classes|hsk|partner university|partner universities|sister school|foreign teacher|foreign teachers|international office|foreigner|foreigners|passport|visa expires|visa expired|visa renewal|renew my visa|residence permit renewal|registration of residence|police registration|accommodation registration|medical check for visa|physical examination form|entry to china|coming to china|arrive in china|arrival in china|csc scholarship|chinese government scholarship|confucius institute|double degree|joint programme|joint program|2 plus 2|study exchange|outbound exchange|inbound exchange|erasmus|international partnerships|mou|memorandum of understanding|partner institution",
    },
    fallback: ["admissions", "student_affairs"],
  },
  careers: {
    of: "company",
    names: {
      zh: "就业指导中心|就业中心|就业处|就业指导处|就业办|就业办公室|就业服务中心|学生就业指导中心|学生就业中心|就业创业指导中心|就业创业中心|创新创业学院|就业指导服务中心|实习就业处|实习就业部|就业部|校企合作处|校企合作办公室|校企合作中心",
      en: "careers|careers service|careers services|career services|career service|careers office|career office|career centre|career center|careers centre|employability|careers and employability|placement office|placements office|placements|placement cell|internship office|internships office|industry liaison|employer relations",
    },
    says: {
      zh: "!实习|实习机会|实习单位|实习证明|实习协议|找实习|实习生|就业|就业指导|就业推荐表|推荐表|三方协议|三方|就业协议|派遣|报到证|毕业去向|就业率|招聘会|双选会|!宣讲会|宣讲|专场招聘|招聘专场|应届毕业生|应届生|招应届|招聘应届|来学校招聘|来校宣讲|企业宣讲|!校园招聘|校招|来校招聘|进校招聘|招你们的学生|招你们学校的学生|招聘你们的学生|招聘你们学校的学生|招聘你们的毕业生|招聘学生|招聘毕业生|招聘应届生|要你们的学生|招毕业生|招应届生|用人单位|毕业生推荐|简历指导|改简历|职业规划|职业生涯|创业|创业大赛|校企合作|订单班",
      en: "!careers|career advice|career guidance|careers advice|career fair|careers fair|job fair|jobs fair|recruitment fair|graduate fair|!internship|!internships|placement|placements|apply for an internship|apply for internships|!your graduates|!your students|work placement|industrial placement|graduate recruitment|campus recruitment|recruit your graduates|recruit your students|hire your students|hire your graduates|hire students|hire graduates|employer|employers|cv advice|cv review|resume review|job search|employability|graduate jobs|graduate job|career counselling",
    },
    fallback: ["student_affairs"],
  },
  alumni: {
    of: "company",
    names: {
      zh: "校友会|校友办|校友总会|校友办公室|校友工作办公室|校友工作处|校友联络处|校友与发展|校友事务办|发展联络处|教育发展基金会|教育基金会|校友基金会|发展基金会|基金会",
      en: "alumni|alumni relations|alumni office|alumni association|alumni and development|development and alumni relations|development office|advancement|university advancement|university foundation|education foundation|foundation office|alumni affairs",
    },
    says: {
      zh: "校友|校友会|老校友|毕业多年|毕业校友|校友卡|校庆|周年校庆|返校日|母校|捐赠|捐款|捐钱|捐助|捐资|设立奖学金|冠名|基金会|校友活动|同学聚会|毕业聚会|毕业几十年",
      en: "alumni|alumnus|alumna|alum|former student|former students|graduated from your|i graduated from|class reunion|reunion|alumni event|donation|donations|donate|donating|make a gift|giving|bequest|legacy gift|endowment|foundation|fund a scholarship|sponsor a scholarship|homecoming|anniversary celebration",
    },
    fallback: ["student_affairs"],
  },
  faculty: {
    of: "company",
    names: {
      zh: "~学院|院系|~系办|系办公室|学院办公室|教研室|教研组|学科组",
      en: "school of|faculty of|college of|academic department|academic departments|teaching departments",
    },
    says: {
      zh: "导师|研究生导师|博导|硕导|论文|毕业论文|论文答辩|答辩|开题|毕业设计|课题组|系主任|院长|教授|副教授|讲师|任课老师|授课老师|专业课|专业办公室|专业老师|专业负责人|系办公室|系里|实验课|实训课|实习课|临床实习|医院实习|见习|规培|课程设置|培养方案|科研项目|科研合作|合作研究|访问学者|博士后|读研|读博",
      en: "supervisor|my supervisor|thesis|dissertation|viva|thesis defence|thesis defense|professor|professors|lecturer|lecturers|dean|head of department|research group|module leader|course leader|programme leader|program director|phd supervisor|research lab|research labs|robotics lab|visiting researcher|visiting professor|research collaboration|joint research|collaborate on research|postdoc|postdoctoral|lab classes|lab class|practicals|clinical placement|clinical placements|hospital placement|hospital placements|clinical rotation|clinical rotations|clerkship|department office|school office",
    },
    fallback: ["academic_affairs"],
  },
  // A primary or secondary school, called mostly by parents about their child: the section
  // office of each age (absences, pick-up, classes and homework), the school bus, the school
  // nurse, the parents' association and after-school activities, and university counselling.
  // "孩子" and "my son" are said to every one of them, so none of them holds those words.
  school_office: {
    of: "company",
    names: {
      zh: "幼小部|幼小部办公室|小学部|小学部办公室|初中部|初中部办公室|高中部|高中部办公室|中学部|中学部办公室|幼儿部|幼儿园部|幼儿园办公室|学部办公室|学段办公室|年级组|年级办公室|年级组办公室|低年级部|高年级部|国际部办公室|双语部办公室",
      en: "primary office|primary school office|secondary office|secondary school office|early years office|early years and primary office|elementary office|elementary school office|middle school office|high school office|lower school office|upper school office|junior school office|senior school office|kindergarten office|year group office|grade office|school office",
    },
    says: {
      zh: "请假|请个假|请一天假|请半天假|请两天假|请病假|请事假|给孩子请假|帮孩子请假|孩子请假|今天不来了|不来上学|不去上学|上不了学|来不了学校|不能来学校|今天不能来|晚点到校|晚到|迟到|提前接|提前接走|提前接回|早点接|早退|接孩子|接走|来接|谁来接|奶奶来接|爷爷来接|外婆来接|阿姨来接|放学|几点放学|班主任|班主任老师|任课老师|老师联系|联系老师|跟老师|找老师|作业|家庭作业|作业太多|作业本|家长会|家长会时间|成绩单|期末成绩|报告单|评语|几年级|年级|班级|哪个班|分班|换班|调班|同学|同班|跟同学|被同学|小朋友|上课情况|在校表现|表现怎么样|第一天上学|开学第一天|开学要带|要带什么|书包|文具|午睡|被子|家校本|家长群|班级群|钉钉群|考试安排|期中考试|期末考试|课表|课程表",
      en: "absent|absence|absences|off sick|wont be in|will not be in|not coming in today|not coming to school|staying home|stay home today|keep her home|keep him home|sick note|late to school|running late|pick up early|early pick up|collect early|collect him early|collect her early|leave early|leaving early|dismissal|home time|class teacher|homeroom|homeroom teacher|form tutor|form teacher|her teacher|his teacher|my sons teacher|my daughters teacher|speak to the teacher|talk to the teacher|homework|too much homework|parent teacher conference|parent teacher meeting|parents evening|parent meeting|parent meetings|report card|school report|end of term report|in grade|in year|in kindergarten|in reception|in nursery|her class|his class|class list|which class|change class|classmate|classmates|another kid|another child|other kids|first day|first day of school|what to bring|needs to bring|school supplies|stationery|nap time|timetable|exam schedule",
    },
    fallback: ["student_affairs", "academic_affairs"],
  },
  school_bus: {
    of: "company",
    names: {
      zh: "校车服务部|校车服务中心|校车部|校车中心|校车队|校车办|校车办公室|校车管理处|校车管理中心|学生交通部",
      en: "school bus|school buses|school bus service|school bus services|school bus office|school transport|school transportation|student transport|bus service|bus office|bus services",
    },
    says: {
      zh: "校车|坐校车|乘校车|搭校车|校车路线|校车线路|校车站|校车站点|校车站台|上车点|下车点|换站点|改站点|改个站|换个站|校车费|车费|乘车费|校车几点|几点到站|几点发车|几点出发|错过校车|没赶上校车|没坐上校车|校车没来|校车晚了|校车迟到|校车司机|跟车老师|随车老师|跟车阿姨|晚班车|早班车|校车卡|乘车卡|乘车申请|申请校车|报名校车|不坐校车|退校车",
      en: "school bus|the bus|bus|buses|bus route|bus routes|bus stop|bus stops|change our stop|change the stop|bus fee|bus fees|bus pass|bus card|bus driver|bus monitor|bus aide|missed the bus|bus is late|bus was late|late bus|bus timetable|bus times|bus schedule|sign up for the bus|take the bus|ride the bus|on the bus|off the bus|get off the bus|bus pick up point|bus drop off point",
    },
    fallback: ["transport", "administration"],
  },
  school_nurse: {
    of: "company",
    names: {
      zh: "校医室|保健室|卫生室|校医|保健医生办公室|学校医务室",
      en: "school nurse|nurses office|nurse office|school clinic|sick bay|health office|school health office|health room",
    },
    says: {
      zh: "校医|保健老师|保健医生|发烧|发烧了|发热|低烧|高烧|咳嗽|嗓子疼|喉咙痛|肚子疼|肚子痛|头疼|头痛|呕吐|吐了|拉肚子|腹泻|不舒服|身体不舒服|生病了|出疹子|红疹|在学校发烧|在学校不舒服|在学校受伤|在学校摔|学校打电话说|受伤|摔了|摔伤|磕到|磕破|撞到头|起了个包|起包|流血|扭伤|吃药|带药|在校用药|按时吃药|药带到学校|喂药|疫苗|疫苗本|接种证|预防接种|体检|体检表|体检报告|过敏药|哮喘|肾上腺素笔|传染病|水痘|手足口|流感|返校证明|复课证明|健康证明|病历",
      en: "nurse|school nurse|the nurse|fever|a temperature|high temperature|sore throat|cough|coughing|tummy ache|stomach ache|headache|threw up|throwing up|vomiting|diarrhoea|diarrhea|rash|feeling unwell|not feeling well|medicine|medicines|medication|take his medicine|take her medicine|inhaler|asthma|epipen|epi pen|injured|injury|hurt|got hurt|bump|bumped his head|bumped her head|hit by a ball|hit his head|hit her head|fell over|fell off|cut|bleeding|sprained|vaccination|vaccinations|vaccine|immunisation|immunization|vaccination record|medical form|health form|medical record|medical records|health check|chickenpox|flu|contagious|fit to return|doctors note",
    },
    // At a university the campus clinic hears these already.
    fallback: [],
  },
  school_community: {
    of: "company",
    names: {
      zh: "家校联络办公室|家校联络处|家校联络部|家校合作办公室|家校合作中心|家校办|家委会|家长委员会|家长会办公室|社区关系部|社区关系办公室|社区联络部|课外活动部|课外活动中心|课外活动办公室|学生活动中心",
      en: "community relations|community relations office|school community|community office|parent relations|parent engagement|family engagement|parent teacher association|parents association|parent association|pta|pto|parents council|extra curricular activities|extracurricular activities|eca office|activities office|after school activities",
    },
    says: {
      zh: "家委会|家长委员会|家委|家长代表|班级家长代表|家长志愿者|志愿者|当志愿者|做志愿者|义卖|义卖会|爱心义卖|圣诞义卖|摆摊|文化节|国际文化节|国际日|艺术节|科技节|运动会|亲子运动会|游园会|嘉年华|开放日|家长开放日|毕业典礼|家长活动|亲子活动|学校活动|校园活动|班级活动|班级聚会|期末派对|课外活动|课后活动|课后班|课后服务|兴趣班|兴趣小组|社团|社团活动|俱乐部|选课外活动|报课外活动|换课外活动|课外班|夏令营|研学|游学|春游|秋游|家长讲堂|家长课堂|校刊|家长通讯",
      en: "pta|pto|parents association|parent teacher association|parent volunteer|parent volunteers|volunteer|volunteers|volunteering|class rep|class representative|parent rep|room parent|bake sale|fundraiser|fundraising|charity sale|christmas fair|summer fair|school fair|fun fair|international day|culture day|cultural festival|book week|sports day|school event|school events|end of year party|class party|school trip|field trip|eca|ecas|extra curricular|extracurricular|after school activity|after school activities|after school club|after school clubs|activity|activities|club|clubs|sign ups|activity sign up|newsletter|school community|graduation ceremony",
    },
    fallback: ["student_affairs"],
  },
  college_counselling: {
    of: "company",
    names: {
      zh: "升学指导中心|升学指导办公室|升学指导部|升学指导处|升学中心|升学办|升学办公室|升学规划中心|大学升学指导|升学与生涯规划中心|生涯规划中心",
      en: "university counselling|university counseling|college counselling|college counseling|university guidance|college guidance|university advising|college advising|university and careers counselling|higher education guidance|university placement|college placement",
    },
    says: {
      zh: "升学|升学指导|升学规划|升学老师|升学顾问|申请大学|大学申请|报大学|选大学|选校|选专业|出国读大学|读大学|国外大学|英国大学|美国大学|香港的大学|港校|申请季|文书|推荐信|预估分|预测分|大学录取|大学offer|生涯规划|大学展|大学宣讲",
      en: "university application|university applications|college application|college applications|apply to university|apply to universities|applying to university|applying to universities|apply to college|applying to college|choosing universities|university choices|university counsellor|university counselor|college counselor|college counsellor|predicted grades|predicted grade|reference letter|recommendation letter|letter of recommendation|ucas|common app|personal statement|sat exam|sat score|sat scores|act score|ib diploma|ib results|ib exams|a level|a levels|a level results|ap exams|ap courses|early decision|early action|university offer|university offers|university fair|college fair",
    },
    // A university's own applicants say these too: its careers office is not for them.
    fallback: [],
  },
} satisfies Partial<Record<Kind, KindWords>>;
