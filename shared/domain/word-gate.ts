import { allMatches } from './matches.js';
import { memo, type TextScan } from './text-scan.js';

// A cheap question before an expensive pattern: could it match at all? Most of the classifier's
// patterns over a whole text are word lists at a word's start ("(?<![\p{L}])(?:oil|acrylic|…)"),
// tried by the regular expression engine at every position of the text. The words' first letters
// tell the same in a few set lookups: a text none of whose words starts like any of the list's
// cannot match it. The answer is never "no" where the pattern matches (`mayMatch`); a pattern
// whose start the reading below cannot tell is always tried.

/** How many of a word's first letters the gates compare. */
const LONGEST = 5;

const UNKNOWN = 0;
const YES = 1;
const NO = 2;
/** Whether a code unit of the Basic Multilingual Plane is a letter (`\p{L}`), computed on first sight. */
const IS_LETTER = new Uint8Array(65536);
const LETTER = /^\p{L}$/u;

function isLetterUnit(c: number): boolean {
  let k = IS_LETTER[c] as number;
  if (k === UNKNOWN) {
    k = c >= 0xd800 && c <= 0xdfff ? NO : LETTER.test(String.fromCharCode(c)) ? YES : NO;
    IS_LETTER[c] = k;
  }
  return k === YES;
}

/** A code unit's case fold, as the `i` and `u` flags compare letters ("ſ" and "s", "ς" and "σ" alike), on first sight. */
const FOLDED = new Uint16Array(65536);
/**
 * The pairs the engine folds together that upper and lower case do not join (Greek letters with dialytika and tonos, a
 * ligature): checked against every cased letter of the plane, session 51.
 */
const FOLD_PAIRS: Readonly<Record<number, number>> = { 8147: 0x390, 8163: 0x3b0, 64261: 0xfb06 };

function foldUnit(c: number): number {
  let f = FOLDED[c] as number;
  if (f === 0) {
    const paired = FOLD_PAIRS[c];
    if (paired !== undefined) return foldUnit(paired);
    const ch = String.fromCharCode(c);
    const upper = ch.toUpperCase();
    const lower = (upper.length === 1 ? upper : ch).toLowerCase();
    f = lower.length === 1 ? lower.charCodeAt(0) : ch.toLowerCase().length === 1 ? ch.toLowerCase().charCodeAt(0) : c;
    FOLDED[c] = f;
  }
  return f;
}

/** Whether the code point at `i` is a letter, and how many code units it takes. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return isLetterUnit(c) ? 1 : 0;
  const cp = text.codePointAt(i) as number;
  return cp > 0xffff && LETTER.test(String.fromCodePoint(cp)) ? 2 : 0;
}

/** The folded first letters (one to LONGEST) of every word of a text: a word is a run of letters (`\p{L}`). */
export function wordStarts(text: string): ReadonlySet<string> {
  const starts = new Set<string>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    let width = letterAt(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    // A word starts here: its first letters, folded; letters outside the basic plane fold to themselves.
    let start = '';
    let units = 0;
    while (width > 0) {
      if (units < LONGEST) {
        start +=
          width === 1
            ? String.fromCharCode(foldUnit(text.charCodeAt(i)))
            : text.slice(i, Math.min(i + width, i + LONGEST - units));
        units = start.length;
        starts.add(start);
      }
      i += width;
      width = i < n ? letterAt(text, i) : 0;
    }
  }
  return starts;
}

/** A pattern's parts, as far as the gate reads them. */
type Node =
  | { kind: 'char'; code: number; q: Quantity }
  | { kind: 'class'; codes: number[]; q: Quantity }
  | { kind: 'group'; alternatives: Node[][]; q: Quantity }
  | { kind: 'other'; q: Quantity };
/** How often a part may stand: exactly once, at most once, or any number of times (`*`), or at least once (`+`). */
type Quantity = 'one' | 'optional' | 'any' | 'some';

/**
 * Reads `source` from `at` up to a closing bracket or its end; undefined where the syntax is beyond this reader. Where
 * each alternative starts in `source` goes into `starts`, if given.
 */
