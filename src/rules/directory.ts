import { z } from "zod";
import { KINDS } from "./understand/kinds.ts";

/**
 * The directory: who the switchboard can connect a caller to. The same schema validates the
 * YAML/JSON file an admin imports and describes the rows the store hands back, so a
 * directory that passed import is the directory the rules see.
 */

export const LANGUAGES = ["zh", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const key = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, "must be lower_snake_case (a-z, 0-9, _), starting with a letter");

/** A directory number: E.164 only, so nothing else can ever reach a Dial. */
export const e164 = z
  .string()
  .regex(/^\+[1-9]\d{6,14}$/, "must be an E.164 number such as +862155550100");

const localized = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
export type LocalizedText = z.infer<typeof localized>;

const clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "must be a time of day HH:MM (00:00–24:00)");

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * One opening window. `workdays` follows the organisation's holiday calendar (for `cn`,
 * mainland public holidays are closed and make-up workdays 调休 are open); `daily` ignores
 * holidays. A window whose close is earlier than its open runs past midnight.
 */
const openingWindow = z
  .object({
    days: z.union([z.enum(["daily", "workdays", "weekends"]), z.array(z.enum(WEEKDAYS)).min(1)]),
    open: clock,
    close: clock,
  })
  .strict();
export type OpeningWindow = z.infer<typeof openingWindow>;

export const hoursSchema = z.union([z.literal("24h"), z.array(openingWindow).min(1)]);
export type Hours = z.infer<typeof hoursSchema>;

const afterHours = z.union([z.literal("message"), z.object({ transfer: key }).strict()]);
export type AfterHours = z.infer<typeof afterHours>;

const keywords = z
  .object({
    zh: z.array(z.string().min(1)).default([]),
    en: z.array(z.string().min(1)).default([]),
  })
  .strict()
  .default({ zh: [], en: [] });

export const departmentSchema = z
  .object({
    key,
    name: localized,
    /** Spoken and shown after the name, e.g. "restaurants, room service, breakfast". */
    description: localized.optional(),
    /**
     * What the department does, from the built-in kinds, whose words callers use for it; without
     * it, the kind is read from the name and description. `none`: no built-in kind, nor one read
     * from its words (a department whose name would be read as a kind it is not).
     */
    kind: z.union([z.literal("none"), z.enum(KINDS), z.array(z.enum(KINDS)).min(1)]).optional(),
    numbers: z.array(e164).min(1),
    /** `sequential` rings the numbers in order; `simultaneous` rings them all at once. */
    dial: z.enum(["sequential", "simultaneous"]).default("sequential"),
    hours: hoursSchema.default("24h"),
    afterHours: afterHours.default("message"),
    /** The key a caller presses for this department in the keypad menu. */
    keypad: z
      .string()
      .regex(/^[0-8]$/, "must be one digit 0–8 (9 switches language)")
      .optional(),
    /** Words callers use for this department, beyond its name. */
    keywords,
    slackChannel: z.string().optional(),
    /** Minutes before an unclaimed message is reminded in the channel (default 15). */
    reminderMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .optional(),
    /** Minutes before a message not done is escalated to the duty manager (default 240). */
    escalationMinutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60)
      .optional(),
  })
  .strict();
export type Department = z.infer<typeof departmentSchema>;

export const staffSchema = z
  .object({
    key,
    name: z.object({ zh: z.string().min(1).optional(), en: z.string().min(1) }).strict(),
    department: key,
    /** The desk phone: the only number of a person the switchboard will ever dial. */
    desk: e164,
    /** Private mobile: stored for staff callbacks, never spoken and never dialled by the IVR. */
    mobile: e164.optional(),
    aliases: z.array(z.string().min(1)).default([]),
    /** approver: decides long-distance requests; finance: settles private calls. */
    role: z
      .enum(["admin", "supervisor", "operator", "staff", "approver", "finance"])
      .default("staff"),
    slackUserId: z.string().optional(),
  })
  .strict();
export type Staff = z.infer<typeof staffSchema>;

/** A room's extension digits, as guests' `room` holds them. */
const roomDigits = z.string().regex(/^\d{1,6}$/, "must be the room's extension digits");

