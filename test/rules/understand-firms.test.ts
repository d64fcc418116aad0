import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { departmentIndex } from "../../src/rules/understand/departments.ts";
import { inferKinds, kindsOf } from "../../src/rules/understand/kinds-of.ts";
import { department } from "../support/departments.ts";
import { routes } from "../support/understanding.ts";

// A law firm's practice groups and a brand's press office, online shops and livestream team,
// understood from directories of names and one-line descriptions (test/rules/fixtures), with
// requests written from how such callers speak; none of them is in the eval sets. A hotel and a factory hear none of a criminal lawyer's or a conveyancer's words.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const firm = load("test/rules/fixtures/law-firm.yaml");
const hotel = load("directory/lakeside-hotel.yaml");
const factory = load("directory/huaxin-manufacturing.yaml");

describe("the kinds of firms, read from names", () => {
  it.each([
    ["诉讼仲裁部", "Litigation & Arbitration", "litigation"],
    ["争议解决部", "Dispute Resolution", "litigation"],
    ["公司并购部", "Corporate & M&A", "corporate_law"],
    ["知识产权部", "Intellectual Property", "ip_law"],
    ["劳动人事组", "Labour & Employment", "employment_law"],
    ["金融与资本市场部", "Banking & Capital Markets", "capital_markets"],
    ["刑事辩护部", "Criminal Defence", "criminal_defence"],
    ["主任办公室", "Managing Partner's Office", "executive"],
    ["公关部", "Public Relations", "public_relations"],
    ["电商运营部", "E-commerce Operations", "ecommerce"],
    ["直播运营部", "Livestream Team", "livestream"],
  ] as const)("%s / %s is %s", (zh, en, kind) => {
    expect(inferKinds(department("d", { zh, en }), "company")[0]).toBe(kind);
  });

  it("reads a guards' office as security, not a securities practice", () => {
    expect(inferKinds(department("d", { zh: "保安部", en: "Security" }), "company")).toEqual([
      "security",
    ]);
  });

  it("reads a fleet sales desk as sales, not a corporate law practice", () => {
    const kinds = inferKinds(
      department("d", { zh: "大客户部", en: "Fleet & Corporate Sales" }),
      "company",
    );
    expect(kinds).toContain("sales");
    expect(kinds).not.toContain("corporate_law");
  });

  it("gives each practice group its own kind", () => {
    const kinds = kindsOf(firm);
    expect(kinds.get("disputes")).toEqual(["litigation"]);
    expect(kinds.get("employment")).toEqual(["employment_law"]);
    expect(kinds.get("managing_partner")).toEqual(["executive"]);
  });
});

describe("a law firm written from names and descriptions", () => {
  it.each([
    ["对方欠我们货款一直不还 想起诉他们", "disputes"],
    ["我们被人告了 收到法院传票 下周开庭", "disputes"],
    ["判决下来半年了对方还是不给钱 怎么申请强制执行", "disputes"],
    ["our supplier breached the contract and we want to take them to court", "disputes"],
    ["we've been served with a lawsuit by a former distributor", "disputes"],
    ["我们想收购一家工厂 需要做尽职调查", "corporate"],
    ["外国投资人想在上海设立一家外商独资企业", "corporate"],
    ["we need a lawyer for a joint venture with a Chinese partner", "corporate"],
    ["can you help with a share purchase agreement", "corporate"],
    ["我们的商标被别人抢注了", "ip"],
    ["网上有人卖我们产品的山寨货 想打假", "ip"],
    ["we want to file a patent for our new design", "ip"],
    ["there are counterfeits of our handbags on a shopping site", "ip"],
    ["公司无故把我辞退了 一分钱补偿都没有", "employment"],
    ["老板拖欠工资三个月了 能不能申请劳动仲裁", "employment"],
    ["I was laid off last month and they refuse to give me severance", "employment"],
    ["I think this is wrongful dismissal", "employment"],
    ["开发商延期交房快一年了", "property"],
    ["房东不退押金 想咨询一下", "property"],
    ["the developer still hasn't given me the title deed for my flat", "property"],
    ["我们公司准备在港股上市 想找律师", "finance_law"],
    ["我们在做一笔银团贷款 需要境内律师", "finance_law"],
    ["we're issuing bonds next quarter and need legal counsel", "finance_law"],
    ["我弟弟昨天被刑拘了 想请律师去看守所会见", "criminal"],
    ["my husband was arrested last night, can a lawyer get him bail", "criminal"],
    ["上个月的律师费发票还没收到", "accounts"],
    ["我想投简历 你们还招律师助理吗", "hr"],
    ["I'd like to speak to the managing partner", "managing_partner"],
  ])("%s → %s", (said, key) => routes(firm)(said, key));
});

describe("a brand with a press office, online shops and a livestream team", () => {
  const brand = structuredClone(factory);
  brand.departments.push(
    department("press", { zh: "公关部", en: "Public Relations" }, "媒体采访"),
    department("online", { zh: "电商运营部", en: "E-commerce Operations" }, "天猫京东店铺"),
    department("live", { zh: "直播运营部", en: "Livestream Team" }, "直播间和达人合作"),
  );
  it.each([
    ["我们是一家代运营公司 想帮你们做店铺运营", "online"],
    ["双十一大促的活动报名找谁", "online"],
    ["we run marketplace stores and want to manage your product listings", "online"],
    ["我是做带货的主播 想跟你们谈谈直播合作", "live"],
    ["we represent influencers and want to host your products on a live stream", "live"],
    ["我是报社记者 想就你们的声明核实一下", "press"],
    ["press enquiry about the statement you issued yesterday", "press"],
  ])("%s → %s", (said, key) => routes(brand)(said, key));

  it("still sends advertising to marketing", () => {
    routes(brand)("我们想在你们展会上买个广告位", "marketing");
  });
});

describe("where there is no such department", () => {
  it("gives a hotel and a factory none of a criminal lawyer's, a conveyancer's or a banker's words", () => {
    const alien = ["criminal_defence", "real_estate_law", "capital_markets"];
    for (const dir of [hotel, factory]) {
      const from = departmentIndex(dir).phrases.flatMap((p) => p.cues.map((c) => c.from));
      expect(from.filter((f) => alien.includes(f))).toEqual([]);
    }
  });

  it("hands a lawsuit to a company's own legal department", () => {
    routes(factory)("a customer is threatening to sue us over a contract", "legal");
    routes(factory)("我们被供应商起诉了 收到了法院传票", "legal");
    routes(factory)("有人假冒我们的商标", "legal");
  });
});
