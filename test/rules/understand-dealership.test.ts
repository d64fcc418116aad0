import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { inferKinds } from "../../src/rules/understand/kinds-of.ts";
import { department } from "../support/departments.ts";
import { kindsReached, routes } from "../support/understanding.ts";

// A car dealership's departments understood from a directory of names and one-line descriptions
// (test/rules/fixtures/car-dealer.yaml), with requests written from how its customers speak; none
// of them is in the eval sets. A hotel and a property manager hear none of these kinds' words.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const dealer = load("test/rules/fixtures/car-dealer.yaml");

describe("a car dealership's departments, read from their names", () => {
  it.each([
    ["钣喷中心", "Body & Paint", "body_repair"],
    ["事故车中心", "Collision Centre", "body_repair"],
    ["配件部", "Parts Department", "spare_parts"],
    ["道路救援", "Roadside Assistance", "roadside"],
    ["二手车中心", "Used Car Centre", "used_cars"],
    ["金融保险部", "Finance & Insurance", "car_finance"],
    ["维修车间", "Service Workshop", "vehicle_service"],
    ["新车销售部", "New Car Sales", "car_sales"],
  ] as const)("%s / %s is %s", (zh, en, kind) => {
    expect(inferKinds(department("d", { zh, en }), "company")[0]).toBe(kind);
  });

  it("keeps a general company's repair desk its own: 售后维修部 is after-sales, not a garage", () => {
    const kinds = inferKinds(
      department("d", { zh: "售后维修部", en: "Repair Service" }),
      "company",
    );
    expect(kinds).toContain("after_sales");
    expect(kinds).not.toContain("vehicle_service");
  });
});

describe("a car dealership's callers", () => {
  it.each([
    ["车子该做保养了 想约个周六上午", "workshop"],
    ["仪表盘上发动机故障灯亮了 能不能帮我看看", "workshop"],
    ["my car's due for its annual service, can I book it in for Friday", "workshop"],
    ["there's a squeaking noise when I brake", "workshop"],
    ["倒车的时候把后保险杠蹭了 想补个漆", "bodyshop"],
    ["someone reversed into my door and left a big dent", "bodyshop"],
    ["雨刮片有没有原厂的", "parts"],
    ["do you have genuine wiper blades for the 2021 model", "parts"],
    ["我车在高速上抛锚了 打不着火", "rescue"],
    ["my battery's dead and the car won't start, can someone come and give me a jump", "rescue"],
    ["我想把我的旧车卖了 你们收不收 能估个价吗", "used"],
    ["what would you give me for my old car as a trade-in", "used"],
    ["车贷想提前还清 要怎么办", "loans"],
    ["my car insurance is up for renewal next month", "loans"],
    ["想来店里试驾一下新款", "sales"],
  ])("%s → %s", (said, key) => routes(dealer)(said, key));
});

describe("other organisations hear none of a dealership's words", () => {
  it.each([
    ["directory/lakeside-hotel.yaml", "my car battery is flat in your car park"],
    ["eval/blind/huijia-property.yaml", "我想买车位 现在还有吗"],
  ])("%s: %s", (file, said) => {
    const got = kindsReached(load(file), said);
    for (const kind of ["car_sales", "roadside", "spare_parts"]) expect(got).not.toContain(kind);
  });
});
