import type { Organisation } from "../directory.ts";

/** How an organisation's wake-up calls are rung, retried and escalated, with the defaults filled in. */
export interface WakeUpSettings {
  /** Whose Slack channel hears of a wake-up nobody answered, and whose staff may act on it. */
  department: string;
  /** Rings before the front desk is told (the first ring included). */
  attempts: number;
  /** Minutes from one ring's start to the next's. */
  intervalMinutes: number;
  /** Minutes a guest who presses 2 sleeps on. */
  snoozeMinutes: number;
  /** How many times one wake-up may be snoozed. */
  snoozes: number;
  /** How long each ring lasts before it counts as not answered. */
  ringSeconds: number;
}

/** The defaults: three rings five minutes apart, ten-minute snoozes, twice at most. */
export const WAKE_UP_DEFAULTS = {
  attempts: 3,
  intervalMinutes: 5,
  snoozeMinutes: 10,
  snoozes: 2,
  ringSeconds: 45,
} as const;

export function wakeUpSettings(org: Organisation): WakeUpSettings {
  const set = org.wakeUp ?? {};
  return {
    department: set.department ?? org.operatorDepartment,
    attempts: set.attempts ?? WAKE_UP_DEFAULTS.attempts,
    intervalMinutes: set.intervalMinutes ?? WAKE_UP_DEFAULTS.intervalMinutes,
    snoozeMinutes: set.snoozeMinutes ?? WAKE_UP_DEFAULTS.snoozeMinutes,
    snoozes: set.snoozes ?? WAKE_UP_DEFAULTS.snoozes,
    ringSeconds: set.ringSeconds ?? WAKE_UP_DEFAULTS.ringSeconds,
  };
}
