import type { App } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { z } from "zod";
import type { Directory, Staff } from "../rules/directory.ts";
import {
  classifyNumber,
  decideRequest,
  formatNumber,
  homeOf,
  parseCallRequest,
  TOLL_CLASS_NAMES,
  type TollClass,
} from "../rules/toll.ts";
import { parsePeriod } from "../stats/period.ts";
import type { Db } from "../store/db.ts";
import {
  createRequest,
  type Decider,
  expireRequest,
  findRequest,
  LONG_DISTANCE_NOTICES,
  type LongDistanceFigures,
  ledger,
  markCalling,
  markNotPlaced,
  recordDecision,
  recordPost,
  settle,
} from "../store/long-distance.ts";
import { type Delivery, DeliveryError } from "../store/outbox.ts";
import type { LongDistanceRequest, Notification } from "../store/records.ts";
import { placeApprovedCall } from "../twilio/approved-call.ts";
import { type Block, field, mrkdwn, type SlackPost, slackMessage, time } from "./blocks.ts";
import { type Click, onClick } from "./click.ts";
import { actorFor, type BotDeps, hasRole, type Subcommand } from "./context.ts";
import type { Channels } from "./deliver.ts";

/**
 * Long-distance calls in Slack: `/switchboard call` asks for one, approvers decide on the post
 * in their channel, the approved call is placed through Twilio, and finance settles private
 * calls from `/switchboard ledger`.
 */

const EVERYONE = ["admin", "supervisor", "operator", "staff"] as const;
const APPROVERS = ["approver"] as const;
const FINANCE = ["finance"] as const;

export const APPROVE_ACTION = "long_distance_approve";
export const DENY_ACTION = "long_distance_deny";
export const SETTLED_ACTION = "long_distance_settled";
export const DENY_MODAL = "long_distance_deny";

// ---------------------------------------------------------------- Block Kit (pure)

/** "美国 United States" for a region code; non-geographic numbers have none. */
export function regionName(region: string | null): string {
  if (!region) return "卫星或国际网络 satellite or international network";
  const name = (locale: string) => {
    try {
      return new Intl.DisplayNames([locale], { type: "region" }).of(region) ?? region;
    } catch {
      return region;
    }
  };
  return `${name("zh-CN")} ${name("en")}`;
}

function className(c: string): string {
  const name = TOLL_CLASS_NAMES[c as TollClass];
  return name ? `${name.zh} ${name.en}` : c;
}

/** The requester's name and, when they have one, their Slack mention (which must stay unescaped). */
function requesterField(r: LongDistanceRequest): Block {
  const mention = r.requesterSlackId ? ` (<@${r.requesterSlackId}>)` : "";
  return { type: "mrkdwn", text: `*申请人 Requester*\n${mrkdwn(r.requesterName)}${mention}` };
}

function departmentText(dir: Directory | null, key: string): string {
  const dept = dir?.departments.find((d) => d.key === key);
  return dept ? `${dept.name.zh} ${dept.name.en}` : key;
}

