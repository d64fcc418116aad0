import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import { understand } from "../../src/rules/understand/index.ts";
import { languageOf } from "../support/understanding.ts";

// An emergency's words in everyday use: said of a computer, a phone, a tyre, a price or a tool,
// at a company or a hotel. None is dialled or asked about; the same words said of a person are.

const load = (file: string) => parseDirectoryFile(readFileSync(file, "utf8"), file);
const hotel = load("directory/lakeside-hotel.yaml");
const company = load("directory/huaxin-manufacturing.yaml");

const isEmergency = (said: string) =>
  [hotel, company].some((dir) => /emergency/.test(understand(said, dir, languageOf(said)).kind));

describe("everyday words that are not emergencies", () => {
  it.each([
    // Devices and systems.
    "电脑没反应了 开不了机",
    "我的耳机充电没反应了",
    "按了半天没反应",
    "网站又抽风了 付不了款",
    "我的电脑中毒了 文件打不开",
    "电脑起不来了 蓝屏",
    "手机进水了 还能修吗",
    "我的手机掉水里了 能保修吗",
    "the website is not responding",
    "the card reader isn't responding again",
    "they're not responding to my emails",
    "my agent code got locked in the app and I can't issue quotes",
    "our goods are stuck in customs",
    "my card is stuck in the machine",
    // Cars and tyres, with no one hurt.
    "轮胎没气了 能帮忙看看吗",
    "轮胎漏气了",
    "我的车被一辆电瓶车撞了 对方全责 能先找你们赔吗",
    "喂 我车被困在积水里了 人已经出来了 车要拖走",
    "someone's parked right across the ambulance bay and I can't get out",
    // A case taken to law or a complaint, a recovery, a claim, a service asked about.
    "我想咨询一下家暴离婚的案子",
    "我被家暴过 想起诉离婚 需要准备什么",
    "my client was assaulted at work and we want to sue the employer",
    "I'm calling about the robbery case, I'm the victim, any update",
    "我要给我爸办住院 他中风后需要康复",
    "集装箱在码头着火的那批货 保险怎么走",
    "I want to insure my house against fire",
    "商场里有没有儿童走失广播",
    "请问你们商场的急救站在哪",
    "can we use open flames at the stand for a cooking demo",
    "the fire alarm went off in the night and woke everyone, why",
    // A job, a talk, a plan, a hazard to put right, a stage effect, a near miss.
    "请问有没有急救员的岗位在招",
    "我们公司要办健康讲座 关于心脏病的",
    "走失儿童的预案是什么",
    "楼道里堆满了杂物 有火灾隐患 你们管不管",
    "我们展台想做一个烟雾效果 可以吗",
    "can we use a smoke machine at our stand",
    "学校的体育器材太旧了 孩子差点受伤",
    // Booked ahead, done with, or said of a procedure or a product.
    "我家老人心脏病 想预约心内科",
    "we need to book an ambulance for a patient transfer next Tuesday",
    "there was a fight at the football match on Saturday, the parents want a meeting",
    "the fire in the lobby fireplace is lovely, is it on every evening",
    "我被困在这个流程里了 发票一直开不出来",
    "电击器这种东西你们卖吗",
    // Money, papers and prices.
    "货款被压了三个月了",
    "我的报销单被打回来了",
    "我想打人事部的电话",
    "门票是不是被抢光了",
    "你们跳楼价清仓是真的吗",
    "检查报告还出不来",
    "电源被切断了 是欠费了吗",
    "我被电信诈骗了 想问问能不能冻结",
    "冲床的模具要换了",
    "急救箱放在哪里",
    "我要倒地铁过来 大概一个小时",
    "孩子的书包丢了 蓝色的",
    "my son lost his jacket at school",
    // The gas company's everyday business.
    "我家煤气表读数不对",
    "煤气开户要带什么",
    "卡里没气了 能不能电话上买气",
    "家里没气了 做不了饭 是停气了吗",
    "小区门口的燃气标志桩被车撞倒了",
    // A claim for what is over.
    "喂 你好 我家楼上水管爆了 把我家天花板泡坏了 我买过你们的家财险 要怎么报",
    "somebody scraped my car in the car park and drove off, can I claim that",
    // Trade, law and office words.
    "can I get sparkling water in my room",
    "Is Robbie in today?",
    "we export rapeseed oil",
    "we need a coffee break in the afternoon",
    "do you do emergency repairs on weekends",
    "it's not an emergency, but my air conditioning is broken",
    "we specialise in labour law",
    "I'd like to book the unconscious bias training",
    "there's a customs seizure of our container",
    "a four stroke engine for the generator",
    "the deal collapsed last minute",
    "hit me up on WeChat",
    "we need a glue gun and a nail gun for the booth",
    "we're shooting a commercial in your lobby next week",
    "a cyber attack on our servers, I need the IT team",
    "he threatened to post a bad review",
    "the deal fell through",
    "is there a fat burning class in the gym",
    "I'm drowning in paperwork here",
    "the stand builder needs the fire rules for the hall",
    "特装展位的消防审批要什么材料",
    "嗯 我想换个房间 这间有烟味",
    // An old person's things lost, not the person; a room that smells of stale smoke.
    "我爸的身份证丢了 怎么补办",
    "我爸送洗的衣服丢了两件",
    "老人的钱包不见了",
    "my mother is missing her medication",
    "抢钱啊 这么贵",
    "我想量一下血压",
    "喝水呛到了 没事了",
    "hey my room smells of smoke, can someone come and freshen it up",
    "We need to plan the fire evacuation briefing for our conference attendees",
    "there's been a small accident with a customer slipping, nobody hurt badly, I need the duty manager",
    // A scam call's story, and a number marked as a nuisance caller.
    "我妈刚才接了个电话 说她孙子出事了要钱 她差点就转了",
    "我这个号怎么被标记成骚扰电话了",
    "老是接到骚扰电话 能不能拦截",
  ])("%s", (said) => {
    expect(isEmergency(said)).toBe(false);
  });
});

