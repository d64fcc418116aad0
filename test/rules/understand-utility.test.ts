import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { inferKinds, kindsOf } from "../../src/rules/understand/kinds-of.ts";
import { department } from "../support/departments.ts";
import { routes } from "../support/understanding.ts";

// A water and heating company's departments understood from a directory of names and one-line
// descriptions (test/rules/fixtures/utility.yaml), with requests written from how households,
// landlords, builders and contractors speak; none of them is in the eval sets. A utility without a
// meter-reading office or a pump office hands their callers to billing and the repair crew.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const utility = load("test/rules/fixtures/utility.yaml");

describe("a utility's departments, read from their names", () => {
  it.each([
    ["营业厅", "Customer Service Hall", "service_hall"],
    ["计量收费中心", "Metering and Billing", "utility_billing"],
    ["抄表所", "Meter Reading", "meter_reading"],
    ["表务所", "Meter Services", "meter_service"],
    ["报装接入部", "New Connections", "new_connections"],
    ["抢修中心", "Emergency Repair Crew", "supply_repair"],
    ["管网管理部", "Pipe Network", "pipe_network"],
    ["水质检测中心", "Water Quality Lab", "water_quality"],
    ["二次供水管理所", "Secondary Water Supply", "secondary_supply"],
    ["安全检查部", "Gas Safety Inspection", "gas_safety"],
    ["户内维修部", "Home Repairs", "home_repairs"],
    ["热力公司客服中心", "District Heating", "heating"],
    ["供电营业所", "Power Supply", "power_supply"],
  ] as const)("%s / %s is %s", (zh, en, kind) => {
    expect(inferKinds(department("d", { zh, en }), "company")[0]).toBe(kind);
  });

  it("reads a water and heating company's own names", () => {
    expect(Object.fromEntries(kindsOf(utility))).toMatchObject({
      hall: ["service_hall"],
      payments: ["utility_billing"],
      readers: ["meter_reading"],
      meters: ["meter_service"],
      connections: ["new_connections"],
      repairs: ["supply_repair"],
      mains: ["pipe_network"],
      lab: ["water_quality"],
      pumps: ["secondary_supply"],
      heat: ["heating"],
      home: ["home_repairs"],
    });
  });
});

describe("a utility's callers", () => {
  it.each([
    ["刚买的二手房 水的户头要改成我的名字", "hall"],
    ["我那张IC卡找不到了 怎么补办", "hall"],
    ["I need to put the water account in my name, I just moved in", "hall"],
    ["阶梯水价第三档是怎么算的 第二档的量我都没用到", "payments"],
    ["why am I in the second tier this month, I used the same as last month", "payments"],
    ["你们的人能不能周六来看表 平时家里没人", "readers"],
    ["我家是远传表 屏上显示一个故障码", "meters"],
    ["the water meter is leaking from the glass", "meters"],
    ["饭店要开业了 商铺用水怎么申请 初装费多少", "connections"],
    ["we're putting up a warehouse and need a water supply connected", "connections"],
    ["they dug a hole in the pavement to fix a pipe and never filled it in", "repairs"],
    ["要在人行道上开挖 想先查一下地下有没有水管", "mains"],
    ["水龙头放出来的水有股漂白粉味 还有点发黄", "lab"],
    ["is the tap water safe to drink, it looks cloudy", "lab"],
    ["住二十六楼 一到晚上水就很小", "pumps"],
    ["the pump room in our block makes a loud humming noise at night", "pumps"],
    ["室温才十五度 不达标 能来人测个温吗", "heat"],
    ["the flat is freezing even though the heating season started last week", "heat"],
    ["厨房装修 想把水管改一下", "home"],
    ["厨房改造 想把洗碗池那边的进水挪个位置", "home"],
  ])("%s → %s", (said, key) => routes(utility)(said, key));
});

describe("a utility without a meter-reading office or a pump office", () => {
  const smaller = {
    ...utility,
    departments: utility.departments.filter((d) => d.key !== "readers" && d.key !== "pumps"),
  };

  it.each([
    ["能不能自己拍个表报数 不用等人来", "payments"],
    ["the meter man never turns up, can I book him for a Saturday", "payments"],
    ["泵房半夜嗡嗡响 吵得睡不着", "repairs"],
  ])("%s → %s", (said, key) => routes(smaller)(said, key));
});
