import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory, KnowledgeEntry } from "../../src/rules/directory.ts";
import { rulesTurn } from "../../src/rules/turn.ts";
import { languageOf } from "../support/understanding.ts";

// Answered from the knowledge base, or put through: a property manager whose entries are written
// as questions, mostly without keywords (test/rules/fixtures/property.yaml).

const file = "test/rules/fixtures/property.yaml";
const property: Directory = parseDirectoryFile(readFileSync(file, "utf8"), file);

const turn = (said: string) => rulesTurn(said, property, languageOf(said));

/** The fixture with one more entry: an entry's question (zh, en), answer (zh, en) and keywords. */
function withEntry(key: string, q: [string, string], a: [string, string], zh: string[] = []) {
  const entry: KnowledgeEntry = {
    key,
    question: { zh: q[0], en: q[1] },
    answer: { zh: a[0], en: a[1] },
    keywords: { zh, en: [] },
  };
  return { ...property, knowledge: [...property.knowledge, entry] };
}

describe("a time or a price asked of what an entry's question is about", () => {
  it.each([
    ["快递柜几点到几点能取", "lockers"],
    ["what time can I pick up my parcel from the lockers", "lockers"],
    ["物业费一平方多少钱 我家是高层", "fee_rate"],
    ["装修工人几点可以开工", "works_hours"],
  ])("%s → the answer of %s", (said, key) => {
    expect(turn(said)).toMatchObject({ kind: "answer", entries: [{ key }] });
  });

  it("is heard when the entry's question says the time and the thing in one phrase", () => {
    // "多久发货" asks a time of 发货, which a caller asks "什么时候能发货".
    const dir = withEntry(
      "shipping",
      ["下单后多久发货？", "How soon do you ship after I order?"],
      ["下午四点前付款的订单当天发货。", "Orders paid before 4 pm ship the same day."],
    );
    expect(rulesTurn("今天下单 什么时候能发货", dir, "zh")).toMatchObject({
      kind: "answer",
      entries: [{ key: "shipping" }],
    });
  });

  it("is not answered with the opening hours of something the caller did not name", () => {
    const t = turn("快递柜几点到几点能取");
    expect(t.kind === "answer" ? t.entries.map((k) => k.key) : []).not.toContain("desk_hours");
  });

  it("is not answered by an entry whose question asks another thing of it", () => {
    // The directions say where the compound is and how to come, not when the bus leaves.
    expect(turn("what time does the bus to the compound leave in the morning")).not.toMatchObject({
      kind: "answer",
    });
  });

  it("is not answered by an entry whose answer alone speaks of it", () => {
    // The renovation permit's answer says to register in the app; the event is something else.
    expect(turn("下周的业主活动怎么登记")).not.toMatchObject({ kind: "answer" });
    expect(turn("装修怎么申请 要交押金吗")).toMatchObject({
      kind: "answer",
      entries: [{ key: "renovation_permit" }],
    });
  });

  it("is not asked when a weekend is only spoken of", () => {
    expect(turn("楼上周末一大早就在装修 这样也行吗")).not.toMatchObject({ kind: "answer" });
  });
});

describe("the caller's own case", () => {
  it.each([
    "how do I change the address on my account, I typed the wrong address",
    "停车月卡到期了 怎么续",
    "停车卡忘带了 车怎么出去",
    "I forgot my parking card, how much is it to get the car out",
  ])("%s is put through, not answered from the knowledge base", (said) => {
    const t = turn(said);
    expect(t.kind).not.toBe("answer");
    expect(t).not.toMatchObject({ unanswered: true });
    expect(t).toMatchObject({ understanding: { kind: "department" } });
  });

  it.each(["地址填错了能不能改", "is there a way to update my address, the one you have is wrong"])(
    "%s is not answered with the organisation's address",
    (said) => {
      expect(turn(said).kind).not.toBe("answer");
    },
  );

  it("still hears the organisation's own address asked", () => {
    const t = turn("你们小区地址在哪 我要过来");
    expect(t.kind === "answer" ? t.entries.map((k) => k.key) : []).toContain("address");
  });
});

