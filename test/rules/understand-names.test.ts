import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory, Staff } from "../../src/rules/directory.ts";
import { NAME_MASK, privateOf, redact } from "../../src/rules/redact.ts";
import { CONFIDENT, understand } from "../../src/rules/understand/index.ts";

// Staff asked for by name as English speech recognisers write Chinese names, and as callers say
// them with a role or a department: names of a company made up here, none of them the eval's.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const base = load("directory/huaxin-manufacturing.yaml");

/** The company's departments with these people alone on its staff ("" for no Chinese name). */
function staffed(
  people: [key: string, zh: string, en: string, department: string, aliases?: string[]][],
): Directory {
  const { mobile: _, ...someone } = base.staff[0] as Staff;
  return {
    ...base,
    staff: people.map(([key, zh, en, department, aliases], i) => ({
      ...someone,
      key,
      name: zh ? { zh, en } : { en },
      department,
      desk: `+8621688809${String(i).padStart(2, "0")}`,
      aliases: aliases ?? [],
    })),
  };
}

const firm = staffed([
  ["xue_ming", "薛明", "Xue Ming", "finance"],
  ["cao_zihan", "曹子涵", "Cao Zihan", "hr"],
  ["zhang_siyu", "张思雨", "Zhang Siyu", "logistics"],
  ["jue_hong", "觉红", "Jue Hong", "quality"],
  ["gao_lin", "高林", "Gao Lin", "sales"],
]);

const person = (said: string, dir = firm) => understand(said, dir, "en");

describe("a Chinese name as an English recogniser writes it, sound by sound", () => {
  it.each([
    ["Shway Ming in finance please", "xue_ming"],
    ["can I talk to Hsueh Ming", "xue_ming"],
    ["Tsao Tzu Han please", "cao_zihan"],
    ["Chang Szu Yu in logistics", "zhang_siyu"],
    ["I'm looking for Chueh Hong", "jue_hong"],
  ])("%s → %s", (said, key) => {
    expect(person(said)).toMatchObject({ kind: "person", staff: key });
  });

  it("puts no one through for a name nobody here has", () => {
    expect(person("Shway Ling please").kind).not.toBe("person");
    expect(person("Hsueh Fang in finance please")).not.toMatchObject({ kind: "person" });
  });
});

describe("a name followed by where the person works", () => {
  it("hears a name of everyday words with a department after it, as that department is written", () => {
    const dir = staffed([["you_mei", "尤美", "You Mei", "marketing"]]);
    expect(person("you may in marketing", dir)).toMatchObject({ kind: "person", staff: "you_mei" });
  });
});

describe("a name that sounds like a greeting", () => {
  const dir = staffed([["ni_hao", "倪昊", "Ni Hao", "finance"]]);

  it.each([
    "你好，我们是公安局经侦大队的，需要协查一个账户，找你们哪个部门",
    "喂你好，我是来应聘的，约了明天面试，想问下地址",
  ])("is not heard in the greeting: %s", (said) => {
    expect(person(said, dir)).not.toMatchObject({ kind: "person" });
  });

  it("is still heard as written, or by sound with a title", () => {
    expect(person("找一下倪昊", dir)).toMatchObject({ kind: "person", staff: "ni_hao" });
    expect(person("转一下尼豪", dir)).toMatchObject({ kind: "person", staff: "ni_hao" });
  });
});

describe("a surname of two characters with a title", () => {
  const dir = staffed([
    ["ouyang_qin", "欧阳琴", "Ouyang Qin", "finance"],
    ["yang_fan", "杨帆", "Yang Fan", "sales"],
  ]);

  it.each(["财务的欧阳经理", "欧阳经理在吗"])("%s is 欧阳琴", (said) => {
    expect(person(said, dir)).toMatchObject({ kind: "person", staff: "ouyang_qin" });
  });

  it("leaves a one-character surname heard as before", () => {
    expect(person("找一下杨经理", dir)).toMatchObject({ kind: "person", staff: "yang_fan" });
  });
});

