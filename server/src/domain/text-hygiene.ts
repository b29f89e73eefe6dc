// The one rule for what characters text may hold. Text is stored and shown exactly as entered, so anything that
// corrupts it (a lone surrogate, which storage silently turns into U+FFFD), hides in it (NUL and control
// characters), disguises it (bidirectional overrides that make "gpj.exe" read "exe.jpg") or makes it invisible (a
// name of zero-width characters) is refused at the door with the field named.
import type { z } from 'zod';

/**
 * `line`: names, titles, URLs, locators and other one-line text. `prose`: descriptions, notes, quotes, reasons.
 * `query`: what a search looks for, held to the rules of a line except that blank is allowed (it finds nothing).
 */
export type TextKind = 'line' | 'prose' | 'query';

// C0 controls, DEL and C1 controls; prose keeps tab, line feed and carriage return. Matching them is the point.
/* eslint-disable no-control-regex */
const LINE_CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
const PROSE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
// Embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI).
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;
// What renders as nothing: white space, default-ignorable code points (zero-width characters, joiners, soft hyphen,
// BOM, bidi marks, variation selectors, Hangul fillers) and the braille blank.
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\u2800]/gu;

// Without the u flag so that surrogates match as code units: any surrogate, paired or not, takes the full check.
const SUSPECT = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;
const VISIBLE_ASCII = /[!-~]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/* eslint-enable no-control-regex */

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** What is wrong with `value` as text of this kind, or null when nothing is. Empty text is the caller's to judge. */
export function textProblem(value: string, kind: TextKind): string | null {
  // Most text has a visible ASCII character and nothing suspect; a bulk load checks millions of strings.
  if (!SUSPECT.test(value) && VISIBLE_ASCII.test(value)) return null;
  if (LONE_SURROGATE.test(value)) return 'must not contain a lone surrogate (broken UTF-16)';
  const control = (kind === 'prose' ? PROSE_CONTROL : LINE_CONTROL).exec(value);
  if (control) return `must not contain the control character ${codePoint(control[0])}`;
  if (kind !== 'prose') {
    const bidi = BIDI_CONTROL.exec(value);
    if (bidi) return `must not contain the bidirectional control ${codePoint(bidi[0])}`;
  }
  if (kind !== 'query' && value.length > 0 && value.replace(INVISIBLE, '').length === 0) return 'must not be made only of invisible characters';
  return null;
}

/** A zod refinement applying the rule to a string schema; the issue lands on the field being parsed. */
export function hygienic(kind: TextKind) {
  return (value: string, ctx: z.RefinementCtx) => {
    const problem = textProblem(value, kind);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  };
}
