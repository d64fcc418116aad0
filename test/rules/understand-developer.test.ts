import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { understand } from "../../src/rules/understand/index.ts";
import { inferKinds, kindsOf } from "../../src/rules/understand/kinds-of.ts";
import { department } from "../support/departments.ts";
import { kindsReached, routes } from "../support/understanding.ts";

// A residential developer's departments understood from a directory of names and one-line
// descriptions (test/rules/fixtures/developer.yaml), beside its own property management company,
// with requests written from how home buyers and owners before and after handover speak; none of
// them is in the eval sets. A developer without a title or handover office hands their callers to
// the sales office and customer service; no other organisation hears a developer's words.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const developer = load("test/rules/fixtures/developer.yaml");

describe("a developer's departments, read from their names", () => {
  it.each([
    ["售楼部", "Sales Suite", "home_sales"],
    ["案场", "Show Flat", "home_sales"],
    ["产权办", "Property Titles", "title_deeds"],
    ["交房服务中心", "Handover Office", "handover"],
    ["房屋保修中心", "Home Warranty", "warranty_repairs"],
    ["物业公司", "Property Company", "property_service"],
  ] as const)("%s / %s is %s", (zh, en, kind) => {
    expect(inferKinds(department("d", { zh, en }), "company")[0]).toBe(kind);
  });

  it("reads a developer's own names, and its property company's", () => {
    expect(Object.fromEntries(kindsOf(developer))).toMatchObject({
      sales: ["home_sales"],
      mortgage: ["mortgages"],
      titles: ["title_deeds"],
      handover: ["handover"],
      customer: ["after_sales"],
      channel: ["partners"],
      construction: ["projects"],
      property: ["property_service"],
    });
    // Its warranty repairs are no building's maintenance team: a corridor light is the property company's.
    expect(kindsOf(developer).get("warranty")).toEqual(["warranty_repairs"]);
  });

  it("tells a developer's mortgage desk from a car dealer's by what it does", () => {
    const desk = (description: string) =>
      inferKinds(department("d", { zh: "按揭部", en: "Mortgage Desk" }, description), "company")[0];
    expect(desk("银行按揭和公积金贷款")).toBe("mortgages");
    expect(desk("车贷、汽车分期和车险")).toBe("car_finance");
  });
});

describe("a developer's callers", () => {
  it.each([
    ["你们那个楼盘现在均价多少", "sales"],
    ["想看看三室的户型 周末能去样板间吗", "sales"],
    ["什么时候开盘 要不要交认筹金", "sales"],
    ["I'm interested in buying a two bedroom flat, what's the price per square metre", "sales"],
    ["can I book a viewing of the show flat this weekend", "sales"],
    ["按揭资料交了一个月了 银行还没放款", "mortgage"],
    ["has the bank approved our mortgage yet", "mortgage"],
    ["网签合同什么时候能签", "titles"],
    ["房产证什么时候能办下来 都交房两年了", "titles"],
    ["购房合同上想加我老婆的名字", "titles"],
    ["when will we get the title deed for our apartment", "titles"],
    ["我们什么时候交房 说好六月的", "handover"],
    ["收到交房通知了 收房要带什么", "handover"],
    ["实测面积比合同少了 面积差怎么退", "handover"],
    ["when is the handover, we were told june", "handover"],
    ["卫生间往楼下渗水 还在保修期内", "warranty"],
    ["窗户一下雨就漏水 报了三次都没修好", "warranty"],
    ["there are cracks in the wall and the tiles are hollow, we moved in last year", "warranty"],
    ["the window leaks every time it rains and it's still under warranty", "warranty"],
    ["工地晚上十一点还在施工 吵得睡不着", "construction"],
    ["物业费怎么交", "property"],
    ["门禁卡丢了 补一张", "property"],
    ["楼道的灯坏了好几天了", "property"],
    ["the corridor light on our floor has been out for days", "property"],
    ["你们还招置业顾问吗", "hr"],
    ["我是中介的经纪人 想带客户过去看房 要先报备吗", "channel"],
    ["I'm a real estate agent with some clients, do you work with agents?", "channel"],
    ["我是二期的业主 想问问现在盖到几层了 什么时候封顶", "construction"],
    ["定金什么时候退回来 那套房我不要了", "finance"],
    ["有个案子要送达文书给你们公司", "legal"],
    ["我是晚报的 想做一篇你们楼盘的报道", "marketing"],
    ["上次反映的问题有结果了吗 说好会回访的", "customer"],
  ])("%s → %s", (said, key) => routes(developer)(said, key));

  it("hears a broken promise of the sales office as a complaint", () => {
    expect(understand("我要投诉你们售楼处 说好的学区没有了", developer, "zh")).toMatchObject({
      kind: "complaint",
    });
  });
});

describe("a developer with only a sales office, customer service and a property company", () => {
  const smaller = {
    ...developer,
    departments: developer.departments.filter((d) =>
      ["operator", "sales", "customer", "property", "finance", "hr"].includes(d.key),
    ),
  };

  it.each([
    ["网签合同什么时候能签", "sales"],
    ["按揭资料交了一个月了 银行还没放款", "sales"],
    ["我们什么时候交房 说好六月的", "customer"],
    ["墙面开裂了 瓷砖也空鼓 保修期内找谁修", "customer"],
  ])("%s → %s", (said, key) => routes(smaller)(said, key));
});

describe("other organisations hear none of a developer's words", () => {
  const development = ["home_sales", "title_deeds", "handover", "warranty_repairs"];
  it.each([
    ["directory/huaxin-manufacturing.yaml", "这批货什么时候交付 合同上写的是月底"],
    [
      "directory/huaxin-manufacturing.yaml",
      "we need a copy of the signed contract and the invoice",
    ],
    ["directory/huaxin-manufacturing.yaml", "想问一下你们的产品价格表"],
    ["directory/lakeside-hotel.yaml", "the window in my room leaks when it rains"],
    ["eval/blind/ruikang-pharma.yaml", "we'd like to talk about the phase two study"],
  ])("%s: %s", (file, said) => {
    const got = kindsReached(load(file), said);
    for (const kind of development) expect(got).not.toContain(kind);
  });
});
