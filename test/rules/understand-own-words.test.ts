import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { CONFIDENT, understand } from "../../src/rules/understand/index.ts";
import { department } from "../support/departments.ts";
import { languageOf } from "../support/understanding.ts";

// What hotel, resort and hospital callers say in their own words, heard by directories written
// from names alone (a line of description at most): the departments' kinds carry the words.
// None of these sentences is in the eval sets.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const lakeside = load("directory/lakeside-hotel.yaml");
const huaxin = load("directory/huaxin-manufacturing.yaml");

const hotel: Directory = {
  ...lakeside,
  departments: [
    department("operator", { zh: "总机", en: "Operator" }),
    department("front", { zh: "前台", en: "Front Desk" }, "入住、退房"),
    department("booking", { zh: "预订部", en: "Reservations" }),
    department("rooms", { zh: "客房部", en: "Housekeeping" }),
    department("dining", { zh: "餐饮部", en: "Food and Beverage" }),
    department("desk", { zh: "礼宾部", en: "Concierge" }),
    department("repairs", { zh: "工程部", en: "Engineering" }),
    department("fitness", { zh: "康体中心", en: "Spa and Fitness" }),
    department("business", { zh: "商务中心", en: "Business Centre" }),
    department("events", { zh: "宴会部", en: "Banqueting" }),
    department("money", { zh: "财务部", en: "Finance" }),
    department("people", { zh: "人力资源部", en: "Human Resources" }),
    department("guard", { zh: "保安部", en: "Security" }),
    department("manager", { zh: "值班经理", en: "Duty Manager" }),
    department("cars", { zh: "车队", en: "Transport Desk" }),
    department("kids", { zh: "儿童俱乐部", en: "Kids Club" }),
    department("outdoor", { zh: "户外中心", en: "Outdoor Centre" }),
    department("laundry", { zh: "洗衣房", en: "Laundry" }),
    department("members", { zh: "会员部", en: "Membership" }),
  ],
  staff: [],
  guests: [],
  knowledge: [],
};

const hospital: Directory = {
  ...huaxin,
  organisation: { ...huaxin.organisation, operatorDepartment: "switchboard" },
  departments: [
    department("switchboard", { zh: "总机", en: "Switchboard" }),
    department("clinic", { zh: "门诊部", en: "Outpatients" }, "挂号和预约"),
    department("wards", { zh: "住院部", en: "Wards" }),
    department("er", { zh: "急诊科", en: "Emergency Department" }),
    department("drugs", { zh: "药房", en: "Pharmacy" }),
    department("scans", { zh: "影像科", en: "Radiology" }),
    department("lab", { zh: "检验科", en: "Laboratory" }, "抽血化验"),
    department("checkup", { zh: "体检中心", en: "Health Check Centre" }),
    department("records", { zh: "病案室", en: "Medical Records" }),
    department("patients", { zh: "患者服务中心", en: "Patient Relations" }),
    department("cashier", { zh: "收费处", en: "Billing" }),
    department("insurer", { zh: "医保办", en: "Insurance Office" }),
    department("people", { zh: "人事科", en: "Human Resources" }),
    department("guard", { zh: "保卫科", en: "Security" }),
  ],
  staff: [],
  guests: [],
  knowledge: [],
};

/** Put through at once: the department, sure enough not to ask "did you mean …?". */
const putThrough = (dir: Directory) => (said: string, key: string) => {
  const u = understand(said, dir, languageOf(said));
  expect(u).toMatchObject({ kind: "department", department: key });
  if (u.kind === "department") expect(u.confidence).toBeGreaterThanOrEqual(CONFIDENT);
};

