import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { understand } from "../../src/rules/understand/index.ts";
import { inferKinds, kindsOf } from "../../src/rules/understand/kinds-of.ts";
import { department } from "../support/departments.ts";
import { languageOf, routes } from "../support/understanding.ts";

// A travel agency's departments understood from a directory of names and one-line descriptions
// (test/rules/fixtures/travel-agency.yaml), with requests written from how travellers, companies,
// overseas agents and guides speak; none of them is in the eval sets. A hotel's concierge keeps
// its tours and tickets, and a factory hears none of these words.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const agency = load("test/rules/fixtures/travel-agency.yaml");
const hotel = load("directory/lakeside-hotel.yaml");
const factory = load("directory/huaxin-manufacturing.yaml");

describe("a travel agency's departments, read from their names", () => {
  it.each([
    ["出境旅游部", "Outbound Travel", "outbound_tours"],
    ["国内旅游中心", "Domestic Holidays", "domestic_tours"],
    ["入境接待部", "Inbound Tours", "inbound_tours"],
    ["签证服务中心", "Visa Services", "visas"],
    ["机票中心", "Flights", "air_tickets"],
    ["私人定制中心", "Bespoke Travel", "custom_tours"],
    ["差旅管理部", "Business Travel", "corporate_travel"],
    ["计调中心", "Tour Operations", "tour_operations"],
    ["导游领队部", "Guides and Tour Leaders", "tour_guides"],
    ["24小时应急热线", "24-hour Travel Assistance", "travel_assistance"],
  ] as const)("%s / %s is %s", (zh, en, kind) => {
    expect(inferKinds(department("d", { zh, en }), "company")[0]).toBe(kind);
  });

  it("reads a travel agency's own names", () => {
    expect(Object.fromEntries(kindsOf(agency))).toMatchObject({
      outbound: ["outbound_tours"],
      domestic: ["domestic_tours"],
      inbound: ["inbound_tours"],
      visas: ["visas"],
      flights: ["air_tickets"],
      tailor_made: ["custom_tours"],
      corporate: ["corporate_travel"],
      operations: ["tour_operations"],
      guides: ["tour_guides"],
      assistance: ["travel_assistance"],
    });
  });
});

describe("a travel agency's callers", () => {
  it.each([
    ["国庆想带爸妈去日本玩一趟 你们有没有跟团的线路", "outbound"],
    ["欧洲十二日游那个团 十月份还有名额吗", "outbound"],
    ["we'd like to join a group tour to Thailand in November", "outbound"],
    ["暑假想去云南 大理丽江那种六日游多少钱一个人", "domestic"],
    ["有没有适合老年人的夕阳红团 去海南的", "domestic"],
    [
      "we are a tour operator in Germany and our group arrives in Beijing next May, we need ground handling",
      "inbound",
    ],
    ["我的申根签证材料交了一个星期了 出签了没有", "visas"],
    ["美签面签要准备什么材料 银行流水要几个月的", "visas"],
    ["my Schengen visa was refused, can you help me reapply", "visas"],
    ["帮我看一下下周三广州飞成都的机票 经济舱", "flights"],
    ["航班取消了 机票能不能免费改签", "flights"],
    ["I need to change the name on my flight ticket, it's misspelled", "flights"],
    ["我们一家四口不想跟团 想定制一个新西兰的行程", "tailor_made"],
    ["度蜜月想去马尔代夫 能不能帮忙规划一下", "tailor_made"],
    ["公司年底要组织两百人的奖励旅游 想找你们做方案", "corporate"],
    ["我们公司员工出差订票能不能月结", "corporate"],
    ["we need a quote for an incentive trip for our top sales people", "corporate"],
    ["我是大巴公司的 明天那个团的用车还没确认", "operations"],
    ["出团通知什么时候发 集合时间定了吗", "operations"],
    ["我们的导游一直在带我们去购物店 电话也打不通", "guides"],
    ["明天的团我带不了 要临时换个导游", "guides"],
    ["我们在普吉岛机场 航班取消了 领队也联系不上", "assistance"],
    ["hi, we're on your tour in Guilin and the bus never came to pick us up", "assistance"],
    ["我们到成都了 说好来接的导游一直没出现", "assistance"],
    ["我们就三个人 不想跟大团 想要有车有导游的那种", "tailor_made"],
    ["刚才在网上交了两次钱 是不是付重了", "finance"],
    ["我报的那个团不想去了 要退团", "quality"],
  ])("%s → %s", (said, key) => routes(agency)(said, key));
});

describe("a hotel and a factory hear none of a travel agency's words", () => {
  it.each([
    ["能帮我们安排一个一日游吗", "concierge"],
    ["can you book us a taxi to the train station", "concierge"],
  ])("the hotel: %s → %s, as before", (said, key) => routes(hotel)(said, key));

  it.each(["我的申根签证出签了没有", "欧洲十二日游还有名额吗", "出团通知什么时候发"])(
    "the factory: %s is understood as no department",
    (said) => {
      expect(understand(said, factory, languageOf(said)).kind).toBe("unknown");
    },
  );
});
