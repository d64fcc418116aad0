import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { rulesTurn } from "../../src/rules/turn.ts";
import { CONFIDENT, understand } from "../../src/rules/understand/index.ts";
import { inferKinds } from "../../src/rules/understand/kinds-of.ts";
import { department } from "../support/departments.ts";

// Hospitals and clinics, written from the directory docs alone: names and a line of description,
// no keywords. None of these sentences is in the eval sets.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const hotel = load("directory/lakeside-hotel.yaml");
const company = load("directory/huaxin-manufacturing.yaml");

describe("a hospital's department kinds, read from names", () => {
  it.each([
    [{ zh: "门诊部", en: "Outpatient Department" }, ["outpatient"]],
    [{ zh: "预约挂号中心", en: "Appointments" }, ["outpatient"]],
    [{ zh: "住院处", en: "Wards" }, ["inpatient"]],
    [{ zh: "护士站", en: "Nursing Station" }, ["inpatient"]],
    [{ zh: "急诊部", en: "A&E" }, ["emergency_care"]],
    [{ zh: "急诊中心", en: "Emergency Department" }, ["emergency_care"]],
    [{ zh: "药剂科", en: "Dispensary" }, ["pharmacy"]],
    [{ zh: "放射科", en: "Radiology" }, ["imaging"]],
    [{ zh: "超声医学科", en: "Ultrasound" }, ["imaging"]],
    [{ zh: "健康管理中心", en: "Health Screening" }, ["health_check"]],
    [{ zh: "病案科", en: "Health Records" }, ["medical_records"]],
    [{ zh: "国际医疗部", en: "International Patient Services" }, ["patient_services"]],
    [{ zh: "医保办", en: "Insurance Desk" }, ["medical_insurance"]],
    [{ zh: "医务处", en: "Medical Affairs" }, ["medical_affairs"]],
    [{ zh: "小儿科", en: "Pediatrics" }, ["paediatrics"]],
    [{ zh: "妇产科", en: "Obstetrics & Gynaecology" }, ["maternity"]],
    [{ zh: "口腔科", en: "Dental Clinic" }, ["dental"]],
    [{ zh: "居家护理中心", en: "Home Care" }, ["home_care"]],
    [{ zh: "收费处", en: "Cashier" }, ["patient_billing", "finance"]],
  ] as const)("%j is %j", (name, kinds) => {
    expect(inferKinds(department("d", name), "company").sort()).toEqual([...kinds].sort());
  });

  it("reads a name two trades share by what its description says", () => {
    const lab = { zh: "检验科", en: "Laboratory" };
    expect(inferKinds(department("a", lab, "抽血化验、血常规和尿常规"), "company")).toEqual([
      "laboratory",
    ]);
    // A factory's: its inspections are quality's, not a research lab's.
    expect(inferKinds(department("b", lab, "来料检验和出货检验"), "company")).toEqual(["quality"]);
    expect(inferKinds(department("c", { zh: "检验科", en: "QC" }), "company")).toEqual(["quality"]);
  });
});

