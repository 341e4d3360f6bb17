// Decides a document's sensitivity level from its text and explains the decision.
import {
  allLowerCase,
  capitalRuns,
  frequentWordInName,
  lowerFieldsCased,
  lowerFieldValues,
  lowerNamesCasedIn,
  lowerNoteSegments,
  MIN_NOTE_LETTERS,
  mostlyCapitals,
  namesCased,
  plainName,
  SHORT_NOTE,
  sentenceCased,
  titleCased,
  titleCasedRuns,
  unknownSurnameInCapitals,
} from './capitals.js';
import {
  carryPublished,
  contactEmailDetector,
  contactPhoneDetector,
  dateOfBirthDetector,
  handleDetector,
  identityDocumentDetector,
  ipAddressDetector,
  LONE_NAME,
  machineReadableZoneDetector,
  personNameDetector,
  personNumberDetector,
  postalAddressDetector,
  publishedReadings,
  recordHeadsBelow,
  vehicleRegistrationDetector,
} from './context-detectors.js';
import {
  beforeOnLine,
  type Detector,
  type FindingCategory,
  ibanDetector,
  type Match,
  mayHoldToken,
  paymentCardDetector,
  scanFor,
  secretDetector,
} from './detectors.js';
import { nationalIdDetector, vatNumberDetector } from './national-ids.js';
import { givenNameIsWord, textLanguage } from './other-languages.js';
import type { Sensitivity } from './sensitivity.js';
import { joinedWords, jsonMembers, lineFeeds, plainSpaces, unemphasised, unquoted, unwrapped } from './spacing.js';
import { findSpecialCategoryTerms, hasConfidentialityMarker, readerDisclosures, selfDisclosures } from './special-categories.js';
import { alignedColumns, tableHeaderAt } from './tables.js';
import { firstLine } from './text-scan.js';

/** How far into a text an FAQ's title may stand (at a line's start). */
const FAQ_TITLE_REACH = 200;

/** Bumped whenever detectors or thresholds change; stamped on object tags and records. */
export const CLASSIFIER_VERSION = '2.69.0';

export interface Finding {
  readonly type: string;
  readonly category: FindingCategory;
  readonly count: number;
  readonly confidence: number;
}

export interface Classification {
  readonly sensitivity: Sensitivity;
  readonly findings: readonly Finding[];
  readonly reasons: readonly string[];
  readonly hasSecrets: boolean;
}

/** A value found, for `--show-values` only: never logged, stored or sent anywhere. */
export interface FoundValue {
  readonly type: string;
  readonly value: string;
}

const DETECTORS: readonly Detector[] = [
  contactEmailDetector,
  contactPhoneDetector,
  ibanDetector,
  paymentCardDetector,
  nationalIdDetector,
  vatNumberDetector,
  ipAddressDetector,
  dateOfBirthDetector,
  identityDocumentDetector,
  machineReadableZoneDetector,
  personNumberDetector,
  personNameDetector,
  handleDetector,
  postalAddressDetector,
  vehicleRegistrationDetector,
  secretDetector,
];

/**
 * Evidence gathered window by window, so a document need not be in memory whole: each
 * window owns a region and sees some text on both sides of it, and a match counts in the
 * window whose region it starts in. Seeing behind keeps the tail of a match that started
 * earlier from passing for a match of its own; seeing ahead lets a match end past the region.
 */
export class ClassificationBuilder {
  private readonly counts = new Map<string, { category: FindingCategory; count: number; confidence: number }>();
  private readonly special = new Map<string, number>();
  private selfDisclosures = 0;
  private readerDisclosures = 0;
  private faq = false;
  private marker = false;
  /** Windows read so far, and what the first told of the document as a published text (its first line is there). */
  private windows = 0;
  private published: readonly string[] = [];

  constructor(private readonly values?: FoundValue[]) {}