/** "12 分 5 秒 12 min 5 s" */
export function duration(seconds: number | null): string {
  if (seconds === null) return "—";
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m} 分 ${s} 秒 ${m} min ${s} s` : `${s} 秒 ${s} s`;
}

function costText(r: LongDistanceRequest): string {
  if (r.cost !== null && r.costCurrency) {
    const source = r.costSource === "tariff" ? "按资费表 by the tariff" : "Twilio";
    return `${r.costCurrency} ${r.cost} (${source})`;
  }
  if (r.costSource === "none") return "无价格，无资费 no price and no tariff rate";
  return r.status === "completed" ? "待定 pending" : "—";
}

function kindText(r: LongDistanceRequest): string {
  if (!r.private) return "公务 business";
  return r.deposit
    ? `私人 private · 押金 deposit ${r.depositCurrency} ${r.deposit}`
    : "私人 private (需押金 deposit at approval)";
}

function line(text: string): Block {
  return { type: "context", elements: [{ type: "mrkdwn", text }] };
}

/** What became of the request: its decision and its call, one line each. */
function progressLines(r: LongDistanceRequest, dir: Directory | null): Block[] {
  const at = (d: Date | null) => (d ? time(d.toISOString(), dir) : "—");
  const lines: string[] = [];
  if (r.status === "pending") {
    lines.push(`⏳ 待审批，${at(r.expiresAt)} 前有效 awaiting approval until ${at(r.expiresAt)}`);
  } else if (r.status === "expired") {
    lines.push(`⌛ 未及时审批，已过期 expired undecided ${at(r.decidedAt)}`);
  } else if (r.status === "denied") {
    lines.push(
      `❌ <@${r.decidedBy}> 已拒绝 denied ${at(r.decidedAt)}: ${mrkdwn(r.denyReason ?? "—")}`,
    );
  } else {
    lines.push(`✅ <@${r.decidedBy}> 已批准 approved ${at(r.decidedAt)}`);
  }
  switch (r.status) {
    case "approved":
      lines.push("📞 正在呼叫申请人座机 calling the requester's desk");
      break;
    case "calling":
      lines.push("📞 座机已呼出，接起后接通 desk rung; bridged when answered");
      break;
    case "completed":
      lines.push(
        `☎️ 已通话 connected ${at(r.callStartedAt)} – ${at(r.callEndedAt)} · ${duration(r.durationSeconds)} · 费用 cost ${costText(r)}`,
      );
      break;
    case "unanswered":
      lines.push(`📵 未接通 not connected: ${mrkdwn(r.callFailure ?? "—")}`);
      break;
    case "failed":
      lines.push(`⚠️ 呼叫失败 call failed: ${mrkdwn(r.callFailure ?? "—")}`);
      break;
  }
  if (r.settledAt) lines.push(`💰 <@${r.settledBy}> 已结算 settled ${at(r.settledAt)}`);
  return lines.map(line);
}

/** The approvers' post: the request, what became of it, and the buttons while it is pending. */
export function requestPost(r: LongDistanceRequest, dir: Directory | null): SlackPost {
  const number = formatNumber(r.destination);
  return {
    text: `长途电话申请 Long-distance request: ${r.requesterName} → ${number} (${className(r.tollClass)})`,
    blocks: [
      {
        type: "header",
        text: { type: "plain_text", text: "📞 长途电话申请 Long-distance request" },
      },
      {
        type: "section",
        fields: [
          requesterField(r),
          field("部门 Department", departmentText(dir, r.department)),
          field("号码 Number", `${number}\n${regionName(r.region)}`),
          field("类别 Class", className(r.tollClass)),
          field("性质 Kind", kindText(r)),
          field("申请时间 Requested", time(r.createdAt.toISOString(), dir)),
        ],
      },
      {
        type: "section",
        text: { type: "mrkdwn", text: `*事由 Reason*\n${mrkdwn(r.reason)}` },
      },
      ...(r.source === "ivr" ? [line("经电话语音导航申请 asked for on the phone menu")] : []),
      ...progressLines(r, dir),
      ...(r.status === "pending"
        ? [
            {
              type: "actions",
              block_id: `long_distance:${r.id}`,
              elements: [
                {
                  type: "button",
                  text: { type: "plain_text", text: "批准 Approve" },
                  action_id: APPROVE_ACTION,
                  value: r.id,
                  style: "primary",
                },
                {
                  type: "button",
                  text: { type: "plain_text", text: "拒绝 Deny" },
                  action_id: DENY_ACTION,
                  value: r.id,
                  style: "danger",
                },
              ],
            },
          ]
        : []),
    ],
  };
}

/** What the requester is told: the decision, or what became of the call. */
export function outcomeText(r: LongDistanceRequest, dir: Directory | null): string {
  const number = formatNumber(r.destination);
  const about = `您拨打 ${number} 的长途申请 Your request to call ${number}`;
  switch (r.status) {
    case "denied":
      return `❌ ${about}: <@${r.decidedBy}> 已拒绝 was denied. 原因 Reason: ${r.denyReason ?? "—"}`;
    case "expired":
      return `⌛ ${about}: 未及时审批，已过期，如仍需要请重新申请 was not decided in time and has expired; ask again if you still need it.`;
    case "approved":
    case "calling":
      return `✅ ${about}: <@${r.decidedBy}> 已批准，您的座机即将响铃，接起后为您接通 was approved: your desk will ring, and the call is connected when you answer.`;
    case "completed":
      return `☎️ ${about}: 已通话 was connected, ${duration(r.durationSeconds)}.`;
    case "unanswered":
    case "failed":
      return `📵 ${about}: <@${r.decidedBy}> 已批准，但未能接通 was approved but not connected (${r.callFailure ?? r.status}). 如需再拨请重新申请 Ask again to retry.`;
    default:
      return `${about}: ${r.status} · ${time(r.createdAt.toISOString(), dir)}`;
  }
}

/** The register's figures for `/switchboard stats`. */
export function longDistanceStatsBlocks(f: LongDistanceFigures): Block[] {
  const cost = f.cost.map((c) => `${c.currency} ${c.amount}`).join(" + ") || "0";
  return [
    {
      type: "section",
      text: { type: "mrkdwn", text: "*长途电话 Long-distance calls*" },
      fields: [
        field(
          "申请 Requests",
          `${f.requests}（批准 approved ${f.approved} · 拒绝 denied ${f.denied} · 过期 expired ${f.expired}）`,
        ),
        field("接通 Connected", `${f.connected} · ${Math.ceil(f.seconds / 60)} 分钟 min`),
        field("费用 Cost", f.unpriced > 0 ? `${cost}（${f.unpriced} 通待定 pending）` : cost),
      ],
    },
  ];
}

/** The ledger finance settles from: private calls, with a Settled button on each one still open. */
export function ledgerPost(
  rows: LongDistanceRequest[],
  dir: Directory | null,
  label: string,
  period: string,
): SlackPost {
  const open = rows.filter((r) => !r.settledAt);
  const blocks: Block[] = [
    {
      type: "header",
      text: { type: "plain_text", text: `💰 私人长途结算 Private calls to settle · ${label}` },
    },
  ];
  if (rows.length === 0) {
    blocks.push(line("没有待结算的私人长途。 No private calls to settle."));
  }
  for (const r of rows.slice(0, 20)) {
    const balance =
      r.deposit && r.cost !== null && r.depositCurrency === r.costCurrency
        ? ` · 应退 refund ${r.depositCurrency} ${(Number(r.deposit) - Number(r.cost)).toFixed(2)}`
        : "";
    blocks.push({
      type: "section",
      text: {
        type: "mrkdwn",
        text: [
          `*${mrkdwn(r.requesterName)}* → ${formatNumber(r.destination)} (${regionName(r.region)})`,
          `${time((r.callStartedAt ?? r.createdAt).toISOString(), dir)} · ${duration(r.durationSeconds)} · ${r.status}`,
          `费用 Cost ${costText(r)} · 押金 Deposit ${r.deposit ? `${r.depositCurrency} ${r.deposit}` : "—"}${balance}`,
          r.settledAt
            ? `💰 <@${r.settledBy}> 已结算 settled ${time(r.settledAt.toISOString(), dir)}`
            : "",
        ]
          .filter(Boolean)
          .join("\n"),
      },
      ...(r.settledAt
        ? {}
        : {
            accessory: {
              type: "button",
              text: { type: "plain_text", text: "已结算 Settled" },
              action_id: SETTLED_ACTION,
              value: `${r.id}|${period}`,
              style: "primary",
            },
          }),
    });
  }
  if (rows.length > 20)
    blocks.push(line(`另有 ${rows.length - 20} 条 and ${rows.length - 20} more`));
  return {
    text: `私人长途结算 Private calls to settle: ${open.length} open of ${rows.length}`,
    blocks,
  };
}

function denyModal(r: LongDistanceRequest, meta: DenyMetadata) {
  return {
    type: "modal",
    callback_id: DENY_MODAL,
    private_metadata: JSON.stringify(meta),
    title: { type: "plain_text", text: "拒绝申请 Deny request" },
    submit: { type: "plain_text", text: "拒绝 Deny" },
    close: { type: "plain_text", text: "取消 Cancel" },
    blocks: [
      line(
        `${mrkdwn(r.requesterName)} → ${formatNumber(r.destination)} (${className(r.tollClass)}): ${mrkdwn(r.reason)}`,
      ),
      {
        type: "input",
        block_id: "reason",
        label: { type: "plain_text", text: "原因 Reason (告知申请人 told to the requester)" },
        element: { type: "plain_text_input", action_id: "value", multiline: true, max_length: 500 },
      },
    ],
  };
}

// ---------------------------------------------------------------- commands

const CALL_USAGE =
  "call <number> <reason> [private] — 长途电话申请 ask for a long-distance call (e.g. `call +1 212 736 3100 client contract follow-up`)";

export const callCommand: Subcommand = {
  name: "call",
  roles: EVERYONE,
  usage: CALL_USAGE,
  async run(ctx) {
    const asked = parseCallRequest(ctx.args);
    if (!asked) {
      await ctx.respond({ text: `用法 Usage: \`/switchboard ${CALL_USAGE}\`` });
      return;
    }
    const now = ctx.deps.clock();
    const settings = ctx.deps.config.longDistance;
    const classification = classifyNumber(asked.number, homeOf(ctx.dir.organisation));
    const decision = decideRequest(classification, settings.approvalClasses);
    const shown = classification.e164 ? formatNumber(classification.e164) : asked.number;
    if (decision.kind === "refused") {
      const c = classification.class;
      const text =
        c === "premium_or_special"
          ? `🚫 ${shown} 是高额付费、卫星或高风险号码（${classification.reason}），一律禁止拨打，未提交申请。 This is a premium-rate, satellite or known fraud destination (${classification.reason}): it is always blocked, and no request was made.`
          : c === "emergency"
            ? `🚨 ${shown} 是紧急电话，请直接用任何电话拨打，不经过申请。 This is an emergency number: dial it directly from any phone; it is never placed through a request.`
            : `${shown} 不是有效的电话号码 is not a valid phone number. 用法 Usage: \`/switchboard ${CALL_USAGE}\``;
      await ctx.respond({ text });
      return;
    }
    if (decision.kind === "no_approval_needed") {
      await ctx.respond({
        text: `${shown} 是${TOLL_CLASS_NAMES[classification.class].zh}，不需要审批，请直接从座机拨打。 This is a ${TOLL_CLASS_NAMES[classification.class].en} call and needs no approval: dial it from your desk.`,
      });
      return;
    }
    const request = await createRequest(
      ctx.deps.db,
      {
        source: "slack",
        requesterKey: ctx.actor.key,
        requesterName: ctx.actor.name.zh ?? ctx.actor.name.en,
        requesterSlackId: ctx.userId,
        department: ctx.actor.department,
        destination: decision.e164,
        region: classification.region,
        tollClass: classification.class,
        reason: asked.reason.slice(0, 500),
        private: asked.private,
      },
      now,
      settings.requestMinutes,
      {
        actor: ctx.userId,
        detail: {
          via: "slack",
          destination: decision.e164,
          class: classification.class,
          private: asked.private,
          reason: classification.reason,
        },
      },
    );
    if (!request) return;
    await ctx.respond({
      text: `📨 已提交审批 Sent for approval: ${shown} (${className(request.tollClass)}, ${regionName(request.region)}) — ${asked.reason}${asked.private ? ` · 私人，批准时收取押金 private: a deposit of ${settings.deposit.currency} ${settings.deposit.amount} at approval` : ""}. 审批结果会通知您；${settings.requestMinutes} 分钟内未审批则过期。 You will be told the outcome; it expires if not decided within ${settings.requestMinutes} min.`,
    });
  },
};

