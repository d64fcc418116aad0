import { afterEach, expect } from "vitest";
import { openFakes } from "./fake-openai.ts";

// Whatever a test did, nothing private reached a model: every fake OpenAI server still open has
// looked at every request it received (chat and transcription alike) for rooms, mobiles and
// guests' names in any form.
afterEach(() => {
  for (const fake of openFakes) expect(fake.takeLeaks()).toEqual([]);
});