describe("a hotel's callers in their own words", () => {
  it.each([
    ["I've locked myself out of my room", "front"],
    ["房卡没电了 刷不进去", "front"],
    ["我房卡消磁了 门刷不开", "front"],
    ["能帮我多做一张房卡吗 我朋友也要用", "front"],
    ["我想续住两晚", "front"],
    ["押金什么时候退回来", "front"],
    ["明早叫早 六点", "front"],
    ["the key card stopped working again, it's been demagnetised", "front"],
    ["we'd like two more nights if possible", "front"],
    ["could I get a spare key for my wife", "front"],
    ["is there a valet, where do I leave the car", "front"],
    ["你们标间多少钱一晚 下个月十号还有吗", "booking"],
    ["我想订个钟点房 休息几个小时", "booking"],
    ["携程订的 能不能改入住日期", "booking"],
    ["do you have a twin room available on the 14th", "booking"],
    ["what's the cancellation policy on that rate", "booking"],
    ["I'd like to book a family room for Christmas week, half board", "booking"],
    ["麻烦再送两卷卫生纸上来", "rooms"],
    ["被子太薄了 加一床厚被子", "rooms"],
    ["床上有头发 床单好像没换", "rooms"],
    ["能送个插线板吗 插座不够", "rooms"],
    ["we need more hangers and a bath mat", "rooms"],
    ["there's hair all over the bathroom floor", "rooms"],
    ["our room hasn't been cleaned yet", "rooms"],
    ["could we get an extension cord and a phone charger", "rooms"],
    ["今晚中餐厅还有包间吗 八个人", "dining"],
    ["送餐怎么还没到 等了一个小时了", "dining"],
    ["能做个儿童餐吗 孩子不吃辣", "dining"],
    ["can I order room service, a club sandwich and fries", "dining"],
    ["is the lobby bar still serving cocktails", "dining"],
    ["my husband has a shellfish allergy, can the chef do something else", "dining"],
    ["帮我叫辆出租车去火车站", "desk"],
    ["附近有什么好吃的小吃街", "desk"],
    ["could you recommend a good local restaurant", "desk"],
    ["can someone help bring our bags up", "desk"],
    ["马桶一直流水 关不掉", "repairs"],
    ["卫生间的地漏反味 很臭", "repairs"],
    ["电视黑屏了 遥控器按了没反应", "repairs"],
    ["保险箱打不开了 密码输了也不行", "repairs"],
    ["the telly remote doesn't work", "repairs"],
    ["the shower drain is really slow", "repairs"],
    ["the bedside lamp won't turn on", "repairs"],
    ["there's water dripping from the ceiling", "repairs"],
    ["想约个精油按摩 两个人", "fitness"],
    ["健身房有没有动感单车", "fitness"],
    ["can I book a deep tissue massage for tonight", "fitness"],
    ["do you have a lap pool", "fitness"],
    ["我想打印一份合同 十几页", "business"],
    ["能帮我发个传真吗", "business"],
    ["I need to print out my boarding pass", "business"],
    ["我们公司下个月想办个两百人的年会 要舞台和音响", "events"],
    ["想办婚宴 二十桌左右 看一下场地", "events"],
    ["we're looking for a venue for a product launch", "events"],
    ["do you have a boardroom for twelve people tomorrow", "events"],
    ["我们公司想把房费挂账 月结", "money"],
    ["发票开错了 税号不对 要重开", "money"],
    ["I was charged twice on my card", "money"],
    ["I need a VAT invoice with our tax number", "money"],
    ["你们酒店招不招服务员", "people"],
    ["I'm calling to verify the employment of a former staff member", "people"],
    ["有个陌生人一直在敲我们的门", "guard"],
    ["someone keeps knocking on my door and I don't know who it is", "guard"],
    ["我想找个能做主的人", "manager"],
    ["I want to speak to someone senior", "manager"],
    ["我们后天早上的飞机 能送我们去机场吗", "cars"],
    ["航班延误了 晚上十二点才落地 还能来接吗", "cars"],
    ["can you send a car to meet us at terminal 2", "cars"],
    ["小孩托管一个下午多少钱", "kids"],
    ["can I drop off the kids for a couple of hours", "kids"],
    ["我完全不会滑雪 能请个教练吗", "outdoor"],
    ["我有几件衬衫要洗 能来收一下吗", "laundry"],
    ["my laundry hasn't come back yet", "laundry"],
    ["I'd like to redeem my points for a free night", "members"],
  ] as const)("%s → %s", putThrough(hotel));
});

