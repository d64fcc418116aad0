import type { App } from "@slack/bolt";
import type { Chart } from "../../charts/chart.ts";
import { statsCharts } from "../../charts/stats-charts.ts";
import { computeStats } from "../../stats/compute.ts";
import { parsePeriod } from "../../stats/period.ts";
import { longDistanceFigures } from "../../store/long-distance-reports.ts";
import { openMessages } from "../../store/messages.ts";
import { wakeUpFigures } from "../../store/wake-ups.ts";
import { longDistanceStatsBlocks } from "../blocks/long-distance.ts";
import { messageBlocks } from "../blocks/message.ts";
import { messageFromRow } from "../blocks/payloads.ts";
import { type Block, MAX_BLOCKS, mrkdwn, slackMessage } from "../blocks/slack-post.ts";
import { statsBlocks, statsUsage } from "../blocks/stats.ts";
import { wakeUpStatsBlocks } from "../blocks/wake-up.ts";
import { uploadCharts } from "../charts.ts";
import {
  actorFor,
  type BotDeps,
  type CommandContext,
  hasRole,
  type Subcommand,
  usageText,
} from "../context.ts";
import { createSlackClient } from "../slack-client.ts";
import { slackUsers } from "../slack-users.ts";
import { directoryCommand, registerDirectoryAdmin } from "./directory.ts";
import { guestsCommand } from "./guests.ts";
import { handoverCommand, registerHandover } from "./handover.ts";
import { callCommand, ledgerCommand, registerLongDistance } from "./long-distance.ts";
import { registerRoster, rosterCommand } from "./roster.ts";
import { registerWakeUps, wakeUpCommand } from "./wake-ups.ts";

// `/switchboard` and its subcommands, for the people in the directory, by role.
const SUPERVISING = ["admin", "supervisor", "operator"] as const;
const EVERYONE = ["admin", "supervisor", "operator", "staff"] as const;

const stats: Subcommand = {
  name: "stats",
  roles: SUPERVISING,
  usage:
    "stats [today|yesterday|week|month|quarter|year|2026-11|2026-Q4|2026] — 话务统计 call statistics",
  async run(ctx) {
    const now = ctx.deps.clock();
    const period = parsePeriod(ctx.args[0], now, ctx.dir.organisation.timezone);
    if (!period) {
      await ctx.respond({ text: statsUsage() });
      return;
    }
    const figures = await computeStats(ctx.deps.db, period, ctx.dir);
    const post = statsBlocks(figures, period);
    const longDistance = await longDistanceFigures(ctx.deps.db, period);
    const wakeUps = await wakeUpFigures(ctx.deps.db, period);
    await ctx.respond({
      ...post,
      blocks: [
        ...post.blocks,
        ...longDistanceStatsBlocks(longDistance),
        ...wakeUpStatsBlocks(wakeUps),
      ],
    });
    await attachCharts(ctx, statsCharts(figures, period.label));
  },
};

/** The charts beside the figures, in the channel the command was typed in; the text stays alone
 * when Slack refuses them (the app is not in that channel). */
async function attachCharts(ctx: CommandContext, charts: Chart[]): Promise<void> {
  const { slack, slackApiUrl } = ctx.deps.config;
  if (!slack) return;
  // A client that never retries by itself: a completion sent twice would share them twice.
  const client = createSlackClient({
    token: slack.botToken,
    apiUrl: slackApiUrl,
    ...(ctx.deps.fetch ? { fetch: ctx.deps.fetch } : {}),
  });
  try {
    await uploadCharts(
      client,
      ctx.deps.renderChart,
      charts,
      { channel: ctx.channelId },
      {
        ...(ctx.deps.fetch ? { fetch: ctx.deps.fetch } : {}),
      },
    );
  } catch (error) {
    ctx.deps.log.warn("charts not attached", { channel: ctx.channelId, error });
    await ctx.respond({
      text: "图表未能附上：请把 Switchboard 加入此频道，或在与它的私信中使用。 The charts could not be attached: add Switchboard to this channel, or use it in a direct message.",
    });
  }
}

const DIVIDER: Block = { type: "divider" };

/** Open messages shown in one answer: as many as always fit in Slack's 50 blocks. */
export const MESSAGES_PAGE = 5;

