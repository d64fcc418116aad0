import { describe, expect, it } from "vitest";
import { directorySchema } from "../../../src/rules/directory.ts";
import {
  guestByNameAndRoom,
  guestsInRooms,
  guestsOfCaller,
  roomOfCaller,
} from "../../../src/rules/wake-up/guests.ts";
import { wakeUpSettings } from "../../../src/rules/wake-up/settings.ts";
import { harbour, harbourHotel } from "../../support/harbour-hotel.ts";

const raw = harbourHotel;
const dir = harbour;

describe("the calling room from caller ID", () => {
  it.each([
    ["+862188881208", "1208"],
    ["1208", "1208"],
    ["0816", "0816"],
    ["sip:1502@pbx.harbour.example", "1502"],
    ["SIP:1502@PBX.Harbour.Example", "1502"],
    ["+862188889999", "0101"],
    [" +862188881208 ", "1208"],
  ])("%s is room %s", (from, room) => {
    expect(roomOfCaller(from, dir.organisation.roomCallerId)).toBe(room);
  });

  it.each([
    "+8613912345678",
    "+862199991208",
    "+86218888",
    "sip:alice@pbx.harbour.example",
    "sip:1502@elsewhere.example",
    "anonymous",
    "",
    "1234567",
  ])("%s is no room", (from) => {
    expect(roomOfCaller(from, dir.organisation.roomCallerId)).toBeNull();
  });

  it("knows no room when the organisation does not describe its PBX", () => {
    expect(roomOfCaller("1208", undefined)).toBeNull();
  });

  it("finds the guests of the calling room, both when two share it, none when it is empty", () => {
    expect(guestsOfCaller(dir, "+862188881208").map((g) => g.key)).toEqual(["liu_yang"]);
    expect(guestsOfCaller(dir, "1301").map((g) => g.key)).toEqual(["wang_fang", "li_lei"]);
    expect(guestsOfCaller(dir, "1999")).toEqual([]);
    // An incognito guest sets a wake-up like anyone else.
    expect(guestsOfCaller(dir, "1502").map((g) => g.key)).toEqual(["zhao_min"]);
  });
});

describe("a guest by the name and room they give", () => {
  it.each([
    ["刘洋", "1208", "liu_yang"],
    ["我叫刘洋", "1208", "liu_yang"],
    ["刘阳", "1208", "liu_yang"],
    ["我姓刘", "1208", "liu_yang"],
    ["Liu Yang", "1208", "liu_yang"],
    ["Emily Carter", "0816", "emily_carter"],
    ["carter", "0816", "emily_carter"],
    ["my name is Emily Carter", "0816", "emily_carter"],
    ["赵敏", "1502", "zhao_min"],
    ["李雷", "1301", "li_lei"],
    ["王芳", "1301", "wang_fang"],
    ["陈杰", "0101", "chen_jie"],
    ["刘洋", "一二零八", "liu_yang"],
    ["刘洋", "1208#", "liu_yang"],
  ])("%s in %s is %s", (name, room, key) => {
    expect(guestByNameAndRoom(dir, name, room)?.key).toBe(key);
  });

  it.each([
    ["刘洋", "1209"],
    ["王芳", "1208"],
    ["张伟", "1208"],
    ["Emily Carter", "816"],
    ["Emily", "0816"],
    ["赵敏", "1208"],
    ["", "1208"],
    ["刘洋", ""],
  ])("%s in %s is no one", (name, room) => {
    expect(guestByNameAndRoom(dir, name, room)).toBeNull();
  });
});

describe("a group's rooms", () => {
  it("finds each room's guests and names the empty rooms", () => {
    const found = guestsInRooms(dir, ["1208", "1301", "1999", "0816", "2000"]);
    expect([...found.guests.keys()]).toEqual(["1208", "1301", "0816"]);
    expect(found.guests.get("1301")?.length).toBe(2);
    expect(found.empty).toEqual(["1999", "2000"]);
  });
});

describe("wake-up settings", () => {
  it("fills in what the organisation left out", () => {
    expect(wakeUpSettings(dir.organisation)).toEqual({
      department: "front_desk",
      attempts: 4,
      intervalMinutes: 5,
      snoozeMinutes: 10,
      snoozes: 2,
      ringSeconds: 45,
    });
    const { wakeUp: _, ...plain } = dir.organisation;
    expect(wakeUpSettings(plain)).toMatchObject({ department: "operator", attempts: 3 });
  });
});

describe("the directory's wake-up fields", () => {
  const issues = (organisation: object) => {
    const parsed = directorySchema.safeParse({
      ...raw,
      organisation: { ...raw.organisation, ...organisation },
    });
    return parsed.success
      ? []
      : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };

  it("takes a directory with neither", () => {
    const { roomCallerId: _, wakeUp: __, ...plain } = raw.organisation;
    expect(directorySchema.safeParse({ ...raw, organisation: plain }).success).toBe(true);
  });

  it("refuses a pattern without {room}, or with it twice, naming it", () => {
    expect(issues({ roomCallerId: { patterns: ["+86218888"] } })).toEqual([
      "organisation.roomCallerId.patterns.0: must hold {room} exactly once, where the PBX puts the room digits, e.g. +86215555{room}",
    ]);
    expect(issues({ roomCallerId: { patterns: ["{room}{room}"] } })[0]).toMatch(
      /^organisation\.roomCallerId\.patterns\.0: /,
    );
  });

  it("refuses a room that is not digits, an empty description and unknown fields", () => {
    expect(issues({ roomCallerId: { numbers: { "+862188889999": "A101" } } })).toEqual([
      "organisation.roomCallerId.numbers.+862188889999: must be the room's extension digits",
    ]);
    expect(issues({ roomCallerId: {} })).toEqual([
      "organisation.roomCallerId: give at least one pattern or number",
    ]);
    expect(issues({ roomCallerId: { pattern: "{room}" } })[0]).toMatch(
      /^organisation\.roomCallerId: /,
    );
  });

  it("refuses settings out of range and a department that doesn't exist", () => {
    expect(issues({ wakeUp: { attempts: 0 } })[0]).toMatch(/^organisation\.wakeUp\.attempts: /);
    expect(issues({ wakeUp: { intervalMinutes: 90 } })[0]).toMatch(
      /^organisation\.wakeUp\.intervalMinutes: /,
    );
    expect(issues({ wakeUp: { snoozes: 1.5 } })[0]).toMatch(/^organisation\.wakeUp\.snoozes: /);
    expect(issues({ wakeUp: { retries: 3 } })[0]).toMatch(/^organisation\.wakeUp: /);
    expect(issues({ wakeUp: { department: "concierge" } })).toEqual([
      'organisation.wakeUp.department: unknown department "concierge"',
    ]);
  });
});
