import { beforeEach, describe, expect, it } from "vitest";
import { loadDirectory } from "../../src/store/directory.ts";
import { WEEKDAY_MORNING } from "../support/harness.ts";
import { slackPost, slashCommand, useSlackHarness, viewSubmission } from "../support/slack.ts";

const t = useSlackHarness([
  ["li_na", "U_LINA"],
  ["wang_fang", "U_WANG", "supervisor"],
  ["david_miller", "U_DAVID", "admin"],
]);
let now = WEEKDAY_MORNING;
beforeEach(() => {
  now = WEEKDAY_MORNING;
});

function later(minutes: number) {
  now = new Date(now.getTime() + minutes * 60_000);
  t.h.setNow(now);
}

async function command(text: string, userId: string) {
  const res = await slackPost(t.h, slashCommand(text, userId, t.slack.responseUrl()), { now });
  expect(res.status).toBe(200);
  await t.h.settle();
  const answer = t.slack.responses().at(-1)?.args ?? {};
  return { text: String(answer.text), blocks: JSON.stringify(answer.blocks ?? []) };
}

/** Opens the edit form as the admin and returns its private metadata. */
async function openForm(kind: "department" | "staff", key: string): Promise<string> {
  await command(`directory edit ${kind} ${key}`, "U_DAVID");
  const view = t.slack.posts("views.open").at(-1)?.args.view as { private_metadata: string };
  return view.private_metadata;
}

const text = (value: string) => ({ value: { type: "plain_text_input", value } });
const choice = (value: string) => ({
  value: { type: "static_select", selected_option: { value } },
});

async function submit(
  userId: string,
  privateMetadata: string,
  values: Record<string, Record<string, unknown>>,
) {
  const res = await slackPost(
    t.h,
    viewSubmission({ callbackId: "directory_edit", userId, privateMetadata, values }),
    {
      now,
    },
  );
  expect(res.status).toBe(200);
  const body = await res.text();
  await t.h.settle();
  return body
    ? (JSON.parse(body) as { response_action: string; errors: Record<string, string> })
    : null;
}

const frontDesk = (numbers: string, hours = "24h") => ({
  numbers: text(numbers),
  hours: text(hours),
  keypad: text("1"),
  slack_channel: text(""),
});

describe("/switchboard directory", () => {
  it("shows departments and staff to anyone in the directory, never a mobile or a guest", async () => {
    const { blocks } = await command("directory", "U_LINA");
    expect(blocks).toContain("*预订部 Reservations* `reservations`");
    expect(blocks).toContain("☎ +862155550101");
    expect(blocks).toContain("🕒 daily 08:00-22:00");
    expect(blocks).toContain("按键 keypad 2");
    expect(blocks).toContain(
      "*李娜 Li Na* `li_na` · 财务部 Finance · ☎ +862155550206 · staff · <@U_LINA>",
    );
    expect(blocks).not.toContain("+8613900000002");
    expect(blocks).not.toMatch(/\+86139/);
    expect(blocks).not.toContain("Emily Carter");
    expect(blocks).not.toContain("1208");
  });

  it("keeps the edit form from anyone but an admin", async () => {
    const { text: answer } = await command("directory edit department front_desk", "U_WANG");
    expect(answer).toContain("only admins change the directory");
    expect(t.slack.posts("views.open")).toEqual([]);
  });
});

