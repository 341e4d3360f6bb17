// Texts as people's tools write them, read as the lexicons and rules expect them: no-break and zero-width spaces as
// spaces, Windows' and old Macs' line ends as line feeds, a reply's quote marks and Markdown's emphasis as spaces,
// words that soft hyphens or a line's end cut read whole. Every function keeps the text's length, so a finding's
// offset holds for the text as written (as capitals.ts's title case and tables.ts's aligned columns do).

/**
 * No-break and zero-width spaces, and the soft hyphens inside words (web pages' and Word files' "&nbsp;", "&shy;"); a
 * byte-order mark left inside a text (files joined, a field pasted from one) is a zero-width no-break space.
 */
const SPECIAL_SPACES = /[\u00a0\u2007\u202f\u200b\ufeff]/g;
/** Whether a text holds one: tested without the global flag's `lastIndex`. */
const SPECIAL_SPACE = /[\u00a0\u2007\u202f\u200b\ufeff]/;
const SOFT_HYPHENS = /(\p{L}+)((?:\u00ad\p{L}+)+)/gu;

/**
 * Spaces as spaces and words as words: a no-break or a zero-width space reads as a space ("Frau&nbsp;Weber"), and a
 * word's soft hyphens move to its end ("Lungen&shy;entzündung" as "Lungenentzündung&shy;"). The text keeps its length.
 */
export function plainSpaces(text: string): string {
  let out = SPECIAL_SPACE.test(text) ? text.replace(SPECIAL_SPACES, ' ') : text;
  if (out.includes('\u00ad')) {
    out = out.replace(SOFT_HYPHENS, (_whole, first: string, rest: string) => {
      const parts = rest.split('\u00ad');
      return `${first}${parts.join('')}${'\u00ad'.repeat(parts.length - 1)}`;
    });
  }
  return out;
}

/**
 * Line ends as the rules read them: Windows' "\r\n" (e-mail, files saved on Windows) as a space and a line feed, and an
 * old Mac's "\r" alone as a line feed (not one that ends the text, whose "\n" may come in the next window). The text
 * keeps its length.
 */
export function lineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?=\n)/g, ' ').replace(/\r(?=[^\n])/g, '\n') : text;
}

/** A quoted line's marks at its start: "> ", ">> ", "> > " (e-mail replies, Markdown quotes). */
const QUOTE_MARKS = /^[ \t]*>(?:[ \t]*>)*/gm;

/**
 * Quoted lines read as the lines they quote: the marks a reply puts before each line of the message it answers
 * ("> Hi, I've tried three times …") become spaces, so that a quoted letter's salutation, signature and lines read
 * as a letter's. The text keeps its length.
 */
export function unquoted(text: string): string {
  return text.includes('>') ? text.replace(QUOTE_MARKS, (marks) => ' '.repeat(marks.length)) : text;
}

/** Markdown's emphasis around words on one line: "**Anna Weber**", "*Priya*", "__Name:__", not "first_name" or "2*3". */
const EMPHASIS = /(?<![\p{L}\d*_\\])(\*{1,2}|_{1,2})(?=[^\s*_])([^\n*_]*?[^\s*_\\])\1(?![\p{L}\d*_])/gu;

/**
 * Emphasised words read as words: Markdown's marks around them become spaces ("Thanks to **Priya** for …" as
 * "Thanks to   Priya   for …"), so that a name in bold stands in its prose. The text keeps its length.
 */
export function unemphasised(text: string): string {
  if (!text.includes('*') && !text.includes('_')) return text;
  return text.replace(
    EMPHASIS,
    (_whole, marks: string, inner: string) => `${' '.repeat(marks.length)}${inner}${' '.repeat(marks.length)}`,
  );
}

/** A word broken at a line's end by a hyphen ("Lungen-\nentzündung"), not before a conjunction ("Ein-\nund Ausgang"). */
const BROKEN_WORD =
  /(?<=\p{Ll}\p{Ll})-(\r?\n)[ \t]*(?!(?:und|oder|bis|sowie|and|or|to|et|ou|e|o|ed|od|y|en|of|i|lub|oraz|as)(?![\p{L}]))(\p{Ll}+)/gu;

/**
 * Words a line's end broke with a hyphen, as justified text and PDFs print them, read whole ("Kranken-\nhaus" as
 * "Krankenhaus\n "): the line break and the spaces move after the word, so the text keeps its length; only the
 * word's second part moves left.
 */
export function joinedWords(text: string): string {
  if (!text.includes('-\n') && !text.includes('-\r\n')) return text;
  return text.replace(BROKEN_WORD, (whole, lineEnd: string, rest: string) => {
    const spare = whole.length - rest.length - lineEnd.length;
    return `${rest}${lineEnd}${' '.repeat(spare)}`;
  });
}

