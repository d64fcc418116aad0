// Which characters an OpenType font has glyphs for, read from its Windows Unicode cmap.

/** The code points `font` maps to a real glyph (not glyph 0, the "missing" box). */
export function fontCodePoints(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    if (tag === "cmap") cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error("the font has no cmap table");
  const subtables = new Map<string, number>();
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const record = cmap + 4 + i * 8;
    const key = `${view.getUint16(record)}/${view.getUint16(record + 2)}`;
    subtables.set(key, cmap + view.getUint32(record + 4));
  }
  const full = subtables.get("3/10");
  if (full !== undefined && view.getUint16(full) === 12) return format12(view, full);
  const basic = subtables.get("3/1");
  if (basic !== undefined && view.getUint16(basic) === 4) return format4(view, basic);
  throw new Error("the font has no Windows Unicode cmap of format 4 or 12");
}

function format12(view: DataView, at: number): Set<number> {
  const points = new Set<number>();
  const groups = view.getUint32(at + 12);
  for (let g = 0; g < groups; g++) {
    const group = at + 16 + g * 12;
    const first = view.getUint32(group);
    const last = view.getUint32(group + 4);
    const glyph = view.getUint32(group + 8);
    for (let point = first; point <= last; point++) {
      if (glyph + (point - first) !== 0) points.add(point);
    }
  }
  return points;
}

function format4(view: DataView, at: number): Set<number> {
  const points = new Set<number>();
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const first = view.getUint16(starts + s * 2);
    const last = view.getUint16(ends + s * 2);
    const delta = view.getUint16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    for (let point = first; point <= last && point !== 0xffff; point++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (point + delta) & 0xffff;
      else {
        const index = rangeOffsets + s * 2 + rangeOffset + (point - first) * 2;
        glyph = view.getUint16(index);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) points.add(point);
    }
  }
  return points;
}
