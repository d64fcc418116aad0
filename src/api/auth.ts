import type { MiddlewareHandler } from "hono";

/** `Authorization: Bearer <token>`, compared in constant time; anything else is 401. */
export function bearerAuth(token: string): MiddlewareHandler {
  const expected = new TextEncoder().encode(token);
  return async function bearerAuthMiddleware(c, next) {
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match?.[1] || !timingSafeEqual(new TextEncoder().encode(match[1].trim()), expected)) {
      return c.json({ error: "unauthorized" }, 401, {
        "www-authenticate": 'Bearer realm="switchboard"',
      });
    }
    await next();
  };
}

export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