export const ledgerCommand: Subcommand = {
  name: "ledger",
  roles: FINANCE,
  usage: "ledger [month|2026-11|…] — 私人长途结算 private calls to settle (finance)",
  async run(ctx) {
    const post = await ledgerFor(ctx.deps, ctx.dir, ctx.args[0] ?? "");
    await ctx.respond(post ?? { text: `用法 Usage: \`/switchboard ${ledgerCommand.usage}\`` });
  },
};

/** Without a period, every private call still to settle; with one, that period's private calls. */
async function ledgerFor(deps: BotDeps, dir: Directory, period: string): Promise<SlackPost | null> {
  if (!period) return ledgerPost(await ledger(deps.db), dir, "待结算 awaiting settlement", "");
  const range = parsePeriod(period, deps.clock(), dir.organisation.timezone);
  if (!range) return null;
  return ledgerPost(await ledger(deps.db, range), dir, range.label, period);
}

// ---------------------------------------------------------------- buttons and the deny form

const denyMetadata = z.object({ id: z.string(), channel: z.string(), ts: z.string() });
type DenyMetadata = z.infer<typeof denyMetadata>;

const NOT_APPROVER =
  "抱歉，只有审批人可以审批长途申请。 Sorry, only approvers decide long-distance requests.";
const OWN_REQUEST =
  "您不能审批自己的申请，请由其他审批人处理。 You can't decide your own request: another approver must.";