  /**
   * Scans `window`, counting only matches that start in its region [from, to). A window written
   * in capitals is read in title case (`capitals.ts`), so that its names read as names.
   */
  add(window: string, from = 0, to: number = window.length, fieldsBefore = false): this {
    const capitals = mostlyCapitals(window);
    // Where the window is not, its runs of lines in capitals are (a letter in capitals after pages of prose).
    const runs = capitals ? [] : capitalRuns(window);
    const inCapitals = (index: number) => capitals || runs.some(([start, end]) => index >= start && index < end);
    // Capitals read in title case, and the text as `normalised` reads it.
    const titled = capitals ? titleCased(window) : runs.length > 0 ? titleCasedRuns(window, runs) : window;
    const scan = scanFor(normalised(titled));
    // A press release's, a job ad's or a changelog's later windows lack the first line that shows it.
    // A record's fields before its text (`fieldsBefore`) are no window of the text: its first line is in the next.
    if (!fieldsBefore) {
      if (this.windows++ === 0) this.published = window.length >= WINDOW ? publishedReadings(scan) : [];
      else carryPublished(scan, this.published);
    }
    // In capitals, where each name was found, for the second reading below.
    const named = new Set<number>();
    // Of those, the ones counted as weak evidence: a short note's third reading below may find them strong.
    const weak = new Set<number>();
    // Where the first reading found names, which the reading of a note in lower case below does not count again.
    const firstNames = new Set<number>();
    // Each finding of the first reading by its type and place, which a record's reading below does not count again.
    const counted = new Set<string>();
    // Secrets are read as written: title case would hide a key's header and letters ("-----BEGIN PRIVATE KEY-----" over
    // a short key's line of base64 is mostly capitals, holdout-85's service account once its fields are read apart).
    const asWritten = titled === window || !mayHoldToken(window) ? scan : scanFor(normalised(window));
    for (const detector of DETECTORS) {
      for (const found of detector.find(detector.category === 'secret' ? asWritten : scan)) {
        if (found.index < from || found.index >= to) continue;
        const capitalName = found.type === 'person-name' && inCapitals(found.index);
        if (capitalName) named.add(found.index);
        // In capitals every word is capitalised: one word alone ("IBAN", "ROSA") is no more than a word,
        // unless a field, a title or a salutation announces it.
        // Nor a name whose "surname" is a frequent word ("GIULIA HA CHIAMATO" read "Giulia Ha Chiamato").
        const match =
          capitalName &&
          ((found.confidence === LONE_NAME && !/\s/.test(found.value)) ||
            (found.confidence >= STRONG_CONFIDENCE &&
              /\s/.test(found.value) &&
              (frequentWordInName(found.value) || unknownSurnameInCapitals(found.value))))
            ? { ...found, confidence: 0.45 }
            : found;
        if (capitalName && match.confidence < STRONG_CONFIDENCE) weak.add(found.index);
        if (found.type === 'person-name') firstNames.add(found.index);
        counted.add(`${found.type}:${found.index}`);
        this.count(match, detector.category);
      }
    }
    // Text in capitals is read again with the languages' frequent words in lower case, for the names its title case
    // hides ("MIA IST AB NÄCHSTER WOCHE …" read "Mia ist ab Nächster Woche …"): names that reading alone finds.
    if (capitals || runs.length > 0) {
      const language = textLanguage(scan);
      for (const found of personNameDetector.find(scanFor(normalised(sentenceCased(window, titled, language))))) {
        if (found.index < from || found.index >= to || found.confidence < STRONG_CONFIDENCE || !inCapitals(found.index)) continue;
        if (weak.has(found.index)) {
          // One word alone counted weak above, which only its prose tells: strong now only if no word reads the same
          // ("Margherita", "Olive"); where thanks or a verb of asking tells, whatever it is ("THANKS TO HEATHER FOR …").
          if (found.confidence <= LONE_NAME && !/\s/.test(found.value) && !plainName(found.value)) continue;
          this.raise(found);
          weak.delete(found.index);
        } else if (!named.has(found.index)) {
          named.add(found.index);
          this.count(found, personNameDetector.category);
        }
      }
    }
    // A short note in capitals, even one too short to be read in title case above, is read a third time with every word
    // but known names in lower case ("DAS PAKET FÜR JÜRGEN LIEGT AM EMPFANG" as "Das paket für Jürgen liegt am
    // empfang"), for the names that reading alone finds.
    if (window.length <= SHORT_NOTE && (capitals || mostlyCapitals(window, MIN_NOTE_LETTERS))) {
      for (const found of personNameDetector.find(scanFor(normalised(namesCased(capitals ? titled : titleCased(window)))))) {
        if (found.index < from || found.index >= to || found.confidence < SHORT_NOTE_NAME) continue;
        // Counted already as weak: now as strong as this reading finds it, still once.
        if (weak.has(found.index)) this.raise(found);
        else if (!named.has(found.index)) this.count(found, personNameDetector.category);
      }
    }
    // A note typed all in lower case is read again with its known surnames and titles capitalised ("key for
    // room 12 is with kowalczyk", "rappeler m. lefebvre pour le devis"), for the names that reading alone finds: the
    // whole window, or such notes inside a longer text (a JSON ticket's body, a note under pages of other text).
    const notes: ReadonlyArray<readonly [number, number]> =
      window.length <= LOWER_NOTE && allLowerCase(window)
        ? [[0, window.length]]
        : capitals
          ? []
          : lowerNoteSegments(window, LOWER_NOTE);
    // So is a name typed in lower case into its field ("Name: anna schmidt"), with its words capitalised; a field's rule
    // finds it at its label.
    const fields = capitals ? [] : lowerFieldValues(scan);
    if (notes.length > 0 || fields.length > 0) {
      const reading = lowerFieldsCased(lowerNamesCasedIn(window, notes), fields);
      const read = new Set<number>();
      for (const found of personNameDetector.find(scanFor(normalised(reading)))) {
        if (found.index < from || found.index >= to || found.confidence < SHORT_NOTE_NAME) continue;
        if (
          !notes.some(([start, end]) => found.index >= start && found.index < end) &&
          !fields.some((field) => found.index >= field.label && found.index < field.end)
        )
          continue;
        read.add(found.index);
        // Counted already: as strong as this reading finds it, still once.
        if (firstNames.has(found.index)) this.raise(found);
        else this.count(found, personNameDetector.category);
      }
      // A message of up to 300 characters typed whole in lower case is read once more with its given names capitalised too ("please send
      // the invoices to bethany by friday"), for the names its words show to be someone's ("to Bethany", "dire a
      // Giulia"), or a given name alone that is no word of the message's language (below); not in a list of titles and
      // their makers ("hey jude – the beatles").
      if (
        window.length <= LOWER_MESSAGE &&
        notes.length === 1 &&
        notes[0]?.[0] === 0 &&
        notes[0]?.[1] === window.length &&
        !pairsListed(window)
      ) {
        // The message's language, which the names' capitals do not change.
        const language = textLanguage(scan);
        const given = lowerFieldsCased(lowerNamesCasedIn(window, notes, true, language), fields);
        for (const found of personNameDetector.find(scanFor(normalised(given)))) {
          if (found.index < from || found.index >= to || read.has(found.index)) continue;
          // A given name alone as well, where the message's language has no such word ("kannst du Jonas sagen", "säga
          // till Nils"): not "te Leen" in Dutch, "Nya" in Swedish.
          const alone = found.confidence >= LONE_NAME && !/\s/.test(found.value) && !givenNameIsWord(found.value, language);
          if (found.confidence < NAME_IN_CONTEXT && !alone) continue;
          // Nor after a title typed in lower case that the reading above does not capitalise ("pan tadeusz", a film), nor
          // a field's value, which has its own reading above ("customer: bright dental ltd" is no Bright).
          if (/^\p{Ll}/u.test(given[found.index] ?? '')) continue;
          if (/^[^\n:]{1,40}:[ \t]*$/.test(beforeOnLine(given, found.index))) continue;
          if (firstNames.has(found.index)) this.raise(found);
          else this.count(found, personNameDetector.category);
        }
      }
    }
    const special = findSpecialCategoryTerms(scan, from, to);
    // A record below other text (minutes, a log, a note after pages of other matter) is read again from its head as a
    // document of its own, where the window holds a special category's terms and no one in view yet: whom the record's
    // top tells of ("One of the drivers on nights is off … after a hernia operation" under "Minutes – operations
    // meeting, 24/11/2026") counts as it does in the record alone. Each person found once.
    const heads = special.size > 0 && !this.strongPerson() ? recordHeadsBelow(scan).filter((at) => at >= from && at < to) : [];
    if (heads.length > 0) {
      // What the text above it showed it to be (published: a press release, a parish's newsletter) holds for the record.
      const published = this.windows === 1 ? publishedReadings(scan) : this.published;
      for (const head of heads) {
        const section = scanFor(normalised(titled.slice(head)));
        carryPublished(section, published);
        for (const detector of DETECTORS) {
          if (detector.category !== 'personal') continue;
          for (const found of detector.find(section)) {
            const at = head + found.index;
            if (at < from || at >= to || counted.has(`${found.type}:${at}`)) continue;
            counted.add(`${found.type}:${at}`);
            this.count({ ...found, index: at }, detector.category);
          }
        }
      }
    }
    for (const [category, count] of special) {
      this.special.set(category, (this.special.get(category) ?? 0) + count);
    }
    this.selfDisclosures += selfDisclosures(scan, from, to);
    this.readerDisclosures += readerDisclosures(scan, from, to);
    this.marker ||= hasConfidentialityMarker(scan, from, to);
    // An FAQ says so in its title, at its start or ending its first line after a dash ("Parking permits – frequently
    // asked questions"); "I read your FAQ, but I'm pregnant …" and "Re : FAQ – I'm pregnant …" are someone's.
    const titleEnd = from === 0 ? firstLine(scan.text).length : 0;
    this.faq ||=
      from === 0 &&
      (scan.byFamily.get('faq') ?? []).some((hit) => {
        const before = scan.text.slice(Math.max(0, hit.start - 8), hit.start);
        return (
          (hit.start < FAQ_TITLE_REACH && /(?:^|\n)[ \t#*]*$/.test(before)) ||
          (/^[ \t]*$/.test(scan.text.slice(hit.end, titleEnd)) && /[ \t][–—:|-][ \t]*$/.test(before))
        );
      });
    return this;
  }

  /** Whether a personal finding strong enough to put someone in view (STRONG_CONFIDENCE) has been counted. */
  private strongPerson(): boolean {
    for (const entry of this.counts.values())
      if (entry.category === 'personal' && entry.confidence >= STRONG_CONFIDENCE) return true;
    return false;
  }

  /** A finding counted already, found again with more confidence: its confidence raised, its count as it was. */
  private raise(match: Match): void {
    const entry = this.counts.get(match.type);
    if (entry) entry.confidence = Math.max(entry.confidence, match.confidence);
  }

  private count(match: Match, category: FindingCategory): void {
    const entry = this.counts.get(match.type) ?? { category, count: 0, confidence: 0 };
    entry.count += 1;
    entry.confidence = Math.max(entry.confidence, match.confidence);
    this.counts.set(match.type, entry);
    this.values?.push({ type: match.type, value: match.value });
  }

  finish(): Classification {
    // In type order, whatever the order the windows met them in: the same text gives the same record.
    const findings: Finding[] = [...this.counts]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([type, e]) => ({
        type,
        category: e.category,
        count: e.count,
        confidence: e.confidence,
      }));
    // An FAQ asks its questions in the first person ("I have diabetes. Can I …?") and speaks of "your appointment" to
    // everyone: no one discloses anything.
    return decide(
      findings,
      this.special,
      this.faq ? 0 : this.selfDisclosures,
      this.faq ? 0 : this.readerDisclosures,
      this.marker,
    );
  }
}

/**
 * The text as the rules read it: a table aligned by spaces as a delimited one; Windows' line ends as line feeds, JSON on
 * one line as one member per line, a reply's quote marks and Markdown's emphasis as spaces; a word a line's end broke
 * with a hyphen or soft hyphens cut whole, a no-break space as a space. All keep the text's length.
 */
const normalised = (text: string) =>
  alignedColumns(unwrapped(joinedWords(plainSpaces(unemphasised(unquoted(jsonMembers(lineFeeds(text))))))));

/** From what confidence a name the third reading of a short note in capitals finds counts: as STRONG_CONFIDENCE. */
const SHORT_NOTE_NAME = 0.6;
/**
 * Texts typed all in lower case up to this long (a chat message, a note) are read again with their surnames capitalised:
 * the bench's short texts lower-cased leaked 775 of 1,740 with 300, 643 with 600 (and 1,200), for 4 more false personals.
 */
const LOWER_NOTE = 600;
/**
 * Messages typed all in lower case up to this long are read once more with their given names capitalised too: the
 * labeled sets' texts lower-cased (`npm run bench -- metamorphic`) leaked 434 without it, 400 with it up to 200
 * characters, 386 with lower-case identifiers too, 373 up to 300 (no false personal added at any of these) and 357 up to
 * 600 (7 added). Counting a given name alone there too read 326 up to 200 (7 more false personals), 275 up to 300 (31
 * more), 161 up to 600 (206 more): given names that are words in another language ("leen", "bodo", "hennes"). Since
 * 2.42.0 a given name alone counts where the message's language has no such word in its spelling dictionary: 294 leaks
 * (from 372) and 224 false personals (from 211); up to 600, 205 leaks but 101 more false personals.
 */
const LOWER_MESSAGE = 300;
/**
 * How strong a name its given name's capital alone lets the rules find must be: by a word beside it; alone (0.6) only
 * where the message's language has no word spelt so (`givenNameIsWord`).
 */
const NAME_IN_CONTEXT = 0.7;
/** Three lines or more of two parts joined by a dash: a list of titles and makers, of items and prices. */
const PAIR_LINE = /^[^\n]*\S[ \t]+[–—-][ \t]+\S[^\n]*$/gm;
const pairsListed = (text: string) => (text.match(PAIR_LINE) ?? []).length >= 3;

/** Characters a window sees on each side of its region: longer than any identifier or term. */
export const LOOKAHEAD = 1024;

/**
 * Characters of a window's own region. A long text is read window by window whether it comes
 * whole (the Lambda) or in pieces (`cris classify`), so both give the same answer for the same
 * text and memory stays bounded; rules that count ("two or more names") count per window.
 */
export const WINDOW = 32 * 1024;

/** Below this, a personal finding alone does not make a document personal. */
export const STRONG_CONFIDENCE = 0.6;

/**
 * Reads text window by window as it arrives: `push` whatever has come, `end` when it all has.
 * buffer = already-counted text kept as look-behind (its first `from` characters) + pending text.
 *
 * A table longer than a window keeps its header in view: a later window whose text is still
 * inside the table is read with the header line put before it, so that a column's rules (a
 * person-number column, a special category's answers) hold for every row, not only for those
 * in the first window.
 */
class Windows {
  private buffer = '';
  private from = 0;
  /** The header of the table the last window ended in, if it ended in one. */
  private header: string | undefined;
  private started = false;
  /** Whether the last piece ended in a carriage return, held back. */
  private carriageReturn = false;

