import type { Department } from "../../src/rules/directory.ts";

/** A department as a directory written from the docs has it: a name, a line of description. */
export const department = (
  key: string,
  name: { zh: string; en: string },
  description?: string,
): Department => ({
  key,
  name,
  ...(description ? { description: { zh: description, en: description } } : {}),
  numbers: ["+862155550101"],
  keywords: { zh: [], en: [] },
  dial: "sequential",
  hours: "24h",
  afterHours: "message",
});
