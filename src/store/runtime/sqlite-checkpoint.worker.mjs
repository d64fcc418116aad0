// Checkpoints a SQLite file's write-ahead log on its own thread, so copying pages back into the
// database and syncing it never holds up the event loop that answers calls.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

/** @type {{ path: string; intervalMs: number; maxLogPages: number }} */
const { path, intervalMs, maxLogPages } = workerData;
const db = new Database(path, { timeout: 5000 });
db.pragma("synchronous = NORMAL");
db.pragma("wal_autocheckpoint = 0");

// PASSIVE never waits for readers or writers: it copies what it can. While it is behind it goes
// again at once, so it catches up between two commits: SQLite only starts the log afresh, instead
// of letting it grow, once everything in it has been copied back. When a long read holds it back
// and nothing moves, it waits.
/** @type {ReturnType<typeof setTimeout> | undefined} */
let timer;
let stopped = false;
let copied = -1;
function checkpoint() {
  if (stopped) return;
  let behind = false;
  try {
    const [result] = db.pragma("wal_checkpoint(PASSIVE)");
    behind = result.log > result.checkpointed && result.checkpointed !== copied;
    copied = result.checkpointed;
    // Writes faster than it can copy: hold them back once, briefly, so the log starts afresh
    // instead of growing without end.
    if (result.log > maxLogPages) db.pragma("wal_checkpoint(RESTART)");
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
  timer = behind ? setImmediate(checkpoint) : setTimeout(checkpoint, intervalMs);
}
checkpoint();

parentPort?.on("message", (message) => {
  if (message !== "stop") return;
  stopped = true;
  clearTimeout(timer);
  clearImmediate(timer);
  db.close();
  parentPort?.close();
});
