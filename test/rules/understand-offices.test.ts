import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { inferKinds } from "../../src/rules/understand/kinds-of.ts";
import { department } from "../support/departments.ts";
import { routes } from "../support/understanding.ts";

// Companies' and hotels' departments under the names real organisations give them, and the
// everyday requests their callers make, for a directory of names and a few descriptions; written
// from how such callers speak, none of these is in the eval sets.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const maker = load("test/rules/fixtures/appliance-maker.yaml");
const hotel = load("test/rules/fixtures/business-hotel.yaml");

describe("departments under the names organisations give them", () => {
  it.each([
    [{ zh: "资材部", en: "资材部" }, "company", ["purchasing"]],
    [{ zh: "计划部", en: "Production Control" }, "company", ["production"]],
    [{ zh: "物控部", en: "Material Control" }, "company", ["production"]],
    [{ zh: "信息技术中心", en: "IT Service Desk" }, "company", ["it"]],
    [{ zh: "财务共享中心", en: "Finance Shared Services" }, "company", ["finance"]],
    [{ zh: "结算部", en: "结算部" }, "company", ["finance"]],
    [{ zh: "税务部", en: "Tax Department" }, "company", ["finance"]],
    [{ zh: "证券部", en: "Investor Relations" }, "company", ["executive"]],
    [{ zh: "风控部", en: "Risk Control" }, "company", ["legal"]],
    [{ zh: "客诉中心", en: "客诉中心" }, "company", ["after_sales"]],
    [{ zh: "维修服务部", en: "Repair Service" }, "company", ["after_sales"]],
    [{ zh: "收货部", en: "Goods In" }, "company", ["warehouse"]],
    [{ zh: "招聘部", en: "招聘部" }, "company", ["hr"]],
    [{ zh: "薪酬福利部", en: "Compensation & Benefits" }, "company", ["hr"]],
    [{ zh: "员工关系部", en: "Employee Relations" }, "company", ["hr"]],
    [{ zh: "行政后勤部", en: "Workplace" }, "company", ["administration"]],
    [{ zh: "工艺部", en: "Process Engineering" }, "company", ["rnd"]],
    // A company's 商务中心 is its commercial team; a hotel's prints boarding passes.
    [{ zh: "商务中心", en: "商务中心" }, "company", ["sales"]],
    [{ zh: "商务中心", en: "商务中心" }, "hotel", ["business_centre"]],
    // A hotel's 客服中心 takes its guests' requests; a company's answers its customers.
    [{ zh: "客服中心", en: "客服中心" }, "hotel", ["front_desk"]],
    [{ zh: "客服中心", en: "客服中心" }, "company", ["after_sales"]],
    [{ zh: "夜审", en: "Night Audit" }, "hotel", ["finance"]],
    [{ zh: "收益管理部", en: "Revenue Management" }, "hotel", ["reservations"]],
    [{ zh: "电话总机", en: "PBX" }, "hotel", ["operator"]],
    [{ zh: "市场传讯部", en: "Marketing Communications" }, "hotel", ["marketing"]],
    [{ zh: "管事部", en: "Stewarding" }, "hotel", ["food_beverage"]],
    [{ zh: "培训部", en: "Training Department" }, "hotel", ["hr"]],
  ] as const)("%j at a %s is %j", (name, organisation, kinds) => {
    expect(inferKinds(department("d", name), organisation).sort()).toEqual([...kinds].sort());
  });
});