describe("someone known by their room or bed", () => {
  const dir = staffed([
    ["zhang_ting", "张婷", "Zhang Ting", "hr"],
    ["chen_hao", "陈浩", "Chen Hao", "finance"],
  ]);

  it.each([
    "我是3号楼302张阿姨的女儿，想问问我妈这两天吃得怎么样",
    "我是303床老陈的儿子啊，我爸这两天是不是不舒服",
  ])("is a resident, not the staff member of that surname: %s", (said) => {
    expect(person(said, dir)).not.toMatchObject({ kind: "person" });
  });

  it("leaves a surname with a title asked for alone the staff member's", () => {
    expect(person("找一下张阿姨", dir)).toMatchObject({ kind: "person", staff: "zhang_ting" });
  });
});

describe("an English given name that is an everyday word, asked for", () => {
  const dir = staffed([
    ["fang_liping", "方丽萍", "Fang Liping", "hr", ["Grace"]],
    ["qin_yue", "秦悦", "Qin Yue", "sales", ["Joy"]],
    ["ma_lin", "马林", "Bill Ma", "finance"],
  ]);

  it.each([
    ["Can I speak to Grace from HR?", "fang_liping"],
    ["I'm looking for Joy, she's handling our order", "qin_yue"],
    ["Grace please, she helped me last time", "fang_liping"],
  ])("%s → %s", (said, key) => {
    expect(person(said, dir)).toMatchObject({ kind: "person", staff: key });
  });

  it("is no one where the word is a thing: 'the bill please'", () => {
    expect(person("can I have the bill please", dir)).not.toMatchObject({ kind: "person" });
  });
});

describe("a whole name with one sound a little wrong", () => {
  const near = staffed([
    ["deng_fang", "邓芳", "Deng Fang", "sales"],
    ["sun_tingting", "孙婷婷", "Sun Tingting", "hr"],
    ["sun_hao", "孙浩", "Sun Hao", "it"],
    ["pang_kai", "庞凯", "Pang Kai", "it"],
    ["peng_kai", "彭凯", "Peng Kai", "legal"],
  ]);

  it("puts the caller through when the person's own department is named too", () => {
    expect(person("hello, Mr Dang Fang, sales manager, please", near)).toMatchObject({
      kind: "person",
      staff: "deng_fang",
      confidence: CONFIDENT,
    });
  });

  it("asks before putting through on the name alone", () => {
    const u = person("can I speak to Dang Fang please", near);
    expect(u).toMatchObject({ kind: "person", staff: "deng_fang" });
    if (u.kind === "person") expect(u.confidence).toBeLessThan(CONFIDENT);
  });

  it("hears a given name said twice as the name, not a stammer, after a title", () => {
    // Two people are called Sun: the given name says which.
    const u = person("could I speak to Miss Sun Tin Tin please", near);
    expect(u).toMatchObject({ kind: "person", staff: "sun_tingting" });
    if (u.kind === "person") expect(u.alternatives).toBeUndefined();
  });

  it("takes the name as said over one near it", () => {
    expect(person("Pang Kai please", near)).toMatchObject({ kind: "person", staff: "pang_kai" });
    expect(person("Peng Kai please", near)).toMatchObject({ kind: "person", staff: "peng_kai" });
  });

  it("puts no one through for a name two sounds away, or in another department", () => {
    expect(person("Dang Ming please", near).kind).not.toBe("person");
    expect(person("Dang Fang in human resources please", near)).toMatchObject({
      kind: "department",
      department: "hr",
    });
  });
});

describe("English names, heard only where they were said", () => {
  const mixed = staffed([
    ["daniel_ross", "", "Daniel Ross", "rnd", ["Dan"]],
    ["paul_watson", "", "Paul Watson", "sales"],
    ["wendy_whitson", "", "Wendy Whitson", "hr"],
    ["grace_kim", "", "Grace Kim", "it"],
  ]);

  it("does not hear an English name in Chinese characters read like it", () => {
    // 担 reads dan, as the alias "Dan" does.
    expect(understand("我很担心我的订单 请帮我转一下", mixed, "zh").kind).not.toBe("person");
  });

  it("takes the surname as spelled over one that only sounds like it", () => {
    const u = person("Mr Watson please", mixed);
    expect(u).toMatchObject({ kind: "person", staff: "paul_watson" });
    if (u.kind === "person") expect(u.alternatives).toBeUndefined();
  });

  it("does not take an everyday word before 'in' for a surname it sounds like", () => {
    expect(person("is it alright if I come in tomorrow", mixed).kind).not.toBe("person");
  });
});

