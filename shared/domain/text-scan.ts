import { allMatches } from './matches.js';

// One pass over a text: every keyword of every lexicon found at once (hashed words, no
// per-lexicon regex), and where the digits and '@' signs are, so that the numeric and
// e-mail detectors look only at the few places that can hold what they look for.

const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const UNKNOWN = 255;

/** Character classes of the Basic Multilingual Plane, computed on first sight. */
const CLASS = new Uint8Array(65536).fill(UNKNOWN);
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

for (let c = 0; c < 128; c++)
  CLASS[c] = c >= 48 && c <= 57 ? DIGIT : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LETTER : OTHER;

function classOf(c: number): number {
  let k = CLASS[c] as number;
  if (k === UNKNOWN) {
    k = c >= 48 && c <= 57 ? DIGIT : LETTER_OR_MARK.test(String.fromCharCode(c)) ? LETTER : OTHER;
    CLASS[c] = k;
  }
  return k;
}

/** Lower case without diacritics, one code unit to one: "É" and "e" compare equal. */
const FOLD = new Uint16Array(65536);
const FOLD_EXTRA: Record<string, string> = {
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  æ: 'a',
  Æ: 'a',
  œ: 'o',
  Œ: 'o',
  ı: 'i',
};

export function foldCode(c: number): number {
  let f = FOLD[c] as number;
  if (f === 0) {
    if (c >= 65 && c <= 90) f = c + 32;
    else if (c < 128) f = c;
    else {
      const ch = String.fromCharCode(c);
      const extra = FOLD_EXTRA[ch];
      f = extra ? extra.charCodeAt(0) : ch.toLowerCase().normalize('NFD').charCodeAt(0);
    }
    FOLD[c] = f;
  }
  return f;
}

/** Folded code of a letter, 0 for anything else, UNSEEN until first met: the scan's one table. */
const UNSEEN = 0xffff;
const LETTER_FOLD = new Uint16Array(65536).fill(UNSEEN);

function letterFold(c: number): number {
  let f = LETTER_FOLD[c] as number;
  if (f === UNSEEN) {
    f = classOf(c) === LETTER ? foldCode(c) : 0;
    LETTER_FOLD[c] = f;
  }
  return f;
}

/**
 * Letters only some of the EU's other languages write (Lithuanian "ė", Latvian "ā", Hungarian "ő", Romanian "ă", Czech
 * "ř", Slovak "ľ", Estonian "õ"), and French "ô": a word written with one whose folded form is a name no list so spells
 * is that language's word ("Mugė", a fair, is no "Müge"; scripts/given-names.ts lists the names so spelt). Not Polish
 * letters, which the Polish names' case forms write.
 */
export const MARKED_LETTER = /[ėįųūāēīķļņģőűășțşţěřůľĺŕôõĖĮŲŪĀĒĪĶĻŅĢŐŰĂȘȚŞŢĚŘŮĽĹŔÔÕ]/;

/** Whether a UTF-16 code unit is a letter, as the scan reads words (a loop's check, cheaper than a regex per character). */
export const isLetterCode = (c: number): boolean => letterFold(c) !== 0;
for (let c = 0; c < 128; c++) letterFold(c);

/** Whether `s` is printable ASCII and white space, whose folding is lower-casing (a loop: fold reads short words). */
function plainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 126 || (c < 32 && c !== 9 && c !== 10 && c !== 13)) return false;
  }
  return true;
}

export function fold(s: string): string {
  if (plainAscii(s)) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(foldCode(s.charCodeAt(i)));
  return out;
}

/** Whether the character at `i` is a capital letter; ASCII without building strings, as most words start. */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text[i];
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** One lexicon entry: a word, a stem or a phrase, tagged with the family it belongs to. */
export interface TermSpec {
  readonly phrase: string;
  readonly family: string;
  /** The last word may continue ("diagnos" matches "diagnosis"); otherwise it must end there. */
  readonly stem?: boolean;
  /** Matches only as written, letter case included (the first word: "SA", not the French "sa"). */
  readonly exactCase?: boolean;
  /** Matches only with a capital first letter: given names ("Will" may be a name, "will" is not). */
  readonly capitalised?: boolean;
  /**
   * Matches at the end of a longer word: German and Dutch compounds ("Handgelenksfraktur"),
   * drug names by their international stems ("ramipril"). One word only.
   */
  readonly suffix?: boolean;
  /**
   * Spelt so, in lower case, where the word holds å, ø or æ or ends in a grave accent: names are listed folded, so the
   * Swedish "Lån" (loan) would otherwise match the given name Lan, the Italian "Sarà" Sara; "Bjørn", "Åsa" and "Niccolò"
   * are listed as they are written.
   */
  readonly spelled?: ReadonlySet<string>;
}

