import { describe, expect, it } from "vitest";
import { describeWakeUp } from "../../src/rules/wake-up/describe.ts";
import { sayWakeUp } from "../../src/voice/wake-up-prompts.ts";

describe("what a caller setting a wake-up hears", () => {
  const when = { date: "2026-12-06", time: "06:30" };

  it("reads the day and time back as a question", () => {
    expect(sayWakeUp.readBack.zh(describeWakeUp(when, "2026-12-05", "zh"))).toMatch(
      /^明天12月6日早上6点30分，对吗？/,
    );
    expect(sayWakeUp.readBack.en(describeWakeUp(when, "2026-12-05", "en"))).toMatch(
      /^Tomorrow, December 6th, at 6:30 a\.m\. — is that right\?/,
    );
  });

  it("confirms in a sentence that starts with the day in English", () => {
    expect(sayWakeUp.wakeUpSet.en(describeWakeUp(when, "2026-12-05", "en"))).toBe(
      "Done. Your wake-up call is set for tomorrow, December 6th, at 6:30 a.m.",
    );
    expect(sayWakeUp.wakeUpSet.zh(describeWakeUp(when, "2026-12-05", "zh"))).toBe(
      "好的，已为您设置明天12月6日早上6点30分的叫醒电话。",
    );
  });

  it("answers a name and room that don't match with words that hold neither", () => {
    for (const language of ["zh", "en"] as const) {
      const text = sayWakeUp.notVerified[language]();
      expect(text).not.toMatch(/\d/);
    }
  });
});

describe("the wake-up call", () => {
  it("greets with the local time and the keys, as the issue words it", () => {
    expect(sayWakeUp.greeting.zh("06:30", 10)).toBe(
      "早上好，现在是6点30分，这是您的叫醒电话。确认请按1，十分钟后再叫请按2。",
    );
    expect(sayWakeUp.greeting.en("06:30", 10)).toBe(
      "Good morning. It's 6:30 a.m. This is your wake-up call. Press 1 to confirm, or press 2 to be called again in 10 minutes.",
    );
  });

  it("offers no snooze once they are used up", () => {
    expect(sayWakeUp.greeting.zh("06:50", null)).toBe(
      "早上好，现在是6点50分，这是您的叫醒电话。确认请按1。",
    );
    expect(sayWakeUp.greeting.en("06:50", null)).toBe(
      "Good morning. It's 6:50 a.m. This is your wake-up call. Press 1 to confirm.",
    );
  });

  it("fits the greeting to the hour", () => {
    expect(sayWakeUp.greeting.zh("07:00", 5)).toBe(
      "早上好，现在是7点整，这是您的叫醒电话。确认请按1，五分钟后再叫请按2。",
    );
    expect(sayWakeUp.greeting.zh("14:30", 10)).toMatch(/^下午好，现在是2点30分/);
    expect(sayWakeUp.greeting.zh("03:15", 10)).toMatch(/^您好，现在是凌晨3点15分/);
    expect(sayWakeUp.greeting.en("19:00", 10)).toMatch(/^Good evening\. It's 7 p\.m\./);
    expect(sayWakeUp.greeting.en("10:00", 10)).toMatch(/^Good morning\. It's 10 a\.m\./);
  });

  it("says how long a snooze is", () => {
    expect(sayWakeUp.snoozed.zh(10)).toBe("好的，十分钟后再叫您。");
    expect(sayWakeUp.snoozed.en(15)).toBe("All right, I'll call you again in 15 minutes.");
  });
});