function parseAlternatives(source: string, at: { i: number }, starts?: number[]): Node[][] | undefined {
  const alternatives: Node[][] = [[]];
  starts?.push(at.i);
  while (at.i < source.length) {
    const c = source[at.i] as string;
    if (c === ')') break;
    if (c === '|') {
      alternatives.push([]);
      at.i++;
      starts?.push(at.i);
      continue;
    }
    let node: Node | undefined;
    if (c === '(') {
      const open = /^\((?:\?:|\?<[A-Za-z_$][\w$]*>|(?![?]))/.exec(source.slice(at.i, at.i + 40));
      if (open) {
        at.i += open[0].length;
        const inner = parseAlternatives(source, at);
        if (inner === undefined || source[at.i] !== ')') return undefined;
        at.i++;
        node = { kind: 'group', alternatives: inner, q: 'one' };
      } else {
        // A lookaround: zero-width, read as a part the gate does not know (it ends the letters read).
        const look = /^\(\?<?[=!]/.exec(source.slice(at.i, at.i + 4));
        if (!look) return undefined;
        at.i += look[0].length;
        if (parseAlternatives(source, at) === undefined || source[at.i] !== ')') return undefined;
        at.i++;
        node = { kind: 'other', q: 'one' };
      }
    } else if (c === '[') {
      const end = classEnd(source, at.i);
      if (end < 0) return undefined;
      const body = source.slice(at.i + 1, end);
      at.i = end + 1;
      // Single characters only, no range, no escape, not negated: each one an alternative.
      node =
        body !== '' && !/[\\^-]/.test(body[0] as string) && !/\\|-(?!$)/.test(body)
          ? { kind: 'class', codes: [...body].map((ch) => ch.codePointAt(0) as number), q: 'one' }
          : { kind: 'other', q: 'one' };
    } else if (c === '\\') {
      const escaped = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]*>|\d+|.)/su.exec(
        source.slice(at.i, at.i + 24),
      );
      if (!escaped) return undefined;
      at.i += escaped[0].length;
      node = { kind: 'other', q: 'one' };
    } else if (c === '^' || c === '$' || c === '.') {
      at.i++;
      node = { kind: 'other', q: 'one' };
    } else if ('*+?{'.includes(c)) {
      // A quantifier with nothing before it.
      return undefined;
    } else {
      const code = source.codePointAt(at.i) as number;
      at.i += code > 0xffff ? 2 : 1;
      node = { kind: 'char', code, q: 'one' };
    }
    // Its quantifier, if any (a lazy one reads the same here).
    const quantifier = /^(?:[?*+]|\{(\d+)(?:,(\d*))?\})\??/.exec(source.slice(at.i, at.i + 16));
    if (quantifier) {
      at.i += quantifier[0].length;
      const q = quantifier[0][0];
      const least = q === '{' ? Number(quantifier[1]) : q === '+' ? 1 : 0;
      const once = q === '{' && quantifier[2] === undefined && least === 1;
      node.q = once ? 'one' : least === 0 ? (q === '?' || quantifier[2] === '1' ? 'optional' : 'any') : 'some';
    }
    (alternatives[alternatives.length - 1] as Node[]).push(node);
  }
  return alternatives;
}

/** Where a character class that opens at `at` closes, or -1. */
function classEnd(source: string, at: number): number {
  for (let i = at + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']' && i > at + 1) return i;
  }
  return -1;
}

/** Too many starts to be worth a gate. */
const MOST_STARTS = 4000;

/**
 * The folded first letters every match of the parts from `nodes[index]` on (then `rest`) can start with, after `acc`;
 * false where one can start with no letter known.
 */
function startsOf(
  nodes: readonly Node[],
  index: number,
  rest: ReadonlyArray<readonly [readonly Node[], number]>,
  acc: string,
  out: Set<string>,
): boolean {
  if (out.size > MOST_STARTS) return false;
  if (acc.length >= LONGEST) return add(acc, out);
  if (index >= nodes.length) {
    const [next, ...after] = rest;
    return next === undefined ? add(acc, out) : startsOf(next[0], next[1], after, acc, out);
  }
  const node = nodes[index] as Node;
  // Without the part, where it may be absent.
  if ((node.q === 'optional' || node.q === 'any') && !startsOf(nodes, index + 1, rest, acc, out)) return false;
  // With it once; then, where it may repeat, the letters read so far are all that is known.
  const repeats = node.q === 'any' || node.q === 'some';
  const after = (a: string): boolean => (repeats ? add(a, out) : startsOf(nodes, index + 1, rest, a, out));
  switch (node.kind) {
    case 'char':
      return letterCode(node.code) ? after(acc + foldCode(node.code)) : add(acc, out);
    case 'class':
      return node.codes.every((code) => (letterCode(code) ? after(acc + foldCode(code)) : add(acc, out)));
    case 'group': {
      const continuation: Array<readonly [readonly Node[], number]> = repeats ? [] : [[nodes, index + 1], ...rest];
      return node.alternatives.every((alternative) =>
        repeats ? startsOf(alternative, 0, [], acc, out) : startsOf(alternative, 0, continuation, acc, out),
      );
    }
    default:
      return add(acc, out);
  }
}

