import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import {
  type Directory,
  directorySchema,
  findStaff,
  type Language,
} from "../../src/rules/directory.ts";
import { speechHints } from "../../src/rules/understand/hints.ts";
import {
  CONFIDENT,
  type EmergencyCategory,
  speechDoubtful,
  type Understanding,
  understand,
} from "../../src/rules/understand/index.ts";
import { parseYesNo } from "../../src/rules/understand/yes-no.ts";

const dir: Directory = directorySchema.parse(
  YAML.parse(readFileSync(new URL("../../directory/lakeside-hotel.yaml", import.meta.url), "utf8")),
);

/** What a case expects: an exact answer, or a department/person with how sure it should be. */
type Expected =
  | Understanding
  | { kind: "department"; department: string; sure: boolean; alternative?: string }
  | { kind: "person"; staff: string; sure: boolean };

const dept = (department: string): Expected => ({ kind: "department", department, sure: true });
const unsure = (department: string, alternative?: string): Expected =>
  alternative === undefined
    ? { kind: "department", department, sure: false }
    : { kind: "department", department, sure: false, alternative };
const person = (staff: string): Expected => ({ kind: "person", staff, sure: true });
const personUnsure = (staff: string): Expected => ({ kind: "person", staff, sure: false });
const guest = (key: string | null): Expected => ({ kind: "guest", guest: key });
/** A room or extension asked for by its number alone. */
const byNumber: Expected = { kind: "guest", guest: null, byNumber: true };
const emergency = (category: EmergencyCategory): Expected => ({ kind: "emergency", category });
const maybeEmergency = (category: EmergencyCategory): Expected => ({
  kind: "maybe_emergency",
  category,
});
const toLanguage = (language: Language): Expected => ({ kind: "switch_language", language });
const outside: Expected = { kind: "outside_number" };
const roomNumber: Expected = { kind: "privacy", asked: "room_number" };
const privateNumber: Expected = { kind: "privacy", asked: "private_number" };
/** Asked of someone who can be put through to instead. */
const roomOf = (guest: string): Expected => ({
  kind: "privacy",
  asked: "room_number",
  whose: { guest },
});
const numberOf = (staff: string): Expected => ({
  kind: "privacy",
  asked: "private_number",
  whose: { staff },
});
const complaint: Expected = { kind: "complaint" };
const operator: Expected = { kind: "operator" };
const unknown: Expected = { kind: "unknown", alternatives: [] };

