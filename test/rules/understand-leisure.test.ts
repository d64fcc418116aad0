import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { CONFIDENT, understand } from "../../src/rules/understand/index.ts";
import { inferKinds } from "../../src/rules/understand/kinds-of.ts";
import { department } from "../support/departments.ts";

// Resorts and leisure (activities, golf, kids' club, guest transport, butlers, the shop, the
// laundry) and a carrier's claims, for directories written from names and descriptions alone.
// None of these sentences is in the eval sets.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const hotel = load("directory/lakeside-hotel.yaml");
const company = load("directory/huaxin-manufacturing.yaml");

describe("leisure and claims kinds, read from names", () => {
  it.each([
    [{ zh: "滑雪学校", en: "Ski School" }, "hotel", ["activities"]],
    [{ zh: "户外运动中心", en: "Outdoor Centre" }, "hotel", ["activities"]],
    [{ zh: "马术中心", en: "Equestrian Centre" }, "hotel", ["activities"]],
    [{ zh: "水上运动中心", en: "Water Sports" }, "hotel", ["activities"]],
    [{ zh: "高尔夫球会", en: "Golf Club" }, "hotel", ["golf"]],
    [{ zh: "球会", en: "Pro Shop" }, "company", ["golf"]],
    [{ zh: "儿童俱乐部", en: "Kids' Club" }, "hotel", ["kids_club"]],
    [{ zh: "亲子乐园", en: "Children's Club" }, "hotel", ["kids_club"]],
    [{ zh: "交通接驳", en: "Transport Desk" }, "hotel", ["guest_transport"]],
    [{ zh: "车务部", en: "Guest Transportation" }, "hotel", ["guest_transport"]],
    [{ zh: "私人管家部", en: "Butler Service" }, "hotel", ["butler"]],
    [{ zh: "礼品店", en: "Gift Shop" }, "hotel", ["shop"]],
    [{ zh: "洗衣房", en: "Laundry" }, "hotel", ["laundry"]],
    [{ zh: "票务中心", en: "Box Office" }, "company", ["tickets"]],
    [{ zh: "会籍部", en: "Membership Office" }, "company", ["membership"]],
    [{ zh: "理赔部", en: "Claims" }, "company", ["claims"]],
    [{ zh: "货损理赔部", en: "Cargo Claims" }, "company", ["claims"]],
    // A company's trucks are still its transport, a hotel's housekeeping still housekeeping.
    [{ zh: "车队", en: "Fleet" }, "company", ["transport"]],
    [{ zh: "运输部", en: "Transportation" }, "company", ["transport"]],
    [{ zh: "客房部", en: "Housekeeping" }, "hotel", ["housekeeping"]],
  ] as const)("%j at a %s is %j", (name, organisation, kinds) => {
    expect(inferKinds(department("d", name), organisation).sort()).toEqual([...kinds].sort());
  });
});

describe("a resort understood from names and descriptions alone", () => {
  const resort: Directory = {
    ...hotel,
    departments: [
      department("operator", { zh: "总机", en: "Operator" }),
      department("front_desk", { zh: "前台", en: "Front Desk" }),
      department("reservations", { zh: "预订部", en: "Reservations" }),
      department("housekeeping", { zh: "客房部", en: "Housekeeping" }),
      department("laundry", { zh: "洗衣房", en: "Laundry" }),
      department("restaurant", { zh: "餐饮部", en: "Food and Beverage" }),
      department("concierge", { zh: "礼宾部", en: "Concierge" }),
      department("spa", { zh: "水疗中心", en: "Spa" }),
      department("outdoor", { zh: "户外活动中心", en: "Outdoor Activities" }),
      department("golf", { zh: "高尔夫球会", en: "Golf Club" }),
      department("kids", { zh: "亲子乐园", en: "Kids Club" }),
      department("cars", { zh: "车务部", en: "Guest Transportation" }),
      department("butler", { zh: "私人管家", en: "Butler Service" }),
      department("boutique", { zh: "精品店", en: "Boutique" }),
      department("tickets", { zh: "票务中心", en: "Ticket Office" }),
      department("members", { zh: "会员部", en: "Membership" }),
      department("engineering", { zh: "工程部", en: "Engineering" }),
      department("security", { zh: "保安部", en: "Security" }),
    ],
    staff: [],
    guests: [],
  };

  it.each([
    ["喂 那个 明天想学滑雪 有没有教练 一对一的那种", "outdoor"],
    ["嗯 雪板跟雪鞋 在哪儿租啊", "outdoor"],
    ["we'd like to go horse riding tomorrow morning, two adults", "outdoor"],
    ["are there any hiking trails, like, a guided hike", "outdoor"],
    ["我想订个周六上午的开球时间 两个人 要球童", "golf"],
    ["can I get a tee time for four on Sunday, and we need to hire clubs", "golf"],
    ["晚上我们想出去吃饭 能不能找人帮忙看孩子", "kids"],
    ["does the kids club take three year olds", "kids"],
    ["I need a babysitter for tonight", "kids"],
    ["我们后天的航班 想约个车送机", "cars"],
    ["um could you arrange an airport pickup for us on Friday", "cars"],
    ["班车 摆渡车 几点有", "cars"],
    ["我的衣服送去干洗了 到现在还没送回来", "laundry"],
    ["I've got two shirts for pressing", "laundry"],
    ["我们别墅的私人管家电话多少", "butler"],
    ["do you sell souvenirs, something local to take home", "boutique"],
    ["毛巾不够 再送两条", "housekeeping"],
    ["我想订一栋别墅 带私汤的", "reservations"],
    ["还有亲子房吗 两大一小", "reservations"],
    ["泡温泉要不要预约", "spa"],
    ["乐园的年卡怎么办 入园还要预约吗", "tickets"],
    ["can we collect our park tickets at the hotel", "tickets"],
    ["I'd like to renew my membership, it ran out last month", "members"],
    ["我想办个会员 会费一年多少", "members"],
  ] as const)("%s → %s", (said, key) => {
    const u = understand(said, resort, "zh");
    expect(u).toMatchObject({ kind: "department", department: key });
  });
});