const NOT_FINANCE = "抱歉，只有财务可以结算。 Sorry, only finance settles private calls.";

function decider(click: { actor: Staff | null; userId: string }): Decider | null {
  if (!click.actor) return null;
  return {
    slackUserId: click.userId,
    staffKey: click.actor.key,
    name: click.actor.name.zh ?? click.actor.name.en,
  };
}

function alreadyText(r: LongDistanceRequest | null, now: Date): string {
  if (!r) return "抱歉，找不到这条申请。 Sorry, this request is not on record.";
  if (r.status === "expired" || (r.status === "pending" && r.expiresAt <= now))
    return "此申请已过期。 This request has expired.";
  if (r.status === "denied")
    return `已由 <@${r.decidedBy}> 拒绝。 Already denied by <@${r.decidedBy}>.`;
  return `已由 <@${r.decidedBy}> 批准。 Already approved by <@${r.decidedBy}>.`;
}

/** Who may decide on the request, and whether it is still open; the refusal if not. */
function mayDecide(click: Click, r: LongDistanceRequest | null): string | null {
  if (!hasRole(click.actor, APPROVERS)) return NOT_APPROVER;
  if (!r) return alreadyText(r, click.now);
  if (click.actor?.key === r.requesterKey) return OWN_REQUEST;
  if (r.status !== "pending") return alreadyText(r, click.now);
  if (r.expiresAt <= click.now) return "此申请已过期。 This request has expired.";
  return null;
}

