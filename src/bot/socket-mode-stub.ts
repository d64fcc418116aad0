// Stands in for @slack/socket-mode in the worker bundle: Switchboard takes Slack's events over
// HTTP only, and the real package pulls in node:sqlite through undici, which Workers lack.

/** Never constructed: Bolt only builds it for a SocketModeReceiver, which Switchboard never uses. */
export class SocketModeClient {
  constructor() {
    throw new Error(
      "Socket Mode is not available on Workers; Switchboard takes Slack events over HTTP",
    );
  }
}