describe("what an entry's answer speaks of", () => {
  it("is what it says in both its languages, not a name in one of them", () => {
    // "Industrial Park" is part of an address, and says nothing of parking.
    const dir = withEntry(
      "office",
      ["你们公司在哪？", "Where is your office?"],
      ["我们在智谷产业园B栋6楼。", "We are on the 6th floor of Building B, Zhigu Industrial Park."],
    );
    const t = rulesTurn("is there visitor parking at your office", dir, "en");
    expect(t.kind).not.toBe("answer");
  });
});

describe("an entry's keywords", () => {
  it("are heard with what they are done to said first", () => {
    const dir = withEntry(
      "cards",
      ["会员卡怎么用？", "How do I use a member card?"],
      ["会员卡可以在服务中心刷卡消费。", "Use your member card at the service desk."],
      ["刷会员卡"],
    );
    expect(rulesTurn("会员卡你们那边能刷吗", dir, "zh")).toMatchObject({
      kind: "answer",
      entries: [{ key: "cards" }],
    });
    // The verb said in another clause does nothing to the thing.
    expect(rulesTurn("会员卡丢了，能刷脸进门吗", dir, "zh")).not.toMatchObject({
      kind: "answer",
      entries: [{ key: "cards" }],
    });
  });
});

describe("something to be done for the caller", () => {
  it.each([
    "I'm moving in tomorrow, can I get a parking permit tonight",
    "我刚到小区门口 现在能不能进去停车",
    "能不能把停车月卡办了",
  ])("%s is put through, not answered from the knowledge base", (said) => {
    const t = turn(said);
    expect(t.kind).not.toBe("answer");
    expect(t).toMatchObject({ understanding: { kind: "department" } });
  });

  it("still answers the same asked of no occasion of the caller's", () => {
    expect(turn("can I get a parking permit")).toMatchObject({
      kind: "answer",
      entries: [{ key: "permit_price" }],
    });
  });

  it("asks those who let it what one costs, rather than offering a person", () => {
    const t = turn("do you have any storage rooms to rent, how much are they");
    expect(t).toMatchObject({ understanding: { kind: "department", department: "leasing" } });
    expect(t).not.toMatchObject({ unanswered: true });
  });
});

describe("what the organisation does, asked", () => {
  it("answers 'can you guys issue …' from the entry about it", () => {
    const t = turn("can you guys issue a VAT invoice for the parking permit");
    expect(t.kind === "answer" ? t.entries[0]?.key : t.kind).toBe("invoices");
  });

  it("puts a question about a department's work through, a house rule asked after it or not", () => {
    expect(turn("你们能修空调吗 孩子房间的空调也能修吗")).toMatchObject({
      kind: "decided",
      understanding: { kind: "department", department: "engineering" },
    });
  });

  it("still offers a person for a house rule nothing answers", () => {
    for (const said of ["可以养狗吗", "请问，可以养狗吗"]) {
      expect(turn(said)).toMatchObject({ kind: "unsure", unanswered: true });
    }
  });
});

describe("what the organisation does, asked of a thing no department names", () => {
  it.each([
    "do you guys do key cutting for people who pay the management fee",
    "do you guys do key cutting for people who rent a shop here",
  ])("%s offers a person, whatever the words that qualify it name", (said) => {
    expect(turn(said)).toMatchObject({ kind: "unsure", unanswered: true });
  });

  it("offers a person for what any of its staff can do, when two departments' words were heard", () => {
    const dir = structuredClone(property);
    const like = dir.departments.find((d) => d.key === "leasing");
    if (!like) throw new Error("the fixture has a leasing department");
    const { keypad: _, ...plain } = like;
    dir.departments.push(
      {
        ...plain,
        key: "disputes",
        name: { zh: "诉讼部", en: "Disputes" },
        description: { zh: "律师代理诉讼", en: "lawyers for court cases" },
      },
      {
        ...plain,
        key: "contracts",
        name: { zh: "合同部", en: "Contracts" },
        description: { zh: "律师审合同", en: "lawyers for contracts" },
      },
    );
    expect(rulesTurn("hi do any of your lawyers speak Japanese", dir, "en")).toMatchObject({
      kind: "unsure",
      unanswered: true,
    });
  });

  it("still puts through a department's own work, qualified or not", () => {
    expect(turn("do you do plumbing repairs")).toMatchObject({
      kind: "decided",
      understanding: { kind: "department", department: "engineering" },
    });
    expect(
      turn("do you guys do plumbing repairs for people who rent a shop here"),
    ).not.toMatchObject({ unanswered: true });
  });
});

