import {
  type CallResult,
  type CallScript,
  PhoneSimulator,
  scriptedCaller,
} from "../../scripts/lib/phone.ts";
import { AUTH_TOKEN, type Harness, PUBLIC_BASE_URL } from "./harness.ts";

/** A whole scripted call through the harness's HTTP app, signed as Twilio would sign it. */
export function callThrough(h: Harness, script: CallScript, from?: string): Promise<CallResult> {
  const phone = new PhoneSimulator({
    baseUrl: PUBLIC_BASE_URL,
    authToken: AUTH_TOKEN,
    from,
    fetch: async (url, init) => h.app.request(url, init),
  });
  return phone.call(scriptedCaller(script));
}
