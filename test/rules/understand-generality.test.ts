import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import { type Directory, directorySchema, type Staff } from "../../src/rules/directory.ts";
import { exampleDepartments, keypadMenu } from "../../src/rules/keypad.ts";
import { rulesTurn } from "../../src/rules/turn.ts";
import { CONFIDENT, understand } from "../../src/rules/understand/index.ts";
import { inferKinds, kindsOf } from "../../src/rules/understand/kinds-of.ts";
import { department } from "../support/departments.ts";
import { languageOf, routes } from "../support/understanding.ts";

// Understanding that holds for directories written from the docs alone, and for callers who
// speak the way people do on the phone: none of these sentences is in the eval sets.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const hotel = load("directory/lakeside-hotel.yaml");
const company = load("directory/huaxin-manufacturing.yaml");

/** A company of these departments alone, its reception taking the operator's and complaints' calls. */
const companyOf = (
  departments: Directory["departments"],
  name: { zh: string; en: string } = company.organisation.name,
): Directory => ({
  ...company,
  organisation: {
    ...company.organisation,
    name,
    operatorDepartment: "reception",
    complaintsDepartment: "reception",
  },
  departments,
  staff: [],
  knowledge: [],
});

describe("department kinds, read from names", () => {
  it.each([
    [{ zh: "品质部", en: "Quality Assurance" }, "company", ["quality"]],
    [{ zh: "总经办", en: "General Manager's Office" }, "company", ["executive"]],
    [{ zh: "信息部", en: "IT" }, "company", ["it"]],
    [{ zh: "储运部", en: "Storage and Transport" }, "company", ["logistics"]],
    [{ zh: "采购部", en: "Procurement" }, "company", ["purchasing"]],
    [{ zh: "人力资源", en: "People Team" }, "company", ["hr"]],
    [{ zh: "前台", en: "Reception" }, "company", ["reception"]],
    [{ zh: "前台", en: "Reception" }, "hotel", ["front_desk"]],
    [{ zh: "销售部", en: "Sales & Events" }, "hotel", ["sales", "events"]],
    [{ zh: "客房服务中心", en: "Housekeeping" }, "hotel", ["housekeeping"]],
    [{ zh: "会员服务台", en: "Loyalty Desk" }, "hotel", ["membership"]],
    // Two kinds' names side by side in one Chinese name, each its own work …
    [{ zh: "售后维修部", en: "Repair Service" }, "company", ["after_sales", "maintenance"]],
    // … but not a school of engineering, whose second word says only what sort of place it is.
    [{ zh: "工程学院", en: "School of Engineering" }, "company", ["faculty"]],
  ] as const)("%j at a %s is %j", (name, organisation, kinds) => {
    expect(inferKinds(department("d", name), organisation).sort()).toEqual([...kinds].sort());
  });

  it("settles a name two kinds go by on the description only when it says more than a word", () => {
    // A company's 客户服务中心 is after-sales, though a residents' service centre goes by it too
    // and "parcel" is a word residents say.
    const d = {
      ...department("care", { zh: "客户服务中心", en: "Customer Care" }),
      description: { zh: "订单咨询、查快递、产品使用", en: "order questions, where is my parcel" },
    };
    expect(inferKinds(d, "company")).toEqual(["after_sales"]);
  });

  it("reads a name that says nothing from its description", () => {
    const d = department("team_b", { zh: "二部", en: "Team B" }, "发票、付款和对账");
    expect(inferKinds(d, "company")).toEqual(["finance"]);
  });

  it("does not read a kind from one passing word of a description", () => {
    const d = {
      ...department("team_two", { zh: "二部", en: "Team Two" }),
      description: { zh: "培训课程", en: "training courses and equipment" },
    };
    expect(inferKinds(d, "company")).toEqual([]);
  });

  it.each([
    // One word that is both a kind's name and one of its words, or one word in three forms.
    [{ zh: "四组", en: "Team Four" }, "估抄", "estimated readings"],
    [{ zh: "三组", en: "Team Three" }, "", "estimated costs and dates"],
    [{ zh: "外联办", en: "Outreach" }, "志愿者", "volunteers for open days"],
    [{ zh: "四组", en: "Team Four" }, "", "connecting new homes, first supply"],
    [{ zh: "三组", en: "Team Three" }, "", "supplies of water to new homes"],
  ])(
    "does not read %j as a kind from one word of its description counted twice",
    (name, zh, en) => {
      const d = { ...department("d", name), description: { zh, en } };
      expect(inferKinds(d, "company")).toEqual([]);
    },
  );

  it.each([
    // A name and its translation, each one kind's: the description settles which.
    ["学生午餐和点心、菜单", "school lunches, snacks and menus", ["food_beverage"]],
    ["宴会、婚宴和会议茶歇", "banquets, weddings and coffee breaks", ["events"]],
    // … and without one, both.
    ["", "", ["food_beverage", "events"]],
  ])("reads 餐饮部 / Catering, %s, as %j", (zh, en, kinds) => {
    const d = { ...department("d", { zh: "餐饮部", en: "Catering" }), description: { zh, en } };
    expect(inferKinds(d, "company")).toEqual(kinds);
  });

  it("adds what the name shows to the kind a directory gives", () => {
    const dir = structuredClone(company);
    dir.departments.push({
      ...department("leasing", { zh: "招商租赁部", en: "Office Leasing" }),
      description: { zh: "写字楼招商、租赁和看房", en: "office space to let, viewings" },
      kind: "sales",
    });
    expect(understand("你好 我们的租约年底到期 想谈一下续租", dir, "zh")).toMatchObject({
      kind: "department",
      department: "leasing",
    });
  });

  it("takes the kind a directory gives over the name", () => {
    const dir = structuredClone(company);
    const legal = dir.departments.find((d) => d.key === "legal");
    if (!legal) throw new Error("no legal department");
    legal.name = { zh: "三部", en: "Department Three" };
    legal.description = undefined;
    legal.kind = "legal";
    expect(understand("合同要请律师看一下", dir, "zh")).toMatchObject({ department: "legal" });
  });

  it("gives a department no kind at all when the directory says `kind: none`", () => {
    // A gas company's meter workshop is read as after-sales from its repairs, a bus company's
    // depot as a haulier's fleet: `kind: none` keeps them to their own words.
    const halls = [
      { ...department("depot", { zh: "车队", en: "Bus Depot" }), kind: "none" },
      {
        ...department("meters", { zh: "表务所", en: "Meter Services" }, "水表更换和维修"),
        kind: "none",
      },
    ];
    const dir = directorySchema.parse({
      ...company,
      departments: [...company.departments, ...halls],
    });
    expect(kindsOf(dir).get("depot")).toEqual([]);
    expect(kindsOf(dir).get("meters")).toEqual([]);
    // `none` is no kind to list beside others.
    const listed = {
      ...company,
      departments: [...company.departments, { ...halls[1], kind: ["none", "sales"] }],
    };
    expect(directorySchema.safeParse(listed).success).toBe(false);
  });
});

