import { afterEach, beforeEach } from "vitest";
import { slackDeliverer } from "../../src/bot/delivery/slack-deliverer.ts";
import { createSlackClient } from "../../src/bot/slack-client.ts";
import { signSlackRequest } from "../../src/bot/verify.ts";
import { createChartRenderer } from "../../src/charts/render.ts";
import { resvgRasteriser } from "../../src/charts/resvg.ts";
import { createLogger } from "../../src/log.ts";
import { loadDirectory } from "../../src/store/directory.ts";
import { deliverNotices } from "../../src/store/outbox.ts";
import { FakeSlack } from "./fake-slack.ts";
import { createHarness, type Harness, PUBLIC_BASE_URL, SLACK_SIGNING_SECRET } from "./harness.ts";
import { giveSlackIds, type SlackLink } from "./staff.ts";

/**
 * For each test, the real app on a fresh database with a local fake Slack, and these demo staff
 * linked to Slack users; both are stopped after it.
 */
export function useSlackHarness(people: readonly SlackLink[]): {
  readonly h: Harness;
  readonly slack: FakeSlack;
} {
  let current: { h: Harness; slack: FakeSlack } | undefined;
  beforeEach(async () => {
    const slack = await new FakeSlack().start();
    const h = await createHarness({ slackApiUrl: slack.url });
    await giveSlackIds(h, people);
    current = { h, slack };
  });
  afterEach(async () => {
    await current?.h.close();
    await current?.slack.stop();
    current = undefined;
  });
  const running = () => {
    if (!current) throw new Error("the Slack harness runs only inside a test");
    return current;
  };
  return {
    get h() {
      return running().h;
    },
    get slack() {
      return running().slack;
    },
  };
}

/** Posts to /slack/events exactly as Slack signs it (v0, HMAC-SHA256), at the harness's time. */
export async function slackPost(
  h: Harness,
  body: string,
  options: { contentType?: string; secret?: string; timestamp?: number; now: Date },
): Promise<Response> {
  const timestamp = String(options.timestamp ?? Math.floor(options.now.getTime() / 1000));
  const signature = await signSlackRequest(options.secret ?? SLACK_SIGNING_SECRET, timestamp, body);
  const res = await h.app.request(`${PUBLIC_BASE_URL}/slack/events`, {
    method: "POST",
    headers: {
      "content-type": options.contentType ?? "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": timestamp,
      "x-slack-signature": signature,
    },
    body,
  });
  return res;
}

/** A `/switchboard …` slash command from a user, answered through `responseUrl`. */
export function slashCommand(text: string, userId: string, responseUrl: string): string {
  return new URLSearchParams({
    token: "legacy-token",
    team_id: "T0001",
    team_domain: "lakeside",
    channel_id: "C_OPS",
    channel_name: "switchboard",
    user_id: userId,
    user_name: userId.toLowerCase(),
    command: "/switchboard",
    text,
    api_app_id: "A0001",
    response_url: responseUrl,
    trigger_id: `trigger-${crypto.randomUUID()}`,
  }).toString();
}

/** A button click on a post in a channel, as Slack's interactivity payload. */
export function buttonClick(options: {
  actionId: string;
  value: string;
  userId: string;
  channel?: string;
  messageTs?: string;
  responseUrl: string;
}): string {
  const payload = {
    type: "block_actions",
    team: { id: "T0001", domain: "lakeside" },
    user: { id: options.userId, username: options.userId.toLowerCase(), team_id: "T0001" },
    api_app_id: "A0001",
    token: "legacy-token",
    container: {
      type: "message",
      message_ts: options.messageTs ?? "1800000001.000001",
      channel_id: options.channel ?? "C_SUPERVISORS",
    },
    trigger_id: `trigger-${crypto.randomUUID()}`,
    channel: { id: options.channel ?? "C_SUPERVISORS", name: "switchboard" },
    message: {
      type: "message",
      ts: options.messageTs ?? "1800000001.000001",
      text: "",
      blocks: [],
    },
    response_url: options.responseUrl,
    actions: [
      {
        type: "button",
        action_id: options.actionId,
        block_id: "b",
        value: options.value,
        action_ts: "1800000002.000002",
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A modal submission (view_submission) with the given state values. */
export function viewSubmission(options: {
  callbackId: string;
  userId: string;
  privateMetadata?: string;
  values: Record<string, Record<string, unknown>>;
}): string {
  const payload = {
    type: "view_submission",
    team: { id: "T0001", domain: "lakeside" },
    user: { id: options.userId, username: options.userId.toLowerCase(), team_id: "T0001" },
    api_app_id: "A0001",
    token: "legacy-token",
    trigger_id: `trigger-${crypto.randomUUID()}`,
    view: {
      id: "V0001",
      type: "modal",
      callback_id: options.callbackId,
      private_metadata: options.privateMetadata ?? "",
      state: { values: options.values },
      hash: "h",
    },
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** Runs the outbox once against the fake Slack, as the scheduled job would. */
export async function deliverOutbox(h: Harness, slackApiUrl: string, now: Date) {
  // What the app is delivering already, as it committed it, first.
  await h.settle();
  return deliverNotices(
    { db: h.db, now, log: createLogger("error"), holder: `test-${crypto.randomUUID()}` },
    slackDeliverer({
      client: createSlackClient({ token: "xoxb-test", apiUrl: slackApiUrl }),
      db: h.db,
      directory: () => loadDirectory(h.db),
      channels: { emergency: "C_EMERGENCY", supervisors: "C_SUPERVISORS" },
      renderChart: createChartRenderer(resvgRasteriser()),
    }),
  );
}

/** A shift's calls when a test counts none (see `shiftSummary`). */
export const NO_SHIFT_CALLS = {
  calls: 0,
  answered: 0,
  transferred: 0,
  messages: 0,
  missed: 0,
  abandoned: 0,
  emergencies: 0,
};