/** A JSON key in quotes before its colon: `"vorname":`. */
const JSON_KEY = /"([^"\n\\]{1,60})"(?=[ \t]*:)/g;
/** A JSON string value after its colon: `: "Lena"`. */
const JSON_VALUE = /:([ \t]*)"([^"\n\\]*)"/g;
/** Between two members, or opening an object: the comma or the brace before the next key. */
const JSON_BREAK = /[,{](?=[ \t]*"[^"\n\\]{1,60}"[ \t]*:)/g;

/**
 * JSON written on one line (a log's payload, a minified export) read as one member per line, as fields are written:
 * `{"kunde": {"vorname": "Lena", "nachname": "Krüger"}}` as lines "kunde :", "vorname :  Lena ", "nachname :  Krüger ".
 * The quotes become spaces and the comma or brace before each key a line break; lines with fewer than two keys (JSON
 * as `JSON.stringify(…, null, 2)` writes it) and code that builds an object stay as they are. The text keeps its length.
 */
export function jsonMembers(text: string): string {
  if (!text.includes('":')) return text;
  return text
    .split('\n')
    .map((line) => {
      if (line.indexOf('":') === line.lastIndexOf('":')) return line;
      // Code that builds an object ("qs.stringify({ "first": "John" })", "const user = {…}") is an example, not a record.
      const brace = line.indexOf('{');
      if (brace > 0 && /[(=]/.test(line.slice(0, brace))) return line;
      return line
        .replace(JSON_BREAK, '\n')
        .replace(JSON_KEY, (_whole, key: string) => ` ${key} `)
        .replace(JSON_VALUE, (_whole, gap: string, value: string) => `:${gap} ${value} `);
    })
    .join('\n');
}

/** A line that wraps no prose: a list's item, a field, a quote, a chat's or a log's line, a table's row (a tab, a bar, spaces aligning columns), a price list's dot leaders. */
const NOT_PROSE_LINE =
  /^[ \t]*(?:[-*•+#>|[(]|\d{1,3}[.)][ \t]|\d{1,2}[:.]\d{2}|[\p{L}_][\p{L}\d_ .-]{0,30}:[ \t])|\t|\||\S {2,}\S|\.{3,}|…/u;
/** A line of words: spaces between them (a CSV row has few), more spaces than delimiters, no list, field, quote or table. */
function prose(line: string): boolean {
  const spaces = line.trim().split(' ').length - 1;
  const delimiters = (line.match(/[,;]/g) ?? []).length;
  return spaces >= 3 && delimiters * 2 <= spaces && !NOT_PROSE_LINE.test(line);
}
/** A line going on in lower case, as a sentence broken by a wrap goes on. */
const GOES_ON_IN_LOWER_CASE = /^[ \t]*\p{Ll}/u;
/** The first word of a line, as a wrapping tool measures it. */
const FIRST_WORD = /^[ \t]*(\S+)/;

/**
 * Prose wrapped at a width (a mail's lines at 72 columns, a terminal's at 80) read as the lines it was written in: a
 * line that broke only because its next word did not fit reads on with a space ("… interno 5, scala B, 41121\nModena"
 * as "… 41121 Modena"), so that what a rule reads on one line is on one. Only where lines of the width's length recur
 * (a wrapped text), not after a sentence's or a label's end, nor for lists, fields, quotes or tables. The text keeps its
 * length; only a joined line's first word moves left, before its indent.
 */
export function unwrapped(text: string): string {
  const lines = text.split('\n');
  if (lines.length < 3) return text;
  // Measured without an indent: a reply's quote marks, read as spaces, widen every line alike (holdout-989's quoted shape).
  const lengths = lines.map((line) => line.trim().length);
  // The longest line, by a loop: spreading a window's lines into Math.max's arguments could exceed the engine's limit.
  let width = 0;
  for (const length of lengths) if (length > width) width = length;
  if (width < 60 || width > 100) return text;
  const isProse = lines.map(prose);
  // Wrapped at that width: three lines of prose at least within 12 characters of it.
  if (lines.filter((_line, i) => (lengths[i] as number) >= width - 12 && isProse[i]).length < 3) return text;
  // A paragraph's short last line going on in lower case ("… Vele handen\nmaken licht werk!"): after a line of prose
  // near the width, a blank line or the text's end after it, no list's, field's or table's.
  const tail = lines.map(
    (line, i) =>
      i > 0 &&
      !isProse[i] &&
      isProse[i - 1] === true &&
      (lengths[i - 1] as number) >= width - 12 &&
      (lines[i + 1] ?? '').trim() === '' &&
      GOES_ON_IN_LOWER_CASE.test(line) &&
      !NOT_PROSE_LINE.test(line),
  );
  // Where a line broke: its next word would not have fitted on it, and both are prose (or the next a paragraph's tail).
  const brokeBefore = (i: number, next: boolean) => {
    const word = isProse[i] === true && next ? FIRST_WORD.exec(lines[i + 1] as string)?.[1] : undefined;
    return (
      word !== undefined &&
      (lengths[i] as number) >= width / 2 &&
      (lengths[i] as number) + 1 + word.length > width &&
      word.length <= 24
    );
  };
  const broke = lines.map((_line, i) => brokeBefore(i, isProse[i + 1] === true));
  const brokeIntoTail = lines.map((_line, i) => brokeBefore(i, tail[i + 1] === true));
  // Wrapped text breaks most of its lines of prose so, and some mid-sentence, the next line going on in lower case; a
  // programme's or a list's long lines, each a capital's, do not. A paragraph's tail tells that too, not alone.
  const pairs = lines.filter((_line, i) => isProse[i] === true && isProse[i + 1] === true).length;
  const breaks = broke.filter(Boolean).length;
  const goesOn =
    broke.filter((b, i) => b && GOES_ON_IN_LOWER_CASE.test(lines[i + 1] as string)).length + brokeIntoTail.filter(Boolean).length;
  if (breaks === 0 || breaks * 2 < pairs || goesOn < Math.max(1, Math.ceil(breaks / 3))) return text;
  for (let i = 0; i < lines.length; i++) if (brokeIntoTail[i]) broke[i] = true;
  let out = '';
  let joined = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    // A line read on from the one before: its indent (a reply's quote marks, read as spaces) moves after its first word.
    if (joined) line = line.replace(/^([ \t]+)(\S+)/, (_whole, indent: string, word: string) => `${word}${indent}`);
    out += line;
    if (i === lines.length - 1) break;
    // Not after a sentence's or a label's end: a signature's name or a list may follow.
    joined = broke[i] === true && !/[.!?:;]["'»”)]?$/.test(line.trimEnd());
    out += joined ? ' ' : '\n';
  }
  return out;
}
