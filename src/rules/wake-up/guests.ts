import type { Directory, Guest, RoomCallerId } from "../directory.ts";
import { findSyllables, nameSyllables, sounds } from "../names.ts";
import { prepare, said } from "../text.ts";

/** Which guests a wake-up is for: by the calling room, by name and room, or by rooms listed. */

/** The guests staying in a room (two people may share one). */
export function guestsInRoom(dir: Directory, room: string): Guest[] {
  return dir.guests.filter((g) => g.room === room);
}

/** The room digits where a pattern's `{room}` stands in the caller ID, or null when it doesn't fit. */
function roomIn(callerId: string, pattern: string): string | null {
  const [before = "", after = ""] = pattern.toLowerCase().split("{room}");
  const caller = callerId.toLowerCase();
  if (caller.length <= before.length + after.length) return null;
  if (!caller.startsWith(before) || !caller.endsWith(after)) return null;
  const digits = caller.slice(before.length, caller.length - after.length);
  return /^\d{1,6}$/.test(digits) ? digits : null;
}

/**
 * The room a call comes from, when the PBX shows rooms as caller ID in a way the organisation
 * described (`organisation.roomCallerId`): its numbers first, then its patterns in order.
 */
export function roomOfCaller(from: string, roomCallerId: RoomCallerId | undefined): string | null {
  if (!roomCallerId) return null;
  const caller = from.trim();
  const listed = roomCallerId.numbers[caller];
  if (listed !== undefined) return listed;
  for (const pattern of roomCallerId.patterns) {
    const room = roomIn(caller, pattern);
    if (room !== null) return room;
  }
  return null;
}

/** The guests in the room a call comes from; none when the caller ID shows no room or an empty one. */
export function guestsOfCaller(dir: Directory, from: string): Guest[] {
  const room = roomOfCaller(from, dir.organisation.roomCallerId);
  return room === null ? [] : guestsInRoom(dir, room);
}

/**
 * The guest a caller is, by the name they said and the room they gave; null when the pair does
 * not match a guest, whichever part is wrong, so the answer tells nothing. The whole name or
 * the family name will do (刘洋 or 刘, Emily Carter or Carter), heard by sound, so 刘阳 is 刘洋.
 */
export function guestByNameAndRoom(dir: Directory, name: string, room: string): Guest | null {
  // Keyed, or said: "一二零八" and "one two oh eight" are digits once prepared.
  const digits = prepare(room).replace(/\D/g, "");
  const heard = sounds(said(name).spaced);
  return (
    guestsInRoom(dir, digits).find((g) => {
      const whole = nameSyllables(g.name);
      return (
        findSyllables(heard, whole) !== null ||
        findSyllables(heard, familyName(g.name, whole)) !== null
      );
    }) ?? null
  );
}

/** 刘 of 刘洋, Carter of Emily Carter. */
function familyName(name: string, syllables: string[]): string[] {
  const family = /[\u3400-\u9fff]/.test(name) ? syllables[0] : syllables.at(-1);
  return family ? [family] : [];
}

/** Rooms of a wake-up set for several: the guests of each, and the rooms nobody is staying in. */
export function guestsInRooms(
  dir: Directory,
  rooms: readonly string[],
): { guests: Map<string, Guest[]>; empty: string[] } {
  const guests = new Map<string, Guest[]>();
  const empty: string[] = [];
  for (const room of rooms) {
    const inRoom = guestsInRoom(dir, room);
    if (inRoom.length === 0) empty.push(room);
    else guests.set(room, inRoom);
  }
  return { guests, empty };
}
