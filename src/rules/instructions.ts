/**
 * Words meant for a machine rather than an operator: asking to ignore or change instructions,
 * fake system or developer messages, role-play set-ups, asking to recite the set-up, and notes
 * addressed to a model or summariser. Such a turn, or message, goes on by rules alone: the model
 * never sees it.
 */

/** Letters that look like Latin ones (Cyrillic, Greek), as written to slip past a filter. */
const LOOKALIKES: Record<string, string> = {
  а: "a",
  е: "e",
  о: "o",
  р: "p",
  с: "c",
  у: "y",
  х: "x",
  і: "i",
  ѕ: "s",
  ј: "j",
  ԁ: "d",
  ɡ: "g",
  ο: "o",
  ι: "i",
  α: "a",
  ε: "e",
};
const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
};

/** One text to look in: width, case, accents, look-alike letters and invisible characters undone. */
function readable(text: string): string {
  // Most turns are plain ASCII or Chinese: the slower steps only when they can change anything.
  let out = /[^ -~]/.test(text) ? text.normalize("NFKC") : text;
  if (/[\u00c0-\u036f\u1e00-\u1eff]/.test(out)) out = out.normalize("NFD").replace(/\p{M}/gu, "");
  out = out.toLowerCase();
  if (/[\u00ad\u200b-\u200f\u2060\ufeff]/.test(out))
    out = out.replace(/[\u00ad\u200b-\u200f\u2060\ufeff]/g, "");
  if (/[\u0250-\u052f]/.test(out))
    out = out.replace(/[аеорсухіѕјԁɡοιαε]/g, (c) => LOOKALIKES[c] ?? c);
  return out.replace(/[’‘`´]/g, "'");
}

const SPACED_LETTERS = /\b(?:[a-z][\s.\-_*]){3,}[a-z]\b/g;
const LEET_WORD = /[a-z0-9@$]*[a-z][a-z0-9@$]*/g;

/** "i g n o r e", "i.g.n.o.r.e" and "1gn0re" as the word they spell. */
function respelled(text: string): string {
  let out = text.replace(SPACED_LETTERS, (letters) => letters.replace(/[\s.\-_*]/g, ""));
  if (/[a-z][0-9@$]|[0-9@$][a-z]/.test(out)) {
    out = out.replace(LEET_WORD, (word) =>
      /[0-9@$]/.test(word) ? word.replace(/[0-9@$]/g, (c) => LEET[c] ?? c) : word,
    );
  }
  return out;
}

const ZH = [
  // Ignore or change what it was told.
  /(忽略|无视|不要理会|别理会|不用理会|别管)掉?(之前|上面|前面|以上|刚才|所有|一切|全部|你的|这些|那些|规则|指令|要求|设定|限制|系统)|忘(记|掉)你?(之前|上面|前面|刚才|你的|所有|一切)|(之前|上面|前面|以上)的?(指令|规则|设定|要求|提示)(都)?(作废|无效|不算)/,
  /我命令你|这是命令|必须服从|服从命令/,
  /你的新(任务|指令|身份|规则|角色|设定)|(改变|修改|更新|重置|覆盖)你的(规则|设定|指令|提示词|身份|任务)|不再受.{0,6}(限制|约束)|绕过(限制|规则|安全|审查|过滤)|越狱|解除(限制|封印)/,
  // A fake system, developer or administrator.
  /(系统|开发者|开发人员|管理员)(消息|提示|指令|命令|模式|通知|授权|覆盖|设置)|【\s*(系统|指令|管理员|开发者)|最高权限|调试模式|测试模式|维护模式|上帝模式|超级用户/,
  // Role-play.
  /角色扮演|扮演|假装|假设你是|想象你是|当作你是|把自己当(成|作)|(你现在|现在你)是(一个|一名|个|dan|ai|机器人|没有|不受)|你不再是|你是一个(没有|不受)|从现在(开始|起)[，,]?你|我们来玩|玩个游戏|你来当/,
  // Asking for the set-up.
  /(你的|系统的?)(设定|指令|提示词|系统提示|初始设置)|(上面|以上|前面|之前)的?(内容|文字|话|指令|设定)(重复|复述|念|读|输出|说)|(重复|复述|念|读|输出|打印|背)(一下|一遍|出)?(上面|以上|前面)的?(内容|文字|话|指令)|你被(告知|设定|要求|指示)了?什么|提示词/,
  // Notes for the model or the summariser.
  /给(ai|人工智能|机器人|模型|大模型|总结|摘要)的|(ai|人工智能|机器人|模型|大模型|gpt|chatgpt)[,，:：\s]*(请|你要|你必须|注意|听着|听好)|摘要(里|中|上)?(要)?(写|标|注明|说)|总结(成|为|的时候|时)|标(记|注)(为|成)(紧急|加急|特急|高优先级)|(优先级|紧急程度)(设|改|调|定)为?|(把|将)(这条)?(留言|消息|电话)(标|设|定)(为|成)/,
  // Output control.
  /(只|请|直接)?(输出|回复|回答)(以下|下面|如下)(内容|文字|的话)|(跟|照)着?我(说|念)一遍|一字不差地(说|念|重复)/,
];

const EN = [
  // Ignore or change what it was told.
  /\bskip (the|your|all|these|those) (rules?|instructions?|checks?|restrictions?)\b|\b(this is an order|i order you|i command you|you must obey)\b/,
  /\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instructions?|rules?|above|previous|prior|earlier|everything|restrictions?|guidelines|constraints|told|prompt|programming|directives?|system)\b/,
  /\b(new|updated|revised|real|actual|different) (instructions?|directives?|task|role)\b|\bnew rules\s*:|\b(change|update|reset|replace|rewrite) (your|the) (instructions?|rules?|task|role|prompt|programming|behaviou?r)\b|\bno longer (bound|restricted|limited|an? (ai|assistant|switchboard))\b|\bjailbreak|\bdo anything now\b|\bunfiltered\b|\buncensored\b/,
  // A fake system, developer or administrator.
  /\bsystem\s*(prompt|message|override|note|notice|instruction|command|update|alert)\b|(^|[\s"'[(<{])system\s*:|\[\s*(system|inst|sys|admin|developer)\s*\]|<\/?\s*(system|user|assistant|sys|instructions?)\s*>|<\|\s*(im_start|im_end|system|endoftext)|#{2,}\s*(system|instructions?)|\bdeveloper (mode|message|note|instructions?|override|access)\b|\badmin(istrator)? (mode|override|command|access|message|instructions?)\b|\b(debug|maintenance|god|sudo|root) mode\b|\bauthori[sz]ation code\b|(^|[\s"'])(assistant|user|ai)\s*:\s*\S/,
  // Role-play.
  /\bpretend\b|\brole ?-?play|\bplay (a|the) (game|role|part)\b|\bact as\b|\bact like (you|an?)\b|\byou are now\b|\byou're now\b|\bfrom now on,? (you|your|act|respond|answer|reply|only)\b|\bimagine (you are|you're|that you)\b|\bsimulate\b|\bin character\b|\bhypothetically,? (you|if you)\b|\blet'?s play\b|\byou will be my\b/,
  // Asking for the set-up.
  /\b(repeat|recite|print|show|reveal|display|output|dump|leak|tell me|read (me|out|back)|give me|spell out|write out|what (are|is|were|was))\b.{0,30}\b(your|initial|hidden|secret|original|system)\b.{0,15}\b(instructions?|prompt|set ?up|configuration|guidelines|system message|directives?|programming|context|rules)\b|\b(words|text|message|everything|lines?|instructions?|prompt) (above|before this|you (were|have been) given)\b|\bverbatim\b|\bword for word\b|\bwhat (were|was|have) you (been )?(told|instructed|programmed)\b|\bsystem prompt\b/,
  // Notes for the model or the summariser.
  /\b(note|message|instructions?|attention|memo|reminder) (to|for) (the )?(ai|model|bot|llm|gpt|chatgpt|summari[sz]er|language model|transcriber|classifier)\b|\b(dear|hey|hello|attention|listen),? (ai|bot|chatgpt|gpt|llm|summari[sz]er)\b|\b(chat ?gpt|gpt-?\d|openai|llm|language model|ai model|large language)\b|\b(in|for) (your|the) summary\b|\bsummari[sz]e (this|it|me|my message) as\b|\bmark (this|it|my message|the message|me) (as )?(urgent|high priority|priority|important|critical)\b|\bset (the )?(urgency|priority)\b|\b(classify|categori[sz]e|label|tag) (this|me|it|my message) as\b|\b(urgency|priority|intent|confidence|cites|summary)"?\s*[:=]/,
  // Output control.
  /\b(respond|reply|answer|output|return|print) (only )?(with|in|exactly|the following)\b.{0,20}\b(json|following|exactly)\b|\bsay exactly\b|\brepeat after me\b|\bsay the following\b/,
];

const CJK = /[\u3400-\u9fff]/;

/** "Ignore previous instructions", fake system prompts, role-play: talk to a machine, not an operator. */
export function instructs(utterance: string): boolean {
  const text = readable(utterance);
  const spelt = respelled(text);
  // The Chinese patterns all need a Chinese character; a turn is said thousands of times a day.
  const test = (t: string) =>
    (CJK.test(t) && ZH.some((p) => p.test(t))) || EN.some((p) => p.test(t));
  return test(text) || (spelt !== text && test(spelt));
}
