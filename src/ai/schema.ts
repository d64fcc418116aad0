import { z } from "zod";
import { type Directory, LANGUAGES } from "../rules/directory.ts";

/**
 * What a language model may say back, and nothing else: checked with zod before it is believed.
 * It chooses among keys; the one free text it writes, a message's summary, is shown to staff as
 * machine-written and never spoken.
 */

export const INTENTS = [
  "department",
  "person",
  "guest",
  "emergency",
  "complaint",
  "faq",
  "operator",
  "unknown",
] as const;
export type ModelIntent = (typeof INTENTS)[number];

/** "No key": the model's answer when the intent names no department or person. */
export const NO_KEY = "none";

/**
 * A reply to "what does the caller want". Keys are plain strings here so that a key outside the
 * directory is read as "unknown" rather than as a broken reply. For a question, `cites` names the
 * knowledge entries that answer it: the caller hears those entries, never the model's words.
 */
export const understandingReply = z.object({
  intent: z.enum(INTENTS),
  key: z.string().max(64),
  confidence: z.number().min(0).max(1),
  language: z.enum(LANGUAGES),
  cites: z.array(z.string().max(64)).max(10),
});
export type UnderstandingReply = z.infer<typeof understandingReply>;

/** A message in one line. How urgent it is, the rules decide from what it is about. */
export const summaryReply = z.object({
  summary: z.string().min(1).max(1000),
});
export type SummaryReply = z.infer<typeof summaryReply>;

/** A JSON schema for the API's structured output: strict, every field required. */
export type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: "draft-7" }) as JsonSchema;
  return rest;
}

/** The keys a model may choose for this directory: departments and staff, never guests. */
export function routingKeys(dir: Directory): string[] {
  return [...dir.departments.map((d) => d.key), ...dir.staff.map((s) => s.key)];
}

/**
 * The structured output asked for: the key is an enum built from the directory, and the entries
 * an answer may cite are only those found for this question.
 */
export function understandingFormat(dir: Directory, citable: string[]): JsonSchema {
  let known = formats.get(dir);
  if (!known) {
    known = new Map();
    formats.set(dir, known);
  }
  const key = citable.join(",");
  let format = known.get(key);
  if (!format) {
    if (known.size >= 256) known.clear();
    format = buildFormat(dir, citable);
    known.set(key, format);
  }
  return format;
}

/** Built once per directory and set of entries: making a JSON schema costs half a millisecond. */
const formats = new WeakMap<Directory, Map<string, JsonSchema>>();

function buildFormat(dir: Directory, citable: string[]): JsonSchema {
  return jsonSchema(
    z
      .object({
        intent: z.enum(INTENTS),
        key: z.enum([...routingKeys(dir), NO_KEY]),
        confidence: z.number().min(0).max(1),
        language: z.enum(LANGUAGES),
        cites: z.array(z.enum(citable.length > 0 ? citable : [NO_KEY])),
      })
      .strict(),
  );
}

export const SUMMARY_FORMAT: JsonSchema = jsonSchema(z.object({ summary: z.string() }).strict());