describe("the same words said of a person are still emergencies", () => {
  it.each([
    "我老公倒在地上没反应了",
    "他没气了 快叫救护车",
    "工人的手被冲床压了",
    "他手指被切断了",
    "有人闯进来了",
    "there's been a break-in at the warehouse",
    "we've been robbed",
    "sparks are coming from the socket",
    "my son is lost",
    "煤气泄漏了",
    "厨房有煤气味",
    // A smell of gas, a gas pipe cut, a child nowhere to be found, in many words.
    "我下班回来一开门 屋里全是那个 燃气的味道 都不敢开灯",
    "马路上挖掘机把燃气管挖断了 呲呲地往外冒气",
    "孩子把燃气灶拧开了 不知道开了多久 满屋子都是味儿",
    "a digger just hit the gas main outside the school",
    "my son wasn't on the bus this afternoon and nobody knows where he is",
    "I'm at pick-up and I can't find my four-year-old",
    "燃气表那里一直在嘶嘶响 味道很大",
    "燃气灶的阀门关不上了",
    "the CO alarm is going off in the flat",
    "孩子吃了花生过敏 脸都肿了 喘不上气",
    "有个陌生人在学校门口拉小孩",
    "the school bus has been in an accident",
    "孩子放学没回家 电话也打不通",
    "my son hasn't come home from school and it's past six",
    "他被打了",
    "我的包被抢了",
    "我孩子不见了",
    "he's not responding",
    "我被困在车里了",
    "someone is stuck in the lift",
    "he's having a panic attack",
    "my wife is in labour",
    "my house is on fire right now",
    "孩子误吞了一个纽扣电池",
    "我老公在打我 他还在外面砸门",
    "我的律师朋友晕倒了",
    "the lawyer in room 5 collapsed",
    "my toddler swallowed a button battery",
    "she drank some bleach by mistake",
    "我儿子把药吞了好多",
    "my husband fell off a ladder and is bleeding, is that covered by my policy",
    // Choking on food, a fall down a slope or out of bed, swept away by the sea.
    "老人吃饭呛到了 咳不出来",
    "团里有人摔下山坡了",
    "my father fell out of bed and hit his head",
    "我们团有人在海边被浪卷走了",
    "老人血压一下子高到两百",
    // An old person wandered off, a stroke's signs, a scald, a crash, a robbery.
    "我爸不见了 他有老年痴呆",
    "我们院里一个老人不见了",
    "我妈在楼下散步 一转眼就不见了",
    "an elderly resident with dementia has wandered off",
    "my dad is missing from the care home",
    "我爸突然说话不清楚 嘴歪了",
    "老人呼吸不上来",
    "一个服务员被开水烫了",
    "我们在国外出车祸了",
    "we were in a car accident on the way to the airport",
    "有人抢银行",
    // People shut in a lift, and bleeding, as callers put it.
    "电梯 电梯困人了 我妈在里面",
    "你们店门口的电梯困了人",
    "三号楼电梯关人了",
    "装网的师傅被狗咬了 血流了好多",
    "孩子在草地上被蛇咬了",
    "我儿子出事了 在你们工地",
  ])("%s", (said) => {
    expect(isEmergency(said)).toBe(true);
  });
});

describe("an emergency said to be over", () => {
  it.each([
    "I want to report a gas leak that was fixed, just asking for the report",
    "燃气泄漏已经处理好了 想要个书面说明",
  ])("is asked about, not dialled: %s", (said) => {
    expect(understand(said, hotel, languageOf(said)).kind).toBe("maybe_emergency");
  });
});

describe("redress sought in the same breath as a blow or a knife", () => {
  it.each([
    "孩子在学校被打了 想要个说法",
    "我老公拿着刀威胁我 说要离婚",
    "my neighbour attacked me, I'll sue him",
    "有人打我 我要起诉他",
  ])("is asked about once, never let go unasked: %s", (said) => {
    expect(understand(said, hotel, languageOf(said)).kind).toBe("maybe_emergency");
  });

  it("leaves a blow said alone dialled at once", () => {
    expect(understand("有人打我", hotel, "zh").kind).toBe("emergency");
    expect(understand("他又打我了", hotel, "zh").kind).toBe("emergency");
  });
});