describe("a question after a greeting", () => {
  it("is heard past the greeting or hesitation it opens with", () => {
    for (const said of [
      "hello is the service desk open on Sundays",
      "hi um is the service desk open on Sundays",
    ]) {
      expect(turn(said)).toMatchObject({ kind: "answer", entries: [{ key: "desk_hours" }] });
    }
  });

  it("is not a question nothing answers when it asks for someone to come", () => {
    const t = turn("it keeps beeping when I turn it on, is there anyone who can come");
    expect(t).toMatchObject({ kind: "unsure", unanswered: false });
  });
});

/** The fixture's departments with other entries: a venue's, written as questions only. */
function withEntries(...entries: [string, [string, string], [string, string]][]): Directory {
  const knowledge = entries.map(([key, q, a]) => ({
    key,
    question: { zh: q[0], en: q[1] },
    answer: { zh: a[0], en: a[1] },
    keywords: { zh: [], en: [] },
  }));
  return { ...property, knowledge };
}

const venue = withEntries(
  [
    "hours",
    ["你们几点开馆？", "When are you open?"],
    ["每天9点到17点。", "Every day, 9 am to 5 pm."],
  ],
  [
    "luggage",
    ["行李可以寄存吗？", "Is there a left-luggage service?"],
    ["北门有行李寄存处。", "There is left luggage at the North Entrance."],
  ],
  [
    "registration",
    ["观众怎么登记入场？", "How do visitors register to get in?"],
    ["请在官网提前登记。", "Register in advance on our website."],
  ],
  [
    "children",
    ["可以带小孩来吗？", "Can I bring children?"],
    ["18岁以下需家长陪同。", "Under-18s come with a parent."],
  ],
);

describe("a question asked in other words than its entry's", () => {
  it.each([
    ["what time do you close today", "hours"],
    ["when does the hall shut on Fridays", "hours"],
    ["周六几点闭馆", "hours"],
    ["is there somewhere I can leave my suitcase", "luggage"],
    ["is there an age limit for visitors", "children"],
  ])("%s → the answer of %s", (said, key) => {
    expect(rulesTurn(said, venue, languageOf(said))).toMatchObject({
      kind: "answer",
      entries: [{ key }],
    });
  });

  it("hears no opening hours in 'when I open …'", () => {
    expect(
      rulesTurn("when I open the app it says my ticket is invalid", venue, "en"),
    ).not.toMatchObject({ kind: "answer" });
  });

  it("offers a person for cash machines and money changing, which no entry tells", () => {
    // "exchange" is also the word of those who take goods back: not what is asked here.
    const dir = structuredClone(venue);
    const like = dir.departments.find((d) => d.key === "leasing");
    if (!like) throw new Error("the fixture has a leasing department");
    const { keypad: _, ...plain } = like;
    dir.departments.push({
      ...plain,
      key: "returns",
      name: { zh: "售后服务部", en: "Returns Desk" },
      description: { zh: "退换货", en: "returns and exchanges" },
    });
    for (const said of [
      "do you have ATMs or a currency exchange in the hall",
      "你们那里有取款机吗",
    ]) {
      expect(rulesTurn(said, dir, languageOf(said))).toMatchObject({
        kind: "unsure",
        unanswered: true,
      });
    }
  });

  it("hears no founding in something found, nor the way to come in a bus said in passing", () => {
    const t = rulesTurn(
      "I left my phone on the shuttle bus, is there a lost and found",
      withEntry(
        "directions",
        ["怎么过来？", "How do I get there by bus or metro?"],
        ["地铁1号线。", "Metro Line 1."],
      ),
      "en",
    );
    expect(t).not.toMatchObject({ kind: "answer" });
    expect(t).not.toMatchObject({ unanswered: true });
  });
});

