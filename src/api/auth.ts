import type { MiddlewareHandler } from "hono";
import { constantTimeEqual } from "../constant-time.ts";

/** `Authorization: Bearer <token>`, compared in constant time; anything else is 401. */
export function bearerAuth(token: string): MiddlewareHandler {
  return async function bearerAuthMiddleware(c, next) {
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match?.[1] || !constantTimeEqual(match[1].trim(), token)) {
      return c.json({ error: "unauthorized" }, 401, {
        "www-authenticate": 'Bearer realm="switchboard"',
      });
    }
    await next();
  };
}
