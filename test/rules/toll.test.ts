import { describe, expect, it } from "vitest";
import {
  classifyNumber,
  decideRequest,
  type Home,
  homeOf,
  mentionsPrivate,
  parseCallRequest,
  REASON_MAX_LENGTH,
  spokenNumber,
  type TollClass,
  tariffCost,
} from "../../src/rules/toll.ts";

/** The demo hotel in Shanghai (+86 21), a New York office (+1 212) and a Hong Kong one. */
const SHANGHAI = homeOf({ country: "CN", mainNumber: "+862155550000" });
const NEW_YORK = homeOf({ country: "US", mainNumber: "+12127363100" });
const HONG_KONG = homeOf({ country: "HK", mainNumber: "+85228881234" });

type Row = [dialled: string, home: Home, cls: TollClass, e164: string | null, why: string];

const TABLE: Row[] = [
  // Shanghai: local, and fixed lines in other cities
  ["021 5555 0100", SHANGHAI, "local", "+862155550100", "Shanghai with its trunk code"],
  ["+86 21 6888 1234", SHANGHAI, "local", "+862168881234", "Shanghai in E.164"],
  ["6234 5678", SHANGHAI, "local", "+862162345678", "8 digits without area code: the home area"],
  ["0086 21 5555 0100", SHANGHAI, "local", "+862155550100", "Shanghai through the 00 prefix"],
  ["800 810 1234", SHANGHAI, "local", "+868008101234", "mainland toll-free costs nothing"],
  ["010 6552 9988", SHANGHAI, "domestic_long_distance", "+861065529988", "Beijing, area 10"],
  ["020 8888 8888", SHANGHAI, "domestic_long_distance", "+862088888888", "Guangzhou, area 20"],
  ["0755 8888 8888", SHANGHAI, "domestic_long_distance", "+8675588888888", "Shenzhen, area 755"],
  ["0571 8888 1234", SHANGHAI, "domestic_long_distance", "+8657188881234", "Hangzhou, area 571"],
  ["+86 28 8888 1234", SHANGHAI, "domestic_long_distance", "+862888881234", "Chengdu, area 28"],
  // Chinese mobiles
  ["13912345678", SHANGHAI, "mobile", "+8613912345678", "China Mobile 139"],
  ["+86 186 1234 5678", SHANGHAI, "mobile", "+8618612345678", "China Unicom 186"],
  ["199 1234 5678", SHANGHAI, "mobile", "+8619912345678", "China Telecom 199"],
  ["170 1234 5678", SHANGHAI, "mobile", "+8617012345678", "a virtual operator's 170"],
  ["138-0013-8000", SHANGHAI, "mobile", "+8613800138000", "a mobile written with dashes"],
  // The US, the UK and Hong Kong
  ["+1 212 736 3100", SHANGHAI, "international", "+12127363100", "New York from Shanghai"],
  ["001 415 555 0100", SHANGHAI, "international", "+14155550100", "San Francisco through 00"],
  ["+1 416 555 0100", SHANGHAI, "international", "+14165550100", "Toronto"],
  ["+44 20 7946 0000", SHANGHAI, "international", "+442079460000", "London fixed line"],
  ["0044 20 7946 0000", SHANGHAI, "international", "+442079460000", "London through 00"],
  ["+44 7400 123456", SHANGHAI, "international", "+447400123456", "a UK mobile"],
  ["+852 2123 4567", SHANGHAI, "international", "+85221234567", "Hong Kong is not domestic"],
  ["+852 9123 4567", SHANGHAI, "international", "+85291234567", "a Hong Kong mobile"],
  ["+61 2 9876 5432", SHANGHAI, "international", "+61298765432", "Sydney"],
  ["+81 3 1234 5678", SHANGHAI, "international", "+81312345678", "Tokyo"],
  ["212 736 3100", NEW_YORK, "local", "+12127363100", "New York from New York"],
  ["736 3100", NEW_YORK, "local", "+12127363100", "seven digits: the home area code"],
  ["1 800 555 1234", NEW_YORK, "local", "+18005551234", "US toll-free"],
  ["718 555 0199", NEW_YORK, "domestic_long_distance", "+17185550199", "Brooklyn, area 718"],
  ["415 555 0100", NEW_YORK, "domestic_long_distance", "+14155550100", "California"],
  ["011 44 20 7946 0000", NEW_YORK, "international", "+442079460000", "London via 011"],
  ["+1 416 555 0100", NEW_YORK, "international", "+14165550100", "Canada is billed apart"],
  ["2123 4567", HONG_KONG, "local", "+85221234567", "Hong Kong has no areas"],
  ["9123 4567", HONG_KONG, "mobile", "+85291234567", "a Hong Kong mobile at home"],
  ["+86 21 6888 1234", HONG_KONG, "international", "+862168881234", "Shanghai from Hong Kong"],
  // Premium, shared-cost, personal and satellite numbers
  ["+1 900 555 1234", SHANGHAI, "premium_or_special", "+19005551234", "US premium 900"],
  ["1-900-555-1234", NEW_YORK, "premium_or_special", "+19005551234", "900 dialled at home"],
  ["400 812 3123", SHANGHAI, "premium_or_special", "+864008123123", "mainland 400 is shared-cost"],
  ["+44 909 879 0000", SHANGHAI, "premium_or_special", "+449098790000", "UK premium 09"],
  ["+44 871 234 5678", SHANGHAI, "premium_or_special", "+448712345678", "UK 087 service number"],
  ["+44 70 1234 5678", SHANGHAI, "premium_or_special", "+447012345678", "UK 070 personal number"],
  ["+852 8123 4567", SHANGHAI, "premium_or_special", "+85281234567", "HK personal number"],
  ["+33 8 91 23 45 67", SHANGHAI, "premium_or_special", "+33891234567", "French premium 089"],
  ["+881 6 1234 5678", SHANGHAI, "premium_or_special", "+881612345678", "Iridium satellite"],
  ["+870 773 111 632", SHANGHAI, "premium_or_special", "+870773111632", "Inmarsat satellite"],
  ["+882 3456 7890", SHANGHAI, "premium_or_special", "+88234567890", "international networks"],
  ["+979 1234 56789", SHANGHAI, "premium_or_special", "+979123456789", "international premium"],
  ["+53 7 234 5678", SHANGHAI, "premium_or_special", "+5372345678", "Cuba: IRSF list"],
  ["+252 1 234567", SHANGHAI, "premium_or_special", "+2521234567", "Somalia: IRSF list"],
  ["+675 312 3456", SHANGHAI, "premium_or_special", "+6753123456", "Papua New Guinea: IRSF list"],
  // NANP numbers that look domestic
  ["1 242 357 1234", NEW_YORK, "premium_or_special", "+12423571234", "the Bahamas, not the US"],
  ["876 512 3456", NEW_YORK, "premium_or_special", "+18765123456", "Jamaica, no 1 even"],
  ["1-809-221-1234", NEW_YORK, "premium_or_special", "+18092211234", "Dominican Republic"],
  ["+1 284 496 1234", NEW_YORK, "premium_or_special", "+12844961234", "British Virgin Islands"],
  ["+1 473 440 1234", SHANGHAI, "premium_or_special", "+14734401234", "Grenada from Shanghai"],
  ["+1 649 946 1234", NEW_YORK, "premium_or_special", "+16499461234", "Turks and Caicos"],
  ["+1 242 555 0199", NEW_YORK, "premium_or_special", "+12425550199", "unassigned Bahamas digits"],
  // Emergency numbers
  ["110", SHANGHAI, "emergency", null, "mainland police"],
  ["119", SHANGHAI, "emergency", null, "mainland fire"],
  ["120", SHANGHAI, "emergency", null, "mainland ambulance"],
  ["122", SHANGHAI, "emergency", null, "mainland traffic police"],
  ["112", SHANGHAI, "emergency", null, "GSM emergency"],
  ["911", NEW_YORK, "emergency", null, "North America"],
  ["999", HONG_KONG, "emergency", null, "Hong Kong"],
  // Malformed input
  ["", SHANGHAI, "invalid", null, "nothing"],
  ["abc", SHANGHAI, "invalid", null, "letters"],
  ["12", SHANGHAI, "invalid", null, "too short"],
  ["+86 21 5555", SHANGHAI, "invalid", null, "too few digits"],
  ["++862155550100", SHANGHAI, "invalid", null, "two plus signs"],
  ["021-5555-0100 ext 2", SHANGHAI, "invalid", null, "an extension is not dialled"],
  ["123456789012345678901", SHANGHAI, "invalid", null, "too long"],
  ["+86 168 1234 5678", SHANGHAI, "invalid", null, "an unassigned mainland range"],
  ["95555", SHANGHAI, "invalid", null, "a bank's short service number"],
  ["+44 7700 900123", SHANGHAI, "invalid", null, "Ofcom's drama range"],
];

