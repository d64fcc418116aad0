import type { Department, Directory, Hours, Staff } from "../../rules/directory.ts";
import { type Block, mrkdwn } from "../blocks/slack-post.ts";

// Block Kit for the directory: the departments and staff as everyone sees them, and the forms
// admins edit a department or a person in. Pure. Private mobiles and guests are never shown.

export const DIRECTORY_MODAL = "directory_edit";

export type Kind = "department" | "staff";

export const ROLES: readonly Staff["role"][] = [
  "admin",
  "supervisor",
  "operator",
  "staff",
  "approver",
  "finance",
];

const MAX_BLOCKS = 50;
const MAX_SECTION = 2900;

/** "24h", or one window a line: "daily 08:00-22:00", "workdays 09:00-18:00", "mon,tue 09:00-12:00". */
export function formatHours(hours: Hours): string {
  if (hours === "24h") return "24h";
  return hours
    .map((w) => `${typeof w.days === "string" ? w.days : w.days.join(",")} ${w.open}-${w.close}`)
    .join("\n");
}

/** Lines packed into as few sections as Slack's text limit allows. */
export function sections(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let text = "";
  for (const line of lines) {
    if (text && text.length + line.length + 1 > MAX_SECTION) {
      blocks.push({ type: "section", text: { type: "mrkdwn", text } });
      text = "";
    }
    text = text ? `${text}\n${line}` : line;
  }
  if (text) blocks.push({ type: "section", text: { type: "mrkdwn", text } });
  return blocks;
}

/** The directory as Block Kit: departments with numbers and hours, staff with department and desk. Pure. */
export function directoryBlocks(dir: Directory): { text: string; blocks: Block[] } {
  const deptName = (key: string) => {
    const d = dir.departments.find((x) => x.key === key);
    return d ? `${d.name.zh} ${d.name.en}` : key;
  };
  const departments = dir.departments.map((d) =>
    [
      `*${mrkdwn(d.name.zh)} ${mrkdwn(d.name.en)}* \`${d.key}\``,
      `☎ ${d.numbers.join(", ")}`,
      `🕒 ${formatHours(d.hours).replace(/\n/g, "; ")}`,
      d.keypad !== undefined ? `按键 keypad ${d.keypad}` : null,
      d.slackChannel ? `Slack ${mrkdwn(d.slackChannel)}` : null,
    ]
      .filter(Boolean)
      .join(" · "),
  );
  // Only the desk: a private mobile is never shown, and guests are not listed at all.
  const staff = dir.staff.map((s) =>
    [
      `*${mrkdwn(s.name.zh ? `${s.name.zh} ${s.name.en}` : s.name.en)}* \`${s.key}\``,
      mrkdwn(deptName(s.department)),
      `☎ ${s.desk}`,
      s.role,
      s.slackUserId ? `<@${s.slackUserId}>` : null,
    ]
      .filter(Boolean)
      .join(" · "),
  );
  const blocks: Block[] = [
    {
      type: "header",
      text: {
        type: "plain_text",
        text: `名录 Directory · ${dir.organisation.name.zh} ${dir.organisation.name.en}`,
      },
    },
    {
      type: "section",
      text: { type: "mrkdwn", text: `*部门 Departments (${dir.departments.length})*` },
    },
    ...sections(departments),
    { type: "divider" },
    { type: "section", text: { type: "mrkdwn", text: `*员工 Staff (${dir.staff.length})*` } },
    ...sections(staff.length > 0 ? staff : ["—"]),
  ];
  if (blocks.length > MAX_BLOCKS) {
    blocks.splice(MAX_BLOCKS - 1);
    blocks.push({
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: "名录太长，未能全部显示。 The directory is too long to show in full.",
        },
      ],
    });
  }
  return {
    text: `名录 Directory: ${dir.departments.length} departments, ${dir.staff.length} staff`,
    blocks,
  };
}

export interface EditMetadata {
  kind: Kind;
  key: string;
  /** The directory's importedAt when the form was opened, so a change since is noticed. */
  version: number;
}

export function textInput(
  blockId: string,
  label: string,
  initial: string,
  options: { multiline?: boolean; optional?: boolean; hint?: string } = {},
): Block {
  return {
    type: "input",
    block_id: blockId,
    optional: options.optional ?? false,
    label: { type: "plain_text", text: label },
    ...(options.hint ? { hint: { type: "plain_text", text: options.hint } } : {}),
    element: {
      type: "plain_text_input",
      action_id: "value",
      multiline: options.multiline ?? false,
      ...(initial ? { initial_value: initial } : {}),
    },
  };
}

export function modal(title: string, metadata: EditMetadata, blocks: Block[]): object {
  return {
    type: "modal",
    callback_id: DIRECTORY_MODAL,
    private_metadata: JSON.stringify(metadata),
    title: { type: "plain_text", text: title.slice(0, 24) },
    submit: { type: "plain_text", text: "保存 Save" },
    close: { type: "plain_text", text: "取消 Cancel" },
    blocks,
  };
}

/** The form for a department's numbers, hours, keypad key and Slack channel. Pure. */
export function departmentModal(d: Department, metadata: EditMetadata): object {
  return modal(`${d.name.zh} ${d.name.en}`, metadata, [
    textInput("numbers", "号码 Numbers", d.numbers.join("\n"), {
      multiline: true,
      hint: "E.164, one a line, in dialling order, e.g. +862155550100",
    }),
    textInput("hours", "营业时间 Hours", formatHours(d.hours), {
      multiline: true,
      hint: "24h, or one window a line: daily 08:00-22:00 · workdays 09:00-18:00 · sat,sun 10:00-16:00",
    }),
    textInput("keypad", "按键 Keypad key", d.keypad ?? "", { optional: true, hint: "0–8" }),
    textInput("slack_channel", "Slack 频道 Channel", d.slackChannel ?? "", {
      optional: true,
      hint: "Channel ID, e.g. C0123456789",
    }),
  ]);
}

/** The form for a person's desk, department, role and Slack user. Pure. */
export function staffModal(s: Staff, dir: Directory, metadata: EditMetadata): object {
  const option = (text: string, value: string) => ({
    text: { type: "plain_text", text: text.slice(0, 75) },
    value,
  });
  const departments = dir.departments.map((d) => option(`${d.name.zh} ${d.name.en}`, d.key));
  const select = (blockId: string, label: string, options: Block[], initial: string) => ({
    type: "input",
    block_id: blockId,
    label: { type: "plain_text", text: label },
    element: {
      type: "static_select",
      action_id: "value",
      options: options.slice(0, 100),
      ...(options.find((o) => o.value === initial)
        ? { initial_option: options.find((o) => o.value === initial) }
        : {}),
    },
  });
  return modal(s.name.zh ?? s.name.en, metadata, [
    textInput("desk", "座机 Desk phone", s.desk, { hint: "E.164, e.g. +862155550201" }),
    select("department", "部门 Department", departments, s.department),
    select(
      "role",
      "角色 Role",
      ROLES.map((r) => option(r, r)),
      s.role,
    ),
    textInput("slack_user", "Slack 用户 User ID", s.slackUserId ?? "", {
      optional: true,
      hint: "e.g. U0123456789 (Profile → ⋯ → Copy member ID)",
    }),
  ]);
}
