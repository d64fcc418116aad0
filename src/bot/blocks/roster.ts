import type { Directory } from "../../rules/directory.ts";
import { type Shift, type ShiftSlot, shiftName } from "../../rules/shifts.ts";
import type { DutyRole, OnDuty } from "../../store/roster.ts";
import type { Block } from "../blocks/slack-post.ts";

// Block Kit for the duty roster: a date's shifts with who is on them, and the form that sets
// one shift's people. Pure.

export const ROSTER_MODAL = "roster_set";

/** Who is on a Slack post: a mention, with the directory name as a reminder of who it is. */
export function person(p: OnDuty, dir: Directory | null): string {
  const staff = dir?.staff.find((s) => s.key === p.staffKey || s.slackUserId === p.slackUserId);
  return staff ? `<@${p.slackUserId}> (${staff.name.zh ?? staff.name.en})` : `<@${p.slackUserId}>`;
}

/** The roster of one date as Block Kit. Pure. */
export function rosterBlocks(
  date: string,
  shifts: readonly Shift[],
  people: readonly (OnDuty & { shift: string })[],
  current: ShiftSlot,
  dir: Directory | null,
): { text: string; blocks: Block[] } {
  const blocks: Block[] = [
    { type: "header", text: { type: "plain_text", text: `值班表 Duty roster ${date}` } },
  ];
  const lines: string[] = [];
  for (const shift of shifts) {
    const on = people.filter((p) => p.shift === shift.key);
    const operators = on.filter((p) => p.role === "operator").map((p) => person(p, dir));
    const supervisors = on.filter((p) => p.role === "supervisor").map((p) => person(p, dir));
    const now = current.date === date && current.shift.key === shift.key ? "  ● 当班 on now" : "";
    const text = [
      `*${shiftName(shift.key)}* ${shift.start}–${shift.end}${now}`,
      on.length === 0 ? "_无人值班 nobody rostered_" : null,
      operators.length > 0 ? `话务员 Operators: ${operators.join(", ")}` : null,
      supervisors.length > 0 ? `主管 Supervisors: ${supervisors.join(", ")}` : null,
    ]
      .filter(Boolean)
      .join("\n");
    blocks.push({ type: "section", text: { type: "mrkdwn", text } });
    lines.push(
      `${shiftName(shift.key)}: ${on.map((p) => `<@${p.slackUserId}>`).join(", ") || "—"}`,
    );
  }
  return { text: `值班表 Duty roster ${date}\n${lines.join("\n")}`, blocks };
}

/** The form for one shift's people, prefilled with who is on it now. */
export function rosterModal(
  date: string,
  shift: Shift,
  shifts: readonly Shift[],
  people: readonly OnDuty[],
): object {
  const option = (s: Shift) => ({
    text: { type: "plain_text", text: `${shiftName(s.key)} ${s.start}–${s.end}` },
    value: s.key,
  });
  const users = (role: DutyRole) => people.filter((p) => p.role === role).map((p) => p.slackUserId);
  const usersInput = (blockId: string, label: string, role: DutyRole) => ({
    type: "input",
    block_id: blockId,
    optional: true,
    label: { type: "plain_text", text: label },
    element: {
      type: "multi_users_select",
      action_id: "value",
      ...(users(role).length > 0 ? { initial_users: users(role) } : {}),
    },
  });
  return {
    type: "modal",
    callback_id: ROSTER_MODAL,
    title: { type: "plain_text", text: "排班 Duty roster" },
    submit: { type: "plain_text", text: "保存 Save" },
    close: { type: "plain_text", text: "取消 Cancel" },
    blocks: [
      {
        type: "input",
        block_id: "date",
        label: { type: "plain_text", text: "日期 Date" },
        element: { type: "datepicker", action_id: "value", initial_date: date },
      },
      {
        type: "input",
        block_id: "shift",
        label: { type: "plain_text", text: "班次 Shift" },
        element: {
          type: "static_select",
          action_id: "value",
          options: shifts.map(option),
          initial_option: option(shift),
        },
      },
      usersInput("operators", "话务员 Operators", "operator"),
      usersInput("supervisors", "主管 Supervisors", "supervisor"),
      {
        type: "context",
        elements: [
          {
            type: "mrkdwn",
            text: `已填入 ${date} ${shiftName(shift.key)} 的值班人员；保存即以此为准。 Prefilled with who is on ${date} ${shiftName(shift.key)}; saving replaces that shift's list.`,
          },
        ],
      },
    ],
  };
}