describe("a company's callers, in everyday words", () => {
  it.each([
    // Finance: payments chased, invoices, bank details, audits, expenses.
    ["我出差的报销怎么还没打到卡上", "finance"],
    ["想要一份你们的收款账户信息", "finance"],
    ["麻烦催一下款 都拖了三个月了", "finance"],
    ["承兑汇票可以吗", "finance"],
    ["请问你们是一般纳税人吗", "finance"],
    ["审计师事务所 来做年审的", "finance"],
    ["who do I talk to about a credit note", "finance"],
    ["can help me check if the money transferred already", "finance"],
    // HR: jobs, leave, letters and benefits.
    ["想来你们厂上班 怎么报名", "people"],
    ["生育津贴怎么申领", "people"],
    ["个税专项附加扣除在哪填", "people"],
    ["who handles maternity leave", "people"],
    ["I want to know my leave balance", "people"],
    ["I need my relieving letter and experience certificate", "people"],
    ["when will my PF be transferred", "people"],
    ["are you taking on any staff at the moment", "people"],
    ["I'm ringing about the job advert for a forklift driver", "people"],
    // Administration and reception.
    ["明天有客人来 要安排接待和午餐", "admin"],
    ["请问名片怎么申请印", "admin"],
    ["I'd like to order business cards", "admin"],
    ["the coffee machine on floor two is broken", "admin"],
    ["我来送文件的 给你们李经理", "reception"],
    ["我是顺丰的 有个快递要签收", "reception"],
    ["I'm here to drop off some documents for Ms Lin", "reception"],
    // Sales, buying, planning.
    ["I want to buy in bulk, who do I talk to", "sales"],
    ["can I speak to your buyer about our quote", "materials"],
    ["我们的订单排产了吗 什么时候能出货", "planning"],
    ["交货期排到什么时候了", "planning"],
    ["能不能插个单 急用", "planning"],
    ["can you expedite our order, we need it by the end of the month", "planning"],
    ["when will our order be ready to ship", "planning"],
    // Quality: certificates, audits, defects.
    ["请提供一下COA", "quality"],
    ["你们的产品有没有CCC认证 3C证书", "quality"],
    ["我们要来你们工厂验厂", "quality"],
    ["产品有批量性的不良 需要你们来处理", "quality"],
    ["we need the material certificates for the last batch", "quality"],
    ["we'd like to audit your factory next month", "quality"],
    // The warehouse, after-sales and IT.
    ["发错货了 少发了两箱", "logistics"],
    ["新买的洗碗机要怎么装", "service"],
    ["配件在哪里买 锅盖坏了", "service"],
    ["do you sell spare parts for the model MD200", "service"],
    ["where can I buy a replacement filter", "service"],
    ["need a new starter's account set up", "it"],
  ])("%s → %s", (said, key) => routes(maker)(said, key));
});

describe("a hotel's guests and callers, in everyday words", () => {
  it.each([
    ["can I add my colleague to the room, he's coming tomorrow", "front"],
    ["I need to change the name on the room, my husband will stay instead", "front"],
    ["can I leave my car keys for my friend who's picking up the car", "front"],
    ["please hold my mail till I come back", "front"],
    ["我们几个人能不能先把行李放这 房间好了再入住", "front"],
    ["帮我查一下房间里的迷你吧消费", "front"],
    ["is breakfast included in the rate", "reservations"],
    ["I'd like to reserve a connecting room for my family", "reservations"],
    ["can I have a yoga mat in the room", "rooms"],
    ["could we have our room serviced after 2pm please", "rooms"],
    ["the bathroom fan is very noisy", "engineering"],
    ["I need help shipping a box back to the UK", "concierge"],
    ["we're looking for a hotel for our staff who travel here every month", "sales"],
    ["can you give us a quote for twenty rooms for a tour group", "sales"],
    ["我们航空公司的机组想长期入住", "sales"],
    ["下个月要订十五间房 想谈个团队价", "sales"],
    ["we need a room block for our delegation in April", "sales"],
    ["can we change the room setup from theatre style to classroom style", "events"],
    ["明天的台型能不能改成课桌式", "events"],
    ["I'd like to apply for the front desk job", "hr"],
    ["my car got broken into in your car park", "security"],
    ["there's a man acting weird near the lifts", "security"],
    ["I need to scan my passport and email it", "business"],
    ["可以扫描一下身份证吗", "business"],
  ])("%s → %s", (said, key) => routes(hotel)(said, key));
});
