import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { TELECOM_KINDS } from "../../src/rules/understand/kinds/telecom.ts";
import type { Kind } from "../../src/rules/understand/kinds.ts";
import { inferKinds, kindsOf } from "../../src/rules/understand/kinds-of.ts";
import { department } from "../support/departments.ts";
import { kindsReached, routes } from "../support/understanding.ts";

// A telecom operator's branch understood from a directory of names and one-line descriptions
// (test/rules/fixtures/telecom.yaml), with requests written from how subscribers, households,
// businesses and passers-by speak; none of them is in the eval sets. Porting, roaming and TV are
// the mobile and home broadband departments' where there is no desk of their own, and a branch
// without a home broadband desk or a cable crew sends those callers to the installers.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const branch = load("test/rules/fixtures/telecom.yaml");

describe("a telecom branch's departments, read from their names", () => {
  it.each([
    ["公众客户部", "Consumer Mobile", "mobile_service"],
    ["携号转网受理中心", "Number Porting", "number_porting"],
    ["国际业务部", "International Roaming", "international_roaming"],
    ["家庭客户部", "Home Broadband", "home_broadband"],
    ["智慧家庭服务部", "Smart Home Services", "smart_home"],
    ["装维服务中心", "Installation and Repair", "broadband_repair"],
    ["政企客户部", "Government and Enterprise", "enterprise_telecom"],
    ["网络优化中心", "Network Optimisation", "network_quality"],
    ["线务中心", "Outside Plant", "line_maintenance"],
    ["反诈专班", "Anti-Scam Team", "scam_prevention"],
    ["计费中心", "Billing Centre", "utility_billing"],
    ["营业厅", "Service Halls", "service_hall"],
  ] as const)("%s / %s is %s", (zh, en, kind) => {
    expect(inferKinds(department("d", { zh, en }), "company")[0]).toBe(kind);
  });

  it("reads a telecom branch's own names", () => {
    expect(Object.fromEntries(kindsOf(branch))).toMatchObject({
      halls: ["service_hall"],
      mobile: ["mobile_service"],
      home: ["home_broadband"],
      enterprise: ["enterprise_telecom"],
      billing: ["utility_billing"],
      network: ["network_quality"],
      lines: ["line_maintenance"],
      scams: ["scam_prevention"],
    });
    expect(kindsOf(branch).get("install")?.[0]).toBe("broadband_repair");
  });

  it.each([
    ["移动开发部", "Mobile Development", "rnd"],
    ["网络部", "Network", "it"],
    ["国际合作部", "International Business", "sales"],
  ] as const)("keeps another trade's %s / %s its own (%s)", (zh, en, kind) => {
    expect(inferKinds(department("d", { zh, en }), "company")[0]).toBe(kind);
  });
});

