import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { understand } from "../../src/rules/understand/index.ts";
import { inferKinds } from "../../src/rules/understand/kinds-of.ts";
import { department } from "../support/departments.ts";
import { languageOf, routes } from "../support/understanding.ts";

// Schools and property managers understood from a directory of names and one-line descriptions
// (test/rules/fixtures), with requests written from how such callers speak; none of them is in
// the eval sets. And a hotel and a factory, which have neither trade, hear none of their words.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const university = load("test/rules/fixtures/university.yaml");
const property = load("test/rules/fixtures/property.yaml");
const trainingCentre = load("test/rules/fixtures/training-centre.yaml");
const hotel = load("directory/lakeside-hotel.yaml");
const factory = load("directory/huaxin-manufacturing.yaml");

const named = (zh: string, en: string, description?: string) =>
  department("d", { zh, en }, description);

/** The department a caller's words reach. */

describe("a school's and a property manager's kinds, read from names", () => {
  it.each([
    ["招生办", "Admissions", "admissions"],
    ["本科招生办", "Undergraduate Admissions", "admissions"],
    ["课程顾问", "Course Advisors", "admissions"],
    ["教务处", "Office of the Registrar", "academic_affairs"],
    ["研究生院", "Graduate School", "graduate_school"],
    ["学工部", "Student Services", "student_affairs"],
    ["德育处", "Pastoral Care", "student_affairs"],
    ["宿管中心", "Residence Life", "dormitory"],
    ["图书馆", "Library Services", "library"],
    ["国际处", "International Student Office", "international"],
    ["就业中心", "Careers Service", "careers"],
    ["校友会", "Alumni Relations", "alumni"],
    ["学管部", "Student Advisors", "student_affairs"],
    ["机械工程学院", "School of Mechanical Engineering", "faculty"],
    ["物业服务中心", "Property Management Office", "property_service"],
    ["维修班", "Building Maintenance", "maintenance"],
    ["保洁部", "Cleaning Services", "cleaning"],
    ["停车场", "Car Park", "parking"],
    ["租赁部", "Leasing Office", "leasing"],
    ["秩序维护部", "Security", "security"],
  ] as const)("%s / %s is %s", (zh, en, kind) => {
    expect(inferKinds(named(zh, en), "company")).toEqual([kind]);
  });

  it.each([
    // Two trades' names for one department: what it does settles it.
    ["工程部", "Engineering", "水电和设备维修", "maintenance"],
    ["工程部", "Construction", "项目进度和施工现场", "projects"],
    ["客服中心", "Customer Service Centre", "物业费、装修申请和门禁卡", "property_service"],
    ["客服中心", "Customer Service Centre", "退货、换货和维修进度", "after_sales"],
    ["招商部", "Leasing", "写字楼和商铺出租", "leasing"],
    ["招商部", "Partnerships", "代理商和加盟", "partners"],
  ] as const)("%s / %s doing %s is %s", (zh, en, description, kind) => {
    expect(inferKinds(named(zh, en, description), "company")).toEqual([kind]);
  });

  it("keeps the first kind listed when nothing says otherwise", () => {
    expect(inferKinds(named("客服中心", "Customer Service Centre"), "company")).toEqual([
      "after_sales",
    ]);
  });

  it.each([
    ["工程部", "Engineering", "engineering"],
    ["维修部", "Maintenance", "engineering"],
    ["客房部", "Housekeeping", "housekeeping"],
  ] as const)("a hotel's %s / %s is still %s", (zh, en, kind) => {
    expect(inferKinds(named(zh, en), "hotel")).toEqual([kind]);
  });
});

