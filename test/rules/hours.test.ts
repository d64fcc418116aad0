import { describe, expect, it } from "vitest";
import {
  dayNumber,
  isWorkday,
  isWorkdayOn,
  yearsWithoutHolidays,
} from "../../src/rules/calendar.ts";
import { type Department, departmentSchema, type Hours } from "../../src/rules/directory.ts";
import {
  type Calendar,
  describeOpening,
  localParts,
  openingState,
  routeByHours,
} from "../../src/rules/hours.ts";

const shanghai: Calendar = { timezone: "Asia/Shanghai", holidayCalendar: "cn" };
const shanghaiPlain: Calendar = { timezone: "Asia/Shanghai", holidayCalendar: "none" };
const london: Calendar = { timezone: "Europe/London", holidayCalendar: "none" };

/** A local Shanghai time, e.g. cst("2025-10-01 09:00"). */
const cst = (local: string) => new Date(`${local.replace(" ", "T")}:00+08:00`);

const open = (hours: Hours, now: Date, calendar: Calendar = shanghai) =>
  openingState(hours, now, calendar).open;
const nextOpen = (hours: Hours, now: Date, calendar: Calendar = shanghai) => {
  const state = openingState(hours, now, calendar);
  if (state.open) throw new Error(`expected closed at ${now.toISOString()}`);
  return state.nextOpen;
};

const department = (key: string, hours: Hours, afterHours: Department["afterHours"]) =>
  departmentSchema.parse({
    key,
    name: { zh: key, en: key },
    numbers: ["+862155550100"],
    hours,
    afterHours,
  });

describe("the mainland holiday calendar", () => {
  it("keeps ordinary weekdays and weekends", () => {
    expect(isWorkday("2025-11-27", "cn")).toBe(true); // Thursday
    expect(isWorkday("2025-11-29", "cn")).toBe(false); // Saturday
  });

  it("closes public holidays that fall on weekdays", () => {
    expect(isWorkday("2025-10-01", "cn")).toBe(false); // National Day, Wednesday
    expect(isWorkday("2025-10-08", "cn")).toBe(false); // National Day break, Wednesday
    expect(isWorkday("2026-02-16", "cn")).toBe(false); // Spring Festival, Monday
    expect(isWorkday("2026-02-23", "cn")).toBe(false); // Spring Festival break, Monday
  });

  it("opens make-up workdays (调休) that fall on weekends", () => {
    expect(isWorkday("2025-09-28", "cn")).toBe(true); // Sunday before National Day
    expect(isWorkday("2025-10-11", "cn")).toBe(true); // Saturday after National Day
    expect(isWorkday("2026-02-14", "cn")).toBe(true); // Saturday before Spring Festival
    expect(isWorkday("2026-02-28", "cn")).toBe(true); // Saturday after Spring Festival
  });

  it("is plain Monday to Friday without a holiday calendar", () => {
    expect(isWorkday("2025-10-01", "none")).toBe(true);
    expect(isWorkday("2025-09-28", "none")).toBe(false);
  });

  it("falls back to Monday to Friday for years the package does not list", () => {
    expect(isWorkday("2100-03-01", "cn")).toBe(true); // Monday
    expect(isWorkday("2100-03-06", "cn")).toBe(false); // Saturday
  });

  it("names the years it has no holidays for: this one, and from December the next", () => {
    expect(yearsWithoutHolidays("2025-06-01", "cn")).toEqual([]);
    expect(yearsWithoutHolidays("2025-12-01", "cn")).toEqual([]); // 2026 is listed too
    expect(yearsWithoutHolidays("2099-11-30", "cn")).toEqual([2099]);
    expect(yearsWithoutHolidays("2099-12-01", "cn")).toEqual([2099, 2100]);
    expect(yearsWithoutHolidays("2099-12-01", "none")).toEqual([]);
  });
});

