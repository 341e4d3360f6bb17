// Text written all in capitals, as legacy systems print letters, notices and forms ("SEHR
// GEEHRTE FRAU WEBER, IHRE KRANKMELDUNG …"). The rules for names need a capital followed by
// small letters, so such a text is read with its words in title case: "Sehr Geehrte Frau
// Weber, Ihre Krankmeldung …". Only words of letters change: a letter run beside a digit or an
// MRZ filler ("DE89", "NE46 3AB", "P<GBRMCCARTHY<<AOIFE") stays as written, and so do the words
// that count only as written (legal forms, party names: "GMBH", "SPD"). The length stays the
// same, so every finding's index holds for the text as written.

import { classifierTerms } from './lexicons.js';
import { allMatches } from './matches.js';
import { AMBIGUOUS_GIVEN, COMMON_WORD_SURNAMES, GIVEN, SURNAME, WORD_NAMES } from './names.js';
import { commonWordsOf, givenNameIsWord } from './other-languages.js';
import { fold, isFrequentWord, type TextScan } from './text-scan.js';

/** Share of capitals among the letters from which a text counts as written in capitals. */
const CAPITALS_SHARE = 0.8;
/** Fewer letters than this (a heading, a code) are not a text in capitals. */
const MIN_LETTERS = 40;

let exact: Set<string> | undefined;
/**
 * Words that count only as written, in capitals: "GMBH", "SPD", "UNISON". Not those but legal forms that are a frequent
 * word of the languages too (the Polish school's "LO" is the Spanish and Italian "lo"): in a text in capitals, that is
 * what they are.
 */
function exactWords(): Set<string> {
  exact ??= new Set(
    classifierTerms()
      .filter((t) => t.exactCase)
      .map((t) => [(t.phrase.split(' ')[0] as string).toUpperCase(), t.family] as const)
      // A legal form stays, whatever it also means ("LAMBERT SA", French "sa"); the informal "tu", written as it is only
      // to keep "TU Delft" out, reads in title case as any word ("TU RECETA" is "Tu receta").
      .filter(([word, family]) => family === 'legal-form' || (family !== 'second-person' && !isFrequentWord(word.toLowerCase())))
      .map(([word]) => word),
  );
  return exact;
}

/** Fewer letters than this are no short note in capitals ("OK", "ABC 123"). */
export const MIN_NOTE_LETTERS = 12;

/** A character's case: 1 a capital, -1 a small letter, 0 no cased letter (ASCII by its codes, others by their case mappings). */
function letterCase(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return 1;
  if (c >= 97 && c <= 122) return -1;
  if (c < 0xc0) return 0;
  const ch = text[i] as string;
  const upper = ch.toUpperCase();
  if (ch.toLowerCase() === upper) return 0;
  return ch === upper ? 1 : -1;
}

/** Whether most of the text's letters are capitals, from `least` letters on. */
export function mostlyCapitals(text: string, least = MIN_LETTERS): boolean {
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = letterCase(text, i);
    if (kind !== 0) letters++;
    if (kind === 1) capitals++;
  }
  return letters >= least && capitals >= letters * CAPITALS_SHARE;
}

/** Share of capitals among a line's letters from which it belongs to a run in capitals: a note in brackets aside. */
const LINE_CAPITALS_SHARE = 2 / 3;
/** Fewer letters than this in a run of lines in capitals (headings, a title page) are not a text in capitals. */
const MIN_RUN_LETTERS = 120;

/**
 * Runs of whole lines with no small letter, or few beside their capitals, and, together, at least MIN_RUN_LETTERS
 * capitals: a letter or a form in capitals inside a longer text (a scanned batch whose pages before it are prose).
 * [start, end) of each.
 */