const mall = withEntries(
  [
    "address",
    ["商场在哪里？怎么过去？", "Where is the mall and how do I get there?"],
    ["天府大道北段966号。", "966 Tianfu Avenue North."],
  ],
  ["hours", ["商场几点开门？", "When does the mall open?"], ["10点到22点。", "10 am to 10 pm."]],
);

const school = withEntries([
  "address",
  ["学校在哪里？", "Where is the school?"],
  ["灵溪路99号。", "99 Lingxi Road."],
]);

describe("the organisation's own words for itself", () => {
  it.each([
    "你好 我想买点你们商场的购物卡 送客户的 怎么买",
    "你们商场有母婴室吗？在几楼？",
    "hi we're the company that prints your posters, I'd like to know where our payment is",
  ])("said in passing, are not what %s asks of", (said) => {
    expect(rulesTurn(said, mall, languageOf(said))).not.toMatchObject({
      kind: "answer",
      entries: [{ key: "address" }],
    });
  });

  it.each(["商场在哪里", "where exactly is the mall"])("still are in %s", (said) => {
    expect(rulesTurn(said, mall, languageOf(said))).toMatchObject({
      kind: "answer",
      entries: [{ key: "address" }],
    });
  });

  it.each([
    ["mall", "你们在哪里"],
    ["mall", "where are you located"],
    ["school", "what's your address"],
    ["school", "你们地址是什么"],
    ["school", "你们公司在哪里"],
  ] as const)("at a %s, '%s' asks where it is, as its entry does in its own words", (at, said) => {
    const dir = at === "mall" ? mall : school;
    expect(rulesTurn(said, dir, languageOf(said))).toMatchObject({
      kind: "answer",
      entries: [{ key: "address" }],
    });
  });

  it("is not asked of by where someone else is", () => {
    expect(rulesTurn("nobody knows where she is", school, "en")).not.toMatchObject({
      kind: "answer",
    });
  });
});

const insurer = withEntries(
  [
    "invoice",
    ["保费发票怎么开？", "How do I get an invoice for my premium?"],
    ["在APP里申请电子发票。", "Request an e-invoice in the app."],
  ],
  [
    "parking",
    ["到你们营业厅办业务能停车吗？", "Can I park when I come to your office?"],
    ["地下车库可以停。", "Use the car park underneath."],
  ],
  [
    "claim_documents",
    ["理赔要准备哪些材料？", "What documents do I need for a claim?"],
    ["理赔申请书、身份证和银行卡。", "A claim form, your ID and a bank card."],
  ],
  [
    "transfer",
    ["过户需要带什么材料？", "What do I need to change the policy holder?"],
    ["带新车主身份证和行驶证。", "Bring the new owner's ID and the vehicle licence."],
  ],
  [
    "address",
    ["你们分公司在哪里？", "Where is your branch?"],
    ["星海街200号。", "200 Xinghai Street."],
  ],
);
insurer.organisation = {
  ...insurer.organisation,
  name: { zh: "和信财险苏州分公司", en: "Hexin Insurance Suzhou Branch" },
};

