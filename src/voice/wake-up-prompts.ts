import type { Language } from "../rules/directory.ts";
import {
  type DayPart,
  dayPart,
  enTime,
  zhClock,
  zhCount,
  zhTime,
} from "../rules/wake-up/describe.ts";

/**
 * What the switchboard says about wake-up calls, in Mandarin and English: to a caller setting
 * one, and to the guest it wakes. `when` is a wake-up's day and time from `describeWakeUp`.
 * Never a room: a guest keys theirs in, and it is never read back.
 */

type Phrase<A extends unknown[] = []> = Record<Language, (...args: A) => string>;

const ZH_GREETINGS: Record<DayPart, string> = {
  small_hours: "您好",
  morning: "早上好",
  forenoon: "上午好",
  noon: "中午好",
  afternoon: "下午好",
  evening: "晚上好",
};

const EN_GREETINGS: Record<DayPart, string> = {
  small_hours: "Hello",
  morning: "Good morning",
  forenoon: "Good morning",
  noon: "Good afternoon",
  afternoon: "Good afternoon",
  evening: "Good evening",
};

/** "tomorrow, December 6th…" at the start of a sentence. */
const opening = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A sentence's end, once: "at 6:30 a.m." ends one already. */
const ended = (text: string) => (text.endsWith(".") ? text : `${text}.`);

export const sayWakeUp = {
  askTime: {
    zh: () => "好的，请问您需要几点叫醒？例如“明天早上七点”。",
    en: () =>
      "Certainly. What time would you like your wake-up call? For example, seven a.m. tomorrow.",
  } satisfies Phrase,
  timeNotHeard: {
    zh: () => "抱歉，我没有听清时间。请说您要叫醒的时间，例如“早上七点”或“二十分钟后”。",
    en: () =>
      "Sorry, I didn't catch the time. Please say when you'd like to be woken, for example, seven a.m., or in twenty minutes.",
  } satisfies Phrase,
  timePassed: {
    zh: (when: string) => `抱歉，${when}已经过了。请问您需要几点叫醒？`,
    en: (when: string) =>
      `Sorry, ${when} has already passed. What time would you like your wake-up call?`,
  } satisfies Phrase<[string]>,
  /** The read-back: "明天12月6日早上6点30分，对吗？" */
  readBack: {
    zh: (when: string) => `${when}，对吗？对请说“对”或按1；要改时间，请直接说新的时间，或按2。`,
    en: (when: string) =>
      `${opening(when)} — is that right? Say yes or press 1; to change it, tell me the new time, or press 2.`,
  } satisfies Phrase<[string]>,
  wakeUpSet: {
    zh: (when: string) => `好的，已为您设置${when}的叫醒电话。`,
    en: (when: string) => `Done. Your wake-up call is set for ${ended(when)}`,
  } satisfies Phrase<[string]>,
  notSet: {
    zh: () => "好的，不为您设置叫醒了。",
    en: () => "All right, no wake-up call then.",
  } satisfies Phrase,
  /** Asked when the calling room is not known from caller ID: the name first, then the room. */
  askName: {
    zh: () => "好的。为了确认您的身份，请问您的姓名是？",
    en: () => "Certainly. So I can set it for the right room, may I have your name, please?",
  } satisfies Phrase,
  askRoom: {
    zh: () => "请用电话按键输入您的房间号，以井号键结束。",
    en: () => "Please key in your room number, then press the pound key.",
  } satisfies Phrase,
  /** The one answer to a name and room that don't match, whichever was wrong: it tells nothing. */
  notVerified: {
    zh: () => "抱歉，您提供的姓名和房间号无法核实，未能设置叫醒。请联系前台为您办理。",
    en: () =>
      "I'm sorry, I couldn't verify that name and room number, so no wake-up call has been set. The front desk can help you with it.",
  } satisfies Phrase,
  /** Cancelling is the front desk's: `name` is the department a caller is put through to. */
  cancelAtDesk: {
    zh: (name: string) => `取消叫醒请由${name}为您办理，正在为您转接，请稍候。`,
    en: (name: string) =>
      `${opening(name)} can cancel your wake-up call for you. Connecting you now, one moment please.`,
  } satisfies Phrase<[string]>,
  /**
   * The wake-up call itself, at local `time` (HH:MM): "早上好，现在是6点30分，这是您的叫醒电话。
   * 确认请按1，十分钟后再叫请按2。" Without `snoozeMinutes` (none left) only 1 is offered.
   */
  greeting: {
    zh: (time: string, snoozeMinutes: number | null) => {
      const part = dayPart(time);
      const now = part === "small_hours" ? zhTime(time) : zhClock(time, "整");
      const snooze = snoozeMinutes ? `，${zhCount(snoozeMinutes)}分钟后再叫请按2` : "";
      return `${ZH_GREETINGS[part]}，现在是${now}，这是您的叫醒电话。确认请按1${snooze}。`;
    },
    en: (time: string, snoozeMinutes: number | null) => {
      const snooze = snoozeMinutes
        ? `, or press 2 to be called again in ${snoozeMinutes} minutes`
        : "";
      return `${EN_GREETINGS[dayPart(time)]}. It's ${ended(enTime(time))} This is your wake-up call. Press 1 to confirm${snooze}.`;
    },
  } satisfies Phrase<[string, number | null]>,
  awake: {
    zh: () => "好的，祝您愉快，再见。",
    en: () => "Thank you. Goodbye.",
  } satisfies Phrase,
  snoozed: {
    zh: (minutes: number) => `好的，${zhCount(minutes)}分钟后再叫您。`,
    en: (minutes: number) => `All right, I'll call you again in ${minutes} minutes.`,
  } satisfies Phrase<[number]>,
  noKey: {
    zh: () => "抱歉，没有收到您的按键。",
    en: () => "Sorry, I didn't get a key.",
  } satisfies Phrase,
} as const;
