import { OpenAI } from "openai/client";
import { APIConnectionTimeoutError, APIError } from "openai/error";
import type { z } from "zod";
import type { Directory, KnowledgeEntry, Language } from "../rules/directory.ts";
import { type Breaker, createBreaker } from "./breaker.ts";
import { type Cache, createCache } from "./cache.ts";
import { type ChatMessage, callerWords, summaryMessages, understandingMessages } from "./prompt.ts";
import {
  type JsonSchema,
  SUMMARY_FORMAT,
  type SummaryReply,
  summaryReply,
  type UnderstandingReply,
  understandingFormat,
  understandingReply,
} from "./schema.ts";

/**
 * The language model at the edge: the official SDK pointed at any OpenAI-compatible server,
 * with a hard deadline per call, no retries (a caller is waiting), a circuit breaker and a small
 * cache, both kept per app instance. Every answer is validated before anyone acts on it.
 */

export interface AssistantSettings {
  apiKey: string;
  baseUrl: string;
  model: string;
  /** The hard limit on one call, in milliseconds. */
  timeoutMs: number;
}

/** How one consultation went; anything but `answered` leaves the caller with the rules. */
export type Consulted<T> =
  | { status: "answered"; value: T; ms: number; cached: boolean }
  | { status: "timeout"; ms: number }
  | { status: "failed"; reason: string; ms: number }
  | { status: "refused"; ms: number }
  | { status: "skipped"; reason: "circuit-open"; ms: number };

export interface UnderstandingRequest {
  utterance: string;
  dir: Directory;
  language: Language;
  /** The knowledge entries found for the question: the only ones an answer may use. */
  related: KnowledgeEntry[];
}

export interface Assistant {
  readonly model: string;
  understand(request: UnderstandingRequest): Promise<Consulted<UnderstandingReply>>;
  /** A message in one line, from its words with everything private masked (see prompt.ts). */
  summarise(text: string, language: Language, dir: Directory): Promise<Consulted<SummaryReply>>;
}

export interface AssistantOptions extends AssistantSettings {
  /** The switchboard's clock, for the breaker's cool-down and the cache's age limit. */
  clock: () => Date;
  fetch?: typeof fetch;
  breaker?: Breaker;
}

/**
 * The official client on OPENAI_BASE_URL: no retries of its own (the caller decides what a
 * failure means) and a hard timeout.
 */
export function openaiClient(options: {
  apiKey: string;
  baseUrl: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}): OpenAI {
  return new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseUrl,
    maxRetries: 0,
    timeout: options.timeoutMs,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

export function createAssistant(options: AssistantOptions): Assistant {
  const client = openaiClient(options);
  const breaker = options.breaker ?? createBreaker();
  // One cache per directory: an import brings a new directory object, and with it an empty cache.
  const caches = new WeakMap<Directory, Cache<UnderstandingReply>>();
  const now = () => options.clock().getTime();

  async function complete<T>(
    name: string,
    messages: ChatMessage[],
    format: JsonSchema,
    schema: z.ZodType<T>,
  ): Promise<Consulted<T>> {
    if (!breaker.allow(now())) return { status: "skipped", reason: "circuit-open", ms: 0 };
    const started = performance.now();
    const ms = () => Math.round((performance.now() - started) * 10) / 10;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => {
        resolve("timeout");
        controller.abort();
      }, options.timeoutMs);
    });
    try {
      const request = client.chat.completions.create(
        {
          model: options.model,
          messages,
          response_format: {
            type: "json_schema",
            json_schema: { name, strict: true, schema: format },
          },
          temperature: 0,
          max_completion_tokens: 400,
        },
        { signal: controller.signal },
      );
      const outcome = await Promise.race([request, deadline]);
      if (outcome === "timeout") {
        breaker.failed(now());
        return { status: "timeout", ms: ms() };
      }
      const message = outcome.choices[0]?.message;
      if (message?.refusal) {
        breaker.succeeded();
        return { status: "refused", ms: ms() };
      }
      const parsed = schema.safeParse(parseJson(message?.content));
      if (!parsed.success) {
        breaker.failed(now());
        return { status: "failed", reason: "invalid reply", ms: ms() };
      }
      breaker.succeeded();
      return { status: "answered", value: parsed.data, ms: ms(), cached: false };
    } catch (error) {
      breaker.failed(now());
      if (error instanceof APIConnectionTimeoutError) return { status: "timeout", ms: ms() };
      const reason =
        error instanceof APIError && error.status !== undefined
          ? `HTTP ${error.status}`
          : error instanceof Error
            ? error.name
            : "error";
      return { status: "failed", reason, ms: ms() };
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    model: options.model,
    async understand({ utterance, dir, language, related }) {
      let cache = caches.get(dir);
      if (!cache) {
        cache = createCache();
        caches.set(dir, cache);
      }
      const key = [language, related.map((k) => k.key).join(","), callerWords(utterance, dir)].join(
        "\n",
      );
      const hit = cache.get(key, now());
      if (hit) return { status: "answered", value: hit, ms: 0, cached: true };
      const consulted = await complete(
        "caller_understanding",
        understandingMessages(dir, utterance, language, related),
        understandingFormat(
          dir,
          related.map((k) => k.key),
        ),
        understandingReply,
      );
      if (consulted.status === "answered") cache.set(key, consulted.value, now());
      return consulted;
    },
    async summarise(text, language, dir) {
      return complete(
        "message_summary",
        summaryMessages(text, language, dir),
        SUMMARY_FORMAT,
        summaryReply,
      );
    },
  };
}

function parseJson(content: string | null | undefined): unknown {
  if (!content) return undefined;
  try {
    return JSON.parse(content);
  } catch {
    return undefined;
  }
}
