import { App } from "@slack/bolt";
import type { BotDeps } from "./context.ts";
import { registerActions } from "./listeners/call-buttons.ts";
import { registerCommands } from "./listeners/commands.ts";
import { FetchReceiver } from "./receiver.ts";
import { redirectSafeFetch } from "./slack-client.ts";

/**
 * The Bolt app behind `POST /slack/events`. Built with the bot token and no start-up calls,
 * so it works the same on Node and Workers and never waits on Slack to boot.
 */
export function createSlackApp(deps: BotDeps): FetchReceiver {
  const slack = deps.config.slack;
  if (!slack) throw new Error("Slack is not configured");
  const receiver = new FetchReceiver({
    signingSecret: slack.signingSecret,
    log: deps.log,
    nowSeconds: () => Math.floor(deps.clock().getTime() / 1000),
  });
  const app = new App({
    token: slack.botToken,
    botId: "B_SWITCHBOARD",
    botUserId: "U_SWITCHBOARD",
    receiver,
    tokenVerificationEnabled: false,
    clientOptions: {
      slackApiUrl: `${deps.config.slackApiUrl}/`,
      fetch: redirectSafeFetch(deps.fetch ?? fetch),
      // A listener answers a click; it must not sit in a long retry loop if Slack is down.
      retryConfig: { retries: 1 },
      timeout: 10_000,
    },
  });
  app.error(async (error) => {
    deps.log.error("slack app error", { error });
  });
  registerCommands(app, deps);
  registerActions(app, deps);
  return receiver;
}
