import { yearsWithoutHolidays } from "../rules/calendar.ts";
import { localParts } from "../rules/hours.ts";
import type { Db } from "../store/db.ts";
import { organisationCalendar } from "../store/directory.ts";
import type { Job } from "./runner.ts";

// The mainland holiday table comes with the chinese-days package, which lists each year once
// the State Council publishes it (usually in November or December). A year it does not list
// falls back to Monday to Friday: Spring Festival would count as ordinary weekdays, and its
// make-up Saturdays as weekends. Once a day, this says so in the log while there is still time
// to update the package, and for as long as the year goes unlisted.

/** The years the organisation's holiday calendar needs and the installed table lacks. */
export async function missingHolidayYears(db: Db, now: Date): Promise<number[]> {
  const organisation = await organisationCalendar(db);
  if (!organisation) return [];
  const holidayCalendar = organisation.holidayCalendar === "none" ? "none" : "cn";
  return yearsWithoutHolidays(localParts(now, organisation.timezone).date, holidayCalendar);
}

export function holidayCalendarJob(): Job {
  return {
    name: "holiday-calendar",
    everyMs: 24 * 60 * 60_000,
    async run({ db, now, log }) {
      const years = await missingHolidayYears(db, now);
      if (years.length > 0) {
        log.warn(
          "the holiday calendar does not list these years: their public holidays and make-up workdays count as ordinary days until the chinese-days package is updated",
          { years },
        );
      }
      return { yearsWithoutHolidays: years };
    },
  };
}
