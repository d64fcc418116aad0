import { parse as parseYaml } from "yaml";
import { type Directory, directorySchema } from "./rules/directory.ts";

export class DirectoryFileError extends Error {
  readonly code = "DIRECTORY_INVALID";
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: the directory is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "DirectoryFileError";
  }
}

/** Parses and validates a directory file (YAML, of which JSON is a subset). */
export function parseDirectoryFile(text: string, file: string): Directory {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new DirectoryFileError(file, [`not valid YAML or JSON: ${(error as Error).message}`]);
  }
  const result = directorySchema.safeParse(raw);
  if (!result.success) {
    throw new DirectoryFileError(
      file,
      result.error.issues.map(
        (issue) => `${formatPath(issue.path)}: ${issue.message}${commaHint(raw, issue)}`,
      ),
    );
  }
  return result.data;
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(top level)";
  return path
    .map((part, i) =>
      typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`,
    )
    .join("");
}

/**
 * In YAML's `{ … }`, a comma ends a value: `en: Japan, Korea and Domestic Sales` is the name
 * "Japan" and a key "Korea and Domestic Sales" with no value. Said plainly, with the fix.
 */
function commaHint(raw: unknown, issue: { code: string; path: PropertyKey[] }): string {
  if (issue.code !== "unrecognized_keys") return "";
  let at: unknown = raw;
  for (const part of issue.path) at = (at as Record<PropertyKey, unknown> | null)?.[part];
  if (typeof at !== "object" || at === null) return "";
  const entries = Object.entries(at);
  const first = entries.findIndex(([, value]) => value === null);
  const before = entries[first - 1];
  if (first < 1 || !before || typeof before[1] !== "string") return "";
  const rest = entries.slice(first).filter(([, value]) => value === null);
  const whole = [before[1], ...rest.map(([k]) => k)].join(", ");
  return ` (a value with a comma inside { } must be quoted: ${before[0]}: "${whole}")`;
}
