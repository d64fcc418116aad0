import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One Web API call the fake received. */
export interface SlackCall {
  method: string;
  token: string | undefined;
  args: Record<string, unknown>;
  /** When the fake received it (performance.now()). */
  at: number;
}

/** A message as the channel holds it, for conversations.history and conversations.replies. */
interface Posted {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: unknown;
  metadata?: unknown;
}

/** What a call gets instead of success. */
export type SlackFault = (
  | { status: 429; retryAfter: number }
  | { status: 500 | 503 }
  | { error: string }
  /** Takes the call, then drops the connection before answering: its outcome is unknown. */
  | { drop: true }
  /** Takes the call, then answers with this server error: its outcome is unknown. */
  | { status: 500 | 503; taken: true }
) & {
  /** The Web API method it waits for (`files.completeUploadExternal`); the next call without. */
  method?: string;
};

/** Where a file was shared, as files.completeUploadExternal shared it. */
export interface FileShare {
  file: string;
  channel: string;
  ts: string;
  threadTs?: string;
}

/**
 * A small local server that speaks Slack's Web API (https://api.slack.com/web) closely enough
 * for the official client: form or JSON bodies in, `{ ok, ... }` out, 429 with Retry-After.
 */
export class FakeSlack {
  readonly calls: SlackCall[] = [];
  /** What calls get instead of success, each consumed by the next call it waits for. */
  readonly faults: SlackFault[] = [];
  /** The workspace's people, as users.list lists them. */
  readonly users: {
    id: string;
    name: string;
    real_name?: string;
    profile?: { display_name?: string; real_name?: string };
    deleted?: boolean;
    is_bot?: boolean;
  }[] = [];
  /** Every message posted, in order, as the channels hold them. */
  readonly messages: Posted[] = [];
  /** Files uploaded through files.getUploadURLExternal's URLs, by file id. */
  readonly uploads = new Map<string, Uint8Array>();
  /** Every share of a file files.completeUploadExternal made, in order: what staff see. */
  readonly shares: FileShare[] = [];
  /** The files files.getUploadURLExternal gave out, by id, with their titles once completed. */
  private readonly files = new Map<string, { name: string; length: number; title?: string }>();
  /** Posts Slack would refuse as invalid_blocks, with what is wrong in each. */
  readonly refused: { method: string; problem: string }[] = [];
  /** Answer every call with 503 while true: Slack is down. */
  down = false;
  /** Milliseconds to wait before answering. */
  delayMs = 0;
  /** While set, every call is taken (recorded, posted) but answered only once it resolves. */
  held: Promise<void> | null = null;
  private server: Server | undefined;
  private seq = 0;

  /** A response_url on this server, as Slack puts in commands and interactions. */
  responseUrl(name = "r"): string {
    return `${this.url.replace(/\/api$/, "")}/respond/${name}`;
  }

  /** What listeners answered through response URLs. */
  responses(): SlackCall[] {
    return this.calls.filter((c) => c.method.startsWith("response_url:"));
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error("the fake Slack server is not running");
    return `http://127.0.0.1:${address.port}/api`;
  }

