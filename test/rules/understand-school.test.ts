import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { inferKinds, kindsOf } from "../../src/rules/understand/kinds-of.ts";
import { department } from "../support/departments.ts";
import { kindsReached, routes } from "../support/understanding.ts";

// A primary and secondary school's departments understood from a directory of names and one-line
// descriptions (test/rules/fixtures/school.yaml), with requests written from how parents speak of
// their child; none of them is in the eval sets. A university keeps its own callers.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const school = load("test/rules/fixtures/school.yaml");

describe("a school's departments, read from their names", () => {
  it.each([
    ["幼小部办公室", "Early Years and Primary Office", "school_office"],
    ["中学部办公室", "Secondary School Office", "school_office"],
    ["初中部", "Middle School Office", "school_office"],
    ["校车服务部", "School Bus Service", "school_bus"],
    ["校医室", "Health Centre", "school_nurse"],
    ["保健室", "School Nurse", "school_nurse"],
    ["家校联络办公室", "Community Relations", "school_community"],
    ["家委会", "Parent Teacher Association", "school_community"],
    ["升学指导中心", "University Counselling", "college_counselling"],
    ["升学办", "College Counselling", "college_counselling"],
  ] as const)("%s / %s is %s", (zh, en, kind) => {
    expect(inferKinds(department("d", { zh, en }), "company")).toContain(kind);
  });

  it("leaves a university's campus clinic a clinic", () => {
    const kinds = kindsOf(load("eval/blind/donghu-university.yaml"));
    expect(kinds.get("clinic")).toEqual(["outpatient"]);
  });
});

describe("a school's parents", () => {
  it.each([
    ["my son is in the primary school, he's off sick today and won't be in", "primary"],
    ["我们搬家了 早上的上车点能不能换一个", "buses"],
    [
      "the bus didn't come this morning, we've been waiting at the stop for twenty minutes",
      "buses",
    ],
    ["孩子在学校吃药的事 要跟谁说 他有哮喘", "nurse"],
    ["my daughter bumped her head at break time, is she ok", "nurse"],
    ["家委会下个月的义卖 我想报名做志愿者", "parents"],
    ["is it too late to sign my son up for an after-school club", "parents"],
    ["我儿子住校 这周末返校的时间改了吗", "boarding"],
    ["our son is a weekly boarder, can he stay in over the weekend", "boarding"],
    ["孩子明年要申请英国的大学 预估分什么时候出", "guidance"],
    ["we'd like some advice on university applications for our daughter", "guidance"],
  ])("%s → %s", (said, key) => routes(school)(said, key));

  it.each([
    "今天孩子咳嗽得厉害 想请两天假",
    "作业太多了 想跟班主任聊聊",
    "下午要提前接走 外婆来接",
    "we'd like to book a parent-teacher conference with her class teacher",
  ])("hears %s as a section office's, whichever it is", (said) => {
    expect(kindsReached(school, said)).toEqual(["school_office"]);
  });

  it.each([
    ["我女儿三年级 今天不舒服 想请一天假", "primary"],
    ["初二的家长会改到哪天了", "middle"],
    ["八年级的作业太多了 想跟班主任聊聊", "middle"],
    ["she's in Grade 8 and we'd like a parent-teacher conference with her class teacher", "middle"],
    ["my son is in grade 2, he won't be in today", "primary"],
  ])("hears the year of %s deciding between the section offices → %s", (said, key) => {
    // "一至五年级", "Grades 6 to 9": the years each office's description gives, whichever
    // office the directory lists first.
    routes(school)(said, key);
    routes({ ...school, departments: [...school.departments].reverse() })(said, key);
  });

  it.each(["我儿子在你们学校读书", "it's about my daughter"])(
    "hears %s, said to every department, as no nurse's nor any office's",
    (said) => {
      // At a school a child is every department's business, not a children's doctor's.
      for (const dir of [school, load("eval/blind/lingxi-school.yaml")]) {
        const got = kindsReached(dir, said);
        for (const kind of ["outpatient", "school_nurse", "school_office", "school_community"]) {
          expect(got).not.toContain(kind);
        }
      }
    },
  );
});

describe("other organisations hear none of a school's words", () => {
  it.each([
    ["eval/blind/donghu-university.yaml", "I cut my finger and it's bleeding a bit"],
    [
      "eval/blind/donghu-university.yaml",
      "I want to ask about the university application deadline",
    ],
    ["directory/lakeside-hotel.yaml", "what time does the bus leave for the airport"],
  ])("%s: %s", (file, said) => {
    const got = kindsReached(load(file), said);
    for (const kind of ["school_bus", "school_nurse", "college_counselling"]) {
      expect(got).not.toContain(kind);
    }
  });
});
