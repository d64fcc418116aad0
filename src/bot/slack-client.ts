import { WebClient } from "@slack/web-api";

/**
 * The Slack Web API client, pointed at SLACK_API_URL. Retries are the outbox's job, so the
 * client itself never sleeps on a 429: it reports it and the outbox reschedules.
 */
export function createSlackClient(options: {
  token: string;
  apiUrl: string;
  fetch?: typeof fetch;
}): WebClient {
  return new WebClient(options.token, {
    slackApiUrl: `${options.apiUrl.replace(/\/+$/, "")}/`,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 10_000,
    fetch: redirectSafeFetch(options.fetch ?? fetch),
  });
}

/** workerd rejects `redirect: "error"`, which the client sends; "manual" is equivalent for an API call. */
export function redirectSafeFetch(inner: typeof fetch): typeof fetch {
  return (input, init) =>
    inner(input, init?.redirect === "error" ? { ...init, redirect: "manual" } : init);
}
