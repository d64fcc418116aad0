import { readFileSync } from "node:fs";
import { expect } from "vitest";
import type { CallResult } from "../../scripts/lib/phone.ts";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import { DEMO_DIRECTORY } from "./harness.ts";

/** The demo directory, as the tests' source of what may be dialled and what must stay private. */
export const demoDirectory = parseDirectoryFile(
  readFileSync(DEMO_DIRECTORY, "utf8"),
  DEMO_DIRECTORY,
);

/** Every number the IVR may dial: department numbers, staff desks and the PBX. */
export const DIRECTORY_NUMBERS = new Set([
  ...demoDirectory.departments.flatMap((d) => d.numbers),
  ...demoDirectory.staff.map((s) => s.desk),
  demoDirectory.organisation.pbxNumber,
]);

/** Guests' rooms and staff mobiles (also without +86): never to be spoken. */
export const ROOMS = demoDirectory.guests.map((g) => g.room);
export const MOBILES = demoDirectory.staff.flatMap((s) =>
  s.mobile ? [s.mobile, s.mobile.slice(3)] : [],
);

/** Whatever happened on a call: only directory numbers were dialled and none of `secrets` was said. */
export function expectNothingUnsafe(
  result: CallResult,
  secrets: readonly string[] = [...ROOMS, ...MOBILES],
): void {
  for (const d of result.dialled) expect(DIRECTORY_NUMBERS.has(d.number), d.number).toBe(true);
  const spoken = [...result.heard, ...result.staffHeard].join("\n").replace(/\s/g, "");
  for (const secret of secrets) expect(spoken).not.toContain(secret);
}
