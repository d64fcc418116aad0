import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import type { Kind } from "../../src/rules/understand/kinds.ts";
import { inferKinds, kindsOf } from "../../src/rules/understand/kinds-of.ts";
import { department } from "../support/departments.ts";
import { kindsReached, routes } from "../support/understanding.ts";

// A government service centre's windows understood from a directory of names and one-line
// descriptions (test/rules/fixtures/government.yaml), with requests written from how residents,
// employers, builders and foreigners speak; none of them is in the eval sets. A centre without an
// exit-and-entry hall, a marriage registry, a labour inspectorate or a building-permits window
// hands their callers to the police window, civil affairs, the jobs window and the permits window.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const centre = load("test/rules/fixtures/government.yaml");

describe("a service centre's windows, read from their names", () => {
  it.each([
    ["咨询导办台", "Enquiries and Guidance", "service_guide"],
    ["综合受理窗口", "General Applications Window", "general_intake"],
    ["市场监管窗口", "Business Registration", "business_registration"],
    ["税务窗口", "Tax Office", "tax_office"],
    ["不动产登记窗口", "Property Registration", "property_registration"],
    ["社保窗口", "Social Insurance", "social_security"],
    ["医保窗口", "Medical Insurance", "medical_insurance"],
    ["公积金窗口", "Housing Provident Fund", "housing_fund"],
    ["公安综合窗口", "Police Services", "police_services"],
    ["出入境接待大厅", "Exit and Entry Administration", "entry_exit"],
    ["车管所", "Vehicle Registration", "vehicle_admin"],
    ["民政窗口", "Civil Affairs", "civil_affairs"],
    ["婚姻登记处", "Marriage Registry", "marriage_registration"],
    ["就业服务窗口", "Employment Services", "employment_services"],
    ["劳动保障监察大队", "Labour Inspectorate", "labour_inspection"],
    ["行政审批窗口", "Permits and Licences", "permits"],
    ["工程建设审批窗口", "Construction Permits", "construction_permits"],
    ["邮政寄递窗口", "Postal Delivery Desk", "certificate_mailing"],
    ["效能监督室", "Service Supervision Office", "service_supervision"],
    ["12345热线工作站", "Citizen Hotline", "citizen_hotline"],
    ["公共法律服务站", "Legal Aid and Notary", "public_legal_services"],
    ["退役军人服务站", "Veterans Services", "veterans_affairs"],
    ["卫生健康窗口", "Health Commission Window", "health_commission"],
  ] as const)("%s / %s is %s", (zh, en, kind) => {
    expect(inferKinds(department("d", { zh, en }), "company")[0]).toBe(kind);
  });

  it("reads a citizens' service centre's own names", () => {
    expect(Object.fromEntries(kindsOf(centre))).toMatchObject({
      guide: ["service_guide", "operator"],
      intake: ["general_intake"],
      business: ["business_registration"],
      tax: ["tax_office"],
      property: ["property_registration"],
      pensions: ["social_security"],
      health_cover: ["medical_insurance"],
      fund: ["housing_fund"],
      hukou: ["police_services"],
      immigration: ["entry_exit"],
      vehicles: ["vehicle_admin"],
      marriage: ["marriage_registration"],
      assistance: ["civil_affairs"],
      jobs: ["employment_services"],
      labour: ["labour_inspection"],
      permits: ["permits"],
      building: ["construction_permits"],
      post: ["certificate_mailing"],
      hotline: ["citizen_hotline"],
      legal: ["public_legal_services"],
      veterans: ["veterans_affairs"],
      health: ["health_commission"],
      oversight: ["service_supervision"],
    });
  });

  it.each([
    ["人事部", "Human Resources", "hr"],
    ["IT服务台", "Help Desk", "it"],
    ["法务部", "Legal Services", "legal"],
    ["计划部", "Planning Office", "production"],
    ["医保办", "Insurance Office", "medical_insurance"],
    ["就业指导中心", "Careers Centre", "careers"],
    ["客户服务热线", "Customer Service Hotline", "after_sales"],
  ] as const)("keeps another trade's %s / %s its own (%s)", (zh, en, kind) => {
    expect(inferKinds(department("d", { zh, en }), "company")[0]).toBe(kind);
  });
});