export const guestSchema = z
  .object({
    key,
    name: z.string().min(1),
    /** Dialled as DTMF behind the PBX; never spoken. */
    room: roomDigits,
    /** An incognito guest's stay is never confirmed or denied. */
    incognito: z.boolean().default(false),
  })
  .strict();
export type Guest = z.infer<typeof guestSchema>;

/**
 * One entry of the knowledge base: a question callers ask and the answer the switchboard
 * speaks. Answers are spoken as written, so they must never hold a private number or a room.
 */
export const knowledgeEntrySchema = z
  .object({
    key,
    question: localized,
    answer: localized,
    /** Words callers use when they ask this, beyond the question itself. */
    keywords,
  })
  .strict();
export type KnowledgeEntry = z.infer<typeof knowledgeEntrySchema>;

/**
 * How the PBX shows a guest room as the caller ID of a call it passes on: patterns in which
 * `{room}` stands for the room's digits ("+86215555{room}", "{room}", "sip:{room}@pbx.example"),
 * and single caller IDs that are not in any pattern's shape. docs/directory.md says more.
 */
export const roomCallerIdSchema = z
  .object({
    patterns: z
      .array(
        z
          .string()
          .max(100)
          .refine(
            (p) => p.split("{room}").length === 2,
            "must hold {room} exactly once, where the PBX puts the room digits, e.g. +86215555{room}",
          ),
      )
      .default([]),
    numbers: z.record(z.string().min(1).max(100), roomDigits).default({}),
  })
  .strict()
  .refine((r) => r.patterns.length > 0 || Object.keys(r.numbers).length > 0, {
    message: "give at least one pattern or number",
  });
export type RoomCallerId = z.infer<typeof roomCallerIdSchema>;

/**
 * How wake-up calls are rung and retried; each left out takes its default (docs/directory.md).
 * `department` is whose Slack channel hears of an unanswered one (default: the operator's).
 */
export const wakeUpSettingsSchema = z
  .object({
    department: key.optional(),
    attempts: z.number().int().min(1).max(5).optional(),
    intervalMinutes: z.number().int().min(1).max(30).optional(),
    snoozeMinutes: z.number().int().min(1).max(30).optional(),
    snoozes: z.number().int().min(0).max(3).optional(),
    ringSeconds: z.number().int().min(15).max(120).optional(),
  })
  .strict();
export type WakeUpSettingsInput = z.infer<typeof wakeUpSettingsSchema>;

/**
 * The one-question survey after a transfer, a message or an answer (docs/directory.md); each
 * field left out takes its default: on, every call, the standard wording, no N-day limit.
 */
export const surveySettingsSchema = z
  .object({
    enabled: z.boolean().default(true),
    /** The share of eligible calls asked, 0–1; which calls is decided by their call SID. */
    share: z.number().min(0).max(1).default(1),
    /** The question, in place of "请为本次服务打分，1到5分，5分最满意". */
    question: localized.optional(),
    /** A caller asked within this many days is not asked again; 0 asks every time. */
    notAgainWithinDays: z.number().int().min(0).max(365).default(0),
    /** After a score of 1 or 2, ask for a short spoken comment. */
    comment: z.boolean().default(true),
  })
  .strict();
export type SurveySettings = z.infer<typeof surveySettingsSchema>;
export const SURVEY_DEFAULTS: SurveySettings = surveySettingsSchema.parse({});

export const organisationSchema = z
  .object({
    key,
    name: localized,
    kind: z.enum(["hotel", "company"]).default("company"),
    timezone: z.string().refine(isTimeZone, "must be an IANA time zone such as Asia/Shanghai"),
    /** ISO country of the organisation's home; callers from elsewhere are greeted in English. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .default("CN"),
    mainNumber: e164,
    /** The PBX in front of the guest rooms: dialled, then the room number sent as DTMF. */
    pbxNumber: e164.optional(),
    greeting: localized,
    farewell: localized,
    defaultLanguage: z.enum(LANGUAGES).default("zh"),
    ringTimeoutSeconds: z.number().int().min(5).max(120).default(20),
    /** The service level counts transferred calls answered within this many seconds of their start. */
    serviceLevelSeconds: z.number().int().min(1).max(600).default(20),
    holidayCalendar: z.enum(["cn", "none"]).default("cn"),
    operatorDepartment: key,
    emergencyDepartment: key,
    complaintsDepartment: key,
    /** How the PBX shows a guest room as caller ID; without it, callers name their room. */
    roomCallerId: roomCallerIdSchema.optional(),
    wakeUp: wakeUpSettingsSchema.optional(),
    survey: surveySettingsSchema.default(SURVEY_DEFAULTS),
  })
  .strict();
