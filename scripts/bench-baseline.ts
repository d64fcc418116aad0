// The benchmark's yardstick: a bare Hono route that parses the same form body and answers empty TwiML.
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';

const app = new Hono();
app.post("/voice/incoming", async (c) => {
  await c.req.parseBody();
  return c.body(EMPTY_TWIML, 200, { "content-type": "text/xml" });
});

const port = Number(process.env.PORT ?? 3001);
const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port });

// The bench stops us with SIGTERM; close cleanly so the port is freed at once.
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