describe("a hotel without those desks", () => {
  it.each([
    // The concierge arranges cars and outings where there is no transport or activities desk.
    ["帮我约个车 明天早上送机场", "concierge"],
    ["could you book us an airport transfer", "concierge"],
    ["I'd like to book a ski lesson", "concierge"],
    ["我想预约打高尔夫", "concierge"],
    ["we'd like admission tickets for the theme park", "concierge"],
    // Housekeeping takes the laundry.
    ["有几件衣服要干洗", "housekeeping"],
    ["can someone collect my laundry", "housekeeping"],
  ] as const)("%s → %s", (said, key) => {
    expect(understand(said, hotel, "zh")).toMatchObject({ kind: "department", department: key });
  });
});

describe("a company without those desks", () => {
  it.each([
    "我想租雪具 学滑雪",
    "can I book a tee time and a caddie",
    "我们想请个保姆看孩子",
    "I need a babysitter tonight",
    "do you sell souvenirs",
    "我想办个会员 会费一年多少",
    "is there a season pass for the slopes",
  ])("%s goes to none of its departments", (said) => {
    const u = understand(said, company, "zh");
    if (u.kind === "department") expect(u.confidence).toBeLessThan(CONFIDENT);
    else expect(u.kind).not.toBe("person");
  });

  it("hears damaged goods at customer service, where no claims department is", () => {
    expect(understand("外包装破损 货物压坏了", company, "zh")).toMatchObject({
      kind: "department",
      department: "after_sales",
    });
  });
});

describe("a carrier with claims, tracking and customer service", () => {
  const carrier: Directory = {
    ...company,
    departments: [
      department("reception", { zh: "前台", en: "Reception" }),
      department("service", { zh: "客服中心", en: "Customer Service" }),
      department("tracking", { zh: "查件中心", en: "Parcel Tracking" }),
      department("claims", { zh: "理赔部", en: "Claims" }),
      department("dispatch", { zh: "车队调度", en: "Fleet Dispatch" }),
      department("finance", { zh: "财务部", en: "Finance" }),
    ],
    organisation: { ...company.organisation, operatorDepartment: "reception" },
    staff: [],
    guests: [],
  };

  it.each([
    ["快递到了 箱子压扁了 东西摔坏了 谁来赔", "claims"],
    ["我上个月交的理赔材料 现在什么进度", "claims"],
    ["the parcel arrived damaged and we want to file a claim", "claims"],
    ["two cartons went missing in transit, who pays for that", "claims"],
    // Asking for compensation is a claim where a claims department is, though its name alone says so.
    ["包裹丢了一个多月了 想申请赔偿", "claims"],
    ["we'd like compensation for the lost parcel", "claims"],
    ["帮我查件 物流信息三天没更新了", "tracking"],
    ["my package has been in transit for a week and the tracking hasn't updated", "tracking"],
    ["下单的时候地址写错了 想改地址", "service"],
    ["I need to change the delivery address on my order", "service"],
  ] as const)("%s → %s", (said, key) => {
    expect(understand(said, carrier, "zh")).toMatchObject({ kind: "department", department: key });
  });
});