  constructor(private readonly builder: ClassificationBuilder) {}

  push(piece: string): void {
    // Windows' line ends read as line ends ("\r\n" as "\n"), a carriage return ending a piece held until the next shows
    // whether a line feed follows it: the same words on Windows and elsewhere read alike.
    let text = this.carriageReturn ? `\r${piece}` : piece;
    this.carriageReturn = text.endsWith('\r');
    if (this.carriageReturn) text = text.slice(0, -1);
    if (text.includes('\r')) text = text.replace(/\r\n/g, '\n');
    // Accents written as combining marks ("Mu\u0308ller", as some PDFs and macOS files hold them) read composed, as the
    // lists hold them; a mark cut from its letter at a piece's end stays apart.
    this.buffer += COMBINING_MARK.test(text) ? text.normalize('NFC') : text;
    while (this.buffer.length - this.from >= WINDOW + LOOKAHEAD) {
      const to = this.from + WINDOW;
      this.add(this.buffer.slice(0, to + LOOKAHEAD), to);
      this.header = this.headerAt(to);
      const keep = to - LOOKAHEAD;
      this.buffer = this.buffer.slice(keep);
      this.from = LOOKAHEAD;
      this.started = true;
    }
  }

  end(): Classification {
    if (this.carriageReturn) this.buffer += '\r';
    this.add(this.buffer, this.buffer.length);
    return this.builder.finish();
  }

