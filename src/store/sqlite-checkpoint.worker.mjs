// Checkpoints a SQLite file's write-ahead log on its own thread, so copying pages back into the
// database and syncing it never holds up the event loop that answers calls.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

/** @type {{ path: string; intervalMs: number }} */
const { path, intervalMs } = workerData;
const db = new Database(path, { timeout: 5000 });
db.pragma("synchronous = NORMAL");
db.pragma("wal_autocheckpoint = 0");

// PASSIVE never waits for readers or writers: it copies what it can and tries again next time.
const timer = setInterval(() => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
}, intervalMs);

parentPort?.on("message", (message) => {
  if (message !== "stop") return;
  clearInterval(timer);
  db.close();
  parentPort?.close();
});
