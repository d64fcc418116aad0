import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config.ts";
import { callCommand, StartError, start } from "../../src/entry/node.ts";
import { prismaOf } from "../../src/store/db.ts";
import {
  AUTH_TOKEN,
  callParams,
  newCallSid,
  PUBLIC_BASE_URL,
  signedRequest,
} from "../support/harness.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "switchboard-node-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const env = () => ({
  PORT: "0",
  DATABASE_URL: `file:${join(dir, "data", "switchboard.db")}`,
  TWILIO_AUTH_TOKEN: "node-entry-token",
  ADMIN_TOKEN: "node-entry-admin-token",
  LOG_LEVEL: "error",
  BACKUP_DIR: join(dir, "backups"),
});

describe("the Node entry", () => {
  it("creates the database, applies migrations and loads the demo directory on first start only", async () => {
    const first = await start(env());
    try {
      const health = await fetch(`http://127.0.0.1:${first.port}/healthz`);
      expect(await health.json()).toEqual({ ok: true });
      const calls = await fetch(`http://127.0.0.1:${first.port}/api/calls`, {
        headers: { authorization: "Bearer node-entry-admin-token" },
      });
      expect(calls.status).toBe(200);
      expect(await prismaOf(first.db).department.count()).toBe(12);
      await prismaOf(first.db).organisation.updateMany({ data: { nameEn: "Renamed by an admin" } });
    } finally {
      await first.stop();
    }

    // The jobs' first tick ran at start: the nightly backup, never taken before, is there.
    expect(readdirSync(join(dir, "backups")).filter((f) => f.endsWith(".db"))).toHaveLength(1);

    const second = await start(env());
    try {
      // A directory already in the database is never overwritten by the file at start.
      expect((await prismaOf(second.db).organisation.findFirstOrThrow()).nameEn).toBe(
        "Renamed by an admin",
      );
    } finally {
      await second.stop();
    }

    const sqlite = new Database(join(dir, "data", "switchboard.db"), { readonly: true });
    const applied = sqlite.prepare("SELECT name FROM d1_migrations ORDER BY id").all();
    sqlite.close();
    const files = readdirSync("migrations")
      .filter((f) => /^\d{4}_.*\.sql$/.test(f))
      .sort();
    expect(files.length).toBeGreaterThan(1);
    expect(applied).toEqual(files.map((name) => ({ name })));
  });

  it("answers a signed webhook over HTTP with TwiML, its type and the step's time", async () => {
    const server = await start({
      ...env(),
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      PUBLIC_BASE_URL: PUBLIC_BASE_URL,
    });
    try {
      const url = `http://127.0.0.1:${server.port}/voice/incoming`;
      const res = await fetch(url, signedRequest("/voice/incoming", callParams(newCallSid())));
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/xml; charset=utf-8");
      expect(res.headers.get("server-timing")).toMatch(/^step;dur=\d+\.\d$/);
      const body = await res.text();
      expect(res.headers.get("content-length")).toBe(String(Buffer.byteLength(body)));
      expect(body).toContain("您好，欢迎致电湖畔酒店");
    } finally {
      await server.stop();
    }
  });

  it("tells a newcomer how to ring it with the simulator, whatever port it is on", () => {
    expect(callCommand("http://localhost:3000", 3000)).toBe("npm run call");
    expect(callCommand("http://localhost:3917", 3917)).toBe(
      "npm run call -- --url http://localhost:3917",
    );
    expect(callCommand("https://abc.ngrok.app", 3000)).toBe(
      "npm run call -- --url http://localhost:3000 --public-url https://abc.ngrok.app",
    );
  });

  // Spawns the server as `npm start` does: loading the app through tsx takes seconds, more under
  // load, so this test has its own timeout.
  it("says plainly when its port is taken, before it touches a database", async () => {
    const taken = createServer();
    await new Promise<void>((listening) => taken.listen(0, listening));
    const address = taken.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      const starting = start({ ...env(), PORT: String(port) });
      await expect(starting).rejects.toThrow(StartError);
      await expect(starting).rejects.toThrow(`Port ${port} is already in use`);
      // As `npm start` runs it: the message, and a failing exit code.
      const cli = await promisify(execFile)(
        process.execPath,
        ["--import", "tsx", "src/entry/node.ts"],
        { env: { ...process.env, ...env(), PORT: String(port) } },
      ).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      expect(cli?.code).toBe(1);
      expect(cli?.stderr).toContain(`Port ${port} is already in use`);
      // Whoever holds the port may be another Switchboard on this file: nothing was migrated.
      expect(existsSync(join(dir, "data"))).toBe(false);
    } finally {
      await new Promise((closed) => taken.close(closed));
    }
  }, 120_000);

  it("refuses to start naming every bad variable, the backup's as well as the server's", async () => {
    const starting = start({ ...env(), PORT: "eighty", BACKUP_KEEP: "0" });
    await expect(starting).rejects.toThrow(ConfigError);
    const { problems } = (await starting.catch((error: unknown) => error)) as ConfigError;
    expect(problems).toEqual([
      expect.stringMatching(/^PORT: /),
      expect.stringMatching(/^BACKUP_KEEP: /),
    ]);
  });

  it("refuses to start in production without its secrets", async () => {
    await expect(
      start({ ...env(), NODE_ENV: "production", TWILIO_AUTH_TOKEN: "" }),
    ).rejects.toThrow(ConfigError);
    await expect(
      start({ ...env(), NODE_ENV: "production", TWILIO_AUTH_TOKEN: "" }),
    ).rejects.toThrow(/TWILIO_AUTH_TOKEN: is required when NODE_ENV=production/);
  });
});
