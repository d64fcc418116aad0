import type { App, BlockAction, ButtonAction, RespondFn } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { Directory, Staff } from "../../rules/directory.ts";
import { actorFor, type BotDeps } from "../context.ts";

/** One button click, acknowledged, with the directory as it stands at the click. */
export interface Click {
  deps: BotDeps;
  dir: Directory | null;
  actor: Staff | null;
  userId: string;
  value: string;
  channel: string | undefined;
  ts: string | undefined;
  client: WebClient;
  respond: RespondFn;
  triggerId: string;
  now: Date;
}

/** Slack wants the ack within 3 seconds, so every button acks before it loads anything. */
export function onClick(
  app: App,
  deps: BotDeps,
  actionId: string,
  handler: (click: Click) => Promise<void>,
): void {
  app.action<BlockAction<ButtonAction>>(
    actionId,
    async ({ ack, body, action, client, respond }) => {
      await ack();
      const now = deps.clock();
      const dir = await deps.directory.get(now);
      await handler({
        deps,
        dir,
        actor: actorFor(dir, body.user.id),
        userId: body.user.id,
        value: action.value ?? "",
        channel: body.channel?.id ?? body.container?.channel_id,
        ts: body.message?.ts ?? body.container?.message_ts,
        client,
        respond,
        triggerId: body.trigger_id,
        now,
      });
    },
  );
}
