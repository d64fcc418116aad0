import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { departmentIndex } from "../../src/rules/understand/departments.ts";
import { CONFIDENT, understand } from "../../src/rules/understand/index.ts";
import { inferKinds, kindsOf } from "../../src/rules/understand/kinds-of.ts";
import { department } from "../support/departments.ts";
import { languageOf, routes } from "../support/understanding.ts";

// A property manager's fees desk and an office tower's management office, and a university's
// graduate school, understood from directories of names and one-line descriptions
// (test/rules/fixtures), with requests written from how such callers speak; none of them is in
// the eval sets. A hotel and a factory hear none of these kinds' words.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const estate = load("test/rules/fixtures/estate-and-tower.yaml");
const lanting = load("test/rules/fixtures/property.yaml");
const graduate = load("test/rules/fixtures/graduate-university.yaml");
const nanhu = load("test/rules/fixtures/university.yaml");
const hotel = load("directory/lakeside-hotel.yaml");
const factory = load("directory/huaxin-manufacturing.yaml");

describe("the newer kinds, read from names", () => {
  it.each([
    ["缴费中心", "Fees Office", "物业费和水电费", "property_billing"],
    ["收费处", "Fees and Billing", "物业费、水电费和发票", "property_billing"],
    ["收费处", "Billing", "门诊和住院费用、押金", "patient_billing"],
    ["写字楼管理处", "Tower Management Office", undefined, "building_management"],
    ["大厦服务中心", "Centre Management", undefined, "building_management"],
    ["研究生院", "Graduate School", undefined, "graduate_school"],
    ["研究生处", "Graduate Studies Office", undefined, "graduate_school"],
    ["学位办", "School of Graduate Studies", undefined, "graduate_school"],
  ] as const)("%s / %s (%s) is %s", (zh, en, description, kind) => {
    expect(inferKinds(department("d", { zh, en }, description), "company")).toContain(kind);
  });

  it("leaves finance to the finance department when a fees desk's name also says billing", () => {
    const kinds = kindsOf(load("eval/blind/huijia-property.yaml"));
    expect(kinds.get("billing")).toEqual(["property_billing"]);
    expect(kinds.get("finance")).toEqual(["finance"]);
  });

  it("keeps finance on a billing office where no department is finance first", () => {
    const kinds = kindsOf(load("eval/blind/lvyuan-hospital.yaml"));
    expect(kinds.get("billing")).toEqual(["patient_billing", "finance"]);
  });
});

describe("a kind's name inside a longer word", () => {
  it.each([
    // One language holds a kind's name inside a longer word; the other says nothing of it.
    ["医学信息部", "Medical Information", "questions about our medicines", "it"],
    ["药物警戒部", "Drug Safety", "reporting side effects", "safety"],
    ["信息技术中心", "Information Technology", "computers, network, email", "rnd"],
  ] as const)("%s / %s (%s) is not %s", (zh, en, description, kind) => {
    expect(inferKinds(department("d", { zh, en }, description), "company")).not.toContain(kind);
  });

  it.each([
    // Said by both languages, or by the description.
    ["信息技术中心", "Information Technology", "computers, network, email", "it"],
    ["品牌市场部", "Brand Marketing", undefined, "marketing"],
    ["综合人事组", "General Affairs", "staff contracts and recruitment", "hr"],
  ] as const)("%s / %s (%s) is %s", (zh, en, description, kind) => {
    expect(inferKinds(department("d", { zh, en }, description), "company")).toContain(kind);
  });
});

describe("a property manager with a fees desk, an office tower and its own finance", () => {
  it.each([
    // Residents' fees: the fees desk.
    ["这个月的电费怎么这么高 是不是抄表抄错了", "fees"],
    ["物业费交晚了 还要收滞纳金吗", "fees"],
    ["物业费能不能用支付宝交", "fees"],
    ["my electricity bill is much higher than usual", "fees"],
    ["I think I was overcharged on the management fee", "fees"],
    ["how do I pay my service charge online", "fees"],
    // A supplier or contractor waiting for its money: finance.
    ["我们是给你们送绿植的供应商 上个月的货款还没付", "finance"],
    ["你好 我们维保公司的发票寄过去一个月了 什么时候打款", "finance"],
    ["hi we're a contractor and our invoice from March still hasn't been paid", "finance"],
    // An office tower's tenants: its management office.
    ["我们公司下周有三个新员工 要办大楼门禁卡", "tower"],
    ["明天有客户来开会 访客能不能提前登记", "tower"],
    ["周六我们要加班 能开加班空调吗", "tower"],
    ["we have two new starters who need building passes", "tower"],
    ["can I pre-register a few visitors for Thursday", "tower"],
    ["we need after hours air conditioning on our floor on Sunday", "tower"],
    // The estate's residents: its management office.
    ["小区门禁卡丢了 想补办一张", "estate_office"],
    ["楼上邻居装修太吵了", "estate_office"],
    // Blocked fire exits are the guards'.
    ["楼道的消防通道被杂物堵了", "security"],
    ["someone has blocked the fire exit on the stairs with boxes", "security"],
  ])("%s → %s", (said, key) => routes(estate)(said, key));

  it("still hands a resident's fees to the service centre where there is no fees desk", () => {
    routes(lanting)("这个月物业费多少钱 怎么交", "service_desk");
    routes(lanting)("I'd like to set up a direct debit for my service charge", "service_desk");
  });
});