// [what the caller said, what the switchboard should make of it, the call's language]
const CASES: [string, Expected, Language?][] = [
  // ---- departments, in Chinese
  ["房间空调坏了", dept("engineering")],
  ["马桶堵了", dept("engineering")],
  ["没有热水", dept("engineering")],
  ["电视坏了", dept("engineering")],
  ["保险箱打不开", dept("engineering")],
  ["我住1208，空调不制冷", dept("engineering")],
  ["我想订房。", dept("reservations")],
  ["能不能帮我叫个醒", dept("front_desk")],
  // Stolen, not luggage: the theft is plainly security's, the bag (the concierge's) far behind.
  ["my bag was stolen", dept("security"), "en"],
  ["my suitcase got stolen from the lobby", dept("security"), "en"],
  ["my neighbours are too loud", dept("front_desk"), "en"],
  // A table, not a room: the longer phrase speaks for "reservation".
  ["I'd like to make a dinner reservation", dept("restaurant"), "en"],
  ["我要订一间大床房", dept("reservations")],
  ["还有空房吗？", dept("reservations")],
  ["我想取消预订", dept("reservations")],
  ["叫出租车", dept("concierge")],
  ["帮我叫辆车去机场", dept("concierge")],
  ["我想寄存行李", dept("concierge")],
  ["明天去浦东机场的接机", dept("concierge")],
  ["我要开发票", dept("finance")],
  ["发票抬头怎么开", dept("finance")],
  ["我是供应商，想问一下货款", dept("finance")],
  ["我来面试", dept("hr")],
  ["我想投个简历", dept("hr")],
  ["我要开在职证明", dept("hr")],
  ["早餐几点", dept("restaurant")],
  ["送餐", dept("restaurant")],
  ["客房送餐", dept("restaurant")],
  ["订餐厅的位子", dept("restaurant")],
  ["晚上想订个包间，十个人", dept("restaurant")],
  ["帮我留两个人的桌子", dept("restaurant")],
  // A table of food, counted by the table: a meal booked for a party.
  ["周六晚上想订两桌菜 家里老人过生", dept("restaurant")],
  ["我们要一桌饭 大概十二个人", dept("restaurant")],
  ["房间的桌子坏了", dept("engineering")],
  ["我的耳机落在房间了", dept("security")],
  // The softening 一下 inside what is asked for: 订一下房, 结一下账, 叫一下车.
  ["帮我订一下房", dept("reservations")],
  ["我要结一下账", dept("front_desk")],
  ["帮我叫一下车", dept("concierge")],
  ["我要结账", dept("front_desk")],
  ["楼上很吵，能处理一下吗", dept("front_desk")],
  ["要两条毛巾", dept("housekeeping")],
  ["能来打扫一下房间吗", dept("housekeeping")],
  ["加一张床", dept("housekeeping")],
  ["我是1208房间的，要两条毛巾", dept("housekeeping")],
  // Where something is brought is the caller's own room, not one to ring.
  ["麻烦送两条毛巾到1208房间", dept("housekeeping")],
  ["我丢了东西", dept("security")],
  ["失物招领", dept("security")],
  ["我们公司想开会", dept("sales")],
  ["婚宴", dept("sales")],
  ["你们的协议价是多少", dept("sales")],
  ["我想预订一个会议室", dept("sales")],
  ["你们有婚礼场地吗", dept("sales")],
  ["退房", dept("front_desk")],
  ["我要办理入住", dept("front_desk")],
  ["wifi密码是多少", dept("front_desk")],
  ["前台电话是多少", dept("front_desk")],
  ["我想打个电话给前台", dept("front_desk")],
  ["我的手机号是13800138000，请让前台给我回电", dept("front_desk")],
  ["客房部", dept("housekeeping")],
  ["礼宾部", dept("concierge")],
  ["帮我接一下值班经理", dept("duty_manager")],
  ["保安部", dept("security")],
  ["人事部", dept("hr")],
  ["财务", dept("finance")],
  ["销售部", dept("sales")],
  // ---- departments, in English
  ["I want to book a room", dept("reservations"), "en"],
  ["I need to reserve a room for next week", dept("reservations"), "en"],
  ["I'd like to cancel my booking", dept("reservations"), "en"],
  ["I need a taxi to the airport", dept("concierge"), "en"],
  ["I need to store my luggage", dept("concierge"), "en"],
  ["how do I get to the train station", dept("concierge"), "en"],
  ["the air conditioner is not working", dept("engineering"), "en"],
  ["There's no hot water.", dept("engineering"), "en"],
  ["my toilet is blocked", dept("engineering"), "en"],
  ["I'm in room 1208 and the TV is broken", dept("engineering"), "en"],
  ["the smoke detector keeps beeping", dept("engineering"), "en"],
  ["I need more towels", dept("housekeeping"), "en"],
  ["could I get some extra towels and a bathrobe in room 1208", dept("housekeeping"), "en"],
  ["please send two more towels to room 1208", dept("housekeeping"), "en"],
  ["can someone clean my room", dept("housekeeping"), "en"],
  ["what time is breakfast", dept("restaurant"), "en"],
  ["room service please", dept("restaurant"), "en"],
  ["I'd like to book a table for two", dept("restaurant"), "en"],
  ["I lost my wallet", dept("security"), "en"],
  ["I need an invoice", dept("finance"), "en"],
  ["I was double charged", dept("finance"), "en"],
  ["I'm calling about a job interview", dept("hr"), "en"],
  ["I'd like to speak to human resources", dept("hr"), "en"],
  ["I was fired and I want my employment letter", dept("hr"), "en"],
  ["do you have meeting rooms", dept("sales"), "en"],
  ["we're planning a wedding", dept("sales"), "en"],
  ["corporate rate", dept("sales"), "en"],
  ["can I get a late checkout", dept("front_desk"), "en"],
  ["I'd like to check in", dept("front_desk"), "en"],
  ["FRONT DESK", dept("front_desk"), "en"],
  ["Concierge.", dept("concierge"), "en"],
  ["Security", dept("security"), "en"],
  ["I want to speak to the manager", dept("duty_manager"), "en"],
  ["book a taxi", dept("concierge"), "en"],
  ["我要check out", dept("front_desk")],
  // ---- between two departments, or only half sure
  // Invoices are plainly finance's, a meeting only a word of the sales team's: the first asked.
  ["关于发票和会议", dept("finance")],
  ["房卡丢了", unsure("front_desk", "security")],
  ["I want to make a booking", unsure("reservations"), "en"],
  // ---- people, by name and by sound
  ["章威", person("zhang_wei")],
  ["张威", person("zhang_wei")],
  ["找张维", person("zhang_wei")],
  ["请找一下销售部的张伟", person("zhang_wei")],
  ["李纳", person("li_na")],
  ["李娜在吗", person("li_na")],
  ["帮我转一下李娜", person("li_na")],
  ["王方", person("wang_fang")],
  ["我找陈静", person("chen_jing")],
  ["Zhang Wei", person("zhang_wei"), "en"],
  ["Zhangwei", person("zhang_wei"), "en"],
  ["Wei Zhang please", person("zhang_wei"), "en"],
  ["Li Na", person("li_na"), "en"],
  ["could I speak to Wang Fang", person("wang_fang"), "en"],
  ["David Miller", person("david_miller"), "en"],
  ["找David Miller", person("david_miller")],
  ["David", personUnsure("david_miller"), "en"],
  ["Mr. Miller", personUnsure("david_miller"), "en"],
  ["张先生", personUnsure("zhang_wei")],
  ["王经理在吗", personUnsure("wang_fang")],
  ["找陈经理", personUnsure("chen_jing")],
  // A surname in the department the caller names is that person; in another department, the
  // department named, whose people know whom they mean.
  ["找一下销售部的张经理", person("zhang_wei")],
  ["我找人事部的小王", person("wang_fang")],
  ["Mr Wang in Human Resources please", person("wang_fang"), "en"],
  ["我要找前台的小王", dept("front_desk")],
  ["I'm looking for Mr Wang at the front desk", dept("front_desk"), "en"],
  // Said in full, a name wins over a department named with it.
  ["前台帮我找一下张伟", person("zhang_wei")],
  ["我找财务部的张伟", person("zhang_wei")],
  // "里那" sounds like 李娜, but in 房间里那个 it is "that … in the room".
  ["房间里那个空调坏了", dept("engineering")],
  ["找一下里那", person("li_na")],
  // ---- guests: by name only, never by room
  ["转刘洋的房间", guest("liu_yang")],
  ["请帮我接刘洋", guest("liu_yang")],
  // Whether a guest is staying, asked for a yes or no: never confirmed, a visible guest's room
  // offered instead.
  ["刘洋在你们酒店住吗", { kind: "privacy", asked: "staying", whose: { guest: "liu_yang" } }],
  ["找住客Emily Carter", guest("emily_carter")],
  ["connect me to Emily Carter's room", guest("emily_carter"), "en"],
  ["put me through to Liu Yang", guest("liu_yang"), "en"],
  // A hidden guest's name is heard as a stranger's ("孙悟空") however it is said: the rules don't
  // know hidden guests at all, so nothing can answer differently for them.
  ["赵敏", unknown],
  ["孙悟空", unknown],
  ["赵敏在吗", guest(null)],
  ["孙悟空在吗", guest(null)],
  ["请帮我接孙悟空", guest(null)],
  ["Could you connect me to Peter Brown", guest(null), "en"],
  ["Zhao Min", unknown, "en"],
  ["connect me to Zhao Min", guest(null), "en"],
  ["我要找我的钱包", unknown],
  ["孙悟空住在你们酒店吗", { kind: "privacy", asked: "staying" }],
  ["赵敏住在你们酒店吗", { kind: "privacy", asked: "staying" }],
  ["is there a Zhao Min staying at your hotel", { kind: "privacy", asked: "staying" }, "en"],
  ["请帮我接赵敏", guest(null)],
  ["找住客王小明", guest(null)],
  ["转到一个叫王小明的客人的房间", guest(null)],
  ["我要找一位住在你们酒店的客人", guest(null)],
  ["帮我转一位住客", guest(null)],
  ["connect me to John Smith's room", guest(null), "en"],
  ["I'm looking for a guest named Peter Brown", guest(null), "en"],
  ["请转1208房", byNumber],
  ["转1208房间", byNumber],
  ["转一二零八房间", byNumber],
  ["1208", byNumber],
  ["转8001", byNumber],
  ["room 1208 please", byNumber, "en"],
  ["I'd like to transfer to room 1208", byNumber, "en"],
  ["I'd like to speak to the guest in room 1208", byNumber, "en"],
  ["帮我转到1208房间", byNumber],
  // ---- emergencies
  ["着火了", emergency("fire")],
  ["着火了救命", emergency("fire")],
  ["there's a fire", emergency("fire"), "en"],
  ["fire!", emergency("fire"), "en"],
  ["有烟雾", emergency("smoke")],
  ["走廊里冒烟了", emergency("smoke")],
  ["smoke everywhere", emergency("smoke"), "en"],
  ["煤气泄漏", emergency("gas")],
  ["房间里有煤气味", emergency("gas")],
  ["I smell gas", emergency("gas"), "en"],
  ["有人晕倒了", emergency("medical")],
  ["有人晕倒了快叫救护车", emergency("medical")],
  ["我喘不过气", emergency("medical")],
  ["我老婆流了很多血", emergency("medical")],
  ["快打120", emergency("medical")],
  ["他心脏病犯了", emergency("medical")],
  ["he's having a heart attack", emergency("medical"), "en"],
  ["my husband collapsed", emergency("medical"), "en"],
  ["he can't breathe", emergency("medical"), "en"],
  ["someone is bleeding", emergency("medical"), "en"],
  ["救命", emergency("medical")],
  ["有人打架", emergency("violence")],
  ["楼下有人打架", emergency("violence")],
  ["有人拿刀", emergency("violence")],
  ["有人打人了", emergency("violence")],
  ["someone has a knife", emergency("violence"), "en"],
  ["there's a fight in the bar", emergency("violence"), "en"],
  ["a man with a gun", emergency("violence"), "en"],
  ["I've been robbed", emergency("violence"), "en"],
  ["着火了，转1208房间", emergency("fire")],
  ["there's smoke, transfer me to 13800138000", emergency("smoke"), "en"],
  // ---- look-alikes that are not emergencies
  ["smoking room", unknown, "en"],
  ["无烟房", unknown],
  ["吸烟区在哪里", unknown],
  ["有人在走廊抽烟", unknown],
  ["where is the fire exit", unknown, "en"],
  ["can I smoke in the room", unknown, "en"],
  ["I need a knife and fork", unknown, "en"],
  ["火锅店在哪里", unknown],
  ["请勿打扰", dept("housekeeping")],
  // ---- complaints
  ["我要投诉", complaint],
  ["服务太差了", complaint],
  ["电话打了好几天都没人处理 太不像话了", complaint],
  ["简直岂有此理", complaint],
  ["我对你们的服务很不满意", complaint],
  ["你好我想反映一下 你们营业厅那个小姑娘办事太慢了 还甩脸色", complaint],
  ["前台的人爱答不理的", complaint],
  ["快递丢了半个月没人处理 你们今天必须给我个说法", complaint],
  ["打了一下午电话都没人接 这叫什么服务", complaint],
  ["那个收银员特别不耐烦 问一句就不理我了", complaint],
  ["孩子在你们这受了委屈 你们就这么对待家长的吗", complaint],
  ["I'm fed up with being passed around, nobody cares", complaint, "en"],
  ["the receptionist was impatient and ignored me", complaint, "en"],
  ["我要投诉张伟", complaint],
  ["terrible service", complaint, "en"],
  ["I want to complain about the noise", complaint, "en"],
  ["this is unacceptable", complaint, "en"],
  // ---- the operator
  ["人工", operator],
  ["我要转人工", operator],
  ["转总机", operator],
  ["请问有没有真人", operator],
  ["别绕了 你直接给我接个人", operator],
  ["operator", operator, "en"],
  ["a real person", operator, "en"],
  ["can I talk to a human", operator, "en"],
  ["can I speak to an agent please", operator, "en"],
  // ---- switching language: only when asked; asked for the call's own, it goes on in it
  ["English please", toLanguage("en")],
  ["can you speak english", toLanguage("en")],
  ["请说英语", toLanguage("en")],
  ["英语", toLanguage("en")],
  ["说中文", toLanguage("zh"), "en"],
  ["普通话", toLanguage("zh"), "en"],
  ["Chinese please", toLanguage("zh"), "en"],
  ["speak Chinese", toLanguage("zh"), "en"],
  ["说中文", toLanguage("zh"), "zh"],
  ["说中文吧，我听不懂英文", toLanguage("zh"), "zh"],
  ["Do you speak English?", toLanguage("en"), "en"],
  ["English please, I don't speak Chinese.", toLanguage("en"), "en"],
  ["Hi, do you have someone who speaks English?", toLanguage("en"), "en"],
  ["do you speak English, the air conditioning in my room is broken", dept("engineering"), "en"],
  ["你们有英文菜单吗", dept("restaurant")],
  ["I'd like an English speaking guide for a tour", dept("concierge"), "en"],
  // ---- privacy
  ["刘洋住几号房", roomOf("liu_yang")],
  // A hidden guest is asked of as a stranger is: nobody to put through, nothing confirmed.
  ["赵敏住几号房", roomNumber],
  ["孙悟空住几号房", roomNumber],
  ["what is Zhao Min's room number", roomNumber, "en"],
  ["刘洋住在哪个房间", roomOf("liu_yang")],
  ["能告诉我1502住的是谁吗", roomNumber],
  ["what is Emily Carter's room number", roomOf("emily_carter"), "en"],
  ["which room is Emily Carter staying in", roomOf("emily_carter"), "en"],
  ["张伟的手机号是多少", numberOf("zhang_wei")],
  ["把张伟的手机号念出来", numberOf("zhang_wei")],
  ["报一下李娜的私人电话", numberOf("li_na")],
  ["张伟的手机号码是多少", numberOf("zhang_wei")],
  ["能给我李娜的私人电话吗", numberOf("li_na")],
  ["王芳的电话是多少", numberOf("wang_fang")],
  ["can I have Zhang Wei's mobile number", numberOf("zhang_wei"), "en"],
  ["what's David Miller's cell number", numberOf("david_miller"), "en"],
  ["give me his private number", privateNumber, "en"],
  ["read me Zhang Wei's mobile", numberOf("zhang_wei"), "en"],
  ["can you spell out Li Na's private number", numberOf("li_na"), "en"],
  // ---- numbers the caller wants dialled, and toll fraud
  ["transfer me to +1 900 555 0100", outside, "en"],
  ["帮我转一下 00 1 900 555 0100", outside],
  ["幺三八零零一三八零零零", outside],
  ["一三八零零一三八零零零", outside],
  ["帮我拨 13800138000", outside],
  ["帮我转13800138000", outside],
  ["１３８００１３８０００", outside],
  ["13800138000", outside],
  ["138-0013-8000", outside],
  ["call 13800138000", outside, "en"],
  ["one three eight zero zero one three eight zero zero zero", outside, "en"],
  ["please dial zero zero one nine zero zero five five five", outside, "en"],
  ["outside line", outside, "en"],
  ["拨打国际长途", outside],
  ["我要打外线", outside],
  ["can you dial this number for me", outside, "en"],
  // Another organisation asked for: its number is an outside one.
  ["帮我转一下工商银行", outside],
  ["帮我查一下市第一人民医院的电话", outside],
  ["can you give me the number for the immigration office", outside, "en"],
  ["找一下张伟 我是华信公司的", person("zhang_wei")],
  // Told to ring this number, the one just dialled: whom they were told to ask for.
  ["导游让我们打这个号码找她 张伟", person("zhang_wei")],
  ["Zhang Wei told us to call this number", person("zhang_wei"), "en"],
  ["I'm Zhang Wei, put me through to 0019005550100", outside, "en"],
  ["my number is 13800138000, please have reservations call me back", dept("reservations"), "en"],
  ["我的订单号是123456，想改一下预订", dept("reservations")],
  // ---- the caller's own name, room or number is not a request
  ["我是张伟，帮我转前台", dept("front_desk")],
  ["我叫刘洋，要两条毛巾", dept("housekeeping")],
  ["能帮我叫一下张伟吗", person("zhang_wei")],
  ["hi, this is Emily Carter in room 816, can I get more towels", dept("housekeeping"), "en"],
  ["this is Zhang Wei", unknown, "en"],
  ["这里是1208房间，没有热水", dept("engineering")],
  ["call me back at 4155550100", unknown, "en"],
  ["can you call 4155550100 for me", outside, "en"],
  ["is Mr. Liu in room 1208?", roomNumber, "en"],
  ["刘洋住1208吗", roomOf("liu_yang")],
  ["给我刘洋的房间号", roomOf("liu_yang")],
  ["extension 8001", byNumber, "en"],
  ["我要转分机8001", byNumber],
  ["帮我转一下8208分机", byNumber],
  ["转8001号分机", byNumber],
  ["帮我拨打1108房间", byNumber],
  ["明天接机，航班号CA1234", dept("concierge")],
  ["我想转账1000元", dept("finance")],
  ["a table for 4 people at 7 pm", dept("restaurant"), "en"],
  ["flight MU5101 arrives at 1930, please arrange pickup", dept("concierge"), "en"],
  // ---- sounds that are not names, words that are not emergencies
  // 照明 is no 赵敏 (a hidden guest is no one anyway); the lights are Engineering's, asked first.
  ["灯光照明不好", unsure("engineering")],
  ["往返机场的车多少钱", dept("concierge")],
  ["我要打人工", operator],
  ["我不想被打扰", unknown],
  ["the fire alarm is going off", emergency("fire"), "en"],
  // Most often old cigarette smoke, but it may be a fire: asked once; smoke seen is dialled.
  ["my room smells of smoke", maybeEmergency("smoke"), "en"],
  ["there's smoke coming under my door", emergency("smoke"), "en"],
  ["I want to talk to someone about my bill", dept("finance"), "en"],
  ["do you have any rooms available", dept("reservations"), "en"],
  ["I need a doctor", dept("front_desk"), "en"],
  // ---- nothing to go on
  ["我想问一下", unknown],
  ["hello?", unknown, "en"],
  ["嗯", unknown],
  ["喂", unknown],
  ["你好", unknown],
  ["", unknown],
  ["hmm I'm not sure", unknown, "en"],
];

