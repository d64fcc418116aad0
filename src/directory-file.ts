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
      result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`),
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
