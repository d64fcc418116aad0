import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { understand } from "../../src/rules/understand/index.ts";
import { inferKinds, kindsOf } from "../../src/rules/understand/kinds-of.ts";
import { department } from "../support/departments.ts";
import { languageOf, routes } from "../support/understanding.ts";

// A restaurant group's departments understood from a directory of names and one-line
// descriptions (test/rules/fixtures/restaurant-group.yaml), with requests written from how diners,
// hosts, franchisees and store staff speak; none of them is in the eval sets. A hotel's own
// restaurants and banquets keep their kinds, and a hotel and a factory hear none of these words.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const group = load("test/rules/fixtures/restaurant-group.yaml");
const hotel = load("directory/lakeside-hotel.yaml");
const factory = load("directory/huaxin-manufacturing.yaml");

describe("a restaurant group's departments, read from their names", () => {
  it.each([
    ["订位中心", "Table Bookings", "table_booking"],
    ["宴会预订部", "Banquet Sales", "banquets"],
    ["外卖运营部", "Delivery Operations", "delivery"],
    ["卡券中心", "Gift Cards", "dining_membership"],
    ["加盟发展部", "Franchise Development", "franchising"],
    ["营运督导部", "Restaurant Operations", "store_operations"],
    ["食安部", "Food Safety", "food_safety"],
    ["中央厨房", "Central Kitchen", "central_kitchen"],
  ] as const)("%s / %s is %s", (zh, en, kind) => {
    expect(inferKinds(department("d", { zh, en }), "company")[0]).toBe(kind);
  });

  it.each([
    ["餐厅订位", "Restaurant Reservations", "food_beverage"],
    ["订座中心", "Table Reservations", "food_beverage"],
    ["宴会部", "Banquets", "events"],
    ["宴会预订部", "Banquet Sales", "events"],
    ["预订部", "Reservations", "reservations"],
  ] as const)("a hotel's %s / %s is still %s", (zh, en, kind) => {
    expect(inferKinds(department("d", { zh, en }), "hotel")[0]).toBe(kind);
  });

  it("reads a restaurant group's own names", () => {
    expect(Object.fromEntries(kindsOf(group))).toMatchObject({
      bookings: ["table_booking"],
      banquets: ["banquets"],
      delivery: ["delivery"],
      cards: ["dining_membership"],
      corporate: ["group_orders"],
      franchise: ["franchising"],
      operations: ["store_operations"],
      food_safety: ["food_safety"],
      kitchen: ["central_kitchen"],
    });
  });
});

describe("a restaurant group's callers", () => {
  it.each([
    ["喂 我想订个位 明天晚上六个人 有没有包间", "bookings"],
    ["今天中午还有位置吗 大概要等多久", "bookings"],
    ["hi can I book a table for four this Saturday night", "bookings"],
    ["我爸七十大寿 想摆十桌 一桌大概多少钱", "banquets"],
    [
      "we're planning our company's annual dinner for about 200 people, do you do set menus per table",
      "banquets",
    ],
    ["我在美团上点的外卖 少了一份 汤还洒了", "delivery"],
    ["骑手说送到了 我根本没收到", "delivery"],
    ["my takeaway order is an hour late and the rider won't pick up", "delivery"],
    ["储值卡里的余额怎么不对了 上次充了两千", "cards"],
    ["这张代金券过期了 能不能延期", "cards"],
    ["can I buy gift cards in bulk for our staff", "cards"],
    ["公司中秋要订三百盒月饼 有没有团购价", "corporate"],
    [
      "we'd like lunch boxes delivered to our office for a training day, about eighty people",
      "corporate",
    ],
    ["你好 我想加盟你们的火锅店 加盟费多少", "franchise"],
    ["我这边有个临街铺面 想问问你们开不开新店", "franchise"],
    ["I'm interested in opening a franchise in Chengdu", "franchise"],
    ["我是春熙路店的店长 有个事要跟营运这边报一下", "operations"],
    ["昨天在你们店吃完 全家上吐下泻 怀疑是食物中毒", "food_safety"],
    ["吃出来一根钢丝 太恶心了", "food_safety"],
    ["I think the chicken was undercooked and my son got sick", "food_safety"],
    ["我们店的底料今天还没到 什么时候配送", "kitchen"],
    ["the soup base delivery to our branch was short two cases", "kitchen"],
  ])("%s → %s", (said, key) => routes(group)(said, key));
});

describe("a restaurant group's customer service desk", () => {
  it("hears a diner's praise for the staff", () => {
    const weixiang = load("eval/blind/weixiang-dining.yaml");
    routes(weixiang)("想表扬一下你们天河店的领班 服务特别好", "guest_relations");
  });
});

describe("a hotel and a factory hear none of a restaurant group's words", () => {
  it.each([
    ["我想订个位 今晚两个人", "restaurant"],
    ["hi can I book a table for four this Saturday night", "restaurant"],
    ["my takeaway order is an hour late", "restaurant"],
    ["我们想在你们这摆二十桌婚宴", "sales"],
  ])("the hotel: %s → %s, as before", (said, key) => routes(hotel)(said, key));

  it.each([
    ["我想加盟", "sales"],
    ["外卖少送了一份", "reception"],
  ])("the factory: %s → %s, as before", (said, key) => routes(factory)(said, key));

  it.each([
    "这张代金券过期了 能不能延期",
    "昨天在你们店吃完 全家上吐下泻",
    "骑手说送到了 我根本没收到",
    "我这边有个临街铺面 想问问你们开不开新店",
  ])("the factory: %s is understood as no department", (said) => {
    expect(understand(said, factory, languageOf(said)).kind).toBe("unknown");
  });
});