function check(got: Understanding, expected: Expected): void {
  if ("sure" in expected) {
    expect(got.kind).toBe(expected.kind);
    if (got.kind === "department" && expected.kind === "department") {
      expect(got.department).toBe(expected.department);
      if (expected.sure) expect(got.confidence).toBeGreaterThanOrEqual(CONFIDENT);
      else expect(got.confidence).toBeLessThan(CONFIDENT);
      if (expected.alternative) expect(got.alternatives[0]).toBe(expected.alternative);
    }
    if (got.kind === "person" && expected.kind === "person") {
      expect(got.staff).toBe(expected.staff);
      if (expected.sure) expect(got.confidence).toBeGreaterThanOrEqual(CONFIDENT);
      else expect(got.confidence).toBeLessThan(CONFIDENT);
    }
    return;
  }
  expect(got).toEqual(expected);
}

describe("understand", () => {
  it("has a good many cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(CASES)("%s → %j", (said, expected, language = "zh") => {
    check(understand(said, dir, language), expected);
  });

  it("keeps confidence within 0..1 and offers at most two alternatives", () => {
    for (const [said, , language = "zh"] of CASES) {
      const got = understand(said, dir, language);
      if (got.kind === "department" || got.kind === "person") {
        expect(got.confidence).toBeGreaterThanOrEqual(0);
        expect(got.confidence).toBeLessThanOrEqual(1);
      }
      if (got.kind === "department") {
        expect(got.alternatives.length).toBeLessThanOrEqual(2);
        expect(got.alternatives).not.toContain(got.department);
      }
    }
  });

  it("answers the same whichever language the call is in, except for switching", () => {
    expect(understand("房间空调坏了", dir, "en")).toEqual(understand("房间空调坏了", dir, "zh"));
    expect(understand("I want to book a room", dir, "zh")).toMatchObject({
      department: "reservations",
    });
    expect(understand("English please, front desk", dir, "en")).toMatchObject({
      department: "front_desk",
    });
  });

  it("finds people in whatever directory it is given", () => {
    const other = directorySchema.parse({
      organisation: {
        key: "acme",
        name: { zh: "阿克米", en: "Acme" },
        timezone: "Asia/Shanghai",
        mainNumber: "+862155551000",
        greeting: { zh: "您好", en: "Hello" },
        farewell: { zh: "再见", en: "Goodbye" },
        operatorDepartment: "reception",
        emergencyDepartment: "reception",
        complaintsDepartment: "reception",
      },
      departments: [
        { key: "reception", name: { zh: "前台", en: "Reception" }, numbers: ["+862155551001"] },
      ],
      staff: [
        {
          key: "zhou_jie",
          name: { zh: "周杰", en: "Jay Zhou" },
          department: "reception",
          desk: "+862155551002",
        },
        {
          key: "sun_li",
          name: { zh: "孙丽", en: "Sun Li" },
          department: "reception",
          desk: "+862155551003",
          aliases: ["Lily"],
        },
        {
          key: "he_an",
          name: { zh: "何安", en: "He An" },
          department: "reception",
          desk: "+862155551004",
        },
        { key: "mark", name: { en: "Mark" }, department: "reception", desk: "+862155551005" },
      ],
    });
    expect(understand("找周洁", other, "zh")).toMatchObject({ kind: "person", staff: "zhou_jie" });
    expect(understand("Jay Zhou please", other, "en")).toMatchObject({
      kind: "person",
      staff: "zhou_jie",
    });
    expect(understand("Lily", other, "en")).toMatchObject({ kind: "person", staff: "sun_li" });
    expect(understand("章威", other, "zh").kind).not.toBe("person");
    expect(understand("找何安", other, "zh")).toMatchObject({ kind: "person", staff: "he_an" });
    expect(understand("is he an engineer", other, "en").kind).not.toBe("person");
    expect(understand("can you mark it on my bill", other, "en").kind).not.toBe("person");
  });

  it("asks rather than guesses when two people share a name", () => {
    const twins = structuredClone(dir);
    const zhangWei = findStaff(dir, "zhang_wei");
    if (!zhangWei) throw new Error("the demo directory has no 张伟");
    twins.staff.push({
      ...structuredClone(zhangWei),
      key: "zhang_wei_2",
      name: { zh: "章威", en: "Zhang Wei" },
    });
    for (const said of ["张伟", "张先生"]) {
      const got = understand(said, twins, "zh");
      expect(got.kind).toBe("person");
      if (got.kind !== "person") continue;
      expect(got.confidence).toBeLessThan(CONFIDENT);
      // One short question: which of the two.
      expect([got.staff, ...(got.alternatives ?? [])].sort()).toEqual(["zhang_wei", "zhang_wei_2"]);
    }
  });
});

