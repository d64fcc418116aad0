/**
 * Text with its random identifiers blanked out: Twilio SIDs (two capitals and 32 hex digits) and
 * UUIDs. Tests that check a room number never shows must not fail when one of those happens to
 * contain its digits, as `RE…1208…` sometimes does.
 */
export function withoutIds(text: string): string {
  return text
    .replace(/\b[A-Z]{2}[0-9a-f]{32}\b/g, "<sid>")
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, "<uuid>");
}