describe("what a question asks, in any organisation's words", () => {
  it.each([
    ["我开车过去办业务 你们那里有地方停车吗", "parking"],
    ["车子过户的话 要准备哪些证件啊", "transfer"],
    ["what paperwork do I need to submit for a claim", "claim_documents"],
  ])("%s → the answer of %s", (said, key) => {
    expect(rulesTurn(said, insurer, languageOf(said))).toMatchObject({
      kind: "answer",
      entries: [{ key }],
    });
  });

  it("hears the way to come in 'how do I get to you', not in 'how do I get an invoice'", () => {
    const dir = withEntries(
      ["invoice", ["发票怎么开？", "How do I get an invoice?"], ["在APP里申请。", "In the app."]],
      ["directions", ["怎么过来？", "How do I get to you?"], ["地铁1号线。", "Metro Line 1."]],
    );
    expect(rulesTurn("how do I get there from the station", dir, "en")).toMatchObject({
      kind: "answer",
      entries: [{ key: "directions" }],
    });
    expect(rulesTurn("我开车过去 停哪里", dir, "zh")).not.toMatchObject({
      kind: "answer",
      entries: [{ key: "invoice" }],
    });
  });

  it("hears nothing asked in the organisation's own name: a branch asking where it is", () => {
    // 分公司 asks about branches elsewhere; here it is only what the office is called.
    expect(rulesTurn("你们公司是哪一年成立的", insurer, "zh")).toMatchObject({
      kind: "unsure",
      unanswered: true,
    });
    expect(rulesTurn("你们分公司在哪", insurer, "zh")).toMatchObject({
      kind: "answer",
      entries: [{ key: "address" }],
    });
  });
});

describe("what is no question for the knowledge base", () => {
  it.each(["嗯 那个 就是 我想问一下", "嗯 那个 我想问 算了"])(
    "'%s' announces a question and asks none",
    (said) => {
      expect(turn(said)).not.toMatchObject({ unanswered: true });
    },
  );

  it("still hears the question after the announcement", () => {
    expect(turn("我想问一下 物业费多少钱一平方")).toMatchObject({
      kind: "answer",
      entries: [{ key: "fee_rate" }],
    });
  });

  it.each([
    "你好 我在你们停车场电梯口捡到一个钱包 要交给谁呢",
    "who do I hand in a wallet I found in the car park to",
    "上个月物业费的发票能不能重开",
  ])("'%s' asks for someone, or for the caller's own case", (said) => {
    expect(turn(said).kind).not.toBe("answer");
  });
});

describe("words that speak of a question's thing without being it", () => {
  it("hears no open day's 日 in 周日", () => {
    const dir = withEntries([
      "open_day",
      ["什么时候有开放日？", "When is the next open day?"],
      ["每月第二个周六。", "The second Saturday of each month."],
    ]);
    expect(rulesTurn("什么时候有开放日", dir, "zh")).toMatchObject({ kind: "answer" });
    expect(rulesTurn("周日晚上几点之前要返校啊 住宿生", dir, "zh")).not.toMatchObject({
      kind: "answer",
    });
  });

  it("hears how the caller comes as asking the way, never as asking another thing", () => {
    const dir = withEntries(
      [
        "address",
        ["商场在哪里？怎么过去？", "Where is the mall and how do I get there?"],
        ["天府大道北段966号。", "966 Tianfu Avenue North."],
      ],
      [
        "airport",
        ["从机场怎么到商场？", "How do I get to the mall from the airport?"],
        ["打车约40分钟。", "About 40 minutes by taxi."],
      ],
    );
    const where = rulesTurn(
      "hi, where exactly is the mall, er, I'm taking a taxi from the station",
      dir,
      "en",
    );
    expect(where).toMatchObject({ kind: "answer", entries: [{ key: "address" }] });
    const address = rulesTurn("whats the address of the mall, I need it for the taxi", dir, "en");
    expect(address).toMatchObject({ kind: "answer", entries: [{ key: "address" }] });
    expect(address.kind === "answer" ? address.entries.length : 0).toBe(1);
  });
});

