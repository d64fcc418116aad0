import type { Department, Language, Staff } from "../rules/directory.ts";

/** Everything the switchboard says, in Mandarin and English. Never a room or private number. */

type Phrase<A extends unknown[] = []> = Record<Language, (...args: A) => string>;

/** Digits spoken one by one, so "1234" is not read as a thousand-and-something. */
export function spellDigits(digits: string): string {
  return digits.replace(/\D/g, "").split("").join(" ");
}

export function lastFour(number: string): string {
  return spellDigits(number.replace(/\D/g, "").slice(-4));
}

export const say = {
  otherLanguageHint: {
    zh: () => "For English, please press 9.",
    en: () => "中文服务请按9。",
  } satisfies Phrase,
  thisIs: {
    zh: (name: string) => `是的，这里是${name}。请问有什么可以为您服务的？`,
    en: (name: string) => `Yes, this is ${name}. How may I help you?`,
  } satisfies Phrase<[string]>,
  listening: {
    zh: () => "您好，请讲。请问您要找哪个部门或哪位？",
    en: () => "Hello, I'm listening. Which department or person do you need?",
  } satisfies Phrase,
  /** With two of the organisation's own departments as examples. */
  notHeard: {
    zh: (a: string, b: string) =>
      `抱歉，我没有听清。请说出您要找的部门或人员，例如“${a}”或“${b}”。`,
    en: (a: string, b: string) =>
      `Sorry, I didn't catch that. Please say the department or person you need, for example, ${a}, or ${b}.`,
  } satisfies Phrase<[string, string]>,
  notHeardNoExamples: {
    zh: () => "抱歉，我没有听清。请说出您要找的部门或人员。",
    en: () => "Sorry, I didn't catch that. Please say the department or person you need.",
  } satisfies Phrase,
  /** Said before the keypad menu, which then asks for a key rather than words. */
  notHeardKeypad: {
    zh: () => "抱歉，我没有听清。",
    en: () => "Sorry, I didn't catch that.",
  } satisfies Phrase,
  askAgain: {
    zh: () => "好的，请再说一遍您要找的部门或人员。",
    en: () => "All right. Please tell me again which department or person you need.",
  } satisfies Phrase,
  anythingElse: {
    zh: () => "请问还有什么可以帮您？",
    en: () => "Is there anything else I can help you with?",
  } satisfies Phrase,
  goAhead: {
    zh: () => "好的，请说。",
    en: () => "Certainly, go ahead.",
  } satisfies Phrase,
  noAnswer: {
    zh: (name: string) =>
      `抱歉，这个问题我暂时无法回答。需要为您转接${name}吗？是请说“是”或按1，不是请说“不是”或按2。`,
    en: (name: string) =>
      `I'm sorry, I don't have that information. Shall I put you through to ${name}? Say yes or press 1; say no or press 2.`,
  } satisfies Phrase<[string]>,
  tooSlow: {
    zh: () => "抱歉，让您久等了。",
    en: () => "Sorry to keep you waiting.",
  } satisfies Phrase,
  languageSwitched: {
    zh: () => "好的，我们将用中文为您服务。请问有什么可以帮您？",
    en: () => "Certainly, I'll continue in English. How may I help you?",
  } satisfies Phrase,
  /** A staff member named with their department, as a confirmation asks for them. */
  personIn: {
    zh: (person: string, dept: string) => `${dept}的${person}`,
    en: (person: string, dept: string) => `${person} in ${dept}`,
  } satisfies Phrase<[string, string]>,
  confirm: {
    zh: (name: string) => `请问您是要找${name}吗？是请说“是”或按1，不是请说“不是”或按2。`,
    en: (name: string) => `Did you want ${name}? Say yes or press 1; say no or press 2.`,
  } satisfies Phrase<[string]>,
  chooseOne: {
    zh: (a: string, b: string) => `请问您是要找${a}，还是${b}？${a}请按1，${b}请按2。`,
    en: (a: string, b: string) =>
      `Would you like ${a}, or ${b}? For ${a}, press 1. For ${b}, press 2.`,
  } satisfies Phrase<[string, string]>,
  noSuchKey: {
    zh: () => "抱歉，没有这个选项。",
    en: () => "Sorry, that key isn't one of the choices.",
  } satisfies Phrase,
  /** The keypad menu, from (name, key) pairs in key order. */
  menu: {
    zh: (items: [string, string][]) =>
      `请按键选择：${items.map(([name, key]) => `${name}请按${key}`).join("；")}。`,
    en: (items: [string, string][]) =>
      [
        "Please choose from the menu.",
        ...items.map(([name, key]) => `For ${name}, press ${key}.`),
      ].join(" "),
  } satisfies Phrase<[[string, string][]]>,
  toOperator: {
    zh: () => "正在为您转接总机人工服务，请稍候。",
    en: () => "Let me put you through to our operator. One moment, please.",
  } satisfies Phrase,
  connecting: {
    zh: (name: string) => `好的，正在为您转接${name}，请稍候。`,
    en: (name: string) => `Connecting you to ${name}. One moment, please.`,
  } satisfies Phrase<[string]>,
  connectingPerson: {
    zh: (person: string, dept: string) => `好的，正在为您转接${dept}的${person}，请稍候。`,
    en: (person: string, dept: string) =>
      `Connecting you to ${person} in ${dept}. One moment, please.`,
  } satisfies Phrase<[string, string]>,
  connectingGuest: {
    zh: (guest: string) => `好的，正在为您接通${guest}的房间，请稍候。`,
    en: (guest: string) => `Connecting you to ${guest}'s room. One moment, please.`,
  } satisfies Phrase<[string]>,
  byNameOnly: {
    zh: () => "为保护隐私，总机按姓名为您转接。请问您要找哪位？",
    en: () => "To protect privacy, I connect calls by name. Who would you like to speak to?",
  } satisfies Phrase,
  /** Asked of one staff member's private number: their desk instead. */
  deskInstead: {
    zh: (name: string) =>
      `抱歉，为保护隐私，我们不能提供员工的私人电话，但可以为您转接${name}的办公电话。需要现在为您转接吗？是请说“是”或按1，不用请说“不用”或按2。`,
    en: (name: string) =>
      `I'm sorry, to protect privacy I can't give out staff members' private numbers, but I can put you through to ${name}'s desk. Shall I connect you now? Say yes or press 1; say no or press 2.`,
  } satisfies Phrase<[string]>,
  /**
   * Asked of a guest's room number (a guest who is not hidden): their room instead. The guest is
   * not named: the caller hears no more of them than the caller said.
   */
  roomInstead: {
    zh: () =>
      "抱歉，为保护住客隐私，我们不能提供房间号，但可以为您接通这位住客的房间。需要现在为您接通吗？是请说“是”或按1，不用请说“不用”或按2。",
    en: () =>
      "I'm sorry, to protect our guests' privacy I can't give out room numbers, but I can put you through to their room. Shall I connect you now? Say yes or press 1; say no or press 2.",
  } satisfies Phrase,
  guestPrivacy: {
    zh: () =>
      "抱歉，为保护住客隐私，我们不能确认住客信息，也不能提供房间号。我们可以为您留言转交。",
    en: () =>
      "I'm sorry, to protect our guests' privacy I can't confirm whether someone is staying with us or give out room numbers. I can take a message and pass it on.",
  } satisfies Phrase,
  /** `guests`: whether the organisation has guests (a hotel) to mention. */
  privateNumber: {
    zh: (guests: boolean) =>
      `抱歉，为保护隐私，我们不能提供员工的私人电话${guests ? "或住客的房间号" : ""}。我可以为您转接或代为留言。`,
    en: (guests: boolean) =>
      `I'm sorry, to protect privacy I can't give out staff members' private numbers${guests ? " or guests' room numbers" : ""}. I can put you through or take a message.`,
  } satisfies Phrase<[boolean]>,
  outsideNumber: {
    zh: (guests: boolean) =>
      `抱歉，总机只能为您转接本机构的部门${guests ? "、员工和住客" : "和员工"}，不能拨打外部号码。请问您要找哪个部门？`,
    en: (guests: boolean) =>
      `I'm sorry, I can only connect you to our own departments${guests ? ", staff and guests" : " and staff"}, not to outside numbers. Which department do you need?`,
  } satisfies Phrase<[boolean]>,
  /** It may be an emergency: asked once, and put through at once on yes. */
  isEmergency: {
    zh: () => "请问是紧急情况吗？是请按1或说“是”。",
    en: () => "Is this an emergency? Press 1 or say yes.",
  } satisfies Phrase,
  /** A second request made in the same breath, offered once the first is done. */
  alsoAsked: {
    zh: (name: string) => `您刚才还提到了${name}的事。需要为您转接${name}吗？是请说“是”或按1。`,
    en: (name: string) =>
      `You also mentioned something for ${name}. Shall I put you through to ${name}? Say yes or press 1.`,
  } satisfies Phrase<[string]>,
  closed: {
    zh: (name: string, when: string) => `${name}现在不在营业时间，将于${when}开始服务。`,
    en: (name: string, when: string) => `${opening(name)} is closed right now and opens ${when}.`,
  } satisfies Phrase<[string, string]>,
  closedNoHours: {
    zh: (name: string) => `${name}现在不在营业时间。`,
    en: (name: string) => `${opening(name)} is closed right now.`,
  } satisfies Phrase<[string]>,
  personAway: {
    zh: (person: string) => `${person}现在不在办公时间。`,
    en: (person: string) => `${person} is out of office hours right now.`,
  } satisfies Phrase<[string]>,
  fallback: {
    zh: (name: string) => `现在为您转接${name}。`,
    en: (name: string) => `Let me put you through to ${name} instead.`,
  } satisfies Phrase<[string]>,
  offerMessage: {
    zh: () => "如需留言，请说“留言”或按1；其他事项请直接说。",
    en: () => "To leave a message, say message or press 1. Or tell me what else you need.",
  } satisfies Phrase,
  unavailable: {
    zh: (name: string) => `抱歉，${name}暂时无法接听。请您留言，我们会尽快转达。`,
    en: (name: string) =>
      `I'm sorry, ${name} can't take your call right now. Please leave a message and we'll pass it on promptly.`,
  } satisfies Phrase<[string]>,
  askName: {
    zh: () => "请问您贵姓，怎么称呼？",
    en: () => "May I have your name, please?",
  } satisfies Phrase,
  askOrganisation: {
    zh: () => "请问您是哪家公司或单位的？如果是个人来电，请说“个人”。",
    en: () =>
      "Which company or organisation are you calling from? If it's a personal call, just say personal.",
  } satisfies Phrase,
  confirmCallback: {
    zh: (last4: string) =>
      `我们将回电到您现在的来电号码，尾号${last4}。确认请按1，使用其他号码请按2。`,
    en: (last4: string) =>
      `We'll call you back on the number you're calling from, ending in ${last4}. Press 1 to confirm, or 2 to enter a different number.`,
  } satisfies Phrase<[string]>,
  enterCallback: {
    zh: () => "请输入您的回电号码，以井号键结束。",
    en: () => "Please enter your callback number, then press the pound key.",
  } satisfies Phrase,
  readBackCallback: {
    zh: (digits: string) => `您输入的号码是${digits}。确认请按1，重新输入请按2。`,
    en: (digits: string) => `You entered ${digits}. Press 1 to confirm, or 2 to enter it again.`,
  } satisfies Phrase<[string]>,
  badCallback: {
    zh: () => "抱歉，这个号码似乎不完整。",
    en: () => "Sorry, that number seems incomplete.",
  } satisfies Phrase,
  recordPrompt: {
    zh: () => "请在提示音后说出您的留言，说完请按井号键。",
    en: () => "Please leave your message after the tone, then press the pound key.",
  } satisfies Phrase,
  /** `name` is how to address the caller, or null to leave the name out; `to`, who gets it. */
  messageTaken: {
    zh: (name: string | null, to: string, last4: string) =>
      `好的，${name ? `${name}，` : ""}您的留言已记录，我们会尽快转交${to}，并回电至尾号${last4}的号码。`,
    en: (name: string | null, to: string, last4: string) =>
      `Thank you${name ? `, ${name}` : ""}. Your message has been recorded and will be passed to ${to}. We'll call you back on the number ending in ${last4}.`,
  } satisfies Phrase<[string | null, string, string]>,
  /** The survey's standard question; an organisation may word its own. */
  surveyQuestion: {
    zh: () => "请为本次服务打分，1到5分，5分最满意。",
    en: () => "Please rate this call from 1 to 5, 5 being best.",
  } satisfies Phrase,
  surveyKeys: {
    zh: () => "请按1到5之间的数字键。",
    en: () => "Please press a key from 1 to 5.",
  } satisfies Phrase,
  surveyComment: {
    zh: () => "很抱歉没能让您满意。请简单说说我们哪里需要改进。",
    en: () => "We're sorry we let you down. Please tell us briefly what we could do better.",
  } satisfies Phrase,
  surveyThanks: {
    zh: () => "感谢您的评价。",
    en: () => "Thank you for your feedback.",
  } satisfies Phrase,
  noMessageHeard: {
    zh: () => "抱歉，没有录到您的留言，请在提示音后再说一次。",
    en: () => "Sorry, I didn't get your message. Please try again after the tone.",
  } satisfies Phrase,
  emergency: {
    zh: (name: string) => `我们正在为您紧急转接${name}，请不要挂机。`,
    en: (name: string) =>
      `This is an emergency. Connecting you to ${name} now. Please stay on the line.`,
  } satisfies Phrase<[string]>,
  emergencyPublic: {
    zh: () => "抱歉，暂时无法接通。火警请拨打119，急救请拨打120，报警请拨打110。",
    en: () =>
      "I'm sorry, we couldn't reach anyone. Please hang up and call your local emergency number: in China, 119 for fire, 120 for an ambulance, or 110 for the police.",
  } satisfies Phrase,
  systemError: {
    zh: () => "抱歉，系统暂时出现问题，正在为您转接总机。",
    en: () =>
      "I'm sorry, something went wrong on our side. Let me put you through to our operator.",
  } satisfies Phrase,
  callBackLater: {
    zh: () => "抱歉，系统暂时出现问题，请稍后再拨。",
    en: () => "I'm sorry, something went wrong on our side. Please call again later.",
  } satisfies Phrase,
  // Heard by the staff member before the caller is put through.
  whisper: {
    zh: (org: string, caller: string, about: string) =>
      `${org}总机来电。${caller}${about}接听请按1，不方便接听请按2。`,
    en: (org: string, caller: string, about: string) =>
      `Call from the ${org} switchboard. ${caller}${about}Press 1 to take the call, or 2 to decline.`,
  } satisfies Phrase<[string, string, string]>,
  whisperCaller: {
    zh: (name: string, organisation?: string) =>
      `来电人：${name}${organisation ? `，${organisation}` : ""}。`,
    en: (name: string, organisation?: string) =>
      `The caller is ${name}${organisation ? ` from ${organisation}` : ""}. `,
  } satisfies Phrase<[string, string | undefined]>,
  /** Said only when the caller speaks the other language, so the staff member answers in it. */
  whisperSpeaks: {
    zh: () => "来电人讲英语。",
    en: () => "The caller speaks Chinese. ",
  } satisfies Phrase,
  whisperAbout: {
    zh: (about: string) => `来电人说：“${about}”。`,
    en: (about: string) => `The caller said: "${about}". `,
  } satisfies Phrase<[string]>,
  whisperNumber: {
    zh: () => "某个号码",
    en: () => "a number",
  } satisfies Phrase,
  whisperLink: {
    zh: () => "某个网址",
    en: () => "a web address",
  } satisfies Phrase,
  whisperUnclear: {
    zh: () => "来电需求未能识别。",
    en: () => "The caller's request was not understood. ",
  } satisfies Phrase,
  whisperAccepted: {
    zh: () => "正在接通。",
    en: () => "Connecting.",
  } satisfies Phrase,
  whisperNoAnswer: {
    zh: () => "未收到按键，来电将转为留言。",
    en: () => "No key pressed. The caller will leave a message.",
  } satisfies Phrase,
} as const;

/** English names of a desk or a role: "the Front Desk", "the Operator"; a service is not ("Reservations"). */
const TAKES_THE =
  /\b(operator|desk|manager|concierge|reception|switchboard|office|centre|center)$/i;

/** A department's name as it stands in a sentence: "Connecting you to the Front Desk." */
export function departmentName(dept: Department, language: Language): string {
  const name = dept.name[language];
  return language === "en" && TAKES_THE.test(name) && !/^the\b/i.test(name) ? `the ${name}` : name;
}

/** "the Front Desk is closed" at the start of a sentence. */
const opening = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function staffName(staff: Staff, language: Language): string {
  return language === "zh" ? (staff.name.zh ?? staff.name.en) : staff.name.en;
}
