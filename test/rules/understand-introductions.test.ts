import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { CONFIDENT, understand } from "../../src/rules/understand/index.ts";
import { kindsOf } from "../../src/rules/understand/kinds-of.ts";
import { withoutIntroduction } from "../../src/rules/understand/speech.ts";
import { department } from "../support/departments.ts";
import { languageOf, routes } from "../support/understanding.ts";

// Callers say who they are before what they want. What they want decides where the call goes,
// unless it could go to two places and who they are tells which.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const company = load("directory/huaxin-manufacturing.yaml");

describe("withoutIntroduction", () => {
  it.each([
    ["我是给你们拉货的车队 运费拖了两个月了还没结", "运费拖了两个月了还没结"],
    ["喂 你好 我们是一家企业 想来开宣讲会", "想来开宣讲会"],
    ["hello, I'm with a haulage firm, we haven't been paid", "we havent been paid"],
    ["hi um I'm a new student and I want a single room", "and i want a single room"],
    ["this is ward six, the computer keeps freezing", "the computer keeps freezing"],
  ])("%s → %s", (said, rest) => {
    expect(withoutIntroduction(said)).toBe(rest);
  });

  it.each([
    "我是来面试的 请问找谁",
    "我是想问一下发票的事",
    "this is about my invoice",
    "I'm a guest in 305 and the shower is broken",
    "I'm looking for the sales office",
    "我是供应商",
  ])("finds no introduction in %s", (said) => {
    expect(withoutIntroduction(said)).toBeNull();
  });
});

