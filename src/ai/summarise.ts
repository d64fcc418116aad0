import type { Logger } from "../log.ts";
import type { Directory, Language } from "../rules/directory.ts";
import { instructs } from "../rules/instructions.ts";
import { spokenLanguage } from "../rules/knowledge.ts";
import { forStaff, machineLine } from "../rules/staff-text.ts";
import { firstSentence, type Urgency, urgencyOf } from "../rules/summary.ts";
import type { Assistant } from "./assistant.ts";

/** What a transcription changes on a message: everything staff read of it. */
export interface MessageRevision {
  /** The caller's words, numbers and links masked. */
  transcription: string;
  /** Their first sentence, the same way. */
  summary: string | null;
  /** A model's line, cleaned, shown as machine-written; null without one. */
  machineSummary: string | null;
  /** By what the message is about, from the caller's words during the call and in it. */
  urgency: Urgency;
}

/**
 * A transcribed message as staff will read it. The model, when there is one and the message
 * does not talk to it, only adds a line marked as its own; urgency and everything else are the
 * rules' and the caller's.
 */
export async function summariseMessage(
  said: { transcription: string; transcript: string | null },
  language: Language,
  dir: Directory,
  assistant: Assistant | null | undefined,
  log: Logger,
): Promise<MessageRevision> {
  const { transcription, transcript } = said;
  const revision: MessageRevision = {
    transcription: forStaff(transcription),
    summary: firstSentence(forStaff(transcription)),
    machineSummary: null,
    urgency: urgencyOf([transcript, transcription].filter(Boolean).join(" / ")),
  };
  if (!assistant) return revision;
  if (instructs(transcription)) {
    log.info("language model skipped", { model: assistant.model, why: "instructions" });
    return revision;
  }
  const consulted = await assistant.summarise(
    transcription,
    spokenLanguage(transcription) ?? language,
    dir,
  );
  log.info("language model summarised", {
    model: assistant.model,
    status: consulted.status,
    ms: consulted.ms,
  });
  if (consulted.status !== "answered") return revision;
  return { ...revision, machineSummary: machineLine(consulted.value.summary) };
}
