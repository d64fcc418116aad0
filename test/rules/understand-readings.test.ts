import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { CONFIDENT, understand } from "../../src/rules/understand/index.ts";
import { department } from "../support/departments.ts";
import { languageOf, routes } from "../support/understanding.ts";

// What a request is, read as a whole, deciding whose work its words name: a shopper's own order,
// a planned cut in supply, a parent collecting a child. None of these sentences is in the eval sets.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const maker = load("test/rules/fixtures/appliance-maker.yaml");
const utility = load("test/rules/fixtures/utility.yaml");
const property = load("test/rules/fixtures/property.yaml");
const school = load("test/rules/fixtures/school.yaml");
const hotel = load("test/rules/fixtures/business-hotel.yaml");

/** Put through to this department without asking. */
const surely = (dir: Directory) => (said: string, key: string) => {
  const u = understand(said, dir, languageOf(said));
  expect(u).toMatchObject({ kind: "department", department: key });
  expect(u.kind === "department" ? u.confidence : 0).toBeGreaterThanOrEqual(CONFIDENT);
};

describe("a shopper's own order", () => {
  it.each([
    ["我在京东买的空调 一个礼拜了物流一直不动", "service"],
    ["我的快递显示已签收 可是我没收到", "service"],
    ["我在网上买的电风扇 什么时候能到", "service"],
    ["我在你们淘宝 不对 是京东那个店 买的空调 物流一直不动", "service"],
    ["I bought a fan online and the tracking hasn't updated for a week", "service"],
  ])("%s → customer service, not logistics", (said, key) => {
    routes(maker)(said, key);
  });

  it("reads 'my order' as a shopper's where the organisation sells online", () => {
    const shop: Directory = {
      ...maker,
      departments: [
        ...maker.departments,
        department("online", { zh: "电商部", en: "E-commerce" }, "天猫京东店铺"),
      ],
    };
    routes(shop)("my order still hasn't arrived, when will it be delivered", "service");
    routes(shop)("我下错单了 还没发货的话能不能改一下", "service");
    // A maker selling to businesses only: their order is logistics'.
    routes(maker)("my order still hasn't arrived, when will it be delivered", "logistics");
  });

  it("leaves a business's shipments, and the department called by its name, to logistics", () => {
    routes(maker)("我们的货什么时候发", "logistics");
    routes(maker)("我买的东西 麻烦帮我转物流部", "logistics");
  });

  it("leaves a parcel to the tracking team where moving goods is the trade", () => {
    const courier: Directory = {
      ...maker,
      organisation: { ...maker.organisation, complaintsDepartment: "service" },
      departments: [
        department("service", { zh: "客服中心", en: "Customer Service" }),
        department("tracking", { zh: "查件中心", en: "Parcel Tracking" }),
        department("depot", { zh: "仓储部", en: "Warehouse" }),
      ],
      staff: [],
      knowledge: [],
    };
    routes(courier)("我在网上买的东西 快递到哪了 一直没更新", "tracking");
  });
});

describe("a planned cut in supply", () => {
  it.each([
    ["明天停水 几点到几点", "hall"],
    ["楼下贴了停水通知 要停多久", "hall"],
    ["when will the water be back on after the planned works", "hall"],
  ])("%s → the service hall, not home repairs", (said, key) => {
    surely(utility)(said, key);
  });

  it("is the residents' service desk's at a property manager", () => {
    surely(property)(
      "there's a notice about a water shutoff tomorrow, how long will it be",
      "service_desk",
    );
  });

  it("leaves water gone without warning to the repair crew", () => {
    routes(utility)("突然停水了 什么时候能恢复", "repairs");
  });
});

describe("a parent collecting a child", () => {
  it.each([
    "I need to pick up my son early today",
    "I'll be collecting my daughter at noon for a dentist appointment",
  ])("%s → a section office, not the school bus", (said) => {
    const u = understand(said, school, "en");
    expect(u).toMatchObject({ kind: "department" });
    expect(u.kind === "department" && ["primary", "middle"].includes(u.department)).toBe(true);
  });
});

describe("something left behind at a place named before", () => {
  const withLostProperty: Directory = {
    ...hotel,
    departments: [
      ...hotel.departments,
      department("lost", { zh: "失物招领", en: "Lost and Found" }, "遗失物品"),
    ],
  };
  it.each([
    "我昨天在你们餐厅吃饭 好像把钱包落在那了",
    "前天在你们健身房锻炼 手机忘在那里了",
    "we had dinner in your restaurant last night and I think I left my glasses there",
  ])("%s → lost property, not the place", (said) => {
    surely(withLostProperty)(said, "lost");
  });

  it("leaves the place to itself when nothing was left there", () => {
    routes(withLostProperty)("餐厅在那边吗", "dining");
  });
});
