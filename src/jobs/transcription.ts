import type { Assistant } from "../ai/assistant.ts";
import { transcriptionPrompt } from "../ai/prompt.ts";
import { summariseMessage } from "../ai/summarise.ts";
import type { Transcribe } from "../ai/transcribe.ts";
import type { Language } from "../rules/directory.ts";
import { commit } from "../store/db.ts";
import { loadDirectory } from "../store/directory.ts";
import {
  claimTranscription,
  doneTranscribing,
  messagesToTranscribe,
  reviseMessage,
} from "../store/messages.ts";
import { fetchRecordingAudio } from "../twilio/recordings.ts";
import type { TwilioAccount } from "../twilio/rest.ts";
import type { Job } from "./runner.ts";

// Twilio transcribes a message's recording itself when it can; for a language it does not take
// (Mandarin), or when its transcription fails or never comes, the message would reach staff as a
// recording alone. This job fetches the recording from Twilio and has the model API transcribe
// it, then the message and its Slack post are updated as for Twilio's own transcription.

/** Tries per message; each failure waits longer before the next. */
export const MAX_TRANSCRIBE_ATTEMPTS = 3;
const RETRY_MS = 2 * 60_000;
/** Messages per run: each is a download and a model call. */
const BATCH = 3;

export interface TranscriptionDeps {
  transcribe: Transcribe;
  twilio: Pick<TwilioAccount, "accountSid" | "authToken" | "apiUrl" | "fetch">;
  assistant?: Assistant | null;
}

export function messageTranscriptionJob(deps: TranscriptionDeps): Job {
  return {
    name: "message-transcription",
    everyMs: 0,
    leaseMs: 5 * 60_000,
    async run({ db, now, log }) {
      let transcribed = 0;
      let failed = 0;
      const due = await messagesToTranscribe(db, now, MAX_TRANSCRIBE_ATTEMPTS, BATCH);
      // The directory names the words to expect and what must never reach the model.
      const dir = due.length > 0 ? await loadDirectory(db) : null;
      if (!dir) return { transcribed, failed };
      for (const message of due) {
        // Claimed with a conditional update: an overlapping run skips it.
        const retryAt = new Date(now.getTime() + RETRY_MS * (message.transcribeAttempts + 1));
        const claimed = await claimTranscription(db, message, retryAt);
        if (!claimed || !message.recordingSid) continue;
        const language: Language = message.language === "en" ? "en" : "zh";
        try {
          const audio = await fetchRecordingAudio(deps.twilio, message.recordingSid);
          const text = await deps.transcribe(audio, language, transcriptionPrompt(dir, language));
          if (!text) throw new Error("the transcription came back empty");
          const revision = await summariseMessage(
            { transcription: text, transcript: message.transcript },
            language,
            dir,
            deps.assistant,
            log,
          );
          await commit(db, [
            ...reviseMessage(message, revision, `transcription:${message.recordingSid}`, now),
            doneTranscribing(message.id),
          ]);
          transcribed += 1;
        } catch (error) {
          failed += 1;
          log.warn("could not transcribe a message's recording", {
            messageId: message.id,
            attempt: message.transcribeAttempts + 1,
            error,
          });
        }
      }
      return { transcribed, failed };
    },
  };
}