describe("a university with a graduate school", () => {
  it.each([
    ["我是研二的 想问一下学位论文什么时候送盲审", "graduate"],
    ["博士生想换导师 要走什么流程", "graduate"],
    ["硕士论文答辩安排出来了吗", "graduate"],
    ["I'm a phd student and I need to change my supervisor", "graduate"],
    ["when is the deadline for thesis submission for masters students", "graduate"],
    ["我想转专业 转专业的申请交给谁", "registry"],
    ["学费交了 系统里还显示欠费", "finance"],
    ["I paid my tuition but the portal still says I owe it", "finance"],
    ["我们公司想来学校开一场宣讲会", "careers"],
    ["我想申请来学一个学期的汉语 有语言进修项目吗", "international"],
    ["I'd like to study Chinese for a semester on your language programme", "international"],
    ["I want to apply for the bachelor of laws", "admissions"],
    ["学校什么时候搞消防演练", "security"],
    ["do I need a vehicle pass to drive onto campus with a delivery van", "security"],
    ["兄弟院校下个月想来考察访问 找哪个部门对接", "president_office"],
  ])("%s → %s", (said, key) => routes(graduate)(said, key));

  it("hands graduate students to the registry where there is no graduate school", () => {
    routes(nanhu)("博士生想换导师 要走什么流程", "registry");
  });
});

describe("a hotel and a factory, which have none of these trades", () => {
  const newKinds = new Set(["property_billing", "building_management", "graduate_school"]);

  it.each([
    ["hotel", hotel],
    ["factory", factory],
  ] as const)("a %s hears no words of the new kinds", (_, dir) => {
    const from = departmentIndex(dir).phrases.flatMap((p) => p.cues.map((c) => c.from));
    expect(from.filter((f) => newKinds.has(f))).toEqual([]);
  });

  it("sends a hotel's and a factory's callers where they went before", () => {
    routes(hotel)("my bill is wrong, I was charged twice", "finance");
    routes(factory)("我们是供应商 上个月的货款还没付", "finance");
    routes(factory)("新员工的门禁卡去哪里办", "admin");
  });
});

describe("where the caller is, said first", () => {
  it("is not taken for the request that follows", () => {
    routes(hotel)("我在停车场，车被刮了，想看看监控", "security");
    routes(hotel)("hi, I'm in the car park, someone scratched my car", "security");
    routes(factory)("we're at the main gate, the delivery truck can't get in", "security");
  });
});

describe("words that say little alone", () => {
  it("puts someone who doesn't know whom to ask through to the switchboard", () => {
    routes(nanhu)("我也不知道该找哪个部门", "switchboard");
    routes(nanhu)("I'm not sure who to talk to", "switchboard");
    routes(nanhu)("嗯 我也不太清楚该找谁 你帮我转一下吧", "switchboard");
    routes(nanhu)("hello um i'm not sure who i need to speak to", "switchboard");
  });

  it("does not ask 'the switchboard?' of someone who only says they don't know whom to ask", () => {
    for (const said of [
      "嗯 我也不太清楚该找谁 你帮我转一下吧",
      "hello um i'm not sure who i need to speak to",
      // A service hall's caller asks which window; in the south-west and Hubei, 不晓得 for 不知道.
      "我想办个证明 不知道该找哪个窗口",
      "办个事情 我也不晓得归哪里管",
      "hi, I'm new in town and not sure which office I should go to",
    ]) {
      const got = understand(said, nanhu, languageOf(said));
      expect(got).toMatchObject({ kind: "department", department: "switchboard" });
      expect(got.kind === "department" && got.confidence).toBeGreaterThanOrEqual(CONFIDENT);
    }
  });

  it("lets the request itself decide when the caller also says they don't know whom to ask", () => {
    routes(nanhu)("宿舍调换的事 不知道找哪个部门", "housing");
    routes(nanhu)("not sure who to ask, can I get a single room in the dorms", "housing");
    routes(nanhu)("宿舍调换的事 不太清楚该找谁", "housing");
  });

  it("hears a guest who wants another room or a view at the front desk", () => {
    routes(hotel)("房间能不能换一个 想要能看到湖的", "front_desk");
    routes(hotel)("could we move to a room with a better view", "front_desk");
  });

  it("hears fuel stolen from vehicles as theft, for security", () => {
    routes(hotel)("someone has been siphoning petrol from cars in your car park", "security");
  });
});

describe("facilities at a university and a factory", () => {
  const donghu = load("eval/blind/donghu-university.yaml");

  it("hears a campus network fault in a dorm as the IT centre's", () => {
    routes(donghu)("宿舍里的校园网又连不上了 认证失败", "it_centre");
  });

  it("hears a lift that needs servicing as campus services'", () => {
    routes(donghu)("教学楼的电梯老是卡 能不能安排检修", "campus_services");
  });

  it("puts a factory's staff dormitory's broken air-conditioning straight through to admin", () => {
    const u = understand("宿舍的空调坏了找谁", factory, "zh");
    expect(u).toMatchObject({ kind: "department", department: "admin" });
    expect(u.kind === "department" && u.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it("hears a property manager's callers asking for 客服 as its service centre", () => {
    routes(estate)("小区里的事情 你们客服能帮我问问吗", "estate_office");
  });
});

describe("the organisation's leadership", () => {
  it("is the executive office where there is one, not the duty manager", () => {
    const resort = load("eval/blind/xishan-resort.yaml");
    routes(resort)("我们是市里的 想找你们领导谈一下合作", "gm_office");
  });

  it("is the duty manager at a hotel without an executive office", () => {
    routes(hotel)("我要找你们领导", "duty_manager");
  });
});