describe("a clinic understood from names and descriptions alone", () => {
  const clinic: Directory = {
    ...company,
    organisation: { ...company.organisation, operatorDepartment: "switchboard" },
    departments: [
      department("switchboard", { zh: "总机", en: "Switchboard" }, "电话转接"),
      department("booking", { zh: "预约中心", en: "Appointments" }, "预约和改约"),
      department("children", { zh: "儿科", en: "Paediatrics" }),
      department("teeth", { zh: "口腔科", en: "Dental Clinic" }),
      department("maternity", { zh: "妇产科", en: "Maternity" }),
      department("wards", { zh: "住院部", en: "Wards" }),
      department("night", { zh: "急诊", en: "A&E" }),
      department("drugs", { zh: "药剂科", en: "Dispensary" }),
      department("scans", { zh: "放射科", en: "Radiology" }),
      department("bloods", { zh: "化验室", en: "Lab" }),
      department("screening", { zh: "健康管理中心", en: "Health Screening" }),
      department("records", { zh: "病案科", en: "Health Records" }),
      department("foreigners", { zh: "国际医疗部", en: "International Patient Services" }),
      department("cashier", { zh: "收费处", en: "Cashier" }),
      department("insurer", { zh: "医保办", en: "Insurance Desk" }),
    ],
    staff: [],
    guests: [],
    knowledge: [],
  };

  it.each([
    ["喂 我想约个专家 下周二上午的 神经内科", "booking"],
    ["I need to reschedule my appointment with the dermatologist", "booking"],
    ["我家宝宝该打预防针了 能约哪天", "children"],
    ["my daughter needs her vaccinations, she's two", "children"],
    ["我牙疼了好几天了 想看看是不是要拔智齿", "teeth"],
    ["hi, I need to book a scale and polish", "teeth"],
    ["我怀孕十二周了 想来建档做产检", "maternity"],
    ["my wife is 38 weeks pregnant, can we see the labour ward", "maternity"],
    ["我爸昨天做完手术 现在在哪个病房 我想去看看他", "wards"],
    ["my mum was admitted yesterday, can I bring her some clothes", "wards"],
    ["半夜了 孩子还在发烧 现在过来能看吗", "night"],
    ["is the emergency room open at night, I sprained my ankle", "night"],
    ["医生开的那个药一天吃几次 饭前还是饭后", "drugs"],
    ["can I take these antibiotics with my blood pressure pills", "drugs"],
    ["我想约个核磁共振 要憋尿吗", "scans"],
    ["when can I get my CT scan done", "scans"],
    ["我昨天抽的血 化验单出来了没有", "bloods"],
    ["are my blood test results back", "bloods"],
    ["单位要组织员工体检 想问问套餐", "screening"],
    ["I'd like to book an annual health check", "screening"],
    ["我要复印病历 还有出院小结", "records"],
    ["I need a sick note for my employer", "records"],
    ["我朋友是外国人 需要一个英语翻译陪着看病", "foreigners"],
    ["I don't speak Chinese, is there an interpreter", "foreigners"],
    ["住院押金还剩多少 想查一下费用清单", "cashier"],
    ["could I get an itemised bill for my stay", "cashier"],
    ["异地医保能不能直接结算", "insurer"],
    ["do you do direct billing with Cigna", "insurer"],
  ])("%s → %s", (said, key) => {
    const language = /[\u3400-\u9fff]/.test(said) ? "zh" : "en";
    const u = understand(said, clinic, language);
    expect(u).toMatchObject({ kind: "department", department: key });
    if (u.kind === "department") expect(u.confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });

  it("puts a sick child at night through to the emergency room, though children are a hotel's rule", () => {
    const turn = rulesTurn("孩子烧到三十九度了 现在晚上还能看吗", clinic, "zh");
    expect(turn).toMatchObject({ kind: "decided", understanding: { department: "night" } });
  });

  it("asks which ward a patient is on of the ward, and keeps a private number private", () => {
    expect(understand("我婆婆住在哪个病区 我想给她送衣服", clinic, "zh")).toMatchObject({
      kind: "department",
      department: "wards",
    });
    expect(
      understand("I need a copy of my discharge summary for my insurer back home", clinic, "en"),
    ).toMatchObject({ kind: "department", department: "records" });
    expect(understand("what's her home number", clinic, "en")).toMatchObject({
      kind: "privacy",
      asked: "private_number",
    });
    expect(understand("他住在哪个房间", hotel, "zh")).toMatchObject({ kind: "privacy" });
  });
});

describe("a hotel and a factory, untouched by a hospital's words", () => {
  it.each([
    "我想挂个专家号",
    "化验单什么时候出来",
    "核磁共振要预约吗",
    "I need to reschedule my ultrasound",
    "my MRI was cancelled",
    "我想约个无痛胃镜",
  ])("%s reaches no department", (said) => {
    for (const dir of [hotel, company]) {
      const language = /[\u3400-\u9fff]/.test(said) ? "zh" : "en";
      expect(understand(said, dir, language).kind).not.toBe("department");
    }
  });

  it("keeps a hotel's question about children a question of its rules", () => {
    const turn = rulesTurn("可以带孩子入住吗", hotel, "zh");
    expect(turn.kind).not.toBe("decided");
  });

  it("keeps a factory's sick pay with HR", () => {
    expect(understand("我请了病假 工资怎么算", company, "zh")).toMatchObject({
      kind: "department",
      department: "hr",
    });
    expect(understand("我的病假证明交给谁", company, "zh")).toMatchObject({ department: "hr" });
  });
});
