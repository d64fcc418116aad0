import type { Said } from "../text.ts";
import { CONFIDENT } from "./confidence.ts";
import type { People } from "./people.ts";

/**
 * Privacy: rooms and private numbers asked for, and guests asked for by name. Hidden guests are
 * not known here at all, so their names draw exactly the answers a stranger's do.
 */

/** Someone a caller can be put through to, by directory key. */
export type Whose = { staff: string } | { guest: string };

// "住在哪个病区": which ward a patient is on, for the ward's own desk to answer.
const ROOM_ASKED_ZH =
  /几号房|哪个房间|哪间房|几零几|住(在)?哪(里|儿|个|间)?(?!个?(病区|病房|科|床))|住几楼|住(在)?几号|(房间号|房号)(码)?(是)?(多少|什么|几)|(告诉|查|问|知道).{0,8}(房间号|房号)|住的是谁|谁住在|是不是住|住(在)?\d+(号)?(房|房间)?吗/;
const ROOM_ASKED_EN =
  /\b(what|which) room (is|are|was|does|did)\b.*\b(in|staying|stay)\b|\b(what|which) room (number )?[a-z]+( [a-z]+){0,3} (is|was|s) (staying )?in\b|\broom number\b|\bwho is (staying )?in room\b|\bwho (is )?staying in\b|(^|\b(hi|hello) )is .{1,30} (in|staying in) room\b|\b(if|whether) .{1,30} is (in|staying in) room\b/;
/**
 * Where someone lives, beyond a hotel room: a student's dormitory, a resident's flat ("which dorm
 * room he's in", "which apartment Mr Becker lives in", "她住几栋几单元").
 */
const HOME_ASKED_ZH =
  /(他|她|他们|她们|孩子|儿子|女儿|同学|业主|住户|租户|邻居)(的)?(宿舍|寝室|房间|门牌|住址|家庭住址|家)(号|号码)?(在|是)?(哪|几|多少)|住(在)?几(栋|幢|号楼|单元|室|零)|门牌号(是|码)?(多少|几)|(告诉|查|问|知道).{0,8}(住址|门牌号|宿舍号|寝室号)|(?<!我|我们|咱|咱们)家(的)?(地址|住址)|(?<!我|我们)家住(在)?哪/;
const HOME_ASKED_EN =
  /\b(which|what) (dorm|dormitory|flat|apartment|unit|room|house|block)( room| number)?\b.{0,40}\b((he|she|they) (is |are )?(in|staying|living)|lives?|living)\b|\bwhere (does|do) [a-z ]{1,40} live\b|\b(his|her|their) (home )?(address|dorm room|flat number|apartment number|unit number)\b|\b(?!my |our )[a-z]+ home address\b|\bhome address of\b|\b(which|what) hotel\b.{0,40}\b(is|are|s|re) (staying|stopping)\b/;
/**
 * Someone else's number, though not named ("the owner's phone number", "业主的电话", "跟我一个团的
 * 那个阿姨的电话").
 */
const THIRD_PARTY_NUMBER_ZH =
  /(业主|房东|租户|住户|邻居|楼上|楼下|对门|隔壁|同学|家长|团友|阿姨|叔叔|大爷|大妈|老太太|老先生|那个人|那位|这位|那个女的|那个男的|他|她)(那|这)?(家|户)?的(电话|手机|号码|联系方式|微信)/;
const THIRD_PARTY_NUMBER_EN =
  /\b(the )?(owner|owners|landlord|tenant|tenants|resident|residents|neighbour|neighbor|neighbours|neighbors|his|her|their)( [a-z]+)? (phone|mobile|cell|contact|number)\b/;
/** Whose a number is ("这个号码是谁的", "whose number is this"): its owner as private as the number. */
const OWNER_ASKED_ZH = /号码?是谁的|谁的(号码|手机号|电话号码)|机主(是谁|叫什么|的名字|姓名|信息)/;
const OWNER_ASKED_EN =
  /\bwhose (phone )?number\b|\bwho (owns|does) (this|that|the) (phone )?number\b/;

/**
 * Whether someone is staying here at all ("is there a Lin Zhiqiang staying at your hotel", "请问
 * 她是不是住在你们酒店"): never confirmed nor denied, like a room number.
 */
const STAYING_ASKED_ZH =
  /(是不是|是否|有没有)[^，。,.]{0,10}住(在)?(你们|贵)?(酒店|宾馆|这里|这儿|这边|这)|住在?(你们|贵)(酒店|宾馆)?(吗|么|没有)|在(你们|贵)(酒店|宾馆|这里|这)住(吗|么|着吗)|(入住|住进来)了(吗|没有)/;
const STAYING_ASKED_EN =
  /^(?:(?:hi|hello) )?(is|are) (there )?(a |an |any )?[a-z ]{1,40} (staying|checked in|a guest) (at|in|with|here)\b|\b(whether|if) [a-z ]{1,40} (is|was) (staying|a guest|checked in)\b|\b(confirm|tell me) (if|whether) [a-z ]{1,40} (is|was) (staying|there|a guest)\b/;

