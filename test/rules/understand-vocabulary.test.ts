import { readFileSync } from "node:fs";
import { describe, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { routes } from "../support/understanding.ts";

// What callers of a university, a residential compound and a factory say in everyday words that
// the kinds' vocabulary holds, reaching directories of names and one-line descriptions; written
// from how such callers speak, none of them is in the eval sets.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const university = load("test/rules/fixtures/university.yaml");
const compound = load("test/rules/fixtures/property.yaml");
const factory = load("directory/huaxin-manufacturing.yaml");

describe("a university's callers", () => {
  it.each([
    ["我想查一下有没有被录取", "admissions"],
    ["报考你们学校的研究生 报考条件是什么", "admissions"],
    ["do I meet the English language requirement with an IELTS six", "admissions"],
    ["I want to accept my offer but I can't find the form", "admissions"],
    ["我的成绩录错了 想申请成绩复核", "registry"],
    ["两门考试时间冲突了怎么办", "registry"],
    ["I need an official transcript sealed in an envelope", "registry"],
    ["I think my grade is wrong for the statistics module", "registry"],
    ["我儿子最近压力大 情绪不好 想找心理老师聊聊", "student_affairs"],
    ["I'd like to book a counselling appointment", "student_affairs"],
    ["暑假能不能申请留校住宿", "housing"],
    ["I've locked myself out of my room in halls", "housing"],
    ["想做一个论文收录证明和查收查引", "library"],
    ["how do I access journals from off campus", "library"],
    ["我的居留许可快到期了 要办什么手续", "international"],
    ["I'm applying for the Chinese Government Scholarship as a foreign student", "international"],
  ])("%s → %s", (said, key) => routes(university)(said, key));
});

describe("a residential compound's callers", () => {
  it.each([
    ["楼道灯不亮好几天了", "engineering"],
    ["马桶冲不下去 堵了", "engineering"],
    ["the radiators in our flat are cold", "engineering"],
    ["there's water coming from the ceiling in my bathroom", "engineering"],
    ["垃圾桶都满了 垃圾溢出来没人收", "environment"],
    ["the bin store is overflowing and there are rats everywhere", "environment"],
    ["someone keeps parking in my allocated bay", "parking"],
    ["我的停车月卡到期了 想续一下", "parking"],
    ["想找个一百平左右的办公室 有没有空的", "leasing"],
    ["we're looking for a retail unit to open a coffee shop", "leasing"],
  ])("%s → %s", (said, key) => routes(compound)(said, key));
});

describe("a factory's callers", () => {
  it.each([
    ["你好 我们是做包装材料的 想成为你们的供应商", "purchasing"],
    ["we'd like to register as an approved supplier", "purchasing"],
    ["软件升级后一直报错 能不能远程协助一下", "tech_support"],
    ["can you send a field engineer to look at the machine", "tech_support"],
    ["你们这个出厂价是多少 含税吗", "sales"],
    ["could you send me a datasheet and your unit price", "sales"],
  ])("%s → %s", (said, key) => routes(factory)(said, key));
});
