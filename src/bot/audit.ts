// The audit log is written by the store, so the IVR and the jobs write the same entries as Slack.
export { audit } from "../store/audit.ts";