describe("a service centre's callers", () => {
  it.each([
    ["喂 我想问下 要交啥材料 我也不知道该去哪个窗口", "guide"],
    ["上周交上去的材料 到哪一步了 什么时候能拿证", "intake"],
    ["我想开个理发店 执照怎么办", "business"],
    ["那个 我们公司想改个名字 还要加个股东", "business"],
    ["公司不做了 想注销 走简易注销行不行", "business"],
    ["I want to register a small trading company, what do I need", "business"],
    ["新办的公司 第一次领发票 要带什么", "tax"],
    ["个税汇算 多交的能退吗", "tax"],
    ["I need proof that I paid income tax for my visa application", "tax"],
    ["卖了套二手房 那个税在哪交", "tax"],
    ["房子买了 房本什么时候能下来", "property"],
    ["我爸去世了 房子要过户到我名下", "property"],
    ["银行贷款还完了 要去解押", "property"],
    ["I paid off my mortgage and need to get the mortgage released on the deeds", "property"],
    ["明年就满六十了 退休要办什么手续", "pensions"],
    ["我在外地交了五年社保 能不能转回来", "pensions"],
    ["社保卡丢了 要挂失补办", "pensions"],
    ["I'm self employed and want to pay my own pension contributions", "pensions"],
    ["小孩刚出生 医保怎么参保", "health_cover"],
    ["在外地住院花了两万 回来怎么报销", "health_cover"],
    ["离职了公积金能取出来吗", "fund"],
    ["can I withdraw my housing provident fund to pay rent", "fund"],
    ["孩子出生了 要上户口", "hukou"],
    ["身份证快到期了 换证要预约吗", "hukou"],
    ["my ID card was stolen and I need a new one", "hukou"],
    ["想办个港澳通行证 暑假去香港", "immigration"],
    ["my work visa is expiring next month, where do I renew it", "immigration"],
    ["驾照到期了 换证去哪", "vehicles"],
    ["I want to convert my foreign driving licence to a Chinese one", "vehicles"],
    ["我们想下周一去领结婚证 要预约吗", "marriage"],
    ["we're getting married, my fiancee is Chinese and I'm British", "marriage"],
    ["家里困难 想申请低保", "assistance"],
    ["我妈是重度残疾 护理补贴怎么申请", "assistance"],
    ["我失业了 想领失业金", "jobs"],
    ["我档案在哪里 毕业的时候没管", "jobs"],
    ["I lost my job last month, can I register as unemployed", "jobs"],
    ["老板拖欠工资三个月了 跑路了", "labour"],
    ["my boss hasn't paid me for two months, where can I report it", "labour"],
    ["开个KTV 要办什么许可证", "permits"],
    ["厂房想加建一层 要审批吗", "building"],
    ["竣工验收备案 去哪个窗口", "building"],
    ["证办好了能不能直接寄到家里", "post"],
    ["can you post the certificate to my home address", "post"],
    ["我打了12345 工单到现在没人处理", "hotline"],
    ["想做个学历公证 出国用", "legal"],
    ["I need a document notarised for use abroad", "legal"],
    ["我是退伍军人 优待证怎么办", "veterans"],
    ["出生医学证明丢了 能补吗", "health"],
    ["我想给三号窗口的小姑娘送面锦旗 她帮了我很多", "oversight"],
  ])("%s → %s", (said, key) => routes(centre)(said, key));

  it.each([
    ["我想问一下 新生儿的出生证明和上户口 在哪个窗口一起办", "hukou"],
    ["老公去世了 他的养老金账户里的钱能不能取出来", "pensions"],
    ["我爸退休金这个月没到账", "pensions"],
    ["我们厂今年的稳岗返还什么时候发", "jobs"],
    ["我想考个电工证 有没有补贴培训", "jobs"],
    ["人才公寓怎么申请 我是硕士", "jobs"],
    ["我们要开个民办幼儿园 要办什么证", "permits"],
    ["道路挖掘许可去哪里申请 我们要埋管子", "permits"],
    ["我在网上提交了申请 一直显示待受理", "intake"],
    ["材料被退回来了 说缺一样东西", "intake"],
    ["开个早餐店 要办健康证和食品许可吗", "business"],
    ["个体户的执照能网上办吗", "business"],
    ["我们公司去年的年报忘了报 被列入异常了", "business"],
    ["我要给公司开增值税专用发票 额度不够", "tax"],
    ["个人出租房子 要交什么税", "tax"],
    ["我买的是期房 合同网签了 备案查不到", "property"],
    ["房子是我和前妻一起的 离婚了要把她名字去掉", "property"],
    ["我想查一下我名下有几套房 银行贷款要用", "property"],
    ["我要补办户口本 原来的丢了", "hukou"],
    ["孩子在外地出生的 户口能不能落在这边", "hukou"],
    ["身份证上的照片太丑了 能换吗", "hukou"],
    ["港澳通行证签注到期了 怎么续", "immigration"],
    ["我老公是外国人 他的居留许可要延期", "immigration"],
    ["驾驶证换证要体检吗", "vehicles"],
    ["车子年检到期了 在哪里检", "vehicles"],
    ["我们是二婚 要带什么去登记", "marriage"],
    ["想补办一个结婚证 原来那个找不到了", "marriage"],
    ["我爷爷九十多岁了 高龄补贴怎么领", "assistance"],
    ["I want to apply for the minimum living allowance for my mother", "assistance"],
    ["我在工地上干活 包工头不给钱", "labour"],
    ["公司辞退我 没给补偿", "labour"],
    ["想做个遗嘱公证", "legal"],
    ["能不能帮我免费请个律师 我被公司告了", "legal"],
    ["我是军嫂 随军家属有什么政策", "veterans"],
    ["二胎生育登记怎么弄", "health"],
    ["我之前打了12345反映的问题 想问下处理结果", "hotline"],
    ["你们工作人员服务很好 想表扬一下", "oversight"],
    ["能不能把我的营业执照邮寄给我", "post"],
    ["I need to register my marriage to a Chinese citizen", "marriage"],
    ["how do I get a residence permit, I just started working here", "immigration"],
    ["I need to pay my social insurance, I'm a freelancer", "pensions"],
    ["I want to buy an apartment, do I need to pay deed tax", "tax"],
  ])("more of them: %s → %s", (said, key) => routes(centre)(said, key));
});

