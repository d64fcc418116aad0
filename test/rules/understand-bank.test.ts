import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { understand } from "../../src/rules/understand/index.ts";
import { BANKING_KINDS } from "../../src/rules/understand/kinds/banking.ts";
import type { Kind } from "../../src/rules/understand/kinds.ts";
import { inferKinds, kindsOf } from "../../src/rules/understand/kinds-of.ts";
import { department } from "../support/departments.ts";
import { kindsReached, routes } from "../support/understanding.ts";

// A city commercial bank's departments understood from a directory of names and one-line
// descriptions (test/rules/fixtures/bank.yaml), with requests written from how account holders,
// borrowers, card holders, businesses and people who have been defrauded speak; none of them is in
// the eval sets. A bank without a card centre, a fraud desk or an e-banking office hands their
// callers to the branch counters; no other organisation hears a bank's words.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const bank = load("test/rules/fixtures/bank.yaml");

describe("a bank's departments, read from their names", () => {
  it.each([
    ["零售银行部", "Retail Banking", "retail_banking"],
    ["储蓄所", "Savings Office", "retail_banking"],
    ["个贷中心", "Personal Loans", "personal_loans"],
    ["按揭中心", "Mortgage Centre", "mortgages"],
    ["信用卡部", "Credit Cards", "credit_cards"],
    ["私人银行部", "Private Banking", "wealth_management"],
    ["对公业务部", "Business Banking", "corporate_banking"],
    ["小微企业金融部", "SME Banking", "sme_banking"],
    ["外汇业务部", "Foreign Exchange", "international_banking"],
    ["网络金融部", "Online Banking", "ebanking"],
    ["账户安全中心", "Card Security", "account_security"],
  ] as const)("%s / %s is %s", (zh, en, kind) => {
    expect(inferKinds(department("d", { zh, en }), "company")[0]).toBe(kind);
  });

  it("reads a bank's own names", () => {
    expect(Object.fromEntries(kindsOf(bank))).toMatchObject({
      personal: ["retail_banking"],
      lending: ["personal_loans"],
      mortgage: ["mortgages"],
      cards: ["credit_cards"],
      wealth: ["wealth_management"],
      corporate: ["corporate_banking"],
      small_business: ["sme_banking"],
      fx: ["international_banking"],
      ebank: ["ebanking"],
      fraud: ["account_security"],
      complaints: ["consumer_protection"],
    });
  });

  it("tells a bank's fraud centre from an insurer's by what it does", () => {
    const fraud = (description: string) =>
      inferKinds(
        department("d", { zh: "反欺诈中心", en: "Fraud Department" }, description),
        "company",
      )[0];
    expect(fraud("银行卡盗刷、电信诈骗和紧急挂失")).toBe("account_security");
    expect(fraud("骗保举报和理赔调查")).toBe("anti_fraud");
  });
});

describe("a bank's callers", () => {
  it.each([
    ["卡被ATM吞了 怎么办", "personal"],
    ["喂 我那个卡 就是工资卡 密码输错三次锁了", "personal"],
    ["明天想取二十万现金 要不要预约", "personal"],
    ["我妈去世了 她的存款怎么继承", "personal"],
    ["the ATM swallowed my card this morning", "personal"],
    ["I need a bank statement for my visa application", "personal"],
    ["消费贷提前还款有没有违约金", "lending"],
    ["征信上有一笔逾期 想问问能不能贷款", "lending"],
    ["can I borrow fifty thousand for a car", "lending"],
    ["我们刚买房子 想问下按揭要什么资料", "mortgage"],
    ["公积金贷款和商贷组合贷可以吗", "mortgage"],
    ["I want to pay off my mortgage early", "mortgage"],
    ["这个月的信用卡账单能不能分期", "cards"],
    ["can I get a higher credit limit", "cards"],
    ["My credit card bill is wrong, they charged me twice for one dinner", "cards"],
    ["信用卡账单不对 一笔消费扣了两次", "cards"],
    ["我买的基金亏了不少 想赎回", "wealth"],
    ["黄金积存金怎么买", "wealth"],
    ["I'd like to talk to someone about investing", "wealth"],
    ["公司要开个对公账户 基本户", "corporate"],
    ["我们要开一张投标保函", "corporate"],
    ["we need a working capital loan for our company", "corporate"],
    ["我是个体户 开饭店的 能贷点经营贷吗", "small_business"],
    ["I run a small shop and need a business loan", "small_business"],
    ["孩子在澳洲读书 每年要汇生活费", "fx"],
    ["I'm expecting a payment from abroad, has it arrived", "fx"],
    ["手机银行登录不上 一直提示密码错误", "ebank"],
    ["U盾插上没反应", "ebank"],
    ["the app keeps crashing when I try to pay", "ebank"],
    ["刚才收到短信说我卡被消费了两千 不是我消费的", "fraud"],
    ["有个自称公安的让我把钱转到安全账户", "fraud"],
    ["my wallet was stolen with all my cards in it", "fraud"],
    ["I think I've been scammed, someone called pretending to be from the bank", "fraud"],
    ["我的卡被冻结了 非柜面交易受限", "fraud"],
    ["哎呀我的银行卡丢了，丢了，要挂失", "fraud"],
    ["我的账户被限制非柜面交易了 怎么解除", "fraud"],
    ["我们村的农业合作社想贷款买农机", "small_business"],
    ["我们做外贸的 来证要审一下", "fx"],
    ["我们是公安局经侦的 需要协查一个账户", "legal"],
    ["we have a court order to freeze one of your customer's accounts", "legal"],
    ["社区想请你们来讲讲金融知识 防诈骗知识", "complaints"],
  ])("%s → %s", (said, key) => routes(bank)(said, key));

  it.each(["我要投诉你们柜员态度恶劣", "你们乱扣我年费 我要投诉"])("%s is a complaint", (said) => {
    expect(understand(said, bank, "zh")).toMatchObject({ kind: "complaint" });
  });
});

describe("a bank with only its counters, loans and corporate banking", () => {
  const smaller = {
    ...bank,
    departments: bank.departments.filter((d) =>
      ["operator", "personal", "lending", "corporate", "complaints", "hr"].includes(d.key),
    ),
  };

  it.each([
    ["信用卡额度太低了 想提额", "personal"],
    ["my credit card hasn't arrived yet", "personal"],
    ["手机银行转账限额怎么调", "personal"],
    ["钱包丢了 银行卡要挂失", "personal"],
    ["有没有收益高一点的理财产品", "personal"],
    ["房贷月供从卡里扣失败了", "lending"],
    ["开个小超市 想申请个收款码", "corporate"],
  ])("%s → %s", (said, key) => routes(smaller)(said, key));
});

describe("other organisations hear none of a bank's words", () => {
  const banking = Object.keys(BANKING_KINDS) as Kind[];
  it.each([
    ["directory/lakeside-hotel.yaml", "can I pay by credit card at the front desk"],
    ["directory/lakeside-hotel.yaml", "我想换点美元"],
    ["directory/lakeside-hotel.yaml", "my wallet was stolen in the lobby"],
    ["directory/huaxin-manufacturing.yaml", "你们的开户行和账号发我一下 我们要付货款"],
    ["directory/huaxin-manufacturing.yaml", "I forgot my email password"],
    ["directory/huaxin-manufacturing.yaml", "我们想做你们的经销商 需要多少资金"],
    ["eval/blind/tianma-auto.yaml", "买车想做个按揭 月供多少"],
  ])("%s: %s", (file, said) => {
    const got = kindsReached(load(file), said);
    for (const kind of banking) expect(got).not.toContain(kind);
  });
});