describe("a hospital's callers in their own words", () => {
  it.each([
    ["我想开点药 上次吃的那种", "drugs"],
    ["网上挂号一直挂不上 能帮我约一个吗", "clinic"],
    ["孩子咳嗽好几天了 挂哪个科", "clinic"],
    ["张主任哪天坐诊啊", "clinic"],
    ["which department should I see for joint pain", "clinic"],
    ["I need to reschedule, can you bring it forward to Monday", "clinic"],
    ["我爸昨天住院了 在哪个病房啊", "wards"],
    ["我想问下我老公手术做完了没有", "wards"],
    ["病人明天能出院吗 要办什么手续", "wards"],
    ["my mum had surgery this morning, is she out yet", "wards"],
    ["what ward is my father on", "wards"],
    ["现在晚上十一点了 急诊能看吗", "er"],
    ["我手被刀割了个口子 要不要缝针", "er"],
    ["I think I twisted my ankle, can I come in tonight", "er"],
    ["医生开的药我没拿 还能去拿吗", "drugs"],
    ["这个药一天吃几次啊 我忘了", "drugs"],
    ["can I take ibuprofen with this", "drugs"],
    ["I need to collect a prescription", "drugs"],
    ["我想预约做个CT", "scans"],
    ["核磁要排多久", "scans"],
    ["I need to book an x-ray my doctor ordered", "scans"],
    ["我想问问验血报告出来没有", "lab"],
    ["I had blood taken yesterday, are the results back", "lab"],
    ["我们公司想给员工做体检 五十个人", "checkup"],
    ["do you do annual check-ups for companies", "checkup"],
    ["出院小结丢了 能再打一份吗", "records"],
    ["我要开一个诊断证明给单位", "records"],
    ["I need a copy of my medical notes", "records"],
    ["我有个建议想反映一下", "patients"],
    ["is there someone who can interpret for my parents, they speak Japanese", "patients"],
    ["住院押金还剩多少", "cashier"],
    ["我的收据丢了 能补一张吗", "cashier"],
    ["异地医保能直接结算吗", "insurer"],
    ["医保报销比例是多少", "insurer"],
    ["will my health insurance cover the operation", "insurer"],
    ["你们招不招护士", "people"],
    ["I'd like to apply for a nursing job", "people"],
    ["号贩子在门口倒号", "guard"],
    ["someone stole my phone in the waiting area", "guard"],
  ] as const)("%s → %s", putThrough(hospital));
});

describe("a department asked for by part of its name", () => {
  const company: Directory = {
    ...huaxin,
    organisation: { ...huaxin.organisation, operatorDepartment: "switchboard" },
    departments: [
      department("switchboard", { zh: "总机", en: "Switchboard" }),
      department("key_accounts", { zh: "KA大客户部", en: "Key Accounts" }, "商超和连锁卖场"),
      department("service", { zh: "售后服务中心", en: "Service Centre" }),
      department("care", { zh: "客户关怀中心", en: "Customer Care" }, "回访和意见反馈"),
    ],
    staff: [],
    guests: [],
    knowledge: [],
  };

  it.each([
    ["请帮我转KA部", "key_accounts"],
    ["找一下KA的负责人", "key_accounts"],
  ])("%s → %s: by the letters it goes by", (said, key) => {
    expect(understand(said, company, languageOf(said))).toMatchObject({
      kind: "department",
      department: key,
    });
  });

  it("is asked for without its ending, written capitalised: 'Branch Manager's Office'", () => {
    const bank = load("eval/blind/jiangcheng-bank.yaml");
    const said = "Could I speak with the branch manager please?";
    expect(understand(said, bank, "en")).toMatchObject({ department: "branch_manager" });
  });

  it("is not asked for by a plain word of it: 'service' is not the Service Centre", () => {
    const said = "I got a survey text after my service and I'd rather give my feedback to someone";
    expect(understand(said, company, "en")).toMatchObject({ department: "care" });
  });
});

describe("another place named on the way there", () => {
  it.each(["帮我查一下到浦东机场的大巴", "帮我查一下去第一人民医院怎么走"])(
    "%s is no call to it",
    (said) => {
      expect(understand(said, huaxin, "zh").kind).not.toBe("outside_number");
    },
  );

  it("still hears another organisation's number asked for", () => {
    expect(understand("帮我查一下第一人民医院的电话", huaxin, "zh").kind).toBe("outside_number");
  });
});