  /** Scans `text`, counting matches in [from, to), with the carried header put before its first whole line. */
  private add(text: string, to: number): void {
    // A record's text of many lines after its fields (a JSON ticket's "body:", as extraction writes it) is read as a
    // document of its own, so that its first line is a first line (a letterhead, a headline) as it is in a file; what
    // both parts find counts together, as windows' findings do.
    if (!this.started) {
      const opens = fieldsBeforeText(text);
      if (opens > 0 && opens < to) {
        // … and the record's fields after it, where the window holds them all ("status: open" after a signature).
        const rest = text.slice(opens);
        const closes = to === text.length ? fieldsAfterText(rest) : rest.length;
        this.builder.add(text.slice(0, opens), 0, opens, true);
        this.builder.add(rest.slice(0, closes), 0, Math.min(closes, to - opens));
        if (closes < rest.length) this.builder.add(rest.slice(closes), 0, rest.length - closes, true);
        return;
      }
      // So is each cell of many lines of a delimited export read whole (a ticket's description, a survey's answer).
      const cells = to === text.length ? cellsOfManyLines(text) : [];
      if (cells.length > 0) {
        let at = 0;
        for (const [start, end] of cells) {
          if (start > at) this.builder.add(text.slice(at, start), 0, start - at, true);
          // Its doubled quotes as the quotes they stand for (""Elias Portolu"" as "Elias Portolu"), spaces for them at its end.
          const raw = text.slice(start, end);
          const cell = raw.replace(/""/g, '"');
          this.builder.add(cell + ' '.repeat(raw.length - cell.length), 0, end - start);
          at = end;
        }
        if (at < text.length) this.builder.add(text.slice(at), 0, text.length - at, true);
        return;
      }
    }
    const { header } = this;
    const cut = header === undefined ? -1 : text.indexOf('\n');
    if (header === undefined || cut < 0 || cut >= this.from) {
      this.builder.add(text, this.from, to);
      return;
    }
    const shift = header.length - cut;
    this.builder.add(`${header}\n${text.slice(cut + 1)}`, this.from + shift, to + shift);
  }

