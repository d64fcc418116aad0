import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { understand } from "../../src/rules/understand/index.ts";
import { inferKinds, kindsOf } from "../../src/rules/understand/kinds-of.ts";
import { department } from "../support/departments.ts";
import { languageOf, routes } from "../support/understanding.ts";

// A senior-living community's departments understood from a directory of names and one-line
// descriptions (test/rules/fixtures/care-community.yaml), with requests written from how families,
// residents and visitors speak; none of them is in the eval sets. A hospital keeps its own wards
// and clinics, and a hotel and a factory hear none of these words.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const community = load("test/rules/fixtures/care-community.yaml");
const hotel = load("directory/lakeside-hotel.yaml");
const factory = load("directory/huaxin-manufacturing.yaml");

describe("a care community's departments, read from their names", () => {
  it.each([
    ["入住服务中心", "Admissions and Move-Ins", "care_admissions"],
    ["生活照护部", "Resident Care", "nursing_care"],
    ["医疗部", "Medical Services", "care_clinic"],
    ["康复理疗中心", "Rehabilitation", "rehabilitation"],
    ["家属服务中心", "Family Liaison", "family_liaison"],
    ["文娱活动部", "Activities and Social Work", "senior_activities"],
    ["日间照料中心", "Adult Day Care", "community_care"],
  ] as const)("%s / %s is %s", (zh, en, kind) => {
    expect(inferKinds(department("d", { zh, en }), "company")[0]).toBe(kind);
  });

  it("reads a care community's own names", () => {
    expect(Object.fromEntries(kindsOf(community))).toMatchObject({
      admissions: ["care_admissions"],
      nursing: ["nursing_care"],
      clinic: ["care_clinic"],
      rehab: ["rehabilitation"],
      families: ["family_liaison"],
      activities: ["senior_activities"],
      home_care: ["community_care"],
    });
  });

  it("keeps a hospital's wards and clinics its own", () => {
    const hospital = load("eval/blind/lvyuan-hospital.yaml");
    const kinds = [...kindsOf(hospital).values()].flat();
    expect(kinds).toContain("inpatient");
    expect(kinds).not.toContain("nursing_care");
    expect(kinds).not.toContain("care_clinic");
  });
});

describe("a care community's callers", () => {
  it.each([
    ["我妈八十五了 一个人在家不放心 想了解一下你们这入住要什么条件", "admissions"],
    ["现在还有没有床位 双人间一个月多少钱", "admissions"],
    ["周末能不能过来参观一下 看看环境", "admissions"],
    ["we're looking at assisted living for my father, can we book a tour", "admissions"],
    ["我爸晚上老是起夜 护理员能不能多看着点", "nursing"],
    ["老人身上有褥疮了 你们是怎么照顾的", "nursing"],
    ["my mother has dementia and keeps wandering at night, who looks after that", "nursing"],
    ["我妈的降压药快吃完了 医生能不能再开点", "clinic"],
    ["老人发烧了 要不要送医院", "clinic"],
    ["can the doctor check my dad's blood sugar, he's diabetic", "clinic"],
    ["我爸中风以后想做康复训练 练练走路", "rehab"],
    ["does she get physio after her hip replacement", "rehab"],
    ["这周六下午想过来看看我妈 探视要预约吗", "families"],
    ["what are the visiting hours, I'd like to see my grandmother on Sunday", "families"],
    ["过年想把老人接回家住几天 要办什么手续", "families"],
    ["重阳节有什么活动 我们学校想带学生来表演", "activities"],
    ["我妈说想学书法 你们有兴趣班吗", "activities"],
    ["I'd like to volunteer with the residents on weekends", "activities"],
    ["我们小区的老人能不能每天送餐上门", "home_care"],
    ["can someone come to my mum's flat to help her shower twice a week", "home_care"],
  ])("%s → %s", (said, key) => routes(community)(said, key));
});

describe("a hospital, a hotel and a factory hear none of a care community's words", () => {
  const hospital = load("eval/blind/lvyuan-hospital.yaml");

  it("a drug maker's medical information desk takes none of a care clinic's words", () => {
    // Its description speaks of a clinic's work ("vaccines"), but a drug maker is of another trade.
    const maker = load("eval/blind/ruikang-pharma.yaml");
    const said = "we run refrigerated trucks and can carry your vaccines";
    expect(understand(said, maker, "en")).toMatchObject({
      department: "supply_chain",
      alternatives: [],
    });
  });

  it.each([
    ["我爸在你们这住院 今天能不能去看他", "inpatient"],
    ["这个药一天吃几片 饭前还是饭后吃", "pharmacy"],
  ])("the hospital: %s → %s, as before", (said, key) => routes(hospital)(said, key));

  it.each(["老人的护理等级怎么评", "我妈想学书法 有没有兴趣班", "老人身上有褥疮了"])(
    "the factory: %s is understood as no department",
    (said) => {
      expect(understand(said, factory, languageOf(said)).kind).toBe("unknown");
    },
  );

  it.each([
    ["我想了解一下入住条件", "front_desk"],
    ["老人腿脚不方便 能不能安排低楼层的房间", "reservations"],
  ])("the hotel: %s → %s, as before", (said, key) => routes(hotel)(said, key));
});