describe("a university understood from names and descriptions alone", () => {
  it.each([
    ["喂 你好 我想问一下今年你们学校在河南招多少学生", "admissions"],
    ["我孩子今年高考 想问问你们的录取分数线", "admissions"],
    ["研究生复试名单什么时候出来", "admissions"],
    ["嗯 那个 录取通知书还没收到", "admissions"],
    ["hi I'm calling about my application for the masters programme", "admissions"],
    ["when is your next open day", "admissions"],
    ["what are the entry requirements for engineering", "admissions"],
    ["I'd like to apply to study computer science", "admissions"],
    ["我想开一份成绩单 出国要用", "registry"],
    ["补考什么时候安排", "registry"],
    ["选课系统进不去了", "registry"],
    ["我想办休学", "registry"],
    ["I need a copy of my transcript", "registry"],
    ["can I get a letter proving I'm enrolled", "registry"],
    ["when do the exam results come out", "registry"],
    ["国家助学金什么时候发", "student_affairs"],
    ["我想找一下我们辅导员", "student_affairs"],
    ["how do I apply for a scholarship", "student_affairs"],
    ["心理咨询中心怎么预约", "student_affairs"],
    ["学生证丢了 怎么补办", "student_affairs"],
    // Campus Services' description says it does the campus repairs; housing allots the rooms.
    ["宿舍空调坏了", "logistics"],
    ["我想换个寝室 跟室友处不来", "housing"],
    ["is there any accommodation available over the summer", "housing"],
    ["I lost the key to my room in halls", "housing"],
    ["我借的书到期了 能不能续借", "library"],
    ["is the library open on sundays", "library"],
    ["论文查重在哪里弄", "library"],
    ["我是留学生 签证快到期了", "international"],
    ["I'm an exchange student, who handles my residence permit", "international"],
    ["我们公司想来你们学校办一场宣讲会", "careers"],
    ["三方协议丢了怎么办", "careers"],
    ["我们公司想招你们的学生", "careers"],
    ["we'd like to recruit some of your graduates", "careers"],
    ["do you have internships for students", "careers"],
    ["我是2005届的校友 想捐点钱给母校", "alumni"],
    ["I graduated in 1998 and want to make a donation", "alumni"],
    ["学费怎么交 能不能分期", "finance"],
    ["报销单交到哪里", "finance"],
    ["I want to pay my tuition fees", "finance"],
    ["我想问一下外国语学院的日语专业", "languages"],
    ["我的电动车在校园里被偷了", "security"],
    ["食堂的饭菜有问题", "logistics"],
    ["我想约见校长", "president_office"],
    ["你们学校招不招老师", "hr"],
    ["校园卡丢了 要补办", "student_affairs"],
    ["我想问一下奖学金评选的结果", "student_affairs"],
    ["交换生项目什么时候开始报名", "international"],
    ["我的课表上有两门课冲突了", "registry"],
    ["期末考试的时间出来了吗", "registry"],
    ["我儿子在你们学校读大二 这几天一直联系不上", "student_affairs"],
    ["I'm a parent, my daughter starts in September, when can she move into the dorm", "housing"],
    ["what documents do I need for my student visa", "international"],
    ["I'd like to borrow some books but I lost my library card", "library"],
    ["how do I get my degree certificate", "registry"],
    ["is there any hardship funding for students", "student_affairs"],
    ["I want to talk to the admissions team about deferring my place", "admissions"],
    ["we are a company looking to offer internships to your students", "careers"],
    ["我想问下研究生报考的条件", "admissions"],
    ["毕业证丢了怎么补办", "registry"],
    ["宿舍楼下的门禁几点关", "housing"],
    ["我想给学校捐一笔钱设立奖学金", "alumni"],
    ["专升本的报名时间是什么时候", "admissions"],
    ["学生的医保怎么报销", "student_affairs"],
  ])("%s → %s", routes(university));
});