describe("speechDoubtful", () => {
  it.each([
    ["0.12", true],
    ["0.39", true],
    ["0.4", false],
    ["0.92", false],
    ["1", false],
    // No score, or 0: Twilio did not say, so nothing is doubted.
    [undefined, false],
    ["", false],
    ["0", false],
    ["0.0", false],
    ["not a number", false],
  ])("Confidence %j → %s", (confidence, doubtful) => {
    expect(speechDoubtful(confidence)).toBe(doubtful);
  });
});

describe("parseYesNo", () => {
  it.each([
    ["是", "yes"],
    ["是的", "yes"],
    ["对", "yes"],
    ["对的，谢谢", "yes"],
    ["好的", "yes"],
    ["没错", "yes"],
    ["可以", "yes"],
    ["没问题", "yes"],
    ["嗯", "yes"],
    ["你好，是的", "yes"],
    ["yes", "yes"],
    ["Yeah.", "yes"],
    ["correct", "yes"],
    ["sure", "yes"],
    ["yes please", "yes"],
    ["that's right", "yes"],
    ["不是", "no"],
    ["不对", "no"],
    ["不用了", "no"],
    ["不要", "no"],
    ["嗯，不是", "no"],
    ["不是，是财务部", "no"],
    ["no", "no"],
    ["Nope.", "no"],
    ["wrong", "no"],
    ["no, yes", "no"],
    ["not really", "no"],
  ] as const)("%s → %s", (said, answer) => {
    expect(parseYesNo(said)).toBe(answer);
  });

  it.each([
    "",
    "我想订房",
    "是财务部",
    "我的行李",
    "对不起",
    "不好意思",
    "hello",
    "I'm not sure",
    "maybe",
  ])("%j is neither yes nor no", (said) => {
    expect(parseYesNo(said)).toBeNull();
  });
});