/** à è ì ò ù, in either case. */
const GRAVE_VOWELS = new Set([...'àèìòùÀÈÌÒÙ'].map((c) => c.charCodeAt(0)));

/** Whether [start, start + length) holds å, ø or æ, in either case, or ends in a vowel with a grave accent ("sarà"). */
function hasMarkedLetter(text: string, start: number, length: number): boolean {
  for (let i = start; i < start + length; i++) {
    const c = text.charCodeAt(i);
    if (c === 229 || c === 197 || c === 248 || c === 216 || c === 230 || c === 198) return true;
  }
  return GRAVE_VOWELS.has(text.charCodeAt(start + length - 1));
}

interface Entry {
  readonly spec: TermSpec;
  /** The phrase's words, folded. */
  readonly words: readonly string[];
  /** The second word's first letter (folded code), 0 for one word: most phrases fail on it. */
  readonly second: number;
}

export interface Hit {
  readonly family: string;
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
}

const ASCII_WORD = /^[A-Za-z]+$/;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
const BLOOM_BITS = 20;

function* wordsOf(phrase: string): Iterable<string> {
  let word = '';
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    if (classOf(c) === LETTER) word += String.fromCharCode(foldCode(c));
    else if (word) {
      yield word;
      word = '';
    }
  }
  if (word) yield word;
}

function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h & 0x3fffffff;
}

/** Stems are indexed by their first letters, at most this many; none is shorter than SHORTEST_STEM. */
const STEM_KEY = 5;
const SHORTEST_STEM = 3;

/** Letters a word must have before a suffix term ("April" is not a drug ending in "-pril"). */
const MIN_STEM_BEFORE_SUFFIX = 3;

/** Between two words of a phrase: one to three characters that are neither letters nor digits, one line break at most. */
const MAX_GAP = 3;

/**
 * Every term of every family, indexed by the hash of its first word (stems by their first
 * three to five letters), with a Bloom filter in front so that most words cost a few array reads.
 */
export class Lexicon {
  /** Stems (one word that may continue), by the hash of their first letters (three to five): a few look-ups per word. */
  private readonly stems = new Map<number, Entry[]>();
  private readonly stemBloom = new Uint32Array(1 << (BLOOM_BITS - 5));
  /** Whole first words (of words and phrases), by the hash of the word: looked up once, where a word ends. */
  private readonly words = new Map<number, Entry[]>();
  private readonly wordBloom = new Uint32Array(1 << (BLOOM_BITS - 5));
  /** Suffixes by the hash of their letters read backwards. */
  private readonly bySuffix = new Map<number, Entry[]>();
  private readonly suffixBloom = new Uint32Array(1 << (BLOOM_BITS - 5));
  private shortestSuffixWord = Number.POSITIVE_INFINITY;
  private longestSuffix = 0;

  constructor(specs: Iterable<TermSpec>) {
    const seen = new Set<string>();
    for (const spec of specs) {
      // Most terms are one plain word (the name lists are already folded): no need to split them.
      const words = ASCII_WORD.test(spec.phrase) ? [fold(spec.phrase)] : [...wordsOf(spec.phrase)];
      const first = words[0];
      // One entry per family and folded phrase: "telemóvel" and "telemovel" are one term.
      const key = `${spec.family}|${words.join(' ')}|${spec.stem ?? false}|${spec.suffix ?? false}|${spec.exactCase ? spec.phrase : ''}`;
      if (!first || seen.has(key)) continue;
      seen.add(key);
      const entry: Entry = { spec, words, second: words[1]?.charCodeAt(0) ?? 0 };
      if (spec.suffix) {
        add(this.bySuffix, this.suffixBloom, hashWord([...first].reverse().join('')), entry);
        this.shortestSuffixWord = Math.min(this.shortestSuffixWord, first.length + MIN_STEM_BEFORE_SUFFIX);
        this.longestSuffix = Math.max(this.longestSuffix, first.length);
      } else if (spec.stem && words.length === 1) {
        if (first.length < SHORTEST_STEM) throw new Error(`stem "${spec.phrase}" is shorter than ${SHORTEST_STEM} letters`);
        add(this.stems, this.stemBloom, hashWord(first.slice(0, Math.min(first.length, STEM_KEY))), entry);
      } else add(this.words, this.wordBloom, hashWord(first), entry);
    }
  }

