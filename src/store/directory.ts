import {
  type Department,
  type Directory,
  directorySchema,
  type Guest,
  type KnowledgeEntry,
  type Organisation,
  type Staff,
  SURVEY_DEFAULTS,
  surveySettingsSchema,
} from "../rules/directory.ts";
import { type AuditEntry, audit } from "./audit.ts";
import { commit, type Db, prismaOf } from "./db.ts";
import { type Condition, condition } from "./outbox.ts";
import { type SqlStatement, sqlValue, statement } from "./sql.ts";
import { cancelWakeUpsOfDeparted } from "./wake-ups.ts";

/** Loads the directory the switchboard works from; null until one has been imported. */
export async function loadDirectory(db: Db): Promise<Directory | null> {
  const prisma = prismaOf(db);
  const [organisations, departments, staff, guests, knowledge] = await Promise.all([
    prisma.organisation.findMany({ take: 1 }),
    prisma.department.findMany({ orderBy: { position: "asc" } }),
    prisma.staff.findMany({ orderBy: { position: "asc" } }),
    prisma.guest.findMany({ orderBy: { position: "asc" } }),
    prisma.knowledgeEntry.findMany({ orderBy: { position: "asc" } }),
  ]);
  const org = organisations[0];
  if (!org) return null;
  const organisation: Organisation = {
    key: org.key,
    name: { zh: org.nameZh, en: org.nameEn },
    kind: org.kind as Organisation["kind"],
    timezone: org.timezone,
    country: org.country,
    mainNumber: org.mainNumber,
    pbxNumber: org.pbxNumber ?? undefined,
    greeting: { zh: org.greetingZh, en: org.greetingEn },
    farewell: { zh: org.farewellZh, en: org.farewellEn },
    defaultLanguage: org.defaultLanguage as Organisation["defaultLanguage"],
    ringTimeoutSeconds: org.ringTimeoutSeconds,
    serviceLevelSeconds: org.serviceLevelSeconds,
    holidayCalendar: org.holidayCalendar as Organisation["holidayCalendar"],
    operatorDepartment: org.operatorDepartment,
    emergencyDepartment: org.emergencyDepartment,
    complaintsDepartment: org.complaintsDepartment,
    roomCallerId: org.roomCallerId ? JSON.parse(org.roomCallerId) : undefined,
    wakeUp: org.wakeUp ? JSON.parse(org.wakeUp) : undefined,
    // Stored as imported; a directory imported before surveys existed takes the defaults.
    survey: org.survey ? surveySettingsSchema.parse(JSON.parse(org.survey)) : SURVEY_DEFAULTS,
  };
  return {
    organisation,
    departments: departments.map(
      (d): Department => ({
        key: d.key,
        name: { zh: d.nameZh, en: d.nameEn },
        description:
          d.descriptionZh && d.descriptionEn
            ? { zh: d.descriptionZh, en: d.descriptionEn }
            : undefined,
        numbers: JSON.parse(d.numbers),
        dial: d.dial as Department["dial"],
        hours: JSON.parse(d.hours),
        afterHours: JSON.parse(d.afterHours),
        keypad: d.keypad ?? undefined,
        keywords: JSON.parse(d.keywords),
        slackChannel: d.slackChannel ?? undefined,
        reminderMinutes: d.reminderMinutes ?? undefined,
        escalationMinutes: d.escalationMinutes ?? undefined,
      }),
    ),
    staff: staff.map(
      (s): Staff => ({
        key: s.key,
        name: { zh: s.nameZh ?? undefined, en: s.nameEn },
        department: s.department,
        desk: s.desk,
        mobile: s.mobile ?? undefined,
        aliases: JSON.parse(s.aliases),
        role: s.role as Staff["role"],
        slackUserId: s.slackUserId ?? undefined,
      }),
    ),
    guests: guests.map(
      (g): Guest => ({ key: g.key, name: g.name, room: g.room, incognito: g.incognito }),
    ),
    knowledge: knowledge.map(
      (k): KnowledgeEntry => ({
        key: k.key,
        question: { zh: k.questionZh, en: k.questionEn },
        answer: { zh: k.answerZh, en: k.answerEn },
        keywords: JSON.parse(k.keywords),
      }),
    ),
  };
}

/**
 * Replaces the whole directory as one unit (with the audit entry of the change, if given), so a
 * failed import leaves the previous directory exactly as it was.
 */
export async function importDirectory(
  db: Db,
  dir: Directory,
  now: Date,
  entry?: AuditEntry,
): Promise<void> {
  await commit(db, [...directoryStatements(dir, now), ...(entry ? [audit(entry)] : [])]);
}

/** Deletes the old directory and inserts the new one, as plain statements for either runtime. */
export function directoryStatements(dir: Directory, now: Date): SqlStatement[] {
  const tables = directoryRows(dir, now);
  return [
    ...tables
      .map(([table]) => table)
      .reverse()
      .map((table) => ({ sql: `DELETE FROM "${table}"`, params: [] })),
    ...tables.flatMap(([table, rows]) => rows.map((row) => insertRow(table, row))),
    cancelWakeUpsOfDeparted(now),
  ];
}

