import type { WebClient } from "@slack/web-api";
import type { RenderChart } from "../charts/render.ts";
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import type { Directory, Staff } from "../rules/directory.ts";
import type { Db } from "../store/db.ts";
import type { DirectorySource } from "../store/directory.ts";
import type { SlackUsers } from "./slack-users.ts";

export type Role = Staff["role"];

/** What every Slack listener works with. */
export interface BotDeps {
  db: Db;
  config: Pick<
    Config,
    | "slack"
    | "slackApiUrl"
    | "twilioAccountSid"
    | "twilioAuthToken"
    | "twilioApiUrl"
    | "publicBaseUrl"
    | "longDistance"
  >;
  clock: () => Date;
  log: Logger;
  directory: DirectorySource;
  fetch?: typeof fetch;
  /** Draws the charts `/switchboard stats` attaches; none on Workers, where the text is all. */
  renderChart?: RenderChart | null;
}

/** The directory person behind a Slack user, if any: roles map from Slack user IDs. */
export function actorFor(dir: Directory | null, slackUserId: string): Staff | null {
  return dir?.staff.find((s) => s.slackUserId === slackUserId) ?? null;
}

const OVERSEERS: readonly Role[] = ["admin", "supervisor", "operator"];

/** Only the department's own staff, supervisors and operators may act on its calls. */
export function mayActFor(actor: Staff | null, department: string | null): boolean {
  if (!actor) return false;
  return OVERSEERS.includes(actor.role) || (department !== null && actor.department === department);
}

/** "staff" among `roles` means anyone in the directory, approvers and finance included. */
export function hasRole(actor: Staff | null, roles: readonly Role[]): boolean {
  return actor !== null && (roles.includes(actor.role) || roles.includes("staff"));
}

/** One `/switchboard` subcommand. */
/**
 * A usage line as Slack shows it: the command in code, what it does after it in plain text, so
 * an example in code within the description does not break the formatting.
 */
export function usageText(usage: string): string {
  const [syntax, ...description] = usage.split(" — ");
  const command = `\`/switchboard ${syntax}\``;
  return description.length > 0 ? `${command} — ${description.join(" — ")}` : command;
}

export interface Subcommand {
  name: string;
  /** Who may run it; "staff" means anyone in the directory. */
  roles: readonly Role[];
  usage: string;
  run(ctx: CommandContext): Promise<void>;
}

export interface CommandContext {
  deps: BotDeps;
  /** Slack's users by name, for a plain `@name`. */
  users: SlackUsers;
  dir: Directory;
  actor: Staff;
  /** The words after the subcommand. */
  args: string[];
  /** The subcommand as typed, when it is none Switchboard knows (help then answers). */
  unknown?: string;
  userId: string;
  channelId: string;
  triggerId: string;
  client: WebClient;
  /** Answers the person who ran the command, visible only to them unless `inChannel`. */
  respond(post: { text: string; blocks?: object[]; inChannel?: boolean }): Promise<void>;
}
