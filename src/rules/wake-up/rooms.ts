/**
 * Rooms as the front desk types them for a group: "1201,1203-1210", "0901-05", "1201 1202".
 * A range keeps the width of its first room, so 0901-0905 is 0901…0905.
 */

/** The most rooms one command sets or cancels: a large tour group, not a whole floor by mistake. */
export const MAX_ROOMS = 100;

const ROOM = /^\d{1,6}$/;
const RANGE = /^(\d{1,6})[-–—~](\d{1,6})$/;

export function parseRooms(text: string): { rooms: string[] } | { error: string } {
  const tokens = text.split(/[\s,，、;；]+/).filter(Boolean);
  if (tokens.length === 0) {
    return {
      error: "请写房间号，例如 1208 或 1201,1203-1210。 Give a room, e.g. 1208 or 1201,1203-1210.",
    };
  }
  const rooms = new Set<string>();
  for (const token of tokens) {
    if (ROOM.test(token)) {
      rooms.add(token);
      continue;
    }
    const range = RANGE.exec(token);
    if (!range) {
      return {
        error: `"${token}" 不是房间号或房间范围。 "${token}" is not a room or a range of rooms such as 1203-1210.`,
      };
    }
    const from = range[1] as string;
    // "1203-10" is shorthand for 1203-1210.
    const to =
      (range[2] as string).length < from.length
        ? from.slice(0, from.length - (range[2] as string).length) + range[2]
        : (range[2] as string);
    const first = Number(from);
    const last = Number(to);
    if (last < first) {
      return {
        error: `${token}：范围是倒着的，应写作 ${to}-${from}。 ${token} runs backwards: write it ${to}-${from}.`,
      };
    }
    const count = last - first + 1;
    if (count > MAX_ROOMS) {
      return {
        error: `${token} 共 ${count} 间，一次最多 ${MAX_ROOMS} 间。 ${token} is ${count} rooms; one command takes at most ${MAX_ROOMS}.`,
      };
    }
    for (let n = first; n <= last; n++) rooms.add(String(n).padStart(from.length, "0"));
  }
  if (rooms.size > MAX_ROOMS) {
    return {
      error: `共 ${rooms.size} 间，一次最多 ${MAX_ROOMS} 间。 That is ${rooms.size} rooms; one command takes at most ${MAX_ROOMS}.`,
    };
  }
  return { rooms: [...rooms] };
}