  /**
   * Scans the word that starts at `start`, records the terms that begin there and returns
   * where the word ends.
   */
  matchWord(text: string, start: number, hits: Hit[]): number {
    const table = LETTER_FOLD;
    const n = text.length;
    let h = FNV_OFFSET;
    let i = start;
    let key3 = -1;
    let key4 = -1;
    let key5 = -1;
    while (i < n) {
      const c = text.charCodeAt(i);
      let f = table[c] as number;
      if (f === UNSEEN) f = letterFold(c);
      if (f === 0) break;
      h = Math.imul(h ^ f, FNV_PRIME);
      i++;
      const length = i - start;
      if (length <= STEM_KEY) {
        if (length === 3) key3 = h & 0x3fffffff;
        else if (length === 4) key4 = h & 0x3fffffff;
        else if (length === 5) key5 = h & 0x3fffffff;
      }
    }
    const key = h & 0x3fffffff;
    // Stems by their first letters (up to five): a few look-ups per word, then each stem of those letters compared whole.
    const stemBloom = this.stemBloom;
    if (key3 >= 0 && inBloom(stemBloom, key3)) this.confirmStems(text, start, i - start, key3, hits);
    if (key4 >= 0 && inBloom(stemBloom, key4)) this.confirmStems(text, start, i - start, key4, hits);
    if (key5 >= 0 && inBloom(stemBloom, key5)) this.confirmStems(text, start, i - start, key5, hits);
    if (inBloom(this.wordBloom, key)) this.confirmWord(text, start, i - start, key, hits);
    if (i - start >= this.shortestSuffixWord) this.matchSuffix(text, start, i, hits);
    return i;
  }

  private confirmWord(text: string, start: number, wordLength: number, key: number, hits: Hit[]): void {
    const entries = this.words.get(key);
    if (!entries) return;
    // The next word's first letter, read once: phrases that begin "a …", "e …" or "numero …" are many.
    let next = -1;
    for (const entry of entries) {
      if (entry.second !== 0) {
        if (next < 0) next = nextWordLetter(text, start + wordLength);
        if (next !== entry.second) continue;
      }
      const end = this.verify(text, start, entry, wordLength, wordLength);
      if (end >= 0) hits.push({ family: entry.spec.family, phrase: entry.spec.phrase, start, end });
    }
  }

  private confirmStems(text: string, start: number, wordLength: number, key: number, hits: Hit[]): void {
    for (const entry of this.stems.get(key) ?? []) {
      const length = (entry.words[0] as string).length;
      if (length > wordLength) continue;
      const end = this.verify(text, start, entry, length, wordLength);
      if (end >= 0) hits.push({ family: entry.spec.family, phrase: entry.spec.phrase, start, end });
    }
  }

  /** Suffix terms at the end of the word [start, end), read backwards. */
  private matchSuffix(text: string, start: number, end: number, hits: Hit[]): void {
    let h = FNV_OFFSET;
    const stop = Math.max(start + MIN_STEM_BEFORE_SUFFIX, end - this.longestSuffix);
    for (let i = end - 1; i >= stop; i--) {
      h = Math.imul(h ^ letterFold(text.charCodeAt(i)), FNV_PRIME);
      const key = h & 0x3fffffff;
      if (!inBloom(this.suffixBloom, key)) continue;
      for (const entry of this.bySuffix.get(key) ?? []) {
        const word = entry.words[0] as string;
        if (word.length === end - i && sameFolded(text, i, word) && writtenAsSpelled(text, i, end, entry.spec.spelled))
          hits.push({ family: entry.spec.family, phrase: entry.spec.phrase, start, end });
      }
    }
  }