describe("classifyNumber", () => {
  it("has a table of at least 50 numbers that covers every class", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(50);
    expect(new Set(TABLE.map((r) => r[2]))).toEqual(
      new Set<TollClass>([
        "local",
        "domestic_long_distance",
        "mobile",
        "international",
        "premium_or_special",
        "emergency",
        "invalid",
      ]),
    );
  });

  it.each(TABLE)("%s is %s (%s, %s)", (dialled, home, cls, e164) => {
    const found = classifyNumber(dialled, home);
    expect({ class: found.class, e164: found.e164 }).toEqual({ class: cls, e164 });
    expect(found.reason).not.toBe("");
  });

  it("says why in words staff can check", () => {
    expect(classifyNumber("010 6552 9988", SHANGHAI).reason).toBe("area 10, home is 21");
    expect(classifyNumber("876 512 3456", NEW_YORK).reason).toContain("JM, not the US or Canada");
    expect(classifyNumber("+881 6 1234 5678", SHANGHAI).reason).toContain("satellite");
    expect(classifyNumber("+53 7 234 5678", SHANGHAI).reason).toContain("Cuba");
    expect(classifyNumber("400 812 3123", SHANGHAI).reason).toBe("shared-cost number");
    expect(classifyNumber("120", SHANGHAI).reason).toBe("emergency number 120");
  });

  it("names the destination's region, and none for satellite numbers", () => {
    expect(classifyNumber("+1 212 736 3100", SHANGHAI).region).toBe("US");
    expect(classifyNumber("+852 2123 4567", SHANGHAI).region).toBe("HK");
    expect(classifyNumber("+881 6 1234 5678", SHANGHAI).region).toBeNull();
  });

  it("takes the home from the organisation's main number", () => {
    expect(SHANGHAI).toEqual({ country: "CN", areaCode: "21" });
    expect(homeOf({ country: "CN", mainNumber: "+861065529988" })).toEqual({
      country: "CN",
      areaCode: "10",
    });
    expect(homeOf({ country: "CN", mainNumber: "+8657188881234" }).areaCode).toBe("571");
    expect(NEW_YORK).toEqual({ country: "US", areaCode: "212" });
    expect(HONG_KONG).toEqual({ country: "HK", areaCode: null });
    // A mobile main number says nothing about the area: every fixed line is then long-distance.
    const mobileHome = homeOf({ country: "CN", mainNumber: "+8613912345678" });
    expect(mobileHome.areaCode).toBeNull();
    expect(classifyNumber("021 5555 0100", mobileHome).class).toBe("domestic_long_distance");
  });
});

