/** Slack request signing, v0: HMAC-SHA256 of `v0:{timestamp}:{body}`, with Web Crypto only. */

import { timingSafeEqual } from "hono/utils/buffer";

export const REPLAY_WINDOW_SECONDS = 5 * 60;

export type VerifyFailure = "missing-headers" | "stale" | "bad-signature";

export async function verifySlackRequest(options: {
  signingSecret: string;
  body: string;
  timestamp: string | null | undefined;
  signature: string | null | undefined;
  nowSeconds: number;
}): Promise<VerifyFailure | null> {
  const { timestamp, signature } = options;
  if (!timestamp || !signature || !/^\d+$/.test(timestamp)) return "missing-headers";
  if (Math.abs(options.nowSeconds - Number(timestamp)) > REPLAY_WINDOW_SECONDS) return "stale";
  const expected = await signSlackRequest(options.signingSecret, timestamp, options.body);
  return (await timingSafeEqual(expected, signature)) ? null : "bad-signature";
}

export async function signSlackRequest(
  signingSecret: string,
  timestamp: string,
  body: string,
): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(signingSecret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = await crypto.subtle.sign(
    "HMAC",
    key,
    new TextEncoder().encode(`v0:${timestamp}:${body}`),
  );
  return `v0=${Array.from(new Uint8Array(mac), (b) => b.toString(16).padStart(2, "0")).join("")}`;
}
