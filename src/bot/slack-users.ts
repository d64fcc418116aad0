import type { WebClient } from "@slack/web-api";

// Slack users by name, for a plain "@wu.min" typed where Slack did not turn it into a mention
// (a command sent without escaping, or text pasted in): read from users.list, kept a while.

/** Who a name is: one user, several (refused: ask for a real mention), or nobody. */
export type UserMatch = { id: string } | { ambiguous: string[] } | null;

export interface SlackUsers {
  find(name: string): Promise<UserMatch>;
}

/** How long users.list is kept before it is read again. */
const KEEP_MS = 5 * 60_000;
const PAGES = 20;

interface Member {
  id: string;
  /** The handle, unique in the workspace. */
  handle: string;
  /** Display and real names, which people share. */
  names: string[];
}

export function slackUsers(client: WebClient, clock: () => Date): SlackUsers {
  let kept: { at: number; members: Promise<Member[]> } | null = null;
  const members = () => {
    const now = clock().getTime();
    if (!kept || now - kept.at > KEEP_MS) {
      const read = readMembers(client);
      kept = { at: now, members: read };
      // A failed read is not kept: the next lookup tries again.
      read.catch(() => {
        kept = null;
      });
    }
    return kept.members;
  };
  return {
    async find(name) {
      const wanted = normalise(name.replace(/^@/, ""));
      if (!wanted) return null;
      const all = await members();
      const byHandle = all.find((m) => normalise(m.handle) === wanted);
      if (byHandle) return { id: byHandle.id };
      const byName = all.filter((m) => m.names.some((n) => normalise(n) === wanted));
      if (byName.length === 1 && byName[0]) return { id: byName[0].id };
      if (byName.length > 1) return { ambiguous: byName.map((m) => m.id) };
      return null;
    },
  };
}

function normalise(name: string): string {
  return name.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
}

async function readMembers(client: WebClient): Promise<Member[]> {
  const found: Member[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < PAGES; page++) {
    const res = await client.users.list({ limit: 200, ...(cursor ? { cursor } : {}) });
    for (const m of res.members ?? []) {
      if (!m.id || m.deleted || m.is_bot) continue;
      found.push({
        id: m.id,
        handle: m.name ?? "",
        names: [m.profile?.display_name, m.profile?.real_name, m.real_name].filter(
          (n): n is string => Boolean(n),
        ),
      });
    }
    cursor = res.response_metadata?.next_cursor || undefined;
    if (!cursor) break;
  }
  return found;
}