describe("working days by day number", () => {
  it("agree with the dates, calendar by calendar, whichever is asked first", () => {
    for (const date of ["2025-10-01", "2025-09-28", "2025-11-27", "2025-11-29", "2100-03-01"]) {
      const day = dayNumber(date);
      expect([isWorkdayOn(day, "none"), isWorkdayOn(day, "cn")]).toEqual([
        isWorkday(date, "none"),
        isWorkday(date, "cn"),
      ]);
    }
    expect(isWorkdayOn(dayNumber("2025-10-01"), "cn")).toBe(false); // National Day
    expect(isWorkdayOn(dayNumber("2025-10-01"), "none")).toBe(true);
    expect(isWorkdayOn(dayNumber("2025-09-28"), "none")).toBe(false); // a Sunday
    expect(isWorkdayOn(dayNumber("2025-09-28"), "cn")).toBe(true); // 调休
  });
});

describe("one instant in many time zones", () => {
  const clock = (at: string, timezone: string) => {
    const p = localParts(new Date(at), timezone);
    return `${p.date} ${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
  };

  it("reads each zone's own clock, asked in turn", () => {
    for (let round = 0; round < 2; round++) {
      expect(clock("2025-07-01T12:34:56.789Z", "Asia/Shanghai")).toBe("2025-07-01 20:34");
      expect(clock("2025-07-01T12:34:56.789Z", "Europe/London")).toBe("2025-07-01 13:34");
      expect(clock("2025-07-01T12:34:56.789Z", "America/New_York")).toBe("2025-07-01 08:34");
      expect(clock("2025-07-01T12:34:56.789Z", "Asia/Kolkata")).toBe("2025-07-01 18:04");
      expect(clock("2025-07-01T12:34:56.789Z", "Pacific/Chatham")).toBe("2025-07-02 01:19");
    }
  });

  it("reads both sides of a clock change, on the hour or within it", () => {
    // New York springs forward at 07:00 UTC; Lord Howe and St John's change at half past.
    expect(clock("2025-03-09T06:59:59.999Z", "America/New_York")).toBe("2025-03-09 01:59");
    expect(clock("2025-03-09T07:00:00.000Z", "America/New_York")).toBe("2025-03-09 03:00");
    expect(clock("2025-10-04T15:10:00.000Z", "Australia/Lord_Howe")).toBe("2025-10-05 01:40");
    expect(clock("2025-10-04T15:29:59.999Z", "Australia/Lord_Howe")).toBe("2025-10-05 01:59");
    expect(clock("2025-10-04T15:30:00.000Z", "Australia/Lord_Howe")).toBe("2025-10-05 02:30");
    expect(clock("2025-10-04T15:50:00.000Z", "Australia/Lord_Howe")).toBe("2025-10-05 02:50");
    expect(clock("2025-10-04T15:10:00.000Z", "Australia/Lord_Howe")).toBe("2025-10-05 01:40");
    expect(clock("2025-03-09T05:29:59.000Z", "America/St_Johns")).toBe("2025-03-09 01:59");
    expect(clock("2025-03-09T05:30:00.000Z", "America/St_Johns")).toBe("2025-03-09 03:00");
  });

  it("reads odd historical offsets to the second, and far dates alike", () => {
    // Shanghai kept local mean time, 8:05:43 ahead of UTC, until 1901.
    expect(localParts(new Date("1899-06-01T00:00:00Z"), "Asia/Shanghai")).toMatchObject({
      hour: 8,
      minute: 5,
    });
    expect(clock("2300-01-01T00:00:00Z", "Asia/Shanghai")).toBe("2300-01-01 08:00");
  });
});

describe("openingState", () => {
  it("is always open for 24h", () => {
    expect(openingState("24h", cst("2025-10-01 03:00"), shanghai)).toEqual({ open: true });
  });

  describe("a daily window", () => {
    const hours: Hours = [{ days: "daily", open: "08:00", close: "22:00" }];

    it("is closed before it opens, and says when it opens", () => {
      expect(openingState(hours, cst("2025-11-27 07:59"), shanghai)).toEqual({
        open: false,
        nextOpen: cst("2025-11-27 08:00"),
      });
    });

    it("is open from the opening minute until just before closing", () => {
      expect(open(hours, cst("2025-11-27 08:00"))).toBe(true);
      expect(open(hours, cst("2025-11-27 15:00"))).toBe(true);
      expect(open(hours, new Date(cst("2025-11-27 22:00").getTime() - 1))).toBe(true);
    });

    it("is closed from closing time, opening again the next morning", () => {
      expect(nextOpen(hours, cst("2025-11-27 22:00"))).toEqual(cst("2025-11-28 08:00"));
      expect(nextOpen(hours, cst("2025-11-27 23:30"))).toEqual(cst("2025-11-28 08:00"));
    });

    it("ignores holidays", () => {
      expect(open(hours, cst("2025-10-01 12:00"))).toBe(true);
    });
  });

  it("stays open until midnight when it closes at 24:00", () => {
    const hours: Hours = [{ days: "daily", open: "18:00", close: "24:00" }];
    expect(open(hours, cst("2025-11-27 23:59"))).toBe(true);
    expect(nextOpen(hours, cst("2025-11-28 00:00"))).toEqual(cst("2025-11-28 18:00"));
  });

  it("treats a close equal to the open as a full day from the opening", () => {
    const hours: Hours = [{ days: ["mon"], open: "08:00", close: "08:00" }];
    expect(open(hours, cst("2025-11-25 07:59"))).toBe(true); // Tuesday, opened Monday 08:00
    expect(nextOpen(hours, cst("2025-11-25 08:00"))).toEqual(cst("2025-12-01 08:00"));
  });

  describe("an overnight window on Fridays, 22:00–02:00", () => {
    const hours: Hours = [{ days: ["fri"], open: "22:00", close: "02:00" }];

    it("is open late on Friday and early on Saturday", () => {
      expect(open(hours, cst("2025-11-28 23:30"))).toBe(true); // Friday
      expect(open(hours, cst("2025-11-29 01:00"))).toBe(true); // Saturday
    });

    it("closes at 02:00 on Saturday until the next Friday", () => {
      expect(nextOpen(hours, cst("2025-11-29 02:00"))).toEqual(cst("2025-12-05 22:00"));
    });

    it("is closed early on Friday, when Thursday had no window", () => {
      expect(nextOpen(hours, cst("2025-11-28 01:00"))).toEqual(cst("2025-11-28 22:00"));
    });
  });

  describe("workdays, 09:00–18:00, on the mainland calendar", () => {
    const hours: Hours = [{ days: "workdays", open: "09:00", close: "18:00" }];

    it("is open on an ordinary weekday", () => {
      expect(open(hours, cst("2025-11-27 10:00"))).toBe(true);
    });

    it("is closed at the weekend until Monday", () => {
      expect(nextOpen(hours, cst("2025-11-29 10:00"))).toEqual(cst("2025-12-01 09:00"));
    });

    it("is closed over National Day until the first working day after it", () => {
      expect(nextOpen(hours, cst("2025-10-01 10:00"))).toEqual(cst("2025-10-09 09:00"));
    });

    it("is closed over Spring Festival", () => {
      expect(nextOpen(hours, cst("2026-02-17 10:00"))).toEqual(cst("2026-02-24 09:00"));
    });

    it("is open on a make-up Sunday and Saturday", () => {
      expect(open(hours, cst("2025-09-28 10:00"))).toBe(true);
      expect(open(hours, cst("2026-02-14 10:00"))).toBe(true);
    });

    it("reopens on the make-up Sunday rather than waiting for Monday", () => {
      expect(nextOpen(hours, cst("2025-09-26 19:00"))).toEqual(cst("2025-09-28 09:00"));
    });

    it("is plain Monday to Friday with holidayCalendar none", () => {
      expect(open(hours, cst("2025-10-01 10:00"), shanghaiPlain)).toBe(true);
      expect(nextOpen(hours, cst("2025-09-28 10:00"), shanghaiPlain)).toEqual(
        cst("2025-09-29 09:00"),
      );
    });
  });

  describe("weekends, the complement of workdays", () => {
    const hours: Hours = [{ days: "weekends", open: "10:00", close: "16:00" }];

    it("is open on a public holiday and closed on a make-up workday", () => {
      expect(open(hours, cst("2025-10-01 12:00"))).toBe(true); // Wednesday, National Day
      expect(open(hours, cst("2025-09-28 12:00"))).toBe(false); // Sunday, make-up workday
    });

    it("is Saturday and Sunday with holidayCalendar none", () => {
      expect(open(hours, cst("2025-09-28 12:00"), shanghaiPlain)).toBe(true);
      expect(open(hours, cst("2025-10-01 12:00"), shanghaiPlain)).toBe(false);
    });
  });

  it("keeps a list of weekdays regardless of holidays", () => {
    const hours: Hours = [{ days: ["wed"], open: "10:00", close: "16:00" }];
    expect(open(hours, cst("2025-10-01 12:00"))).toBe(true);
  });

  it("takes the earliest of several windows", () => {
    const hours: Hours = [
      { days: "daily", open: "17:00", close: "22:00" },
      { days: "daily", open: "11:00", close: "14:00" },
    ];
    expect(nextOpen(hours, cst("2025-11-27 09:00"))).toEqual(cst("2025-11-27 11:00"));
    expect(nextOpen(hours, cst("2025-11-27 15:00"))).toEqual(cst("2025-11-27 17:00"));
    expect(nextOpen(hours, cst("2025-11-27 22:30"))).toEqual(cst("2025-11-28 11:00"));
  });

  it("answers the same hours asked again: within the minute, a minute later, in another calendar", () => {
    const hours: Hours = [{ days: "workdays", open: "09:00", close: "18:00" }];
    // Each caller's own copy, the first one's and the next ones': changing it changes nothing.
    for (const at of ["2025-10-08T09:59:59.999Z", "2025-10-08T09:59:30.000Z"]) {
      const state = openingState(hours, new Date(at), shanghai);
      if (!state.open && state.nextOpen) state.nextOpen.setTime(0);
    }
    expect(nextOpen(hours, new Date("2025-10-08T09:59:00.000Z"))).toEqual(cst("2025-10-09 09:00"));
    // The last day of the National Day holiday, then the first workday after it.
    expect(open(hours, cst("2025-10-09 17:59"))).toBe(true);
    expect(open(hours, cst("2025-10-09 18:00"))).toBe(false);
    // 2025-10-11 is a make-up Saturday in the mainland calendar, not without one.
    expect(open(hours, cst("2025-10-11 10:00"))).toBe(true);
    expect(open(hours, cst("2025-10-11 10:00"), shanghaiPlain)).toBe(false);
    expect(open(hours, cst("2025-10-11 10:00"))).toBe(true);
    expect(open(hours, new Date("2025-10-11T10:00:00Z"), london)).toBe(false);
  });
});

describe("a time zone with daylight saving (Europe/London)", () => {
  it("reads local time on both sides of the spring change", () => {
    expect(localParts(new Date("2025-03-30T00:30:00Z"), "Europe/London")).toEqual({
      year: 2025,
      month: 3,
      day: 30,
      hour: 0,
      minute: 30,
      weekday: "sun",
      date: "2025-03-30",
    });
    expect(localParts(new Date("2025-03-30T01:30:00Z"), "Europe/London")).toMatchObject({
      hour: 2,
      minute: 30,
    });
  });

  it("reads the local date, not the UTC date, near midnight", () => {
    expect(localParts(new Date("2025-11-27T16:30:00Z"), "Asia/Shanghai")).toMatchObject({
      date: "2025-11-28",
      weekday: "fri",
      hour: 0,
      minute: 30,
    });
  });

  it("opens at 09:00 summer time the morning after the clocks go forward", () => {
    const hours: Hours = [{ days: "daily", open: "09:00", close: "17:00" }];
    expect(nextOpen(hours, new Date("2025-03-29T18:00:00Z"), london)).toEqual(
      new Date("2025-03-30T08:00:00Z"),
    );
    expect(open(hours, new Date("2025-03-30T08:30:00Z"), london)).toBe(true);
    expect(open(hours, new Date("2025-03-30T16:30:00Z"), london)).toBe(false);
  });

  it("opens at 09:00 winter time the morning after the clocks go back", () => {
    const hours: Hours = [{ days: "daily", open: "09:00", close: "17:00" }];
    expect(nextOpen(hours, new Date("2025-10-25T18:00:00Z"), london)).toEqual(
      new Date("2025-10-26T09:00:00Z"),
    );
  });

  it("opens when the clocks jump past an opening time that never happens", () => {
    const hours: Hours = [{ days: "daily", open: "01:30", close: "03:00" }];
    expect(nextOpen(hours, new Date("2025-03-30T00:45:00Z"), london)).toEqual(
      new Date("2025-03-30T01:00:00Z"),
    );
  });

  describe("when the clocks go back and 01:00–02:00 happens twice", () => {
    const hours: Hours = [{ days: "daily", open: "01:30", close: "01:45" }];

    it("opens at the first 01:30", () => {
      expect(nextOpen(hours, new Date("2025-10-26T00:00:00Z"), london)).toEqual(
        new Date("2025-10-26T00:30:00Z"),
      );
    });

    it("opens again at the second 01:30", () => {
      expect(nextOpen(hours, new Date("2025-10-26T00:50:00Z"), london)).toEqual(
        new Date("2025-10-26T01:30:00Z"),
      );
      expect(open(hours, new Date("2025-10-26T01:35:00Z"), london)).toBe(true);
    });

    it("opens the next day once both have passed", () => {
      expect(nextOpen(hours, new Date("2025-10-26T01:50:00Z"), london)).toEqual(
        new Date("2025-10-27T01:30:00Z"),
      );
    });
  });
});

describe("routeByHours", () => {
  const frontDesk = department("front_desk", "24h", "message");
  const reservations = department(
    "reservations",
    [{ days: "daily", open: "08:00", close: "22:00" }],
    "message",
  );
  const restaurant = department(
    "restaurant",
    [
      { days: "daily", open: "11:00", close: "14:00" },
      { days: "daily", open: "17:00", close: "22:00" },
    ],
    { transfer: "front_desk" },
  );
  const concierge = department(
    "concierge",
    [{ days: "daily", open: "08:00", close: "20:00" }],
    "message",
  );
  const spa = department("spa", [{ days: "daily", open: "10:00", close: "21:00" }], {
    transfer: "concierge",
  });
  const finance = department(
    "finance",
    [{ days: "workdays", open: "09:00", close: "18:00" }],
    "message",
  );
  const departments = [frontDesk, reservations, restaurant, concierge, spa, finance];

  it("sends calls to an open department to itself", () => {
    expect(routeByHours(restaurant, departments, cst("2025-11-27 12:00"), shanghai)).toEqual({
      kind: "open",
      department: "restaurant",
    });
  });

  it("takes a message for reservations after 22:00, open again at 08:00", () => {
    expect(routeByHours(reservations, departments, cst("2025-11-27 22:30"), shanghai)).toEqual({
      kind: "message",
      closed: "reservations",
      nextOpen: cst("2025-11-28 08:00"),
    });
  });

  it("sends a closed restaurant's calls to the front desk", () => {
    expect(routeByHours(restaurant, departments, cst("2025-11-27 15:00"), shanghai)).toEqual({
      kind: "fallback",
      department: "front_desk",
      closed: "restaurant",
      nextOpen: cst("2025-11-27 17:00"),
    });
  });

  it("takes a message when the fallback is closed too", () => {
    expect(routeByHours(spa, departments, cst("2025-11-27 21:30"), shanghai)).toEqual({
      kind: "message",
      closed: "spa",
      nextOpen: cst("2025-11-28 10:00"),
    });
  });

  it("uses the fallback while it is still open", () => {
    expect(routeByHours(spa, departments, cst("2025-11-27 09:00"), shanghai)).toMatchObject({
      kind: "fallback",
      department: "concierge",
    });
  });

  it("takes a message when the fallback is not in the directory", () => {
    const orphan = department("orphan", [{ days: ["mon"], open: "09:00", close: "10:00" }], {
      transfer: "nowhere",
    });
    expect(routeByHours(orphan, departments, cst("2025-11-27 12:00"), shanghai)).toEqual({
      kind: "message",
      closed: "orphan",
      nextOpen: cst("2025-12-01 09:00"),
    });
  });

  it("takes a message for finance on a Saturday, open again on Monday", () => {
    expect(routeByHours(finance, departments, cst("2025-11-29 10:00"), shanghai)).toEqual({
      kind: "message",
      closed: "finance",
      nextOpen: cst("2025-12-01 09:00"),
    });
  });

  it("sends finance's Saturday calls to the make-up workday before Spring Festival", () => {
    expect(routeByHours(finance, departments, cst("2026-02-13 19:00"), shanghai)).toEqual({
      kind: "message",
      closed: "finance",
      nextOpen: cst("2026-02-14 09:00"),
    });
  });
});

describe("describeOpening", () => {
  const now = cst("2026-11-27 14:00"); // Friday

  it("says today", () => {
    expect(describeOpening(cst("2026-11-27 20:00"), now, shanghai, "zh")).toBe("今天晚上8点");
    expect(describeOpening(cst("2026-11-27 20:00"), now, shanghai, "en")).toBe("today at 8 pm");
  });

  it("says tomorrow", () => {
    expect(describeOpening(cst("2026-11-28 08:00"), now, shanghai, "zh")).toBe("明天早上8点");
    expect(describeOpening(cst("2026-11-28 08:00"), now, shanghai, "en")).toBe("tomorrow at 8 am");
  });

  it("names the date and weekday further ahead", () => {
    expect(describeOpening(cst("2026-11-30 09:00"), now, shanghai, "zh")).toBe(
      "11月30日（星期一）上午9点",
    );
    expect(describeOpening(cst("2026-11-30 09:00"), now, shanghai, "en")).toBe(
      "on Monday 30 November at 9 am",
    );
  });

  it("says minutes, noon, afternoon and the small hours", () => {
    const say = (local: string, language: "zh" | "en") =>
      describeOpening(cst(local), now, shanghai, language);
    expect(say("2026-11-27 17:30", "zh")).toBe("今天下午5点半");
    expect(say("2026-11-27 17:30", "en")).toBe("today at 5:30 pm");
    expect(say("2026-11-28 12:05", "zh")).toBe("明天中午12点05分");
    expect(say("2026-11-28 12:05", "en")).toBe("tomorrow at 12:05 pm");
    expect(say("2026-11-28 00:15", "zh")).toBe("明天凌晨0点15分");
    expect(say("2026-11-28 00:15", "en")).toBe("tomorrow at 12:15 am");
  });

  it("counts days by the calendar's local date, not UTC", () => {
    // 23:30 in Shanghai is 15:30 UTC on the same date; 00:30 the next day is still 16:30 UTC.
    expect(describeOpening(cst("2026-11-28 00:30"), cst("2026-11-27 23:30"), shanghai, "en")).toBe(
      "tomorrow at 12:30 am",
    );
  });

  it("speaks the local time of a daylight-saving zone", () => {
    expect(
      describeOpening(
        new Date("2025-03-30T08:00:00Z"),
        new Date("2025-03-29T18:00:00Z"),
        london,
        "en",
      ),
    ).toBe("tomorrow at 9 am");
  });
});
