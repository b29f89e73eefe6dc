// Lays out an export sheet (title, caption, date, filter note, the graph image, legend, numbered sources) as a list of
// marks in CSS pixels. The SVG and PNG exports both render these same marks, so the two files always say the same thing.
import { EDGE_LEGEND, KIND_STYLES, RESTRICTED_STYLE } from '../../graph/visual-vocabulary.ts';
import { formatEntry, type BibliographyEntry } from './bibliography.ts';
import type { SheetContent } from './sheet-facts.ts';

export const SHEET_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

export type Mark =
  | { t: 'text'; x: number; y: number; text: string; size: number; bold: boolean; color: string }
  | { t: 'icon'; x: number; y: number; size: number; d: string; fill: string; stroke: string | null; strokeWidth: number }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; color: string; width: number; dash: number[]; opacity: number };

export interface Sheet {
  width: number;
  height: number;
  graph: { x: number; y: number; width: number; height: number };
  marks: Mark[];
  /** Where the lists (notes, sources) begin: everything above belongs together, the lists may flow onto more pages. */
  listsTop: number;
}

const MARGIN = 32;
const MIN_CONTENT = 760;
const CHAR_WIDTH = 6.6; // average advance of a 12 px sans-serif glyph, for wrapping without measuring

/** Greedy word wrap to at most `maxChars` per line; a longer single word (a URL) gets a line of its own. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A map note as a sheet lists it: its number (the one on the diagram's labels), what it is pinned to, its text. */
export interface SheetNote {
  number: number;
  on: string;
  text: string;
}

export interface SheetInput extends SheetContent {
  graphWidth: number;
  graphHeight: number;
  sources: BibliographyEntry[];
  /** The map's notes the diagram shows; none when no map is open or it has none. */
  notes?: readonly SheetNote[];
}

export function layoutSheet(input: SheetInput): Sheet {
  const content = Math.max(MIN_CONTENT, Math.ceil(input.graphWidth));
  const width = content + 2 * MARGIN;
  const maxChars = Math.floor(content / CHAR_WIDTH);
  const marks: Mark[] = [];
  const text = (x: number, y: number, t: string, size = 12, bold = false, color = '#1e293b') =>
    marks.push({ t: 'text', x, y, text: t, size, bold, color });
  let y = MARGIN + 18;
  /** One entry of a numbered list, wrapped, its later lines indented. */
  const listEntry = (entry: string) => {
    for (const [i, line] of wrapText(entry, maxChars).entries()) {
      text(MARGIN + (i === 0 ? 0 : 24), y, line, 12, false, i === 0 ? '#1e293b' : '#475569');
      y += 17;
    }
    y += 3;
  };
  for (const line of wrapText(input.title, Math.floor(content / 11))) {
    text(MARGIN, y, line, 18, true);
    y += 24;
  }
  if (input.caption) {
    for (const line of wrapText(input.caption, maxChars)) {
      text(MARGIN, y, line, 12, false, '#334155');
      y += 17;
    }
  }
  text(MARGIN, y, input.dateLine, 11, false, '#475569');
  y += 15;
  for (const line of wrapText(input.filterNote, Math.floor(content / 6))) {
    text(MARGIN, y, line, 11, false, '#475569');
    y += 15;
  }
  y += 4;
  const graph = { x: MARGIN + (content - input.graphWidth) / 2, y, width: input.graphWidth, height: input.graphHeight };
  y += input.graphHeight + 28;
  text(MARGIN, y, 'Legend', 14, true);
  y += 22;
  let x = MARGIN;
  const flow = (w: number) => {
    if (x + w > MARGIN + content) {
      x = MARGIN;
      y += 24;
    }
    const at = x;
    x += w;
    return at;
  };
  // Only what the diagram draws: a legend entry for a shape or line style that is not on the sheet misleads.
  for (const k of KIND_STYLES.filter((k) => input.kinds.has(k.kind))) {
    const at = flow(26 + k.label.length * CHAR_WIDTH + 18);
    marks.push({ t: 'icon', x: at, y: y - 13, size: 16, d: k.iconPath, fill: k.color, stroke: null, strokeWidth: 0 });
    text(at + 22, y, k.label);
  }
  if (input.restricted) {
    const at = flow(26 + RESTRICTED_STYLE.label.length * CHAR_WIDTH + 18);
    marks.push({ t: 'icon', x: at, y: y - 13, size: 16, d: 'M12 3 A9 9 0 1 1 11.99 3 Z', fill: '#cbd5e1', stroke: RESTRICTED_STYLE.borderColor, strokeWidth: 3 });
    text(at + 22, y, RESTRICTED_STYLE.label);
  }
  const styles = EDGE_LEGEND.filter((s) => input.edgeStyles.has(s.key));
  if (styles.length > 0) {
    x = MARGIN;
    y += 24;
    for (const s of styles) {
      const at = flow(44 + s.label.length * CHAR_WIDTH + 18);
      marks.push({ t: 'line', x1: at, y1: y - 4, x2: at + 36, y2: y - 4, color: s.color, width: s.width, dash: s.dash, opacity: s.opacity });
      text(at + 42, y, s.label);
    }
  }
  y += 34;
  const listsTop = y - 22;
  const notes = input.notes ?? [];
  if (notes.length > 0) {
    text(MARGIN, y, 'Notes (numbers as on the diagram\u2019s labels)', 14, true);
    y += 22;
    for (const note of notes) listEntry(`${note.number}. ${note.on}: ${note.text}`);
    y += 14;
  }
  text(MARGIN, y, input.sources.length > 0 ? 'Sources cited by the relationships shown (numbers in brackets on each relationship)' : 'No sources cited by the relationships shown', 14, true);
  y += 22;
  for (const entry of input.sources) listEntry(formatEntry(entry));
  return { width, height: y + MARGIN, graph, marks, listsTop };
}

