import type { Logger } from "../log.ts";
import type { Language } from "../rules/directory.ts";
import { spokenLanguage } from "../rules/knowledge.ts";
import { firstSentence, type Urgency, urgencyOf } from "../rules/summary.ts";
import type { Assistant } from "./assistant.ts";

/** A message in one line with its urgency: the model's when it answers in time, else the rules'. */
export async function summariseMessage(
  text: string,
  language: Language,
  assistant: Assistant | null | undefined,
  log: Logger,
): Promise<{ summary: string | null; urgency: Urgency }> {
  const byRules = { summary: firstSentence(text), urgency: urgencyOf(text) };
  if (!assistant) return byRules;
  const consulted = await assistant.summarise(text, spokenLanguage(text) ?? language);
  log.info("language model summarised", {
    model: assistant.model,
    status: consulted.status,
    ms: consulted.ms,
  });
  return consulted.status === "answered" ? consulted.value : byRules;
}