describe("speechHints", () => {
  it("names every department in the call's language and every member of staff in both scripts", () => {
    const zh = speechHints(dir, "zh");
    const en = speechHints(dir, "en");
    for (const d of dir.departments) {
      expect(zh).toContain(d.name.zh);
      expect(en).toContain(d.name.en);
    }
    for (const hints of [zh, en]) {
      for (const name of [
        "张伟",
        "Zhang Wei",
        "李娜",
        "Li Na",
        "王芳",
        "David Miller",
        "陈静",
        "Chen Jing",
      ]) {
        expect(hints).toContain(name);
      }
    }
  });

  it("adds a few keywords and the other language's name", () => {
    expect(speechHints(dir, "zh")).toContain("退房");
    expect(speechHints(dir, "zh")).toContain("English");
    expect(speechHints(dir, "en")).toContain("taxi");
    expect(speechHints(dir, "en")).toContain("中文");
  });

  it("never hints at a guest", () => {
    for (const hints of [speechHints(dir, "zh"), speechHints(dir, "en")]) {
      for (const g of dir.guests) expect(hints).not.toContain(g.name);
    }
  });

  it("stays under a hundred phrases without repeats", () => {
    for (const hints of [speechHints(dir, "zh"), speechHints(dir, "en")]) {
      expect(hints.length).toBeLessThan(100);
      expect(new Set(hints).size).toBe(hints.length);
    }
  });
});