function insertRow(table: string, row: Record<string, unknown>): SqlStatement {
  const columns = Object.keys(row);
  return {
    sql: `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
    params: columns.map((c) => sqlValue(row[c])),
  };
}

function directoryRows(dir: Directory, now: Date): [string, Record<string, unknown>[]][] {
  const o = dir.organisation;
  return [
    [
      "Organisation",
      [
        {
          key: o.key,
          nameZh: o.name.zh,
          nameEn: o.name.en,
          kind: o.kind,
          timezone: o.timezone,
          country: o.country,
          mainNumber: o.mainNumber,
          pbxNumber: o.pbxNumber ?? null,
          greetingZh: o.greeting.zh,
          greetingEn: o.greeting.en,
          farewellZh: o.farewell.zh,
          farewellEn: o.farewell.en,
          defaultLanguage: o.defaultLanguage,
          ringTimeoutSeconds: o.ringTimeoutSeconds,
          serviceLevelSeconds: o.serviceLevelSeconds,
          holidayCalendar: o.holidayCalendar,
          operatorDepartment: o.operatorDepartment,
          emergencyDepartment: o.emergencyDepartment,
          complaintsDepartment: o.complaintsDepartment,
          roomCallerId: o.roomCallerId ? JSON.stringify(o.roomCallerId) : null,
          wakeUp: o.wakeUp ? JSON.stringify(o.wakeUp) : null,
          survey: JSON.stringify(o.survey),
          importedAt: now,
        },
      ],
    ],
    [
      "Department",
      dir.departments.map((d, position) => ({
        key: d.key,
        position,
        nameZh: d.name.zh,
        nameEn: d.name.en,
        descriptionZh: d.description?.zh ?? null,
        descriptionEn: d.description?.en ?? null,
        numbers: JSON.stringify(d.numbers),
        dial: d.dial,
        hours: JSON.stringify(d.hours),
        afterHours: JSON.stringify(d.afterHours),
        keypad: d.keypad ?? null,
        keywords: JSON.stringify(d.keywords),
        slackChannel: d.slackChannel ?? null,
        reminderMinutes: d.reminderMinutes ?? null,
        escalationMinutes: d.escalationMinutes ?? null,
      })),
    ],
    [
      "Staff",
      dir.staff.map((s, position) => ({
        key: s.key,
        position,
        nameZh: s.name.zh ?? null,
        nameEn: s.name.en,
        department: s.department,
        desk: s.desk,
        mobile: s.mobile ?? null,
        aliases: JSON.stringify(s.aliases),
        role: s.role,
        slackUserId: s.slackUserId ?? null,
      })),
    ],
    [
      "KnowledgeEntry",
      dir.knowledge.map((k, position) => ({
        key: k.key,
        position,
        questionZh: k.question.zh,
        questionEn: k.question.en,
        answerZh: k.answer.zh,
        answerEn: k.answer.en,
        keywords: JSON.stringify(k.keywords),
      })),
    ],
    [
      "Guest",
      dir.guests.map((g, position) => ({
        key: g.key,
        position,
        name: g.name,
        room: g.room,
        incognito: g.incognito,
      })),
    ],
  ];
}

export interface DirectorySource {
  /** The current directory; null until one has been imported. */
  get(now: Date): Promise<Directory | null>;
}

/**
 * The directory, loaded once and rechecked against the database at most every `recheckMs`
 * (one tiny query), so an import is seen within that time without reloading it per call.
 */
export function directorySource(db: Db, recheckMs = 1000): DirectorySource {
  let cached: { directory: Directory; stamp: number; checkedAt: number } | null = null;
  return {
    async get(now) {
      if (
        cached &&
        now.getTime() - cached.checkedAt < recheckMs &&
        now.getTime() >= cached.checkedAt
      ) {
        return cached.directory;
      }
      const stamp = (await directoryVersion(db))?.getTime();
      if (stamp === undefined) {
        cached = null;
        return null;
      }
      if (cached?.stamp !== stamp) {
        const directory = await loadDirectory(db);
        if (!directory) return null;
        cached = { directory, stamp, checkedAt: now.getTime() };
      } else {
        cached.checkedAt = now.getTime();
      }
      return cached.directory;
    },
  };
}

/** When the directory was last saved: its version. Null until one has been imported. */
export async function directoryVersion(db: Db): Promise<Date | null> {
  const org = await prismaOf(db).organisation.findFirst({ select: { importedAt: true } });
  return org?.importedAt ?? null;
}

/** The organisation's time zone and holiday calendar, without loading the whole directory. */
export async function organisationCalendar(
  db: Db,
): Promise<{ timezone: string; holidayCalendar: string } | null> {
  return prismaOf(db).organisation.findFirst({ select: { timezone: true, holidayCalendar: true } });
}

/** The directory with its version (when it was last saved), for a change made against it. */
export async function loadDirectoryVersion(
  db: Db,
): Promise<{ directory: Directory; version: Date } | null> {
  // The version first: a change saved in between then fails its check and is tried again,
  // rather than writing over what it did not see.
  const version = await directoryVersion(db);
  if (!version) return null;
  const directory = await loadDirectory(db);
  return directory ? { directory, version } : null;
}

/**
 * Holds the directory at `version` while an edit is saved: its version is set to `saving`, so
 * any other change made against `version` fails its check. False when it is no longer at it.
 */
export async function holdDirectory(db: Db, version: Date, saving: Date): Promise<boolean> {
  const [held] = await commit(db, [
    statement(`UPDATE "Organisation" SET "importedAt" = ? WHERE "importedAt" = ?`, saving, version),
  ]);
  return held === 1;
}

/** A change applies only while the directory is still at the version it was made against. */
export function directoryAt(version: Date): Condition {
  return condition(STILL_AT, version);
}

const STILL_AT = `EXISTS (SELECT 1 FROM "Organisation" WHERE "importedAt" = ?)`;

/**
 * Guests checked in or updated (`put`) and checked out (`remove`), as statements that do
 * nothing unless the directory is still at `version`. The last one moves the version on, so
 * cached copies reload; its count says whether the change was made.
 */
export function guestChange(
  change: { put: Guest[]; remove: string[] },
  version: Date,
  savedAt: Date,
): SqlStatement[] {
  return [
    ...change.remove.map((key) =>
      statement(`DELETE FROM "Guest" WHERE "key" = ? AND ${STILL_AT}`, key, version),
    ),
    ...change.put.map((guest) =>
      statement(
        `INSERT INTO "Guest" ("key", "position", "name", "room", "incognito")
         SELECT ?, (SELECT COALESCE(MAX("position") + 1, 0) FROM "Guest"), ?, ?, ? WHERE ${STILL_AT}
         ON CONFLICT ("key") DO UPDATE SET
           "name" = excluded."name", "room" = excluded."room", "incognito" = excluded."incognito"`,
        guest.key,
        guest.name,
        guest.room,
        guest.incognito,
        version,
      ),
    ),
    // A guest checked out (or moved) is woken no more in the room they left.
    cancelWakeUpsOfDeparted(savedAt),
    savedVersion(version, savedAt),
  ];
}

/** The whole guest list replaced (a sync from the hotel's own system), on the same terms. */
export function guestListChange(guests: Guest[], version: Date, savedAt: Date): SqlStatement[] {
  return [
    statement(`DELETE FROM "Guest" WHERE ${STILL_AT}`, version),
    ...guests.map((g, position) =>
      statement(
        `INSERT INTO "Guest" ("key", "position", "name", "room", "incognito")
         SELECT ?, ?, ?, ?, ? WHERE ${STILL_AT}`,
        g.key,
        position,
        g.name,
        g.room,
        g.incognito,
        version,
      ),
    ),
    cancelWakeUpsOfDeparted(savedAt),
    savedVersion(version, savedAt),
  ];
}

function savedVersion(version: Date, savedAt: Date): SqlStatement {
  return statement(
    `UPDATE "Organisation" SET "importedAt" = ? WHERE "importedAt" = ?`,
    savedAt,
    version,
  );
}

export type GuestsChanged =
  | { ok: true; guests: Guest[] }
  | { ok: false; reason: "no directory" | "not found" | "busy" }
  | { ok: false; reason: "invalid"; issues: string[] };

/** How often a change is tried again when another one was saved while it was being checked. */
const GUEST_CHANGE_TRIES = 3;

/**
 * Applies `next` to the current guests, checks the whole directory that makes as an import is
 * checked, and saves it with `statements` unless the directory changed meanwhile; then it
 * starts again from the directory as it is now.
 */
export async function changeGuests(
  deps: { db: Db; clock: () => Date },
  next: (guests: Guest[]) => Guest[] | "not found",
  statements: (guests: Guest[], version: Date, savedAt: Date) => SqlStatement[],
): Promise<GuestsChanged> {
  for (let attempt = 0; attempt < GUEST_CHANGE_TRIES; attempt++) {
    const current = await loadDirectoryVersion(deps.db);
    if (!current) return { ok: false, reason: "no directory" };
    const { directory, version } = current;
    const guests = next(directory.guests);
    if (guests === "not found") return { ok: false, reason: "not found" };
    const checked = directorySchema.safeParse({ ...directory, guests } satisfies Directory);
    if (!checked.success) {
      const issues = checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
      return { ok: false, reason: "invalid", issues };
    }
    // Always later than the version it replaces, so every cached copy reloads.
    const savedAt = new Date(Math.max(deps.clock().getTime(), version.getTime() + 1));
    const changes = await commit(deps.db, statements(checked.data.guests, version, savedAt));
    if (changes.at(-1)) return { ok: true, guests: checked.data.guests };
  }
  return { ok: false, reason: "busy" };
}
