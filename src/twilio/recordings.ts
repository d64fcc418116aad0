import type { TwilioAccount } from "./rest.ts";

const RECORDING_SID = /^RE[0-9a-fA-F]{32}$/;

/**
 * A recording's audio as MP3 from Twilio's media URL, asked for with the account's credentials
 * (media may be protected by HTTP auth). The URL is built from the configured API base and the
 * recording's sid, never taken from a request.
 */
export async function fetchRecordingAudio(
  deps: Pick<TwilioAccount, "accountSid" | "authToken" | "apiUrl" | "fetch">,
  recordingSid: string,
): Promise<Uint8Array> {
  if (!RECORDING_SID.test(recordingSid)) throw new Error(`not a recording sid: ${recordingSid}`);
  const base = deps.apiUrl.replace(/\/+$/, "");
  const url = `${base}/2010-04-01/Accounts/${deps.accountSid}/Recordings/${recordingSid}.mp3`;
  const res = await (deps.fetch ?? fetch)(url, {
    headers: { authorization: `Basic ${btoa(`${deps.accountSid}:${deps.authToken}`)}` },
  });
  if (!res.ok) throw new Error(`Twilio answered ${res.status} for recording ${recordingSid}`);
  return new Uint8Array(await res.arrayBuffer());
}