async function refuse(
  click: { client: WebClient; channel?: string; userId: string },
  text: string,
) {
  if (!click.channel) {
    await click.client.chat.postMessage({ channel: click.userId, text });
    return;
  }
  await click.client.chat.postEphemeral({ channel: click.channel, user: click.userId, text });
}

async function showOnPost(
  client: WebClient,
  where: { channel?: string | null; ts?: string | null },
  r: LongDistanceRequest,
  dir: Directory | null,
): Promise<void> {
  const channel = where.channel ?? r.slackChannel;
  const ts = where.ts ?? r.slackTs;
  if (!channel || !ts) return;
  const post = requestPost(r, dir);
  await client.chat.update({ channel, ts, ...slackMessage(post) });
}

/** A pending request found past its time by a click is expired then and there. */
async function expireNow(click: Click, r: LongDistanceRequest): Promise<void> {
  if (r.status !== "pending" || r.expiresAt > click.now) return;
  await expireRequest(click.deps.db, r.id, click.now);
}

async function approve(click: Click): Promise<void> {
  const { db, config, log } = click.deps;
  const request = await findRequest(db, click.value);
  const refusal = mayDecide(click, request);
  const by = decider(click);
  if (refusal || !request || !by) {
    if (request) await expireNow(click, request);
    return refuse(click, refusal ?? NOT_APPROVER);
  }
  const deposit = request.private ? config.longDistance.deposit : null;
  const decided = await recordDecision(db, {
    id: request.id,
    approve: true,
    by,
    now: click.now,
    deposit,
    detail: { destination: request.destination, class: request.tollClass, deposit },
  });
  if (!decided) return refuse(click, alreadyText(await findRequest(db, request.id), click.now));
  const approved = await findRequest(db, request.id);
  if (approved) await showOnPost(click.client, click, approved, click.dir);

  const org = click.dir?.organisation;
  const desk = click.dir?.staff.find((s) => s.key === request.requesterKey)?.desk;
  let failure: string | null = null;
  let callSid: string | null = null;
  if (!config.twilioAccountSid) failure = "TWILIO_ACCOUNT_SID is not configured";
  else if (!org || !desk) failure = "the requester's desk is not in the directory";
  else {
    try {
      const lang = org.defaultLanguage;
      const number = formatNumber(request.destination);
      ({ callSid } = await placeApprovedCall(
        {
          accountSid: config.twilioAccountSid,
          authToken: config.twilioAuthToken,
          apiUrl: config.twilioApiUrl,
          ...(click.deps.fetch ? { fetch: click.deps.fetch } : {}),
        },
        {
          requestId: request.id,
          desk,
          destination: request.destination,
          callerId: org.mainNumber,
          timeLimitMinutes: config.longDistance.timeLimitMinutes,
          announce:
            lang === "en"
              ? { text: `Your approved call to ${number}. Connecting now.`, language: "en" }
              : { text: `您申请的长途电话已获批准，正在为您接通 ${number}。`, language: "zh" },
          publicBaseUrl: config.publicBaseUrl,
        },
      ));
    } catch (error) {
      log.warn("long-distance call not placed", { error, request: request.id });
      failure = error instanceof Error ? error.message : String(error);
    }
  }
  const entry = { at: click.now, actor: click.userId };
  if (callSid) await markCalling(db, request.id, callSid, { ...entry, detail: { callSid, desk } });
  else {
    await markNotPlaced(db, request.id, failure ?? "not placed", {
      ...entry,
      detail: { error: failure },
    });
  }
  const latest = await findRequest(db, request.id);
  if (latest) await showOnPost(click.client, click, latest, click.dir);
}

