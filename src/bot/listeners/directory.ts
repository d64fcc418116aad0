import type { App } from "@slack/bolt";
import { z } from "zod";
import {
  type Department,
  type Directory,
  directorySchema,
  type Hours,
  type Staff,
} from "../../rules/directory.ts";
import {
  directoryVersion,
  holdDirectory,
  importDirectory,
  loadDirectory,
} from "../../store/directory.ts";
import {
  DIRECTORY_MODAL,
  departmentModal,
  directoryBlocks,
  type EditMetadata,
  type Kind,
  staffModal,
} from "../blocks/directory.ts";
import {
  actorFor,
  type BotDeps,
  type CommandContext,
  hasRole,
  type Subcommand,
} from "../context.ts";

/**
 * `/switchboard directory`: departments and staff for everyone in the directory; admins edit a
 * department's numbers and hours or a person's desk, department, role and Slack user. Private
 * mobiles and guests are never shown here.
 */

const EVERYONE = ["admin", "supervisor", "operator", "staff"] as const;
const EDITORS = ["admin"] as const;

export const directoryCommand: Subcommand = {
  name: "directory",
  roles: EVERYONE,
  usage: "directory [edit department|staff <key>] — 名录 departments and staff (admins edit)",
  async run(ctx) {
    const [first, kindWord, key] = ctx.args;
    if (first?.toLowerCase() !== "edit") {
      await ctx.respond(directoryBlocks(ctx.dir));
      return;
    }
    await openEditor(ctx, kindOf(kindWord), key);
  },
};

function kindOf(word: string | undefined): Kind | null {
  const w = word?.toLowerCase() ?? "";
  if (["department", "dept", "部门"].includes(w)) return "department";
  if (["staff", "person", "员工"].includes(w)) return "staff";
  return null;
}

/** Reads `formatHours`' text back; what it yields is then checked by the directory's own schema. */
export function parseHours(text: string): { hours: unknown } | { error: string } {
  const lines = text
    .split(/[\n;；]+/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 1 && /^(24h|24小时|全天)$/i.test(lines[0] as string))
    return { hours: "24h" };
  if (lines.length === 0)
    return { error: 'write "24h" or one window a line, e.g. daily 08:00-22:00' };
  const windows: unknown[] = [];
  for (const line of lines) {
    const match = /^(\S+)\s+(\S+?)\s*[-–~]\s*(\S+)$/.exec(line);
    if (!match) return { error: `"${line}" should look like daily 08:00-22:00` };
    const days = match[1]?.toLowerCase() ?? "";
    windows.push({
      days: ["daily", "workdays", "weekends"].includes(days) ? days : days.split(","),
      open: match[2],
      close: match[3],
    });
  }
  return { hours: windows };
}

async function openEditor(ctx: CommandContext, kind: Kind | null, key: string | undefined) {
  if (!hasRole(ctx.actor, EDITORS)) {
    await ctx.respond({
      text: "抱歉，只有管理员可以修改名录。 Sorry, only admins change the directory.",
    });
    return;
  }
  const dir = await loadDirectory(ctx.deps.db);
  const version = await directoryVersion(ctx.deps.db);
  const department =
    kind === "department" ? dir?.departments.find((d) => d.key === key) : undefined;
  const staff = kind === "staff" ? dir?.staff.find((s) => s.key === key) : undefined;
  if (!dir || !version || (!department && !staff)) {
    await ctx.respond({
      text: `抱歉，找不到。 Sorry, no such ${kind ?? "entry"}. Usage: \`/switchboard directory edit department <key>\` or \`/switchboard directory edit staff <key>\` (keys are shown by \`/switchboard directory\`).`,
    });
    return;
  }
  const metadata: EditMetadata = {
    kind: kind as Kind,
    key: key as string,
    version: version.getTime(),
  };
  const view = department
    ? departmentModal(department, metadata)
    : staffModal(staff as Staff, dir, metadata);
  await ctx.client.views.open({ trigger_id: ctx.triggerId, view: view as never });
}

const FIELDS: Record<string, { block: string; label: string }> = {
  numbers: { block: "numbers", label: "号码 numbers" },
  hours: { block: "hours", label: "营业时间 hours" },
  keypad: { block: "keypad", label: "按键 keypad" },
  slackChannel: { block: "slack_channel", label: "Slack 频道 channel" },
  desk: { block: "desk", label: "座机 desk" },
  department: { block: "department", label: "部门 department" },
  role: { block: "role", label: "角色 role" },
  slackUserId: { block: "slack_user", label: "Slack 用户 user" },
};

type Values = Record<
  string,
  Record<string, { value?: string | null; selected_option?: { value: string } | null }>
>;

function text(values: Values, block: string): string {
  return values[block]?.value?.value?.trim() ?? "";
}

/** The record with the form's changes, or the field that cannot be read. */
function changed(
  kind: Kind,
  current: Department | Staff,
  values: Values,
): { next: Department | Staff } | { block: string; error: string } {
  if (kind === "department") {
    const hours = parseHours(text(values, "hours"));
    if ("error" in hours) return { block: "hours", error: `营业时间 hours: ${hours.error}` };
    const numbers = text(values, "numbers")
      .split(/[\s,，;；]+/)
      .filter(Boolean);
    return {
      next: {
        ...(current as Department),
        numbers,
        hours: hours.hours as Hours,
        keypad: text(values, "keypad") || undefined,
        slackChannel: text(values, "slack_channel") || undefined,
      },
    };
  }
  const slackUser = text(values, "slack_user");
  const slackUserId = /^<@([UW][A-Z0-9_]+)(?:\|[^>]*)?>$/.exec(slackUser)?.[1] ?? slackUser;
  if (slackUserId && !/^[UW][A-Z0-9_]{2,}$/.test(slackUserId)) {
    return {
      block: "slack_user",
      error: `Slack 用户 user: "${slackUser}" is not a Slack user ID such as U0123456789`,
    };
  }
  return {
    next: {
      ...(current as Staff),
      desk: text(values, "desk"),
      department: values.department?.value?.selected_option?.value ?? (current as Staff).department,
      role: (values.role?.value?.selected_option?.value ??
        (current as Staff).role) as Staff["role"],
      slackUserId: slackUserId || undefined,
    },
  };
}

