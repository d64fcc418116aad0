/**
 * Where Twilio reports how a leg of an outbound call ended (`/voice/outbound/status`), the URL
 * its signatures are checked against: `call` for a call that rings its party directly, `desk`
 * and `dialled` for the two legs of a bridged call.
 */
export function outboundStatusUrl(publicBaseUrl: string, leg: "call" | "desk" | "dialled"): string {
  return `${publicBaseUrl.replace(/\/+$/, "")}/voice/outbound/status?${new URLSearchParams({ leg })}`;
}