const messages: Subcommand = {
  name: "messages",
  roles: EVERYONE,
  usage: "messages [page] — 待处理留言 open messages for my departments, oldest first",
  async run(ctx) {
    const overseer = hasRole(ctx.actor, SUPERVISING);
    const page = ctx.args[0] ? Number(ctx.args[0]) : 1;
    if (!Number.isInteger(page) || page < 1) {
      await ctx.respond({ text: `用法 Usage: ${usageText(messages.usage)}` });
      return;
    }
    const skip = (page - 1) * MESSAGES_PAGE;
    const { total, oldest: open } = await openMessages(
      ctx.deps.db,
      overseer ? null : ctx.actor.department,
      { skip, take: MESSAGES_PAGE },
    );
    if (total === 0) {
      await ctx.respond({ text: "没有待处理的留言。 No open messages." });
      return;
    }
    const pages = Math.ceil(total / MESSAGES_PAGE);
    if (open.length === 0) {
      await ctx.respond({
        text: `只有 ${pages} 页。 There are ${pages} page${pages === 1 ? "" : "s"} of open messages.`,
      });
      return;
    }
    const blocks: Block[] = [
      {
        type: "header",
        text: {
          type: "plain_text",
          text: `待处理留言 Open messages (${total})${pages > 1 ? ` · ${page}/${pages}` : ""}`,
        },
      },
    ];
    // Whole messages only, the longest waiting first: they are the ones to handle first.
    let shown = 0;
    for (const row of open) {
      const one = [...messageBlocks(messageFromRow(row), ctx.dir).blocks.slice(1), DIVIDER];
      if (blocks.length + one.length > MAX_BLOCKS - 1) break;
      blocks.push(...one);
      shown += 1;
    }
    const more = total - skip - shown;
    if (more > 0) {
      const next = `/switchboard messages ${page + 1}`;
      blocks.push({
        type: "context",
        elements: [
          {
            type: "mrkdwn",
            text: `另有 ${more} 条较新的留言，下一页 \`${next}\`。 ${more} more, newer: \`${next}\` for the next page.`,
          },
        ],
      });
    }
    await ctx.respond({ text: `${total} open messages`, blocks });
  },
};

const help: Subcommand = {
  name: "help",
  roles: EVERYONE,
  usage: "help — 帮助 this list",
  async run(ctx) {
    const lines = SUBCOMMANDS.filter((c) => hasRole(ctx.actor, c.roles)).map(
      (c) => `• ${usageText(c.usage)}`,
    );
    const unknown = ctx.unknown
      ? [
          `未知命令 Unknown command \`${mrkdwn(ctx.unknown.replace(/`/g, "'"))}\`. 可用命令 You can use:`,
        ]
      : [];
    await ctx.respond({ text: [...unknown, "*Switchboard 总机*", ...lines].join("\n") });
  },
};

const SUBCOMMANDS: Subcommand[] = [
  stats,
  messages,
  rosterCommand,
  handoverCommand,
  directoryCommand,
  guestsCommand,
  wakeUpCommand,
  callCommand,
  ledgerCommand,
  help,
];

/** `/switchboard <subcommand> …`, for the people in the directory, by role. */
export function registerCommands(app: App, deps: BotDeps): void {
  const users = slackUsers(app.client, deps.clock);
  app.command("/switchboard", async ({ command, ack, respond, client }) => {
    await ack();
    const [name = "help", ...args] = command.text.trim().split(/\s+/).filter(Boolean);
    const dir = await deps.directory.get(deps.clock());
    const actor = actorFor(dir, command.user_id);
    const say = async (post: { text: string; blocks?: object[]; inChannel?: boolean }) => {
      await respond({
        ...(post.blocks
          ? slackMessage({ text: post.text, blocks: post.blocks as Block[] })
          : { text: post.text }),
        response_type: post.inChannel ? "in_channel" : "ephemeral",
      });
    };
    if (!dir || !actor) {
      await say({
        text: "抱歉，您不在总机名录中。 Sorry, you are not in the switchboard's directory.",
      });
      return;
    }
    const found = SUBCOMMANDS.find((c) => c.name === name.toLowerCase());
    const subcommand = found ?? help;
    if (!hasRole(actor, subcommand.roles)) {
      await say({
        text: `抱歉，您无权使用 \`${subcommand.name}\`。 Sorry, \`${subcommand.name}\` is for ${subcommand.roles.join(", ")}.`,
      });
      return;
    }
    const ctx: CommandContext = {
      deps,
      users,
      dir,
      actor,
      args,
      ...(found ? {} : { unknown: name }),
      userId: command.user_id,
      channelId: command.channel_id,
      triggerId: command.trigger_id,
      client,
      respond: say,
    };
    await subcommand.run(ctx);
  });
  registerRoster(app, deps);
  registerHandover(app, deps);
  registerDirectoryAdmin(app, deps);
  registerLongDistance(app, deps);
  registerWakeUps(app, deps);
}