describe("decideRequest", () => {
  const ALL_BUT_LOCAL: TollClass[] = ["domestic_long_distance", "mobile", "international"];

  it("needs approval for every class but local by default, and refuses what is never placed", () => {
    const kind = (n: string, needs = ALL_BUT_LOCAL) =>
      decideRequest(classifyNumber(n, SHANGHAI), needs).kind;
    expect(kind("021 5555 0100")).toBe("no_approval_needed");
    expect(kind("010 6552 9988")).toBe("needs_approval");
    expect(kind("13912345678")).toBe("needs_approval");
    expect(kind("+1 212 736 3100")).toBe("needs_approval");
    expect(kind("+1 900 555 1234")).toBe("refused");
    expect(kind("110")).toBe("refused");
    expect(kind("abc")).toBe("refused");
    expect(kind("13912345678", ["international"])).toBe("no_approval_needed");
    // Premium numbers stay refused whatever is configured.
    expect(kind("+1 900 555 1234", [])).toBe("refused");
  });
});

describe("parseCallRequest", () => {
  it.each<[string, ReturnType<typeof parseCallRequest>]>([
    [
      "+1 212 736 3100 client contract follow-up",
      { number: "+1 212 736 3100", reason: "client contract follow-up", private: false },
    ],
    [
      "13912345678 给家里打电话 private",
      { number: "13912345678", reason: "给家里打电话", private: true },
    ],
    ["010-6552-9988 确认会议 私人", { number: "010-6552-9988", reason: "确认会议", private: true }],
    [
      "+442079460000 supplier call business",
      {
        number: "+442079460000",
        reason: "supplier call",
        private: false,
      },
    ],
    ["+12127363100", null],
    ["call my aunt", null],
    ["", null],
  ])("reads %j", (text, expected) => {
    expect(parseCallRequest(text.split(/\s+/).filter(Boolean))).toEqual(expected);
  });
});