describe("a telecom branch's callers", () => {
  it.each([
    ["我的手机卡丢了 要补一张", "halls"],
    ["你们最近的营业厅在哪 我要去办个实名", "halls"],
    ["I lost my SIM card and need a replacement", "halls"],
    ["套餐太贵了 想换个便宜点的", "mobile"],
    ["流量老是不够用 能不能加个流量包", "mobile"],
    ["我要携号转网 转到别家去", "mobile"],
    ["I'm going to Japan next week, how do I turn on international roaming", "mobile"],
    ["can I change to a cheaper plan, I never use all my data", "mobile"],
    ["想办个宽带 千兆的多少钱一年", "home"],
    ["宽带快到期了 续费有没有优惠", "home"],
    ["do you do broadband and TV bundles", "home"],
    ["宽带断了 光猫亮红灯", "install"],
    ["约好今天上午来装宽带 师傅到现在还没来", "install"],
    ["网速特别慢 看个视频一直卡", "install"],
    ["my internet has been down since last night", "install"],
    ["the engineer was supposed to install my fibre today but never turned up", "install"],
    ["我们公司要拉一条互联网专线 要固定IP", "enterprise"],
    ["我们单位的专线中断了 很急", "enterprise"],
    ["we need a dedicated line and static IPs for our new office", "enterprise"],
    ["这个月话费怎么扣了这么多 我没订什么业务", "billing"],
    ["充了一百块话费 到现在没到账", "billing"],
    ["有个什么视频会员每个月扣我十五块 我要退订", "billing"],
    ["why is my phone bill so high this month", "billing"],
    ["家里一点信号都没有 打电话老是断", "network"],
    ["小区楼顶要装基站 我们担心辐射", "network"],
    ["there's no signal in my flat, calls keep dropping", "network"],
    ["门口的电线杆歪了 线都垂到地上了", "lines"],
    ["施工队把你们的光缆挖断了", "lines"],
    ["a telephone pole is leaning over the road after the storm", "lines"],
    ["接到一个自称客服的电话 说我的号码涉嫌违规要停机", "scams"],
    ["我的号码被标记成骚扰电话了 怎么取消", "scams"],
    ["I keep getting scam calls pretending to be from the police", "scams"],
    ["我的号码突然被停了 说是涉诈 要二次实名", "scams"],
    ["我想携号转网 从移动转到你们这边来 要什么条件", "mobile"],
    ["下个月去泰国旅游 流量怎么弄", "mobile"],
    ["机顶盒遥控器按了没反应 电视看不了", "home"],
    ["想在家里装个摄像头 看老人", "home"],
  ])("%s → %s", (said, key) => routes(branch)(said, key));

  it.each([
    ["我的手机号欠费停机了 交了钱多久能恢复", "billing"],
    ["我想查一下上个月的通话详单", "billing"],
    ["话费发票怎么开 公司要报销", "billing"],
    ["我的套餐里的流量为什么用这么快", "mobile"],
    ["我想给我妈办个副卡 共享我的流量", "mobile"],
    ["我号码不用了 想注销掉", "mobile"],
    ["家里wifi信号不好 卧室收不到", "home"],
    ["宽带提速到千兆要加多少钱", "home"],
    ["搬家了 宽带能不能移过去", "install"],
    ["光猫一直闪红灯 上不了网", "install"],
    ["装宽带的师傅说要收材料费 这正常吗", "install"],
    ["我们公司五十个人 想办集团套餐", "enterprise"],
    ["物联网卡能不能批量办", "enterprise"],
    ["地下车库一点信号都没有", "network"],
    ["自从你们在楼顶装了那个基站 我天天头疼", "network"],
    ["5G信号时有时无", "network"],
    ["路边的光缆箱子门开着 线都露在外面", "lines"],
    ["你们的线挂在我家窗户外面 能不能移走", "lines"],
    ["有人打电话说是你们客服 要我下载一个APP", "scams"],
    ["老是收到境外的陌生电话", "scams"],
    ["I got a text saying my number will be cancelled unless I click a link", "scams"],
    ["I want to move my number from another carrier to you", "mobile"],
    ["can I use my phone in Europe next month", "mobile"],
    ["the set top box keeps restarting", "home"],
  ])("more of them: %s → %s", (said, key) => routes(branch)(said, key));
});

describe("a telecom branch with fewer departments", () => {
  const without = (...keys: string[]) => ({
    ...branch,
    departments: branch.departments.filter((d) => !keys.includes(d.key)),
  });

  it.each([
    ["想办个宽带 千兆的多少钱一年", "install"],
    ["do you do broadband and TV bundles", "install"],
    ["门口的电线杆歪了 线都垂到地上了", "install"],
    ["施工队把你们的光缆挖断了", "install"],
  ])("without a home broadband desk or a cable crew: %s → %s", (said, key) =>
    routes(without("home", "lines"))(said, key),
  );
});

describe("other organisations hear none of a telecom branch's words", () => {
  const telecom = Object.keys(TELECOM_KINDS) as Kind[];
  it.each([
    ["directory/lakeside-hotel.yaml", "the wifi in my room keeps dropping", "front_desk"],
    ["directory/lakeside-hotel.yaml", "房间的电视看不了", "engineering"],
    [
      "directory/lakeside-hotel.yaml",
      "my passport is at the front desk, I'm leaving for Hong Kong",
      "front_desk",
    ],
    ["directory/huaxin-manufacturing.yaml", "厂里的宽带老是断", "it"],
    ["directory/huaxin-manufacturing.yaml", "我们是做光缆的 想给你们报个价", "purchasing"],
    [
      "directory/huaxin-manufacturing.yaml",
      "someone pretending to be from your sales team called us",
      "sales",
    ],
  ])("%s: %s → %s", (file, said, key) => {
    const dir = load(file);
    routes(dir)(said, key);
    const got = kindsReached(dir, said);
    for (const kind of telecom) expect(got).not.toContain(kind);
  });
});
