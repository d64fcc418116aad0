import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { understand } from "../../src/rules/understand/index.ts";
import { inferKinds } from "../../src/rules/understand/kinds-of.ts";
import { department } from "../support/departments.ts";
import { kindsReached, routes } from "../support/understanding.ts";

// An insurer's departments understood from a directory of names and one-line descriptions
// (test/rules/fixtures/insurer.yaml), with requests written from how policyholders, accident
// victims, businesses and agents speak; none of them is in the eval sets. A car dealer's
// insurance desk and a hospital's insurance office keep their own callers.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const insurer = load("test/rules/fixtures/insurer.yaml");

describe("an insurer's departments, read from their names", () => {
  it.each([
    ["保全部", "Policy Services", "policy_service"],
    ["车险理赔部", "Motor Claims", "motor_claims"],
    ["非车险理赔部", "Property and Liability Claims", "property_claims"],
    ["核保部", "Underwriting", "underwriting"],
    ["车险业务部", "Motor Insurance", "motor_insurance"],
    ["企业保险部", "Commercial Insurance", "commercial_insurance"],
    ["个人代理部", "Agency Channel", "agency"],
    ["电话销售中心", "Telesales Centre", "telesales"],
    ["反欺诈中心", "Anti-Fraud Unit", "anti_fraud"],
    ["消费者权益保护部", "Consumer Protection Office", "consumer_protection"],
  ] as const)("%s / %s is %s", (zh, en, kind) => {
    expect(inferKinds(department("d", { zh, en }), "company")[0]).toBe(kind);
  });

  it("keeps a car dealer's and a hospital's insurance desks their own", () => {
    const dealer = department("d", { zh: "金融保险部", en: "Finance & Insurance" });
    expect(inferKinds(dealer, "company")[0]).toBe("car_finance");
    const hospital = department("d", { zh: "医保办", en: "Insurance Office" });
    expect(inferKinds(hospital, "company")[0]).toBe("medical_insurance");
  });

  it.each([
    ["营业厅", "Customer Service Hall"],
    ["营业厅", "Business Hall"],
    ["营业厅", "Service Centre"],
  ])("does not read any trade's %s / %s as an insurer's counter", (zh, en) => {
    // A gas company's, a phone company's or a bank's: callers ask an insurer's for it still.
    expect(inferKinds(department("d", { zh, en }), "company")).not.toContain("policy_service");
  });
});

describe("an insurer's callers", () => {
  it.each([
    ["我想把保单上的受益人改成我女儿", "policies"],
    ["车已经卖了 那个保险能不能退 退保要什么手续", "policies"],
    ["I've lost my policy document, can you send me a copy", "policies"],
    ["我想去你们营业厅办一下 在哪里", "policies"],
    ["喂 我刚才在高架上被人追尾了 要报案", "car_claims"],
    ["someone hit my car in the car park and drove off, can I make a claim", "car_claims"],
    ["定损员什么时候过来 车还在修理厂等着", "car_claims"],
    ["上礼拜家里进小偷了 笔记本被偷了 家财险能赔吗", "other_claims"],
    [
      "the pipe upstairs leaked into our flat last week, the ceiling is ruined, is that on my home insurance",
      "other_claims",
    ],
    ["住院的发票原件寄给你们了 医疗险报销到哪一步了", "other_claims"],
    [
      "our proposal was declined, we want to know why and whether a survey would help",
      "underwriting",
    ],
    ["交强险加商业险 帮我报个价", "motor"],
    ["my car insurance is due for renewal, can I get a quote", "motor"],
    ["我们工厂想给厂房和设备买财产险 还有员工的团体意外险", "business"],
    ["we need annual cargo insurance for our exports", "business"],
    ["我想做保险代理人 你们还招人吗", "agents"],
    ["你们电销早上给我打过电话 说续保有优惠", "phone_sales"],
    ["I missed a call from your phone sales team this morning", "phone_sales"],
    ["我要举报有人故意撞车骗保", "investigations"],
    [
      "I want to report a fake claim, I think my neighbour is committing insurance fraud",
      "investigations",
    ],
    ["I want to take this to the financial ombudsman", "complaints"],
  ])("%s → %s", (said, key) => routes(insurer)(said, key));
});

describe("an insurer's aggrieved callers", () => {
  it.each(["你们拒赔了 我不服", "我那个案子理赔争议拖了三个月了"])(
    "%s is a complaint, not a claim",
    (said) => {
      expect(understand(said, insurer, "zh")).toMatchObject({ kind: "complaint" });
    },
  );

  it("hears an agent's code and a manual underwriting review as no call for the operator", () => {
    routes(insurer)("投保的时候系统说要人工核保 卡住了", "underwriting");
    routes(insurer)("I'm one of your agents and my agent code is locked", "agents");
  });
});

describe("other organisations hear none of an insurer's words", () => {
  it.each([
    ["eval/blind/tianma-auto.yaml", "my car insurance is up for renewal next month"],
    ["eval/blind/tianma-auto.yaml", "车险到期了 想续保"],
    ["eval/blind/lvyuan-hospital.yaml", "住院费用商业保险能直接报销吗"],
    ["directory/lakeside-hotel.yaml", "I missed a call from this number"],
  ])("%s: %s", (file, said) => {
    const got = kindsReached(load(file), said);
    for (const kind of ["motor_insurance", "property_claims", "telesales", "policy_service"]) {
      expect(got).not.toContain(kind);
    }
  });
});
