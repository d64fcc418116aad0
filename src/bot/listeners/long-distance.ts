import type { App } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { Directory, Staff } from "../../rules/directory.ts";
import {
  classifyNumber,
  decideRequest,
  formatNumber,
  homeOf,
  parseCallRequest,
  REASON_MAX_LENGTH,
  TOLL_CLASS_NAMES,
} from "../../rules/toll.ts";
import { parsePeriod } from "../../stats/period.ts";
import {
  createRequest,
  type Decider,
  expireRequest,
  findRequest,
  markCalling,
  markNotPlaced,
  recordDecision,
  settle,
} from "../../store/long-distance.ts";
import { ledger } from "../../store/long-distance-reports.ts";
import type { LongDistanceRequest } from "../../store/records.ts";
import { placeApprovedCall } from "../../twilio/approved-calls.ts";
import {
  APPROVE_ACTION,
  className,
  DENY_ACTION,
  DENY_MODAL,
  type DenyMetadata,
  denyMetadata,
  denyModal,
  ledgerPost,
  regionName,
  requestPost,
  SETTLED_ACTION,
} from "../blocks/long-distance.ts";
import { type SlackPost, slackMessage } from "../blocks/slack-post.ts";
import { actorFor, type BotDeps, hasRole, type Subcommand, usageText } from "../context.ts";
import { type Click, onClick } from "./click.ts";

/**
 * Long-distance calls in Slack: `/switchboard call` asks for one, approvers decide on the post
 * in their channel, the approved call is placed through Twilio, and finance settles private
 * calls from `/switchboard ledger`.
 */

const EVERYONE = ["admin", "supervisor", "operator", "staff"] as const;
const APPROVERS = ["approver"] as const;
const FINANCE = ["finance"] as const;

const CALL_USAGE =
  "call <number> <reason> [private] — 长途电话申请 ask for a long-distance call (e.g. `/switchboard call +1 212 736 3100 client contract follow-up`)";

export const callCommand: Subcommand = {
  name: "call",
  roles: EVERYONE,
  usage: CALL_USAGE,
  async run(ctx) {
    const asked = parseCallRequest(ctx.args);
    if (!asked) {
      await ctx.respond({ text: `用法 Usage: ${usageText(CALL_USAGE)}` });
      return;
    }
    if (asked.extension) {
      // The approved call rings the requester's desk and then the number: nobody could key it in.
      await ctx.respond({
        text: `抱歉，无法代拨分机 ${asked.extension}：请只写 ${asked.number}，接通后自己按分机号。 Sorry, extension ${asked.extension} can't be dialled for you: ask for ${asked.number} alone and key in the extension once connected.`,
      });
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
            : `${shown} 不是有效的电话号码 is not a valid phone number. 用法 Usage: ${usageText(CALL_USAGE)}`;
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
        reason: asked.reason,
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
      text: `📨 已提交审批 Sent for approval: ${shown} (${className(request.tollClass)}, ${regionName(request.region)}) — ${asked.reason}${asked.reasonCut ? ` (理由超过 ${REASON_MAX_LENGTH} 字，已截短 the reason was over ${REASON_MAX_LENGTH} characters and was cut)` : ""}${asked.private ? ` · 私人，批准时收取押金 private: a deposit of ${settings.deposit.currency} ${settings.deposit.amount} at approval` : ""}. 审批结果会通知您；${settings.requestMinutes} 分钟内未审批则过期。 You will be told the outcome; it expires if not decided within ${settings.requestMinutes} min.`,
    });
  },
};

export const ledgerCommand: Subcommand = {
  name: "ledger",
  roles: FINANCE,
  usage: "ledger [month|2026-11|…] — 私人长途结算 private calls to settle (finance)",
  async run(ctx) {
    const post = await ledgerFor(ctx.deps, ctx.dir, ctx.args[0] ?? "");
    await ctx.respond(post ?? { text: `用法 Usage: ${usageText(ledgerCommand.usage)}` });
  },
};

/** Without a period, every private call still to settle; with one, that period's private calls. */
async function ledgerFor(deps: BotDeps, dir: Directory, period: string): Promise<SlackPost | null> {
  const { fx } = deps.config.longDistance;
  if (!period) return ledgerPost(await ledger(deps.db), dir, "待结算 awaiting settlement", "", fx);
  const range = parsePeriod(period, deps.clock(), dir.organisation.timezone);
  if (!range) return null;
  return ledgerPost(await ledger(deps.db, range), dir, range.label, period, fx);
}

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
  if (callSid && org) {
    await markCalling(
      db,
      request,
      { callSid, callerId: org.mainNumber, language: org.defaultLanguage },
      { ...entry, detail: { callSid, desk } },
    );
  } else {
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
  const { fx, fxDate } = click.deps.config.longDistance;
  const done = await settle(click.deps.db, id, by, click.now, { rates: fx, date: fxDate });
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