export function capitalRuns(text: string): Array<readonly [number, number]> {
  const runs: Array<readonly [number, number]> = [];
  let runStart = -1;
  let letters = 0;
  const close = (end: number) => {
    if (runStart >= 0 && letters >= MIN_RUN_LETTERS) runs.push([runStart, end]);
    runStart = -1;
    letters = 0;
  };
  for (let lineStart = 0; lineStart <= text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    let capitals = 0;
    let small = 0;
    for (let i = lineStart; i < lineEnd; i++) {
      const kind = letterCase(text, i);
      if (kind === 1) capitals++;
      else if (kind === -1) small++;
    }
    // A line mostly in capitals is one of them: a booking's passenger line with its meal's note ("… SSR MOML (Muslim
    // meal)", holdout-279 after other pages).
    if (small > 0 && capitals < (capitals + small) * LINE_CAPITALS_SHARE) close(lineStart);
    else {
      if (runStart < 0) runStart = lineStart;
      letters += capitals;
    }
    lineStart = lineEnd + 1;
  }
  close(text.length);
  return runs;
}

/** Whether the text's letters, from `least` on, hold no capital at all: a note typed in lower case. */
export function allLowerCase(text: string, least = MIN_NOTE_LETTERS): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = letterCase(text, i);
    if (kind === 1) return false;
    if (kind === -1) letters++;
  }
  return letters >= least;
}

/** Titles as notes abbreviate them before a surname, which a note in lower case writes so too ("rappeler m. lefebvre"). */
const LOWER_TITLES = new Set(['m', 'mme', 'mr', 'mrs', 'ms', 'dr', 'sr', 'sra', 'hr', 'fr', 'sig', 'dhr', 'mevr', 'p']);
/**
 * Of those, the ones a note writes without a dot too ("demander à mme garnier"), and titles written out; not "mr",
 * "ms" or "dr", which name products and brands so ("mr clean", "ms teams", "dr martens").
 */
const LOWER_TITLES_UNDOTTED = new Set(['mme', 'mlle', 'sra', 'herr', 'frau', 'dhr', 'mevr', 'signora', 'señora', 'senhora']);

/**
 * A note in lower case with its known surnames, and a title with the word after it, capitalised ("key is with
 * kowalczyk" → "key is with Kowalczyk", "rappeler m. lefebvre" → "rappeler M. Lefebvre", "demander à mme garnier" →
 * "demander à Mme Garnier"), as the rules for names read them. Its length unchanged.
 */
export function lowerNamesCased(text: string, givenToo = false, language = ''): string {
  const words = allMatches(LETTER_RUN, text);
  const up = new Set<number>();
  for (let i = 0; i < words.length - 1; i++) {
    const title = words[i] as RegExpExecArray;
    const next = words[i + 1] as RegExpExecArray;
    const gap = text.slice(title.index + title[0].length, next.index);
    const dotted = /^\.[ \t]+$/.test(gap);
    const isTitle = dotted ? LOWER_TITLES.has(title[0]) : /^[ \t]+$/.test(gap) && LOWER_TITLES_UNDOTTED.has(title[0]);
    // The word after it, whatever it is but a frequent word, a month or a day: "mme Garnier", not "meine frau ist".
    if (isTitle && next[0].length >= 3 && !readInLowerCase(next[0])) up.add(title.index).add(next.index);
    // A known given name right before a known surname ("ask anna schmidt") or after it, as registers write people
    // ("rossi giulia: assente"), neither a word too: both.
    if (/^[ \t]+$/.test(gap) && (pairInLowerCase(title[0], next[0]) || pairInLowerCase(next[0], title[0])))
      up.add(title.index).add(next.index);
  }
  return text.replace(LETTER_RUN, (word, at: number) => {
    const capital = capitalised(word);
    if (capital.length !== word.length || /^\p{Lu}/u.test(word)) return word;
    if (up.has(at)) return capital;
    // Surnames only: a first name in lower case has its own rules ("lg steffi", "hi anna"), which a song's title
    // ("hey jude", "sweet caroline") does not pass; given names too in a short message (`givenToo`), no word either.
    const key = fold(word);
    if (givenToo && plainName(capital) && GIVEN.has(key)) return capital;
    // And a given name the lists leave out as a word somewhere, where the message's language has no such word ("mia ist
    // ab nächster woche …" in German; not "la mia casa").
    if (givenToo && language !== '' && AMBIGUOUS_GIVEN.has(key) && !readInLowerCase(word) && !givenNameIsWord(word, language))
      return capital;
    return plainName(capital) && SURNAME.has(key) && !GIVEN.has(key) ? capital : word;
  });
}