  /** Confirms a candidate (hashes collide) and the rest of its phrase; returns its end or -1. */
  private verify(text: string, start: number, entry: Entry, length: number, wordLength: number): number {
    const { words, spec } = entry;
    const single = words.length === 1;
    if (length !== wordLength && !(single && spec.stem)) return -1;
    if (spec.capitalised && !isUpperAt(text, start)) return -1;
    if (!sameFolded(text, start, words[0] as string)) return -1;
    if (
      spec.spelled &&
      hasMarkedLetter(text, start, wordLength) &&
      !spec.spelled.has(text.slice(start, start + wordLength).toLowerCase())
    )
      return -1;
    // Letter case counts in the first word only ("Sp. z o.o." and "sp. z o.o." are both written).
    if (spec.exactCase && text.slice(start, start + length) !== spec.phrase.slice(0, length)) return -1;
    let at = start + length;
    for (let w = 1; w < words.length; w++) {
      const word = words[w] as string;
      at = afterGap(text, at);
      if (at < 0 || !sameFolded(text, at, word)) return -1;
      at += word.length;
      const last = w === words.length - 1;
      if (!(last && spec.stem) && at < text.length && classOf(text.charCodeAt(at)) === LETTER) return -1;
    }
    return single && spec.stem ? start + length : at;
  }
}

/**
 * Where the next word of a phrase may start after the gap at `at`, or -1: separators only, no
 * digit, one to MAX_GAP of them, and one line break at most (prose wrapped at a line's end:
 * "your union\nrepresentative"; not a blank line or a list).
 */
function afterGap(text: string, at: number): number {
  let gap = 0;
  let breaks = 0;
  while (at + gap < text.length && gap <= MAX_GAP) {
    const c = text.charCodeAt(at + gap);
    if (classOf(c) !== OTHER || (c === 10 && ++breaks > 1)) break;
    gap++;
  }
  return gap === 0 || gap > MAX_GAP ? -1 : at + gap;
}

/** The folded first letter of the word after a phrase's gap at `at`, else 0. */
function nextWordLetter(text: string, at: number): number {
  const next = afterGap(text, at);
  return next < 0 || next >= text.length ? 0 : letterFold(text.charCodeAt(next));
}

/** Bloom filters are bit arrays (128 KiB each): few false positives with ~25,000 first words and stems, still in the CPU's L2 cache. */
const bloomBit = (hash: number) => hash >>> (30 - BLOOM_BITS);