describe("editing the directory", () => {
  it("saves an admin's change to a department and audit-logs old and new values", async () => {
    const metadata = await openForm("department", "front_desk");
    const form = JSON.stringify(t.slack.posts("views.open")[0]?.args.view);
    expect(form).toContain('"initial_value":"+862155550100"');
    expect(form).toContain('"initial_value":"24h"');

    later(1);
    const answer = await submit(
      "U_DAVID",
      metadata,
      frontDesk("+862155550100\n+862155550150", "daily 07:00-23:30"),
    );
    expect(answer).toBeNull();
    const dir = await loadDirectory(t.h.db);
    expect(dir?.departments.find((d) => d.key === "front_desk")).toMatchObject({
      numbers: ["+862155550100", "+862155550150"],
      hours: [{ days: "daily", open: "07:00", close: "23:30" }],
      keypad: "1",
    });
    // Everything else in the directory is as it was.
    expect(dir?.staff.find((s) => s.key === "li_na")).toMatchObject({
      slackUserId: "U_LINA",
      mobile: "+8613900000002",
    });
    expect(dir?.guests).toHaveLength(3);

    const [entry] = await t.h.prisma.auditLog.findMany({
      where: { subject: "department:front_desk" },
    });
    expect(entry).toMatchObject({ actor: "U_DAVID", action: "directory.edit" });
    expect(JSON.parse(entry?.detail ?? "{}")).toEqual({
      before: { numbers: ["+862155550100"], hours: "24h" },
      after: {
        numbers: ["+862155550100", "+862155550150"],
        hours: [{ days: "daily", open: "07:00", close: "23:30" }],
      },
    });
    expect(String(t.slack.posts().at(-1)?.args.text)).toContain("Directory saved");
  });

  it("saves a person's role, department and Slack user", async () => {
    const metadata = await openForm("staff", "li_na");
    const form = JSON.stringify(t.slack.posts("views.open")[0]?.args.view);
    expect(form).toContain('"initial_value":"+862155550206"');
    expect(form).not.toContain("+8613900000002");
    later(1);
    const answer = await submit("U_DAVID", metadata, {
      desk: text("+862155550206"),
      department: choice("front_desk"),
      role: choice("operator"),
      slack_user: text("<@U_LINA2|li.na>"),
    });
    expect(answer).toBeNull();
    expect((await loadDirectory(t.h.db))?.staff.find((s) => s.key === "li_na")).toMatchObject({
      department: "front_desk",
      role: "operator",
      slackUserId: "U_LINA2",
    });
    const [entry] = await t.h.prisma.auditLog.findMany({ where: { subject: "staff:li_na" } });
    expect(JSON.parse(entry?.detail ?? "{}")).toEqual({
      before: { department: "finance", role: "staff", slackUserId: "U_LINA" },
      after: { department: "front_desk", role: "operator", slackUserId: "U_LINA2" },
    });
  });

  it("refuses a submission from anyone but an admin, changing nothing", async () => {
    const metadata = await openForm("department", "front_desk");
    const answer = await submit("U_WANG", metadata, frontDesk("+862155550199"));
    expect(answer).toEqual({
      response_action: "errors",
      errors: {
        numbers: "抱歉，只有管理员可以修改名录。 Sorry, only admins change the directory.",
      },
    });
    expect(
      (await loadDirectory(t.h.db))?.departments.find((d) => d.key === "front_desk")?.numbers,
    ).toEqual(["+862155550100"]);
    expect(await t.h.prisma.auditLog.count()).toBe(0);
  });

  it("refuses an invalid edit, naming the field, and saves nothing", async () => {
    const metadata = await openForm("department", "front_desk");
    const badNumber = await submit("U_DAVID", metadata, frontDesk("+862155550100\n5550150"));
    expect(badNumber?.response_action).toBe("errors");
    expect(badNumber?.errors.numbers).toBe(
      '号码 numbers: "5550150" must be an E.164 number such as +862155550100',
    );

    const takenKey = await submit("U_DAVID", metadata, {
      ...frontDesk("+862155550100"),
      keypad: text("2"),
    });
    expect(takenKey?.errors.keypad).toContain("keypad key 2 is used twice");

    const badHours = await submit(
      "U_DAVID",
      metadata,
      frontDesk("+862155550100", "daily 25:00-26:00"),
    );
    expect(badHours?.errors.hours).toContain('营业时间 hours: "25:00" must be a time of day HH:MM');
    const unreadable = await submit(
      "U_DAVID",
      metadata,
      frontDesk("+862155550100", "daily 8am to 10pm"),
    );
    expect(unreadable?.errors.hours).toBe(
      '营业时间 hours: "daily 8am to 10pm" should look like daily 08:00-22:00',
    );

    expect(
      (await loadDirectory(t.h.db))?.departments.find((d) => d.key === "front_desk"),
    ).toMatchObject({
      numbers: ["+862155550100"],
      hours: "24h",
      keypad: "1",
    });
    expect(await t.h.prisma.auditLog.count()).toBe(0);
  });

  it("gives one result for a form submitted twice, and refuses a form opened before another change", async () => {
    const metadata = await openForm("department", "front_desk");
    later(1);
    const answers = await Promise.all([
      submit("U_DAVID", metadata, frontDesk("+862155550160")),
      submit("U_DAVID", metadata, frontDesk("+862155550170")),
    ]);
    expect(answers.filter((a) => a === null)).toHaveLength(1);
    expect(answers.find((a) => a !== null)?.errors.numbers).toContain(
      "changed since you opened this form",
    );
    expect(await t.h.prisma.auditLog.count({ where: { action: "directory.edit" } })).toBe(1);
    const saved = (await loadDirectory(t.h.db))?.departments.find(
      (d) => d.key === "front_desk",
    )?.numbers;
    expect([["+862155550160"], ["+862155550170"]]).toContainEqual(saved);
  });
});
