// A large directory for benchmarks: 200 departments of every kind and 2,000 people, Chinese and
// English names alike, generated from a seed so every run measures the same one.
import { pinyin } from "pinyin-pro";
import { type Directory, directorySchema } from "../../src/rules/directory.ts";
import { KIND_WORDS, KINDS } from "../../src/rules/understand/kinds.ts";

const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN =
  "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红鹏辉斌宇浩凯健俊帆帅旭宁琳晶欣雪梅倩颖婷慧莉凤洁";
const FIRST =
  "James Mary John Linda Robert Susan Michael Karen David Nancy William Lisa Richard Betty Joseph Sandra Thomas Ashley Daniel Emily Paul Donna Mark Michelle Steven Laura Andrew Sarah Kevin Rebecca".split(
    " ",
  );
const LAST =
  "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Green Baker Adams Nelson".split(
    " ",
  );

/** The English form of a Chinese name, as directories write it: "Zhang Wei". */
function pinyinName(zh: string): string {
  const [surname = "", ...given] = pinyin(zh, { toneType: "none", type: "array", mode: "surname" });
  const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return `${title(surname)} ${title(given.join(""))}`;
}

export function generate(departments: number, people: number, random: () => number): Directory {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const depts = Array.from({ length: departments }, (_, i) => {
    const kind = KINDS[i % KINDS.length] as (typeof KINDS)[number];
    const names = KIND_WORDS[kind].names;
    const zh = `${pick(names.zh.split("|"))}${Math.floor(i / KINDS.length) + 1}组`;
    const en = `${pick(names.en.split("|"))} ${Math.floor(i / KINDS.length) + 1}`;
    return {
      key: `d${i}`,
      name: { zh, en },
      description: { zh: `${zh}的业务`, en: `the work of ${en}` },
      numbers: [`+8621${String(60000000 + i)}`],
    };
  });
  const staff = Array.from({ length: people }, (_, i) => {
    const chinese = i % 3 !== 0;
    const zh = chinese
      ? `${pick([...SURNAMES])}${pick([...GIVEN])}${random() < 0.5 ? pick([...GIVEN]) : ""}`
      : undefined;
    return {
      key: `p${i}`,
      name: zh ? { zh, en: pinyinName(zh) } : { en: `${pick(FIRST)} ${pick(LAST)}` },
      department: `d${i % departments}`,
      desk: `+8621${String(70000000 + i)}`,
    };
  });
  return directorySchema.parse({
    organisation: {
      key: "large",
      name: { zh: "大型集团", en: "Large Group" },
      kind: "company",
      timezone: "Asia/Shanghai",
      mainNumber: "+862150000000",
      greeting: { zh: "您好", en: "Hello" },
      farewell: { zh: "再见", en: "Goodbye" },
      operatorDepartment: "d0",
      emergencyDepartment: "d0",
      complaintsDepartment: "d0",
    },
    departments: depts,
    staff,
  });
}