describe("a property manager understood from names and descriptions alone", () => {
  it.each([
    ["物业费怎么交", "service_desk"],
    ["我家要装修 需要办什么手续", "service_desk"],
    ["门禁卡丢了 想补办一张", "service_desk"],
    ["楼上每天晚上都很吵", "service_desk"],
    ["快递柜打不开", "service_desk"],
    ["I'm moving in next week, what do I need to do", "service_desk"],
    ["how much is the management fee for a two bedroom flat", "service_desk"],
    ["my neighbour's dog barks all night", "service_desk"],
    ["卫生间漏水了 漏到楼下去了", "engineering"],
    ["我家跳闸了 整个房子没电", "engineering"],
    ["电梯又坏了", "engineering"],
    ["the kitchen tap in my flat is leaking", "engineering"],
    ["no hot water in unit 1203 since this morning", "engineering"],
    ["厕所堵了 冲不下去", "engineering"],
    ["有个陌生人一直在小区里转悠", "security"],
    ["I want to check the CCTV, my bike was stolen", "security"],
    ["外卖员进不来 门岗不让进", "security"],
    ["楼道里的垃圾好几天没人收了", "environment"],
    ["小区里的草好久没剪了", "environment"],
    ["there are cockroaches everywhere in the bin room", "environment"],
    ["can someone clean up the dog mess outside block 3", "environment"],
    ["我想办一张停车月卡", "parking"],
    ["我的车位被别人占了", "parking"],
    ["how much is monthly parking", "parking"],
    ["the barrier at the garage exit won't lift", "parking"],
    ["你们写字楼还有空的办公室出租吗", "leasing"],
    ["我想租个一百平的商铺", "leasing"],
    ["our lease expires in March and we'd like to renew", "leasing"],
    ["do you have any office space to let in the tower", "leasing"],
    ["物业费的发票怎么开", "finance"],
    ["我们公司下周搬家 要预约货梯", "service_desk"],
    ["装修押金什么时候能退", "service_desk"],
    ["车位月租到期了 怎么续费", "parking"],
    ["空调外机一直在滴水", "engineering"],
    ["水表好像坏了 走得特别快", "engineering"],
    ["外墙渗水 墙都发霉了", "engineering"],
    ["我想在车位上装个充电桩 要申请吗", "parking"],
    ["有个快递放在门口被人拿走了", "security"],
    ["电梯卡不能刷了", "service_desk"],
    ["垃圾桶旁边好多老鼠", "environment"],
    ["我是新来的租户 想了解一下写字楼的物业费怎么算", "service_desk"],
    ["when will I get my renovation deposit back", "service_desk"],
    ["our office air conditioning is not working on the 12th floor", "engineering"],
    ["the lights in the stairwell have been out for a week", "engineering"],
    ["someone keeps parking in my space", "parking"],
    ["I'd like a quote for leasing half a floor in the tower", "leasing"],
    ["can you send someone to remove the bulky rubbish from the basement", "environment"],
    ["the toilet in our unit keeps running", "engineering"],
    ["a stranger followed me into the building", "security"],
    ["我们想退租 提前三个月通知可以吗", "leasing"],
    ["门口的道闸坏了 车出不去", "parking"],
  ])("%s → %s", routes(property));
});

describe("a training centre understood from names and descriptions alone", () => {
  it.each([
    ["我想给孩子报个少儿英语班", "advisors"],
    ["有没有免费试听课", "advisors"],
    ["雅思一对一怎么收费", "advisors"],
    ["下周六的课想调到周日", "academic"],
    ["还剩几节课", "academic"],
    ["孩子最近上课表现怎么样", "learning_managers"],
    ["课没上完 想退费", "finance"],
    ["do you offer a free trial class for kids", "advisors"],
    ["I need to reschedule my son's lesson on Saturday", "academic"],
    ["how is my daughter doing in her classes", "learning_managers"],
  ])("%s → %s", routes(trainingCentre));
});

describe("a hotel and a factory hear none of these trades' words", () => {
  // Neither has a school's or a property manager's departments, and these kinds fall back only
  // to one another: words that reached a hotel's or a factory's departments would route these.
  it.each([
    "我想报名",
    "我想问一下招生的事",
    "I'm a student and need a transcript",
    "我想续租",
    "物业费怎么交",
    "I'd like to rent office space",
  ])("the hotel: %s is understood as no department", (said) => {
    expect(understand(said, hotel, languageOf(said)).kind).toBe("unknown");
  });

  it.each([
    "我想报名",
    "我想问一下招生的事",
    "I'm a student and need a transcript",
    "我想续租",
    "停车月卡怎么办",
    "垃圾没人收",
    "有蟑螂",
    "where can I park",
  ])("the factory: %s is understood as no department", (said) => {
    expect(understand(said, factory, languageOf(said)).kind).toBe("unknown");
  });

  it.each([
    ["图书馆几点开门", "security"],
    ["the parking barrier won't lift", "security"],
    ["I'd like to rent office space", "purchasing"],
    ["物业费怎么交", "admin"],
    // A factory's staff dormitories are its administration's, as a school's halls are theirs.
    ["宿舍的室友太吵了", "admin"],
    ["你们招实习生吗", "hr"],
    ["你们招大学生吗", "hr"],
    ["我们公司想招你们的学生", "hr"],
  ])("the factory: %s → %s, as before", routes(factory));
});

describe("an office named by what goes before it", () => {
  const to = routes(university);

  it("is the office of that, not the administration office", () => {
    to("请问日语专业的办公室电话是多少", "languages");
    to("翻译专业办公室在哪", "languages");
  });

  it("is the administration office when nothing comes before it", () => {
    to("转一下办公室", "logistics");
  });
});