describe("a company understood from names and descriptions alone", () => {
  it.each([
    ["我们的货款什么时候能结", "finance"],
    ["the parts we received are out of tolerance", "quality"],
    ["我想找你们总经理谈合作", "gm_office"],
    ["my laptop won't connect to the VPN", "it"],
    ["卸货的地方在哪", "logistics"],
    ["我们是做包装材料的，想给你们供货", "purchasing"],
    // People drinking and shouting at the gate: the guards', at once.
    ["厂门口有几个人在喝酒 大声嚷嚷的 你们管一下", "security"],
    // A customer asking for samples is a sale in the making; testing samples is R&D's.
    ["请问你们的样品能不能寄一份过来", "sales"],
    ["can you send us some samples of your valves", "sales"],
  ])("%s → %s", (said, key) => {
    const u = understand(said, company, "zh");
    expect(u).toMatchObject({ kind: "department", department: key });
    if (u.kind === "department") expect(u.confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });
});

describe("an order, which says only that something was wanted", () => {
  // Where the order is, or what is ordered, says whose it is; placing one is sales'.
  it.each([
    ["when will our order ship", "logistics"],
    ["has my order been dispatched yet", "logistics"],
    ["I'd like to place an order for 500 valves", "sales"],
  ])("%s → %s", (said, key) => {
    expect(understand(said, company, "en")).toMatchObject({ kind: "department", department: key });
  });
});

describe("everyday phrases that hold a department's word", () => {
  it("hears 'who's in charge' as a caller who doesn't know whom to ask, not as a charge", () => {
    expect(understand("who's in charge there", company, "en")).toMatchObject({
      kind: "department",
      department: "reception",
    });
    expect(understand("who's in charge of purchasing", company, "en")).toMatchObject({
      kind: "department",
      department: "purchasing",
    });
  });

  it("does not take a caller waiting for a call back for an insurer's telesales", () => {
    const u = understand("我上午打过电话 说给我回电话 一直没回", company, "zh");
    if (u.kind === "department") expect(u.confidence).toBeLessThan(CONFIDENT);
  });
});

describe("words shared with a department's own, when no phrase is heard", () => {
  // A museum written as an admin would: no keywords, and no kind of the built-in vocabulary.
  const museum: Directory = {
    ...company,
    departments: [
      department("switchboard", { zh: "总机", en: "Switchboard" }, "电话转接"),
      {
        ...department("conservation", { zh: "修复部", en: "Conservation" }),
        description: {
          zh: "古画、字画装裱和修复",
          en: "mending damaged paintings, scrolls and old furniture",
        },
      },
      department("collections", { zh: "藏品部", en: "Collections" }, "文物征集、藏品捐赠"),
      department("learning", { zh: "社教部", en: "Learning" }, "学校研学、亲子课堂"),
    ],
    organisation: { ...company.organisation, operatorDepartment: "switchboard" },
    guests: [],
    staff: [],
  };

  it.each([
    ["我家里有件老文物 想问问你们收不收", "zh", "collections"],
    ["our old chair got damaged in the move, can your experts look at it", "en", "conservation"],
  ] as const)("%s → %s, to be confirmed", (said, language, key) => {
    const u = understand(said, museum, language);
    expect(u).toMatchObject({ kind: "department", department: key });
    if (u.kind === "department") expect(u.confidence).toBeLessThan(CONFIDENT);
  });

  // The head of a part of a description (捐赠 of 藏品捐赠, "paintings" of "mending damaged
  // paintings") is a phrase heard, not only a shared word.
  it.each([
    ["我家里有件老文物 想问问怎么捐赠", "zh", "collections"],
    [
      "we have an old painting whose paper is torn, can your experts look at it",
      "en",
      "conservation",
    ],
  ] as const)("%s → %s, put through", (said, language, key) => {
    const u = understand(said, museum, language);
    expect(u).toMatchObject({ kind: "department", department: key });
    if (u.kind === "department") expect(u.confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });

  it("is not moved by everyday words nor by the organisation's own name", () => {
    expect(understand("sorry wrong number", museum, "en")).toMatchObject({ kind: "unknown" });
    expect(understand("我那个东西的事情", museum, "zh")).toMatchObject({ kind: "unknown" });
    expect(understand("is this Huaxin, good morning", museum, "en")).toMatchObject({
      kind: "unknown",
    });
  });
});

describe("the operator addressed before the request", () => {
  // "老师" is how many callers address whoever answers; at a school it is also a word of the
  // teachers' office's description.
  const school = companyOf([
    department("reception", { zh: "学校前台", en: "School Reception" }),
    {
      ...department("teachers", { zh: "教务处", en: "Academic Office" }),
      description: { zh: "老师安排、课程表", en: "teachers and timetables" },
    },
  ]);

  it("is a courtesy, not the department asked for", () => {
    const u = understand("老师 我不知道找哪个部门 您帮我转一下吧", school, "zh");
    expect(u).toMatchObject({ kind: "department", department: "reception" });
  });
});

describe("speech as it arrives", () => {
  it.each([
    ["喂 你好 嗯 是这样的 我昨天住进来的 那个 那个 浴巾 浴巾不够", "housekeeping"],
    ["uh hi um yeah so the the bathroom sink is is clogged", "engineering"],
    ["嗯 能不能 再给我送两卷卫生纸", "housekeeping"],
    ["hi um a couple more pillows please", "housekeeping"],
    ["I checked out yesterday and I was charged twice", "finance"],
    ["我想定个房间", "reservations"],
  ])("%s → %s", (said, key) => {
    expect(understand(said, hotel, "zh")).toMatchObject({ kind: "department", department: key });
  });

  it("takes the first of two requests and keeps the other", () => {
    expect(understand("我要退房，另外帮我叫辆出租车", hotel, "zh")).toMatchObject({
      department: "front_desk",
      also: "concierge",
    });
    // A first clause that might be either is not taken as the request.
    expect(understand("我们有个团队要入住，想谈协议价", hotel, "zh")).toMatchObject({
      department: "sales",
    });
  });

  it("hears a word in -ing that names something else than its verb as that word", () => {
    // "accounting" is the finance department; "my account" is a login, not finance.
    expect(understand("I need to talk to accounting", company, "en")).toMatchObject({
      department: "finance",
      confidence: expect.toSatisfy((c: number) => c >= CONFIDENT),
    });
    expect(understand("my account is locked, I can't log in", company, "en")).toMatchObject({
      department: "it",
    });
  });

  it("answers a question and keeps the request that came with it", () => {
    expect(rulesTurn("早餐几点？另外帮我叫辆出租车", hotel, "zh")).toMatchObject({
      kind: "answer",
      also: "concierge",
    });
  });
});

describe("someone said to be staying, asked for by a name nobody here has", () => {
  it.each([
    "请帮我接一下王大明 他住在你们酒店",
    "put me through to Peter Brown, he checked in today",
    // Said as callers hedge it: told so, or only supposed, and with or without 在.
    "我找一下刘小军 他说住在你们酒店",
    "麻烦找下周大伟 他应该住你们那",
    "帮我接一下住在你们那边的孙丽",
  ])("%s is a guest neither confirmed nor denied", (said) => {
    expect(understand(said, hotel, "zh")).toEqual({ kind: "guest", guest: null });
  });
});

describe("names as the recogniser writes them", () => {
  it.each([
    ["Jung Wei please", "zhang_wei"],
    ["Chang Wei in sales", "zhang_wei"],
    ["Hsu Ming please", "xu_ming"],
    ["Lee Nah please", "li_na"],
    ["Chen Chih Chiang", "chen_zhiqiang"],
    ["Michael Braun please", "michael_brown"],
    ["Mike Brown", "michael_brown"],
    ["Sara Milner please", "sarah_miller"],
  ])("%s → %s", (said, key) => {
    expect(understand(said, company, "en")).toMatchObject({ kind: "person", staff: key });
  });

  it("hears Xie as the recogniser spells it", () => {
    const dir = structuredClone(company);
    const { mobile: _, ...someone } = dir.staff[0] as Staff;
    dir.staff.push({
      ...someone,
      key: "xie_fang",
      name: { zh: "谢芳", en: "Xie Fang" },
      department: "admin",
    });
    expect(understand("Shay Fang from admin please", dir, "en")).toMatchObject({
      kind: "person",
      staff: "xie_fang",
    });
  });

  it("hears English names slightly wrong, and not everyday words as names", () => {
    expect(understand("David Milner please", hotel, "en")).toMatchObject({
      kind: "person",
      staff: "david_miller",
    });
    expect(understand("how soon can you send someone", company, "en").kind).not.toBe("person");
  });

  it("reads words that are also names of JavaScript's object members as words", () => {
    expect(understand("is the constructor David Miller there", hotel, "en")).toMatchObject({
      kind: "person",
      staff: "david_miller",
    });
    expect(understand("I want to talk to the constructor", company, "en").kind).not.toBe("person");
  });
});

describe("a name heard in other characters, with the person's own department", () => {
  it.each([
    // 郑凯 of purchasing, written by the recogniser as 正凯.
    ["采购部的正凯", "zheng_kai"],
    ["正凯 采购的", "zheng_kai"],
    ["采购的正凯 正确的正", "zheng_kai"],
  ])("%s → %s", (said, key) => {
    expect(understand(said, company, "zh")).toMatchObject({ kind: "person", staff: key });
  });
});

describe("a private contact asked for", () => {
  it.each([
    "采购部郑凯的私人微信 你们给我一下",
    "能不能加一下郑凯的微信",
    "can you give me Zheng Kai's personal email",
    "你好 我想要一下 那个 你们采购郑凯的手机号 他电话打不通",
  ])("%s is refused as a private number", (said) => {
    expect(understand(said, company, languageOf(said))).toMatchObject({
      kind: "privacy",
      asked: "private_number",
    });
  });

  it("refuses where a member of staff is staying, as it would a room", () => {
    expect(
      understand("could you tell me which hotel Zheng Kai is staying at this week", company, "en"),
    ).toMatchObject({ kind: "privacy", asked: "room_number" });
  });

  it("is not the organisation's own public account", () => {
    expect(understand("你们有微信公众号吗", company, "zh").kind).not.toBe("privacy");
  });
});

describe("the other language asked for, the word said twice", () => {
  it.each([
    ["中文 中文可以吗", "en", "zh"],
    ["英文 英文", "zh", "en"],
  ] as const)("%s (a %s call) → %s", (said, language, wanted) => {
    expect(understand(said, company, language)).toEqual({
      kind: "switch_language",
      language: wanted,
    });
  });
});

describe("surnames with titles and roles", () => {
  it.each([
    ["财务的李姐在吗", hotel, "li_na"],
    ["人事的王老师", hotel, "wang_fang"],
    ["the Chen who handles bookings", hotel, "chen_jing"],
    ["财务的陈会计", company, "chen_li"],
    ["仓库的徐师傅", company, "xu_ming"],
    ["Mr Brown in tech support", company, "michael_brown"],
    ["仓库的徐组长", company, "xu_ming"],
    ["仓库的徐阿姨在不在", company, "xu_ming"],
    ["仓库的徐叔", company, "xu_ming"],
    // A Chinese title put before the surname in English, as 陈会计 and 郑工 are said.
    ["hello can I speak to Accountant Chen please", company, "chen_li"],
    ["could I speak to Lawyer Ma please", company, "ma_li"],
  ])("%s → %s, put through", (said, dir, key) => {
    const u = understand(said, dir, "zh");
    expect(u).toMatchObject({ kind: "person", staff: key });
    if (u.kind === "person") expect(u.confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });

  it("asks which when two people fit", () => {
    // 李娜 buys, 李强 keeps the accounts: 小李 alone is either.
    const u = understand("找一下小李", company, "zh");
    expect(u.kind).toBe("person");
    if (u.kind !== "person") return;
    expect(u.confidence).toBeLessThan(CONFIDENT);
    expect([u.staff, ...(u.alternatives ?? [])].sort()).toEqual(["li_na", "li_qiang"]);
    // The department named settles it.
    expect(understand("采购的小李", company, "zh")).toMatchObject({ staff: "li_na" });
  });
});

describe("a story going round, or a trade's words, not an emergency", () => {
  it.each([
    "喂 网上有人说你们充电宝爆炸了 我们媒体想核实一下",
    "there's a rumour online that one of your power banks caught fire, can I get a comment",
    // A car body shop's trade words.
    "hi my car's in with you for accident repairs, the panel beating, how's it going",
    // An engine that won't catch ("打不着火") is no fire, a car park's barrier no trap.
    "我车在路边抛锚了 打不着火",
    "我停车票丢了 出不去了 怎么办",
  ])("%s is not dialled as one", (said) => {
    expect(understand(said, company, languageOf(said)).kind).not.toMatch(/emergency/);
  });
});

describe("emergencies", () => {
  it.each([
    ["我们被困在电梯里了", "trapped"],
    ["工人的手被机器夹住了", "injury"],
    ["有人触电了", "electric"],
    ["水管爆了，到处都是水", "flood"],
    ["my son is missing", "missing_child"],
    ["he says he wants to kill himself", "self_harm"],
    ["someone has a gun", "violence"],
    ["my friend isn't breathing", "medical"],
    ["my husband swallowed a handful of sleeping pills", "self_harm"],
    ["she keeps saying she wants to die", "self_harm"],
    ["有个人坐在天台上不肯下来", "self_harm"],
    ["他说要从桥上跳下去", "self_harm"],
    ["my little girl was right here and now i can't find her", "missing_child"],
    ["i cannot find him anywhere, he is only six", "missing_child"],
    ["I can smell smoke in the corridor", "smoke"],
    // Heard with the caller's own ears, and told of as happening now.
    ["I heard an explosion in the car park", "fire"],
    ["听说你们楼下着火了 现在还在烧", "fire"],
    // Someone fallen down and not answering when spoken to.
    ["喂 我们这边有个人突然倒了 叫他没反应 你们快来", "medical"],
    // The fire brigade calling, or a room someone is locked in, is still one.
    ["this is the fire brigade, your warehouse is on fire", "fire"],
    ["it's the fire department, we came for the inspection but there's smoke pouring out", "smoke"],
    ["our technician is locked in the cold room", "trapped"],
  ])("%s is an emergency (%s), put through at once", (said, category) => {
    expect(understand(said, hotel, "en")).toEqual({ kind: "emergency", category });
  });

  it.each([
    ["有股烧焦的味道", "fire"],
    ["the lift stopped", "trapped"],
    ["my room stinks of stale smoke", "smoke"],
    // Heard from someone else: may be so.
    ["听说你们楼下着火了", "fire"],
  ])("%s may be one: asked once", (said, category) => {
    expect(understand(said, hotel, "zh")).toEqual({ kind: "maybe_emergency", category });
  });

  it.each([
    "the fire exit sign is broken",
    "a smell of burnt toast from the kitchen, it's fine now",
    "the lift is slow today",
    "我们被客户威胁要起诉",
    "电脑死机了",
    "could someone help me carry my bags down",
    "can someone help us with the projector",
    // Long over, and the call is about what followed.
    "there was a fire on the vessel back in March and our cargo was damaged, we're still waiting on compensation",
    "上次台风我们仓库进水了 理赔材料交上去到现在没消息",
    "他倒了杯水给我 然后就走了",
    // What a policy covers, asked of an insurer.
    "your salesman told me the policy covers flood and now you refuse, I want to complain",
    "does my home insurance cover flood damage",
    "the escalator by the cinema isn't moving",
    "门铃按了没反应 是不是坏了",
    // The fire brigade booking a visit, the fire rules for a stand, an account locked in an app.
    "hi, it's the fire department, we'd like to schedule our annual inspection of your warehouse",
    "we're building a stand for the show, what are your fire regulations",
    "my login got locked in the app and I can't get into the system",
  ])("%s is not one", (said) => {
    const u = understand(said, company, "en");
    expect(u.kind === "emergency" || u.kind === "maybe_emergency").toBe(false);
  });
});

describe("the keypad menu and examples", () => {
  it("numbers a directory's departments when it gives no digits", () => {
    const menu = keypadMenu(company);
    expect(menu[0]).toMatchObject({ key: "0", department: { key: "reception" } });
    expect(menu.map((i) => i.key)).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(new Set(menu.map((i) => i.department.key)).size).toBe(9);
  });

  it("keeps the digits a directory gives", () => {
    expect(keypadMenu(hotel).map((i) => [i.key, i.department.key])).toContainEqual([
      "2",
      "reservations",
    ]);
  });

  it("takes examples from the organisation's own departments", () => {
    expect(exampleDepartments(company)?.map((d) => d.key)).toEqual(["gm_office", "sales"]);
    expect(exampleDepartments(hotel)?.map((d) => d.key)).toEqual(["front_desk", "reservations"]);
    const tiny = directorySchema.parse({
      ...structuredClone(company),
      departments: company.departments
        .filter((d) => d.key === "reception")
        .map((d) => ({ ...d, afterHours: "message" })),
      staff: [],
      organisation: {
        ...company.organisation,
        emergencyDepartment: "reception",
        complaintsDepartment: "reception",
      },
    });
    expect(exampleDepartments(tiny)).toBeNull();
  });
});

describe("a department's own words, beside its kind's", () => {
  // Three practice groups of one kind, told apart by their descriptions alone.
  const group = (key: string, zh: string, en: string, said: { zh: string; en: string }) => ({
    ...department(key, { zh, en }),
    description: said,
  });
  const firm = companyOf([
    group("reception", "前台", "Reception", { zh: "来访接待和总机", en: "visitors and calls" }),
    group("litigation", "诉讼部", "Litigation", {
      zh: "诉讼和仲裁",
      en: "lawsuits and court hearings",
    }),
    group("corporate", "公司业务部", "Corporate", {
      zh: "并购和公司设立",
      en: "mergers and acquisitions",
    }),
    group("ip", "知识产权部", "Intellectual Property", {
      zh: "商标和专利",
      en: "trademarks and patents",
    }),
  ]);

  it.each([
    ["I need a lawyer for an acquisition", "corporate"],
    ["我们公司要做并购 想找个律师聊一下", "corporate"],
    ["we want to register a trademark, can I talk to a lawyer", "ip"],
  ])("%s → %s, by a word of its description", (said, key) => {
    expect(understand(said, firm, /[\u3400-\u9fff]/.test(said) ? "zh" : "en")).toMatchObject({
      kind: "department",
      department: key,
    });
  });
});

describe("the organisation's own trade word, in one department's description", () => {
  // A law firm's HR hires lawyers: "律师" there names the firm's trade, not what HR does.
  const firm = companyOf(
    [
      department("reception", { zh: "前台", en: "Reception" }),
      {
        ...department("litigation", { zh: "诉讼部", en: "Litigation" }),
        description: { zh: "诉讼和仲裁", en: "lawsuits and arbitration" },
      },
      {
        ...department("corporate", { zh: "公司业务部", en: "Corporate" }),
        description: { zh: "并购和公司设立", en: "mergers and acquisitions" },
      },
      {
        ...department("hr", { zh: "人力资源部", en: "HR & Recruitment" }),
        description: {
          zh: "律师和律师助理招聘、实习",
          en: "hiring lawyers and paralegals, internships",
        },
      },
    ],
    { zh: "京禾律师事务所", en: "Jinghe Law Firm" },
  );

  it.each(["我想找个律师 有点事想咨询", "I need to speak to a lawyer please", "我想找个刑事律师"])(
    "%s is not a call for HR",
    (said) => {
      const got = understand(said, firm, /[\u3400-\u9fff]/.test(said) ? "zh" : "en");
      expect(got.kind === "department" ? got.department : got.kind).not.toBe("hr");
    },
  );

  it.each([
    ["我们想招聘律师助理 有实习岗位吗", "hr"],
    ["对方欠款不还 我想找律师起诉", "litigation"],
  ])("%s → %s", (said, key) => {
    expect(understand(said, firm, "zh")).toMatchObject({ kind: "department", department: key });
  });
});

describe("lost property", () => {
  // A company whose customer service desk keeps lost property, and whose guards do not.
  const dir = structuredClone(company);
  dir.departments.push({
    ...department("service_desk", { zh: "服务台", en: "Information Desk" }),
    description: { zh: "咨询和失物招领", en: "enquiries, lost and found" },
  });

  it.each([
    "我钱包丢了 能帮我看看有没有人交上来吗",
    "I think I left my umbrella in your lobby, has anyone handed it in",
  ])("%s → the desk whose description keeps it, before the guards", (said) => {
    expect(understand(said, dir, languageOf(said))).toMatchObject({
      kind: "department",
      department: "service_desk",
    });
  });

  it("goes to the guards where no description speaks of it", () => {
    expect(understand("我钱包丢了", company, "zh")).toMatchObject({
      kind: "department",
      department: "security",
    });
  });

  it("reads a lost property office as its own kind", () => {
    expect(inferKinds(department("d", { zh: "失物招领处", en: "Lost & Found" }), "hotel")).toEqual([
      "lost_property",
    ]);
  });
});

describe("a kind the directory lacks, whose work a description speaks of", () => {
  // A hotel without a housekeeping department, whose guest services desk brings what rooms need.
  const dir = structuredClone(hotel);
  dir.departments = dir.departments.filter((d) => d.key !== "housekeeping");
  dir.departments.push({
    ...department("guest_services", { zh: "宾客服务中心", en: "Guest Services" }),
    description: {
      zh: "客房用品、打扫房间、叫醒服务",
      en: "room amenities, room cleaning, wake-up calls",
    },
  });

  it.each([
    ["那个 能不能给我加一床被子 有点冷", "zh"],
    ["could you send up some more towels please", "en"],
  ] as const)(
    "%s → the desk that does that work, not the kind's usual fallback",
    (said, language) => {
      expect(understand(said, dir, language)).toMatchObject({
        kind: "department",
        department: "guest_services",
      });
    },
  );

  it("puts a request only that desk was heard in through at once, and confirms a lesser word", () => {
    for (const said of ["we need an extra pillow", "想要一个婴儿床"]) {
      const u = understand(said, dir, languageOf(said));
      expect(u).toMatchObject({ kind: "department", department: "guest_services" });
      expect(u.kind === "department" && u.confidence).toBeGreaterThanOrEqual(CONFIDENT);
    }
    const quilt = understand("能不能加一床被子", dir, "zh");
    expect(quilt.kind === "department" && quilt.confidence).toBeLessThan(CONFIDENT);
  });
});

describe("two departments of one kind, heard alike", () => {
  // Public Relations is of the marketing kind too: its own description tells the press it is theirs.
  const dir = structuredClone(company);
  dir.departments.push({
    ...department("pr", { zh: "公关部", en: "Public Relations" }),
    description: { zh: "媒体采访、新闻稿", en: "press and media enquiries" },
  });

  it("puts the one more of whose own words were said first", () => {
    routes(dir)("你好 我是报社的记者 想采访一下你们公司", "pr");
    routes(dir)("我们想投放一些品牌广告", "marketing");
  });
});

describe("a trade's operator or agent, not the switchboard's", () => {
  it.each([
    "we distribute machine parts and we'd like to be your agent in Vietnam",
    "hi, we're a tour operator and we'd like to visit your factory with a group",
  ])("%s is not a call for the operator", (said) => {
    expect(understand(said, company, "en").kind).not.toBe("operator");
  });
});

describe("where something was left", () => {
  // Lost property is the security office's at the demo hotel: the place it was left is no request.
  it.each([
    ["我的包好像落在你们餐厅了", "zh"],
    ["我把手机忘在健身房了", "zh"],
    ["I left my scarf in the spa yesterday", "en"],
  ] as const)("%s → lost property, not the place", (said, language) => {
    const u = understand(said, hotel, language);
    expect(u).toMatchObject({ kind: "department", department: "security" });
    expect(u.kind === "department" && u.confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });

  it("still hears the place when nothing else asks for anywhere", () => {
    expect(understand("我想订餐厅的位子", hotel, "zh")).toMatchObject({ department: "restaurant" });
  });
});

describe("put through at once when a question would save nothing", () => {
  // Three teams of one trade, each with a line of its own, and a customer service desk in two.
  const team = (key: string, name: { zh: string; en: string }, zh: string, en: string) => ({
    ...department(key, name),
    description: { zh, en },
    kind: "legal" as const,
  });
  const firm: Directory = {
    ...company,
    organisation: { ...company.organisation, operatorDepartment: "reception" },
    departments: [
      department("reception", { zh: "前台", en: "Reception" }),
      team(
        "disputes",
        { zh: "争议解决部", en: "Disputes" },
        "诉讼、仲裁",
        "lawsuits, shipping claims",
      ),
      team("deals", { zh: "公司并购部", en: "Corporate" }, "并购、公司设立", "mergers"),
      team("brands", { zh: "知识产权部", en: "Intellectual Property" }, "商标、专利", "patents"),
      department("care", { zh: "客服一部", en: "Customer Care One" }),
      department("care_two", { zh: "客服二部", en: "Customer Care Two" }),
    ],
    staff: [
      {
        ...(company.staff[0] as Staff),
        key: "huang_min",
        name: { zh: "黄敏", en: "Huang Min" },
        department: "care_two",
      },
    ],
    guests: [],
    knowledge: [],
  };
  const sure = (u: ReturnType<typeof understand>) =>
    (u.kind === "department" || u.kind === "person") && u.confidence >= CONFIDENT;

  it("takes the one of a trade's teams its own words name, when the others share them all", () => {
    // "lawyer" is every team's; the ship only the team for shipping claims'.
    const u = understand("I need a lawyer, our ship was seized", firm, "en");
    expect(u).toMatchObject({ kind: "department", department: "disputes" });
    expect(sure(u)).toBe(true);
  });

  it("still asks which when nothing tells the teams apart", () => {
    const u = understand("我想找个律师咨询一下", firm, "zh");
    expect(u).toMatchObject({ kind: "department", alternatives: ["deals", "brands"] });
    expect(sure(u)).toBe(false);
  });

  it("puts a title and surname through to the one of that name in the desks the words name", () => {
    const u = understand("客服的黄经理在吗", firm, "zh");
    expect(u).toMatchObject({ kind: "person", staff: "huang_min" });
    expect(sure(u)).toBe(true);
  });

  it("takes the one of two names alike who works in the department named", () => {
    const u = understand("can I have Wong Lay from tech support", company, "en");
    expect(u).toMatchObject({ kind: "person", staff: "wang_lei" });
    expect(sure(u)).toBe(true);
    // With no department said, either may be meant.
    expect(sure(understand("Wong Lay please", company, "en"))).toBe(false);
  });

  it("puts a title and a surname only one of the staff has through at a company, not a hotel", () => {
    const atCompany = understand("is Ms Miller in today", company, "en");
    expect(atCompany).toMatchObject({ kind: "person", staff: "sarah_miller" });
    expect(sure(atCompany)).toBe(true);
    // A hotel's caller may mean a guest of that name: asked first.
    const atHotel = understand("can I talk to Mr Miller", hotel, "en");
    expect(atHotel).toMatchObject({ kind: "person", staff: "david_miller" });
    expect(sure(atHotel)).toBe(false);
  });

  it("puts a strong lead through when the next is a word behind, and asks when it is close", () => {
    // The theft is security's; the bag, a word of the concierge's, is a long way behind.
    const far = understand("my wallet and bag were stolen", hotel, "en");
    expect(far).toMatchObject({ kind: "department", department: "security" });
    expect(sure(far)).toBe(true);
    const close = understand("房卡丢了", hotel, "zh");
    expect(close).toMatchObject({ kind: "department", department: "front_desk" });
    expect(sure(close)).toBe(false);
  });
});

describe("a word lent from a kind the directory lacks, written in another's description", () => {
  // An exhibition centre: no marketing department for "展位" to go to, so the vocabulary lends it
  // to Venue Sales; but Exhibitor Services' own description speaks of stands.
  const centre = companyOf(
    [
      department("reception", { zh: "总机", en: "Switchboard" }),
      {
        ...department("venue_sales", { zh: "场馆销售部", en: "Venue Sales" }),
        description: { zh: "场馆租赁、档期、报价", en: "hiring halls, show dates, quotes" },
      },
      {
        ...department("exhibitor_services", { zh: "展商服务部", en: "Exhibitor Services" }),
        description: {
          zh: "展位水电网申请、展具租赁、展商证件",
          en: "power, water and internet for stands, furniture hire, exhibitor badges",
        },
      },
    ],
    { zh: "浦江会展中心", en: "Pujiang Expo Centre" },
  );

  it.each([
    ["我是展商，要申请展位用水。", "exhibitor_services"],
    ["明年想租你们的场馆办展 档期怎么排", "venue_sales"],
  ])("%s → %s", (said, key) => {
    expect(understand(said, centre, languageOf(said))).toMatchObject({
      kind: "department",
      department: key,
    });
  });
});

describe("a kind's words lent only where no kind the directory has says them", () => {
  // A school's health centre is the nearest the directory has to a children's clinic, but "my son"
  // is what every parent says, and the school's student affairs office's own kind says it.
  const school = companyOf(
    [
      department("reception", { zh: "学校前台", en: "School Reception" }),
      department("student_affairs", { zh: "学生事务处", en: "Student Affairs" }),
      {
        ...department("health_centre", { zh: "校医室", en: "Health Centre" }),
        description: {
          zh: "校医、学生生病受伤处理",
          en: "the school nurse, pupils unwell or hurt",
        },
      },
    ],
    { zh: "明德学校", en: "Mingde School" },
  );

  it("keeps a parent's words with the department whose own kind says them", () => {
    expect(understand("hi, it's about my son, he's in year three", school, "en")).toMatchObject({
      kind: "department",
      department: "student_affairs",
    });
  });

  it("hears no system's name in an everyday word: 'his' is not a hospital's HIS", () => {
    const withIt = {
      ...school,
      departments: [
        ...school.departments,
        department("it", { zh: "信息技术部", en: "IT Services" }),
      ],
    };
    const u = understand("he got a bump on his head in PE, can I talk to the nurse", withIt, "en");
    expect(u).toMatchObject({ kind: "department", department: "health_centre" });
  });

  it("still lends the words no kind here says", () => {
    expect(understand("孩子发烧了 嗓子疼", school, "zh")).toMatchObject({
      kind: "department",
      department: "health_centre",
    });
  });
});

describe("the organisation's own trade, in its departments' English names", () => {
  // At an insurer every department speaks of insurance: "Commercial Insurance" is its business
  // lines, not a hospital's insurance office; "Property Service Centre" at a property manager
  // keeps the trade word that makes its kind.
  const at = (en: string, departments: Directory["departments"]): Directory =>
    companyOf([department("reception", { zh: "前台", en: "Reception" }), ...departments], {
      zh: "测试",
      en,
    });

  it("is not read as a kind when it is the head of a name", () => {
    const insurer = at("Hexin Insurance", [
      {
        ...department("commercial", { zh: "企业客户部", en: "Commercial Insurance" }),
        description: { zh: "企业财产险、货运险", en: "business property and cargo insurance" },
      },
    ]);
    expect(kindsOf(insurer).get("commercial")).not.toContain("medical_insurance");
  });

  it("still makes the kind it is part of", () => {
    const manager = at("Huijia Property Management", [
      department("service", { zh: "物业服务中心", en: "Property Service Centre" }),
    ]);
    expect(kindsOf(manager).get("service")).toEqual(["property_service"]);
  });
});

describe("a kind of another trade, beside a department's own", () => {
  // An insurer's, a law firm's, a hospital's kinds are taken beside a department's first kind
  // only where some department is of that trade first.
  const of = (departments: Directory["departments"]) =>
    kindsOf(companyOf([department("reception", { zh: "前台", en: "Reception" }), ...departments]));

  it("is not taken where no department is of that trade", () => {
    const maker = of([
      department("sales", { zh: "营销中心", en: "Commercial" }, "报价、订单和经销商"),
      department("contracts", { zh: "商务合同部", en: "Commercial & Contracts" }),
      department("service", { zh: "客服理赔部", en: "Customer Service & Claims" }),
    ]);
    expect(maker.get("sales")).toEqual(["sales"]);
    expect(maker.get("contracts")).toEqual(["legal"]);
    // A courier's or a shop's claims for goods lost are no one trade's.
    expect(maker.get("service")).toEqual(["after_sales", "claims"]);
    const firm = of([
      department("corporate", { zh: "公司业务部", en: "Corporate and Commercial" }),
      department("disputes", { zh: "争议解决部", en: "Dispute Resolution" }),
    ]);
    expect(firm.get("corporate")).toEqual(["corporate_law"]);
  });

  it("is taken where a department is of that trade first", () => {
    const insurer = of([
      department("sales", { zh: "营销中心", en: "Commercial" }),
      department("claims", { zh: "车险理赔部", en: "Motor Claims" }),
    ]);
    expect(insurer.get("sales")).toEqual(["sales", "commercial_insurance"]);
    const hospital = of([
      department("clinic", { zh: "门诊药房", en: "Outpatients & Pharmacy" }),
      department("wards", { zh: "住院部", en: "Inpatient Wards" }),
    ]);
    expect(hospital.get("clinic")).toEqual(["pharmacy", "outpatient"]);
  });
});

describe("a service hall's windows, asked for by what each window handles", () => {
  // A government or bank hall names its counters 窗口; callers say what is done there, without
  // the word: "公积金" is the provident fund window's, not the HR words of a personnel window.
  const hall = companyOf([
    department("reception", { zh: "咨询台", en: "Information" }),
    department("fund", { zh: "公积金窗口", en: "Provident Fund" }),
    department("pension", { zh: "社保窗口", en: "Social Security" }),
    department("jobs", { zh: "人才服务窗口", en: "Talent Services" }, "人事档案、人才引进"),
    department("ratings", { zh: "效能监督室", en: "Service Supervision" }, "好差评、意见建议"),
  ]);

  it.each([
    ["公积金怎么提出来 我要还房贷", "fund"],
    ["我换了单位 公积金要转过去", "fund"],
    ["社保交了十五年了 想问问", "pension"],
  ])("%s → %s", (said, key) => {
    const u = understand(said, hall, "zh");
    expect(u).toMatchObject({ kind: "department", department: key });
  });

  // 好差评 is the halls' rating scheme, good and bad alike: praise given through it is no complaint.
  it("takes praise through the rating scheme to its office, and a bad rating as a complaint", () => {
    expect(understand("我想在好差评上给三号窗口的小伙子点个赞", hall, "zh")).toMatchObject({
      kind: "department",
      department: "ratings",
    });
    expect(understand("等了两个小时 我要给你们差评", hall, "zh")).toEqual({ kind: "complaint" });
  });
});

describe("a department of no kind, reached by its own name", () => {
  // 抄表所 and 检定所 are of no built-in kind: their names, less the 所 of a station or
  // bureau, are what callers ask for, before the fees desk whose kind hears meter readings.
  const water = companyOf([
    department("reception", { zh: "前台", en: "Reception" }),
    department("billing", { zh: "收费中心", en: "Billing" }, "水费账单、缴费和发票"),
    department("readings", { zh: "抄表所", en: "Meter Reading" }, "上门抄表、读数核对"),
    department("calibration", { zh: "检定所", en: "Meter Calibration" }, "水表检定和校准"),
    department("security", { zh: "保卫科", en: "Security" }),
  ]);

  it.each([
    ["抄表的一直没来 都三个月了", "readings"],
    ["抄表员能不能周末来", "readings"],
    ["我想找检定的人问一下", "calibration"],
  ])("%s → %s", (said, key) => {
    const u = understand(said, water, "zh");
    expect(u).toMatchObject({ kind: "department", department: key });
    if (u.kind === "department") expect(u.confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });
});
