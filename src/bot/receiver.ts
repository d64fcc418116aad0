import type { App, Receiver } from "@slack/bolt";
import type { Logger } from "../log.ts";
import { verifySlackRequest } from "./verify.ts";

/** Runs work after the response: `waitUntil` on Workers; on Node the promise simply runs on. */
export type WaitUntil = (work: Promise<unknown>) => void;

const ACK_TIMEOUT_MS = 2500;

/**
 * Bolt behind a fetch-style handler, for Hono on Node and Workers alike: verify, parse, hand
 * to Bolt, and answer as soon as the listener acks; the rest of the listener runs on.
 */
export class FetchReceiver implements Receiver {
  private app: App | undefined;

  constructor(
    private readonly options: { signingSecret: string; log: Logger; nowSeconds?: () => number },
  ) {}

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  async handle(request: Request, waitUntil: WaitUntil): Promise<Response> {
    const raw = await request.text();
    const failure = await verifySlackRequest({
      signingSecret: this.options.signingSecret,
      body: raw,
      timestamp: request.headers.get("x-slack-request-timestamp"),
      signature: request.headers.get("x-slack-signature"),
      nowSeconds: this.options.nowSeconds?.() ?? Math.floor(Date.now() / 1000),
    });
    if (failure) return json({ error: `invalid request: ${failure}` }, 401);

    const body = parseBody(raw, request.headers.get("content-type") ?? "");
    if (!body) return json({ error: "malformed body" }, 400);
    if (body.type === "url_verification") return json({ challenge: body.challenge }, 200);
    if (body.ssl_check) return new Response(null, { status: 200 });
    if (!this.app) return json({ error: "Slack app not ready" }, 503);

    let acked: (response: unknown) => void = () => {};
    const ack = new Promise<unknown>((resolve) => {
      acked = resolve;
    });
    const retry = request.headers.get("x-slack-retry-num");
    const processing = this.app
      .processEvent({
        body,
        ack: async (response?: unknown) => acked(response),
        ...(retry
          ? {
              retryNum: Number(retry),
              retryReason: request.headers.get("x-slack-retry-reason") ?? "",
            }
          : {}),
      })
      .catch((error: unknown) => this.options.log.error("slack listener failed", { error }));
    waitUntil(processing);
    const NOT_ACKED = Symbol("not acked");
    const response = await Promise.race([
      ack,
      processing.then(() => NOT_ACKED),
      new Promise((resolve) => setTimeout(() => resolve(NOT_ACKED), ACK_TIMEOUT_MS)),
    ]);
    if (response === NOT_ACKED || response === undefined || response === "")
      return new Response(null, { status: 200 });
    if (typeof response === "string")
      return new Response(response, { status: 200, headers: { "content-type": "text/plain" } });
    return json(response, 200);
  }
}

function parseBody(raw: string, contentType: string): Record<string, unknown> | null {
  try {
    if (contentType.includes("application/json")) return JSON.parse(raw) as Record<string, unknown>;
    const form = new URLSearchParams(raw);
    const payload = form.get("payload");
    if (payload !== null) return JSON.parse(payload) as Record<string, unknown>;
    return Object.fromEntries(form);
  } catch {
    return null;
  }
}

function json(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}