function add(start: string, out: Set<string>): boolean {
  if (start === '') return false;
  out.add(start);
  return true;
}

const letterCode = (code: number) => (code > 0xffff ? LETTER.test(String.fromCodePoint(code)) : isLetterUnit(code));
const foldCode = (code: number) => (code > 0xffff ? String.fromCodePoint(code) : String.fromCharCode(foldUnit(code)));

/** A lookbehind that puts a match at a word's start: no letter (`\p{L}`, maybe more) right before it. */
const WORD_START = /^\(\?<!\[(?:[^\]\\]|\\.)*\\p\{L\}(?:[^\]\\]|\\.)*\]\)/;

/**
 * The first letters, folded, that every match of `pattern` starts a word with; undefined where some branch of it does
 * not start at a word's start (WORD_START) or starts with no letter this reader can tell.
 */
export function gateOf(pattern: RegExp): readonly string[] | undefined {
  // `\p{L}` is a letter's class only with the `u` or `v` flag.
  if (!/[uv]/.test(pattern.flags)) return undefined;
  const at = { i: 0 };
  const starts: number[] = [];
  const branches = parseAlternatives(pattern.source, at, starts);
  if (branches === undefined || at.i !== pattern.source.length) return undefined;
  const out = new Set<string>();
  for (const [k, branch] of branches.entries()) {
    // The branch's first part must be the word start's lookbehind, read from the branch's own text.
    if (branch[0]?.kind !== 'other' || !WORD_START.test(pattern.source.slice(starts[k]))) return undefined;
    if (!startsOf(branch, 1, [], '', out)) return undefined;
  }
  return [...out];
}

const GATES = new WeakMap<RegExp, readonly string[] | null>();

/**
 * False only where `pattern` cannot match anywhere in the scan's whole text: no word of it starts as any match of the
 * pattern does. For a pattern tried on the whole text (not on a part of it, whose first word may start mid-word).
 */
export function mayMatch(scan: TextScan, pattern: RegExp): boolean {
  let gate = GATES.get(pattern);
  if (gate === undefined) {
    gate = gateOf(pattern) ?? null;
    GATES.set(pattern, gate);
  }
  if (gate === null) return true;
  // One answer a pattern a text (a term's sentence asks for each term).
  const answers = memo(scan, 'word-gate-answers', () => new Map<RegExp, boolean>());
  let answer = answers.get(pattern);
  if (answer === undefined) {
    const starts = memo(scan, 'word-starts', () => wordStarts(scan.text));
    answer = gate.some((start) => starts.has(start));
    answers.set(pattern, answer);
  }
  return answer;
}

/** `pattern.test(scan.text)`, the word gate asked first; for a pattern without the `g` or `y` flag, which keep a place. */
export function textHas(scan: TextScan, pattern: RegExp): boolean {
  if (pattern.global || pattern.sticky) throw new TypeError(`textHas needs a pattern without g or y: ${pattern}`);
  return mayMatch(scan, pattern) && pattern.test(scan.text);
}

/** `allMatches(pattern, scan.text)`, the word gate asked first. */
export function textMatches(scan: TextScan, pattern: RegExp): RegExpExecArray[] {
  return mayMatch(scan, pattern) ? allMatches(pattern, scan.text) : [];
}

/**
 * `mayMatch` for a part of the text from `from` on: a part that starts inside a word (a letter both sides of `from`)
 * starts a word of its own there, which the text's words do not tell, so it is always tried.
 */
export function mayMatchFrom(scan: TextScan, pattern: RegExp, from: number): boolean {
  const { text } = scan;
  if (from > 0 && from < text.length && letterAt(text, from) > 0 && letterBefore(text, from)) return true;
  return mayMatch(scan, pattern);
}

/** Whether a letter (a whole code point) ends right before `at`. */
function letterBefore(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) return letterAt(text, at - 2) === 2;
  return letterAt(text, at - 1) === 1;
}