/** The room of a meeting, a meal or a class, not of anyone: "which room is the meeting in". */
const EVENT_ROOM_ZH =
  /(会议|开会|会|培训|婚宴|宴会|婚礼|活动|早餐|午餐|晚餐|自助餐|考试|面试|讲座|课|发布会|年会|典礼|仪式|研讨会|论坛|展览|派对)[^，。,.]{0,8}(在)?(哪个房间|哪间房|几号房)/;
const EVENT_ROOM_EN =
  /\b(what|which) room\b.{0,30}\b(meeting|conference|wedding|banquet|breakfast|dinner|lunch|event|seminar|party|training|workshop|class|exam|interview|ceremony|function|lecture|presentation|session|buffet|celebration|gala|launch|course|talk)s?\b|\b(meeting|conference|wedding|banquet|breakfast|dinner|lunch|event|seminar|party|training|workshop|class|exam|interview|ceremony|function|lecture|presentation|session|buffet|celebration|gala|launch|course|talk)s?\b.{0,30}\b(what|which) room\b/;

/** Any mention of a named guest's room number is a question about it. */
const ROOM_WORD_ZH = /房间号|房号|几号房|哪个房间|哪间房/;
const ROOM_WORD_EN = /\broom number\b|\b(which|what) room\b/;
const PRIVATE_ZH =
  /手机|私人(电话|号码|号|微信|邮箱)|个人(电话|号码|微信|邮箱)|直线|微信号|的微信(?!公众号|支付|群)|家里(的)?电话/;
// "back home", "a private room": those words ask for a number only with the word for one.
const PRIVATE_EN =
  /\b(mobile|cell|cellphone|whatsapp|wechat)( phone)?( number| line| no)?\b|\b(personal|private|home|direct)( phone)?( number| line| no| dial)\b|\b(personal|private|home) phone\b|\b(personal|private) (email|e mail|wechat)\b/;
// Not a call made ("她给我打过电话", "回个电话"): a number asked for.
const NUMBER_WORD_ZH = /(?<!打(?:过|了|个)?|回(?:个)?|来|接|通)电话|号码|联系方式/;
const NUMBER_WORD_EN = /\b(phone|number|contact details)\b/;
// Asking to have it read out counts too ("念出来", "报一下", "read me", "spell out").
const ASK_ZH =
  /多少|是什么|是几|告诉|发给我|发我|给我|提供|可以给|能给|查一下|知道|念|报一下|报给我|读一下|加.{0,8}微信|要一下|要个|想要[^，。,.]{0,12}(手机|号码|电话|微信)/;
/** A number of someone's own asked for with "please" alone; a desk's direct line is no secret. */
const PLEASE_PRIVATE_EN = /\b(home|mobile|cell|cellphone|personal|private)\b.*\bplease\b/;
const ASK_EN = /\b(what|whats|give|tell|send|share|have|get|know|need|read|spell)\b/;
const NOT_PRIVATE_ZH = /我的?手机|我的?微信|手机(充电|没电|丢|坏|落|忘)|充电器/;
const NOT_PRIVATE_EN = /\bmy (mobile|cell|cellphone|personal|private|home|direct)\b|\bcharger\b/;
const MY_ROOM = /我的?(房间|房号)|我(住|在)(几|哪)|\bmy room\b/;

/**
 * The one person named whom the caller could be put through to instead of given a number. A
 * hidden guest is never among the people heard, so is never offered.
 */
export function puttableThrough(people: People): Whose | null {
  if (people.staff && people.staff.confidence >= CONFIDENT) return { staff: people.staff.key };
  if (people.staff) return null;
  return people.guest ? { guest: people.guest } : null;
}

export function privacyAsked(
  text: Said,
  namedStaff: boolean,
  namedGuest: boolean,
): "room_number" | "private_number" | "staying" | null {
  const zh = text.compact;
  const en = text.spaced;
  const roomOfGuest = namedGuest && (ROOM_WORD_ZH.test(zh) || ROOM_WORD_EN.test(en));
  if (
    (ROOM_ASKED_ZH.test(zh) ||
      ROOM_ASKED_EN.test(en) ||
      HOME_ASKED_ZH.test(zh) ||
      HOME_ASKED_EN.test(en) ||
      roomOfGuest) &&
    !MY_ROOM.test(zh) &&
    !MY_ROOM.test(en) &&
    !EVENT_ROOM_ZH.test(zh) &&
    !EVENT_ROOM_EN.test(en)
  ) {
    return "room_number";
  }
  // Whether a guest is staying, asked as a question rather than a request to be put through.
  if ((STAYING_ASKED_ZH.test(zh) || STAYING_ASKED_EN.test(en)) && !PUT_THROUGH.test(en + zh)) {
    return "staying";
  }
  if (OWNER_ASKED_ZH.test(zh) || OWNER_ASKED_EN.test(en)) return "private_number";
  const asks = ASK_ZH.test(zh) || ASK_EN.test(en);
  const privateWord =
    (PRIVATE_ZH.test(zh) && !NOT_PRIVATE_ZH.test(zh)) ||
    (PRIVATE_EN.test(en) && !NOT_PRIVATE_EN.test(en));
  const numberOfSomeone =
    (namedStaff && (NUMBER_WORD_ZH.test(zh) || NUMBER_WORD_EN.test(en))) ||
    THIRD_PARTY_NUMBER_ZH.test(zh) ||
    THIRD_PARTY_NUMBER_EN.test(en);
  // "Dr Gu's home number please": a private number asked for without a verb.
  if ((asks || (privateWord && PLEASE_PRIVATE_EN.test(en))) && (privateWord || numberOfSomeone)) {
    return "private_number";
  }
  return null;
}