  posts(method = "chat.postMessage"): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.answer(req).then(({ status, headers, body, drop }) => {
        if (drop) {
          res.socket?.destroy();
          return;
        }
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private async answer(req: IncomingMessage): Promise<{
    status: number;
    headers: Record<string, string>;
    body: unknown;
    drop?: boolean;
  }> {
    const bytes = await new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => resolve(Buffer.concat(chunks)));
    });
    if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
    const path = (req.url ?? "").split("?")[0] ?? "";
    const upload = /^\/upload\/(F\w+)$/.exec(path)?.[1];
    // Web API methods live under /api/; anything else is a response_url a listener answered.
    const method = path.startsWith("/api/")
      ? path.slice("/api/".length)
      : upload
        ? "upload"
        : `response_url:${path}`;
    if (this.down)
      return { status: 503, headers: {}, body: { ok: false, error: "service_unavailable" } };
    const at = this.faults.findIndex((f) => f.method === undefined || f.method === method);
    const fault = at < 0 ? undefined : this.faults.splice(at, 1)[0];
    const answered = await this.take(req, method, upload, bytes, fault);
    await this.held;
    // Taken, and then the answer is lost: the caller cannot know what happened.
    if (fault && "drop" in fault) return { status: 0, headers: {}, body: null, drop: true };
    if (fault && "taken" in fault && "status" in fault)
      return { status: fault.status, headers: {}, body: { ok: false, error: "internal_error" } };
    return answered;
  }

  /** Does what a call asks, unless a fault stops it first. */
  private async take(
    req: IncomingMessage,
    method: string,
    upload: string | undefined,
    bytes: Buffer,
    fault: SlackFault | undefined,
  ): Promise<{ status: number; headers: Record<string, string>; body: unknown }> {
    const raw = bytes.toString("utf8");
    if (fault && "status" in fault && fault.status === 429) {
      return {
        status: 429,
        headers: { "retry-after": String(fault.retryAfter) },
        body: { ok: false, error: "ratelimited" },
      };
    }
    if (fault && "status" in fault && !("taken" in fault))
      return { status: fault.status, headers: {}, body: { ok: false, error: "internal_error" } };
    if (fault && "error" in fault)
      return { status: 200, headers: {}, body: { ok: false, error: fault.error } };
    if (upload) {
      // A file's bytes, sent to the upload_url files.getUploadURLExternal gave out.
      const file = await uploadedFile(bytes, req.headers["content-type"] ?? "");
      this.uploads.set(upload, file);
      this.calls.push({
        method: `upload:${upload}`,
        token: undefined,
        args: { length: file.length },
        at: performance.now(),
      });
      return { status: 200, headers: {}, body: `OK - ${file.length}` };
    }
    const args = parseArgs(raw, req.headers["content-type"] ?? "");
    const invalid = args.blocks === undefined ? null : blockKitProblem(args.blocks);
    if (invalid) {
      this.refused.push({ method, problem: invalid });
      return { status: 200, headers: {}, body: { ok: false, error: "invalid_blocks" } };
    }
    const token =
      (req.headers.authorization ?? "").replace(/^Bearer\s+/i, "") ||
      (args.token as string | undefined);
    this.calls.push({ method, token, args, at: performance.now() });
    const channel = String(args.channel ?? "C0000000000");
    this.seq += 1;
    const ts = `${1_800_000_000 + this.seq}.${String(this.seq).padStart(6, "0")}`;
    switch (method) {
      case "chat.postMessage":
        this.messages.push({
          channel,
          ts,
          text: args.text,
          ...(args.thread_ts ? { thread_ts: String(args.thread_ts) } : {}),
          ...(args.metadata ? { metadata: args.metadata } : {}),
        });
        return {
          status: 200,
          headers: {},
          body: { ok: true, channel, ts, message: { ts, text: args.text } },
        };
      case "users.list":
        return {
          status: 200,
          headers: {},
          body: { ok: true, members: this.users, response_metadata: { next_cursor: "" } },
        };
      case "conversations.history":
      case "conversations.replies": {
        // Newest first, from `oldest` on; metadata only when asked for, as Slack does.
        const oldest = Number(args.oldest ?? 0);
        const thread = method === "conversations.replies" ? String(args.ts) : undefined;
        const found = this.messages
          .filter(
            (m) =>
              m.channel === channel &&
              Number(m.ts) >= oldest &&
              (thread ? m.thread_ts === thread || m.ts === thread : !m.thread_ts),
          )
          .reverse()
          .map(({ ts: at, text, metadata }) => ({
            type: "message",
            ts: at,
            text,
            ...(args.include_all_metadata && metadata ? { metadata } : {}),
          }));
        return { status: 200, headers: {}, body: { ok: true, messages: found, has_more: false } };
      }
      case "chat.update":
        return {
          status: 200,
          headers: {},
          body: { ok: true, channel, ts: args.ts, text: args.text },
        };
      case "files.getUploadURLExternal": {
        // Both are required (https://docs.slack.dev/reference/methods/files.getUploadURLExternal).
        if (!args.filename || !Number(args.length)) {
          return { status: 200, headers: {}, body: { ok: false, error: "invalid_arguments" } };
        }
        const fileId = `F${String(this.seq).padStart(8, "0")}`;
        this.files.set(fileId, { name: String(args.filename), length: Number(args.length) });
        return {
          status: 200,
          headers: {},
          body: {
            ok: true,
            upload_url: `${this.url.replace(/\/api$/, "")}/upload/${fileId}`,
            file_id: fileId,
          },
        };
      }
      case "files.completeUploadExternal": {
        const files = (args.files as { id: string; title?: string }[] | undefined) ?? [];
        if (files.length === 0 || files.some((f) => !this.uploads.has(f.id))) {
          return { status: 200, headers: {}, body: { ok: false, error: "file_not_found" } };
        }
        // Each completion shares the files where it says, as often as it is asked to.
        const channelId = args.channel_id ? String(args.channel_id) : null;
        for (const f of files) {
          const known = this.files.get(f.id);
          if (known) known.title = f.title ?? known.name;
          if (channelId) {
            this.shares.push({
              file: f.id,
              channel: channelId,
              ts,
              ...(args.thread_ts ? { threadTs: String(args.thread_ts) } : {}),
            });
          }
        }
        return {
          status: 200,
          headers: {},
          body: { ok: true, files: files.map((f) => this.fileObject(f.id)) },
        };
      }
      case "files.info": {
        const id = String(args.file ?? "");
        if (!this.files.has(id)) {
          return { status: 200, headers: {}, body: { ok: false, error: "file_not_found" } };
        }
        return { status: 200, headers: {}, body: { ok: true, file: this.fileObject(id) } };
      }
      case "chat.postEphemeral":
        return { status: 200, headers: {}, body: { ok: true, message_ts: ts } };
      case "views.open":
      case "views.update":
      case "views.push":
        return { status: 200, headers: {}, body: { ok: true, view: { id: `V${this.seq}` } } };
      default:
        return { status: 200, headers: {}, body: { ok: true } };
    }
  }

  /**
   * A file object (https://docs.slack.dev/reference/objects/file-object): where it is shared,
   * by channel, public (C…) or private (G…), each share with its thread when in one.
   */
  private fileObject(id: string): object {
    const file = this.files.get(id);
    const shares: Record<"public" | "private", Record<string, object[]>> = {
      public: {},
      private: {},
    };
    for (const share of this.shares.filter((s) => s.file === id)) {
      const kind = share.channel.startsWith("G") ? "private" : "public";
      shares[kind][share.channel] ??= [];
      shares[kind][share.channel]?.push({
        ts: share.ts,
        ...(share.threadTs ? { thread_ts: share.threadTs } : {}),
        reply_count: 0,
      });
    }
    return {
      id,
      name: file?.name,
      title: file?.title ?? file?.name,
      size: file?.length,
      channels: Object.keys(shares.public),
      groups: Object.keys(shares.private),
      ims: [],
      shares,
    };
  }
}