describe("a service centre with fewer windows", () => {
  const fewer = ["immigration", "vehicles", "marriage", "building", "labour", "veterans", "post"];
  const smaller = {
    ...centre,
    departments: centre.departments.filter((d) => !fewer.includes(d.key)),
  };

  it.each([
    ["护照过期了 要换新的", "hukou"],
    ["my work visa is expiring next month, where do I renew it", "hukou"],
    ["离婚冷静期是多少天", "assistance"],
    ["我们项目要办施工许可证", "permits"],
    ["老板拖欠工资三个月了 跑路了", "jobs"],
    ["证办好了能不能直接寄到家里", "intake"],
  ])("%s → %s", (said, key) => routes(smaller)(said, key));
});

describe("other organisations hear none of a service centre's words", () => {
  const government: Kind[] = [
    "tax_office",
    "social_security",
    "housing_fund",
    "police_services",
    "entry_exit",
    "certificate_mailing",
    "business_registration",
    "marriage_registration",
    "permits",
  ];
  it.each([
    ["directory/huaxin-manufacturing.yaml", "我们的社保和公积金是不是少交了", "hr"],
    ["directory/huaxin-manufacturing.yaml", "这个月个税扣多了", "hr"],
    ["directory/huaxin-manufacturing.yaml", "能不能把发票寄给我们", "finance"],
    ["directory/huaxin-manufacturing.yaml", "please post the invoice to our office", "finance"],
    [
      "directory/huaxin-manufacturing.yaml",
      "I need a copy of my employment certificate for my visa",
      "hr",
    ],
    ["directory/huaxin-manufacturing.yaml", "我们想办个营业执照的复印件给你们备案", "admin"],
    ["directory/lakeside-hotel.yaml", "can you post this letter for me", "front_desk"],
    ["directory/lakeside-hotel.yaml", "我要办入住 带了护照", "front_desk"],
    ["directory/lakeside-hotel.yaml", "我想寄个快递", "concierge"],
    ["directory/lakeside-hotel.yaml", "our wedding next year, we want a quote", "sales"],
    ["directory/lakeside-hotel.yaml", "发票抬头写错了", "finance"],
  ])("%s: %s → %s", (file, said, key) => {
    const dir = load(file);
    routes(dir)(said, key);
    const got = kindsReached(dir, said);
    for (const kind of government) expect(got).not.toContain(kind);
  });
});
