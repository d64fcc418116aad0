import type { Directory } from "../../rules/directory.ts";
import type { Notification } from "../../store/records.ts";

/** The Slack channels notices go to, besides each department's own. */
export interface Channels {
  emergency: string | undefined;
  supervisors: string | undefined;
  /** Long-distance requests; the supervisors' channel when unset. */
  approvers?: string | undefined;
}

/** Which channel a notification belongs in: its department's, else the supervisors'. */
export function channelFor(
  n: Pick<Notification, "kind" | "department">,
  dir: Directory | null,
  channels: Channels,
) {
  if (n.kind === "emergency") return channels.emergency ?? channels.supervisors;
  const dept = dir?.departments.find((d) => d.key === n.department);
  return dept?.slackChannel ?? channels.supervisors;
}