/**
 * What Slack would refuse in a message's blocks, or null: the limits of
 * https://api.slack.com/reference/block-kit/blocks that messages here can reach.
 */
function blockKitProblem(blocks: unknown): string | null {
  if (!Array.isArray(blocks)) return "blocks is not an array";
  if (blocks.length > 50) return `${blocks.length} blocks (at most 50)`;
  const over = (where: string, object: unknown, max: number) => {
    const text = (object as { text?: unknown } | undefined)?.text;
    return typeof text === "string" && text.length > max
      ? `${where}: ${text.length} characters (at most ${max})`
      : null;
  };
  for (const [i, block] of blocks.entries()) {
    const b = block as { type?: string; text?: unknown; fields?: unknown[]; elements?: unknown[] };
    const problem =
      b.type === "header"
        ? over(`blocks[${i}].text`, b.text, 150)
        : b.type === "section"
          ? (over(`blocks[${i}].text`, b.text, 3000) ??
            ((b.fields?.length ?? 0) > 10 ? `blocks[${i}].fields: more than 10` : null) ??
            (b.fields ?? [])
              .map((f, j) => over(`blocks[${i}].fields[${j}]`, f, 2000))
              .find(Boolean) ??
            null)
          : b.type === "context"
            ? (b.elements?.length ?? 0) > 10
              ? `blocks[${i}].elements: more than 10`
              : ((b.elements ?? [])
                  .map((e, j) => over(`blocks[${i}].elements[${j}]`, e, 3000))
                  .find(Boolean) ?? null)
            : b.type === "actions"
              ? ((b.elements ?? [])
                  .map((e, j) => {
                    const button = e as { text?: unknown; value?: unknown };
                    return (
                      over(`blocks[${i}].elements[${j}].text`, button.text, 75) ??
                      (typeof button.value === "string" && button.value.length > 2000
                        ? `blocks[${i}].elements[${j}].value: over 2000 characters`
                        : null)
                    );
                  })
                  .find(Boolean) ?? null)
              : null;
    if (problem) return problem;
  }
  return null;
}

/** An uploaded file's bytes: the raw body, or the file part of a multipart form. */
async function uploadedFile(body: Buffer, contentType: string): Promise<Uint8Array> {
  if (!contentType.startsWith("multipart/form-data")) return new Uint8Array(body);
  const form = await new Request("http://fake/upload", {
    method: "POST",
    headers: { "content-type": contentType },
    body: new Uint8Array(body),
  }).formData();
  for (const value of form.values()) {
    if (value instanceof Blob) return new Uint8Array(await value.arrayBuffer());
  }
  return new Uint8Array();
}

function parseArgs(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes("application/json"))
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The client sends nested arguments (blocks, view) as JSON strings in a form body.
    args[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return args;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