/** The directory's objections as the form's errors, each naming its field. */
function formErrors(issues: readonly z.core.$ZodIssue[], next: Directory, firstBlock: string) {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = FIELDS[String(issue.path[2])];
    const block = field?.block ?? firstBlock;
    let value: unknown = next;
    for (const step of issue.path)
      value = (value as Record<PropertyKey, unknown> | undefined)?.[step as PropertyKey];
    const shown = typeof value === "string" ? ` "${value}"` : "";
    const message = `${field?.label ?? issue.path.join(".")}:${shown} ${issue.message}`;
    errors[block] = errors[block] ? `${errors[block]}; ${message}` : message;
  }
  return errors;
}

/** What an edit changed, field by field, for the audit log. */
function difference(before: object, after: object) {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const out: { before: Record<string, unknown>; after: Record<string, unknown> } = {
    before: {},
    after: {},
  };
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (JSON.stringify(b[key]) !== JSON.stringify(a[key])) {
      out.before[key] = b[key] ?? null;
      out.after[key] = a[key] ?? null;
    }
  }
  return out;
}

const editMetadata = z.object({
  kind: z.enum(["department", "staff"]),
  key: z.string(),
  version: z.number(),
});

function readMetadata(raw: string): EditMetadata | null {
  try {
    return editMetadata.parse(JSON.parse(raw));
  } catch {
    return null;
  }
}

// While an edit is being saved the directory's version reads as this, so other open forms and cached copies notice.
const BEING_SAVED = new Date(0);

export function registerDirectoryAdmin(app: App, deps: BotDeps): void {
  app.view(DIRECTORY_MODAL, async ({ ack, body, view, client }) => {
    // A form's errors can only be shown in its ack: the checks before it are quick and call no one.
    const now = deps.clock();
    const user = body.user.id;
    const meta = readMetadata(view.private_metadata);
    const firstBlock = meta?.kind === "staff" ? "desk" : "numbers";
    const refuse = (error: string, block = firstBlock) =>
      ack({ response_action: "errors", errors: { [block]: error } });
    const dir = await loadDirectory(deps.db);
    if (!meta || !dir) return refuse("抱歉，此表单已失效。 Sorry, this form is no longer valid.");
    if (!hasRole(actorFor(dir, user), EDITORS)) {
      return refuse("抱歉，只有管理员可以修改名录。 Sorry, only admins change the directory.");
    }
    const list = meta.kind === "department" ? dir.departments : dir.staff;
    const current = (list as (Department | Staff)[]).find((r) => r.key === meta.key);
    if (!current)
      return refuse(
        `抱歉，${meta.key} 已不在名录中。 Sorry, ${meta.key} is no longer in the directory.`,
      );
    const edit = changed(meta.kind, current, view.state.values as Values);
    if ("error" in edit) return refuse(edit.error, edit.block);
    const next: Directory =
      meta.kind === "department"
        ? {
            ...dir,
            departments: dir.departments.map((d) =>
              d.key === meta.key ? (edit.next as Department) : d,
            ),
          }
        : { ...dir, staff: dir.staff.map((s) => (s.key === meta.key ? (edit.next as Staff) : s)) };
    const parsed = directorySchema.safeParse(next);
    if (!parsed.success) {
      return ack({
        response_action: "errors",
        errors: formErrors(parsed.error.issues, next, firstBlock),
      });
    }
    const slackUserId = meta.kind === "staff" ? (edit.next as Staff).slackUserId : undefined;
    const twin = slackUserId
      ? dir.staff.find((s) => s.slackUserId === slackUserId && s.key !== meta.key)
      : undefined;
    if (twin) {
      return refuse(
        `Slack 用户 user: <@${slackUserId}> is already ${twin.name.en} (${twin.key})`,
        "slack_user",
      );
    }
    const change = difference(current, edit.next);
    if (Object.keys(change.after).length === 0) {
      await ack();
      return;
    }
    if (!(await holdDirectory(deps.db, new Date(meta.version), BEING_SAVED))) {
      return refuse(
        "名录在您打开表单后已被修改，请重新打开。 The directory changed since you opened this form: open it again.",
      );
    }
    await ack();
    // The new version is always later than the one it replaces, so cached copies reload.
    const savedAt = new Date(Math.max(now.getTime(), meta.version + 1));
    try {
      await importDirectory(deps.db, parsed.data, savedAt, {
        at: now,
        actor: user,
        action: "directory.edit",
        subject: `${meta.kind}:${meta.key}`,
        detail: change,
      });
    } catch (error) {
      await holdDirectory(deps.db, BEING_SAVED, new Date(meta.version));
      deps.log.error("directory edit failed", { error, user, subject: `${meta.kind}:${meta.key}` });
      await client.chat.postMessage({
        channel: user,
        text: "抱歉，名录未能保存。 Sorry, the directory could not be saved.",
      });
      return;
    }
    const fields = Object.keys(change.after).join(", ");
    await client.chat.postMessage({
      channel: user,
      text: `已保存名录 Directory saved: ${meta.kind} \`${meta.key}\` (${fields}).`,
    });
  });
}