function inBloom(bloom: Uint32Array, hash: number): boolean {
  const bit = bloomBit(hash);
  return ((bloom[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
}

function add(index: Map<number, Entry[]>, bloom: Uint32Array, hash: number, entry: Entry): void {
  const list = index.get(hash);
  if (list) list.push(entry);
  else index.set(hash, [entry]);
  const bit = bloomBit(hash);
  bloom[bit >>> 5] = (bloom[bit >>> 5] as number) | (1 << (bit & 31));
}

/**
 * A suffix with marked letters counts only as one of its spellings: the Polish surnames' "-cka" and the Czech "-cká",
 * not the Croatian adjectives' "-čka" ("Izvanučionička nastava").
 */
function writtenAsSpelled(text: string, start: number, end: number, spelled: ReadonlySet<string> | undefined): boolean {
  if (!spelled) return true;
  const written = text.slice(start, end).toLowerCase();
  return !/[^ -~]/.test(written) || spelled.has(written);
}

function sameFolded(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let j = 0; j < word.length; j++) if (foldCode(text.charCodeAt(at + j)) !== word.charCodeAt(j)) return false;
  return true;
}

/** The family of phrases that look like special-category terms and are not. */
export const NOT_SPECIAL = 'not-special';

/** What one pass over a text found. */
export interface TextScan {
  readonly text: string;
  /** Keyword hits in text order. */
  readonly hits: readonly Hit[];
  /** Hits by family, in text order. */
  readonly byFamily: ReadonlyMap<string, readonly Hit[]>;
  /** [start, end) of runs of digits, in text order. */
  readonly digitRuns: readonly number[];
  /** Positions of '@'. */
  readonly ats: readonly number[];
  /**
   * What detectors derive from the scan and share (the text around digits, their shape, hits
   * by position), made once and kept on the scan itself, so it goes when the scan goes.
   */
  readonly memo: Map<string, unknown>;
}

/** The value `make` derives from `scan`, made once per scan. */
export function memo<T>(scan: TextScan, key: string, make: () => T): T {
  if (scan.memo.has(key)) return scan.memo.get(key) as T;
  const value = make();
  scan.memo.set(key, value);
  return value;
}

/**
 * The Romanian and Moldovan currency after an amount ("11.746,68 lei", "200 lei"), which is the Italian pronoun "lei"
 * (she) to the lexicon: no one spoken of.
 */
function currencyAfterAmount(text: string, hit: Hit): boolean {
  if (hit.end - hit.start !== 3 || text.slice(hit.start, hit.end).toLowerCase() !== 'lei') return false;
  let k = hit.start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\u00a0' || text[k] === '\t')) k--;
  const c = text.charCodeAt(k);
  return c >= 48 && c <= 57;
}

export function scanText(text: string, lexicon: Lexicon): TextScan {
  const hits: Hit[] = [];
  const digitRuns: number[] = [];
  const ats: number[] = [];
  const n = text.length;
  let i = 0;
  const table = LETTER_FOLD;
  let prevDigit = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      const from = i;
      i++;
      while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      digitRuns.push(from, i);
      prevDigit = true;
      continue;
    }
    let f = table[c] as number;
    if (f === UNSEEN) f = letterFold(c);
    if (f !== 0) {
      // A word starts here unless a digit is glued to its front ("4th", "3M02").
      if (prevDigit) {
        i++;
        while (i < n) {
          const d = text.charCodeAt(i);
          let g = table[d] as number;
          if (g === UNSEEN) g = letterFold(d);
          if (g === 0) break;
          i++;
        }
      } else i = lexicon.matchWord(text, i, hits);
      prevDigit = false;
      continue;
    }
    if (c === 64) ats.push(i);
    prevDigit = false;
    i++;
  }
  // Phrases that hold a special-category term but are not one ("syndicat intercommunal", a
  // municipal association, and "conseil syndical", a block's council, are no trade union) cancel
  // the terms that start inside them.
  const cancelled: number[] = [];
  for (const hit of hits) if (hit.family === NOT_SPECIAL) cancelled.push(hit.start, hit.end);
  // The spans come in the order the scan met them, by start: the last one starting at or before `at` holds it, if any does.
  const inside = (at: number) => {
    let lo = 0;
    let hi = cancelled.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cancelled[2 * mid] as number) <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && at < (cancelled[2 * lo - 1] as number);
  };
  const currency = (h: Hit) => h.family === 'person-word' && currencyAfterAmount(text, h);
  const kept =
    cancelled.length === 0 && !hits.some(currency)
      ? hits
      : hits.filter((h) => !(cancelled.length > 0 && h.family.startsWith('special:') && inside(h.start)) && !currency(h));
  const byFamily = new Map<string, Hit[]>();
  for (const hit of kept) {
    const list = byFamily.get(hit.family);
    if (list) list.push(hit);
    else byFamily.set(hit.family, [hit]);
  }
  return { text, hits: kept, byFamily, digitRuns, ats, memo: new Map() };
}

/**
 * The parts of a text around its digits, joined by line breaks into one shorter text, with
 * a map back to where each part came from. Regions widen by `margin` characters on each
 * side, then to the next white space, so a token is never cut in two.
 */
export interface DigitText {
  readonly text: string;
  /** Maps an index in `text` to the index in the scanned text. */
  toSource(index: number): number;
}

const WHOLE_TEXT_BELOW = 8192;

