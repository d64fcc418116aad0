/** One logger: JSON lines on the console, which both Node and Workers collect. */
export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function createLogger(
  level: LogLevel = "info",
  base: LogFields = {},
  write: (line: string) => void = (line) => console.log(line),
): Logger {
  return new JsonLogger(RANK[level], base, write);
}

// A class, not closures: a child logger per webhook is one small object, holding its own fields
// as given; they are merged with its parent's only when a line is written.
class JsonLogger implements Logger {
  constructor(
    private readonly rank: number,
    private readonly base: LogFields,
    private readonly write: (line: string) => void,
    private readonly own: LogFields = {},
  ) {}

  debug(msg: string, fields?: LogFields) {
    this.emit("debug", msg, fields);
  }
  info(msg: string, fields?: LogFields) {
    this.emit("info", msg, fields);
  }
  warn(msg: string, fields?: LogFields) {
    this.emit("warn", msg, fields);
  }
  error(msg: string, fields?: LogFields) {
    this.emit("error", msg, fields);
  }
  child(fields: LogFields): Logger {
    // A grandchild takes its parent's fields into its base: the chain stays two objects deep.
    const base = Object.keys(this.own).length === 0 ? this.base : { ...this.base, ...this.own };
    return new JsonLogger(this.rank, base, this.write, fields);
  }

  private emit(at: LogLevel, msg: string, fields?: LogFields) {
    if (RANK[at] < this.rank) return;
    this.write(
      JSON.stringify(
        { time: new Date().toISOString(), level: at, msg, ...this.base, ...this.own, ...fields },
        errorJson,
      ),
    );
  }
}

function errorJson(_key: string, value: unknown): unknown {
  if (value instanceof Error)
    return { name: value.name, message: value.message, stack: value.stack };
  return value;
}