  /** The header of the table that the text before `to` ends in: after the last blank line, or the carried one. */
  private headerAt(to: number): string | undefined {
    const blank = /\n[ \t\r]*\n/g;
    let start = this.started ? -1 : 0;
    for (let m = blank.exec(this.buffer); m && m.index < to; m = blank.exec(this.buffer)) start = m.index + m[0].length;
    if (start < 0) return this.header;
    return start < to ? tableHeaderAt(this.buffer, start) : undefined;
  }
}

/** A record's field's name and its colon at a line's start ("id:", "customer.email:"). */
const FIELD_NAME = String.raw`[ \t]*[\p{L}_$@][\p{L}\d_$@.\-[\]]{0,60}:`;
/** A record's field on its line, its value after its name. */
const FIELD_ON_LINE = String.raw`${FIELD_NAME}[ \t]+[^\n]{0,200}`;
/** A record's fields ("id: 4711", "customer.email: …"), one per line, then the name of a field of many lines alone ("body:"). */
const FIELDS_THEN_TEXT = new RegExp(String.raw`^(?:${FIELD_ON_LINE}\r?\n){1,12}${FIELD_NAME}[ \t]*\r?\n`, 'u');
/** Where a record's text of many lines starts after its fields (see FIELDS_THEN_TEXT), or 0 where the text is no such record. */
function fieldsBeforeText(text: string): number {
  const m = FIELDS_THEN_TEXT.exec(text.slice(0, 4096));
  // The text goes on over two lines at least, as a message's does, not the next field.
  return m && /^[^\n]*\S[^\n]*\n/.test(text.slice(m[0].length, m[0].length + 1024)) ? m[0].length : 0;
}

/** A record's fields after its text of many lines and a blank line, to the text's end ("\n\nstatus: open"). */
const BLANK_THEN_FIELDS = new RegExp(String.raw`\r?\n[ \t]*\r?\n(?:${FIELD_ON_LINE}(?:\r?\n|$)){1,12}$`, 'u');
/** Where a record's fields after its text start (the blank line before them), or the text's length where none follow. */
function fieldsAfterText(text: string): number {
  const tail = Math.max(0, text.length - 4096);
  const m = BLANK_THEN_FIELDS.exec(text.slice(tail));
  return m ? tail + m.index : text.length;
}

/** A delimited header line: three cells at least ("id,status,description", "Datum;Betreff;Text"). */
const DELIMITED_HEADER = /^[^\n,;\t"]{1,60}(?:([,;\t])[^\n,;\t"]{1,60}){2,}\r?\n/;
/**
 * The cells of a delimited export (CSV, TSV) whose quoted text runs over lines, as [start, end) of their text inside the
 * quotes: what someone wrote in a ticket's or a survey's field, each read as a document of its own beside the export's
 * other cells. None where the text has no delimited header.
 */