/** "Put me through to him, he's staying with you": a request, not the question of whether. */
const PUT_THROUGH =
  /\b(connect|put me through|transfer|speak to|talk to|get me)\b|帮我(接|转)|请(接|转)|转(一下|给|到)|接(一下|到|通)/;

const GUEST_ZH =
  /(转|接|找|打到|打给|联系|连)(一下)?(到)?(一位|一个|位)?(住店的|住在(你们|贵)?(酒店|这里|这儿|这边|这)的?)|(转|接|找|打到|打给|联系|连)(一下)?(到)?(一位|一个|位)?(住客|房客|客人|住店客人)|(住客|房客|客人)(叫|名叫|名字叫|姓名是)|(转|接|找|打到|打给|连|联系)(一下)?(到)?[^我你]{1,12}的房间|叫.{1,6}的(客人|住客|房客)|住在(你们|贵)?(酒店|这里|这儿|这边|这|那里|那儿|那边)(的|吗|么)|(他|她|他们)(说|应该|好像|可能|就)*(住在|住|入住了?)(你们|贵)(酒店|那儿|那里|那边|那|这儿|这里)/;
const GUEST_EN =
  /\b(connect|transfer|put|speak|talk|reach|call|ring|looking for|find|get)\b.{0,30}\bguests?\b(?! (services?|relations?|experience)\b)|\bguests? (named|called|by the name)\b|\bstaying (at|in|with) (your|the|this) hotel\b|\bstaying with you\b|\b(he|she|they)( is| are|s|re)? (staying (there|here|with you|at yours)|checked in (today|yesterday|last night|this morning|with you))\b/;
/** "Put me through to John Smith's room": said of a room, with no department in sight. */
const ROOM_OF_EN =
  /\b(connect|transfer|put|get|call|ring|reach|speak|talk)\b.*\b(?<!\b(my|our|your|this|the|a) )room\b|\broom of\b/;

/** "请帮我接孙悟空", "王小明先生在吗", "connect me to Peter Brown": someone, by a name. */
const BY_NAME_ZH =
  /^我?(?:想|要|想要)?(?:找|接|转给|转到|转接|转|联系|打给|接通|连线)到?([\u3400-\u9fff]{2,4}?)(?:先生|女士|小姐)?$|^([\u3400-\u9fff]{2,4}?)(?:先生|女士|小姐)?(?:在吗|在不在)$/;
const BY_NAME_FILLER_ZH =
  /喂|你好|您好|请问|请|麻烦你|麻烦|帮我|帮忙|给我|一下|嗯|啊|呃|那个|谢谢/g;
/** Words in a name that no name has: "找我的钱包" asks for no one. */
const NOT_A_NAME_ZH = /[我你他她它的了个些这那人]/;
const BY_NAME_EN =
  /^(?:(?:hi|hello|hey|yes) )?(?:(?:can|could|may) (?:i|you) )?(?:(?:connect|put|transfer|get) me (?:through )?to|(?:speak|talk) (?:to|with)|(?:id|i would) like to (?:speak|talk) (?:to|with)|i (?:want|need) to (?:speak|talk) (?:to|with)|(?:im |i am )?looking for)(?: (?:mr|mrs|ms|miss|dr))? ([a-z]+(?: [a-z]+){0,2})$/;
/** What follows "speak to" without being anyone's name. */
const NOT_A_NAME_EN =
  /\b(someone|somebody|anyone|anybody|a|an|the|my|your|our|person|people|human|staff|manager|reception|room|guest|guests)\b/;

export function asksByName(text: Said): boolean {
  const zh = text.compact.replace(BY_NAME_FILLER_ZH, "");
  const named = BY_NAME_ZH.exec(zh);
  const who = named?.[1] ?? named?.[2];
  if (who && !NOT_A_NAME_ZH.test(who)) return true;
  const en = BY_NAME_EN.exec(text.spaced.replace(/ please$/, ""));
  return en?.[1] !== undefined && !NOT_A_NAME_EN.test(en[1]);
}

export function asksForGuest(text: Said, departmentHeard: boolean): boolean {
  if (GUEST_ZH.test(text.compact) || GUEST_EN.test(text.spaced)) return true;
  return !departmentHeard && ROOM_OF_EN.test(text.spaced);
}
