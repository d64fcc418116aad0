import { toFile } from "openai/uploads";
import type { Language } from "../rules/directory.ts";
import { openaiClient } from "./assistant.ts";

/**
 * A message's recording as text, through the OpenAI-compatible audio API (OPENAI_BASE_URL), for
 * when Twilio's own transcription gives nothing: it does not take Mandarin. `prompt` is the words
 * to expect (transcriptionPrompt: names from the directory, redacted like everything else).
 */
export type Transcribe = (audio: Uint8Array, language: Language, prompt: string) => Promise<string>;

export interface TranscriberOptions {
  apiKey: string;
  baseUrl: string;
  model: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

export function createTranscriber(options: TranscriberOptions): Transcribe {
  const client = openaiClient(options);
  return async (audio, language, prompt) => {
    const file = await toFile(audio, "message.mp3", { type: "audio/mpeg" });
    const result = await client.audio.transcriptions.create({
      file,
      model: options.model,
      language,
      prompt,
      response_format: "json",
    });
    return result.text.trim();
  };
}