export function digitText(scan: TextScan, margin: number): DigitText {
  const { text, digitRuns } = scan;
  if (digitRuns.length === 0) return { text: '', toSource: (i) => i };
  // Short texts: copying regions costs more than the regexes save.
  if (text.length < WHOLE_TEXT_BELOW) return { text, toSource: (i) => i };
  const regions: number[] = [];
  for (let r = 0; r < digitRuns.length; r += 2) {
    let from = Math.max(0, (digitRuns[r] as number) - margin);
    let to = Math.min(text.length, (digitRuns[r + 1] as number) + margin);
    while (from > 0 && !isSpace(text.charCodeAt(from - 1)) && (digitRuns[r] as number) - from < margin * 3) from--;
    while (to < text.length && !isSpace(text.charCodeAt(to)) && to - (digitRuns[r + 1] as number) < margin * 3) to++;
    const last = regions.length - 1;
    if (last > 0 && from <= (regions[last] as number) + 1) regions[last] = Math.max(regions[last] as number, to);
    else regions.push(from, to);
  }
  // The whole text when most of it is covered anyway (tables, CSV): no copy, no map.
  let covered = 0;
  for (let r = 0; r < regions.length; r += 2) covered += (regions[r + 1] as number) - (regions[r] as number);
  if (covered > text.length * 0.6) return { text, toSource: (i) => i };
  const starts: number[] = [];
  const sources: number[] = [];
  let joined = '';
  for (let r = 0; r < regions.length; r += 2) {
    starts.push(joined.length);
    sources.push(regions[r] as number);
    joined += `${text.slice(regions[r] as number, regions[r + 1] as number)}\n`;
  }
  return {
    text: joined,
    toSource(index) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] as number) <= index) lo = mid;
        else hi = mid - 1;
      }
      return (sources[lo] as number) + index - (starts[lo] as number);
    },
  };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** Longer than any term: a hit ending near an index started at most this far before it. */
const LONGEST_TERM = 120;

