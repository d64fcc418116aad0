import type { WebClient } from "@slack/web-api";
import type { Directory } from "../../rules/directory.ts";
import { localTimeOf } from "../../rules/wake-up/local-time.ts";
import { wakeUpSettings } from "../../rules/wake-up/settings.ts";
import type { Db } from "../../store/db.ts";
import { type Delivery, DeliveryError } from "../../store/outbox.ts";
import type { Notification } from "../../store/records.ts";
import { escalationOf, findWakeUp, wakeUpGuests } from "../../store/wake-ups.ts";
import { type SlackPost, slackMessage } from "../blocks/slack-post.ts";
import { unansweredWakeUpPost } from "../blocks/wake-up.ts";
import type { Channels } from "./channels.ts";
import { postNotice } from "./post.ts";

/**
 * The post about a wake-up nobody answered, as it is now (checked or not), with the rings the
 * front desk was told of; null when there is no such wake-up or it was never escalated.
 */
export async function unansweredWakeUp(
  db: Db,
  id: string,
  dir: Directory | null,
): Promise<SlackPost | null> {
  const [wakeUp, escalation] = await Promise.all([findWakeUp(db, id), escalationOf(db, id)]);
  if (!wakeUp || !escalation) return null;
  const timezone = dir?.organisation.timezone ?? "UTC";
  const local = (at: Date) => localTimeOf(at, timezone).time;
  const times =
    escalation.reason === "late" || escalation.round.length === 0
      ? [wakeUp.time]
      : escalation.round.map(local);
  return unansweredWakeUpPost({
    id: wakeUp.id,
    room: wakeUp.room,
    guests: wakeUpGuests(wakeUp).map((g) => g.name),
    reason: escalation.reason,
    times,
    checkedBy: wakeUp.checkedBy,
    checkedAt: wakeUp.checkedAt ? local(wakeUp.checkedAt) : null,
  });
}

/**
 * Posts an unanswered wake-up to the wake-up department's channel. Without one, the
 * supervisors' channel takes it, unless an incognito guest is in it: their room goes nowhere
 * but the front desk's own channel, so it waits until that channel is set.
 */
export async function deliverWakeUp(
  n: Notification,
  dir: Directory | null,
  options: { client: WebClient; db: Db; channels: Channels },
): Promise<Delivery> {
  const wakeUp = await findWakeUp(options.db, n.subject);
  if (!wakeUp) throw new DeliveryError(`no wake-up ${n.subject}`);
  const department = n.department ?? (dir ? wakeUpSettings(dir.organisation).department : null);
  const own = dir?.departments.find((d) => d.key === department)?.slackChannel;
  const incognito = wakeUpGuests(wakeUp).some((g) => g.incognito);
  const channel = own ?? (incognito ? undefined : options.channels.supervisors);
  if (!channel) {
    throw new DeliveryError(
      `no Slack channel for wake-ups: set slackChannel on department ${department ?? "?"}`,
    );
  }
  const post = await unansweredWakeUp(options.db, wakeUp.id, dir);
  if (!post) throw new DeliveryError(`wake-up ${wakeUp.id} was never escalated`);
  return postNotice(options.client, n, { channel, ...slackMessage(post) });
}
