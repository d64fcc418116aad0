import { Buffer } from "node:buffer";
import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import webhooks from "twilio/lib/webhooks/webhooks.js";

/** What the Twilio webhook middleware hands to the voice steps. */
export interface TwilioRequest {
  params: Record<string, string>;
  /** Same for a retried delivery of the same webhook, different for any other request. */
  requestKey: string;
}

declare module "hono" {
  interface ContextVariableMap {
    twilio: TwilioRequest;
  }
}

const FORM = "application/x-www-form-urlencoded";

/** The path and query of an absolute URL, as they were sent. */
function pathAndQuery(url: string): string {
  const path = url.indexOf("/", url.indexOf("://") + 3);
  return path === -1 ? "/" : url.slice(path);
}

/**
 * The fields of a form body (application/x-www-form-urlencoded), as URLSearchParams reads them,
 * the last of a repeated name winning. Read here directly, which takes a third less time than
 * URLSearchParams on every webhook, when every escape is well formed, as in any body Twilio sends;
 * a body with a malformed one is left to URLSearchParams, which keeps such escapes as they are.
 */
export function formParams(body: string): Record<string, string> {
  try {
    const params: Record<string, string> = {};
    let at = 0;
    while (at < body.length) {
      let end = body.indexOf("&", at);
      if (end === -1) end = body.length;
      if (end > at) {
        const eq = body.indexOf("=", at);
        if (eq === -1 || eq > end) params[formDecode(body.slice(at, end))] = "";
        else params[formDecode(body.slice(at, eq))] = formDecode(body.slice(eq + 1, end));
      }
      at = end + 1;
    }
    return params;
  } catch {
    const params: Record<string, string> = {};
    for (const [name, value] of new URLSearchParams(body)) params[name] = value;
    return params;
  }
}

/** One name or value of a form body; throws on a malformed escape. */
function formDecode(text: string): string {
  const spaced = text.includes("+") ? text.replaceAll("+", " ") : text;
  return spaced.includes("%") ? decodeURIComponent(spaced) : spaced;
}

/**
 * The URL exactly as configured is what Twilio signs, so that is checked first, with one HMAC;
 * the SDK's check then tries the forms a proxy may have changed it to (port, escaping). Compared
 * with node:crypto's timingSafeEqual (Workers have it too), as the SDK compares: hono's
 * asynchronous timingSafeEqual costs about 57 µs, most of a webhook (docs/decisions).
 */
function signedByTwilio(
  authToken: string,
  signature: string,
  url: string,
  params: Record<string, string>,
): boolean {
  const expected = webhooks.getExpectedTwilioSignature(authToken, url, params);
  const sent = Buffer.from(signature);
  const ours = Buffer.from(expected);
  if (sent.length === ours.length && timingSafeEqual(sent, ours)) return true;
  return webhooks.validateRequest(authToken, signature, url, params);
}

/**
 * Verifies `X-Twilio-Signature` over the public URL Twilio called (PUBLIC_BASE_URL + path +
 * query) and the form parameters. Unsigned or wrongly signed: 403 before anything is read
 * further or written. A body that is not Twilio's form: 400.
 */
export function twilioWebhook(options: {
  authToken: string;
  publicBaseUrl: string;
}): MiddlewareHandler {
  return async function twilioWebhookMiddleware(c, next) {
    const publicUrl = options.publicBaseUrl + pathAndQuery(c.req.url);
    const isForm = (c.req.header("content-type") ?? "").toLowerCase().startsWith(FORM);
    const params = formParams(isForm ? await c.req.text() : "");

    const signature = c.req.header("x-twilio-signature");
    if (!signature || !signedByTwilio(options.authToken, signature, publicUrl, params)) {
      return c.text("Forbidden: invalid Twilio signature", 403);
    }
    if (!isForm || !/^CA[0-9a-fA-F]{32}$/.test(params.CallSid ?? "")) {
      return c.text("Bad Request: expected Twilio's form parameters with a CallSid", 400);
    }
    // Twilio's signature covers the URL and every parameter: the same for a retried delivery,
    // different for any other request, so it serves as the request's key.
    c.set("twilio", { params, requestKey: signature });
    await next();
  };
}