/** The first of `hits` (in text order) that starts at or after `index`. */
export function firstFrom(hits: readonly Hit[], index: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hits[mid] as Hit).start < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The nearest hit of `family` that ends within `before` characters before `index` (the last one: a legal form on the IBAN's own line, not one lines above). */
export function near(scan: TextScan, family: string, index: number, before: number): Hit | undefined {
  const hits = scan.byFamily.get(family);
  if (!hits) return undefined;
  let nearest: Hit | undefined;
  for (let k = firstFrom(hits, index - before - LONGEST_TERM); k < hits.length; k++) {
    const hit = hits[k] as Hit;
    if (hit.start >= index) break;
    if (hit.end <= index && index - hit.end <= before) nearest = hit;
  }
  return nearest;
}

/** Whether `near` finds a hit of `family` on the same line as `index` ("RCS de Nantes sous le numéro 512 884 203"). */
export function nearOnLine(scan: TextScan, family: string, index: number, before: number): boolean {
  return nearHitOnLine(scan, family, index, before) !== undefined;
}
/** The hit `nearOnLine` finds: the nearest of `family` ending within `before` characters of `index`, on its line. */
export function nearHitOnLine(scan: TextScan, family: string, index: number, before: number): Hit | undefined {
  const hit = near(scan, family, index, before);
  return hit !== undefined && !scan.text.slice(hit.end, index).includes('\n') ? hit : undefined;
}

/** Whether a hit of `family` lies on the line of `index` ("for example 943 476 5919"), before or after it. */
export function hitOnLine(scan: TextScan, family: string, index: number): boolean {
  const { text } = scan;
  const lineEnd = text.indexOf('\n', index);
  return hitBetween(scan, family, text.lastIndexOf('\n', index - 1) + 1, lineEnd < 0 ? text.length : lineEnd);
}

/** Whether a hit of `family` lies within [from, to). */
export function hitBetween(scan: TextScan, family: string, from: number, to: number): boolean {
  const hits = scan.byFamily.get(family);
  if (!hits) return false;
  for (let k = firstFrom(hits, from); k < hits.length && (hits[k] as Hit).start < to; k++)
    if ((hits[k] as Hit).end <= to) return true;
  return false;
}

/** Whether a hit of `family` spans `inner` ("client" inside "service client"). */
export function insideHit(scan: TextScan, family: string, inner: { start: number; end: number }): boolean {
  const hits = scan.byFamily.get(family);
  if (!hits) return false;
  for (let k = firstFrom(hits, inner.start - LONGEST_TERM); k < hits.length && (hits[k] as Hit).start <= inner.start; k++)
    if ((hits[k] as Hit).end >= inner.end) return true;
  return false;
}

/** The hits that start at `index`, of any family. */
export function hitsAt(scan: TextScan, index: number): readonly Hit[] {
  const byStart = memo(scan, 'hits-by-start', () => {
    const map = new Map<number, Hit[]>();
    for (const hit of scan.hits) {
      const list = map.get(hit.start);
      if (list) list.push(hit);
      else map.set(hit.start, [hit]);
    }
    return map;
  });
  return byStart.get(index) ?? [];
}

/**
 * A few dozen of each language's most frequent words, with the languages that share each: a word the
 * eight languages share less tells more ("de" is French, Spanish, Dutch and Portuguese; "het" only Dutch).
 */
const FREQUENT_WORDS: ReadonlyMap<string, readonly string[]> = (() => {
  const byLanguage = {
    en: 'the and of to you your is for with please are this our we will be have that not at by from my as an it was i',
    de: 'der die das und ist nicht mit sie ich für bitte den dem des ein eine einen einem vom im zu auf bei wir ihr ihre wird werden von sich auch es an als noch nach wie aus oder wenn sind haben',
    fr: 'le la les et est pour vous une un des de du au aux dans sur par nous votre vos sont je ne pas qui que il elle en ce cette avec à se son sa ses mais ou été',
    it: 'il la che di per non una un sono del della con gli le nel alla sul dal è e in si da lo al dei delle ci ha anche come questo i su dell nell nella alle degli più',
    es: 'el los las que por para una un con del se al es su lo muy de la en y no le sus pero como está este esta usted',
    nl: 'de het een en van niet voor met ik je u op is zijn wordt worden naar bij ook dat die er te aan om maar uw heeft hebben dit wij we',
    pl: 'i w z na się nie do jest że od to za oraz przez dla jak po o ze we lub być są może tak jego jej ich pan pani',
    pt: 'o os as que não para uma um com do da em no na pelo pela ao dos das é e de se por mais à seu sua foi são está',
  };
  return languagesByWord(byLanguage);
})();

/** Words joined by "|" as a pattern's alternatives, each with its first letter in either case: "his|her" → "[Hh]is|[Hh]er". */
export const eitherCase = (words: string) =>
  words
    .split('|')
    .map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');

/** Whether a word in lower case is one of the eight languages' most frequent words (articles, pronouns, prepositions). */
export const isFrequentWord = (word: string): boolean => FREQUENT_WORDS.has(word);
/** The languages of the eight whose most frequent words hold a word in lower case, if any do. */
export const frequentWordLanguages = (word: string): readonly string[] | undefined => FREQUENT_WORDS.get(word);

/** A blank line, as mail programs write it too: with a carriage return, or a quoted reply's marks ("\r\n\r\n", ">\n"). */
const BLANK_LINE = /\n[ \t>\r]*\n/;
const BLANK_LINES = new RegExp(BLANK_LINE.source, 'g');
/** How far a paragraph is looked for around a name. */
const PARAGRAPH_REACH = 2000;
/** The word that starts at `at` (letters, apostrophes and hyphens; at most 40 characters), or "". */
export function wordAt(text: string, at: number): string {
  return /^[\p{L}'’-]+/u.exec(text.slice(at, at + 40))?.[0] ?? '';
}

/** The paragraph around `index`: between blank lines, within PARAGRAPH_REACH either side. */
export function paragraphAround(text: string, index: number): [number, number] {
  const from = Math.max(0, index - PARAGRAPH_REACH);
  let start = from;
  for (const m of allMatches(BLANK_LINES, text.slice(from, index))) start = from + m.index + m[0].length;
  const after = text.slice(index, index + PARAGRAPH_REACH).search(BLANK_LINE);
  return [start, after < 0 ? Math.min(text.length, index + PARAGRAPH_REACH) : index + after];
}

/** A text's first line, with the blank lines and spaces before it, not its carriage return: where a title stands. */
export const firstLine = (text: string): string => /^\s*[^\r\n]*/.exec(text)?.[0] ?? '';

/** The language of the text's first few thousand characters, by its most frequent words; '' when none stands out. */
export function languageOf(scan: TextScan): string {
  return memo(scan, 'language', () => languageOfText(scan.text.slice(0, 4000)));
}

/** How far around an index its language is read; a text up to twice as long is read whole. */
const LANGUAGE_REACH = 600;

/**
 * The language of the text around `index`: its paragraph's where that tells one (two frequent words or more), else the
 * few hundred characters about it. In a text of several languages or documents (a bilingual letter, a thread, a
 * report with a message pasted below it) a number's or a word's own.
 */
export function languageNear(scan: TextScan, index: number, reach = LANGUAGE_REACH): string {
  const { text } = scan;
  if (text.length <= 2 * reach) return languageOf(scan);
  const start = text.lastIndexOf('\n\n', index);
  const end = text.indexOf('\n\n', index);
  const paragraph = text.slice(Math.max(0, start), end < 0 ? text.length : end);
  const own = paragraph.length <= 4 * reach ? languageOfText(paragraph, 2) : '';
  return own || languageOfText(text.slice(Math.max(0, index - reach), index + reach));
}

/**
 * Letters Czech and Slovak write and Polish does not, and those Polish writes only: "na", "i", "z", "do" are all three's.
 * Not Slovak "ô", which French and Portuguese write too ("Côtes du Jura", "avô", holdout-937).
 */
const CZECH_SLOVAK_LETTERS = /[ěřůťďňľĺŕĚŘŮŤĎŇĽĹŔ]/;
const POLISH_LETTERS = /[ąęłńśźżĄĘŁŃŚŹŻ]/;
/** Whether a text writes Czech or Slovak letters and no Polish ones: then "na", "i", "z", "do" tell no Polish. */
export const czechOrSlovakNotPolish = (text: string): boolean => CZECH_SLOVAK_LETTERS.test(text) && !POLISH_LETTERS.test(text);

/**
 * The language around `index` where its words tell it: one word only that language has, or two it shares ("de" alone is
 * French, Spanish, Dutch and Portuguese, and tells none). Else "".
 */
export function languageSurelyNear(scan: TextScan, index: number): string {
  const language = languageNear(scan, index);
  // A longer text's language is its paragraph's or its window's already.
  if (!language || scan.text.length > 2 * LANGUAGE_REACH) return language;
  return memo(scan, 'language-sure', () => languageOfText(scan.text.slice(0, 4000), 1));
}

function languageOfText(text: string, least = 0): string {
  const scores = new Map<string, number>();
  // Czech or Slovak, none of the eight: not Polish for the words they share.
  if (czechOrSlovakNotPolish(text)) return '';
  for (const m of allMatches(/\p{L}+/gu, text.toLowerCase())) {
    const languages = FREQUENT_WORDS.get(m[0]);
    if (languages) for (const language of languages) scores.set(language, (scores.get(language) ?? 0) + 1 / languages.length);
  }
  let best = '';
  let most = 0;
  for (const [language, n] of scores) if (n > most) [best, most] = [language, n];
  return most >= least ? best : '';
}

/** A code block's fence at a line's start. */
const FENCE = /^[ \t]*(?:```|~~~)/gm;
/**
 * Whether `index` lies in a fenced code block whose introducing line (the last line of words before it) says it is an
 * example ("## Esempio" above "```python … cessionario_cf=\"RSSMRA80A01H501U\"", "Example request body:" above a JSON
 * body).
 */
export function exampleCodeBlock(scan: TextScan, index: number): boolean {
  if (!scan.byFamily.has('example-marker')) return false;
  const { text } = scan;
  const fences = memo(scan, 'fences', () => allMatches(FENCE, text).map((m) => m.index as number));
  // An odd number of fences before it: inside a block, which the last one opens.
  let before = 0;
  while (before < fences.length && (fences[before] as number) < index) before++;
  if (before % 2 === 0) return false;
  const open = fences[before - 1] as number;
  const windowStart = Math.max(0, open - 300);
  const line = text.slice(windowStart, open).trimEnd();
  const lineStart = windowStart + line.lastIndexOf('\n') + 1;
  return hitBetween(scan, 'example-marker', lineStart, windowStart + line.length);
}

/** Adds `value` to the list `map` holds under `key`, starting the list where there is none. */
/** Each word of a table of words per language (one string of words each), with the languages whose words hold it. */
export function languagesByWord(byLanguage: Readonly<Record<string, string>>): Map<string, string[]> {
  const words = new Map<string, string[]>();
  for (const [language, list] of Object.entries(byLanguage)) for (const word of list.split(' ')) addTo(words, word, language);
  return words;
}

export function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
