import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { inferKinds } from "../../src/rules/understand/kinds-of.ts";
import { department } from "../support/departments.ts";
import { kindsReached, routes } from "../support/understanding.ts";

// A shopping centre's management company understood from a directory of names and one-line
// descriptions (test/rules/fixtures/shopping-centre.yaml), with requests written from how
// shoppers, tenants, brands and advertisers speak; none of them is in the eval sets. A hotel and
// a factory hear none of these kinds' words.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const mall = load("test/rules/fixtures/shopping-centre.yaml");

describe("a shopping centre's departments, read from their names", () => {
  it.each([
    ["总服务台", "Information Desk", "information_desk"],
    ["顾客服务中心", "Customer Service Desk", "information_desk"],
    ["营运部", "Tenant Operations", "tenant_operations"],
    ["运营管理部", "Mall Operations", "tenant_operations"],
    ["数字运营部", "Digital Team", "digital"],
    ["数字化中心", "Digital Experience", "digital"],
    ["客服台", "Welcome Desk", "information_desk"],
    ["营运管理处", "Retail Relations", "tenant_operations"],
    ["营销推广部", "Centre Promotions", "mall_marketing"],
  ] as const)("%s / %s is %s", (zh, en, kind) => {
    expect(inferKinds(department("d", { zh, en }), "company")[0]).toBe(kind);
  });

  it("keeps a company's customer service its own: 客服中心 / Customer Service is after-sales", () => {
    const kinds = inferKinds(
      department("d", { zh: "客服中心", en: "Customer Service" }, "退换货和维修"),
      "company",
    );
    expect(kinds).toEqual(["after_sales"]);
  });

  it("reads a mall's 客服中心 by what its description says it does", () => {
    const kinds = inferKinds(
      department("d", { zh: "客服中心", en: "Customer Service" }, "借轮椅、婴儿车、礼品卡"),
      "company",
    );
    expect(kinds[0]).toBe("information_desk");
  });
});

describe("a shopping centre's callers", () => {
  it.each([
    ["请问星巴克在几楼", "guest_services"],
    ["能借个婴儿车吗 孩子走累了", "guest_services"],
    ["where can I borrow a wheelchair for my dad", "guest_services"],
    ["我手上有张你们的购物卡 想查一下余额", "guest_services"],
    ["where's the smoking area", "guest_services"],
    ["上传小票以后积分一直没到账", "rewards"],
    ["我们是做奶茶的 想在你们商场开一家店", "leasing"],
    ["what's the turnover rent on a ground floor unit", "leasing"],
    ["我们店今晚想延时营业到十点半 要跟谁报备", "operations"],
    ["我们下周进场装修 施工证在哪办", "operations"],
    ["隔壁店铺天天把货堆在过道上", "operations"],
    [
      "hi, I'm the store manager at the shoe shop on level 2, where do our staff come in before opening",
      "operations",
    ],
    ["we need approval for our fit-out drawings", "operations"],
    ["你们中庭周末能租来办活动吗", "marketing"],
    ["we're a school choir and we'd love to perform at the mall for Christmas", "marketing"],
    ["any family events this weekend?", "marketing"],
    ["手机号换了 app收不到验证码", "digital"],
    ["the e-coupon I got in the app won't scan at the till", "digital"],
    ["线上商城买的东西一直没发货", "digital"],
    ["付款失败了 但是钱扣了", "digital"],
    ["I can't find my car, I forgot which level I parked on", "car_park"],
    ["there's a group of teenagers being rowdy by the entrance", "security"],
    ["a shoplifter just ran out of the shoe shop", "security"],
    ["有个流浪汉睡在二楼楼梯间", "security"],
    ["someone threw up near the escalator on level 3", "cleaning"],
    ["咖啡洒了一地 有人差点滑倒", "cleaning"],
    ["租金收据能不能重新开一张", "finance"],
    ["这个月的租金交了 麻烦查下到账没有", "finance"],
    ["I'm interested in working at the centre, do you have anything going", "hr"],
  ])("%s → %s", (said, key) => routes(mall)(said, key));
});

describe("other organisations hear none of a shopping centre's words", () => {
  it.each([
    ["directory/lakeside-hotel.yaml", "which floor is the gym on"],
    ["directory/lakeside-hotel.yaml", "can I borrow a wheelchair"],
    ["directory/huaxin-manufacturing.yaml", "我们的app登录不了"],
    ["directory/huaxin-manufacturing.yaml", "我们是商户 想延长营业时间"],
  ])("%s: %s", (file, said) => {
    const got = kindsReached(load(file), said);
    for (const kind of ["information_desk", "tenant_operations", "mall_marketing", "digital"]) {
      expect(got).not.toContain(kind);
    }
  });
});