describe("a person named with a complaint, a claim or a number", () => {
  const dir = staffed([
    ["wu_fang", "吴芳", "Wu Fang", "marketing"],
    ["gao_lin", "高林", "Gao Lin", "sales"],
  ]);

  it("puts the caller through to the one handling their complaint", () => {
    expect(understand("市场部的吴芳 她在跟进我的投诉", dir, "zh")).toMatchObject({
      kind: "person",
      staff: "wu_fang",
    });
    expect(person("Gao Lin is dealing with my complaint, can I speak to him", dir)).toMatchObject({
      kind: "person",
      staff: "gao_lin",
    });
  });

  it("still takes a complaint about someone named as a complaint", () => {
    expect(understand("我要投诉你们市场部的吴芳 态度太差", dir, "zh")).toEqual({
      kind: "complaint",
    });
  });

  it("puts a titled surname in the claims department through, though claims were spoken of", () => {
    const withClaims = structuredClone(dir);
    const template = withClaims.departments[0];
    if (!template) throw new Error("no department to copy");
    withClaims.departments.push({
      ...structuredClone(template),
      key: "claims",
      name: { zh: "理赔部", en: "Claims" },
      description: { zh: "货损、丢失和赔偿", en: "damaged or lost goods, compensation" },
      keywords: { zh: [], en: [] },
    });
    const { mobile: _, ...someone } = withClaims.staff[0] as Staff;
    withClaims.staff.push({
      ...someone,
      key: "tang_hui",
      name: { zh: "唐辉", en: "Tang Hui" },
      department: "claims",
      desk: "+862168880950",
    });
    expect(understand("喂 理赔部的唐经理在吗", withClaims, "zh")).toMatchObject({
      kind: "person",
      staff: "tang_hui",
    });
  });

  it("takes a private number asked for without a verb as asked for", () => {
    expect(person("Gao Lin's home number please", dir)).toMatchObject({
      kind: "privacy",
      asked: "private_number",
    });
    // A desk's direct line is no one's own number.
    expect(person("the sales direct line please", dir)).toMatchObject({
      kind: "department",
      department: "sales",
    });
  });
});

describe("a given name that is an everyday word, asked for alone", () => {
  const dir = staffed([
    ["rose_turner", "", "Rose Turner", "legal"],
    ["hope_lin", "林希", "Hope Lin", "hr"],
  ]);

  it("is the person when the caller asks whether they are there", () => {
    expect(person("hi is Rose available, the company lawyer", dir)).toMatchObject({
      kind: "person",
      staff: "rose_turner",
    });
    expect(person("hello is Hope there", dir)).toMatchObject({ kind: "person", staff: "hope_lin" });
  });

  it("is no one in other words", () => {
    expect(person("I hope there is someone who can help", dir).kind).not.toBe("person");
    expect(person("the rose garden is open today", dir).kind).not.toBe("person");
  });
});

describe("an English surname written out in Chinese characters, with a title", () => {
  const dir = staffed([
    ["laura_carter", "", "Laura Carter", "finance"],
    ["adam_wilson", "", "Adam Wilson", "sales"],
    ["sam_bolan", "", "Sam Bolan", "it"],
    ["he_jing", "何静", "He Jing", "finance"],
  ]);
  const zh = (said: string) => understand(said, dir, "zh");

  it.each([
    ["财务的卡特女士", "laura_carter"],
    ["喂 威尔逊经理在吗", "adam_wilson"],
  ])("%s → %s", (said, key) => {
    expect(zh(said)).toMatchObject({ kind: "person", staff: key });
  });

  it("is not a Chinese name of a common surname that only shares its consonants", () => {
    // 白兰 (bai lan) has the consonants of Bolan, but 白 is a Chinese surname.
    expect(zh("麻烦找一下白兰经理").kind).not.toBe("person");
  });
});

