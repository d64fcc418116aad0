import type { Harness } from "./harness.ts";

/** A demo staff member's key, their Slack user ID, and optionally the role they get. */
export type SlackLink = readonly [key: string, slackUserId: string, role?: string];

/** Links demo staff to Slack users, since roles map from Slack user IDs in the directory. */
export async function giveSlackIds(h: Harness, people: readonly SlackLink[]): Promise<void> {
  for (const [key, slackUserId, role] of people) {
    await h.prisma.staff.update({
      where: { key },
      data: role ? { slackUserId, role } : { slackUserId },
    });
  }
}