export type Organisation = z.infer<typeof organisationSchema>;

export const directorySchema = z
  .object({
    organisation: organisationSchema,
    departments: z.array(departmentSchema).min(1),
    staff: z.array(staffSchema).default([]),
    guests: z.array(guestSchema).default([]),
    knowledge: z.array(knowledgeEntrySchema).default([]),
  })
  .strict()
  .superRefine((dir, ctx) => {
    const departments = new Set<string>();
    dir.departments.forEach((d, i) => {
      if (departments.has(d.key)) {
        ctx.addIssue({
          code: "custom",
          path: ["departments", i, "key"],
          message: `duplicate department "${d.key}"`,
        });
      }
      departments.add(d.key);
    });
    const checkDepartment = (value: string, path: (string | number)[]) => {
      if (!departments.has(value)) {
        ctx.addIssue({ code: "custom", path, message: `unknown department "${value}"` });
      }
    };
    checkDepartment(dir.organisation.operatorDepartment, ["organisation", "operatorDepartment"]);
    checkDepartment(dir.organisation.emergencyDepartment, ["organisation", "emergencyDepartment"]);
    checkDepartment(dir.organisation.complaintsDepartment, [
      "organisation",
      "complaintsDepartment",
    ]);
    if (dir.organisation.wakeUp?.department !== undefined)
      checkDepartment(dir.organisation.wakeUp.department, ["organisation", "wakeUp", "department"]);
    const keys = new Set<string>();
    dir.departments.forEach((d, i) => {
      if (typeof d.afterHours === "object")
        checkDepartment(d.afterHours.transfer, ["departments", i, "afterHours", "transfer"]);
      if (d.keypad !== undefined) {
        if (keys.has(d.keypad)) {
          ctx.addIssue({
            code: "custom",
            path: ["departments", i, "keypad"],
            message: `keypad key ${d.keypad} is used twice`,
          });
        }
        keys.add(d.keypad);
      }
    });
    const people = new Set<string>();
    dir.staff.forEach((s, i) => {
      if (people.has(s.key))
        ctx.addIssue({
          code: "custom",
          path: ["staff", i, "key"],
          message: `duplicate staff "${s.key}"`,
        });
      people.add(s.key);
      checkDepartment(s.department, ["staff", i, "department"]);
    });
    dir.guests.forEach((g, i) => {
      if (people.has(g.key))
        ctx.addIssue({
          code: "custom",
          path: ["guests", i, "key"],
          message: `duplicate key "${g.key}"`,
        });
      people.add(g.key);
    });
    const entries = new Set<string>();
    const mobiles = dir.staff.flatMap((s) => (s.mobile ? [s.mobile.slice(-8)] : []));
    dir.knowledge.forEach((k, i) => {
      if (entries.has(k.key))
        ctx.addIssue({
          code: "custom",
          path: ["knowledge", i, "key"],
          message: `duplicate knowledge entry "${k.key}"`,
        });
      entries.add(k.key);
      for (const language of LANGUAGES) {
        const digits = k.answer[language].replace(/\D/g, "");
        if (mobiles.some((m) => digits.includes(m)))
          ctx.addIssue({
            code: "custom",
            path: ["knowledge", i, "answer", language],
            message: "must not contain a staff member's private number",
          });
      }
    });
    if (dir.guests.length > 0 && !dir.organisation.pbxNumber) {
      ctx.addIssue({
        code: "custom",
        path: ["organisation", "pbxNumber"],
        message: "is required when there are guests",
      });
    }
  });
export type Directory = z.infer<typeof directorySchema>;

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export function findDepartment(dir: Directory, key: string): Department | undefined {
  return dir.departments.find((d) => d.key === key);
}

export function findStaff(dir: Directory, key: string): Staff | undefined {
  return dir.staff.find((s) => s.key === key);
}

export function findGuest(dir: Directory, key: string): Guest | undefined {
  return dir.guests.find((g) => g.key === key);
}
