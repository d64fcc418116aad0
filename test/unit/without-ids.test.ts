import { describe, expect, it } from "vitest";
import { withoutIds } from "../support/privacy.ts";

describe("withoutIds, used by the tests that check a room number never shows", () => {
  it("blanks random SIDs and UUIDs that happen to hold the digits", () => {
    // From a CI run where the recording's random SID contained 1208 and failed the outbox test.
    const link =
      "<https://api.twilio.com/2010-04-01/Accounts/AC3e42ece2f2f05650c0ccada28347e4a3/Recordings/REfcd73771208f7f5e8f186d9c3f339169|▶ 录音 Recording>";
    expect(link).toContain("1208");
    expect(withoutIds(link)).not.toContain("1208");
    expect(withoutIds("message:04a1208e-e012-4270-a041-b04aea6bd8b2")).toBe("message:<uuid>");
  });

  it("keeps a room number wherever it is written", () => {
    for (const text of ["住客 1208", "我住1208房间", "room1208", 'sendDigits="ww1208"', "RE1208"]) {
      expect(withoutIds(text)).toContain("1208");
    }
  });
});