/** A JSON string that is a member's value: a key's string is followed by its colon. */
const JSON_VALUE = /"((?:[^"\\\n]|\\.){12,600})"(?![ \t]*:)/g;
/** What makes a paragraph code or markup rather than a note: brackets, operators, backticks. */
const CODE_LIKE = /[{}()[\]<>=;`|\\]/;
/** A line of four words or more: a note's sentence, not a word list's line. */
const SENTENCE_LINE = /(?:^|\n)[^\n]*?(?:\p{L}+[^\p{L}\n]+){3}\p{L}+/u;

/**
 * Notes typed all in lower case inside a longer text: a JSON member's value ("body": "parcel for okonkwo …"), a
 * paragraph between blank lines (a note under pages of other text), or a line under a field's label (an extracted JSON
 * or YAML value), each of 600 characters at most, with a line of four words or more and nothing of code about it.
 * Where they start and end in the text.
 */
export function lowerNoteSegments(text: string, longest: number): Array<readonly [number, number]> {
  const segments: Array<readonly [number, number]> = [];
  const note = (from: number, to: number) => {
    const body = text.slice(from, to);
    if (to - from <= longest && allLowerCase(body) && SENTENCE_LINE.test(body) && !CODE_LIKE.test(body))
      segments.push([from, to]);
  };
  if (text.includes('"')) for (const m of allMatches(JSON_VALUE, text)) note(m.index + 1, m.index + 1 + (m[1] as string).length);
  const blank = /\n[ \t\r]*\n/g;
  let start = 0;
  for (let m = blank.exec(text); ; m = blank.exec(text)) {
    const end = m ? m.index : text.length;
    if (end > start && !segments.some(([a, b]) => a < end && b > start)) {
      const found = segments.length;
      note(start, end);
      // Not all of it: a line under a field's label ("body:" / "key for room 12 is with kowalczyk"), as an extracted
      // JSON or YAML value stands.
      if (segments.length === found) {
        const paragraph = text.slice(start, end);
        if (paragraph.includes(':')) {
          for (const l of allMatches(/:[ \t]*\r?\n(?=([^\n]+))/g, paragraph)) {
            const from = start + l.index + l[0].length;
            // The value's lines to the paragraph's end, as an extracted JSON body of many lines stands ("body:\nnotes
            // from today\n- spoke to mehmet yilmaz …"); else its first line.
            const before = segments.length;
            if (end > from + (l[1] as string).length) note(from, end);
            if (segments.length === before) note(from, from + (l[1] as string).length);
          }
        }
      }
    }
    if (!m) break;
    start = m.index + m[0].length;
  }
  return segments;
}

/** The text with the given segments read as lowerNamesCased reads a note (in `language`), its length unchanged. */
export function lowerNamesCasedIn(
  text: string,
  segments: ReadonlyArray<readonly [number, number]>,
  givenToo = false,
  language = '',
): string {
  let out = '';
  let at = 0;
  for (const [start, end] of [...segments].sort((a, b) => a[0] - b[0])) {
    out += text.slice(at, start) + lowerNamesCased(text.slice(start, end), givenToo, language);
    at = end;
  }
  return out + text.slice(at);
}

/** A name's value typed in lower case after its field's label: "Name: anna schmidt", "Nachname: weber". */
const LOWER_FIELD_VALUE =
  /^(?:\([a-z]{1,2}\))?[ \t]*[:=][ \t]*["']?(\p{Ll}[\p{Ll}'’-]+(?:[ \t]+\p{Ll}[\p{Ll}'’-]*){0,3})["']?[ \t]*(?=[\r\n,;"]|$)/du;
/** Families of the labels a name's value follows, and how many words it needs: one after a key that is a name's. */
const NAME_LABELS: ReadonlyArray<readonly [string, number]> = [
  ['name-key', 1],
  ['name-generic', 2],
  ['person-role', 2],
  ['contact-key', 2],
];

/** A field's label and its value in lower case: where the label starts, and the value's [start, end). */
export interface LowerField {
  readonly label: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Names typed in lower case into a name's field, as people fill in forms and exports keep them ("Name: anna schmidt",
 * "Dipendente: emanuele carta", "Nachname: weber"): the value's first word a known name that is no word.
 */
export function lowerFieldValues(scan: TextScan): LowerField[] {
  const fields: LowerField[] = [];
  for (const [family, least] of NAME_LABELS) {
    for (const hit of scan.byFamily.get(family) ?? []) {
      const m = LOWER_FIELD_VALUE.exec(scan.text.slice(hit.end, hit.end + 80));
      const span = m?.indices?.[1];
      if (!m || !span) continue;
      const words = (m[1] as string).split(/[ \t]+/);
      if (words.length < least) continue;
      // A known given name first, as a word it may be too ("blanca tijerina caraballo" after "empleado:"), where a known
      // surname follows and no frequent word: two words at least after a person's or a name's label ("blanca y negra" is
      // no one).
      const first = capitalised(words[0] as string);
      const rest = words.slice(1);
      const ambiguousFirst =
        rest.length >= 1 &&
        AMBIGUOUS_GIVEN.has(fold(first)) &&
        rest.some((w) => SURNAME.has(fold(w))) &&
        rest.every((w) => PARTICLES.has(w) || !readInLowerCase(w));
      if (!plainName(first) && !ambiguousFirst) continue;
      fields.push({ label: hit.start, start: hit.end + span[0], end: hit.end + span[1] });
    }
  }
  return fields;
}

/** The text with those values' words capitalised but their particles ("jan de vries" → "Jan de Vries"), its length unchanged. */
export function lowerFieldsCased(text: string, fields: readonly LowerField[]): string {
  let out = '';
  let at = 0;
  for (const { start, end } of [...fields].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    out += text.slice(at, start) + text.slice(start, end).replace(LETTER_RUN, (w) => (PARTICLES.has(w) ? w : capitalised(w)));
    at = end;
  }
  return out + text.slice(at);
}

/**
 * A given name and a surname as a note in lower case writes them, neither read as a word ("anna schmidt"); the surname
 * may be one the lists hold as a given name too, as Turkish ones are ("mehmet yilmaz", holdout-367), of five letters or
 * more: shorter given names are other languages' words too often ("dina lån", your loans; "ajan koko", the whole time).
 */
function pairInLowerCase(first: string, second: string): boolean {
  const [a, b] = [fold(first), fold(second)];
  if (first.length < 3 || second.length < 3 || !GIVEN.has(a) || !(SURNAME.has(b) || (GIVEN.has(b) && b.length >= 5)))
    return false;
  return (
    !readInLowerCase(first) &&
    !readInLowerCase(second) &&
    !COMMON_WORD_SURNAMES.has(capitalised(second)) &&
    plainName(capitalised(first)) &&
    plainName(capitalised(second))
  );
}

/** A word with its first letter in capitals ("kowalczyk" → "Kowalczyk"). */
const capitalised = (word: string): string => (word[0] as string).toUpperCase() + word.slice(1);

/** The text with its runs of lines in capitals in title case, its length unchanged. */
export function titleCasedRuns(text: string, runs: ReadonlyArray<readonly [number, number]>): string {
  let out = '';
  let at = 0;
  for (const [start, end] of runs) {
    out += text.slice(at, start) + titleCased(text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}

const LETTER_RUN = /\p{L}+/gu;
/** A plate's shape from its first letters: "GH 512 KL", "AB-123-CD", "M AB 1234" (not "IN 2026", no letters after). */
const PLATE_FROM = /^[A-Z]{1,3}[ -](?:\d{1,4}[ -][A-Z]{1,3}|[A-Z]{1,2}[ -]\d{1,4})(?![\p{L}\d])/u;

/** The text with each word of letters in title case ("ANNA" → "Anna"), its length unchanged. */
export function titleCased(text: string): string {
  return text.replace(LETTER_RUN, (word, at: number) => {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (/[\d<]/.test(before) || /[\d<]/.test(after)) return word;
    // A legal form that is a frequent word too opens no line or sentence: "SE NON HAI CONTANTI" is Italian "if".
    if (exactWords().has(word) && !(atSentenceStart(text, at) && isFrequentWord(word.toLowerCase()))) return word;
    // A number plate's letters around its digits: "TARGATA GH 512 KL", "KENNZEICHEN M AB 1234".
    if (word.length <= 3 && PLATE_FROM.test(text.slice(at, at + 16))) return word;
    // Letters among an identifier's groups of digits: "NL85 INGB 0006 …", "CX 84 70 11 C".
    if (word.length <= 4) {
      const digitBefore = before === ' ' && /\d/.test(text[at - 2] ?? '');
      const digitAfter = after === ' ' && /\d/.test(text[at + word.length + 1] ?? '');
      if (
        (digitBefore && (digitAfter || !/[\p{L} \t]/u.test(after))) ||
        (word.length <= 2 && digitAfter && (before === '-' || /[:\s]/.test(text[at - 2] ?? ' ')))
      )
        return word;
    }
    let out = word[0] as string;
    for (let i = 1; i < word.length; i++) {
      const lower = (word[i] as string).toLowerCase();
      out += lower.length === 1 ? lower : word[i];
    }
    return out;
  });
}

/** Months and days, which the Romance languages, Dutch and Polish write in lower case ("DE MARÇO" is no Marco). */
// biome-ignore format: a word table reads best packed
const MONTHS_AND_DAYS = new Set(
  ('janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi ' +
    'vendredi samedi dimanche gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre ' +
    'dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica enero febrero marzo abril mayo junio julio ' +
    'septiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo januari februari maart ' +
    'april mei juni juli augustus september oktober november december maandag dinsdag woensdag donderdag vrijdag ' +
    'zaterdag zondag styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień ' +
    'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia poniedziałek ' +
    'wtorek środa czwartek piątek sobota niedziela janeiro fevereiro março maio junho julho setembro outubro dezembro ' +
    'segunda terça quarta quinta sexta').split(' '),
);

/**
 * The text in title case but for the languages' most frequent words, in lower case ("MIA IST AB NÄCHSTER WOCHE IN
 * ELTERNZEIT" → "Mia ist ab Nächster Woche in Elternzeit"), so that the rules that read a lower-case word beside a
 * name see one; months and days too, and since 2.42.0 the thousand most frequent words of the text's `language` that
 * no name list holds, of two letters or more ("JASPER KRIJGT" → "Jasper krijgt", "NYA BOK" → "Nya bok"; not an initial,
 * "J OKAFOR"). Its length unchanged. `titled` is the text in title case, where the caller has it.
 */
export function sentenceCased(text: string, titled = titleCased(text), language = ''): string {
  const common = commonWordsOf(language);
  return titled.replace(LETTER_RUN, (word, at: number) => {
    const lower = word.toLowerCase();
    if (lower.length !== word.length || !(readInLowerCase(lower) || (lower.length > 1 && common.has(lower)))) return word;
    return atSentenceStart(titled, at) ? word : lower;
  });
}

/** A frequent word, a month or a day: what the sentence's reading writes in lower case. */
const readInLowerCase = (lower: string) => isFrequentWord(lower) || MONTHS_AND_DAYS.has(lower);

/** Whether `at` opens a sentence, a line or a field's value: a word there keeps its capital. */
const atSentenceStart = (text: string, at: number) => /(?:^|[.!?:;\n][ \t"'«„(]*)$/.test(text.slice(Math.max(0, at - 4), at));

/** A known given name or surname that is no frequent word, month, day or word-like name ("Jürgen", not "Maggio", "Iris"). */
export function plainName(word: string): boolean {
  const lower = word.toLowerCase();
  const key = fold(word);
  return (GIVEN.has(key) || SURNAME.has(key)) && !readInLowerCase(lower) && !WORD_NAMES.has(key);
}

/** Particles inside names, frequent words too ("ANNA VON BERG", "LUCA DI STEFANO"). */
// biome-ignore format: a word table reads best packed
const PARTICLES = new Set([
  'von', 'van', 'de', 'der', 'den', 'di', 'da', 'del', 'della', 'dos', 'das', 'do', 'du', 'des', 'la', 'le', 'lo', 'y',
  'e', 'zu', 'ter', 'ten', 'af', 'al', 'el', 'ben', 'bin', 'st',
]);
/**
 * A name read in title case whose later words hold a frequent word that is no known name ("Giulia Ha", "Rosa Ist",
 * "Margherita Con"): title case made the word a surname; the sentence's reading below tells.
 */
export function frequentWordInName(value: string): boolean {
  const words = value.split(/[\s]+/);
  for (let i = 1; i < words.length; i++) {
    const word = words[i] as string;
    const lower = word.toLowerCase();
    // A particle before a surname ("Von Berg"), not at the end ("Tasa De", "Ata Da").
    if (PARTICLES.has(lower) && i < words.length - 1) continue;
    const key = fold(word);
    if (readInLowerCase(lower) && !SURNAME.has(key) && !GIVEN.has(key)) return true;
  }
  return false;
}

/**
 * A name read in title case whose later words are no known given name or surname ("Jasper Krijgt", "Paul Kauft",
 * "Amber Warning"): in capitals every word is capitalised, so a capital tells nothing, and only the name lists do.
 */
export function unknownSurnameInCapitals(value: string): boolean {
  const words = value.split(/\s+/).filter((w) => !PARTICLES.has(w.toLowerCase()));
  if (words.length < 2) return false;
  return words.slice(1).every((word) => {
    const key = fold(word.replace(/['’]s$/, ''));
    return !SURNAME.has(key) && !GIVEN.has(key) && !/^\p{Lu}\.?$/u.test(word);
  });
}

/** Texts in capitals this short are a note's: read a third time, names only, with every other word in lower case. */
export const SHORT_NOTE = 300;

/**
 * The text in title case but for every word that is no known given name or surname, in lower case, but at a sentence's
 * start ("DAS PAKET FÜR JÜRGEN LIEGT AM EMPFANG" → "Das paket für Jürgen liegt am empfang"): a staff note's name
 * stands among lower-case words as the rules for short notes read it. Its length unchanged.
 */
export function namesCased(titled: string): string {
  // Words after a context word keep their case: "Avenida Eng. Duarte Pacheco" is a street's name.
  let keep = 0;
  return titled.replace(LETTER_RUN, (word, at: number) => {
    const lower = word.toLowerCase();
    if (lower.length !== word.length) return word;
    const key = fold(word);
    // Names stay, and the words that tell what a name is part of (a street's, a title's, an institution's: "Rua Dr.
    // António José de Almeida"), with the three words after them; months, days and frequent words that are names too
    // go ("Agosto", "Maggio", "Março").
    const context = contextWords().get(key);
    if (context !== undefined) {
      // A street's, an institution's or a title's name goes on after it; a thing's kind names the word after it only.
      keep = context ? 3 : 0;
      return word;
    }
    if (keep > 0) {
      keep--;
      return word;
    }
    if (plainName(word)) return word;
    // A legal form stays as title case kept it ("GMBH", the "S" and "L" of "S.L."): "FERRETERÍA LÓPEZ, S.L." is a company's.
    if (exactWords().has(word) || DOTTED_FORM.test(titled.slice(at, at + 4))) return word;
    return atSentenceStart(titled, at) ? word : lower;
  });
}
/** A dotted abbreviation from a letter on ("S.L.", "B.V.", "S.p.A."), as legal forms are written; not an initial ("J. Smith"). */
const DOTTED_FORM = /^\p{L}\.\p{L}\./u;

/** Families whose one-word terms say what a name beside them is part of; true where the name runs on after them. */
const CONTEXT_FAMILIES = new Map([
  ['street', true],
  ['institution', true],
  ['title', true],
  ['legal-form', false],
  ['naming', false],
  ['thing-kind', false],
  ['brand', false],
]);
let context: Map<string, boolean> | undefined;
/** Those families' one-word terms, folded, each with whether a name runs on after it. */
function contextWords(): Map<string, boolean> {
  if (!context) {
    context = new Map();
    for (const t of classifierTerms()) {
      const runsOn = CONTEXT_FAMILIES.get(t.family);
      if (runsOn === undefined || /[\s.'’-]/.test(t.phrase)) continue;
      const key = fold(t.phrase);
      context.set(key, (context.get(key) ?? false) || runsOn);
    }
  }
  return context;
}