/** One page of a sheet: the band of the sheet from `top` to `bottom`, and whether the diagram is on it. */
export interface SheetPage {
  top: number;
  bottom: number;
  graph: boolean;
}

/** How far below a text line's baseline its letters reach, so no line is cut at a page's bottom. */
const LINE_DESCENT = 6;

/**
 * Splits a sheet into pages of at most `capacity` sheet units, between lines: the first page holds everything above
 * the lists (and as much of the lists as fits), each later page continues the lists where the previous one stopped.
 */
export function paginateSheet(sheet: Sheet, capacity: number): SheetPage[] {
  const pages: SheetPage[] = [{ top: 0, bottom: Math.max(capacity, sheet.listsTop), graph: true }];
  const lines = [...new Set(sheet.marks.flatMap((m) => (m.t === 'text' && m.y > sheet.listsTop ? [m.y] : [])))].sort((a, b) => a - b);
  let last = sheet.listsTop;
  for (const y of lines) {
    const page = pages[pages.length - 1]!;
    if (y + LINE_DESCENT > page.bottom) {
      // The page ends below the last line that fits; the next starts just after it, above this line's letters.
      page.bottom = last + LINE_DESCENT;
      pages.push({ top: last + 1, bottom: last + 1 + capacity, graph: false });
    }
    last = y;
  }
  const end = pages[pages.length - 1]!;
  end.bottom = Math.min(end.bottom, sheet.height);
  return pages;
}

/** The marks of one page, moved up so the page's band starts at 0. */
export function pageMarks(sheet: Sheet, page: SheetPage): Mark[] {
  const inBand = (y: number) => y > page.top && y <= page.bottom;
  return sheet.marks.flatMap((m): Mark[] => {
    const y = m.t === 'line' ? m.y1 : m.y;
    if (!inBand(y)) return [];
    return [m.t === 'line' ? { ...m, y1: m.y1 - page.top, y2: m.y2 - page.top } : { ...m, y: m.y - page.top }];
  });
}