describe("a price asked in other words than the entry's", () => {
  const dir = withEntries(
    ["tuition", ["学费是多少？", "How much is the tuition?"], ["每年十六万。", "160,000 a year."]],
    [
      "water_price",
      ["水价是多少？", "How much does water cost?"],
      ["每吨3.7元。", "3.7 yuan a tonne."],
    ],
  );

  it.each([
    ["学费一年多少钱", "tuition"],
    ["现在水费多少钱一吨", "water_price"],
  ])("%s → the answer of %s", (said, key) => {
    expect(rulesTurn(said, dir, "zh")).toMatchObject({ kind: "answer", entries: [{ key }] });
  });

  it("is not asked by the caller's own bill", () => {
    expect(rulesTurn("学费交了 但是系统里显示还欠费 怎么回事", dir, "zh")).not.toMatchObject({
      kind: "answer",
    });
  });
});

describe("opening hours asked of nothing in particular", () => {
  it("are the only hours an entry tells, whatever it calls what opens", () => {
    const dir = withEntries(
      [
        "hours",
        ["展会几点开门？", "What time are the exhibitions open?"],
        ["9点到17点。", "9 to 5."],
      ],
      ["wifi", ["馆内有无线网吗？", "Is there Wi-Fi?"], ["有。", "Yes."]],
    );
    for (const said of ["嗯 最后一天几点闭馆", "周六几点关门"]) {
      expect(rulesTurn(said, dir, "zh")).toMatchObject({
        kind: "answer",
        entries: [{ key: "hours" }],
      });
    }
  });

  it("are not guessed between two entries' hours", () => {
    const dir = withEntries(
      [
        "restaurant",
        ["餐厅几点营业？", "When is the restaurant open?"],
        ["6点到22点。", "6 to 10."],
      ],
      ["gym", ["健身房几点开放？", "When is the gym open?"], ["24小时。", "All day."]],
    );
    expect(rulesTurn("最后一天几点关门", dir, "zh")).not.toMatchObject({ kind: "answer" });
  });
});

describe("a caller who wants to work there", () => {
  it("is put through, though an entry asks when the office opens (上班)", () => {
    const dir = withEntry(
      "office_hours",
      ["你们几点上班？", "What are your office hours?"],
      ["周一到周五早上9点到下午6点。", "Monday to Friday, 9 am to 6 pm."],
    );
    expect(rulesTurn("你们几点上班", dir, "zh")).toMatchObject({ kind: "answer" });
    for (const said of ["我想来你们公司上班 怎么应聘", "你们还招人吗 我想去你们那上班"]) {
      expect(rulesTurn(said, dir, "zh"), said).not.toMatchObject({ kind: "answer" });
    }
  });
});

describe("a question asked with a verb said twice around 不 or 没", () => {
  it.each([
    ["客服中心周六上不上班啊", "desk_hours"],
    ["物业费开不开发票", "invoices"],
  ])("%s is answered from the entry about it", (said, key) => {
    expect(turn(said)).toMatchObject({ kind: "answer", entries: [{ key }] });
  });
});

describe("asking whether they are hiring", () => {
  it.each([
    "你们物业还招人吗 客服中心几点上班",
    "你们招不招人 客服中心几点上班",
    "are you hiring, when is the service desk open",
  ])("%s is someone after a job, not a question of the service desk's hours", (said) => {
    expect(turn(said).kind).not.toBe("answer");
  });
});

describe("a topic heard in other words than the entry's question", () => {
  const dir = withEntry(
    "cash_withdrawal",
    ["大额取现要提前预约吗？", "Do I need to book a large cash withdrawal?"],
    [
      "单笔取现5万元以上，请提前一个工作日预约。",
      "Withdrawals over 50,000 yuan need booking a day ahead.",
    ],
  );
  const answered = (said: string) => {
    const t = rulesTurn(said, dir, languageOf(said));
    return t.kind === "answer" ? t.entries.map((e) => e.key) : [];
  };

  it.each([
    "这个月信用卡账单我想分期，分十二期手续费多少",
    "我信用卡还款还进去了没有啊",
    "Do you have any fixed-term deposits in US dollars?",
  ])("is no answer to a question that asks another thing: %s", (said) => {
    expect(answered(said)).not.toContain("cash_withdrawal");
  });

  it("still answers the question asked in its own words", () => {
    expect(answered("取十万现金要不要提前预约")).toContain("cash_withdrawal");
  });
});