function cellsOfManyLines(text: string): Array<readonly [number, number]> {
  const header = DELIMITED_HEADER.exec(text);
  if (!header) return [];
  const delimiter = header[1] as string;
  const cells: Array<readonly [number, number]> = [];
  let i = header[0].length;
  while (i < text.length) {
    // A quote opening a cell: at a line's start or right after the delimiter.
    const open = text.indexOf('"', i);
    if (open < 0) break;
    const before = text[open - 1];
    if (before !== undefined && before !== '\n' && before !== delimiter) {
      i = open + 1;
      continue;
    }
    // Its closing quote: one not doubled.
    let close = open + 1;
    for (;;) {
      close = text.indexOf('"', close);
      if (close < 0 || text[close + 1] !== '"') break;
      close += 2;
    }
    if (close < 0) break;
    if (text.slice(open + 1, close).includes('\n')) cells.push([open + 1, close]);
    i = close + 1;
  }
  return cells;
}

/** Classifies text that arrives in pieces (a stream), holding about one window at a time. */
export async function classifyStream(pieces: AsyncIterable<string>, values?: FoundValue[]): Promise<Classification> {
  const windows = new Windows(new ClassificationBuilder(values));
  for await (const piece of pieces) windows.push(piece);
  return windows.end();
}

/** A combining accent: the text holds decomposed letters. */
const COMBINING_MARK = /[\u0300-\u036f]/;