async function openDenyForm(click: Click): Promise<void> {
  const request = await findRequest(click.deps.db, click.value);
  const refusal = mayDecide(click, request);
  if (refusal || !request) {
    if (request) await expireNow(click, request);
    return refuse(click, refusal ?? NOT_APPROVER);
  }
  const meta: DenyMetadata = {
    id: request.id,
    channel: click.channel ?? request.slackChannel ?? "",
    ts: click.ts ?? request.slackTs ?? "",
  };
  await click.client.views.open({
    trigger_id: click.triggerId,
    view: denyModal(request, meta) as never,
  });
}

async function settleClicked(click: Click): Promise<void> {
  const [id = "", period = ""] = click.value.split("|");
  const by = decider(click);
  if (!hasRole(click.actor, FINANCE) || !by) return refuse(click, NOT_FINANCE);
  const done = await settle(click.deps.db, id, by, click.now);
  if (!done) {
    const r = await findRequest(click.deps.db, id);
    return refuse(
      click,
      r?.settledAt
        ? `已由 <@${r.settledBy}> 结算。 Already settled by <@${r.settledBy}>.`
        : "这通电话还不能结算。 This call can't be settled (yet).",
    );
  }
  if (!click.dir) return;
  const post = await ledgerFor(click.deps, click.dir, period);
  if (post) {
    await click.respond({
      replace_original: true,
      response_type: "ephemeral",
      ...slackMessage(post),
    });
  }
}