describe("a caller who says who they are first", () => {
  it.each([
    ["我们是做物流运输的车队，上个月的运费一直没结", "zh", "finance"],
    ["hello, I'm with a haulage company, we still haven't been paid for March", "en", "finance"],
    ["我们是一家物流公司 想问一下你们招不招司机", "zh", "hr"],
    ["我是你们的供应商 发票已经开了 想问问什么时候付款", "zh", "finance"],
  ] as const)("%s (%s) → %s, as asked", (said, language, department) => {
    const u = understand(said, company, language);
    expect(u).toMatchObject({ kind: "department", department });
    expect(u.kind === "department" && u.confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });

  it("is heard by who they are when the request alone could go to two places", () => {
    expect(understand("I'm a journalist and I'd like an interview", company, "en")).toMatchObject({
      kind: "department",
      department: "marketing",
    });
    expect(understand("我是供应商", company, "zh")).toMatchObject({
      kind: "department",
      department: "purchasing",
    });
  });
});

describe("a colleague who says their name and department first", () => {
  // 张伟 works in Sales, 王磊 in Technical Support: calling, they are not whom they ask for.
  it.each([
    ["hi it's Zhang Wei from sales, my email account is locked", "it"],
    ["it's Wang Lei from tech support I need to talk to finance about a payment", "finance"],
  ])("%s → %s", (said, department) => routes(company)(said, department));

  it("is still put through to the one asked for by name", () => {
    expect(
      understand("is it Zhang Wei from sales who handles quotes", company, "en"),
    ).toMatchObject({
      kind: "person",
      staff: "zhang_wei",
    });
    expect(
      understand("hi it's Zhang Wei from sales, can you put me through to Chen Li", company, "en"),
    ).toMatchObject({ kind: "person", staff: "chen_li" });
  });
});

describe("a caller who says what they are to the company: a supplier, a customer, an authority", () => {
  // A food maker with a supply chain department and no logistics one, written from the docs.
  const foods: Directory = {
    ...company,
    organisation: {
      ...company.organisation,
      name: { zh: "绿野食品", en: "Greenfield Foods" },
      operatorDepartment: "reception",
      complaintsDepartment: "reception",
    },
    departments: [
      department("reception", { zh: "前台", en: "Reception" }),
      department("sales", { zh: "销售部", en: "Sales" }),
      department("supply_chain", { zh: "供应链部", en: "Supply Chain" }),
      department("production", { zh: "生产部", en: "Production" }),
      department("quality", { zh: "品质部", en: "Quality" }),
      department("legal", { zh: "法务部", en: "Legal" }),
      department("ehs", { zh: "安全环保部", en: "EHS" }),
      department("finance", { zh: "财务部", en: "Finance" }),
      department("marketing", { zh: "市场部", en: "Marketing" }),
      department("hr", { zh: "人力资源部", en: "HR" }),
    ],
    staff: [],
    knowledge: [],
  };

  it.each([
    // A supplier offering its service: whoever buys it, never sales.
    [
      "hi, we're a trucking company and we'd like to quote for carrying your frozen products to Guangzhou",
      "supply_chain",
    ],
    ["我们是一家包装公司 你们的纸箱我们都能做 价格可以谈", "supply_chain"],
    // A distributor's contract and rebates are the sales team's, its order's shipping the
    // supply chain's.
    ["我们是你们的代理商 代理合同要续签了 明年的指标怎么定", "sales"],
    ["我们是经销商 前天订的货发出来没有 运单号发我一下", "supply_chain"],
    // An authority is the department that deals with it, whatever its papers are called.
    [
      "hello this is the city fire department, we'd like to book a routine inspection of your plant next week",
      "ehs",
    ],
    ["我是环保局的 你们上报的材料有几份要补充", "ehs"],
    // What they ask still decides when it plainly asks for one department.
    [
      "hi I'm from the packaging supplier, we still haven't been paid for the March delivery",
      "finance",
    ],
    // A business buying from us is no supplier.
    [
      "we're a trucking company and we'd like to buy twenty cases of your frozen dumplings",
      "sales",
    ],
    // The caller's title, said after who they are, is theirs, not a department asked for.
    ["你好 我是工商银行的 客户经理 想找一下你们财务", "finance"],
  ])("%s → %s", (said, key) => {
    const u = understand(said, foods, languageOf(said));
    expect(u).toMatchObject({ kind: "department", department: key });
    expect(u.kind === "department" && u.confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });

  it("puts a courier or a supplier at the door through to the office they came for", () => {
    const withOffice: Directory = {
      ...foods,
      departments: [
        ...foods.departments,
        department(
          "admin",
          { zh: "行政部", en: "Administration" },
          "office services, post and parcels",
        ),
        department("warehouse", { zh: "仓库", en: "Warehouse" }),
      ],
    };
    const to = routes(withOffice);
    to(
      "hello I'm from FedEx, I have a parcel here and nobody at your office will sign for it",
      "admin",
    );
    to("你好 我是顺丰的 有个文件要送过来 需要签收", "admin");
    // A supplier come by appointment is for whoever they serve, not for reception.
    to("我们是空调维保的 跟你们约好了今天上门 找谁", "admin");
    to("我们是供应商 到你们公司楼下了 找谁", "supply_chain");
    // Come to collect goods, the courier is the warehouse's.
    to("hi this is the DHL driver, here to collect the pallets from your warehouse", "warehouse");
    to("你好 我是顺丰的 来你们仓库取件", "warehouse");
    // Where no office says it takes in the post, reception does.
    routes(foods)("你好 我是顺丰的 有个文件要送过来 需要签收", "reception");
    const officeOfOtherThings = {
      ...withOffice,
      departments: withOffice.departments.map((d) =>
        d.key === "admin"
          ? department("admin", { zh: "行政部", en: "Administration" }, "meeting rooms and cars")
          : d,
      ),
    };
    routes(officeOfOtherThings)("我是顺丰的 有个快递要签收", "reception");
    routes(officeOfOtherThings)(
      "hello I'm a courier with an envelope for your office",
      "reception",
    );
  });

  it.each([
    // What a customer found in the product is the quality team's, whoever the customer is.
    ["你好 我们是超市的 你们这批罐头里面有异物", "quality"],
    [
      "hi I'm a store manager at a supermarket, a customer found glass fragments in a jar of your jam",
      "quality",
    ],
    // A machine supplier come about a line that is down is production's.
    ["我们是设备厂家的 你们那条灌装线停了 我们工程师下午过去", "production"],
  ])("%s → %s, by what they say of the product or the line", (said, key) =>
    routes(foods)(said, key),
  );

  it.each([
    "hi, I work as an engineer at another manufacturer and I'd like to know about any openings you have",
    "I'm a chemist at a university lab, are there any openings in your team",
  ])("%s → hr: someone working elsewhere asking about openings wants a job", (said) =>
    routes(foods)(said, "hr"),
  );

  it("hears a supply chain department as the one that ships, when no other does", () => {
    expect(kindsOf(foods).get("supply_chain")).toEqual(["purchasing", "logistics"]);
    const withWarehouse = {
      ...foods,
      departments: [
        ...foods.departments,
        department("warehouse", { zh: "仓储物流部", en: "Warehouse & Logistics" }),
      ],
    };
    expect(kindsOf(withWarehouse).get("supply_chain")).toEqual(["purchasing"]);
  });
});