export function classifyText(text: string, values?: FoundValue[]): Classification {
  const windows = new Windows(new ClassificationBuilder(values));
  windows.push(text);
  return windows.end();
}

function decide(
  findings: Finding[],
  special: ReadonlyMap<string, number>,
  selfDisclosures: number,
  readerDisclosures: number,
  marker: boolean,
): Classification {
  const reasons: string[] = [];
  // Weak evidence (an address, a company's phone line, a role mailbox: organisations have
  // them too) counts only beside a person: a strong identifier, a name in context, or a
  // writer speaking of themself.
  const strong = findings.filter((f) => f.category === 'personal' && f.confidence >= STRONG_CONFIDENCE);
  // A notice of the reader's own care (their appointment, their prescription) is sent to one person, named or not.
  const personInView = strong.length > 0 || selfDisclosures > 0 || (readerDisclosures > 0 && special.size > 0);
  const personal = personInView ? findings.filter((f) => f.category === 'personal') : [];
  const hasSecrets = findings.some((f) => f.category === 'secret');
  if (personInView) {
    for (const [category, count] of special) {
      findings.push({ type: `special:${category}`, category: 'special', count, confidence: selfDisclosures > 0 ? 0.9 : 0.8 });
    }
  } else if (special.size > 0) {
    reasons.push(`special-category terms (${[...special.keys()].join(', ')}) with no person in view`);
  }
  const weakAlone = findings.filter((f) => f.category === 'personal' && f.confidence < STRONG_CONFIDENCE);
  if (!personInView && weakAlone.length > 0) {
    reasons.push(`weak evidence only (${weakAlone.map((f) => f.type).join(', ')}): organisations have these too`);
  }

  let sensitivity: Sensitivity = 'public';
  if (findings.some((f) => f.category === 'special')) {
    sensitivity = 'special';
    reasons.push(
      selfDisclosures > 0
        ? 'special-category data the writer gives about themself'
        : strong.length === 0 && readerDisclosures > 0
          ? "special-category data in a notice of its reader's own care (an appointment, a prescription, results)"
          : 'special-category data about a person',
    );
  } else if (personal.length > 0) {
    sensitivity = 'personal';
    reasons.push(`personal data: ${personal.map((f) => f.type).join(', ')}`);
  }
  if (hasSecrets) {
    reasons.push('secrets present: never eligible for global');
    if (sensitivity === 'public') sensitivity = 'internal';
  }
  if (sensitivity === 'public' && marker) {
    sensitivity = 'internal';
    reasons.push('marked confidential or internal');
  }
  if (sensitivity === 'public') reasons.push('no personal data or confidentiality marker found');
  return { sensitivity, findings, reasons, hasSecrets };
}