describe("a Chinese given name of two characters, asked for alone", () => {
  const dir = staffed([
    ["han_yutong", "韩雨桐", "Han Yutong", "finance"],
    ["han_lei", "韩磊", "Han Lei", "it"],
  ]);
  const zh = (said: string) => understand(said, dir, "zh");

  it("is the person, asked about first", () => {
    for (const said of ["找一下雨桐", "你好 雨桐在吗"]) {
      const u = zh(said);
      expect(u).toMatchObject({ kind: "person", staff: "han_yutong" });
      // The other 韩 is not meant.
      if (u.kind === "person") expect(u.alternatives).toBeUndefined();
    }
    expect(person("hi is Yutong there", dir)).toMatchObject({
      kind: "person",
      staff: "han_yutong",
    });
  });

  it("is put through with the person's own department", () => {
    const u = zh("财务的雨桐在吗");
    expect(u).toMatchObject({ kind: "person", staff: "han_yutong" });
    if (u.kind === "person") expect(u.confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });

  it("is not the start of a longer word", () => {
    expect(zh("我想找一下雨桐路的那家店").kind).not.toBe("person");
  });
});

describe("names with an apostrophe", () => {
  // A caller's words lose their apostrophes ("O'Neill" is read "oneill"); so do the names.
  const dir = staffed([
    ["sean_oneill", "", "Sean O'Neill", "sales"],
    ["li_wei", "李伟", "Li Wei", "finance"],
  ]);
  it.each([
    ["put me through to Sean O'Neill please", "sean_oneill"],
    ["is Sean O’Neill there", "sean_oneill"],
  ])("%s → %s", (said, key) => {
    expect(person(said, dir)).toMatchObject({ kind: "person", staff: key });
  });

  it("hears a guest's, and never sends it to a model", () => {
    const hotel: Directory = {
      ...dir,
      organisation: { ...dir.organisation, kind: "hotel" },
      guests: [{ key: "michael_obrien", name: "Michael O'Brien", room: "2108", incognito: false }],
    };
    expect(understand("could you connect me to Michael O'Brien", hotel, "en")).toMatchObject({
      kind: "guest",
      guest: "michael_obrien",
    });
    for (const said of ["is Mr O'Brien staying with you", "a parcel for Michael O'Brien"]) {
      expect(redact(said, privateOf(hotel))).toContain(NAME_MASK);
    }
  });
});

describe("everyday words a sound away from a name", () => {
  const dir = staffed([
    ["cindy_wong", "王欣怡", "Cindy Wong", "sales", ["Cindy"]],
    ["david_miller", "", "David Miller", "finance"],
  ]);
  it("are not the name when no word of it is heard as the name sounds", () => {
    // "sandwich" and "and" are each one sound from "Cindy" and "Wong".
    expect(person("can I get a club sandwich and a coke", dir)).not.toMatchObject({
      kind: "person",
    });
  });
  it.each([
    ["Cindy Wong please", "cindy_wong"],
    ["Sindy Wong in sales", "cindy_wong"],
    ["David Milner please", "david_miller"],
  ])("%s → %s", (said, key) => {
    expect(person(said, dir)).toMatchObject({ kind: "person", staff: key });
  });
});

describe("a guest's whole name with a title", () => {
  it("is the guest's, not a member of staff's whose surname sounds like it", () => {
    const base = staffed([["peter_lau", "刘志明", "Peter Lau", "sales"]]);
    const hotel: Directory = {
      ...base,
      organisation: { ...base.organisation, kind: "hotel" },
      guests: [{ key: "lee_soojin", name: "Lee Soo-jin", room: "2511", incognito: false }],
    };
    expect(understand("please connect me to Ms Lee Soo-jin", hotel, "en")).toMatchObject({
      kind: "guest",
      guest: "lee_soojin",
    });
  });
});