describe("parseCallRequest, as people type numbers", () => {
  it("reads full-width and other scripts' digits", () => {
    expect(parseCallRequest(["０２１－５８７９－１８８８", "核对合同"])).toEqual({
      number: "021-5879-1888",
      reason: "核对合同",
      private: false,
    });
    expect(parseCallRequest(["＋４４", "٢٠٧٩٤٦٠٠٠٠", "supplier"])?.number).toBe("+44 2079460000");
    expect(parseCallRequest(["+९१", "२२१२३४५६७८", "visa"])?.number).toBe("+91 2212345678");
  });

  it.each([
    ["+1 212 736 3100 x123 contract", "+1 212 736 3100", "123"],
    ["+1 212 736 3100 ext. 45 contract", "+1 212 736 3100", "45"],
    ["+1 212 736 3100 ext 45 contract", "+1 212 736 3100", "45"],
    ["+12127363100;ext=123 contract", "+12127363100", "123"],
    ["+12127363100x9 contract", "+12127363100", "9"],
    ["021-58791888转123 合同", "021-58791888", "123"],
    ["021-58791888 分机 8 合同", "021-58791888", "8"],
  ])("finds the extension in %j", (text, number, extension) => {
    expect(parseCallRequest(text.split(/\s+/))).toMatchObject({
      number,
      extension,
      reason: expect.stringMatching(/^(contract|合同)$/),
    });
  });

  it("cuts a reason over the limit at a word, and says it did", () => {
    const words = Array.from({ length: 120 }, (_, i) => `word${i}`);
    const read = parseCallRequest(["+12127363100", ...words]);
    expect(read?.reasonCut).toBe(true);
    expect([...(read?.reason ?? "")].length).toBeLessThanOrEqual(REASON_MAX_LENGTH);
    expect(read?.reason).toMatch(/ word\d+…$/);
    expect(parseCallRequest(["+12127363100", "短理由"])?.reasonCut).toBeUndefined();
    const chinese = parseCallRequest(["+12127363100", "合".repeat(800)]);
    expect([...(chinese?.reason ?? "")]).toHaveLength(REASON_MAX_LENGTH);
  });
});

describe("spokenNumber", () => {
  it.each<[string, string | null]>([
    ["帮我拨幺三九一二三四五六七八，跟客户确认订单", "13912345678"],
    [
      "please dial zero zero four four two zero seven nine four six zero zero zero zero",
      "00442079460000",
    ],
    [
      "call plus one two one two seven three six three one zero zero for the contract",
      "+12127363100",
    ],
    ["我要打 010-6552-9988", "01065529988"],
    ["我要打外线", null],
    ["三个人", null],
  ])("finds the number in %j", (said, number) => {
    expect(spokenNumber(said)).toBe(number);
  });

  it("knows a private call when it hears one", () => {
    expect(mentionsPrivate("这是私人电话")).toBe(true);
    expect(mentionsPrivate("a personal call to my family")).toBe(true);
    expect(mentionsPrivate("跟客户确认订单")).toBe(false);
  });
});

describe("tariffCost", () => {
  const tariff = { currency: "CNY", perMinute: { US: 1.2, international: 8, mobile: 0.3 } };

  it("charges each started minute at the region's rate, else the class's", () => {
    // With what it was worked out from, so the charge can be worked out again.
    expect(
      tariffCost(tariff, { region: "US", tollClass: "international", durationSeconds: 61 }),
    ).toEqual({
      amount: "2.4",
      currency: "CNY",
      ratedBy: "US",
      perMinute: 1.2,
      minutes: 2,
      seconds: 61,
    });
    expect(
      tariffCost(tariff, { region: "GB", tollClass: "international", durationSeconds: 120 }),
    ).toMatchObject({ amount: "16", currency: "CNY", ratedBy: "international", minutes: 2 });
    expect(
      tariffCost(tariff, { region: "CN", tollClass: "mobile", durationSeconds: 1 }),
    ).toMatchObject({ amount: "0.3", currency: "CNY", ratedBy: "mobile", perMinute: 0.3 });
  });

  it("has no cost without a rate or without a tariff", () => {
    expect(
      tariffCost(tariff, {
        region: "CN",
        tollClass: "domestic_long_distance",
        durationSeconds: 60,
      }),
    ).toBeNull();
    expect(
      tariffCost(null, { region: "US", tollClass: "international", durationSeconds: 60 }),
    ).toBeNull();
  });
});