export function registerLongDistance(app: App, deps: BotDeps): void {
  const on = (actionId: string, handler: (click: Click) => Promise<void>) =>
    onClick(app, deps, actionId, handler);
  on(APPROVE_ACTION, approve);
  on(DENY_ACTION, openDenyForm);
  on(SETTLED_ACTION, settleClicked);

  app.view(DENY_MODAL, async ({ ack, body, view, client }) => {
    const reason = (view.state.values.reason?.value?.value ?? "").trim();
    if (!reason) {
      await ack({
        response_action: "errors",
        errors: { reason: "请写明原因。 Please give a reason." },
      });
      return;
    }
    await ack();
    const now = deps.clock();
    const user = body.user.id;
    const parsed = denyMetadata.safeParse(safeJson(view.private_metadata));
    if (!parsed.success) return deps.log.warn("deny form without its request", { user });
    const meta = parsed.data;
    const dir = await deps.directory.get(now);
    const actor = actorFor(dir, user);
    const tell = (text: string) => client.chat.postMessage({ channel: user, text });
    const request = await findRequest(deps.db, meta.id);
    const click = { actor, userId: user };
    if (!hasRole(actor, APPROVERS)) return void (await tell(NOT_APPROVER));
    if (request && actor?.key === request.requesterKey) return void (await tell(OWN_REQUEST));
    const by = decider(click);
    const decided =
      by !== null &&
      (await recordDecision(deps.db, {
        id: meta.id,
        approve: false,
        by,
        now,
        denyReason: reason,
        detail: { reason },
      }));
    if (!decided) return void (await tell(alreadyText(await findRequest(deps.db, meta.id), now)));
    const denied = await findRequest(deps.db, meta.id);
    if (denied) {
      await showOnPost(client, { channel: meta.channel || null, ts: meta.ts || null }, denied, dir);
    }
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- delivery from the outbox

export const LONG_DISTANCE_KINDS: ReadonlySet<string> = new Set(
  Object.values(LONG_DISTANCE_NOTICES),
);

/**
 * Delivers a long-distance notice, showing the request as it is now: the request to the
 * approvers' channel (the supervisors' if none is set), an update onto that post, or the
 * outcome to the requester (in a DM; without a Slack user, in the post's thread).
 */
export async function deliverLongDistance(
  n: Notification,
  dir: Directory | null,
  options: { client: WebClient; db: Db; channels: Channels },
): Promise<Delivery> {
  const { client, db } = options;
  const request = await findRequest(db, n.subject);
  if (!request) throw new DeliveryError(`no long-distance request ${n.subject}`);
  const approvers = options.channels.approvers ?? options.channels.supervisors;
  switch (n.kind) {
    case LONG_DISTANCE_NOTICES.request: {
      if (!approvers) throw new DeliveryError("no Slack channel for long-distance approvals");
      const post = requestPost(request, dir);
      const res = await client.chat.postMessage({
        channel: approvers,
        ...slackMessage(post),
      });
      if (!res.ts) throw new DeliveryError("Slack answered without a message ts");
      const channel = res.channel ?? approvers;
      await recordPost(db, request.id, channel, res.ts);
      return { channel, ts: res.ts };
    }
    case LONG_DISTANCE_NOTICES.update: {
      if (!request.slackChannel || !request.slackTs) {
        throw new DeliveryError("the request has not been posted yet");
      }
      const post = requestPost(request, dir);
      await client.chat.update({
        channel: request.slackChannel,
        ts: request.slackTs,
        ...slackMessage(post),
      });
      return { channel: request.slackChannel, ts: request.slackTs };
    }
    default: {
      const requester =
        dir?.staff.find((s) => s.key === request.requesterKey)?.slackUserId ??
        request.requesterSlackId;
      const text = outcomeText(request, dir);
      const res = requester
        ? await client.chat.postMessage({ channel: requester, text })
        : await client.chat.postMessage({
            channel: request.slackChannel ?? approvers ?? "",
            text: `${request.requesterName}（无 Slack，请电话告知 not on Slack: please tell them by phone）: ${text}`,
            ...(request.slackTs ? { thread_ts: request.slackTs } : {}),
          });
      if (!res.ts) throw new DeliveryError("Slack answered without a message ts");
      return { channel: res.channel ?? requester ?? "", ts: res.ts };
    }
  }
}
