// Identifiers recognisable by the words around them: IP addresses, dates of birth,
// passport, identity-card and driving-licence numbers, person names (fields, titles,
// salutations, signature blocks, CSV columns) and postal addresses.

import {
  beforeOnLine,
  betweenCompanies,
  defineDetector,
  digitMatches,
  digitsOf,
  emailDetector,
  lineAround,
  lineEndOf,
  type Match,
  phoneDetector,
  privateMailbox,
  shapeOf,
  within,
} from './detectors.js';
import {
  ART_CALLINGS,
  CITIES,
  COUNTRIES_NAMED_LIKE_PEOPLE,
  EU_LEGAL_FORMS,
  HISTORICAL_SURNAMES,
  INITIALS_KEYS,
  MAKERS,
  NOTE_HEADING_WORDS,
  PERFORMER_CALLINGS,
  RECORD_HEADING_WORDS,
  SPOKESPERSONS,
  type SpecialCategory,
  STREET_PLURALS,
  SURNAME_SUFFIXES,
  TALE_OPENINGS,
  USERNAME_KEYS,
  ZOO_ANIMALS,
} from './lexicons.js';
import { MARKED_GIVEN_NAMES } from './marked-names.js';
import { allMatches } from './matches.js';
import {
  AMBIGUOUS_GIVEN,
  COMMON_WORD_SURNAMES,
  GIVEN,
  looksLikeName,
  PLACEHOLDER_SURNAMES,
  STAND_IN_PAIRS,
  STAND_IN_SURNAMES,
  SURNAME,
  surnameLike,
  VERBS_ENDING_AS_SURNAMES,
  WORD_NAMES,
} from './names.js';
import {
  afterLowerCaseWord,
  commonWordsOf,
  declinedGivenName,
  decliningLanguageOf,
  EIGHT,
  frequentInLanguages,
  givenNameIsWord,
  opensOtherLanguageSentence,
  otherLanguageOf,
  otherLanguageOfText,
  otherLanguageWordAt,
  SLAVIC_OR_GREEK,
  slavicNameMayStand,
  textLanguage,
  wordOfLanguage,
} from './other-languages.js';
import {
  carePlace,
  derivedSpecialTerms,
  endsOrganisationName,
  givenNameBefore,
  HANDLES_BEFORE_TERM,
  HANDLES_HEAD,
  hasConfidentialityMarker,
  ORGANISATION_AFTER_TERM,
  RACECOURSE_WORDS,
  ROLE_PLACE,
  runByItsOffice,
  STUDIED_BEFORE_TERM,
  surnameAt,
  surnameNamedElsewhere,
  surnamesAnyWord,
  TOPIC_BEFORE_TERM,
  TOPIC_HEAD,
} from './special-categories.js';
import { CELL_DELIMITERS, cellsUnder, cellText, columnAt, headerOfCellAt, newTableCache, rowCells, rowsUnder } from './tables.js';
import {
  addTo,
  eitherCase,
  firstFrom,
  firstLine,
  fold,
  type Hit,
  hitBetween,
  hitOnLine,
  hitsAt,
  insideHit,
  isFrequentWord,
  isLetterCode,
  isUpperAt,
  languageNear,
  languageOf,
  languagesByWord,
  MARKED_LETTER,
  memo,
  near,
  nearOnLine,
  paragraphAround,
  type TextScan,
  wordAt,
} from './text-scan.js';
import { TOWNS } from './towns.js';
import { UMLAUT_GIVEN_NAMES } from './umlaut-names.js';
import { mayMatch, mayMatchFrom, textHas, textMatches } from './word-gate.js';

// --- IP addresses -------------------------------------------------------------------

// No look-behind at the front (V8 would try it at every position): the character before is checked by hand.
const IPV4 = /\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\w.])/g;
// Eight hextets, or a compressed form with "::"; at least three colons either way.
const IPV6 = /\b(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})(?![\w:])/gi;
/** "::", or five colons among hex digits: what any IPv6 address has (times like 10:15:00 do not). */
function maybeIpv6(text: string): boolean {
  if (text.includes('::')) return true;
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    let colons = 0;
    for (let j = i; j < text.length && j < i + 40; j++) {
      const c = text.charCodeAt(j) | 32;
      if (c === 58) colons++;
      else if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) break;
      if (colons >= 5) return true;
    }
  }
  return false;
}
/** Words that make a dotted quad a version or section number rather than an address. */
const NOT_AN_ADDRESS = /(?:version|v|release|section|§|chapter|isbn|oid)\s*$/i;

/** Addresses that never identify a person (loopback, unspecified, broadcast, netmasks). */
function ipv4Weight(value: string): number {
  const dot = value.indexOf('.');
  const a = Number.parseInt(value.slice(0, dot), 10);
  const b = Number.parseInt(value.slice(dot + 1), 10);
  if (a === 0 || a === 127 || a >= 224) return 0; // unspecified, loopback, multicast and reserved
  // Private networks: a machine inside an organisation, rarely a person on its own.
  if (a === 10 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31)) return 0.5;
  return 0.8;
}

/**
 * The documentation ranges (RFC 5737, RFC 3849): examples in manuals, and synthetic and test data's stand-ins for real
 * visitors, weighed by where they stand (`documentationWeight`).
 */
const DOCUMENTATION_IPV4 = /^(?:192\.0\.2|198\.51\.100|203\.0\.113)\./;
const DOCUMENTATION_IPV6 = /^2001:0?db8:/i;
/** A log record's fields right after an address opening its line: "203.0.113.45 - - [01/Dec/2026:09:14:02 +0100] …". */
const LOG_FIELDS_AFTER = /^[ \t]+(?:-|\S+)[ \t]+(?:-|\S+)[ \t]+\[/;
/**
 * An address of a documentation range: none where the text says it shows an example ("for example `2001:db8::10`",
 * holdout-720); a visitor's as any address is where a log records it or a visitor's word stands before it, as synthetic
 * and test data stand in for real visitors with these ranges (holdout-1108's access log), as they give people
 * addresses at "example.com" (`DOCUMENTATION_DOMAIN`); weak elsewhere (a manual's "connect to 192.0.2.1").
 */
function documentationWeight(scan: TextScan, index: number, end: number, before: string, strong: number): number {
  if (exampleSaid(scan)) return 0;
  const { text } = scan;
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const logged = /^[ \t]*$/.test(text.slice(lineStart, index)) && LOG_FIELDS_AFTER.test(text.slice(end, end + 80));
  return logged || VISITOR_BEFORE.test(before) ? strong : 0.45;
}

/** Public DNS resolvers: every network's configuration names them, and they are nobody's. */
const RESOLVERS = new Set([
  '8.8.8.8',
  '8.8.4.4',
  '1.1.1.1',
  '1.0.0.1',
  '9.9.9.9',
  '149.112.112.112',
  '208.67.222.222',
  '208.67.220.220',
]);
/** A machine's address in a configuration or a runbook: after an infrastructure word on its line. */
const INFRASTRUCTURE_BEFORE =
  /\b(?:servers?|hostname|upstream|endpoints?|gateway|nameserver|dns|resolver|proxy|balancer|listen|bind|route|vpc|subnet|firewall|allow(?:list)?|whitelist|deny(?:list)?|blocklist|blacklist|ingress|egress|smtp|mx|ntp|vpn|cluster)\b[^\n]{0,30}$/i;

/** Closer to the address than any infrastructure word, a visitor's: "server: nginx, client 81.2.69.160". */
const VISITOR_BEFORE = /\b(?:client|user|visitor|remote|src|source|from|login|customer)\b[^\n]{0,12}$/i;

export const ipAddressDetector = defineDetector('ip-address', 'personal', function* (scan) {
  for (const m of shapeOf(scan).dottedQuad ? digitMatches(scan, IPV4) : []) {
    const previous = scan.text.charCodeAt(m.index - 1);
    if (previous === 46 || previous === 95) continue; // ".1.2.3.4" or "_1.2.3.4": part of something longer
    const before = scan.text.slice(Math.max(0, m.index - 48), m.index);
    if (NOT_AN_ADDRESS.test(before.slice(-12)) || RESOLVERS.has(m.value)) continue;
    let confidence = DOCUMENTATION_IPV4.test(m.value)
      ? documentationWeight(scan, m.index, m.index + m.value.length, before, 0.8)
      : ipv4Weight(m.value);
    // A network ("185.199.108.0/22"), a service's port ("52.29.123.4:8080") or a machine named as one: weak.
    const after = scan.text.slice(m.index + m.value.length, m.index + m.value.length + 3);
    const machine = /^(?:\/\d|:\d)/.test(after) || (INFRASTRUCTURE_BEFORE.test(before) && !VISITOR_BEFORE.test(before));
    if (confidence > 0.5 && machine) confidence = 0.45;
    if (confidence > 0) yield { type: 'ip-address', value: m.value, confidence, index: m.index };
  }
  for (const m of maybeIpv6(digitsOf(scan).text) ? digitMatches(scan, IPV6) : []) {
    const previous = scan.text.charCodeAt(m.index - 1);
    if (previous === 58 || previous === 95) continue; // part of a longer colon-separated token
    if ((m.value.match(/:/g) ?? []).length < 3 || /^::1?$/.test(m.value)) continue;
    const confidence = DOCUMENTATION_IPV6.test(m.value)
      ? documentationWeight(scan, m.index, m.index + m.value.length, scan.text.slice(Math.max(0, m.index - 48), m.index), 0.85)
      : ipv6Weight(m.value);
    if (confidence > 0) yield { type: 'ip-address', value: m.value, confidence, index: m.index };
  }
});

/**
 * IPv6 addresses that never identify a person: multicast; link-local and unique local ones name a machine inside a
 * network, weakly. The documentation prefix ("2001:db8::10" in a manual, holdout-720) is weighed before, by where it
 * stands (`documentationWeight`).
 */
function ipv6Weight(value: string): number {
  const head = value.toLowerCase();
  if (head.startsWith('ff')) return 0;
  if (/^fe[89ab]/.test(head) || /^f[cd]/.test(head)) return 0.45;
  return 0.85;
}

// --- dates of birth and identity documents ------------------------------------------

const DATE = String.raw`(?:\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?(?:1[89]|20)?\d{2}|(?:1[89]|20)\d{2}-\d{2}-\d{2}|\d{1,2}(?:er|º|ª|st|nd|rd|th)?\.?\s+(?:de\s+|of\s+)?\p{L}{3,10}\.?,?\s+(?:de\s+)?(?:1[89]|20)\d{2}|\p{L}{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:1[89]|20)\d{2}|\d{1,2}[-./ ](?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[-./ ](?:1[89]|20)\d{2}|(?:1[89]|20)\d{2}\.\s?(?:\p{L}{3,10}|\d{1,2}\.)\s?\d{1,2}\.?)`;
/** The verb between a birth's word and its date, as a message says it ("My date of birth is …", "Mijn geboortedatum is …"). */
const BIRTH_COPULA = String.raw`(?:(?:is|ist|was|war|est|è|es|era|é|jest|to|are|sind|zijn|sono|son|são)\s+)?`;
// After the keyword: a colon, "on", "le", "am", "il", … and the date; the place of birth may
// come first ("nato a Parma il 03/11/1968", "née à Angers le 17 novembre 1998"); in a form in
// capitals the small words are too ("NATO/A A CREMONA IL 21/03/2018"); a form's colon may follow them ("né(e) le : …"),
// a form's feminine after a slash ("nato/a a Bari"), and the province after the town ("a Bari (BA) il …"; holdout-505).
const AFTER_BIRTH = new RegExp(
  String.raw`^\s*(?:\([^)]{0,12}\)|/\p{L}{1,2}(?![\p{L}]))?\s*[:.–—-]{0,2}\s*(?:(?:(?:[àÀaA]|[iI]n|[eE]n|[eE]m|[wW]|[tT]e)\s+)?\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2}(?:\s*\(\p{Lu}{2}\))?\s*,?\s+)?${BIRTH_COPULA}(?:(?:[oO]n|[aA]m|[lL]e|[iI]l|[eE]l|[oO]p|[eE]m|[aA]|[dD]nia|[tT]he)(?:\s*:)?\s+){0,2}(${DATE})`,
  'u',
);

/** Data protection is for the living: a birth more than 110 years ago is history. */
const beforeLivingMemory = (year: number) => year < new Date().getFullYear() - 110;

/** A cell that is a date and nothing else. */
const DATE_CELL = new RegExp(`^${DATE}$`, 'u');

/** The German and Dutch order, the date before the word: "wurde am 3. Dezember 1946 in Wasserburg geboren", "werd op 9 februari 1854 geboren". */
const BEFORE_BIRTH = new RegExp(
  String.raw`(?<![\p{L}])(?:am|op)\s+(${DATE})(?:\s+(?:in|te)\s+\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?)?\s+$`,
  'u',
);

/** The date before a verb-final "geboren", read as the date after the other birth words is. */
function dateBeforeBirth(scan: TextScan, hit: Hit): RegExpExecArray | null {
  if (fold(scan.text.slice(hit.start, hit.end)) !== 'geboren') return null;
  const m = BEFORE_BIRTH.exec(scan.text.slice(Math.max(0, hit.start - 64), hit.start));
  // Counted at the word's end, as the date after it would be.
  if (m) m[0] = '';
  return m;
}

/** A town and its comma on a line of their own start, before a date, no field's colon before them: a dateline. */
const DATELINE = /^[^:]*\n[ \t]*\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2}[ \t]*,[ \t]*$/u;

/** A birth's column ("dob", "Data urodzenia", "date_of_birth"): the dates under it. */
function* birthColumn(scan: TextScan, hit: Hit): Iterable<Match> {
  const tables = memo(scan, 'tables', newTableCache);
  const column = columnAt(scan.text, hit.start, tables);
  if (
    !column ||
    fold(column.header).replace(/[_.-]/g, ' ').trim() !== fold(scan.text.slice(hit.start, hit.end)).replace(/[_.-]/g, ' ')
  )
    return;
  for (const { cell, at } of cellsUnder(scan.text, column, tables)) {
    if (!DATE_CELL.test(cell)) continue;
    const year = Number(/(?:1[89]|20)\d{2}/.exec(cell)?.[0] ?? Number.NaN);
    yield { type: 'date-of-birth', value: cell, confidence: beforeLivingMemory(year) ? 0.4 : 0.9, index: at };
  }
}

export const dateOfBirthDetector = defineDetector('date-of-birth', 'personal', function* (scan) {
  const seen = new Set<number>();
  for (const hit of scan.byFamily.get('birth') ?? []) {
    yield* birthColumn(scan, hit);
    const m = AFTER_BIRTH.exec(scan.text.slice(hit.end, hit.end + 64)) ?? dateBeforeBirth(scan, hit);
    // "née le 3 mars" and "née 3 mars" are one date: count it once.
    if (!m?.[1] || seen.has(hit.end + m[0].length)) continue;
    // A heading's birth, then a dateline on the next line ("… dalla nascita\n\nNuoro, 27 settembre 2026"): the
    // text's date, not a birth's.
    if (DATELINE.test(m[0].slice(0, m[0].length - m[1].length))) continue;
    seen.add(hit.end + m[0].length);
    // Data protection is for the living: a birth more than 110 years ago is history, weak evidence at most.
    const year = Number(/(?:19|20)\d{2}(?!.*(?:19|20)\d{2})/.exec(m[1])?.[0] ?? Number.NaN);
    const historical = beforeLivingMemory(year) || /\b1[0-8]\d{2}\b/.test(m[1]);
    // A specimen's date ("Muster … Name, Vorname: Mustermann, Erika / Geburtsdatum: 12.08.1964", holdout-621): the
    // stand-in's, as weak as their name.
    yield { type: 'date-of-birth', value: m[1], confidence: historical ? 0.4 : specimen(scan) ? 0.45 : 0.9, index: hit.start };
  }
});

/** The stand-ins' surnames as written, capitalised ("Erika Mustermann", "John Doe") or in a form's capitals. */
const STAND_IN_WRITTEN = new RegExp(
  `(?<![\\p{L}])(?:${[...STAND_IN_SURNAMES].map((s) => s[0]?.toUpperCase() + s.slice(1)).join('|')}|MUSTERMANN|MUSTERFRAU)(?![\\p{L}])`,
  'u',
);
/** A specimen: a text that says it shows an example, and names a stand-in ("Muster", "Beispiel", "Erika Mustermann"). */
const specimen = (scan: TextScan) => memo(scan, 'specimen', () => exampleSaid(scan) && textHas(scan, STAND_IN_WRITTEN));
/**
 * Whether the text says it shows an example in its words, not only in an address's domain ("jane.roe@example.com",
 * "shop.example/", "posteo-example.se", "example.org").
 */
const exampleSaid = (scan: TextScan) =>
  memo(scan, 'example-said', () =>
    (scan.byFamily.get('example-marker') ?? []).some(
      (hit) => !/[@./-]/.test(scan.text[hit.start - 1] ?? '') && !/^[.-]\p{L}/u.test(scan.text.slice(hit.end, hit.end + 2)),
    ),
  );

const NUMBER_WORDS = String.raw`(?:[\s-]*(?:no\.?|nr\.?|n°|n\.[º°]|n\.|nº|number|nummer|numéro|numero|número|numer|#))?`;
/** A copula between a document's word and its number ("Meine Reisepassnummer lautet C01X00T47", "es PAA123456"). */
const DOCUMENT_COPULA = String.raw`(?:(?:is|ist|lautet|est|è|es|é|jest|wynosi)\s+)?`;
const DOCUMENT_NUMBER = new RegExp(
  String.raw`^${NUMBER_WORDS}\s*[:#]?\s*${DOCUMENT_COPULA}([A-Z0-9][A-Z0-9 /-]{4,16}[A-Z0-9])`,
  'iu',
);
/** A document's number typed in lower case: one word of six to fourteen letters and digits. */
const LOWER_DOCUMENT_NUMBER = /^[a-z0-9]{6,14}$/;

/**
 * After the label: its abbreviation's dot ("Employee no. 22913"), a number sign, a colon or a log's "=", then
 * the number, its digits maybe grouped by spaces ("Personalnummer: 40 1187", "badge=44817"), an underscore after its
 * letters ("user_id": "u_8f3a91c2") or a UUID (a phone's advertising id).
 */
const RECORD_NUMBER =
  /^\.?[º°]?\s*(?:no\.?|nr\.?|n°|nº|n\.[º°]?|#)?(?:[ \t]+(?:pracownika|pracownicy|ucznia|pacjenta|klienta|des mitarbeiters|der mitarbeiterin|del dipendente|della dipendente|du salarié|de la salariée|del trabajador|de la trabajadora|van de werknemer|do trabalhador|da trabalhadora)(?=[ \t]*:))?\s*[:#=]?\s*(?:(?:is|es|est|è|ist|é|jest|era|was)\s+)?(\d{2,4}(?: \d{2,8}){1,3}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Z]{0,4}[-/_]?\d[A-Z0-9/-]{2,20})(?![\p{L}\d])/iu;

/** A reference number as written: letters glued to digits ("APP-26-0412", "P-77", "40331"). */
const REFERENCE = String.raw`[A-Z]{0,4}[-/]?\d[A-Z0-9/-]{1,20}`;
/** An authority's protocol number, its parts apart by dots ("INPS.3800.27/11/2026.0412268"), not ending with one. */
const PROTOCOL = String.raw`[A-Z]{2,6}\.\d[A-Z0-9/.-]{4,40}(?<!\.)`;

/**
 * After a person's role, with a number word ("Bewerber Nr. 2026-117", "patient #4411"), or as
 * a field holding a reference and nothing else ("applicant: A-19", "Patient: P-77"), maybe as a key with its
 * identifier's word ("bezorger_id": "BZ-20417", a courier's GPS trace as JSON, holdout-574).
 */
const ROLE_NUMBER = new RegExp(
  String.raw`^[.-]?\s*(?:(?:no\.?|nr\.?|n°|nº|n\.[º°]|ref\.?|#)\s*[:#]?\s*(${REFERENCE})(?![\p{L}\d])|(?:[_.-]?(?:id|no|nr|ref)["']?)?[ \t]*[:=][ \t]*["']?(${REFERENCE})["']?[ \t]*(?:[,;]|\r?\n|$))`,
  'iu',
);

/** Words that make a column of a person's role a column of their numbers: "applicant_ref", "N° salarié", "patient no.". */
const ID_WORD = String.raw`(?:id|ref|reference|no|nr|n[°º]|num|number|numero|numéro|nummer|numer|code|#)\.?`;
const ID_AFTER = new RegExp(`^[ _.-]*${ID_WORD}$`, 'u');
const ID_BEFORE = new RegExp(`^${ID_WORD}[ _.-]*$`, 'u');
/** A cell under such a column: a reference number and nothing else. */
const ID_CELL = new RegExp(`^${REFERENCE}$`, 'i');

/**
 * A table column of person numbers: its header is a person-number label ("employee_id",
 * "Personalnummer") or a person's role with a number word before or after it ("applicant_ref").
 */
function* numberColumn(scan: TextScan, hit: Hit, family: string, seen: Set<string>): Iterable<Match> {
  const tables = memo(scan, 'tables', newTableCache);
  const column = columnAt(scan.text, hit.start, tables);
  if (!column || seen.has(`${column.headerEnd}:${column.index}`)) return;
  const header = fold(column.header);
  const label = fold(scan.text.slice(hit.start, hit.end));
  const rest = header.startsWith(label) ? header.slice(label.length) : undefined;
  const numbers =
    family === 'person-number'
      ? rest === '' || rest === '.'
      : (rest !== undefined && ID_AFTER.test(rest)) || (header.endsWith(label) && ID_BEFORE.test(header.slice(0, -label.length)));
  if (!numbers) return;
  seen.add(`${column.headerEnd}:${column.index}`);
  for (const { cell, at, row, rowEnd } of cellsUnder(scan.text, column, tables)) {
    if (!ID_CELL.test(cell) || /^(?:19|20)\d{2}$/.test(cell)) continue;
    // A row that names a company ("Bäckerei Brunner OHG") holds a company's customer number.
    const company = hitBetween(scan, 'legal-form', row, rowEnd);
    yield { type: 'person-number', value: cell, confidence: company ? 0.45 : 0.7, index: at };
  }
}

/**
 * A name shown as an example, in a fenced code block an example's word introduces ("Exemple de corps :\n```json\n{
 * \"nom\": \"Dupont\", \"prenom\": \"Jean\" }", holdout-1043): weak, as a number there is no one's.
 */
function exampleWeight(scan: TextScan, match: Match): Match {
  if (match.confidence <= 0.45 || !exampleCode(scan, match.index)) return match;
  return { ...match, confidence: 0.45 };
}

/**
 * A number shown as an example: inside a fenced code block whose last 200 characters before it name an example ("Example
 * request body:\n```json\n{"user_id": "u_12345"}").
 */
function exampleCode(scan: TextScan, index: number): boolean {
  // Where the text's fences stand, found once: a log of thousands of "user_id" labels asks at each.
  const fences = memo(scan, 'code-fences', () => {
    const at: number[] = [];
    for (let i = scan.text.indexOf('```'); i >= 0; i = scan.text.indexOf('```', i + 3)) at.push(i);
    return at;
  });
  // Inside a block: an odd number of fences up to here.
  let count = 0;
  while (count < fences.length && (fences[count] as number) <= index) count++;
  const fence = fences[count - 1] as number;
  return count % 2 === 1 && hitBetween(scan, 'example-marker', Math.max(0, fence - 200), fence);
}

/** An account's label among the person numbers' ("compte n", "kontonr", "numero di conto", "account ending"). */
const ACCOUNT_LABEL = /compte|konto|conto|cuenta|conta|account/i;
/** A customer's number, not a care client's ("Cliëntnummer"): on an invoice between companies, a company's. */
const CUSTOMER_LABEL = /custom|kunde|klant|client(?!nummer)|cliente/i;

/** "Employee ID: E41440", "Versichertennummer: A123456780": a number that stands for one person. */
export const personNumberDetector = defineDetector('person-number', 'personal', function* (scan) {
  const columns = new Set<string>();
  const cells = new Set<number>();
  const values = new Set<number>();
  for (const [family, pattern] of [
    ['person-number', RECORD_NUMBER],
    ['person-role', ROLE_NUMBER],
  ] as const) {
    for (const hit of scan.byFamily.get(family) ?? []) {
      for (const match of numberColumn(scan, hit, family, columns)) {
        cells.add(match.index);
        yield match;
      }
      // A label inside a cell already read ("MRN-0048213" under "patient_id") is that cell's number.
      if (cells.has(hit.start)) continue;
      const after = scan.text.slice(hit.end, hit.end + 40);
      const m = pattern.exec(after) ?? (family === 'person-role' ? bareRoleNumber(scan, hit, after) : null);
      const value = m?.[1] ?? m?.[2];
      if (!m || !value || /^(?:19|20)\d{2}$/.test(value)) continue;
      // A form's or a sample letter's placeholder: zeros or X's only ("Mitgliedsnummer 000000", "Kundennr. XXXXXX").
      if (/^(?:0{4,}|[Xx]{4,})$/.test(value.replace(/[ .-]/g, ''))) continue;
      // One number read from two labels ("employee.id: E41440": a number's label and a role's with its id word) counts once.
      const valueAt = hit.end + m.index + m[0].lastIndexOf(value);
      if (values.has(valueAt)) continue;
      values.add(valueAt);
      // A chat's speaker, not a label: "[10:03] Cliente: CS-2026-884102" is the order's number typed (holdout-389).
      if (chatSpeakerAt(scan.text, hit.start)) continue;
      // A customer number under a company's name ("Kunde: Bäckerei Brunner OHG" on the line before)
      // is the company's, as it is on an invoice between companies.
      const label = scan.text.slice(hit.start, hit.end);
      // … but an employee's number beside their employer's name is theirs ("la société Ateliers Marnais SAS, atteste que
      // le salarié matricule 10877", holdout-792): a company numbers its staff, not itself.
      const company = staffNumber(scan, hit) ? undefined : near(scan, 'legal-form', hit.start, 120);
      const lineBreaks = company ? (scan.text.slice(company.end, hit.start).match(/\n/g) ?? []).length : 2;
      const companies = CUSTOMER_LABEL.test(label) && betweenCompanies(scan);
      // An account's number is someone's where the text speaks to its holder ("Compte n° … Votre compte présente un
      // solde débiteur"), not on an invoice's payment line ("reg.nr. 7890 kontonr. 0004 418 227").
      const invoiceAccount = ACCOUNT_LABEL.test(label) && !hitBetween(scan, 'second-person', hit.start, hit.end + 300);
      // Shown as an example: an example's word before the label on its line ("for example Nectar card: 9826 …"; one
      // between the label and the number, "Kundennummer (z. B. auf Ihrer Rechnung): 4471", is the writer's own), or a
      // code block's.
      const example = nearOnLine(scan, 'example-marker', hit.start, 40) || exampleCode(scan, hit.start);
      yield {
        type: 'person-number',
        value,
        confidence: lineBreaks <= 1 || companies || example || invoiceAccount ? 0.45 : 0.7,
        index: hit.start,
      };
    }
  }
  yield* caseNumbers(scan);
  yield* letterReferences(scan);
  yield* readersNumbers(scan);
  yield* patientLines(scan);
  yield* occupiersOfFlats(scan);
  yield* livesInFlats(scan);
  yield* singledOut(scan);
  yield* pupilsByClass(scan);
  yield* aboveNamed(scan);
  yield* accountsOfHolders(scan);
  yield* describedSubjects(scan);
  yield* otherLanguageLogEntries(scan);
  yield* otherLanguageDescribed(scan);
  yield* contactNotes(scan);
  yield* describedInDatedRows(scan);
  yield* describedInDatedRecords(scan);
  yield* statesInMessages(scan);
  yield* deathsInMessages(scan);
  yield* maskedCards(scan);
  yield* membersByCard(scan);
  yield* placesListed(scan);
  yield* flatsInArrears(scan);
});

/** A flat's or an apartment's word in the eight languages, as FLATS and FLAT_LINE read it before its number. */
const FLAT_WORDS = 'flat|apartment|unit|wohnung|appartement|appartamento|interno|piso|vivienda|apartamento|fração|woning';
/** A flat's line in an owners' or a tenants' list: its word and its number or letter ("Piso 2.º B:", "Wohnung 5:", "Flat 3 –"). */
const FLAT_LINE = new RegExp(
  String.raw`^[ \t]*(?:[-*•][ \t]*)?(?:${FLAT_WORDS}|whg\.|fracção|mieszkanie|lokal|appartementsnummer)[ \t]*(?:n[°º.]?|nr\.?|no\.?)?[ \t]*(?:\d{1,4}(?:\.?[ºª°])?(?:[ \t]*[A-H])?|[A-H])(?![\p{L}\d])`,
  'gimu',
);
/** Arrears and debts: what an owner or a tenant owes ("debe 3 cuotas", "owes", "Rückstand", "impayés", "zaległość"). */
const ARREARS =
  /(?<![\p{L}])(?:owes?|owing|in arrears|arrears|outstanding (?:balance|amount|rent|charges|payments?|service charge)|unpaid|schuldet|rückstand|rückstände|offene beiträge|mahnung|doit|impayés?|arriérés?|en retard de paiement|deve|morosi|moroso|morosa|arretrati|insolut[oi]|debe|deben|morosidad|cuotas pendientes|impagad[oa]s?|achterstand|betalingsachterstand|schuld|zalega|zaległoś\p{L}*|dług|em atraso|em dívida|dívida)(?![\p{L}])/iu;
/**
 * An owners' or a tenants' list by flat, a debt on a flat's line ("Piso 3.º C: debe 7 cuotas (665,00 €), se propone
 * reclamación judicial", holdout-944): the flat stands for whoever owns or rents it, and the debt is theirs. Two flats'
 * lines at least, as a list has them.
 */
function* flatsInArrears(scan: TextScan): Iterable<Match> {
  const { text } = scan;
  if (!textHas(scan, ARREARS)) return;
  const lines = allMatches(FLAT_LINE, text);
  if (lines.length < 2) return;
  for (const m of lines) {
    const end = text.indexOf('\n', m.index);
    const line = text.slice(m.index, end < 0 ? text.length : end);
    if (ARREARS.test(line)) yield { type: 'person-number', value: m[0].trim(), confidence: 0.7, index: m.index };
  }
}

/** A room's or a bed's word, as a ward's, a home's or a hotel's lists number them ("Chambre 12", "Bed 4", "Zi. 3"). */
const ROOM_WORDS =
  'room|rm\\.|bed|zimmer|zi\\.|bett|chambre|ch\\.|lit|stanza|camera|letto|habitación|hab\\.|cama|kamer|pokój|quarto';
/**
 * A place that stands for whoever has it in a list: a room, a bed, a seat, a table, a locker, a tent, a cabin, a ride,
 * its number after the word.
 */
const PLACE_WORDS = `${ROOM_WORDS}|łóżko|seat|sitz|sitzplatz|siège|place|posto|asiento|lugar|stoel|zitplaats|miejsce|table|tisch|tavolo|mesa|tafel|stolik|locker|spind|schließfach|casier|armadietto|taquilla|kluisje|szafka|cacifo|tent|zelt|tente|tenda|tienda|namiot|cabin|kabine|cabine|cabina|camarote|hut|kajuta|ride|fahrt|trajet|corsa|viaje|rit|kurs|viagem`;
/**
 * A flat's words as a list's lines open with them ("Flat 14: …", "mieszkanie 14: …"), not "unit", "piso" or "interno",
 * which number a course's units, a building's floors and a switchboard's extensions too.
 */
const LISTED_FLAT_WORDS = [
  ...FLAT_WORDS.split('|').filter((word) => !['unit', 'piso', 'interno'].includes(word)),
  'mieszkanie',
  'lokal',
].join('|');
/** A building and its number before a flat's ("Blok 3, mieszkanie 14:", "Block B, flat 2:", "Haus 4, Wohnung 3:"). */
const BUILDING_WORDS = 'block|blok|bloc|building|gebäude|haus|bâtiment|edificio|palazzina|gebouw|budynek|bloco|prédio';
const BUILDING_BEFORE = String.raw`(?:${BUILDING_WORDS})[ \t]*\d{0,3}[a-zA-Z]?,?[ \t]+`;
/** A list's line opened by a place and its number ("Chambre 105 : …", "Armadietto 17: …", "Namiot 2, łóżko A: …", "Rit 2 08:30 …"). */
const PLACE_LINE = new RegExp(
  String.raw`^[ \t]*(?:[-*•][ \t]*)?(?:(?:${BUILDING_BEFORE})?(?:${PLACE_WORDS}|${LISTED_FLAT_WORDS})|${BUILDING_WORDS})[ \t]*(?:n[°º.]?|nr\.?|no\.?|#)?[ \t]*\d{1,4}[a-zA-Z]?(?![\d.,]\d)`,
  'gimu',
);
/** A table whose first column is a place's ("seat,booking_ref,assistance_needed"). */
const PLACE_COLUMN = new RegExp(`^(?:${PLACE_WORDS})(?:[ _-]?(?:no|nr|number|nummer|numéro|numero|número|numer))?$`, 'iu');
/**
 * What a place is for, as a hotel's or a venue's description tells it ("Room 104: adapted for wheelchair users", "Sitz 1–4:
 * für Menschen mit Behinderung"): a facility's, no one's.
 */
const FACILITY_FOR =
  /(?<![\p{L}])(?:for|für|pour|per|para|voor|dla|adapted|suited|suitable|accessible|barrierefrei|rollstuhlgerecht|adapté|adaptée|accessibile|adattat[oa]|accesible|adaptad[oa]|toegankelijk|aangepast|dostosowan\p{L}*|przystosowan\p{L}*)(?![\p{L}])/iu;
/**
 * People listed by the place they have, a special category's term on the place's line ("Chambre 105 : 1 pers., allergie
 * sévère aux fruits de mer", "Armadietto 17: distorsione alla caviglia", "31,BK-88467,diabetic", holdout-943): a room
 * list's, a trip's, a gym's or a transport's; two such lines at least, as a list has them. Not a place's line that says
 * whom the place is for.
 */
function* placesListed(scan: TextScan): Iterable<Match> {
  if (!anySpecial(scan)) return;
  const { text } = scan;
  const lines: number[] = [...allMatches(PLACE_LINE, text).map((m) => m.index), ...streetLines(scan)];
  if (lines.length < 2) {
    const top = firstLine(text);
    const table = headerAt(text, top.length - top.trimStart().length);
    if (!table || !PLACE_COLUMN.test((table.columns[0] ?? '').trim())) return;
    lines.length = 0;
    for (const { offset } of rowsUnder(text, table.headerEnd)) lines.push(offset);
    if (lines.length < 2) return;
  }
  // A ward's or a home's rooms and beds in a record are its patients' lines already (patientLines).
  const record = recordText(scan);
  for (const from of lines) {
    const end = text.indexOf('\n', from);
    const to = end < 0 ? text.length : end;
    const line = text.slice(from, to);
    if (!specialBetween(scan, from, to) || FACILITY_FOR.test(line) || anyoneSentence(scan, from, to)) continue;
    if (PATIENT_LINE_AT.test(line) || (record && ROOM_SUBJECT_AT.test(line))) continue;
    // A directory's line: what the place houses, a specialty or a service ("Room 12: physiotherapy", "Haus 2: Kardiologie").
    if (servicesOnly(scan, from, to)) continue;
    yield { type: 'person-number', value: line.trim().slice(0, 24), confidence: 0.7, index: from };
  }
}

/**
 * A medical specialty's or a service's word by its ending or its word, a term's stem read to its word's end: "-logy",
 * "-therapy", "-iatrie", a clinic, a lab, an emergency department.
 */
const SERVICE_WORD =
  /(?:log(?:y|ie|ia|ía|ij|ii)|therap(?:y|ie)|thérapie|terapi[ae]|terapia|iatr(?:y|ie|ia|ía|ics?)|ologist|clinic|klinik|clinique|clinica|clínica|kliniek|ambulanz|ambulatori[oa]|laboratory|labor|laboratoire|laboratorio|blood tests?|x-ray|röntgen|radiografia|apotheke|pharmacy|pharmacie|farmacia|apotheek|apteka|farmácia|praxis|notaufnahme|urgences|emergency department|pronto soccorso|urgencias|spoedeisende hulp|izba przyjęć)$/iu;
/**
 * Whether every special term between `from` and `to` names a specialty or a service (SERVICE_WORD), none derived: what a
 * directory's place houses, no one's care.
 */
function servicesOnly(scan: TextScan, from: number, to: number): boolean {
  if (anyDerived(scan) && derivedSpecialTerms(scan, from, to) > 0) return false;
  const hits = [...scan.byFamily].flatMap(([family, found]) =>
    family.startsWith('special:') ? found.filter((hit) => hit.start >= from && hit.start < to) : [],
  );
  return (
    hits.length > 0 &&
    hits.every((hit) =>
      SERVICE_WORD.test(
        scan.text.slice(hit.start, hit.end + (/^\p{L}*/u.exec(scan.text.slice(hit.end, hit.end + 12))?.[0].length ?? 0)).trim(),
      ),
    )
  );
}

/** Before a street's name at a line's start: a bullet, a time of a round ("07:00 Lindenweg 4, EG: …"). */
const STREET_LINE_HEAD = /(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?:(?:[01]?\d|2[0-3])[:.h][0-5]\d[ \t]+)?$/;
/**
 * The lines a street's name and its house's number open, maybe after a round's time: a care service's or a courier's
 * round by the homes it calls at ("07:00 Lindenweg 4, EG: Insulingabe", holdout-966), each home whoever lives there.
 */
function streetLines(scan: TextScan): number[] {
  const { text } = scan;
  const starts: number[] = [];
  for (const hit of scan.byFamily.get('street') ?? []) {
    const head = STREET_LINE_HEAD.exec(text.slice(Math.max(0, hit.start - 24), hit.start));
    if (!head || !/^\p{L}*[ \t]*\d{1,4}[a-zA-Z]?(?![\d.,]\d)/u.test(text.slice(hit.end, hit.end + 12))) continue;
    // Not a line that names its person ("Listenplatz 1: Yusuf Demir, …", a list's place, not a street's): the name counts.
    const start = text.lastIndexOf('\n', hit.start - 1) + 1;
    if (hitBetween(scan, 'given-name', start, lineEndOf(text, hit.start))) continue;
    starts.push(start);
  }
  return starts;
}

/** A flat's or a house's words before its number, in the eight languages. */
const FLATS = `${FLAT_WORDS}|logement|mieszkania|lokalu|number|nummer|numéro|numero|número|numeru`;
/** Whom a flat or a house holds, by the words its log or a neighbour's note uses: tenants, occupiers, residents. */
const OCCUPANTS =
  'tenant|occupier|occupant|resident|mieter|mieterin|bewohner|bewohnerin|locataire|occupante|résidente?|inquilino|inquilina|condomino|condomina|residente|huurder|huurster|bewoner|najemca|lokator|lokatorka|mieszkan(?:iec|ka)|morador|moradora';
/** Neighbours, and a block's co-owners, by their words: whom a resident's complaint names by their flat. */
const NEIGHBOURS =
  'neighbour|neighbor|nachbar|nachbarin|voisin|voisine|vicino|vicina|condomino|condomina|vecino|vecina|buurman|buurvrouw|sąsiad|sąsiadka|vizinho|vizinha';
/**
 * The tenant, the owner or the occupier of one flat or house by its number ("Der Mieter der Wohnung 3 links", "the tenant
 * of flat 4B", "le locataire de l'appartement 12", "l'inquilino dell'interno 7", "najemca lokalu nr 5", holdout-790; "de
 * bewoner van nummer 17", holdout-561), a neighbour by theirs ("il condomino dell'interno 9", holdout-883), or the flat
 * heading a log's entry about its occupier ("Flat 12: tenant reports damp …"): one household, which the landlord's, the
 * manager's or the owners' file names so.
 */
const OCCUPIER_OF_FLAT = new RegExp(
  String.raw`(?<![\p{L}])(?:tenant|occupier|occupant|leaseholder|owner|mieter|mieterin|eigentümer|eigentümerin|bewohner|bewohnerin|locataire|propriétaire|occupante|inquilino|inquilina|conduttore|proprietario|proprietaria|propietario|propietaria|arrendatario|arrendataria|huurder|huurster|bewoner|eigenaar|najemca|lokator|lokatorka|właściciel|właścicielka|arrendatário|arrendatária|proprietário|proprietária|condómino|${NEIGHBOURS})[ \t]+(?:of|in|der|des|von|de|de la|de l['’]|du|dell['’]|della|del|dello|van|van het|do|da|z)?[ \t]*(?:the[ \t]+)?(?:${FLATS})[ \t]+(?:nr\.?[ \t]*|no\.[ \t]*|n[°º][ \t]*)?(\d{1,4}[a-zA-Z]?)(?![\d\p{L}])|(?<![\p{L}])(?:${FLATS})[ \t]+(?:nr\.?[ \t]*|no\.[ \t]*|n[°º][ \t]*)?\d{1,4}[a-zA-Z]?[ \t]*[:–—-][ \t]*(?:(?:the|die|der|le|la|l['’]|il|el|de|het|o|a)[ \t]+)?(?:leaseholder|owner|${OCCUPANTS})(?![\p{L}])`,
  'giu',
);
/**
 * A form's or a certificate's person, named in its header and referred to as such below ("the above named has been
 * unfit for work", "Der Obengenannte ist arbeitsunfähig", "la susnommée", "wyżej wymieniona"): someone, whatever the
 * header holds. Not "the above-named company" or a German adjective before a thing ("die oben genannten Punkte").
 */
const ABOVE_NAMED =
  /(?<![\p{L}])(?:[Tt]he[ \t]+above[ -]named(?![ \t]+(?:company|firm|entity|organi[sz]ation|business|vessel|property|premises|contract|order|product|document|account|policy|vehicle)(?![\p{L}]))|(?:[Dd]er|[Dd]ie|[Dd]es|[Dd]em|[Dd]en)[ \t]+(?:Obengenannte|Vorgenannte|Obengenannten|Vorgenannten)(?![ \t]+\p{Lu})|(?:[Ll]e|[Ll]a)[ \t]+susnommée?|wyżej[ \t]+wymienion[yaej]{1,3}(?![ \t]+(?:firma|spółka|umowa|dokument)))(?![\p{L}])/gu;
/** The same words alone, for one plain look before ABOVE_NAMED. */
const ABOVE_NAMED_WORD = /above[ -]named|genannte|susnomm|wymienion/i;
function* aboveNamed(scan: TextScan): Iterable<Match> {
  if (!ABOVE_NAMED_WORD.test(scan.text)) return;
  for (const m of textMatches(scan, ABOVE_NAMED)) yield { type: 'person-number', value: m[0], confidence: 0.7, index: m.index };
}
/**
 * An account by its number where the text speaks of its holder, as a bank's or a debt collector's notes do ("Notas de
 * gestión de recobro – cuenta 0049-7712-55 … Llamada al titular: …", holdout-794): one person's account. Not an
 * account's number alone, which a company's invoice prints for its payments.
 */
const ACCOUNT_NUMBER =
  /(?<![\p{L}])(?:account|cuenta|konto|kontos|compte|conto|rekening|conta|rachunek|rachunku)[ \t]*(?:n[º°.]|nr\.?|no\.|#)?[ \t]*:?[ \t]*(\d[\d -]{4,28}\d)(?![\d\p{L}])/giu;
/** The holders' words, in the role lexicon. */
const HOLDERS = new Set(
  ['titular', 'titulaire', 'intestatario', 'intestataria', 'account holder', 'kontoinhaber', 'kontoinhaberin'].map(fold),
);
function* accountsOfHolders(scan: TextScan): Iterable<Match> {
  const holder = (scan.byFamily.get('person-role') ?? []).some((hit) => HOLDERS.has(fold(scan.text.slice(hit.start, hit.end))));
  if (!holder || betweenCompanies(scan)) return;
  for (const m of textMatches(scan, ACCOUNT_NUMBER)) {
    if ((m[1] as string).replace(/\D/g, '').length < 6 || nearOnLine(scan, 'example-marker', m.index, 40)) continue;
    yield { type: 'person-number', value: m[1] as string, confidence: 0.7, index: m.index };
  }
}
/**
 * One person a dated note describes rather than names, in the sentence that tells of their special category: a role's
 * or a description's word in the singular opening its clause ("Staff member has had three absences … disclosed panic
 * attacks", "Élève de 4e B, 10h15 : crise d'angoisse", "el padre está hospitalizado"), in a text that gives a day or a
 * time, and an event's day or time in that sentence or on its line. Not where the sentence speaks of anyone (a modal
 * verb, "every", "all", a right, a share, a count: "The staff member must inform their manager", "Each pupil with asthma
 * keeps …", "Pacjent ma prawo do …", "18 % of the families"), nor someone news describes by an indefinite article ("A
 * pupil at Greenfield Primary was taken to hospital"), nor in a made-up case or a published report.
 */
/** The words that open a described person's clause: a sentence's or a line's start, a comma, a number. */
const SUBJECT_OPENS = String.raw`(?:^|[.!?:;–—-]\s+|\n[ \t]*|,[ \t]*|\d[ \t]+)`;
/**
 * A verb of saying that reports what follows without "that" ("said she is diabetic", "sagte, er hat Fieber", holdout-890):
 * a clause opens after it as after "that".
 */
const SAID_VERBS = 'said|says|told us|sagte|sagt|meinte|a dit|dit|ha detto|dice|dijo|zei|zegt|powiedział|powiedziała|disse|diz';
/**
 * Polish roles, which no article opens: under a dated record's heading one stands mid-sentence after a place put first
 * ("Na przystanku Rondo Wiatraczna pasażer z miejsca przy drzwiach zasłabł", holdout-890; "Przy wejściu głównym mężczyzna
 * około 50 lat zasłabł", holdout-932).
 */
const POLISH_RECORD_ROLES =
  'pasażer|pasażerka|klient|klientka|pacjent|pacjentka|pracownik|pracownica|uczeń|uczennica|mieszkaniec|mieszkanka|kierowca|gość|sąsiad|sąsiadka|dziecko|zawodnik|zawodniczka|uczestnik|uczestniczka|członek|najemca|lokator|lokatorka|mężczyzna|kobieta|chłopiec|dziewczynka|nastolatek|nastolatka|starszy pan|starsza pani';
/** … or, in a record or a message only, "that" ("told me that the …", "dijo que el padre …") or a possessive after a word. */
const SUBJECT_OPENS_IN_RECORD = String.raw`(?:(?<said>(?<![\p{L}])(?:(?:that|dass|daß|que|che|dat|że|fyi|btw|${SAID_VERBS})[ \t]+|qu['’]))|(?<inner>(?<=[ \t])(?=(?:our|unser|unsere|unserer|notre|nostro|nostra|nuestro|nuestra|onze|nasz|nasza|nosso|nossa)[ \t]))|(?<polish>(?<=\p{Ll}[ \t])(?=(?:${POLISH_RECORD_ROLES})(?![\p{L}])))|(?<mid>(?<=\p{Ll}[ \t])(?=(?:the|der|die|das|den|dem|le|la|l['’]|il|lo|el|de|het|a|an|ein|eine|un|une|uno|una|een|um|uma)[ \t])))`;
/**
 * An article, a possessive or "a", and a word before the role: "the", "our", "my", "a", "the new", "la vecina mayor". The
 * writer's "my", the reader's "your" and "this" or "that" before a colleague, a neighbour or a pupil are a message's
 * only, as "our" is ("meine Kollegin aus der Kreditorenbuchhaltung", holdout-827; "a tua colega da contabilidade", "ten
 * nowy kierowca z nocnej zmiany", holdout-831).
 */
const SUBJECT_ARTICLE = String.raw`(?:(?:the|der|die|das|den|dem|le|la|il|lo|el|al|o|de|het|(?<own>our|unser|unsere|unserer|notre|nostro|nostra|il nostro|la nostra|nuestro|nuestra|onze|ons|nasz|nasza|nosso|nossa|o nosso|a nossa|my|mein|meine|ma|mon|il mio|la mia|mio|mia|mi|mijn|mój|moja|o meu|a minha|meu|minha|your|dein|deine|ton|ta|il tuo|la tua|tuo|tua|tu|jouw|je|twój|twoja|o teu|a tua|teu|this|that|dieser|diese|ce|cet|cette|questo|questa|quel|quella|este|esta|ese|esa|deze|dit|dat|ten|to|esse|essa|aquele|aquela)|(?<some>a|an|ein|eine|un|une|uno|una|een|um|uma))[ \t]+(?:(?:new|neue|neuer|nouveau|nouvelle|nuovo|nuova|nuevo|nueva|nieuwe|nowy|nowa|novo|nova)[ \t]+|(?<adjective>\p{Ll}{3,}[ \t]+))?|(?<newBare>new|neue|neuer|nouveau|nouvelle|nuovo|nuova|nuevo|nueva|nieuwe|nowy|nowa|novo|nova)[ \t]+|l['’](?:(?:nuovo|nuova|nouveau|nouvelle)[ \t]+)?|(?<someElided>un['’]))?`;
/**
 * A caller's, an insured's or a member's word, as a contact's note and a ticket's export write them ("Caller is the
 * policyholder's daughter", "Anruf einer Versicherten", "L'assurée signale que …", holdout-968 and -971), a taxpayer's
 * ("La contribuente chiede una rateizzazione", holdout-980): a record's role.
 */
const CALLER_WORDS =
  'caller|subscriber|taxpayer|contribuente|contribuable|contribuyente|contribuinte|belastingplichtige|podatni(?:k|czka)|steuerpflichtige[rn]?|abonnent|abonnentin|abonnée?|abbonat[oa]|suscriptora?|abonnee|abonentk?a?|policyholder|policy holder|insured|claimant|anrufer|anruferin|versicherte[nr]?|appelante?|adhérente?|assurée?|sociétaire|chiamante|assicurat[oa]|correntista|llamante|asegurad[oa]|afiliad[oa]|beller|verzekerde|dzwoniąc[ya]|ubezpieczon[ya]|segurad[oa]|assinante';
/** The roles' and descriptions' words, the ones only a record's or a message's note counts in their group. */
const SUBJECT_ROLE = `(?:staff member|employee|colleague|kollege|kollegin|collègue|collega|colega|kolega|koleżanka|mitarbeiter|mitarbeiterin|collaborateur|collaboratrice|salarié|salariée|collaboratore|dipendente|colaborador|colaboradora|trabajador|trabajadora|empleado|empleada|medewerker|medewerkster|werknemer|pracownik|pracownica|funcionário|funcionária|compañero|compañera|chaval|chavala|temp|new hire|pupil|student|studentin|étudiant|étudiante|studente|studentessa|estudiante|estudante|studentka|élève|alumno|alumna|aluno|aluna|alunno|alunna|leerling|schüler|schülerin|uczeń|uczennica|patient|patiente|patientin|paciente|paziente|patiënt|pacjent|pacjentka|resident|résident|résidente|residente|bewohner|bewohnerin|bewoner|bewoonster|client|cliente|cliënt|klient|klientin|tenant|locataire|inquilino|inquilina|huurder|huurster|mieter|mieterin|padre|madre|father|mother|vater|mutter|père|mère|vader|moeder|ojciec|matka|pai|mãe|gentleman|lady|herr|dame|monsieur|signore|signora|señor|señora|senhor|senhora|meneer|mevrouw|doente|(?<recordRole>${CALLER_WORDS}|guest|gast|fahrgast|fahrgästin|hôte|ospite|huésped|gość|hóspede|passenger|passagier|passagierin|passager|passagère|passeggero|passeggera|pasajero|pasajera|pasażer|pasażerka|passageiro|passageira|customer|kunde|kundin|klant|klantin|klientka|najemca|najemczyni|lokator|lokatorka|man|woman|mann|homme|femme|uomo|donna|hombre|mujer|vrouw|kobieta|mężczyzna|mulher|homem|skier|skifahrer|skifahrerin|skieur|skieuse|sciatore|sciatrice|esquiador|esquiadora|skiër|narciarz|narciarka|snowboarder|viewer|spectator|zuschauer|zuschauerin|spectateur|spectatrice|spettatore|spettatrice|espectador|espectadora|espetador|espetadora|toeschouwer|kijker|widz|widzka|visitor|besucher|besucherin|visiteur|visiteuse|visitatore|visitatrice|visitante|bezoeker|bezoekster|odwiedzający|odwiedzająca|reader|lecteur|lectrice|leser|leserin|lettore|lettrice|lector|lectora|lezer|lezeres|czytelnik|czytelniczka|leitor|leitora|member|lid|mitglied|membre|socio|socia|członek|sócio|sócia|driver|conductor|conductora|fahrer|fahrerin|chauffeur|autista|kierowca|motorista|player|spieler|spielerin|torwart|joueur|joueuse|giocatore|giocatrice|jugador|jugadora|speler|zawodnik|zawodniczka|jogador|jogadora|mieszkaniec|mieszkanka|morador|moradora|usuario|usuaria|usager|usuario|usuaria|utilizador|utilizadora|usagère|operario|operaria|operaio|ouvrier|ouvrière|arbeiter|worker|robotnik|operário|operária|participant|participante|teilnehmer|teilnehmerin|partecipante|deelnemer|deelneemster|uczestnik|uczestniczka|utente|kind|child|enfant|bambino|bambina|niño|niña|chica|chico|muchacha|muchacho|ragazza|ragazzo|ragazzina|ragazzino|dziecko|criança|menino|menina|miúdo|miúda|garoto|garota|chłopiec|dziewczynka|petit|petite|piccolo|piccola|pequeño|pequeña|pequeno|pequena|kleine|little one|anziano|anziana|anciano|anciana|idoso|idosa|vieillard|rentner|rentnerin|emeryt|emerytka|pensioner|pensionista|bejaarde|swimmer|schwimmer|schwimmerin|nageur|nageuse|nuotatore|nuotatrice|nadador|nadadora|zwemmer|zwemster|pływak|pływaczka|neighbour|neighbor|nachbar|nachbarin|voisin|voisine|vicino|vicina|vecino|vecina|buurman|buurvrouw|sąsiad|sąsiadka|vizinho|vizinha|intern|trainee|praktikant|praktikantin|azubi|stagiaire|tirocinante|stagista|becario|becaria|stagiair|stażysta|stażystka|estagiário|estagiária|receptionist|rezeptionistin|réceptionniste|recepcionista|receptioniste|baliemedewerker|recepcjonistka|rececionista|secretary|sekretärin|secrétaire|segretaria|secretaria|secretaresse|sekretarka|cleaner|reinigungskraft|putzfrau|agent d['’]entretien|addetta alle pulizie|limpiadora|schoonmaker|schoonmaakster|sprzątaczka|empregada de limpeza|cashier|kassiererin|kassierer|caissière|caissier|cassiera|cassiere|cajera|cajero|kassière|kasjerka|kasjer|operadora de caixa|administrativ[oa]|clerk|sachbearbeiter(?:in)?|employée? de bureau|impiegat[oa]|oficinista|administratief medewerker|urzędniczka|urzędnik|apprentice|auszubildende[r]?|apprenti|apprentie|apprendista|aprendiz|leerling-monteur|praktykant(?:ka)?|warehouse worker|forklift operator|lagerist(?:in)?|staplerfahrer(?:in)?|cariste|carrellista|carretiller[oa]|heftruckchauffeur|heftruckbestuurder|operador(?:a)? de empilhador|operator wózka|lagerarbeiter(?:in)?|magasinier|magasinière|magazziniere|magazziniera|mozo de almacén|almacenero|magazijnmedewerker|magazynier(?:ka)?|armazenista|cook|koch|köchin|cuisinier|cuisinière|cuoc[oa]|cociner[oa]|kok|kucharz|kucharka|cozinheir[oa]|waiter|waitress|kellner(?:in)?|serveur|serveuse|camerier[ea]|camarer[oa]|ober|serveerster|kelner(?:ka)?|emprega[dt][oa] de mesa|caretaker|hausmeister(?:in)?|gardien(?:ne)?|custode|portiere|conserje|conciërge|dozorca|porteir[oa]|security guard|wachmann|agent de sécurité|guardia giurata|vigilante|beveiliger|ochroniarz|segurança|accountant|buchhalter(?:in)?|comptable|contabile|contable|boekhouder|księgow[aey]|contabilista|guy|lad|girl|boy|junge|mädchen|jeune|alternant|alternante|garçon|fille|ragazz[oa]|chic[oa]|jongen|meisje|chłopak|dziewczyna|rapaz|rapariga|teacher|lehrer(?:in)?|enseignante?|professeure?|insegnante|maestr[oa]|profesor[a]?|leraar|lerares|juf|meester|nauczyciel(?:ka)?|professor[a]?))`;
/** German compounds of a driver's, a worker's or a colleague's word ("Staplerfahrer", holdout-816): in a record only. */
const COMPOUND_ROLE = String.raw`(?<compound>\p{L}{3,}(?:fahrer|fahrerin|arbeiter|arbeiterin|kollege|kollegin|kraft|helfer|helferin))`;
/**
 * "The one" of a place, the lady or the gentleman from one, and "the new one" of one, by an article: whom a message's
 * readers know ("quello del terzo piano", "celle du 3e", "la del quinto", "pani z sekretariatu", "pani sprzątająca z
 * drugiego piętra", "der Neue im Wareneingang", "la nueva de recepción", holdout-827 and -836).
 */
const THE_ONE_FROM = String.raw`(?:(?:quell[oa]|celui|celle|the one|(?:el|la)(?=[ \t]+del[ \t])|(?:der|die|le|la|il|el|de|o|a)[ \t]+(?<newOne>neue|neuer|nouveau|nouvelle|nuovo|nuova|nuevo|nueva|nieuwe|novo|nova))(?=[ \t]+(?:im|in|aus|vom|von|bei|du|de|des|d['’]|della|del|dello|dell['’]|di|van|bij|uit|da|do|from|at|on)(?:[ \t]|(?<=['’])))|(?:ten|ta|nowy|nowa|(?:pan|pani)(?:[ \t]+\p{Ll}+)?)(?=[ \t]+(?:z|ze|od)[ \t]))`;
/**
 * A third person's pronoun, in a message or a record only, where those it is written to know whom it means ("she was
 * admitted last night with appendicitis", "er hat sich krankgemeldet", "zij zit thuis met een burn-out", holdout-826).
 * Not the pronouns that are also "they", "you", "it" or an article (sie, ze, il, lei, on). Where a language drops the
 * pronoun, a clause that opens with being in hospital, on sick leave or operated on ("è ricoverato da ieri per una
 * polmonite", "está de baja por ansiedad", "jest na zwolnieniu lekarskim").
 */
const SUBJECT_PRONOUN = `(?<pronoun>she|he|er|elle|ella|él|ele|ela|hij|zij|${THE_ONE_FROM}|(?<dropped>è (?:stat[oa] )?ricoverat[oa]|è in (?:malattia|ospedale)|è stat[oa] operat[oa]|está (?:de baja|ingresad[oa]|hospitalizad[oa]|internad[oa]|de baixa)|ha sido operad[oa]|foi (?:operad[oa]|internad[oa])|jest (?:na zwolnieniu|w szpitalu)|trafił[a]? do szpitala|był[a]? operowan[ya]|ist (?:krankgeschrieben|im krankenhaus)|liegt im krankenhaus))`;
const DESCRIBED_SUBJECT = new RegExp(`${SUBJECT_OPENS}${SUBJECT_ARTICLE}${SUBJECT_ROLE}(?![\\p{L}])`, 'giu');
/** A role's word at a word's start, as DESCRIBED_SUBJECT ends with one: the word gate's question before it (`mayMatch`). */
const ROLE_AT_WORD_START = new RegExp(`(?<![\\p{L}])${SUBJECT_ROLE}`, 'iu');
/**
 * A capitalised adjective opening a log's entry after its time, then a role ("19:20  Oudere dame op niveau -2 …",
 * holdout-934): read beside RECORD_SUBJECT, whose own reading of a capitalised role ("14:05  Senhor idoso") it leaves.
 */
const ENTRY_ADJECTIVE_SUBJECT = new RegExp(
  String.raw`(?<=\d[ \t]+)(?<entryAdjective>\p{Lu}\p{Ll}{2,})[ \t]+(?:${SUBJECT_ROLE})(?![\p{L}])`,
  'gu',
);
/**
 * A register's cell that opens with a role, after a column's gap of three spaces or a tab ("30/11  09:40  3ª B    bambino
 * (quello nuovo)", holdout-921): read beside RECORD_SUBJECT, only in a register whose rows are dated.
 */
const CELL_SUBJECT = new RegExp(
  String.raw`(?<=\S(?: {3,}|[ \t]*\t))${SUBJECT_ARTICLE}(?:${SUBJECT_ROLE}|${COMPOUND_ROLE})(?![\p{L}])`,
  'giu',
);
/** DESCRIBED_SUBJECT and what a record or a message adds to it: its other openings, and German compounds. */
const RECORD_SUBJECT = new RegExp(
  `(?:${SUBJECT_OPENS}|${SUBJECT_OPENS_IN_RECORD})(?:${SUBJECT_ARTICLE}(?:${SUBJECT_ROLE}|${COMPOUND_ROLE})|${SUBJECT_PRONOUN})(?![\\p{L}])`,
  'giu',
);
/** A quantifier of every one, or a condition: what a sentence about anyone and a possessive's anyone share. */
const EVERY_ONE_OR_IF = `every|each|all|any|jede[rsnm]?|alle|chaque|tout|tous|toutes|ogni|tutti|cada|todos|todas|elke|iedere|każdy|każda|każde|każdego|wszyscy|wszystkich|wszystkie|wszystkim|if|wenn|falls|si|se|als|jeśli|jeżeli`;
/**
 * Units of time after "every" ("every morning", "cada mañana", "jeden Tag", "tous les jours", holdout-911): when something
 * happens, not to whom.
 */
const TIME_UNITS = `mornings?|days?|weeks?|evenings?|nights?|months?|times?|morgen|tag|tage|woche|abend|nacht|monat|matins?|jours?|semaines?|soirs?|nuits?|mois|fois|mattin[ae]|giorn[oi]|settiman[ae]|ser[ae]|nott[ei]|mes[ei]|volt[ae]|mañanas?|días?|semanas?|tardes?|noches?|vez|veces|ochtend|dag|dagen|week|weken|avond|nacht|maand|keer|rano|ranka|dzień|dnia|tygodnia|wieczór|wieczoru|nocy|miesiąca|raz|manhãs?|dias?|noites?|meses`;
/** A sentence about anyone: a modal verb, a quantifier, a condition, a right, reported words, a share, a count. */
const ANYONE_SENTENCE = new RegExp(
  String.raw`(?<![\p{L}])(?:must|should|may|can|could|will be|muss|müssen|soll|sollen|kann|können|darf|doit|doivent|peut|peuvent|deve|devono|può|possono|debe|deben|puede|pueden|moet|moeten|mag|kan|musi|może|mogą|devem|pode|podem|(?:${EVERY_ONE_OR_IF})(?![\p{L}])(?![ \t]+(?:(?:les|los|las|i|gli|le|die|de|os|as)[ \t]+)?(?:${TIME_UNITS})(?![\p{L}]))|has the right|have the right|hat das recht|haben das recht|a le droit|ont le droit|ha diritto|hanno diritto|tiene derecho|tienen derecho|heeft recht|hebben recht|ma prawo|mają prawo|tem direito|têm direito|according to|laut|selon|(?<!(?:del|al|il|nel|dal|sul|lo|un|di|o|no|do|ao|um)[ \t])(?:secondo|segundo)(?![ \t]+(?:piano|andar|anno|ano|giorno|dia|turno|semestre|trimestre|livello|nível|grado|grau))|según|volgens|według|please|bitte|veuillez|si prega|por favor|gelieve|prosimy|pedimos)(?![\p{L}])|%|\d[ \t]*(?:times|mal|fois|volte|veces|keer|razy|vezes)(?![\p{L}])`,
  'iu',
);
/** A day or a clock's time, as a dated note gives them. */
const NOTE_DAY =
  /(?<![\d.])(?:[0-3]?\d[./][01]?\d(?:[./](?:19|20)?\d\d)?|(?:[01]?\d|2[0-3])(?::|h)[0-5]\d|(?:[01]?\d|2[0-3])h(?![\p{L}\d]))(?![\d])/u;
/** An hour alone, as French and Portuguese notes write it ("la medicação das 22h", "vers 8h"). */
const HOUR_ALONE = /(?<![\d:.])(?:[01]?\d|2[0-3])h(?![\p{L}\d])/u;
/**
 * Nouns a role's word qualifies in English ("employee assistance", "patient records", "student union"), and an outbreak's
 * first case ("le patient index", "patient zero").
 */
const ROLE_AS_ADJUNCT =
  /^[ \t]+(?:index|zero|zéro|cero|nul|assistance|programmes?|programs?|handbooks?|surveys?|benefits?|engagement|records?|data|portal|numbers?|ids?|cards?|councils?|representatives?|satisfaction|turnover|wellbeing|rights|guides?|forums?|associations?|unions?|transport|safety|care|information|leaflets?|experience|feedback|journey|pathway|files?|services?)(?![\p{L}])/iu;
/** A relative clause right after a role's word: "the pupil who", "Der Schüler, der", "le salarié qui", "pacjent, u którego". */
const RELATIVE_AFTER =
  /^[ \t]*,?[ \t]*(?:(?:u|z|w|do|od|dla|à|de|di|con|with|in|bei|mit|met|bij|com|em)[ \t]+)?(?:der|die|das|den|dem|who|whom|whose|that|which|qui|que|dont|lequel|laquelle|che|cui|il quale|la quale|quien|el cual|la cual|dat|wie|który|która|które|którego|której|którym|o qual|a qual)(?![\p{L}])/iu;
/**
 * A room's, a bed's, a corridor's or a floor's word, as a ward's or a home's note places someone, or a seat's by the
 * window or in a row, as a class's note does ("el alumno que se sienta junto a la ventana", holdout-890).
 */
const PLACED_IN_WARD =
  /(?<![\p{L}])(?:room|bed|corridor|zimmer|bett|flur|gang|chambre|lit|couloir|camera|letto|corridoio|habitación|cama|pasillo|kamer|pokoju|pokój|łóżku|korytarzu|quarto|corredor|enfermaria|window|fenster|fenêtre|finestra|ventana|raam|oknie|okna|janela|last row|back row|front row|letzten reihe|hintersten reihe|dernier rang|ultima fila|última fila|achterste rij|ostatniej ławce|última fila)(?![\p{L}])/iu;
/**
 * Whether a relative clause follows a role's word at `at`. German's pronouns are its articles too: one only after a
 * comma ("Der Schüler, der Fieber hat"; not "Unser Torwart der ersten Mannschaft", holdout-807), and "die" without one
 * only in a Dutch text ("De leerling die koorts heeft").
 */
function relativeAfter(scan: TextScan, at: number): boolean {
  const m = RELATIVE_AFTER.exec(scan.text.slice(at, at + 24));
  if (!m) return false;
  const comma = m[0].includes(',');
  const pronoun = /\p{L}+$/u.exec(m[0])?.[0].toLowerCase() ?? '';
  if (comma || !['der', 'die', 'das', 'den', 'dem'].includes(pronoun)) return true;
  return pronoun === 'die' && languageOf(scan) === 'nl';
}
/**
 * Whether a mail's header or subject line, or a greeting opening its line, stands among the three lines right above the
 * paragraph at `at` (a mail below other pages, the metamorphic bench's shape).
 */
function messageHeadAbove(scan: TextScan, at: number): boolean {
  return lineAbove(
    scan.text,
    at,
    3,
    (line, start) => MAIL_FIRST_LINE.test(line) || (line.length <= 60 && greetingOpensLine(scan, start, start + line.length)),
  );
}
/** Whether a greeting that opens its line (only spaces before it) starts in [from, to). */
function greetingOpensLine(scan: TextScan, from: number, to: number): boolean {
  return (scan.byFamily.get('salutation') ?? []).some(
    (hit) => hit.start >= from && hit.start < to && /^[ \t>]*$/.test(beforeOnLine(scan.text, hit.start)),
  );
}
/** Whether a special category's term stands within the five words after the relative pronoun after `at`. */
function stateInRelative(scan: TextScan, at: number): boolean {
  const clause = /^[ \t,]*(?:[\p{L}'’-]+[ \t,]+){0,6}/u.exec(scan.text.slice(at, at + 80))?.[0] ?? '';
  return specialBetween(scan, at, at + clause.length);
}
/**
 * One of a group, under a record's heading ("Jeden z pracowników podwykonawcy skręcił kostkę", "One of the drivers hurt
 * his back", holdout-809): the one the record is about.
 */
const ONE_OF = String.raw`(?<oneOf>one of (?:the|our)|einer (?:der|unserer)|eine (?:der|unserer)|l['’]une? (?:des|de nos)|uno (?:dei|degli|dei nostri)|una (?:delle|delle nostre)|uno de (?:los|nuestros)|una de (?:las|nuestras)|een van (?:de|onze)|jeden z|jedna z|um dos|uma das)\s+[\p{L}'’-]+`;
const ONE_OF_SUBJECT = new RegExp(`${SUBJECT_OPENS}${ONE_OF}`, 'giu');
/** The words of ONE_OF_SUBJECT alone, for one plain look before it. */
const ONE_OF_WORD = /one of|einer? (?:der|unserer)|l['’]une? de|uno de|una de|een van|jeden z|jedna z|um dos|uma das/i;
/** A list's next item on the next line: a bullet, a dash or a number. */
const NEXT_ITEM = /^[ \t]*\r?\n[ \t]*(?:[-*•–]|\d{1,2}[.)])/;
/** A day and its month's name ("Sat 28 Nov", "30 novembre", "1er décembre", "25 de noviembre"), as a log's heading gives it. */
const DAY_MONTH_NAMED =
  /(?<!\d)[0-3]?\d(?:\.|er|º)?[ \t]+(?:de[ \t]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|jän|mär|mai|okt|dez|janv|févr|avr|juin|juil|août|sept|déc|genn|febbr|magg|giu|lugl|ag|sett|ott|dic|ene|abr|agos|mei|maart|sty|lut|kwi|maj|cze|lip|sie|wrz|paź|lis|gru|fev|out)\p{L}*\.?(?![\p{L}])/iu;
/** A date as NOTE_DAY gives it, or a day and its month's name. */
/** A date with dashes and its century, as a heading writes it too ("Verslag MT-overleg – 26-11-2026", holdout-974). */
const DASH_DATE = /(?<![\d-])[0-3]?\d-[01]?\d-(?:19|20)\d\d(?![\d-])/;
const NOTE_DAY_OR_NAMED = new RegExp(`${NOTE_DAY.source}|${DAY_MONTH_NAMED.source}|${DASH_DATE.source}`, 'iu');
/**
 * A record's word in a heading: a log, a note, an incident's form or report ("Incidentmelding", holdout-940), an occurrence,
 * a claim, a meeting's minutes ("Minutes – operations meeting, 24/11/2026", "Acta de la reunión", "Protokół z zebrania",
 * "Ata da reunião", holdout-974).
 */
const RECORD_HEADING_WORD =
  /(?<![\p{L}])(?:\p{L}*(?:notiz|protokoll|vermerk|übergabe|melding|meldingen|meldung|meldungen)|minutes|acta|ata|protokół|notulen|schichtbuch|dienstbuch|wachbuch|logbuch|fahrtenbuch|bordbuch|hausmeisterbuch|pförtnerbuch|besucherbuch|empfangsbuch|kassenbuch|brogliaccio|mattinale|übergabebuch|stationsbuch|log|logbook|note|notes|handover|hand-over|daybook|day book|passation|transmissions|consignes|cahier de liaison|consegne|passaggio di consegne|relevo|novedades|bitácora|overdracht|przekazanie zmiany|passagem de turno|register|registre|zgłoszenie|zgłoszenia|incident|incidents|incidencias|ocorrências|occurrence|report|reports|bericht|einsatzbericht|journal|compte[ -]rendu|main courante|rapport|(?:dienst|dag|nacht|incident|wacht)rapport|(?:dienst|schicht|wach|tages|nacht|vorfall|unfall)bericht|nota|appunti|verbale|diario|diário|rapporto|informe|parte|registro|notitie|incidentformulier|rapportage|verslag|logboek|(?:dienst|overdrachts|melding(?:en)?|bezoekers|balie|wacht|rapport|nacht)boek|notatka|raport|dziennik|zeszyt|zapis|registo|ocorrência|relatório|nota de siniestro|siniestro|formulier|formularz|agenda|afspraken|appointments|termine|terminkalender|rendez-vous|appuntamenti|citas|wizyty|marcações)(?![\p{L}])/iu;
/**
 * An emergency service's report or a press release, as fire brigades and the police publish them about people they do
 * not name ("Einsatzbericht Feuerwehr Lindau – 29.11.2026", holdout-808): no record of one person. Not an officer's note.
 */
const PUBLISHED_SERVICE_REPORT =
  /(?<![\p{L}])(?:einsatzbericht|polizeibericht|pressebericht|pressemitteilung|pressemeldung|polizeimeldung|press release|communiqué|comunicato|comunicado|persbericht|komunikat)(?![\p{L}])|(?<![\p{L}])(?:feuerwehr|polizei|police|gendarmerie|pompiers|vigili del fuoco|polizia|carabinieri|bomberos|policía|brandweer|politie|straż|policja|bombeiros|fire (?:service|brigade)|fire and rescue)(?![\p{L}])[^\n]*(?<![\p{L}])(?:bericht|report|rapport|rapporto|informe|verslag|raport|relatório)|(?<![\p{L}])(?:bericht|report|rapport|rapporto|informe|verslag|raport|relatório)(?![\p{L}])[^\n]*(?<![\p{L}])(?:feuerwehr|polizei|police|pompiers|vigili del fuoco|polizia|bomberos|policía|brandweer|politie|straż|policja|bombeiros|fire service|fire brigade)(?![\p{L}])/iu;
/** A software release's notes: no record of one person ("Release notes – Ledgerly 4.13 (30 Nov 2026)", holdout-809). */
const RELEASE_NOTES_WORD =
  /release notes|patch notes|changelog|change log|versionshinweise|notes de version|note di rilascio|notas de la versión|release-opmerkingen|informacje o wydaniu|notas de versão/i;
/**
 * A shift's word ("Frühschicht", "night shift", "turno de noche", "poste de nuit", "nachtdienst", "zmiana nocna"): a
 * record under it is of that shift, as one under a date is of that day.
 */
const SHIFT_WORD =
  /(?<![\p{L}])(?:(?:night|early|late|day|morning|evening|afternoon)[ \t-]+shift|(?:poste|équipe|service) de (?:nuit|jour|matin|soir|l['’]après-midi)|turno (?:di|de|da) (?:notte|noche|noite|mattina|mañana|manhã|pomeriggio|tarde|giorno|día|dia)|(?:nacht|vroege|late|dag|avond)dienst|(?:nocna|dzienna|poranna|popołudniowa) zmiana|zmiana (?:nocna|dzienna|poranna|popołudniowa))(?![\p{L}])|(?:schicht)(?![\p{L}])/iu;
/**
 * A log's entry: a time opening its line ("10:30", "10 h 15"), maybe its day before it ("30/11  09:40"), then what happened
 * ("10:30 Lokatorka spod 12 zgłosiła, że …").
 */
const ENTRY_TIME = String.raw`^[ \t]*(?:[0-3]?\d[./][01]?\d(?:[./](?:19|20)?\d\d)?[ \t]+)?\[?(?:[01]?\d|2[0-3])(?:[:.h]|[ \t]h[ \t])[0-5]\d\]?[ \t]+`;
const TIMED_ENTRY_LINE = new RegExp(String.raw`${ENTRY_TIME}\S`, 'u');
/** A chat's speaker after a turn's time: a name or a desk of up to three words and a colon ("Planning:", "Office Manager:"). */
const CHAT_SPEAKER = /^[\p{L}.'’-]+(?:[ \t]+[\p{L}.'’()-]+){0,3}[ \t]*:/u;
const TIMED_ENTRY = new RegExp(String.raw`${ENTRY_TIME}(\S[^\n]*)$`, 'gmu');
/** A register's row dated before its time ("30/11     09:40  3ª B    bambino …"). */
const DATED_ENTRY = /^[ \t]*[0-3]?\d[./][01]?\d(?:[./](?:19|20)?\d\d)?[ \t]+(?:[01]?\d|2[0-3])[:.h][0-5]\d[ \t]+\S/gmu;
/**
 * One plain look before ENTRY_ADJECTIVE_SUBJECT and CELL_SUBJECT, which hold the roles' long list: a timed entry opening
 * with a capitalised word before a word in lower case, and a register's row dated before its time.
 */
const ENTRY_OPENS_CAPITALISED = new RegExp(String.raw`${ENTRY_TIME}\p{Lu}\p{Ll}{2,}[ \t]+\p{Ll}`, 'mu');
const DATED_ROW = new RegExp(DATED_ENTRY.source, 'mu');
/**
 * A log by its shape, whatever its heading calls it ("Zeszyt dozorcy – budynek …", holdout-911): a date in its first two
 * lines and three entries or more opened by their times, two of them told in a sentence of five words or more. Not a
 * programme or a timetable for a public audience (tickets, a fee, registration), whose times open titles.
 */
function timedLog(scan: TextScan): boolean {
  return timedLogShape(scan, scan.text);
}
/**
 * The same log further down a longer text, after pages of other matter (the metamorphic bench's shape): the block of
 * lines around the entry at `at` — up to the blank line before its run of entries, its two heading lines above it —
 * read as a text of its own, by its heading or by its entries' shape.
 */
function timedLogAbove(scan: TextScan, at: number): boolean {
  const { text } = scan;
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const head = () => text.slice(lineStart, lineStart + 24);
  // An entry's indented continuation line belongs to the entry above it ("       dans son sac, indique qu'elle souffre
  // d'Alzheimer", holdout-921 after other text), up to four lines up.
  for (let k = 0; k < 4 && lineStart > 0 && !TIMED_ENTRY_LINE.test(head()) && /^[ \t]+\S/.test(head()); k++)
    lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  if (!TIMED_ENTRY_LINE.test(head())) return false;
  // Up over the entries and their lines to the blank line before them, then two lines more (the heading).
  let start = lineStart;
  for (let headings = 0; start > 0 && at - start < 4000; ) {
    const previous = text.lastIndexOf('\n', start - 2) + 1;
    const line = text.slice(previous, start - 1);
    if (line.trim() === '') {
      if (headings > 0) break;
      start = previous;
      continue;
    }
    if (!TIMED_ENTRY_LINE.test(line) && !/^[ \t]/.test(line)) headings++;
    if (headings > 2) break;
    start = previous;
  }
  const blank = /\n[ \t]*\r?\n/g;
  blank.lastIndex = at;
  const end = blank.exec(text)?.index ?? text.length;
  const block = text.slice(start, end);
  // Its heading at the block's top, as a text's own top is read, or its entries' shape.
  return datedRecordHeading(block) || timedLogShape(scan, block);
}
function timedLogShape(scan: TextScan, text: string): boolean {
  const lines = text
    .slice(0, 400)
    .split('\n', 8)
    .filter((line) => line.trim() !== '');
  // Its date in its first two lines, or in its first four under a record's word heading it ("MAIN COURANTE – Poste de
  // sécurité / Agent : poste 2 / 01/12/2026", holdout-921); or each entry dated on its row ("30/11  09:40  3ª B …").
  const top = lines.slice(0, recordHeadingLine(lines[0] ?? '', false) ? 4 : 2);
  const datedRows = () => allMatches(DATED_ENTRY, text).length >= 3;
  // In another EU language, whose dates the patterns do not all read ("Úterý 1. 12. 2026", "2026. december 2., szerda",
  // "Sâmbătă, 28 noiembrie 2026", holdout-929), a year in those lines dates it.
  // (Asked last: the language costs most. Two timed entries at least, as below.)
  const yearInOtherLanguage = () =>
    top.some((line) => YEAR_ALONE.test(line)) && allMatches(TIMED_ENTRY, text).length >= 2 && otherLanguageOf(scan) !== '';
  if (!top.some((line) => NOTE_DAY_OR_NAMED.test(line)) && !datedRows() && !yearInOtherLanguage()) return false;
  const timed = allMatches(TIMED_ENTRY, text);
  // Not a chat's turns ("[10:15] Planning: …"), which the readings of messages read; nor a schedule over several days,
  // a date heading its entries further down ("Jueves Santo, 25 de marzo / 20:00 Cofradía …", holdout-427).
  // A log's entry may open with whom or where it is about and a colon ("08:10 Rouva Kauppakadun kerrostalossa: verensokeri
  // 14,8", holdout-929): a chat is one where most turns do.
  // Two entries are enough under a log's word in another EU language heading it, whose logs keep few entries a day
  // ("Kirjaston päivystyspäiväkirja 24.11.2026 / 14.30 … / 16.10 …", holdout-957).
  const otherLanguageLog = () => OTHER_LANGUAGE_LOG_WORD.test(lines[0] ?? '') && otherLanguageOf(scan) !== '';
  if (timed.length < 2 || (timed.length === 2 && !otherLanguageLog())) return false;
  if (timed.filter((m) => CHAT_SPEAKER.test(m[1] as string)).length * 2 > timed.length) return false;
  const firstEntry = timed[0]?.index ?? 0;
  const dateHeading = (line: string) =>
    line.trim().length <= 50 && !/[.!?;,][ \t]*\r?$/.test(line) && !TIMED_ENTRY_LINE.test(line) && NOTE_DAY_OR_NAMED.test(line);
  if (text.slice(firstEntry).split('\n').some(dateHeading)) return false;
  const entries = timed.map((m) => (m[1] as string).trim().split(/\s+/).length);
  // Two entries that tell something, not a timetable's; one under a log's word in another EU language heading it
  // ("Planinska koča – dnevnik oskrbnika", "Ξενοδοχείο – ημερολόγιο υποδοχής", holdout-938), whose other entries may be
  // a delivery's or a closing's few words.
  const told = entries.filter((words) => words >= 5).length;
  return (told >= 2 || (told === 1 && otherLanguageLog())) && !scan.byFamily.has('public-audience') && !publicEvent(scan);
}
/**
 * A log's, a diary's or a duty book's word in the EU's other languages (Swedish, Danish, Finnish, Estonian, Latvian,
 * Lithuanian, Czech, Slovak, Slovene, Croatian, Hungarian, Romanian, Greek, Bulgarian), alone or ending a compound
 * ("valvepäevik", "vagtbog").
 */
const OTHER_LANGUAGE_LOG_WORD =
  /(?:dagbok|loggbok|logg|rapportbok|vaktbok|dagbog|logbog|vagtbog|vagtlog|záznam|päiväkirja|lokikirja|päevik|logiraamat|žurnāls|žurnalas|deník|denník|kniha služeb|kniha hlášení|kniha hlásení|kniha událostí|kniha udalostí|dnevnik|napló|registru|registrul|jurnal|ημερολόγιο|βιβλίο συμβάντων|дневник)(?![\p{L}])/iu;
/** A year of this or the last century, no digit beside it. */
const YEAR_ALONE = /(?<![\d.,])(?:19|20)\d{2}(?![\d,])/;
/**
 * Someone a log in another EU language describes, whose roles' words the lists do not hold ("Besök hos damen på
 * Björkvägen 3 … Hon hade ramlat i natt", "Paní z pokoje 12 upadla", holdout-929): under a log's shape (`timedLog`), an
 * entry that tells a special category's term tells it of the one it is about, as the readings of the eight languages'
 * roles do. Not an entry about anyone (a modal verb, "every", a share), nor in a made-up case or a published report.
 */
function* otherLanguageLogEntries(scan: TextScan): Iterable<Match> {
  if (!anySpecial(scan) || !timedLog(scan) || otherLanguageOf(scan) === '' || madeUpCase(scan) || reportCase(scan)) return;
  const { text } = scan;
  const entries = allMatches(TIMED_ENTRY, text);
  for (const entry of entries) {
    const to = timedEntryEnd(text, entry.index);
    if (!specialBetween(scan, entry.index, to) || anyoneSentence(scan, entry.index, to)) continue;
    yield { type: 'person-number', value: (entry[1] as string).slice(0, 40), confidence: 0.7, index: entry.index };
    return;
  }
}
/**
 * The people a message in the EU's other languages describes, by their role, their age or their place, or names by a
 * third person's pronoun (Swedish, Danish, Finnish, Estonian, Latvian, Lithuanian, Czech, Slovak, Slovene, Croatian,
 * Hungarian, Romanian, Greek, Bulgarian): the words the roles' lists of the eight languages hold, in their nominative and
 * their definite forms ("Vår nya kollega på ekonomi är sjukskriven", "uusi harjoittelijamme … hän on raskaana", "chlapec
 * ze 2. B … má těžkou alergii", "A földszinti idős úr … szívinfarktust kapott", "Șoferul din tura de noapte … din cauza
 * diabetului", holdout-958).
 */
// biome-ignore format: a word table reads best packed
const OTHER_LANGUAGE_PERSON_WORDS = [
  // Swedish and Danish
  'kollega', 'kollegan', 'kollegaen', 'medarbetare', 'medarbetaren', 'medarbejder', 'medarbejderen', 'praktikant',
  'praktikanten', 'eleven', 'pojken', 'pojke', 'flickan', 'flicka', 'dreng', 'drengen', 'pigen', 'kvinnan', 'kvinde',
  'kvinden', 'mannen', 'manden', 'damen', 'herren', 'grannen', 'granne', 'naboen', 'hyresgästen', 'lejeren',
  'beboeren', 'patienten', 'kunden', 'gästen', 'gæsten', 'besökaren', 'passageraren', 'passageren', 'medlemmen',
  'medlemmet', 'föraren', 'chauffören', 'chaufføren', 'hon', 'hun', 'han',
  // … a care home's residents and care's recipients, as its notes call them ("Boende i rum 12 klagade över magsmärtor")
  'boende', 'beboer', 'brukaren', 'brugeren', 'vårdtagaren', 'vårdtagare',
  // Finnish and Estonian
  'kollegamme', 'työkaveri', 'työkaverimme', 'harjoittelija', 'harjoittelijamme', 'työntekijä', 'työntekijämme',
  'oppilas', 'poika', 'tyttö', 'mies', 'nainen', 'rouva', 'herra', 'naapuri', 'vuokralainen', 'asukas', 'potilas',
  'asiakas', 'matkustaja', 'kuljettaja', 'hän', 'kolleeg', 'töötaja', 'õpilane', 'poiss', 'tüdruk', 'mees', 'naine',
  'proua', 'härra', 'naaber', 'üürnik', 'elanik', 'patsient', 'külaline', 'reisija', 'autojuht', 'tema',
  // Czech, Slovak, Slovene, Croatian
  'kolega', 'kolegyně', 'kolegyňa', 'kolegica', 'sodelavec', 'sodelavka', 'zaměstnanec', 'zamestnanec', 'zaposlenik',
  'zaposlenica', 'praktikantka', 'stážista', 'pripravnik', 'pripravnica', 'žák', 'žákyně', 'žiak', 'žiačka', 'učenik',
  'učenica', 'chlapec', 'dívka', 'dievča', 'holčička', 'dječak', 'djevojčica', 'deček', 'deklica', 'muž', 'muškarac',
  'žena', 'paní', 'pán', 'gospođa', 'gospodin', 'gospa', 'gospod', 'soused', 'sousedka', 'sused', 'suseda', 'susjed',
  'susjeda', 'sosed', 'soseda', 'nájemník', 'nájomník', 'stanar', 'stanarka', 'pacient', 'pacientka', 'pacijent',
  'pacijentica', 'zákazník', 'zákaznice', 'zákazníčka', 'návštěvník', 'návštevník', 'posjetitelj', 'obiskovalec',
  'cestující', 'cestujúci', 'putnik', 'potnik', 'řidič', 'řidička', 'vodič', 'vozač', 'voznik', 'ona', 'on',
  // Hungarian and Romanian
  'kolléga', 'kollégánk', 'munkatárs', 'munkatársunk', 'gyakornok', 'gyakornokunk', 'tanuló', 'diák', 'kisfiú',
  'kislány', 'fiú', 'lány', 'férfi', 'hölgy', 'úr', 'szomszéd', 'bérlő', 'lakó', 'ügyfél', 'vendég', 'látogató',
  'utas', 'sofőr', 'ő', 'colegul', 'colega', 'angajatul', 'angajata', 'stagiarul', 'stagiara', 'elevul', 'eleva',
  'băiatul', 'fata', 'bărbatul', 'femeia', 'doamna', 'domnul', 'vecinul', 'vecina', 'chiriașul', 'chiriașa',
  'locatarul', 'locatara', 'pacientul', 'pacienta', 'clientul', 'clienta', 'vizitatorul', 'pasagerul', 'pasagera',
  'șoferul', 'șoferița', 'ea',
  // Lithuanian and Latvian
  'kolegė', 'darbuotojas', 'darbuotoja', 'praktikantas', 'praktikantė', 'mokinys', 'mokinė', 'berniukas', 'mergaitė',
  'vyras', 'moteris', 'ponia', 'ponas', 'kaimynas', 'kaimynė', 'nuomininkas', 'pacientas', 'pacientė', 'klientas',
  'klientė', 'lankytojas', 'keleivis', 'vairuotojas', 'jis', 'ji', 'kolēģis', 'kolēģe', 'darbinieks', 'darbiniece',
  'praktikants', 'skolēns', 'skolniece', 'zēns', 'meitene', 'vīrietis', 'sieviete', 'kundze', 'kungs', 'kaimiņš',
  'kaimiņiene', 'īrnieks', 'pacients', 'paciente', 'klients', 'kliente', 'apmeklētājs', 'pasažieris', 'šoferis',
  'viņš', 'viņa',
  // Greek and Bulgarian
  'συνάδελφος', 'υπάλληλος', 'ασκούμενος', 'ασκούμενη', 'μαθητής', 'μαθήτρια', 'αγόρι', 'κορίτσι', 'άντρας',
  'γυναίκα', 'κυρία', 'κύριος', 'γείτονας', 'γειτόνισσα', 'ενοικιαστής', 'ασθενής', 'πελάτης', 'πελάτισσα',
  'επισκέπτης', 'επιβάτης', 'οδηγός', 'ηλικιωμένος', 'ηλικιωμένη', 'αυτός', 'αυτή', 'колегата', 'колега',
  'служителят', 'служителката', 'стажантът', 'стажантката', 'ученикът', 'ученичката', 'момчето', 'момичето', 'мъжът',
  'жената', 'госпожата', 'господинът', 'съседът', 'съседката', 'наемателят', 'пациентът', 'пациентката', 'клиентът',
  'клиентката', 'посетителят', 'пътникът', 'шофьорът', 'той', 'тя',
  // The building's and the workplace's people a notice names by their job: a caretaker, a porter, a cleaner, a guard, a
  // receptionist, a teacher, a coach; Hungarian's old lady and old man (a probe: "Vaktmästaren ligger på sjukhus", "A
  // földszinti néni eltörte a csípőjét", "portarul blocului a suferit un infarct", "ο θυρωρός νοσηλεύεται").
  'vaktmästaren', 'vaktmästare', 'städerskan', 'receptionisten', 'väktaren', 'läraren', 'tränaren', 'viceværten',
  'pedellen', 'rengøringsassistenten', 'vagten', 'læreren', 'træneren', 'talonmies', 'siivooja', 'vahtimestari',
  'vartija', 'opettaja', 'valmentaja', 'školník', 'uklízečka', 'vrátný', 'recepční', 'učitel', 'učitelka', 'trenér',
  'upratovačka', 'vrátnik', 'recepčná', 'učiteľ', 'učiteľka', 'néni', 'bácsi', 'gondnok', 'takarítónő', 'portás',
  'recepciós', 'tanár', 'tanárnő', 'edző', 'portarul', 'paznicul', 'recepționera', 'profesorul', 'profesoara',
  'antrenorul', 'θυρωρός', 'καθαρίστρια', 'φύλακας', 'δάσκαλος', 'δασκάλα', 'προπονητής', 'domar', 'spremačica',
  'portir', 'recepcionerka', 'učitelj', 'učiteljica', 'trener', 'hišnik', 'čistilka', 'портиерът', 'чистачката',
  'учителят', 'учителката', 'треньорът', 'majahoidja', 'koristaja', 'valvur', 'õpetaja', 'treener', 'sētnieks',
  'apkopēja', 'sargs', 'skolotājs', 'skolotāja', 'treneris', 'kiemsargis', 'valytoja', 'sargas', 'mokytojas', 'mokytoja',
];
const OTHER_LANGUAGE_PERSON = new RegExp(String.raw`(?<![\p{L}])(?:${OTHER_LANGUAGE_PERSON_WORDS.join('|')})(?![\p{L}])`, 'iu');
/**
 * One person a message in another EU language tells a special category's term of: in the term's sentence, someone by
 * OTHER_LANGUAGE_PERSON's words, unnamed there; not a sentence about anyone, nor in a made-up case, a published report or
 * a public event's programme.
 */
function* otherLanguageDescribed(scan: TextScan): Iterable<Match> {
  if (!anySpecial(scan) || !(correspondence(scan) || scan.byFamily.has('salutation'))) return;
  const { text } = scan;
  // The first term told of someone, then the text's language and kind (asked after: they cost more).
  let found: Match | undefined;
  search: for (const [family, hits] of scan.byFamily) {
    if (!family.startsWith('special:')) continue;
    for (const hit of hits) {
      const [start, end] = sentenceAround(text, hit.start);
      const person = mayMatchFrom(scan, OTHER_LANGUAGE_PERSON, start) ? OTHER_LANGUAGE_PERSON.exec(text.slice(start, end)) : null;
      // Not where the sentence names them: the name counts already.
      if (!person || anyoneSentence(scan, start, end) || namedInSentence(scan, hit.start)) continue;
      found = { type: 'person-number', value: person[0], confidence: 0.7, index: start + person.index };
      break search;
    }
  }
  if (found === undefined || otherLanguageOf(scan) === '') return;
  if (madeUpCase(scan) || reportCase(scan) || (scan.byFamily.has('public-audience') && publicEvent(scan))) return;
  yield found;
}
/** A row's cell opening with a role's words, as a register's remarks do ("Staplerfahrer aus Halle 2 fällt aus", "Bezoeker in rolstoel …"). */
const CELL_OPENS_WITH_ROLE = new RegExp(String.raw`^${SUBJECT_ARTICLE}(?:${SUBJECT_ROLE}|${COMPOUND_ROLE})(?![\p{L}])`, 'iu');
/**
 * Someone a dated table's row describes in a cell by their role, a special category's term in the row (a shift plan's
 * remarks, a ticket export's descriptions: "01.12.2026;Früh;Lager;Staplerfahrer aus Halle 2 fällt aus,
 * Bandscheibenvorfall", "T-88121,30-11-2026,Toegang pand,Bezoeker in rolstoel …", holdout-960): a register of what
 * happened to whom, as a log is. Not a row about anyone.
 */
function* describedInDatedRows(scan: TextScan): Iterable<Match> {
  if (!anySpecial(scan)) return;
  const { text } = scan;
  const top = firstLine(text);
  const table = headerAt(text, top.length - top.trimStart().length);
  if (!table) return;
  for (const { line, offset } of rowsUnder(text, table.headerEnd)) {
    const cells = table.cellsOf(line).map(cellText);
    if (!cells.some((cell) => DATE_CELL.test(cell.trim()))) continue;
    const end = offset + line.length;
    if (!specialBetween(scan, offset, end) || anyoneSentence(scan, offset, end)) continue;
    const cell = cells.find((c) => CELL_OPENS_WITH_ROLE.test(c.trim()));
    if (cell === undefined) continue;
    yield { type: 'person-number', value: cell.trim().slice(0, 40), confidence: 0.7, index: offset };
    return;
  }
}
/**
 * A field's line as the extractor writes a JSON record's and a ticket's export lists it: a key with no space (its path,
 * "[0].beschreibung", "pedidos[0].notas", "description"), a colon, its value.
 */
const FIELD_VALUE_LINE = /^[ \t]*([\p{L}_$[][^\s:]{0,79}):[ \t]+(\S[^\n]*)$/gmu;
/** A field's value that is a date, maybe with its time ("2026-11-05T08:14:00", "03/11/2026"). */
const DATE_VALUE = new RegExp(`^(?:${DATE})(?![\\d])`, 'u');
/** A field's value opening with "one of the" or "one of our" and its role ("One of our blind colleagues …", holdout-960). */
const ONE_OF_OPENS = new RegExp(`^${ONE_OF}`, 'iu');
/**
 * Someone a dated record's text field describes by their role, a special category's term in it (a ticket export's, a CRM's
 * or an order log's JSON: "[0].erstellt: 2026-11-05T08:14:00 … [0].beschreibung: Kundin möchte … Ihr Mann ist an Demenz
 * erkrankt", "pedidos[0].notas: O cliente pede … porque vai ser operado às cataratas", holdout-971; "description: One of
 * our blind colleagues in procurement …", holdout-960): a register of what happened to whom, as a dated table's row is.
 * A record is the fields of one path (of one object); it has three fields or more, one of them a date.
 */
function* describedInDatedRecords(scan: TextScan): Iterable<Match> {
  if (!anySpecial(scan)) return;
  const { text } = scan;
  const records = new Map<string, { fields: number; dated: boolean; described: Array<{ at: number; end: number }> }>();
  for (const m of allMatches(FIELD_VALUE_LINE, text)) {
    const key = m[1] as string;
    const value = m[2] as string;
    const path = key.slice(0, Math.max(0, key.lastIndexOf('.')));
    const record = records.get(path) ?? { fields: 0, dated: false, described: [] };
    record.fields++;
    if (DATE_VALUE.test(value)) record.dated = true;
    else if (value.length >= 40 && (CELL_OPENS_WITH_ROLE.test(value) || ONE_OF_OPENS.test(value))) {
      const end = m.index + m[0].length;
      record.described.push({ at: end - value.length, end });
    }
    records.set(path, record);
  }
  for (const { fields, dated, described } of records.values()) {
    if (fields < 3 || !dated) continue;
    for (const { at, end } of described) {
      // A term of theirs: no word of anyone's before it in its sentence ("… kann jeder Kunde …").
      const told = [...scan.byFamily].some(
        ([family, hits]) =>
          family.startsWith('special:') &&
          hits.some((hit) => {
            if (hit.start < at || hit.end > end) return false;
            const [start] = sentenceAround(text, hit.start);
            return !anyoneSentence(scan, Math.max(at, start), hit.start);
          }),
      );
      if (!told) continue;
      yield { type: 'person-number', value: text.slice(at, Math.min(end, at + 40)), confidence: 0.7, index: at };
      return;
    }
  }
}
/** Whether one of the text's first two lines is a dated record's heading: a record's word and a date or a day. */
function datedRecordHeading(text: string): boolean {
  const lines = text
    .slice(0, 400)
    .split('\n', 6)
    .filter((line) => line.trim() !== '');
  if (lines.length < 2) return false;
  if (lines.slice(0, 2).some((line) => recordHeadingLine(line))) return true;
  // A heading over two lines, a record's word on one and its date alone on the next ("Biblioteca Municipal de Huesca –
  // Parte de incidencias / Miércoles, 2 de diciembre de 2026", holdout-911), a body under them.
  if (lines.length >= 3 && headingOverTwoLines(lines[0] as string, lines[1] as string)) return true;
  // … or its second line holding the date among its other words ("Libro de incidencias – Autobuses Urbanos de Cáceres /
  // Línea 3, lunes 30/11/2026", holdout-967), read as one heading.
  if (
    lines.length >= 3 &&
    (lines[1] as string).trim().length <= 60 &&
    recordHeadingLine(`${lines[0]} – ${(lines[1] as string).trim()}`)
  )
    return true;
  // A form's heading, its date in a field of one of the two lines below it ("PARTE DE INCIDENCIAS DEL CONDUCTOR / Línea: 4
  // … Fecha: 01/12/2026 … Turno: mañana", holdout-921).
  // … or its entries dated below it, a weekday maybe before the date ("Gimnasio Ondarreta – registro de incidencias de sala /
  // Sábado 28/11, 11:10 – Un socio …", holdout-948).
  // A field of any label dated in full counts there too: a claim's or a case's opening ("Nota interna sinistro – ramo
  // infortuni / Pratica: INF-2026-04412 / Apertura: 05/11/2026", holdout-968).
  const at = lines.slice(0, 2).findIndex((line) => recordHeadingLine(line, false));
  return (
    at >= 0 &&
    lines
      .slice(at + 1, at + 3)
      .some((line) => DATE_FIELD.test(line) || DATED_LINE_OPENS.test(line) || LABELED_FULL_DATE.test(line))
  );
}
/** A field's line of one or two words' label and a date with its year: "Apertura: 05/11/2026", "Opened: 3 Dec 2026". */
const LABELED_FULL_DATE =
  /^[ \t]*\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*)?[ \t]*:[ \t]*(?:[0-3]?\d[./-][01]?\d[./-](?:19|20)\d{2}(?!\d)|[0-3]?\d\.?[ \t]+\p{L}{3,10}\.?[ \t]+(?:19|20)\d{2}(?!\d))/u;
/**
 * A line opening with a date, a weekday maybe before it ("Sábado 28/11, 11:10 –", "Mardi 24/11, 15 h 20 :"); not a time
 * alone, which opens a wrapped line of prose as well ("… near Bilsthorpe at / 07:15 on Tuesday", holdout-320).
 */
const DATED_LINE_OPENS = new RegExp(
  String.raw`^[ \t]*(?:[-*•][ \t]*)?(?:\p{L}{2,12}(?:-\p{L}{3,5})?\.?,?[ \t]+)?(?:(?<![\d.])[0-3]?\d[./][01]?\d(?:[./](?:19|20)?\d\d)?(?!\d)|${DAY_MONTH_NAMED.source})`,
  'iu',
);
/** A date's field: its label, a colon, the date ("Fecha: 01/12/2026", "Datum: 30.11.2026", "Date : 1 décembre 2026"). */
const DATE_FIELD = new RegExp(
  String.raw`(?<![\p{L}])(?:date|datum|data|fecha|día|dia|dátum|päivämäärä|dato|datam)(?:[ \t]*(?:\/|und|and|et|e|y|en|i|&)[ \t]*(?:uhrzeit|zeit|time|heure|ora|hora|tijd|godzina|tid))?[ \t]*:[ \t]*(?:[0-3]?\d[./-][01]?\d[./-](?:19|20)?\d{2}(?!\d)|${DAY_MONTH_NAMED.source})`,
  'iu',
);
/**
 * A week by its number, as a weekly log's heading dates it ("Logboek buurthuis – week 49", "Übergabebuch KW 49",
 * holdout-921).
 */
const WEEK_NUMBER =
  /(?<![\p{L}])(?:week|wk|kw|kalenderwoche|semaine|settimana|semana|tydzień|tydz\.|uge|vecka|viikko|týden)[ \t.]*\d{1,2}(?!\d)/iu;
/** Whether two lines are a record's heading over two lines: its word on the first, its date alone on the second. */
function headingOverTwoLines(first: string, second: string): boolean {
  const date = second.replace(/\r$/, '');
  // A date written with dashes ("Zaterdag 28-11-2026", holdout-966) read as the dotted one the heading's reading knows.
  const dotted = date.trim().replace(/(?<=\d)-(?=\d)/g, '.');
  return DATE_ALONE.test(date) && recordHeadingLine(`${first.replace(/\r$/, '')} – ${dotted}`);
}
/** A weekly record's heading anywhere in a text ("Logboek buurthuis De Kastanje – week 49" after pages of other text). */
function weekHeadingBelow(scan: TextScan): boolean {
  if (!scan.byFamily.has('record-heading')) return false;
  return memo(scan, 'week-heading-below', () =>
    textMatches(scan, WEEK_NUMBERS).some((m) => recordHeadingLine(lineAround(scan.text, m.index).replace(/\r$/, ''))),
  );
}
const WEEK_NUMBERS = new RegExp(WEEK_NUMBER.source, 'giu');
/** Whether a record's heading over two lines, its date alone on the second, stands anywhere in a text. */
function headingOverTwoLinesBelow(text: string): boolean {
  for (const m of allMatches(DATE_ALONE_LINE, text)) {
    const end = m.index - 1;
    if (end <= 0) continue;
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== '' && headingOverTwoLines(line, m[0])) return true;
  }
  return false;
}
/**
 * A line that is a date alone, a weekday's name (Portuguese's with its hyphen, "Sexta-feira", holdout-966) or a date's
 * label before it maybe ("Miércoles, 2 de diciembre de 2026", "Data: 02.12.2026").
 */
const DATE_ALONE =
  /^[ \t]*(?:(?:\p{L}+[ \t]*:|\p{L}+(?:-\p{L}+)?,?)[ \t]+)?(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}|\d{1,2}(?:\.|er|º)?[ \t]+(?:de[ \t]+)?\p{L}+\.?[ \t]+(?:de[ \t]+)?(?:19|20)\d{2}|\p{L}+[ \t]+\d{1,2},?[ \t]+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})[ \t]*$/u;
const DATE_ALONE_LINE = new RegExp(DATE_ALONE.source, 'gmu');
/** A press release's title: its "note" is to the press, no record's ("Nota de prensa – Hospital …, 25/11/2026", holdout-796). */
const PRESS_RELEASE_TITLE =
  /(?<![\p{L}])(?:press release|press note|pressemitteilung|presseinformation|communiqué de presse|note de presse|comunicato stampa|nota stampa|nota de prensa|comunicado de prensa|persbericht|informacja prasowa|nota prasowa|comunicado de imprensa|nota de imprensa|tisková zpráva|pressmeddelande|pressemeddelelse|tiedote)(?![\p{L}])/iu;
/**
 * Whether a line is a dated record's heading over a body: short, no sentence's end, a record's word and a date, and no
 * rule's, version's or newsletter's date ("From 01.09.2026: the pupil brings a doctor's note", "Nieuwsbrief … 1 december").
 */
function recordHeadingLine(line: string, dated = true): boolean {
  // A period after a digit ends a date ("14.11."), not a sentence.
  if (line.length > 100 || /(?:[!?]|(?<!\d)\.)[ \t]*$/.test(line)) return false;
  // Two of a record's word, a date and a shift's word ("Übergabe Frühschicht 14.11.", "Parte de incidencias – turno de
  // noche", holdout-868); a week's number is a date. Undated (`dated` false): the record's word alone.
  const date = NOTE_DAY_OR_NAMED.exec(line) ?? WEEK_NUMBER.exec(line);
  const shift = SHIFT_WORD.test(line);
  return (
    (RECORD_HEADING_WORD.test(line) ? !dated || date !== null || shift : date !== null && shift) &&
    !PUBLISHED_SERVICE_REPORT.test(line) &&
    !RELEASE_NOTES_WORD.test(line) &&
    !PRESS_RELEASE_TITLE.test(line) &&
    !(date && RULE_SINCE.test(line.slice(Math.max(0, date.index - 24), date.index)))
  );
}
/**
 * Whether a dated record's heading stands right above the paragraph at `at` (its two lines before, a blank line between
 * or not): a record further down a longer text, after pages of other matter (the metamorphic bench's shape).
 */
function recordHeadingAbove(text: string, at: number): boolean {
  const [nearer, farther] = linesAbove(text, at, 2);
  if ([nearer, farther].some((above) => above !== undefined && recordHeadingLine(above.line.replace(/\r$/, '')))) return true;
  // … or over two lines, its date alone on the second (as `datedRecordHeading` reads a text's top).
  return nearer !== undefined && farther !== undefined && headingOverTwoLines(farther.line, nearer.line);
}
/** Whether one of the `count` non-empty lines right above the line of `at` (within 600 characters) passes `test`. */
function lineAbove(text: string, at: number, count: number, test: (line: string, start: number) => boolean): boolean {
  return linesAbove(text, at, count).some(({ line, start }) => test(line, start));
}
/** The `count` non-empty lines right above the line of `at` (within 600 characters), the nearest first. */
function linesAbove(text: string, at: number, count: number): Array<{ line: string; start: number }> {
  const lines: Array<{ line: string; start: number }> = [];
  let end = text.lastIndexOf('\n', at - 1);
  while (end > 0 && lines.length < count && at - end <= 600) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== '') lines.push({ line, start });
    end = start - 1;
  }
  return lines;
}
/**
 * Whether a sentence is about anyone (ANYONE_SENTENCE). "se" is "if" in Italian and Portuguese but a reflexive pronoun in
 * French and Spanish ("elle ne se souvient plus", holdout-807); "si" is "if" in French and Spanish, a reflexive in Italian.
 */
function anyoneSentence(scan: TextScan, from: number, to: number): boolean {
  const sentence = scan.text.slice(pastGreeting(scan, from, to), to);
  const m = ANYONE_SENTENCE.exec(sentence);
  if (!m) return false;
  // The sentence's own language, not the whole text's (a note after pages in other languages).
  const language = languageNear(scan, from);
  const word = m[0].toLowerCase();
  // Joined by a hyphen it is a pronoun in any of them ("queixou-se", holdout-808).
  const enclitic = (word === 'se' || word === 'si') && sentence[m.index - 1] === '-';
  // Polish "jeden" is "one" ("Jeden z pracowników"), not German "jeden" (every).
  const reflexive =
    enclitic ||
    (REFLEXIVE_ELSEWHERE.test(word) && otherLanguageOf(scan) !== '') ||
    (word === 'se' && (language === 'fr' || language === 'es')) ||
    (word === 'si' && language === 'it') ||
    (word === 'jeden' && language === 'pl');
  if (!reflexive) return true;
  // The reflexive read past: is another word of anyone's further on?
  return anyoneSentence(scan, from + m.index + m[0].length, to);
}
/** A greeting's words up to its comma, dash or colon ("Hi all,", "Bonjour à tous –", "Hallo alle zusammen:"). */
const GREETING_WORDS = /^(?:[\p{L}'’]+[ \t]+){0,3}?[\p{L}'’]+[ \t]*[,:!–—-]/u;
/**
 * Where a sentence's own words start past a greeting opening it ("Hi all, the cleaner has pneumonia", "Cześć
 * wszystkim, pan portier jest w szpitalu") or a post's words to everyone ("Info an alle:"): the readers it greets
 * ("all", "à tous", "a todos") are no one it tells of.
 */
function pastGreeting(scan: TextScan, from: number, to: number): number {
  const { text } = scan;
  const hit = (scan.byFamily.get('salutation') ?? []).find(
    (h) => h.start >= from && h.start < Math.min(to, from + 8) && /^[\s>]*$/.test(text.slice(from, h.start)),
  );
  // … or past a post's words to everyone ("Kurze Info an alle: unser Staplerfahrer …").
  if (!hit) return from + (EVERYONE_FIRST.exec(text.slice(from, Math.min(to, from + 60)))?.[0].length ?? 0);
  const m = GREETING_WORDS.exec(text.slice(hit.start, Math.min(to, hit.start + 40)));
  return m ? hit.start + m[0].length : from;
}
/** A day and a month: "25/11", "24.11.", "21/11/2026". */
const EVENT_DATE = /(?<![\d./])[0-3]?\d[./][01]?\d(?:[./](?:19|20)?\d\d)?(?![\d/])/g;
/**
 * Words that make a date a rule's or a version's start ("From", "ab", "à partir du", "Stand", "Version", "valid from"),
 * or a circular's, a newsletter's or news's date, which address everyone ("Circulaire du 03/11/2026", "Wiadomości 23.11").
 */
const RULE_SINCE =
  /(?<![\p{L}])(?:from|since|as of|valid|effective|updated|version|v\d|stand|ab|gültig|seit|à partir d[ue]|depuis|mise à jour|dal|da|aggiornat[oa]|desde|a partir de|actualizad[oa]|vanaf|versie|bijgewerkt|od|obowiązuje|atualizad[oa]|circular|circulaire|rundschreiben|circolare|elternbrief|rundbrief|newsletter|nieuwsbrief|bulletin|communiqué|comunicado|comunicato|komunikat|ogłoszenie|wiadomości|news|nachrichten|actualités|notizie|noticias|nieuws|notícias)[^\n\d]{0,6}$/iu;
function* describedSubjects(scan: TextScan): Iterable<Match> {
  const { text } = scan;
  if (madeUpCase(scan) || reportCase(scan)) return;
  // A public event's programme tells of its topics' patients, not of one ("09:30 Il paziente con scompenso cardiaco: nuove
  // terapie … Partecipazione gratuita", holdout-912).
  if (scan.byFamily.has('public-audience') && publicEvent(scan)) return;
  // A date anywhere, or a day and its month's name near the top, where a record's heading stands; or a message.
  // A shift's word near the top dates it too ("Parte de incidencias – turno de noche", holdout-868), and a week's number
  // ("Logboek buurthuis – week 49", holdout-921), and a date with dashes near the top ("Verslag MT-overleg – 26-11-2026",
  // holdout-974).
  // Or a record's heading over two lines further down, its date alone in words ("Diario de servicio – Línea 27 / Viernes
  // 4 de diciembre de 2026" after pages of other text).
  // Looked for only where nothing nearer the top dates the text or shapes a record: it reads every line that is a date.
  const headingBelow = () => memo(scan, 'heading-below', () => headingOverTwoLinesBelow(text));
  const datedText =
    NOTE_DAY.test(text) ||
    DAY_MONTH_NAMED.test(text.slice(0, 400)) ||
    SHIFT_WORD.test(text.slice(0, 200)) ||
    WEEK_NUMBER.test(text.slice(0, 200)) ||
    DASH_DATE.test(text.slice(0, 200)) ||
    headingBelow() ||
    weekHeadingBelow(scan);
  // A message's subject line or greeting further down (a mail below other pages).
  const messageLines = () => memo(scan, 'message-lines', () => MESSAGE_LINE.test(text) || scan.byFamily.has('salutation'));
  // Undated, a message tells of someone only by a listed term (the readings beyond the lists are read for dated texts).
  if (!datedText && (!(correspondence(scan) || messageLines()) || !anySpecial(scan))) return;
  // A dated record's heading ("Duty manager log – Sat 28 Nov", "Notatka dzielnicowego – 28.11.2026"): every sentence
  // of its note is of that day, and one it describes, by "a" or "our" too, is the one it is about (holdout-807).
  // Looked for only once needed: most dated texts describe no one beside a special category.
  const atTop = () => datedText && memo(scan, 'dated-record', () => datedRecordHeading(text) || timedLog(scan));
  // … at the text's top, or right above the described person's paragraph.
  let current = -1;
  let above = false;
  let messageAbove = false;
  // Where the last relative clause read as anyone's opened.
  let relative = -1;
  const heading = () => atTop() || above;
  // A message to the writer's colleagues, neighbours or team tells of one person they know the same way ("the new
  // starter in payroll", "onze stagiair", "la vecina del tercero", holdout-812); not by "a", which a letter to all
  // parents writes of any child. The text's, or one whose subject or greeting stands right above the paragraph.
  const message = () => correspondence(scan) || messageAbove;
  const record = () => heading() || message();
  // A record's or a message's own openings and words looked for only where a heading's word or a message's shape is.
  // … or a log by its timed entries further down, its date under a heading of a few lines ("MAIN COURANTE … / Agent … /
  // 01/12/2026 / 18:12 …" after pages of other text, holdout-921).
  const timedBelow = () =>
    memo(scan, 'timed-below', () => allMatches(TIMED_ENTRY, text).some((m, i) => i < 3 && timedLogAbove(scan, m.index)));
  // No term, listed or derived, that a subject's description could tell of (asked first: the subjects read the whole text).
  if (!anySpecial(scan) && !anyDerived(scan)) return;
  const recordable = correspondence(scan) || messageLines() || atTop() || headingBelow() || (datedText && timedBelow());
  const subjects = [
    ...(recordable
      ? allMatches(RECORD_SUBJECT, text)
      : mayMatch(scan, ROLE_AT_WORD_START)
        ? allMatches(DESCRIBED_SUBJECT, text)
        : []),
    ...(ONE_OF_WORD.test(text) ? allMatches(ONE_OF_SUBJECT, text) : []),
  ];
  // A capitalised adjective opening a timed entry and a register's cell, looked for last: only where the subjects above
  // told of no one.
  const entryAdjectives = recordable && ENTRY_OPENS_CAPITALISED.test(text);
  const cells = recordable && DATED_ROW.test(text);
  function* laterSubjects(): Iterable<RegExpExecArray> {
    if (entryAdjectives) yield* allMatches(ENTRY_ADJECTIVE_SUBJECT, text);
    if (cells) yield* allMatches(CELL_SUBJECT, text);
  }
  // The readings beyond the word lists looked at last, where someone is described: they read the whole text.
  if (subjects.length === 0 && !entryAdjectives && !cells) return;
  for (const m of chain(subjects, laterSubjects())) {
    if (m.index !== current) {
      current = m.index;
      const opens = m.index + m[0].search(/\S/);
      above = datedText && !atTop() && (recordHeadingAbove(text, opens) || timedLogAbove(scan, opens));
      messageAbove = !correspondence(scan) && messageLines() && messageHeadAbove(scan, opens);
    }
    // "A …", "our …" and the words of guests, members, drivers, players and residents only under a record's heading: news
    // tells of "the driver of a silver hatchback" (holdout-320). "A …" only under a dated record's heading.
    const groups = m.groups ?? {};
    // Portuguese "a" is "the" ("a senhora da limpeza", holdout-812).
    // Italian's "un'" elided onto the role ("Un'anziana con il bastone", holdout-903) is "a" too.
    const some =
      groups.someElided !== undefined ||
      (groups.some !== undefined && !(groups.some.toLowerCase() === 'a' && languageNear(scan, m.index) === 'pt'));
    // … or, in a message, "a" pupil of a class it names ("un élève de 6e B fait des crises d'épilepsie", holdout-940): one
    // child its readers can tell, not any.
    if (some && !heading() && !(message() && classNamedAfter(text, m.index + m[0].length))) continue;
    if (groups.polish !== undefined && (!heading() || languageNear(scan, m.index) !== 'pl')) continue;
    if (groups.mid !== undefined && !heading()) continue;
    // A capitalised adjective opening a log's entry after its time ("19:20  Oudere dame op niveau -2 …", holdout-934):
    // under a dated record's heading only.
    if (groups.entryAdjective !== undefined && !heading()) continue;
    if (
      (groups.own ||
        groups.recordRole ||
        groups.oneOf ||
        groups.adjective ||
        groups.newBare ||
        groups.said ||
        groups.inner ||
        groups.compound ||
        groups.pronoun) &&
      !record()
    )
      continue;
    const at = m.index + m[0].length;
    // A clergyman's title before his name, capitalised as a title is ("Le Père Antoine vous invite au concert",
    // "Father Antoine"): the parish's priest, no one's father.
    const role = /[\p{L}'’-]+$/u.exec(m[0])?.[0] ?? '';
    if (/^\p{Lu}/u.test(role) && CLERGY_TITLE.test(role) && /^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(at, at + 4))) continue;
    // … in lower case too where the title is no kin's word ("pároco", "ksiądz"), or is Portuguese "padre", which is no
    // father's ("presidida pelo pároco, padre António Gouveia", holdout-1178).
    if (
      CLERGY_TITLE.test(role) &&
      /^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(at, at + 4)) &&
      (!KIN_CLERGY_TITLES.test(role) || (role.toLowerCase() === 'padre' && languageNear(scan, m.index) === 'pt'))
    )
      continue;
    // A word after the role's that makes it a thing's ("The employee assistance programme", "patient records"), or a
    // relative clause that makes it anyone so described ("Der Schüler, der Fieber hat, bleibt …", "pacjent, u którego").
    // A relative clause that places them in a room, a bed or a corridor is one person's ("O senhor que está sozinho no
    // quarto do fundo do corredor", holdout-805).
    const placed = () => PLACED_IN_WARD.test(text.slice(at, sentenceEnd(text, at, true)).slice(0, 80));
    // In a message or under a dated record's heading, a relative clause that tells where they sit, what they do or
    // where they get on singles them out ("the guy from IT who sits by the window has coeliac disease", holdout-820; "O
    // menino que entra na paragem da igreja … teve uma reação alérgica", holdout-899), unless the state is its own ("the
    // pupil who has a fever").
    const singles = () => (heading() || message()) && !stateInRelative(scan, at);
    if (ROLE_AS_ADJUNCT.test(text.slice(at, at + 24))) continue;
    if (relativeAfter(scan, at) && !placed() && !singles()) {
      relative = at;
      continue;
    }
    // "che", "que" or "that" opening that relative clause is not a telling's ("il dipendente che è in malattia deve …").
    if (groups.said && relative >= 0 && m.index - relative <= 3) continue;
    // After a colon, what the sentence tells: not whom it is told to ("Kurze Info an alle Vertretungen: der Kollege …").
    const start = m[0].startsWith(':') ? m.index + 1 : sentenceStartBefore(text, at, '\n');
    // A chat's turn ends its sentence where the next turn opens ("[07:56] Schichtleitung: …", holdout-816).
    const first = turnEnd(text, at, sentenceEnd(text, at, true));
    // In a message, what they may or must do after their state is theirs ("is zwanger en mag niet meer zwaar tillen",
    // holdout-817): its words of anyone count before it.
    // Under a record's heading, its first term: what they cannot do after it is theirs too ("jej mąż po udarze nie może sam
    // zejść po schodach", holdout-911).
    const state = heading() ? firstTermAt(scan, start, first) : conditionAt(scan, at, start, first);
    const until = state >= 0 ? state : requestBefore(text, start, first);
    if (anyoneSentence(scan, start, until) && !(heading() && theirModalOnly(scan, at, start, until))) continue;
    // Under a record's heading, the next sentence tells of them too ("… zgłaszał, że ktoś chodzi po jego mieszkaniu.
    // Sprawia wrażenie zdezorientowanego."), where it is about no one else.
    // Not a list's next item ("- Sick-leave balances now round to half days", a release's notes).
    const second = record() && !NEXT_ITEM.test(text.slice(first + 1, first + 12)) ? nextSentenceEnd(text, first) : first;
    // In a message alone, a term of the person's own state: not the topic of a talk, a course or a thesis, the name of a
    // charity or a service, nor their workplace ("Our colleague from occupational health will give a talk on diabetes
    // prevention", "el nuevo becario se incorpora al servicio de oncología", holdout-815).
    const ofThem = (from: number, to: number) =>
      heading() ? specialBetween(scan, from, to) : conditionAt(scan, at, from, to) >= 0;
    // The first sentence's state is `state`, found above.
    // A log's entry opened by its time tells of them to its end, the next entry's line or a blank line ("19:20 Oudere dame …
    // kon haar auto niet vinden. / Dochter gebeld …; dochter vertelde dat haar moeder beginnende dementie heeft.",
    // holdout-934).
    const rest = () => {
      const end = heading() && second < text.length ? timedEntryEnd(text, m.index) : -1;
      return end > second && specialBetween(scan, second, end) && !anyoneSentence(scan, second + 1, end);
    };
    const toldOf =
      (heading() ? specialBetween(scan, start, first) : state >= 0) ||
      (second > first && ofThem(first, second) && !anyoneSentence(scan, first + 1, second)) ||
      rest();
    if (!toldOf) continue;
    if (record()) {
      yield { type: 'person-number', value: m[0].replace(/^[^\p{L}]+/u, ''), confidence: 0.7, index: m.index };
      return;
    }
    // An event's day or time in its sentence or on its line: a clock's time, "today", "last night", a date that is no
    // rule's start ("25/11: Colleague in accounts asked …"; not "From 01.09.2026: the pupil brings …").
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const told = text.slice(Math.min(lineStart, start), first);
    const dated = allMatches(EVENT_DATE, told).some((d) => !RULE_SINCE.test(told.slice(Math.max(0, d.index - 24), d.index)));
    if (
      !dated &&
      !CLOCK_TIME.test(told) &&
      !HOUR_ALONE.test(told) &&
      !hitBetween(scan, 'day-word', Math.min(lineStart, start), first)
    )
      continue;
    // Once: the note is about them.
    yield { type: 'person-number', value: m[0].replace(/^[^\p{L}]+/u, ''), confidence: 0.7, index: m.index };
    return;
  }
}
/**
 * Where the log's entry holding `at` ends, where its line opens with an entry's time: at the next line that does, or at
 * a blank line; -1 where its line is no entry's (`entryEnd` reads a record's entry by its other openings, four lines at
 * most).
 */
function timedEntryEnd(text: string, at: number): number {
  if (!TIMED_ENTRY_LINE.test(lineAround(text, at))) return -1;
  let end = text.indexOf('\n', at);
  while (end >= 0) {
    const next = text.indexOf('\n', end + 1);
    const line = text.slice(end + 1, next < 0 ? text.length : next);
    if (line.trim() === '' || TIMED_ENTRY_LINE.test(line)) return end;
    end = next;
  }
  return text.length;
}
/** The items of `first`, then those of `then`, the latter read only once the former are. */
function* chain<T>(first: Iterable<T>, then: Iterable<T>): Iterable<T> {
  yield* first;
  yield* then;
}
/** Where the first special category's term in [from, to) starts, or -1. */
function firstTermAt(scan: TextScan, from: number, to: number): number {
  let found = -1;
  for (const [family, hits] of scan.byFamily) {
    if (!family.startsWith('special:')) continue;
    const k = firstFrom(hits, from);
    const hit = hits[k];
    if (hit && hit.start < to && (found < 0 || hit.start < found)) found = hit.start;
  }
  return found;
}
/**
 * A request to the reader after a comma ("…: Zöliakie, bitte Brot separat", holdout-892) asks of the reader, not of
 * anyone the sentence tells of: where one stands between `from` and `to`, where it opens; `to` where none does.
 */
function requestBefore(text: string, from: number, to: number): number {
  const m = REQUEST_CLAUSE.exec(text.slice(from, to));
  return m ? from + m.index : to;
}
const REQUEST_CLAUSE =
  /[,;–—][ \t]*(?:please|bitte|veuillez|merci de|si prega|per favore|por favor|gelieve|graag|prosimy|proszę)(?![\p{L}])/iu;
/** "For" and an article, before those whom a service is for. */
const FOR_BEFORE = /(?<![\p{L}])(?:for|für|pour|per|para|voor|dla)[ \t]+(?:(?:the|die|les|i|gli|le|los|las|os|as|de)[ \t]+)?$/iu;
/** A plural of those with a condition: "diabetics", "diabétiques", "Diabetiker", "diabéticos", "celiaci", "coeliacs". */
const PEOPLE_WITH = /(?:ics|iques|iker|ici|icos|icas|yków|iaci|iacs|íacos|iaques|iakie)$/iu;
/** A hospital's or a clinic's word, and a trade's partners: a care institution as a customer or a supplier. */
const CARE_INSTITUTION =
  /^(?:klinik|clinic|hospital|krankenhaus|spital|hôpital|ospedale|ziekenhuis|szpital|clínica|clinica|kliniek|dialys|diális|dializ|pflegeheim|altenheim|care home|nursing home|ehpad|casa di riposo|residencia|verpleeghuis|dom opieki|lar de idosos|apothek|pharmac|farmac|apteka)/iu;
const TRADE_PARTNER =
  /(?<![\p{L}])(?:customers?|clients?|suppliers?|kunden?|kundin|lieferant(?:en)?|fournisseurs?|fornitor[ei]|proveedor(?:es)?|leveranciers?|klant(?:en)?|dostawc[aóy]|fornecedor(?:es)?|cliente?s?)(?![\p{L}])/iu;
/** An insurance or a health plan, as a mail presenting one names it. */
const INSURANCE =
  /(?<![\p{L}])(?:insurance|health plan|versicherung|krankenkasse|mutuelle|complémentaire santé|assicurazione|polizza|seguro|verzekering|zorgverzekering|ubezpieczeni[ea]|plano de saúde)(?![\p{L}])/iu;
/** What joins a term to the one before it: the rest of its word and one more, then "and", "or" or a comma. */
const JOINED_TERM =
  /^[\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+)?[ \t]*(?:,|(?<![\p{L}])(?:and|or|und|oder|et|ou|e|o|y|en|of|i|oraz|lub|albo)(?![\p{L}]))[ \t]+(?:[\p{L}'’-]+[ \t]+)?$/iu;
/** "Our", "my" and "your", which single someone out after any word too ("come forse sapete il nostro capoturno", holdout-838). */
const OWN_DETERMINER = `our|unser|unsere|notre|il nostro|la nostra|nuestro|nuestra|onze|nasz|nasza|o nosso|a nossa|my|mein|meine|mon|il mio|la mia|mijn|mój|moja|o meu|a minha|your|dein|deine|ton|il tuo|la tua|jouw|twój|twoja|o teu|a tua`;
/**
 * The determiners a message opens a known person's description with: the article, "our", "my", "your" (with the short
 * forms that are other words after a word: "nostro", "ma", "mi", "ta", "tu", "je"), "this".
 */
const KNOWN_DETERMINER = `the|der|die|das|le|la|l['’]|il|lo|el|de|het|o|a|${OWN_DETERMINER}|nostro|nostra|ma|mi|ta|tu|je|this|that|dieser|diese|ce|cet|cette|questo|questa|quel|quella|este|esta|ese|esa|deze|dit|dat|ten|esse|essa|aquele|aquela`;
/**
 * Being, having or suffering, as a state is told of someone ("is", "has", "ist", "hat", "a", "è", "tiene", "heeft", "ma",
 * "tem"), by the languages each verb is one of: "a" is French's "has" and English's article, "ma" Polish's "has" and
 * Italian's "but", "war" German's "was" and English's war.
 */
const BE_OR_HAVE_BY_LANGUAGE: Readonly<Record<string, string>> = {
  en: "is was has had 's ’s suffers",
  de: 'ist war hat hatte liegt leidet',
  fr: 'est était a avait souffre',
  it: 'è era ha aveva sta soffre',
  es: 'está estaba tiene tenía tuvo ha era sufre padece',
  nl: 'is was heeft zit ligt lijdt',
  pl: 'jest był była ma miał miała cierpi',
  pt: 'está estava é tem teve foi era sofre',
};
const BE_OR_HAVE_LANGUAGES = languagesByWord(BE_OR_HAVE_BY_LANGUAGE);
/** The verbs of BE_OR_HAVE_BY_LANGUAGE as a pattern's alternatives. */
const BE_OR_HAVE = [...BE_OR_HAVE_LANGUAGES.keys()].join('|');
/**
 * Whether a verb of BE_OR_HAVE may be read so in a text in `language` (maybe '', not told): one of its own, or a verb no
 * other of the eight languages writes among its frequent words ("heeft" in a Dutch paragraph of a mail read as English).
 */
function verbOfLanguage(verb: string, language: string): boolean {
  const word = verb.toLowerCase();
  const own = BE_OR_HAVE_LANGUAGES.get(word) ?? [];
  if (language === '' || own.length === 0 || own.includes(language)) return true;
  // A verb of one letter ("a", "é") is an article's or a preposition's letter in the other languages (the frequent words
  // leave letters out).
  return word.length > 1 && ![...EIGHT].some((other) => !own.includes(other) && commonWordsOf(other).has(word));
}
/** The readers called by a word with no comma after it ("ragazzi il magazziniere nuovo …", "guys the new driver …"). */
const READERS_CALLED = `guys|folks|leute|ragazzi|gente|chicos|chicas|pessoal|malta|jongens|mensen|ludzie|les gars|les amis|amici|amigos`;
/** "As you know" before a clause's subject ("come sapete l'inquilino …", "wie ihr wisst, der …", holdout-859). */
const AS_YOU_KNOW = `sapete|sai|savez|sais|sabéis|sabes|saben|sabem|wisst|wissen|weten|weet|wiecie|wiesz|you know|as you know`;
/** Where a known person's clause opens: a text's, a sentence's or a line's start (a reply's quote marks too), a comma, "that". */
const CLAUSE_OPENS = String.raw`(?:^[ \t>]*|[.!?:;–—]\s+|\n[ \t>]*|,[ \t]*|(?<![\p{L}])(?:(?:that|dass|que|che|dat|że|know|fyi|btw|${SAID_VERBS}|${READERS_CALLED}|${AS_YOU_KNOW})[ \t]+|qu['’]))`;
/**
 * Before a term: a clause that opens with a known person's determiner and up to six words (their noun and its place),
 * then being or having, then up to four words, or a clause going on of them after "and" ("der Herr vom Empfang ist an",
 * "el chaval de prácticas tiene", "die jongen van de bezorgdienst heeft", "is vannacht gevallen en heeft zijn").
 */
const KNOWN_ONE_IS = new RegExp(
  String.raw`(?:(?:${CLAUSE_OPENS}(?:${KNOWN_DETERMINER})|(?<=[ \t])(?:${OWN_DETERMINER})|(?<indefinite>${CLAUSE_OPENS}(?:a|an|ein|eine|un|une|uno|una|een|um|uma)))[ \t]+|${CLAUSE_OPENS}l['’])(?<noun>(?:[\p{L}\d'’.º-]+[ \t]+){0,5}?[\p{L}\d'’.º-]+)[ \t]+(?<verb>${BE_OR_HAVE})[ \t]+(?<after>(?:[\p{L}'’-]+[ \t]+){0,4}(?:(?:and|und|et|e|y|en|i|oraz)[ \t]+(?:${BE_OR_HAVE})[ \t]+(?:[\p{L}'’-]+[ \t]+){0,3})?)$`,
  'iu',
);
/**
 * In the languages that drop a subject, a known person's clause, a comma, and a clause that goes on of them with no
 * subject, maybe an object's pronoun first ("il magazziniere nuovo oggi non c'è, ha avuto un attacco di", "el abuelo ya
 * está en casa, le han puesto un", holdout-842 and -839).
 */
const KNOWN_ONE_THEN = new RegExp(
  String.raw`${CLAUSE_OPENS}(?:(?:${KNOWN_DETERMINER})[ \t]+|l['’])(?<noun>(?:[\p{L}\d'’.º-]+[ \t]+){0,5}?[\p{L}\d'’.º-]+)[ \t]+[^,.!?;:\n]{1,60},[ \t]+(?:(?:le|lo|la|gli|lhe|se|si|ci)[ \t]+)?(?:${BE_OR_HAVE}|han|hanno|têm)[ \t]+(?<after>(?:[\p{L}'’-]+[ \t]+){0,4})$`,
  'iu',
);
/** The languages KNOWN_ONE_THEN reads. */
const SUBJECT_DROPPED = new Set(['it', 'es', 'pt']);
/** Where KNOWN_ONE_IS finds no one: Polish, which has no article, and the languages that drop a subject after a comma. */
function otherLanguageOneIs(language: string, before: string): RegExpExecArray | null {
  if (language === 'pl') return POLISH_ONE_IS.exec(before);
  return SUBJECT_DROPPED.has(language) ? KNOWN_ONE_THEN.exec(before) : null;
}
/** Polish, which has no article: a noun in lower case opening the clause, then being or having ("listonosz z naszej ulicy ma"). */
const POLISH_ONE_IS =
  /(?:^[ \t>]*|[.!?:;–—]\s+|\n[ \t>]*|,[ \t]*|(?<![\p{L}])że[ \t]+)(?<noun>\p{Ll}[\p{L}'’.º-]*(?:[ \t]+[\p{L}'’.º-]+){0,5}?)[ \t]+(?:ma|miał|miała|mial|miala|jest|był|była|byl|byla|cierpi|choruje|trafił|trafiła|trafil|trafila|leży|lezy|leżał|leżała|lezal|lezala)[ \t]+(?<after>(?:[\p{L}'’-]+[ \t]+){0,4})$/u;
/** A letter's or a message's greeting to parents or families ("Liebe Eltern", "Chers parents", "Beste ouders"). */
const PARENTS_ADDRESSED =
  /(?<![\p{L}])(?:dear parents|dear families|parents and carers|liebe eltern|sehr geehrte eltern|chers parents|chères familles|madame, monsieur|cari genitori|gentili genitori|queridas familias|estimadas familias|beste ouders|geachte ouders|drodzy rodzice|szanowni rodzice|caros pais|caros encarregados|estimados pais|kära vårdnadshavare|kära föräldrar|kære forældre|hyvät huoltajat|hyvät vanhemmat|head lapsevanemad|cienījamie vecāki|gerbiami tėveliai|gerbiami tėvai|milí rodičia|vážení rodičia|vážení rodiče|milí rodiče|spoštovani starši|dragi roditelji|poštovani roditelji|kedves szülők|dragi părinți|stimați părinți|уважаеми родители|αγαπητοί γονείς)(?![\p{L}])/iu;
/** A place's preposition inside the noun's words: "from the night shift", "do 7.º B", "uit groep 5", "z działu". */
const PLACE_IN_NOUN =
  /(?<![\p{L}])(?:from|in|at|on|aus|vom|im|von|de|du|des|del|della|dello|dell['’]|di|da|do|dos|das|uit|van|bij|z|ze|w)[ \t]+\S/iu;
/** A relative pronoun ending the noun's words, the verb after it the relative clause's. */
const RELATIVE_LAST =
  /(?<![\p{L}])(?:who|which|that|der|die|das|qui|que|qu['’]|che|cui|quien|dat|wie|który|która|które|o qual|a qual)$/iu;
/** Words of age before a noun ("the new fridge", "la nuova collega"). */
const NEW_OR_OLD =
  /^(?:new|old|neue[rns]?|alte[rns]?|nouvel(?:le)?|nouveau|vieil(?:le)?|vieux|nuov[oa]|vecchi[oa]|nuev[oa]|viej[oa]|nieuwe|oude|now[ya]|star[ya]|nov[oa]|velh[oa])$/iu;
/** A purpose right after being or having: "is for", "ist für", "est pour", "è per", "es para", "is voor", "jest dla". */
const PURPOSE_AFTER_VERB = /^(?:for|für|pour|per|para|voor|dla)(?![\p{L}])/iu;
/** A thing's or a place's nouns, which "have" or "are" what a term names ("the canteen has", "die Apotheke ist"). */
const THING_SUBJECT =
  /^(?:form|formular|formulaire|modulo|formulario|formulier|formularz|formulário|policy|richtlinie|regelung|politique|règlement|regolamento|política|beleid|regeling|polityka|regulamin|regulamento|rule|regel|règle|regola|regla|reglas|canteen|menu|pharmacy|clinic|ward|practice|office|course|session|talk|training|leaflet|flyer|insurance|plan|fridge|kit|room|building|site|team|department|service|unit|school|class|company|shop|store|centre|center|kantine|mensa|apotheke|praxis|klinik|station|büro|kurs|schulung|versicherung|kühlschrank|raum|abteilung|firma|schule|klasse|cantine|pharmacie|cabinet|cours|formation|assurance|mutuelle|frigo|salle|école|entreprise|farmacia|ambulatorio|reparto|ufficio|corso|polizza|assicurazione|frigorifero|sala|scuola|azienda|comedor|consulta|oficina|curso|seguro|nevera|empresa|colegio|apotheek|praktijk|afdeling|kantoor|cursus|verzekering|koelkast|zaal|bedrijf|stołówka|apteka|przychodnia|oddział|biuro|ubezpieczenie|lodówka|szkoła|cantina|farmácia|consultório|serviço|escritório|frigorífico|escola)s?$/iu;
/**
 * One person a message tells the state of by any words a known person is described with, not only the listed roles:
 * "the X (of Y) is/has/ist/hat/tiene/heeft/ma … <term>" (holdout-831: "el chaval de prácticas tiene mononucleosis").
 * In a message only, where its readers know whom it means; not of a thing or a place, not anyone so, and the term the
 * state's, not a topic's or a service's.
 */
function* statesInMessages(scan: TextScan): Iterable<Match> {
  if (!(anySpecial(scan) || anyDerived(scan)) || !correspondence(scan) || madeUpCase(scan) || reportCase(scan)) return;
  const { text } = scan;
  // The terms, and a body part a verb tells hurt, operated on or taken out ("heeft zijn heup gebroken"), at the part.
  const parts = anyDerived(scan)
    ? ['body-parts', 'body-organs'].flatMap((family) =>
        (scan.byFamily.get(family) ?? []).filter((part) => derivedSpecialTerms(scan, part.start, part.start + 1) > 0),
      )
    : [];
  const terms = [...scan.byFamily].flatMap(([family, hits]) => (family.startsWith('special:') ? hits : []));
  for (const hit of [...terms, ...parts]) {
    const start = sentenceStartBefore(text, hit.start, '\n');
    const from = Math.max(start, hit.start - 140);
    const before = text.slice(from, hit.start);
    // A term that opens with the possessive itself ("his seizure") is read from its own start.
    const own = POSSESSIVE_OPENS_TERM.exec(text.slice(hit.start, hit.end));
    const described =
      KNOWN_ONE_IS.exec(before) ?? otherLanguageOneIs(languageNear(scan, hit.start), before) ?? tackedOn(scan, before, hit);
    const m = described ?? POSSESSIVE_BEFORE_TERM.exec(before) ?? own;
    if (!m) continue;
    // The verb in the text's own language: "Our occupational health provider will run a flu vaccination clinic" has no
    // French "a" (has) in it (holdout-954).
    if (m === described && m.groups?.verb && !verbOfLanguage(m.groups.verb, languageNear(scan, hit.start))) continue;
    const base = m === own ? hit.start : from;
    // Its noun after an adjective of age ("the new fridge"); a purpose after the verb ("is for insulin") tells of a thing.
    const noun = (m.groups?.noun ?? '').split(/[ \t]+/).find((word) => !NEW_OR_OLD.test(word)) ?? '';
    if (THING_SUBJECT.test(noun) || PURPOSE_AFTER_VERB.test(m.groups?.after ?? '')) continue;
    // "A …" only where its place singles them out ("um aluno do 7.º B sofre de", holdout-838): not any pupil.
    // Nor in a letter to all parents, which writes "a child in 3b has head lice" of any child.
    if (m.groups?.indefinite && (!PLACE_IN_NOUN.test(m.groups.noun ?? '') || PARENTS_ADDRESSED.test(text.slice(0, 400))))
      continue;
    // The state in a relative clause right after the noun is anyone's so described ("the pupil who has a nut allergy
    // brings …", "il dipendente che è in malattia deve …"); one after it that tells where they sit singles them out.
    if (RELATIVE_LAST.test(m.groups?.noun ?? '')) continue;
    if (!stateTerm(scan, hit, hit.start, start, sentenceEnd(text, hit.start, true))) continue;
    // Whose state a possessive tells is someone's, a modal verb beside it notwithstanding ("he can't drive for six
    // months after his seizure"); not every one's or anyone's ("every driver must report his seizures").
    if (
      !described
        ? ANYONE_WORD.test(text.slice(pastGreeting(scan, start, hit.start), hit.start))
        : anyoneSentence(scan, start, hit.start)
    )
      continue;
    yield { type: 'person-number', value: m[0].trim(), confidence: 0.7, index: base + m.index };
    return;
  }
}
/**
 * A third person's possessive right before the term, maybe with one word between ("after his seizure", "ihr
 * Bandscheibenvorfall", "il suo infarto", "zijn hernia", holdout-863): in a message, someone its readers know.
 */
const POSSESSIVE_BEFORE_TERM =
  /(?<![\p{L}])(?:his|her|sein(?:e[mnrs]?)?|ihr(?:e[mnrs]?)?|son|sa|ses|(?:il|la|i|le)[ \t]+(?:suo|sua|suoi|sue)|su|sus|zijn|haar|jego|jej|(?:o|a)[ \t]+(?:seu|sua)|seus|suas)[ \t]+(?:\p{Ll}[\p{L}'’-]*[ \t]+)?$/iu;
/** Every one, anyone, if: ANYONE_SENTENCE's words but its modal verbs. */
const ANYONE_WORD = new RegExp(
  String.raw`(?<![\p{L}])(?:${EVERY_ONE_OR_IF}|anyone|anybody|someone|whoever|jemand|wer|quelqu['’]un|qualcuno|alguien|iemand|każd\p{L}*|wszys\p{L}*|ktoś|alguém)(?![\p{L}])`,
  'iu',
);
/** A term's own first word a third person's possessive ("his seizure", "her seizure"). */
const POSSESSIVE_OPENS_TERM = /^(?:his|her)(?=[ \t])/iu;
/** Where "a" and "o" may be Portuguese's articles: Portuguese, and a short text read as Spanish or as no language. */
const IBERIAN_OR_UNKNOWN = new Set(['pt', 'es', '']);
/** A term tacked on after a comma, a dash or a colon, maybe after "with" and an article ("…, Bandscheibenvorfall"). */
const TACKED_ON =
  /[ \t]*[,–—:][ \t]*(?:(?:with|mit|wegen|avec|con|por|per|met|z|com)[ \t]+)?(?:(?:a|an|ein|eine|einen|un|une|uno|una|een|um|uma)[ \t]+)?$/iu;
/** A known person's clause by any verb, up to where a term is tacked on. */
const KNOWN_ONE_CLAUSE = new RegExp(
  String.raw`${CLAUSE_OPENS}(?:(?<determiner>${KNOWN_DETERMINER})[ \t]+|l['’])(?<noun>(?:[\p{L}\d'’.º-]+[ \t]+){0,5}?[\p{L}\d'’.º-]+)[ \t]+[^,.!?;:\n–—]{1,80}$`,
  'iu',
);
/** At most a few words after a term before its clause ends: the term is the clause's own words, not its subject's. */
const TERM_ENDS_CLAUSE = /^[\p{L}'’ \t-]{0,30}(?:[.!?;\n]|$)/u;
/**
 * A known person's clause with a state tacked on as its last words ("unser Staplerfahrer aus der Spätschicht fällt die
 * nächsten zwei Wochen aus, Bandscheibenvorfall", "the driver on nights is off for two weeks – slipped disc",
 * holdout-853): what they are away with, whatever the verb.
 */
function tackedOn(scan: TextScan, before: string, hit: Hit): RegExpExecArray | null {
  const { text } = scan;
  const tacked = TACKED_ON.exec(before);
  if (!tacked || tacked[0].trim() === '' || !TERM_ENDS_CLAUSE.test(text.slice(hit.end, hit.end + 40))) return null;
  const m = KNOWN_ONE_CLAUSE.exec(before.slice(0, tacked.index));
  if (!m) return null;
  // "A" and "o" are Portuguese's articles, not English's "a" ("a reminder that the office closes early, flu jabs in the
  // canteen") nor the Romance "or": a known one, by a definite word.
  if (/^(?:a|an|o)$/i.test(m.groups?.determiner ?? '') && !IBERIAN_OR_UNKNOWN.has(languageNear(scan, hit.start))) return null;
  // Not an occasion called off or moved for it ("the quiz night is cancelled, norovirus", "la gita è rimandata,
  // influenza"): the term is the cause, no one's state told.
  // Its subject's first words, the noun lazily read being its first only ("the Friday meeting").
  if (
    EVENT_NOUN.test(
      m[0]
        .trim()
        .split(/[ \t]+/, 5)
        .join(' '),
    ) ||
    CALLED_OFF.test(m[0])
  )
    return null;
  return m;
}
/** An occasion's nouns: a meeting, a class, a trip, a party, a match, a drill. */
const EVENT_NOUN =
  /(?<![\p{L}])(?:meeting|session|class|lesson|course|training|trip|outing|visit|party|quiz|match|game|event|drill|rehearsal|concert|sitzung|besprechung|termin|treffen|kurs|unterricht|stunde|ausflug|feier|spiel|probe|übung|réunion|séance|cours|formation|sortie|visite|fête|soirée|exercice|répétition|riunione|lezione|corso|gita|visita|festa|partita|allenamento|esercitazione|prova|reunión|sesión|clase|curso|excursión|fiesta|partido|entrenamiento|simulacro|ensayo|vergadering|les|cursus|uitje|feest|wedstrijd|oefening|repetitie|spotkanie|zebranie|lekcja|zajęcia|wycieczka|impreza|mecz|trening|próba|reunião|aula|passeio|jogo|treino|ensaio)(?![\p{L}])/iu;
/** A verb of calling off or moving an occasion ("cancelled", "abgesagt", "annulée", "rimandata", "se aplaza", "afgelast"). */
const CALLED_OFF =
  /(?<![\p{L}])(?:cancel(?:l?ed)?|called off|postponed|moved|moves|put off|abgesagt|verschoben|verlegt|annulée?s?|reportée?s?|déplacée?s?|annullat[oaie]|rimandat[oaie]|rinviat[oaie]|spostat[oaie]|cancelad[oa]s?|suspendid[oa]s?|aplazad[oa]s?|se aplaza|se suspende|se cancela|afgelast|geannuleerd|uitgesteld|verplaatst|odwołan[ey]|przełożon[ey]|adiad[oa]s?|desmarcad[oa]s?)(?![\p{L}])/iu;
/** A death as a message tells it ("è mancato stanotte", "passed away", "ist verstorben", "est décédée", "zmarł"). */
const DEATH_TOLD =
  /(?<![\p{L}])(?:passed away|has passed|ist verstorben|ist gestorben|est décédée?|nous a quitté(?:e|s|es)?|è mancat[oa]|è venut[oa] a mancare|è scompars[oa]|è decedut[oa]|è mort[oa]|ha fallecido|falleció|ha muerto|murió|is overleden|is gestorven|zmarł[a]?|zmarl[a]?|nie żyje|faleceu|morreu)(?![\p{L}])/giu;
/** DEATH_TOLD's words alone, for one plain look before it. */
const DEATH_WORD =
  /passed|storben|décéd|quitt|mancat|mancare|scompars|decedut|è mort|fallec|muerto|murió|overleden|zmar|żyje|faleceu|morreu/i;
/** Whom a message's clause describes by a role or a polite word and up to six words, ending where a verb follows. */
const ROLE_BEFORE_VERB = new RegExp(
  String.raw`(?:${SUBJECT_OPENS}|${CLAUSE_OPENS})${SUBJECT_ARTICLE}${SUBJECT_ROLE}(?![\p{L}])(?:[ \t]+[\p{L}\d'’.º-]+){0,6}?[ \t]+$`,
  'iu',
);
/**
 * One person a message tells the death of by their role or a polite word ("il signore del piano terra è mancato
 * stanotte", "the lady at number 4 passed away", "der Nachbar aus dem zweiten Stock ist verstorben", holdout-845): a
 * neighbour or a colleague its readers know, their family with them. Not anyone so ("a patient died"), not in news.
 */
function* deathsInMessages(scan: TextScan): Iterable<Match> {
  const { text } = scan;
  if (!DEATH_WORD.test(text) || !correspondence(scan) || madeUpCase(scan) || reportCase(scan)) return;
  for (const m of textMatches(scan, DEATH_TOLD)) {
    const start = sentenceStartBefore(text, m.index, '\n');
    const subject = ROLE_BEFORE_VERB.exec(text.slice(Math.max(start, m.index - 140), m.index));
    if (!subject || subject.groups?.some || anyoneSentence(scan, start, m.index)) continue;
    yield { type: 'person-number', value: subject[0].trim(), confidence: 0.7, index: m.index - subject[0].length };
    return;
  }
}
/**
 * Whether a term in [from, to) may tell of the state of the one described at `subjectEnd`: not after a topic's or a
 * handling's words, not naming an organisation, not those a service is for, not a care institution as a trade partner,
 * not their workplace.
 */
function stateTerm(scan: TextScan, hit: Hit, subjectEnd: number, from: number, to: number): boolean {
  const { text } = scan;
  const before = text.slice(Math.max(from, hit.start - 120), hit.start);
  if (hit.start >= subjectEnd && ROLE_PLACE.test(text.slice(subjectEnd, hit.start))) return false;
  if (TOPIC_BEFORE_TERM.test(before) || HANDLES_BEFORE_TERM.test(before) || STUDIED_BEFORE_TERM.test(before)) return false;
  if (ORGANISATION_AFTER_TERM.test(text.slice(hit.end, hit.end + 40))) return false;
  // What an insurance they present or offer covers ("vous présentera la nouvelle mutuelle santé : … prise en charge de
  // l'hospitalisation", holdout-827); not one they lack ("has no health insurance and has just been diagnosed with …").
  const told = text.slice(Math.max(from, subjectEnd), hit.start);
  const handles = HANDLES_HEAD.exec(told);
  if (handles && INSURANCE.test(told.slice(handles.index))) return false;
  // Those with a condition, as whom a service is for ("refeições para diabéticos", "Menü für Diabetiker", holdout-820).
  if (FOR_BEFORE.test(text.slice(Math.max(from, hit.start - 16), hit.start)) && PEOPLE_WITH.test(wordAt(text, hit.start)))
    return false;
  // A hospital or a clinic as a customer or a supplier ("hat das Klinikum Nord als Kunden gewonnen", holdout-816).
  return !(CARE_INSTITUTION.test(text.slice(hit.start, hit.start + 12)) && TRADE_PARTNER.test(text.slice(from, to)));
}
/**
 * Where the first term of a special category in [from, to) tells of the state of the one described at `subjectEnd` rather
 * than of a talk's topic, a charity's name, goods delivered or their workplace; -1 where none does. A term a reading
 * derives (a part hurt) is one, at `to`: its place is not kept.
 */
function conditionAt(scan: TextScan, subjectEnd: number, from: number, to: number): number {
  const { text } = scan;
  // The terms of the sentence in their order, of every category.
  const terms: Hit[] = [];
  for (const [family, hits] of scan.byFamily) {
    if (!family.startsWith('special:')) continue;
    for (let k = firstFrom(hits, from); k < hits.length && (hits[k] as Hit).start < to; k++)
      if ((hits[k] as Hit).end <= to) terms.push(hits[k] as Hit);
  }
  terms.sort((a, b) => a.start - b.start);
  let found = -1;
  // Where the last term read as no one's state ended: a term joined to it by "and", "or" or a comma is of its kind
  // ("instrukcję udzielania pierwszej pomocy przy zawale serca i udarze", holdout-827).
  let notState = -1;
  for (const hit of terms) {
    // Another reading of the same words ("insulin", "insuline"), or one joined to them.
    if (notState >= 0 && (hit.start < notState || JOINED_TERM.test(text.slice(notState, hit.start)))) {
      notState = Math.max(notState, hit.end);
      continue;
    }
    if (!stateTerm(scan, hit, subjectEnd, from, to)) {
      notState = Math.max(notState, hit.end);
      continue;
    }
    found = hit.start;
    break;
  }
  if (found >= 0) return found;
  if (!anyDerived(scan)) return -1;
  // A derived term has no place of its own: counted before a topic's or a handling's words only ("dará una charla sobre
  // ergonomía y dolor de espalda", holdout-827).
  const sentence = text.slice(from, to);
  const heads = [TOPIC_HEAD.exec(sentence)?.index, HANDLES_HEAD.exec(sentence)?.index].filter((i) => i !== undefined);
  return derivedSpecialTerms(scan, from, from + Math.min(sentence.length, ...heads)) > 0 ? to : -1;
}
/**
 * A note's or a memo's first line to whom it is for ("Note for the Year 4 team – Thursday", "Nota para RR. HH.",
 * "Notiz an die Schichtleitung", holdout-827); not a note for the press or the editors, which is published.
 */
const MEMO_FIRST_LINE =
  /^\s*(?:notes?|memo|memorandum|notiz|aktennotiz|mémo|nota|notitie|notatka)[ \t]+(?:for|to|für|an|pour|à|aux|per|para|a|voor|aan|dla)[ \t]+(?!(?:the[ \t]+|la[ \t]+|a[ \t]+|die[ \t]+)?(?:press|media|editors?|presse|stampa|prensa|imprensa|pers|prasy|redakcji|redazione|redacción|rédaction|redactie)(?![\p{L}]))/iu;
/**
 * A message to colleagues, neighbours or a team: a mail's header or subject first, a note's or a memo's to someone, a
 * greeting opening its first or second line ("Hi both,", "Dzień dobry,"), or a chat's lines by time and speaker
 * ("[Mo 09:14] Teamleitung: …").
 */
function correspondence(scan: TextScan): boolean {
  return memo(scan, 'correspondence', () => {
    const { text } = scan;
    const top400 = text.slice(0, 400);
    // A reply's quote marks before the header ("> Subject: …") keep it a message.
    // A forwarded message's rule above its header ("---------- Doorgestuurd bericht ----------") too.
    const head = top400.replace(/^[ \t]*>[ \t]?/gm, '').replace(/^\s*[^\n]*[-_=]{4,}[^\n]*\n/, '');
    if (MAIL_FIRST_LINE.test(head) || MEMO_FIRST_LINE.test(head)) return true;
    // A chat app's copy: the poster's line, then the time it was posted ("Schichtleitung Nord / Mo 09:14", holdout-853);
    // a group's or an app's name heading the post ("Buurtapp Kastanjelaan"); a post's words to everyone ("Kurze Info an
    // alle:").
    if (
      POSTER_THEN_TIME.test(top400) ||
      CHANNEL_FIRST_LINE.test(top400) ||
      TEAMS_FIRST_LINE.test(top400) ||
      TO_EVERYONE.test(top400)
    )
      return true;
    // An internal memo by its title ("# Note de service – équipe de nuit", "Hausmitteilung", holdout-863), a message's
    // words for the readers' information opening one of its first lines ("Pour information,", "FYI –", "Zur Info:"),
    // and a Polish address by "Panie"/"Pani" and a vocative ("Panie kierowniku,").
    if (INTERNAL_MEMO_FIRST_LINE.test(top400) || FYI_OPENS.test(top400) || POLISH_ADDRESS.test(top400)) return true;
    const lines = top400.split('\n', 4);
    const second = lines.findIndex((line) => line.trim() !== '') + 1;
    const top = lines.slice(0, second + 1).join('\n').length;
    return greetingOpensLine(scan, 0, top) || chatLines(scan);
  });
}
/** An internal memo's or a staff notice's title opening the text, maybe as a Markdown heading. */
const INTERNAL_MEMO_FIRST_LINE =
  /^\s*#*[ \t]*(?:internal memo|staff notice|internal notice|note de service|note interne|note d['’]information interne|hausmitteilung|interne mitteilung|dienstanweisung|comunicazione interna|nota interna|comunicado interno|nota de servicio|interne mededeling|dienstmededeling|notatka służbowa|komunikat wewnętrzny|comunicação interna|nota de serviço)(?![\p{L}])/iu;
/** A message's words for the readers' information opening one of its first lines ("FYI –", "Pour information,", "Zur Info:"). */
const FYI_OPENS =
  /^(?:[^\n]*\n){0,4}?[ \t>]*(?:fyi|for your information|just so you know|zur info(?:rmation)?|nur zur info|pour info(?:rmation)?|pour votre information|per (?:vostra |tua )?informazione|per info|para (?:vuestra |tu |su )?información|ter info(?:rmatie)?|even ter info|dla informacji|do wiadomości|para (?:vossa |tua |sua )?informação|só para saberem)[ \t]*[,:–—-]/iu;
/** A Polish address opening the text: "Panie"/"Pani" and a vocative before a comma ("Panie kierowniku,", "Pani Kasiu,"). */
const POLISH_ADDRESS = /^\s*(?:szanown[ya][ \t]+)?(?:panie|pani)[ \t]+\p{L}+[ \t]*[,!]/iu;
/**
 * A poster's name alone on the first line, then the time of the post on the next line, maybe after its day or date ("Mo
 * 09:14"), or at the line's end ("Facilities  11:40 AM").
 */
const POSTER_THEN_TIME =
  /^\s*\p{Lu}[\p{L}'’ .()-]{1,48}(?:\r?\n[ \t]*(?:\p{L}{2,10}\.?,?[ \t]+)?(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?,?[ \t]+)?|[ \t]+)\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?[ \t]*\r?\n/u;
/** A messaging app, a group chat or a channel named on the first line, no sentence there ("WhatsApp-Gruppe 3b", "#lager-team"). */
const CHANNEL_FIRST_LINE =
  /^\s*(?:[^\n:.!?]{0,40}?(?<![\p{L}])(?:whatsapp|signal group|signal-gruppe|telegram|slack|microsoft teams|teams chat|teams-chat|teams channel|teams-kanal|buurtapp|nextdoor|nebenan|group chat|groupchat|gruppenchat|groepsapp|groepschat|chat de grupo|chat di gruppo|czat grupowy|facebook messenger|messenger group)(?![\p{L}])|[ \t]*#[\p{L}\d_-]+(?![\p{L}\d_-]*[ \t]+\p{L}))[^\n:.!?]{0,40}\r?\n/iu;
/** The app's name as Teams' copies title it, capitalised ("Shift handover – Teams", "[Teams – Goods In]"); not "project teams". */
const TEAMS_FIRST_LINE = /^\s*[^\n:.!?]{0,40}?(?<![\p{L}])Teams(?![\p{L}])[^\n:.!?]{0,40}\r?\n/u;
/** A post's words to everyone after one to three words, then a colon ("Kurze Info an alle:", "Quick note to all:"). */
const EVERYONE_ADDRESSED = String.raw`(?:\p{L}+[ \t]+){1,3}(?:an alle|für alle|to all|to everyone|for everyone|à tous|pour tous|a tutti|per tutti|a todos|para todos|aan iedereen|voor iedereen|aan allen|do wszystkich|dla wszystkich)[ \t]*[:!]`;
/** EVERYONE_ADDRESSED opening one of a text's first three lines. */
const TO_EVERYONE = new RegExp(String.raw`^(?:[^\n]*\n){0,2}[ \t]*${EVERYONE_ADDRESSED}`, 'iu');
/** EVERYONE_ADDRESSED opening a sentence: its words up to the colon. */
const EVERYONE_FIRST = new RegExp(String.raw`^[\s>]*${EVERYONE_ADDRESSED}`, 'iu');
/** Where a chat's turn at `at` ends, if before `end`: the line's end where the next line is another turn. */
function turnEnd(text: string, at: number, end: number): number {
  const lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0 || lineEnd >= end) return end;
  CHAT_LINE.lastIndex = lineEnd + 1;
  return CHAT_LINE.test(text) ? lineEnd : end;
}
/**
 * Whether a chat's speaker opens two of its lines by time ("[21:03] Presidenta: …" twice): a conversation, not a
 * programme's lines by their times ("21:45  Tatort: Der stille Gast", holdout-772).
 */
function chatLines(scan: TextScan): boolean {
  if (!digitStartsALine(scan)) return false;
  const speakers = new Set<string>();
  for (const m of chatTurns(scan.text)) {
    const speaker = m[2] as string;
    if (speakers.has(speaker)) return true;
    speakers.add(speaker);
  }
  return false;
}

/**
 * One person singled out as the only one of a group ("l'unico iscritto alla FIOM del reparto", "the only woman in the
 * team", "seule personne en fauteuil roulant du site", holdout-804 and -800): whom their colleagues know at once.
 */
const ONLY_PERSON =
  /(?<![\p{L}])(?:the only|der einzige|die einzige|den einzigen|dem einzigen|der einzigen|(?:le |la )?seule?|l['’]unique|l['’]unico|l['’]unica|il solo|la sola|el único|la única|de enige|het enige|jedyn[yaąeę]\p{L}*|o único|a única)(?:[ \t]+[\p{L}'’-]+){0,2}?[ \t]+(?:person|one|woman|man|employee|member|colleague|worker|pupil|student|girl|boy|mother|father|parent|user|resident|tenant|frau|mann|mitarbeiter(?:in)?|kolleg(?:e|in)|mitglied|schüler(?:in)?|mutter|vater|personne|femme|homme|salariée?|collègue|membre|élève|adhérente?|persona|donna|uomo|dipendente|collega|iscritt[oa]|soci[oa]|alunn[oa]|mujer|hombre|emplead[oa]|compañer[oa]|afiliad[oa]|alumn[oa]|persoon|vrouw|medewerker|lid|leerling|osob\p{L}*|kobiet\p{L}*|mężczyzn\p{L}*|pracowni\p{L}*|członk\p{L}*|ucz(?:eń|ennic\p{L}*|nia)|pessoa|mulher|homem|funcionári[oa]|colega|sóci[oa]|alun[oa]|filiad[oa]|cadre|manager|führungskraft|dirigente|directiv[oa]|leidinggevende|kierowni\p{L}*|chefe|responsable|driver|fahrer(?:in)?|chauffeur|autista|conductor(?:a)?|kierowc\p{L}*|motorista|nurse|pflegekraft|infirmière?|infermier[ae]|enfermer[oa]|verpleegkundige|pielęgniar\p{L}*|enfermeir[oa])(?![\p{L}])/giu;
/** The only's words alone, for one plain look before ONLY_PERSON. */
const ONLY_WORD = /the only|einzige|seule?|uniq|unic|solo|sola|único|única|enige|jedyn/i;
function* singledOut(scan: TextScan): Iterable<Match> {
  const { text } = scan;
  if (!ONLY_WORD.test(text) || !anySpecial(scan)) return;
  for (const m of textMatches(scan, ONLY_PERSON)) {
    const at = m.index + m[0].length;
    const start = sentenceStartBefore(text, at, '\n\n');
    const end = sentenceEnd(text, at, true);
    if (!specialBetween(scan, start, end) || anyoneSentence(scan, start, end)) continue;
    yield { type: 'person-number', value: m[0], confidence: 0.7, index: m.index };
    return;
  }
}

/**
 * A pupil by their class ("A boy in 9C", "Uczeń z klasy 6b", "la ragazza della 2ª B", "l'élève de 4e B"), where their
 * sentence or the next tells of a special category: one child a teacher's note is about (holdout-805). Not a notice
 * to all parents ("Please check your child's hair").
 */
const PUPIL_OF_CLASS =
  /(?<![\p{L}])(?:pupil|student|boy|girl|child|schüler(?:in)?|junge|mädchen|kind|élève|garçon|fille|enfant|alunn[oa]|ragazz[oa]|bambin[oa]|alumn[oa]|chic[oa]|niñ[oa]|leerling|jongen|meisje|ucze(?:ń|nnica)|chłopiec|dziewczynka|dziecko|alun[oa]|menin[oa]|criança)[ \t]+(?:(?:in|from|of|aus|der|de|du|en|della|dell['’]|di|del|van|uit|z|ze|w|do|da)[ \t]+)?(?:(?:class|form|year|klasse|classe|clase|klas|klasy|klasie|turma|sezione)[ \t]+)?(?:\d{1,2}[ \t]?[a-zA-Z](?![\p{L}])|\d{1,2}[ \t]?\.?[ºª°][ \t]?[A-Z](?![\p{L}])|\d{1,2}(?:e|ème)[ \t]?[A-Z](?![\p{L}]))/giu;
const PUPIL_WORD =
  /pupil|student|boy|girl|child|schüler|junge|mädchen|kind|élève|garçon|fille|enfant|alunn|ragazz|bambin|alumn|chic|niñ|leerling|jongen|meisje|ucze|chłopiec|dziewczynka|dziecko|alun|menin|criança/i;
function* pupilsByClass(scan: TextScan): Iterable<Match> {
  const { text } = scan;
  if (scan.digitRuns.length === 0 || !PUPIL_WORD.test(text) || !anySpecial(scan)) return;
  for (const m of textMatches(scan, PUPIL_OF_CLASS)) {
    // From the sentence the pupil's words open or stand in (a stop right before them ends the one before).
    const start = sentenceStartBefore(text, m.index + 1, '\n\n');
    const end = nextSentenceEnd(text, sentenceEnd(text, m.index + m[0].length, true));
    if (!specialBetween(scan, start, end) || anyoneSentence(scan, start, end)) continue;
    yield { type: 'person-number', value: m[0], confidence: 0.7, index: m.index };
    return;
  }
}

/**
 * Someone by the flat they live in ("La usuaria que vive sola en el 4.º B", "the man who lives at number 17", "die Frau,
 * die in Wohnung 3 wohnt"), as a social worker's or a caretaker's note names them: one household.
 */
const LIVES_IN_FLAT =
  /(?<![\p{L}])(?:who|that|die|der|qui|che|que|która|który|wo)[ \t]+(?:(?:still|now|alone|alleine?|seule?|da sol[oa]|sol[oa]|sozinh[ao]|sam[ao])[ \t]+)?(?:lives|living|wohnt|habite|vit|abita|vive|woont|mieszka|mora|reside)(?:[ \t]+[\p{L}'’]+){0,4}?[ \t]+(?:\d{1,2}[ \t]?[.]?[ºª°][ \t]?[A-Z](?![\p{L}])|(?:flat|apartment|wohnung|appartement|interno|piso|apartamento|mieszkaniu|woning|number|nummer|numéro|numero|número|nr\.?|no\.|n[º°])[ \t]*\d{1,4}[a-zA-Z]?(?![\d\p{L}]))/giu;
/** The same in German's and Dutch's order, the verb last ("De meneer die op nummer 23 in de Lindenlaan woont"). */
const LIVES_IN_FLAT_VERB_LAST =
  /(?<![\p{L}])(?:die|der|welche)[ \t]+(?:[\p{L}'’.]+[ \t]+){0,3}?(?:op|in|im|auf)[ \t]+(?:nummer|nr\.?|huisnummer|wohnung|appartement)[ \t]*\d{1,4}[a-zA-Z]?(?:[ \t]+[\p{L}'’.]+){0,4}?[ \t]+(?:woont|wohnt)(?![\p{L}])/giu;
const LIVES_WORD = /lives|living|wohnt|habite|vit |abita|vive|woont|mieszka|mora|reside/i;
function* livesInFlats(scan: TextScan): Iterable<Match> {
  if (scan.digitRuns.length === 0 || !LIVES_WORD.test(scan.text)) return;
  for (const m of [...allMatches(LIVES_IN_FLAT, scan.text), ...allMatches(LIVES_IN_FLAT_VERB_LAST, scan.text)]) {
    if (nearOnLine(scan, 'example-marker', m.index, 60)) continue;
    yield { type: 'person-number', value: m[0], confidence: 0.7, index: m.index };
  }
}

/** An occupier or a neighbour, then a house's street and number either way round: OCCUPIER_OF_FLAT's by a street. */
const OCCUPIER_AT_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}])(?:${OCCUPANTS}|bewoonster|${NEIGHBOURS})[ \t]+(?:at|of|from|in|van|aan|op|der|aus der|in der|du|de|de la|au|del|della|di|da|do|na|z|przy)[ \t]+(?<address>\d{1,4}[a-zA-Z]?(?:-?bis)?,?[ \t]+(?:[\p{L}'’.-]+[ \t]+){0,3}[\p{L}'’.-]+|(?:[\p{L}'’.-]+[ \t]+){0,3}[\p{L}'’.-]+,?[ \t]+\d{1,4}[a-zA-Z]?(?:-?bis)?)(?![\d\p{L}])`,
  'giu',
);
/**
 * A member, a customer, a guest, a patient or a passenger by the card or the number they are filed under, after "with"
 * ("Il socio con tessera n. 4471 ha una protesi all'anca", holdout-890; "the member with card no. 20417"): one person,
 * whom the organisation's file names.
 */
const MEMBER_BY_CARD =
  /(?<![\p{L}])(?:member|socio|socia|mitglied|membre|lid|członek|sócio|sócia|customer|kunde|kundin|cliente|client|klant|klient|klientka|guest|gast|ospite|huésped|hóspede|gość|patient|patientin|patiente|paziente|paciente|patiënt|pacjent|pacjentka|passenger|passagier|passager|passagère|passeggero|passeggera|pasajero|pasajera|pasażer|pasażerka|passageiro|passageira)[ \t]+(?:with|mit|der|avec|con|met|z|com)[ \t]+(?:(?:the|der|la|le|il|el|de|het|a|o|la sua|his|her)[ \t]+)?(?:membership[ \t]+)?(?:card|karte|mitgliedskarte|mitgliedsnummer|carte|tessera|tarjeta|carnet|carné|kaart|pas|pasje|karta|kartą|legitymacją|cartão|number|nummer|numéro|numero|número|numerem)[ \t]*(?:n[°º]\.?|n\.|nr\.?|no\.?|#)?[ \t]*(\d{3,10})(?![\d\p{L}])/giu;
function* membersByCard(scan: TextScan): Iterable<Match> {
  if (scan.digitRuns.length === 0 || !MEMBER_CARD_WORD.test(scan.text)) return;
  for (const m of textMatches(scan, MEMBER_BY_CARD))
    if (!nearOnLine(scan, 'example-marker', m.index, 60))
      yield { type: 'person-number', value: m[1] as string, confidence: 0.7, index: m.index };
}
/** The card's and number's words of MEMBER_BY_CARD, for one plain look before it. */
const MEMBER_CARD_WORD = /card|karte|carte|tessera|tarjeta|carn[eé]|kaart|pas|karta|legitymac|cart[ãa]o|num/i;
/** The occupiers' and neighbours' words alone, for one plain look before OCCUPIER_OF_FLAT. */
const OCCUPIER_WORD =
  /tenant|occupier|occupant|leaseholder|owner|resident|résident|mieter|eigentümer|bewohner|locataire|propriétaire|inquilin|conduttore|propietari|arrendatári|arrendatari|huurder|huurster|bewoner|eigenaar|najemca|lokator|właściciel|proprietári|condómino|condomin|mieszkan|morador|neighbo|nachbar|voisin|vicin|vecin|buurman|buurvrouw|sąsiad|vizinh/i;
/** The flat's words alone, for one plain look before OCCUPIER_OF_FLAT. */
const FLAT_WORD =
  /flat|apartment|unit|wohnung|appartement|logement|appartamento|interno|piso|vivienda|fração|mieszkania|lokalu|woning|number|nummer|numéro|numero|número|numeru/i;
function* occupiersOfFlats(scan: TextScan): Iterable<Match> {
  if (scan.digitRuns.length === 0) return;
  // Where an occupier was found: an owner's or a tenant's word before a flat reads as a household too, once.
  const found = new Set<number>();
  if (FLAT_WORD.test(scan.text) && OCCUPIER_WORD.test(scan.text))
    for (const m of textMatches(scan, OCCUPIER_OF_FLAT)) {
      found.add(m.index);
      yield { type: 'person-number', value: m[0], confidence: 0.7, index: m.index };
    }
  // … or of a house by its street and number, a street's word the scan met between ("Bewoner van Marnixlaan 112-bis",
  // holdout-883; "the tenant at 14 Elm Road", "le locataire du 12 rue des Lilas").
  if (scan.byFamily.has('street') && OCCUPIER_WORD.test(scan.text))
    for (const m of textMatches(scan, OCCUPIER_AT_ADDRESS)) {
      const from = m.index + m[0].length - (m.groups?.address?.length ?? 0);
      const street = (scan.byFamily.get('street') ?? []).find((hit) => hit.start >= from && hit.end <= m.index + m[0].length);
      if (!street) continue;
      // The number first, the street's name after it: the address ends with the street's word ("14 Elm Road").
      const end = /^\d/.test(m.groups?.address ?? '') ? street.end : m.index + m[0].length;
      found.add(m.index);
      yield { type: 'person-number', value: scan.text.slice(m.index, end), confidence: 0.7, index: m.index };
    }
  if (HOUSEHOLD_WORD.test(scan.text))
    for (const m of textMatches(scan, HOUSEHOLD_AT_HOME))
      if (!found.has(m.index)) yield { type: 'person-number', value: m[0], confidence: 0.7, index: m.index };
}
/**
 * Someone by a polite word, a family, or an owner's, a tenant's or a neighbour's word, and the house number, the flat or
 * the floor they live at ("the lady at number 4", "de meneer van nummer 22", "Mme du 3e gauche", "el señor del 3.º B",
 * "die Dame aus dem 2. Stock", holdout-853; "el propietario del 3.º B", holdout-889):
 * one household, as neighbours and caretakers name it. Not a bare number after the word ("the man at 10", "de man van
 * 22" jaar), which may be a time or an age.
 */
const HOUSEHOLD_AT_HOME =
  /(?<![\p{L}])(?:lady|gentleman|man|woman|family|guy|herr|frau|dame|mann|familie|monsieur|madame|mme|famille|signore|signora|famiglia|señor|señora|familia|meneer|mevrouw|mijnheer|pan|pani|rodzina|państwo|senhor|senhora|família|owner|tenant|propietari[oa]|inquilin[oa]|vecin[oa]|propriétaire|locataire|voisine?|proprietari[oa]|condomin[oa]|eigentümer(?:in)?|mieter(?:in)?|nachbar(?:in)?|eigenaar|huurder|buurman|buurvrouw|właściciel(?:ka)?|najemca|sąsiad(?:ka)?|proprietári[oa]|morador[a]?|vizinh[oa])(?:[ \t]+(?:old|older|elderly|new|young|alte|ältere|neue|junge|âgée?|vieille|vieux|nouvelle|nouveau|jeune|anzian[oa]|nuov[oa]|giovane|mayor|anciana|anciano|nuev[oa]|joven|oude|nieuwe|jonge|starsz[ay]|now[ay]|młod[ay]|idos[oa]|nov[oa]|jovem))?[ \t]+(?:at|from|in|on|aus|von|vom|im|auf|du|de|de la|de l['’]|del|della|dal|dalla|dell['’]|do|da|dos|das|van|op|uit|z|ze|w|na)[ \t]+(?:(?:the|dem|der|la|le|il|el|o|a|het|de)[ \t]+)?(?:(?:flat|apartment|number|no\.|nr\.?|n[º°]|nummer|numéro|numero|número|wohnung|appartement|appartamento|interno|piso|apartamento|woning|huisnummer|mieszkania|mieszkaniu|numeru|numerze)[ \t]*\d{1,4}[a-zA-Z]?(?![\d\p{L}])|\d{1,2}[ \t]?\.?[ºª°](?:[ \t]?[A-Z](?![\p{L}])|[ \t]+(?:piso|andar|planta|izquierda|izda\.?|derecha|dcha\.?|centro|esquerdo|esq\.?|direito|dto\.?|frente)(?![\p{L}]))|\d{1,2}(?:e|ème|er|ère)(?![\p{L}])|\d{1,2}(?:st|nd|rd|th)[ \t]+floor|\d{1,2}\.[ \t]*(?:stock|og|etage|obergeschoss|piętrze|piętro)(?![\p{L}])|\d{1,2}(?:e|de|ste)[ \t]+(?:verdieping|etage)|(?:primo|secondo|terzo|quarto|quinto|sesto|ultimo)[ \t]+piano)/giu;
/** HOUSEHOLD_AT_HOME's polite and family words alone, for one plain look before it. */
const HOUSEHOLD_WORD =
  /lady|gentleman|man |woman|family|guy|herr|frau|dame|mann|familie|monsieur|madame|mme|famille|signor|famiglia|señor|familia|meneer|mevrouw|pan |pani|rodzina|państwo|senhor|família|owner|tenant|propietari|inquilin|vecin|propriétaire|locataire|voisin|proprietari|condomin|eigentümer|mieter|nachbar|eigenaar|huurder|buurman|buurvrouw|właściciel|najemca|sąsiad|proprietári|morador|vizinh/i;

/**
 * A payment card by its last digits, as receipts, order confirmations and a bank's alerts mask it ("Visa ending 4417",
 * "su tarjeta terminada en 8821", "Ihre Karte mit der Endung 8821", "**** **** **** 4417"): a customer's card, which
 * its issuer and the shop tell from the rest (holdout-608). Not a card's word alone, nor four digits without one; the
 * card detector reads a card masked by stars.
 */
const MASKED_CARD =
  /(?<![\p{L}])(?:card|karte|kreditkarte|carte|carta|tarjeta|kaart|karta|kartą|cartão|visa|mastercard|maestro|amex|american express)(?:\s+[\p{L}]+){0,2}?\s+(?:ending(?:\s+(?:in|with))?|ends\s+(?:in|with)|endet\s+(?:auf|mit)|mit\s+der\s+endung|se\s+terminant\s+par|terminant\s+par|che\s+termina\s+(?:con|in)|terminante\s+(?:con|in)|terminada\s+en|acabada\s+en|que\s+termina\s+en|eindigend\s+op|eindigt\s+op|zakończon[aą]\s+(?:na\s+)?(?:cyframi\s+)?|kończąc[aą]\s+się\s+na|terminad[oa]\s+em)[ \t:]*(\d{4})(?!\d)/giu;
/** The ending's words of MASKED_CARD, for a cheap look before it. */
const MASKED_CARD_WORD = /ending|ends|endet|endung|terminant|termina|acabada|eindig|zakończon|kończąc/i;
function* maskedCards(scan: TextScan): Iterable<Match> {
  // One plain look for an ending's word first: most texts have none, and the pattern's look-behind is slow on long ones.
  if (scan.digitRuns.length === 0 || !MASKED_CARD_WORD.test(scan.text)) return;
  for (const m of allMatches(MASKED_CARD, scan.text)) {
    // An example's ("e.g. a card ending 4417") is no one's.
    if (m[1] && !nearOnLine(scan, 'example-marker', m.index, 60))
      yield { type: 'person-number', value: m[1], confidence: 0.7, index: m.index };
  }
}

/** Words for years of age: "78 J.", "34 years", "82 ans", "79 anni". */
const AGE_UNITS = String.raw`J\.|Jahre|y\.?o\.?|years?|ans|anni|años|jaar|lat|anos`;
/** … and as notes shorten them in brackets: "(89 a.)", "(88 år)", "(45 jr)", "(34 yrs)". */
const NOTE_AGE_UNITS = String.raw`${AGE_UNITS}|a\.|år|jr|yrs?`;
/** A phrase's end after an age: a bracket's, a comma's or a stop's, or the line's ("52▸,", "60▸)"). */
const PHRASE_END = String.raw`(?=[ \t]*(?:[),;.]|\r?\n|$))`;
/** An age in years as notes write it: "78 J.", "34 years", "82 ans", "79 anni". */
const AGE = String.raw`\d{1,3}[ ]?(?:${AGE_UNITS})(?![\p{L}])`;
/** Someone's age and sex as a ward writes them: "71M", "58F", "78 J., w", "patiente 82 ans", "mujer de 88 años". */
const AGE_SEX = String.raw`(?:\d{1,3}[ ]?[MFW](?![\p{L}\d²³])|[mwf][ \t]*,[ \t]*${AGE}|${AGE}|(?:patient|patiente|patientin|paziente|paciente|patiënt|pacjent|pacjentka|doente|mujer|varón|hombre|man|woman|male|female|vrouw|uomo|donna|homme|femme|mulher|homem)(?![\p{L}])[^\n]{0,12}?\d{1,3}[ ]?(?:ans|anni|años|years?|jaar|lat|anos|J\.?)(?![\p{L}]))`;
/** A ward's line for one patient: a bed's or a room's number, then an age and sex ("Bed 3: 71M, COPD …"). */
const PATIENT_LINE = new RegExp(
  String.raw`^[ \t]*(?:(?:sala|ward|station|stanza|zimmer|room|kamer|quarto)[ \t]*\d{1,4}[ \t]*[,/][ \t]*)?(?:bed|bett|zi\.?|zimmer|room|rm\.?|ch\.?|chambre|letto|stanza|hab\.?|habitación|cama|kamer|łóżko|sala|quarto)[ \t]*(\d{1,4}(?:\/\d{1,2})?)[ \t]*[:–-][ \t]*(?<age>${AGE_SEX})`,
  'gimu',
);

/** Patients of a ward's handover, by their bed or room (no name need stand there). */
function* patientLines(scan: TextScan): Iterable<Match> {
  const { text } = scan;
  if (scan.digitRuns.length === 0) return;
  // The lines someone was found on, so that the last reading does not count them again.
  const lines = new Set<number>();
  const lineOf = (index: number) => text.lastIndexOf('\n', index - 1) + 1;
  const found = (match: Match): Match => {
    lines.add(lineOf(match.index));
    return match;
  };
  for (const m of allMatches(PATIENT_LINE, text)) {
    // The pattern ignores case for the words; a sex's letter counts only in capitals ("71M", not "30m" from the lift).
    if (/^\d{1,3} ?[mfw]$/.test(m.groups?.age ?? '')) continue;
    yield found({ type: 'person-number', value: m[0].trim().split(/[:–-]/)[0]?.trim() ?? '', confidence: 0.7, index: m.index });
  }
  // In a handover, a resident by their room or bed alone, where the sentence it opens tells of their health ("Relève de
  // nuit … Chambre 7 : chute sans gravité à 5h40, hématome au bras", "Zimmer 12 hat schlecht geschlafen, Schmerzen").
  if (recordText(scan)) {
    for (const m of allMatches(ROOM_SUBJECT, text)) {
      const from = m.index + m[0].length - (m.groups?.room?.length ?? 0);
      // From the room's number on: an abbreviation's dot ("Hab. 115 (cama B): fiebre …", holdout-883) ends no sentence.
      const end = sentenceEnd(text, m.index + m[0].length);
      if (!specialBetween(scan, from, end)) continue;
      yield found({ type: 'person-number', value: m.groups?.room ?? '', confidence: 0.7, index: from });
    }
  }
  // A clinical trial's subject by their number, a site's and a sequence's or one alone, where that sentence or the next
  // tells of a special category ("subject 014-0031: grade 3 febrile neutropenia … hospitalised", "Proband 03-112: …
  // Synkope", holdout-791): the sponsor's pseudonym for them, their health still theirs.
  if (anySpecial(scan) && TRIAL_SUBJECT_WORD.test(text))
    for (const m of textMatches(scan, TRIAL_SUBJECT)) {
      const end = m.index + m[0].length;
      if (/^(?:19|20)\d{2}(?:-\d{1,2})?$/.test(m[1] as string) || !specialBetween(scan, end, twoSentencesEnd(text, end)))
        continue;
      yield found({ type: 'person-number', value: m[1] as string, confidence: 0.7, index: m.index });
    }
  // A call note's caller or an interview's candidate by a role or a polite word, where the sentence or the next tells
  // of a special category ("Call note … Caller rang about the late delivery. She can't carry anything after her hip
  // replacement", "Belnotitie … Meneer belt over de thuiszorg: zijn vrouw heeft dementie"), or, where the role heads a
  // line of its own, the paragraph under it ("Candidate 3 of 5 – 25 Nov\n\n… recovering from a back operation"): the
  // CRM or the recruitment file it is filed in holds who it is. Once per note.
  if (noteOnOne(scan)) {
    for (const m of allMatches(NOTE_SUBJECT, text)) {
      const from = m.index + m[0].length - (m.groups?.subject?.length ?? 0);
      if (!specialBetween(scan, from, subjectReach(text, from))) continue;
      yield found({ type: 'person-number', value: m.groups?.subject ?? '', confidence: 0.7, index: from });
      break;
    }
  }
  // A client or a patient by sex and age, as a care note keeps the name out ("Cliënt (m, 45 jr) meldt zich met …",
  // "Pacjentka lat 34, ciąża 28 tydzień").
  for (const m of textMatches(scan, CARED_FOR_BY_AGE))
    yield found({ type: 'person-number', value: m[0].trim(), confidence: 0.7, index: m.index });
  // Whom a record is about, by a field, their sex and their age ("Client: male, 52", "Kind: Junge, 4 Jahre",
  // "Brukare: kvinna, 88 år"), or by their role and their age in apposition ("Le patient, âgé de 72 ans,", "La
  // dipendente, 45 anni,", "Pracownik działu (lat 41,"). A case study's or a training's made-up subject ("Cas
  // pratique n° 3 … Le patient, âgé de 80 ans,") is no one.
  // An annual report's case told for publication ("Jaarverslag 2025 … Uit de praktijk (geanonimiseerd): meisje, 15
  // jaar, …") is no one either.
  const subjects = madeUpCase(scan) || reportCase(scan) ? 0.45 : 0.7;
  for (const match of recordSubjects(scan, subjects)) yield found(match);
  // … or by their sex and an age in words, which a record writes as often as in digits ("A woman in her sixties
  // slipped …", "Eine Frau Mitte siebzig klagte …", "un homme d'une cinquantaine d'années", "starszy mężczyzna około
  // osiemdziesiątki"): under a record's heading only, as news writes the same of people it does not name.
  if (recordText(scan))
    for (const m of allMatches(AGE_IN_WORDS_IN_RECORD, text)) {
      const subject = m.groups?.subject ?? m[0];
      yield found({ type: 'person-number', value: subject, confidence: subjects, index: m.index + m[0].length - subject.length });
    }
  // Anywhere, a resident, a patient or a guest by the room or the bed they are in, where that sentence tells of a special
  // category ("Frau im Zimmer 12 hat nachts gestürzt, Platzwunde am Kopf", "Zimmer 7: Bewohnerin hat … Blutzucker 280
  // mg/dl", holdout-789's probes): the room says who it is to those who read the record.
  if (anySpecial(scan) && ROOM_WORD.test(text) && (scan.byFamily.has('person-role') || textHas(scan, PERSON_IN_ROOM_WORD)))
    for (const m of textMatches(scan, PERSON_IN_ROOM)) {
      const end = m.index + m[0].length;
      if (!lines.has(lineOf(m.index)) && specialBetween(scan, m.index, sentenceEnd(text, end, true)))
        yield { type: 'person-number', value: m[0], confidence: 0.7, index: m.index };
    }
}

/**
 * A number right after a role's word, its sign before it or none, ending its phrase: "n° 2231,", "#4471 has", "2231
 * disclosed". Not a count or a measure after it ("Patients 42 %", "Client 3 of 5", "patient 45 years").
 */
const ROLE_NUMBER_AFTER =
  /^[ \t]*(?:n[°º]|nr\.?|no\.|nº|#)?[ \t]*(\d{1,8})(?![\d.,:/-]?\d)(?![ \t]*(?:%|of|von|de|sur|su|van|z|years?|jahre|ans|anni|años|jaar|lat|anos|j\.)(?![\p{L}]))(?=[ \t]*(?:[,;:)–—-]|\p{Ll}|\r?\n|$))/iu;
/**
 * A client, a patient, an employee or a service user by the number the service files them under, with no id's word
 * between: four digits or more, an id's, not a count's ("Employee 40213 was late three times", "Kunde 884213 hat erneut
 * angerufen"), or any where that sentence or the next tells of a special category ("Client 22 disclosed a bipolar
 * disorder", "Usager n° 2231 … idées noires", holdout-789): whom the record is about, their name kept out.
 */
function bareRoleNumber(scan: TextScan, hit: Hit, after: string): RegExpExecArray | null {
  const role = fold(scan.text.slice(hit.start, hit.end));
  if (!CASE_SUBJECTS.has(role) && !CUSTOMERS.has(role)) return null;
  const m = ROLE_NUMBER_AFTER.exec(after) ?? ROLE_FILE_AFTER.exec(after);
  const value = m?.[1];
  if (!m || !value) return null;
  // The sentences from the number's end on: an abbreviation's dot before it ("dossiernr. 118") ends no sentence of theirs.
  const from = hit.end + m.index + m[0].length;
  return value.replace(/\D/g, '').length >= 4 || specialBetween(scan, hit.end, twoSentencesEnd(scan.text, from)) ? m : null;
}
/** A trial's words for whom it studies, for one look before TRIAL_SUBJECT. */
const TRIAL_SUBJECT_WORD =
  /subject|particip|proband|teilnehmer|sujet|soggett|sujeto|proefpersoon|deelnemer|uczestni|pacjent|patient|paziente|paciente/i;
/**
 * A trial's subject, participant or patient, then their number: a site's and a sequence's ("014-0031", "03-112") or one
 * of three digits or more ("Subject 1023"), its sign before it or none.
 */
const TRIAL_SUBJECT =
  /(?<![\p{L}])(?:subject|participant|patient|proband|probandin|studienteilnehmer|studienteilnehmerin|teilnehmer|teilnehmerin|sujet|participante|soggetto|paziente|sujeto|paciente|proefpersoon|deelnemer|uczestnik|uczestniczka|pacjent|pacjentka)[ \t]+(?:no\.|nr\.?|n[°º]|#|id)?[ \t]*(\d{2,4}-\d{2,5}|\d{3,8})(?![\d\p{L}]|[.,]\d)/giu;
/**
 * After a role's word, a word maybe (a class's with its number: "groep 6"), then the number of the file or the card it is
 * kept under, in brackets: "Cliente habitual (ficha 3318)", "Leerling groep 6 (dossiernr. 118)", "client (file 4471)".
 */
const ROLE_FILE_AFTER =
  /^(?:[ \t]+\p{Ll}+(?:[ \t]+\d{1,2}[a-zA-Z]?)?)?[ \t]*\([ \t]*(?:ficha|fiche|file|dossier|dossiernr\.?|scheda|cartella|tessera|tesserino|karta|kaart|akte|az\.|aktenzeichen|card|carte|cartão|tarjeta|n\.?[º°]|nr\.?|no\.)[ \t]*:?[ \t]*(?:[IVXLC]{1,6}[ \t]+)?(\d{2,8}(?:\/\d{2,4})?)[ \t]*\)/iu;
/** A room or a bed opening a line or a sentence, its number after it: "Chambre 12 a mal dormi", "Bed 4: pain overnight". */
const ROOM_SUBJECT = new RegExp(
  String.raw`(?:^|[.;!][ \t]+)[ \t]*(?<room>(?:${ROOM_WORDS}|sala)[ \t]*\d{1,4})(?![\d.,])[ \t]*:?[ \t]`,
  'gimu',
);
/** PATIENT_LINE and ROOM_SUBJECT for one line's test (placesListed's). */
const PATIENT_LINE_AT = new RegExp(PATIENT_LINE.source, 'imu');
const ROOM_SUBJECT_AT = new RegExp(ROOM_SUBJECT.source, 'imu');
/**
 * How far a note's subject at `index` reaches: its sentence and the next, or, where it heads a line of its own with no
 * sentence on it ("Candidate 3 of 5 – 25 Nov, 14:00"), the first two sentences of the paragraph under it.
 */
function subjectReach(text: string, index: number): number {
  const lineEnd = text.indexOf('\n', index);
  if (lineEnd < 0 || lineEnd - index > 80 || /[.!?](?=\s|$)/.test(text.slice(index, lineEnd)))
    return twoSentencesEnd(text, index);
  const next = /\S/.exec(text.slice(lineEnd, lineEnd + 200));
  return next ? twoSentencesEnd(text, lineEnd + next.index) : twoSentencesEnd(text, index);
}
/**
 * Where the sentence from `index` and the next end: at their stops, past the lines a wrap broke them into, not past a
 * blank line (at most 400 characters on).
 */
function twoSentencesEnd(text: string, index: number): number {
  const stops = /[.!?](?=\s)|\n[ \t]*\n/g;
  const slice = text.slice(index, index + 400);
  let end = slice.length;
  for (let k = 0, m = stops.exec(slice); m; m = stops.exec(slice)) {
    end = m.index;
    if (m[0].length > 1 || ++k === 2) break;
    end = slice.length;
  }
  return index + end;
}
/**
 * Where a record's entry from `index` ends: at its line's end, or past the lines a wrap broke it into, up to a blank line
 * or a line that opens the next entry (a list's mark, a bed, a room, initials or a title with its initial).
 */
function entryEnd(text: string, index: number): number {
  let end = lineEndOf(text, index);
  for (let k = 0; k < 4 && end < text.length; k++) {
    const next = lineEndOf(text, end + 1);
    const line = text.slice(end + 1, next);
    if (!/\S/.test(line) || ENTRY_OPENS.test(line) || ENTRY_OPENS_ROOM.test(line)) break;
    end = next;
  }
  return end;
}
/**
 * Where the sentence from `index` ends (at most 300 characters on): at its stop or its line's end, or, where `wrapped`, past
 * the lines a wrap broke it into, not past a blank line.
 */
/**
 * Where the sentence before `index` starts: after the last stop and its space, or after the last line break (`lineBreak`
 * "\n\n": a blank line only, where a wrap breaks sentences over lines).
 */
function sentenceStartBefore(text: string, index: number, lineBreak: '\n' | '\n\n'): number {
  return (
    Math.max(text.lastIndexOf(lineBreak, index - 1), ...['.', '!', '?'].map((stop) => text.lastIndexOf(`${stop} `, index - 1))) +
    1
  );
}
/** Where the sentence after the one ending at `end` (a `sentenceEnd`) ends, past wrapped lines; `end` at the text's end. */
function nextSentenceEnd(text: string, end: number): number {
  return end < text.length ? sentenceEnd(text, end + 1, true) : end;
}
function sentenceEnd(text: string, index: number, wrapped = false): number {
  const stop = wrapped ? WRAPPED_SENTENCE_STOP : SENTENCE_OR_LINE_STOP;
  stop.lastIndex = 0;
  const window = text.slice(index, index + 300);
  for (let m = stop.exec(window); m; m = stop.exec(window)) {
    // A street's, a number's or a title's abbreviation ends no sentence ("przy ul. Lipowej 4", "Nr. 12", holdout-807).
    if (m[0] === '.' && STREET_OR_TITLE_ABBREVIATION.test(window.slice(Math.max(0, m.index - 6), m.index))) continue;
    return index + m.index;
  }
  return Math.min(text.length, index + 300);
}
const SENTENCE_OR_LINE_STOP = /[.!?;](?=\s)|\n/g;
const WRAPPED_SENTENCE_STOP = /[.!?;](?=\s)|\n[ \t]*\n/g;
/** Abbreviations before a street's name, a number or a name, whose dot ends no sentence. */
const STREET_OR_TITLE_ABBREVIATION =
  /(?<![\p{L}])(?:ul|al|pl|os|nr|str|tel|av|avda|bd|sr|sra|dr|prof|mgr|inż|hr|fr|mr|mrs|ms|mme|mlle|sig|dott|dña|ca)$/iu;

/** How far before an age its role may stand: the article, the role, a word, the sex and "âgé de". */
const SUBJECT_REACH = 80;

/**
 * Whom a record is about, by a field and their sex and age, or by their role and age in apposition: found from each
 * age (a run of one to three digits after a space, a comma or a bracket) back to its line's words, so that the patterns
 * run at a few places, not at every one.
 */
function* recordSubjects(scan: TextScan, confidence: number): Iterable<Match> {
  const { text, digitRuns } = scan;
  for (let k = 0; k < digitRuns.length; k += 2) {
    const start = digitRuns[k] as number;
    const end = digitRuns[k + 1] as number;
    const before = text[start - 1];
    if (end - start > 3 || (before !== ' ' && before !== '\t' && before !== '(' && before !== ',')) continue;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const sliceStart = Math.max(lineStart, start - SUBJECT_REACH);
    const slice = text.slice(sliceStart, start);
    // Someone a record's text describes up to the age ("un varón de ▸45"): read at most once per age, and only where asked.
    let described: RegExpExecArray | null | undefined;
    const inRecord = () => {
      if (described === undefined) described = recordText(scan) ? SEX_AND_AGE_IN_RECORD.exec(slice.slice(-SEX_AGE_REACH)) : null;
      return described;
    };
    // Within a few words of the age, a comma, a bracket or a field's colon stands before it; in a record's text, an
    // indefinite article may stand there instead ("Se identifica a un varón de 45 años").
    if (!/[,(:][^,(:]{0,36}$/.test(slice) && !inRecord()) continue;
    const after = text.slice(end, end + 32);
    const bySex = sexAndAge(slice, after, inRecord);
    if (bySex) {
      const from = sliceStart + bySex[0];
      yield { type: 'person-number', value: text.slice(from, end + bySex[1]).trim(), confidence, index: from };
      continue;
    }
    const field = SUBJECT_FIELD_BEFORE_AGE.exec(slice);
    const byField = field && (field[1] ? FIELD_AGE_AFTER.exec(after) : FIELD_AGE_THEN_SEX.exec(after));
    const m = byField ? field : SUBJECT_BEFORE_AGE.exec(slice);
    if (!m) continue;
    const age = byField ?? (/lat[ \t]+$/i.test(m[0]) ? BARE_AGE_AFTER.exec(after) : AGE_AFTER.exec(after));
    if (!age) continue;
    // Where the slice began mid-line, "^" marks no line's start: only an article or a field may open the match there.
    const from = sliceStart + m.index;
    if (!byField && m.index === 0 && from > lineStart && !ARTICLE_FIRST.test(m[0])) continue;
    yield { type: 'person-number', value: text.slice(from, end + age[0].length).trim(), confidence, index: from };
  }
}

/**
 * Someone by their sex and age without a role's field: in a bracket ("(male, 34)", "(34, male)"), between commas
 * before an age with its unit ("Élève de 6e B, fille, 11 ans,"), or in a record's text after an indefinite article or
 * a role ("un varón de 45 años,"), which `inRecord` reads on the slice's last SEX_AGE_REACH characters where the text is a
 * record's. Where the match starts in `slice`, and how long its end is in `after`.
 */
function sexAndAge(slice: string, after: string, inRecord: () => RegExpExecArray | null): [number, number] | undefined {
  // The patterns end at the slice's end: each runs on as much of it as its longest match needs.
  const tail = slice.length > SEX_AGE_REACH ? slice.length - SEX_AGE_REACH : 0;
  let found: [number, number] | undefined;
  const closes = AGE_CLOSES.exec(after);
  const open = closes ? slice.lastIndexOf('(') : -1;
  const bracket = open >= tail ? SEX_IN_BRACKET.exec(slice.slice(open)) : null;
  if (closes && bracket) found = [open, closes[0].length];
  const sexAfter = !found && slice.endsWith('(') ? AGE_THEN_SEX_CLOSES.exec(after) : null;
  if (sexAfter) found = [slice.length - 1, sexAfter[0].length];
  // In a record, someone by an article and their sex, a polite word or a role, with their age in a bracket ("ein
  // älterer Herr (ca. 75)").
  if (!found && closes && open >= tail) {
    const described = inRecord();
    if (described && tail + described.index < open) found = [tail + described.index, closes[0].length];
  }
  const unit = found ? null : AGE_UNIT_ENDS.exec(after);
  if (unit) {
    const listed = SEX_LISTED.exec(slice.slice(tail)) ?? inRecord();
    if (listed) found = [tail + listed.index, unit[0].length];
  }
  // In a record, the age with its unit may go on into the sentence's verb ("una usuaria de unos 40 años sufrió …").
  const unitInSentence = found ? null : AGE_UNIT_WORD.exec(after);
  if (unitInSentence) {
    const described = inRecord();
    if (described) found = [tail + described.index, unitInSentence[0].length];
  }
  // A size guide's line: "Size 116 (boy, 6 years): chest 60 cm".
  return found && !SIZE_LINE.test(slice) && !SIZE_LINE.test(after) ? found : undefined;
}

/** How far before an age its sex and an article or a role may stand: "utente do sexo feminino, cerca de ▸60". */
const SEX_AGE_REACH = 72;
/** A size's or a measure's word: a size guide's line, whose sex and age are a garment's. */
const SIZE_LINE =
  /(?<![\p{L}])(?:size|sizes|größe|gr\.|taille|taglia|talla|maat|rozmiar|tamanho|storlek|størrelse|koko)(?![\p{L}])|\d[ \t]?(?:cm|mm|kg)(?![\p{L}])/iu;

/** A case study, a worksheet or a training's case by its heading: its people are made up. */
const madeUpCase = (scan: TextScan) =>
  memo(scan, 'made-up-case', () => (scan.byFamily.get('fiction-marker') ?? []).some((hit) => headingAt(scan.text, hit.start)));

/** An annual or a sustainability report by its title in the first line, not a message about one: it publishes its cases. */
const reportCase = (scan: TextScan) => memo(scan, 'report-case', () => reportTitled(scan) && !aMessage(scan));
/** Whether an annual or a sustainability report's title stands in the text's first line. */
const reportTitled = (scan: TextScan) =>
  (scan.byFamily.get('corporate-report')?.[0]?.start ?? Number.POSITIVE_INFINITY) < firstLine(scan.text).length;

/** Whom a record is about, as its field names them: a client, a patient, a pupil, a child, a resident, a service user. */
const SUBJECT_FIELD =
  'client|cliënt|cliente|klient|klientin|patient|patientin|patiente|paciente|paziente|patiënt|pacjent|pacjentka|doente|utente|resident|résident|résidente|residente|bewohner|bewohnerin|bewoner|brukare|service user|young person|child|kind|enfant|bambino|bambina|niño|niña|criança|dziecko|pupil|student|élève|alunno|alunna|alumno|alumna|aluno|aluna|leerling|schüler|schülerin|uczeń|uczennica|jeugdige|minor|minore|menor|mineur|mineure|betrokkene|person concerned|personne concernée';
/** A person's sex as a record writes it, in words ("male", "Junge", "garçon", "meisje", "kvinna", "do sexo feminino"). */
const SEX_NAME =
  'male|female|man|woman|boy|girl|männlich|weiblich|junge|mädchen|mann|frau|garçon|fille|homme|femme|ragazzo|ragazza|maschio|femmina|uomo|donna|niño|niña|chico|chica|hombre|mujer|varón|jongen|meisje|vrouw|chłopiec|dziewczynka|dziewczyna|mężczyzna|kobieta|menino|menina|rapaz|rapariga|homem|mulher|pojke|flicka|kvinna|dreng|pige|kvinde|poika|tyttö|mies|nainen|(?:do|de|di|du)[ \t]+(?:sexo|sesso|sexe)[ \t]+(?:feminino|masculino|femenino|femminile|maschile|féminin|masculin)';
/** … or as a letter ("m", "f", "w"). */
const SEX_WORD = `${SEX_NAME}|m|f|w`;
/** An age's unit, or none, after its digits ("52", "4 Jahre", "12 ans", "88 år", "14 jaar"). */
const AGE_UNIT_WORDS = String.raw`(?:[ \t]?(?:${NOTE_AGE_UNITS}|jahre alt|years old|aastat|vuotta))?`;
/** Words for "about" before an age: "(vrouw, ongeveer ▸60)", "cerca de ▸60 anos". */
const ABOUT_AGE = String.raw`(?:(?:ca\.|circa|about|approx\.?|ongeveer|około|cerca de|environ|etwa|aged|âgée?|agée?|im alter von|unos|unas|ungefähr)[ \t]+)?`;
/**
 * A record's field for whom it is about up to the age, maybe with the sex before it (captured): "Client: male, ▸52",
 * "Cliënt: meisje, ▸14 jaar", "Kind: Junge, ▸4 Jahre", "Élève concerné : garçon, ▸12 ans", "Cliënt: (▸45 jr, m)"; the
 * sex after the age where it did not come before, and the age ending its phrase; "about" may stand before the age
 * ("Patient: female, approx. ▸70,"). Not "Client: Northwind Ltd, 52 Station Road" (no sex's word), "Patients: 42" (no
 * sex), nor a size guide's "Child: boy, 8 years – height 128 cm".
 */
const SUBJECT_FIELD_BEFORE_AGE = new RegExp(
  String.raw`(?<![\p{L}])(?:${SUBJECT_FIELD})(?:[ \t]+(?:concerné|concernée|concerned|betroffen|interessato|interessata))?[ \t]*:[ \t]*\(?[ \t]*(?:(${SEX_WORD})[ \t]*[,/;][ \t]*)?${ABOUT_AGE}$`,
  'iu',
);
/** After the age's digits, the sex named before it: its unit, maybe, and the phrase's end ("52▸,", "4▸ Jahre,"). */
const FIELD_AGE_AFTER = new RegExp(String.raw`^${AGE_UNIT_WORDS}(?![\p{L}\d])${PHRASE_END}`, 'iu');
/** After the age's digits, no sex before it: its unit, maybe, then the sex ("45▸ jr, m)"). */
const FIELD_AGE_THEN_SEX = new RegExp(
  String.raw`^${AGE_UNIT_WORDS}[ \t]*[,/;][ \t]*(?:${SEX_WORD})(?![\p{L}\d])${PHRASE_END}`,
  'iu',
);
/** Roles a record tells of one person by: an employee, a worker, a patient, a client, a resident, a caller, a tenant. */
const RECORD_ROLE =
  'employee|worker|staff member|patient|client|service user|resident|pupil|caller|claimant|applicant|tenant|mitarbeiter|mitarbeiterin|beschäftigte|beschäftigter|arbeitnehmer|arbeitnehmerin|patientin|bewohner|bewohnerin|klient|klientin|schüler|schülerin|melder|melderin|anrufer|anruferin|mieter|mieterin|antragsteller|antragstellerin|versicherte|versicherter|salarié|salariée|employé|employée|patiente|résident|résidente|élève|usager|usagère|locataire|assuré|assurée|dipendente|lavoratore|lavoratrice|operaio|operaia|paziente|utente|ospite|alunno|alunna|inquilino|inquilina|assicurato|assicurata|richiedente|trabajador|trabajadora|empleado|empleada|paciente|usuario|usuaria|residente|alumno|alumna|asegurado|asegurada|solicitante|werknemer|medewerker|medewerkster|patiënt|cliënt|bewoner|bewoonster|leerling|beller|huurder|huurster|verzekerde|aanvrager|pracownik|pracownica|pacjent|pacjentka|klientka|mieszkaniec|mieszkanka|uczeń|uczennica|najemca|ubezpieczony|ubezpieczona|wnioskodawca|trabalhador|trabalhadora|funcionário|funcionária|colaborador|colaboradora|doente|aluno|aluna|inquilino|segurado|segurada|requerente';
/** German roles in the feminine, which "die" opens in the singular ("die Schüler (12 Jahre)" are many). */
const GERMAN_FEMININE_ROLE =
  'mitarbeiterin|beschäftigte|arbeitnehmerin|patientin|bewohnerin|klientin|schülerin|melderin|anruferin|mieterin|antragstellerin|versicherte';
/** What stands between the role and the age: the sex, "âgé de", "di", "de", "ongeveer", "lat". */
const BEFORE_AGE = String.raw`(?:(?:${SEX_WORD})[ \t]*,[ \t]*)?(?:(?:âgée?|agée?|aged|im alter von|di|de|van|ongeveer|about|circa|ca\.|około|cerca de|com|lat)[ \t]+){0,2}`;
/**
 * A record's subject up to their age: the definite article (or a line's or a sentence's start, in Polish), the role and
 * maybe one word more, a comma or a bracket ("El trabajador afectado, de ▸38 años", "De melder (vrouw, ongeveer ▸60)").
 * Not news's indefinite "Un trabajador de 38 años", nor "the employee handbook, 2026".
 */
const SUBJECT_BEFORE_AGE = new RegExp(
  String.raw`(?:(?:(?<![\p{L}])(?:the|der|le|la|l['’]|il|lo|el|o|a|de|het)[ \t]+|(?:^[ \t>]*|[.!?][ \t]+)(?=\p{Lu}))(?:${RECORD_ROLE})|(?<![\p{L}])die[ \t]+(?:${GERMAN_FEMININE_ROLE}))(?:[ \t]+\p{L}+)?[ \t]*[,(][ \t]*${BEFORE_AGE}$`,
  'iu',
);
/** The slice's first word is an article: its match need not open the line. */
const ARTICLE_FIRST = /^(?:the|der|die|le|la|l['’]|il|lo|el|o|a|de|het)[ \t]/iu;
/** After the age's digits: its unit, or a closing bracket, and the phrase's end ("72▸ ans,", "60▸)"). */
const AGE_AFTER = new RegExp(
  String.raw`^(?:[ \t]?(?:${AGE_UNITS}|år|years old|jahre alt)(?![\p{L}])|(?=[ \t]*\)))${PHRASE_END}`,
  'iu',
);
/** After "lat" and the age: the phrase's end ("lat 41▸,"). */
const BARE_AGE_AFTER = new RegExp(`^${PHRASE_END}`);
/** An age's unit right after its digits, whatever follows: "40 ▸años sufrió". */
const AGE_UNIT_WORD = new RegExp(String.raw`^[ \t]?(?:${NOTE_AGE_UNITS}|jahre alt|years old)(?![\p{L}])`, 'iu');
/** An age's unit, then the phrase's end: "11▸ ans,", "14▸ jaar,". */
const AGE_UNIT_ENDS = new RegExp(
  String.raw`^[ \t]?(?:${NOTE_AGE_UNITS}|jahre alt|years old|aastat|vuotta)(?![\p{L}])${PHRASE_END}`,
  'iu',
);
/** A bracket that opens with the sex, up to the age: "(male, ▸34)", "(donna, ▸91 anni)". */
const SEX_IN_BRACKET = new RegExp(String.raw`\([ \t]*(?:${SEX_NAME})[ \t]*[,/;][ \t]*${ABOUT_AGE}$`, 'iu');
/** A decade's ending after its digits, as a call log writes an age it guesses ("70▸s", "70▸er", "70▸+"). */
const DECADE = String.raw`(?:['’]?s|er|\+)?`;
/** … and the age that closes it: "34▸)", "91▸ anni)", "70▸s)". */
const AGE_CLOSES = new RegExp(String.raw`^${DECADE}${AGE_UNIT_WORDS}[ \t]*\)`, 'iu');
/** An age, then the sex, closing a bracket: "(▸34, male)", "(▸70s, female)". */
const AGE_THEN_SEX_CLOSES = new RegExp(String.raw`^${DECADE}${AGE_UNIT_WORDS}[ \t]*[,/;][ \t]*(?:${SEX_NAME})[ \t]*\)`, 'iu');
/** The sex between commas, or after a label's colon, before an age with its unit: "Élève de 6e B, fille, ▸11 ans". */
const SEX_LISTED = new RegExp(String.raw`[,:][ \t]*(?:${SEX_NAME})[ \t]*,[ \t]*$`, 'iu');
/** An indefinite article, as a record opens its mention of someone it does not name ("un varón", "ein älterer Herr"). */
const INDEFINITE = 'a|an|un|una|une|uno|ein|eine|een|um|uma|jeden|jedna';
/** A polite word for a man or a woman: "ein älterer Herr (ca. 75)", "una señora de unos 80 años". */
const GENTLE = 'herr|dame|gentleman|lady|signore|signora|señor|señora|monsieur|madame|heer|mevrouw|senhor|senhora';
/** A bed's or a room's number as a ward's or a care home's record writes it: "Rm 3", "Letto 4", "Zi. 12", "Cama 6". */
const BED_OR_ROOM = String.raw`(?:room|rm\.?|bed|zimmer|zi\.|bett|chambre|ch\.|lit|stanza|camera|letto|habitación|hab\.|cama|kamer|pokój|łóżko|sala|quarto|rum)[ \t]*\d{1,4}[a-z]?`;
/** Whom a room or a bed holds: a resident, a patient, a guest, or a woman or a man by a polite word. */
const ROOM_PERSON = `${RECORD_ROLE}|${GENTLE}|frau|mann|woman|man|guest|gast|femme|homme|donna|uomo|mujer|hombre|vrouw|kobieta|mężczyzna|mulher|homem|pani|pan|meneer`;
/** The same words, for one look before PERSON_IN_ROOM. */
const PERSON_IN_ROOM_WORD =
  /(?<![\p{L}])(?:frau|herr|mann|woman|man|lady|gentleman|guest|gast|femme|homme|madame|monsieur|donna|uomo|signora|signore|mujer|hombre|señora|señor|vrouw|mevrouw|meneer|kobieta|mężczyzna|pani|pan|mulher|homem|senhora|senhor)(?![\p{L}])/iu;
/**
 * Someone by the room or the bed they are in: the person's word, then "in", "im", "de la" … and the room ("Frau im
 * Zimmer 12", "the gentleman in room 4", "la signora della stanza 3", "pacjentka z sali 2"), or Polish's room in the
 * genitive ("Mieszkanka pokoju 5"), or the room, its colon or dash, and the person's word ("Zimmer 7: Bewohnerin",
 * "Room 4 – the resident").
 */
const PERSON_IN_ROOM = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${ROOM_PERSON})[ \t]+(?:(?:im|in|in the|aus|auf|de la|de|du|della|dalla|nella|del|de|van|op|uit|z|ze|w|do|da|no|na)[ \t]+(?:${BED_OR_ROOM})|(?:pokoju|sali|łóżka)[ \t]*\d{1,4})|(?:${BED_OR_ROOM})[ \t]*[:–-][ \t]*(?:(?:the|die|der|la|le|il|el|de|het|a|o)[ \t]+)?(?:${ROOM_PERSON}))(?![\p{L}\d])`,
  'giu',
);
/** Where a record's entry or sentence opens: a line's start, after its clock time, or after a sentence's end. */
const ENTRY_START = String.raw`(?:^|\n|\d[ \t]+|[.!?][ \t]+)[ \t]*`;
/**
 * In a record's text, someone by an indefinite article or their role, their sex and their age, or by their sex opening an
 * entry, a place's words and a comma before the age ("22:15 Man bij ingang B, ca. ▸40 jaar", holdout-894): "un varón de ▸45 años,",
 * "utente do sexo feminino, cerca de ▸60 anos,". News writes the same ("Un varón de 45 años ha resultado herido"), so
 * only under a report's or a log's heading.
 */
const SEX_AND_AGE_IN_RECORD = new RegExp(
  String.raw`(?:(?:(?<![\p{L}])(?:${INDEFINITE})[ \t]+(?:\p{L}+[ \t]+)?(?:${SEX_NAME}|${RECORD_ROLE}|${GENTLE})|(?<![\p{L}])(?:${RECORD_ROLE})[ \t]+(?:${SEX_NAME}))[ \t]*(?:,?[ \t]*(?:(?:de|di|van|of|von|com|met|mit)[ \t]+)?|\([ \t]*)|${ENTRY_START}(?:${SEX_NAME})(?:[ \t]+[\p{L}\d]+){0,4}?[ \t]*,[ \t]*)${ABOUT_AGE}$`,
  'iu',
);
/**
 * An incident's, a log's or a handover's heading on a line of its own, short, and a clock's time in the text: "INCIDENT
 * REPORT", "Parte de intervención nº 2026/1184", "Registo de ocorrência", "Raport zmiany nocnej", "Diario di nucleo".
 * Anywhere in the text, not only first: a ticket's JSON or an export's cell holds the record after its own fields.
 * Not a report's word alone: a blood drive's "Informe de la campaña" tells of "un hombre de 68 años" for publication.
 */
const RECORD_HEADING = new RegExp(
  String.raw`^[ \t#*]*[^\n]{0,40}(?<![\p{L}])(?:${RECORD_HEADING_WORDS.map((words) => escapeRegExp(words)).join('|')})(?![\p{L}])[^\n]{0,60}$`,
  'imu',
);
const CLOCK_TIME = /(?<![\d:.])(?:[01]?\d|2[0-3])(?::|h| h )[0-5]\d(?!\d)/;
/** Only where the scan met a heading's words: the pattern tries each line's first 40 characters. */
const recordText = (scan: TextScan) =>
  scan.byFamily.has('record-heading') &&
  memo(scan, 'record-text', () => CLOCK_TIME.test(scan.text) && RECORD_HEADING.test(scan.text));
/**
 * A note about one person by its heading opening its line, or a quoted CSV cell on it: a call's ("Call note –
 * 27/11/2026", "Gesprächsnotiz", "Belnotitie", "Nota de llamada") or an interview's ("Interview notes – Warehouse Team
 * Lead", "Vorstellungsgespräch", "Colloquio di selezione"): the scan's list of them, its words apart by spaces or a
 * hyphen ("Compte-rendu d'appel"), either apostrophe.
 */
const NOTE_HEADING = new RegExp(
  String.raw`^(?:[^"\n]*[,;\t]")?[ \t#*]*(?:${NOTE_HEADING_WORDS.map((words) =>
    escapeRegExp(words).replace(/ /g, '[ \\t-]+').replace(/['’]/g, "['’]"),
  ).join('|')})(?![\p{L}])[^\n]{0,60}$`,
  'imu',
);
const noteOnOne = (scan: TextScan) =>
  scan.byFamily.has('note-heading') && memo(scan, 'note-on-one', () => NOTE_HEADING.test(scan.text));
/**
 * Whom such a note is about, opening a sentence or a line by a role or a polite word: "Caller rang", "Kundin ruft an",
 * "Meneer belt", "Candidate 3 of 5".
 */
const NOTE_SUBJECT = new RegExp(
  String.raw`(?:^|[.!?:][ \t]+)[ \t]*(?:(?:the|der|die|le|la|l['’]|il|lo|el|o|a|de|het)[ \t]+)?(?<subject>(?:${RECORD_ROLE}|${GENTLE}|customer|kunde|kundin|cliente|clienta|klant|klient|klientka|meneer|mevrouw|candidate|candidat|candidato|candidata|kandidat|kandidatin|kandidaat|kandydat|kandydatka|bewerber|bewerberin|sollicitant|sollicitante)(?![\p{L}]))`,
  'gimu',
);
/** A decade of life in words, as a record describes someone's age: "in her sixties", "Mitte siebzig", "sulla settantina". */
const DECADE_OF_LIFE = [
  String.raw`in[ \t]+(?:his|her|their)[ \t]+(?:(?:early|mid|late)[ \t-]*)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)`,
  String.raw`(?:anfang|mitte|ende|um[ \t]+die)[ \t]+(?:zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)`,
  String.raw`in[ \t]+(?:den|ihren|seinen)[ \t]+(?:(?:frühen|späten)[ \t]+)?(?:zwanzigern|dreißigern|dreissigern|vierzigern|fünfzigern|sechzigern|siebzigern|achtzigern|neunzigern)`,
  String.raw`(?:d['’]une|dans[ \t]+la|la)[ \t]+(?:vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|septantaine|huitantaine|nonantaine)`,
  String.raw`(?:sulla|sui|di[ \t]+circa|intorno[ \t]+(?:alla|ai))[ \t]+(?:ventina|trentina|quarantina|cinquantina|sessantina|settantina|ottantina|novantina|(?:venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta)(?:['’][ \t]?anni|[ \t]+anni))`,
  String.raw`(?:de[ \t]+)?(?:unos|unas|alrededor[ \t]+de|cerca[ \t]+de)[ \t]+(?:veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)[ \t]+años`,
  String.raw`(?:van[ \t]+)?(?:in[ \t]+de|rond[ \t]+de|begin|midden|eind)[ \t]+(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)`,
  String.raw`(?:około|koło|po|przed|w[ \t]+wieku[ \t]+około)[ \t]+(?:dwudziest|trzydziest|czterdziest|pięćdziesiąt|sześćdziesiąt|siedemdziesiąt|osiemdziesiąt|dziewięćdziesiąt)(?:ki|ce)`,
  String.raw`(?:na[ \t]+casa[ \t]+dos|com[ \t]+cerca[ \t]+de|por[ \t]+volta[ \t]+dos)[ \t]+(?:vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa)(?:[ \t]+anos)?`,
].join('|');
/**
 * Someone a record does not name, by an indefinite article (or a sentence's start, as Polish has none), maybe one word
 * more, their sex, a polite word or a role, then a decade of life in words: "A woman in her sixties", "Starszy mężczyzna
 * około osiemdziesiątki", "Uma senhora na casa dos oitenta".
 */
const AGE_IN_WORDS_IN_RECORD = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:${INDEFINITE})[ \t]+|(?:^|[.!?][ \t]+|\d[ \t]+)(?=\p{Lu}))(?<subject>(?:\p{L}+[ \t]+)?(?:${SEX_NAME}|${RECORD_ROLE}|${GENTLE})[ \t]*,?[ \t]*(?:${DECADE_OF_LIFE}))(?![\p{L}])`,
  'gimu',
);
/**
 * Whom a care note is about, then their sex and age or their age alone, in brackets or after a comma, the age ending
 * its phrase ("Cliënt (m, 45 jr)", "Pacjentka lat 34,", "Pokój 7, mieszkanka lat 87:"; not "Our client, 24 years in
 * business").
 */
const CARED_FOR_BY_AGE = new RegExp(
  String.raw`(?<![\p{L}])(?:patient|patientin|patiente|paciente|paziente|patiënt|pacjent|pacjentka|doente|utente|cliënt|client|cliente|klient|klientin|bewohner|bewohnerin|résident|résidente|residente|bewoner|mieszkaniec|mieszkanka|podopieczny|podopieczna|service user)(?:[ \t]*\([ \t]*|[ \t]*,[ \t]*|[ \t]+(?=lat[ \t]))(?:[mwfv][ \t]*[,/][ \t]*)?(?:lat[ \t]+\d{1,3}(?!\d)|\d{1,3}[ \t]?(?:${AGE_UNITS}|jr|yo|lat)(?![\p{L}]))(?=[ \t]*(?:[),;.:]|old(?![\p{L}])|\r?\n|$))`,
  'giu',
);

/** After a case's word: its reference ("– ref. SC/2026/0917", "n.º EMP-20417", ": 2026/311"). */
const CASE_NUMBER = new RegExp(
  String.raw`^\.?[º°]?[ \t]*(?:[–—-][ \t]*)?(?:ref\.?|reference|réf\.?|rif\.?|n\.?[º°]|nr\.?|no\.?|#)?[ \t]*[:#]?[ \t]*(${REFERENCE}|${PROTOCOL})(?![\p{L}\d])`,
  'iu',
);
/** Words that follow a given name in a product's name, never as a surname ("Aurora Classic", "Luna Pro"). */
// biome-ignore format: a word table reads best packed
const PRODUCT_WORDS = new Set(
  ['classic', 'modern', 'basic', 'plus', 'pro', 'premium', 'deluxe', 'lite', 'mini', 'edition', 'collection', 'series',
    'comfort', 'sport', 'smart', 'eco', 'hybrid', 'electric', 'exclusive', 'original', 'special', 'standard', 'ultra',
    // Dishes named with a word that is a given name too ("Chana Masala", "Aloo Gobi").
    'masala', 'tikka', 'korma', 'biryani', 'gobi', 'paneer', 'curry',
    // An event named with a word that is a given name too ("Advent Carol Service", holdout-558).
    'service', 'concert',
    // A team's operations signing after a given name that is a word too ("Saludos,\nDev Ops", holdout-1035).
    'ops', 'devops'],
);

/** Whom a case file is about (not a "driver" of a printer, an "owner" of a task). */
// biome-ignore format: a word table reads best packed
const CASE_SUBJECTS = new Set(
  ['service user', 'patient', 'patientin', 'patiente', 'paziente', 'paciente', 'patiënt', 'pacjent', 'pacjentka', 'client',
    'cliënt', 'klient', 'klientin', 'cliente', 'pupil', 'schüler', 'schülerin', 'élève', 'alunno', 'alunna', 'alumno',
    'alumna', 'leerling', 'uczeń', 'uczennica', 'aluno', 'aluna', 'employee', 'mitarbeiter', 'mitarbeiterin', 'salarié',
    'salariée', 'dipendente', 'trabajador', 'trabajadora', 'werknemer', 'medewerker', 'pracownik', 'pracownica',
    'trabalhador', 'trabalhadora', 'funcionário', 'funcionária', 'usuario del servicio', 'utente', 'utente del servizio',
    'applicant', 'bewerber', 'bewerberin', 'candidat', 'candidata', 'candidato', 'kandydat', 'tenant', 'mieter', 'locataire',
    'inquilino', 'huurder', 'najemca', 'titular', 'titulaire', 'intestatario', 'intestataria', 'account holder',
    'contract holder', 'vertragsinhaber', 'vertragsinhaberin', 'usager', 'usagère', 'brukare', 'brukaren', 'zorgvrager',
    'podopieczny', 'podopieczna', 'betreute person', 'betreute', 'betreuter'].map(fold),
);
/** Whether a number's label is a staff number's, or follows a word for staff ("le salarié matricule"). */
function staffNumber(scan: TextScan, hit: Hit): boolean {
  const label = fold(scan.text.slice(hit.start, hit.end));
  if (EMPLOYEES.has(label) || STAFF_NUMBER_LABEL.test(label)) return true;
  const role = near(scan, 'person-role', hit.start, 16);
  return role !== undefined && EMPLOYEES.has(fold(scan.text.slice(role.start, role.end)));
}
/** Labels of staff numbers (folded): "matricule", "Personalnummer", "staff no.", "numero di matricola", "nr ewid.". */
const STAFF_NUMBER_LABEL =
  /^(?:matricul|personal|personeel|staff|employee|numero di matricola|numero dipendente|numero de empleado|nr ewid|numero de funcionario)/;
/** An employer's staff, by the words for them. */
// biome-ignore format: a word table reads best packed
const EMPLOYEES = new Set(
  ['employee', 'mitarbeiter', 'mitarbeiterin', 'arbeitnehmer', 'arbeitnehmerin', 'beschäftigte', 'beschäftigter', 'salarié',
    'salariée', 'employé', 'employée', 'collaborateur', 'collaboratrice', 'dipendente', 'lavoratore', 'lavoratrice',
    'collaboratore', 'empleado', 'empleada', 'trabajador', 'trabajadora', 'colaborador', 'colaboradora', 'werknemer',
    'medewerker', 'pracownik', 'pracownica', 'trabalhador', 'trabalhadora', 'funcionário', 'funcionária', 'staff member'].map(
    fold,
  ),
);
/** A shop's or a utility's customer, whose number is theirs as a client's is ("Kunde 884213 hat erneut angerufen"). */
const CUSTOMERS = new Set(['customer', 'kunde', 'kundin', 'klant', 'klantin'].map(fold));
/** How far after a case's reference the text must speak of someone for the case to be a person's. */
const CASE_REACH = 600;

/** Whether the text holds a special category's term anywhere: the readings that need one beside someone ask first. */
const anySpecial = (scan: TextScan) =>
  memo(scan, 'any-special', () => [...scan.byFamily.keys()].some((family) => family.startsWith('special:')));
/** The special categories' terms the lists find, in the scan's order. */
const specialHits = (scan: TextScan) =>
  memo(scan, 'special-hits', () => scan.hits.filter((hit) => hit.family.startsWith('special:')));
/** Whether a reading beyond the word lists finds a special category's term anywhere (`derivedSpecialTerms`). */
const anyDerived = (scan: TextScan) => memo(scan, 'any-derived', () => derivedSpecialTerms(scan, 0, scan.text.length) > 0);
/** A room's or a bed's word and a number after it, for one plain look before PERSON_IN_ROOM. */
const ROOM_WORD =
  /(?:room|rm|bed|zimmer|zi\.|bett|chambre|ch\.|lit|stanza|camera|letto|habitaci[oó]n|hab\.|cama|kamer|pok[oó]j|pokoju|łóżk[oa]|sala|sali|quarto|rum)[ \t]*\d/i;
/** Whether a special category's term stands within [from, to). */
const specialBetween = (scan: TextScan, from: number, to: number) =>
  [...scan.byFamily.keys()].some((family) => family.startsWith('special:') && hitBetween(scan, family, from, to)) ||
  // … or one a reading derives: a body part hurt ("sufrió un corte en la mano", holdout-808), a same-sex partner
  (anyDerived(scan) && derivedSpecialTerms(scan, from, to) > 0);

/** "Case review – ref. SC/2026/0917 … The service user (male, 34) …": a case about someone, by its reference. */
function* caseNumbers(scan: TextScan): Iterable<Match> {
  // A court's decision numbers its case as the court files it ("Processo n.º 1234/24.5T8LSB.L1").
  if (judgmentText(scan)) return;
  for (const hit of scan.byFamily.get('case-file') ?? []) {
    const m = CASE_NUMBER.exec(scan.text.slice(hit.end, hit.end + 40));
    const value = m?.[1];
    if (!value || /^(?:19|20)\d{2}$/.test(value)) continue;
    // A product's reference beside its barcode ("Réf. BK-1700-IX · EAN 3760123456781").
    if (PRODUCT_CODE_LABEL.test(lineAround(scan.text, hit.start))) continue;
    // A guide's example of a case's number ("exemple : dossier n° 2026-01234"); not a lab's "sample ref SH-774120".
    const example = near(scan, 'example-marker', hit.start, 24);
    if (example && example.phrase !== 'sample' && !scan.text.slice(example.end, hit.start).includes('\n')) continue;
    const reach = hit.end + CASE_REACH;
    // A letter to the person concerned, by reference: "your test result … was positive", "Ihnen wird Pflegegrad 3
    // zuerkannt"; since 2.21.0 also an authority's decision on the reader's claim, benefit, tax or fine ("Unser Zeichen:
    // WG-2026-08817 … Ihr Antrag … wird abgelehnt", "Kenmerk: … Beschikking … U heeft …").
    const around = Math.max(0, hit.start - CASE_REACH / 3);
    // Not a business letter about offers, orders or deliveries of medical goods ("your offer for 25 wheelchairs").
    const reader =
      hitBetween(scan, 'second-person', around, reach) &&
      (specialBetween(scan, around, reach) || hitBetween(scan, 'decision', around, reach)) &&
      !hitBetween(scan, 'procurement', around, reach);
    // A shop's customer service is no customer ("Service client : 04 78 …", "Servizio clienti").
    const someone =
      reader ||
      hitBetween(scan, 'person-word', hit.start, reach) ||
      (scan.byFamily.get('person-role') ?? []).some(
        (role) =>
          role.start >= hit.start &&
          role.end <= reach &&
          CASE_SUBJECTS.has(fold(scan.text.slice(role.start, role.end))) &&
          !insideHit(scan, 'organisation-contact', role),
      );
    // A contract awarded to a company is the company's ("Contrato n.º 2026/0045 … Adjudicatario: Muebles Castilla, S.L.").
    if (someone && CONTRACT_WORD.test(scan.text.slice(hit.start, hit.end)) && hitBetween(scan, 'legal-form', hit.start, reach))
      continue;
    if (someone) yield { type: 'person-number', value, confidence: 0.7, index: hit.start };
  }
}
/**
 * One part of a letter's reference line: a label of a few words, maybe a number's sign or a colon, then a number with
 * five digits or more ("Vergunningnummer: PV-2026-118220", "Carné de lector n.º 0033018842", "Compte client 7700 4418").
 * A code's letters start a word, not end a title's ("CAMPANHA DE VACINAÇÃO SAZONAL 2026/2027", holdout-522).
 */
const LETTER_REFERENCE =
  /^(?<before>(?:[nN][rR]|[nN][oO]|[nN][°º])\.?[ \t]+)?(?<label>\p{L}[\p{L}'’. -]{1,44}?)[ \t]*(?<sign>[nN][°º]|[nN]\.[º°]|[nN][rR]\.?|[nN][oOº]\.?|#)?[ \t]*(?<colon>:)?[ \t]*(?<code>(?:(?<![\p{L}])[A-Z]{1,5}[-/ ]?)?\d[\dA-Z/. -]{3,26})$/u;
/**
 * Where a label is a number's own name, it needs no sign or colon before the number ("Kundennummer 4471 2290"); nor
 * does a number of six digits or more ("Verbrauchsstelle 4471-009-22").
 */
const NUMBER_NAME =
  /(?:nummer|number|numéro|numero|número|numer|nr|no|id|ref|réf|kenmerk|zeichen|aktenzeichen|client|kunde|klant|cliente|compte|konto|conto|cuenta|conta|account)$/iu;
/**
 * Labels of numbers that are a thing's or a company's, not the reader's: goods, versions, dates, contact lines and a
 * company's registrations ("Artikelnummer: 4011905", "Hotline: 0800 123 4567", "USt-IdNr.: DE 123456789").
 */
const NOT_THE_READERS =
  /(?<![\p{L}])(?:model|modèle|modello|modelo|artikel|article|articolo|artículo|artigo|item|part|teil|serial|serien|série|sku|isbn|issn|version|ausgabe|edition|édition|lot|batch|charge|lote|lotto|partij|catalog|katalog|product|produkt|produit|prodott|producto|produto|datum|date|data|fecha|tel|phone|fon|fax|hotline|iban|bic|swift|ust|vat|tva|iva|btw|siret|siren|rcs|hrb|kvk|handelsregister|registro|register|company|firma|ordre|order|bestell|pedido|ordine|bestelling|zamówienie|encomenda|invoice|rechnung|facture|fattura|factura|factuur|faktura|fatura|colis|paket|parcel|package|pacco|paquete|pakket|paczk|przesyłk|sendung|envoi|spedizion|envío|zending|tracking|page|seite|pagina|página|strona|form|formular|formulier|formularz|formulário|modulo|merkblatt|drucksache|circular|rundschreiben|bulletin|newsletter|issue|heft|numéro spécial|volume|jahrgang|arrêté|décret|loi|gesetz|verordnung|satzung|erlass|decreto|legge|ley|ordinanza|ordenanza|ordonnance|regulation|bylaw|by-law|wet|rozporządzenie|ustawa|uchwała|portaria|procedure|procédure|procedura|procedimiento|procedimento|bando|avviso|concorso|convocatoria|editie|edizione|edición|edição|wydanie|uitgave)/iu;
/** A product's barcode ("EAN 4006381333931"): eight, twelve, thirteen or fourteen digits, where a connection's EAN has 18. */
const PRODUCT_CODE_LABEL = /(?<![\p{L}])(?:ean|gtin|upc)(?![\p{L}])/iu;
/**
 * Numbers that are no one's: a date ("12.11.2026", "2026-11-20"), a calendar's time stamp ("20261206T103000Z"), an
 * address or a version in dotted numbers ("127.0.0.1", "2.14.0"), and a document's own serial number in its year ("nr
 * 27/2026", "n° 2026-1184"), as reports, orders and notices number themselves.
 */
const NOT_A_REFERENCE =
  /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|(?:19|20)\d{6}T\d{4,6}Z?|\d+(?:\.\d+){2,}|\d{1,5}[/-](?:19|20)\d\d|(?:19|20)\d\d[/-]\d{1,5})$/;
/**
 * A German e-prescription's code, dotted as its flow type and five groups ("160.000.100.214.882.07"): a patient's, where
 * a dotted number is otherwise a version's or an address's.
 */
const E_PRESCRIPTION = /^(?:160|162|169|200|209)(?:\.\d{3}){4}\.\d{2}$/;
/** A CSV row's cells up to a quoted one that opens: "4711,open,\"". */
const CELL_OPENS = /^[^"\n]*[,;\t]"/;
/** How far after a reference line the text must speak to its reader. */
const LETTER_REACH = 500;

/**
 * A letter's reference line, alone on its line (the letter's head, its subject's line): labels and numbers and nothing
 * else, then a text that speaks to its reader of what is theirs ("Ligne n° 06 12 48 77 30 – Compte client 7700 4418 …
 * Votre forfait évolue", "Vergunningnummer: PV-2026-118220 … Uw vergunning voor zone C is verlengd"). Whoever the
 * sender, the number is the reader's own: their line, card, permit, contract, account or case.
 */
function* letterReferences(scan: TextScan): Iterable<Match> {
  const { text } = scan;
  const seconds = scan.byFamily.get('second-person');
  if (!seconds || scan.digitRuns.length === 0) return;
  for (let k = 0; k < scan.digitRuns.length; k += 2) {
    const digit = scan.digitRuns[k] as number;
    const lineStart = text.lastIndexOf('\n', digit - 1) + 1;
    // One line is read once, from its first run of digits.
    if (k > 0 && (scan.digitRuns[k - 2] as number) >= lineStart) continue;
    let lineEnd = text.indexOf('\n', digit);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd - lineStart > 120) continue;
    // A reply's quote marks and a line's end as Windows writes it are no part of the line; where a quoted cell of a CSV
    // row opens on it, the cell's text starts the line ("4711,open,\"Socio n.º 118 442").
    const quoted = text.slice(lineStart, lineEnd).replace(/^(?:[ \t]*>)+/, '');
    const cell = CELL_OPENS.exec(quoted);
    const line = (cell ? quoted.slice(cell[0].length) : quoted).trim();
    // The text after it speaks to its reader, twice, or once where the line opens the text or a cell, as a letter's body
    // does: asked first, as it is cheaper than reading the line's parts.
    let addressed = 0;
    for (let h = firstFrom(seconds, lineEnd); h < seconds.length && (seconds[h] as Hit).start < lineEnd + LETTER_REACH; h++)
      addressed++;
    if (addressed < (cell || opensPart(text, lineStart) ? 1 : 2)) continue;
    // Parts apart by a dash, a bar, a dot, a semicolon or a comma: each a reference, or a short note beside one
    // ("Codice condomino: 00417 – Scala B, interno 14").
    const parts = line.split(/[ \t]+[–—|·][ \t]+|[ \t]*[;|·][ \t]*|,[ \t]+/);
    const codes = parts.map((part) => {
      const { before, label = '', sign, colon, code = '' } = LETTER_REFERENCE.exec(part)?.groups ?? {};
      const digits = code.replace(/\D/g, '').length;
      const reference =
        digits >= 5 &&
        (!NOT_A_REFERENCE.test(code.trim()) || E_PRESCRIPTION.test(code.trim())) &&
        !NOT_THE_READERS.test(label) &&
        !(PRODUCT_CODE_LABEL.test(label) && [8, 12, 13, 14].includes(digits)) &&
        (before !== undefined ||
          sign !== undefined ||
          colon !== undefined ||
          NUMBER_NAME.test(label.trim()) ||
          (digits >= 6 && /\p{L}{3}/u.test(label) && !/^(?:19|20)\d\d/.test(code)));
      return reference ? code.trim() : undefined;
    });
    const first = codes.find((code) => code !== undefined);
    if (first === undefined || parts.some((part, i) => codes[i] === undefined && part.length > 30)) continue;
    // A listed label's number is that rule's ("Kundennummer: …"); an example's is no one's.
    if (hitBetween(scan, 'person-number', lineStart, lineEnd) || hitOnLine(scan, 'example-marker', lineStart)) continue;
    // A company's register number in its footer ("Fieldnotes ApS · Njalsgade 76 · … · CVR 41928377", holdout-593): the
    // sender's, however the text after it speaks to its reader.
    const firstAt = text.indexOf(first, lineStart);
    if (firstAt >= 0 && hitBetween(scan, 'company-register', Math.max(lineStart, firstAt - 24), firstAt)) continue;
    // Not a business letter about offers, orders or deliveries, nor one between companies ("Angebot Nr. 2026-0871 …
    // vielen Dank für Ihre Anfrage", "Votre référence : CMD-2026-4471 … votre commande"): the reader is a company there.
    if (hitBetween(scan, 'procurement', lineStart, lineEnd + LETTER_REACH) || betweenCompanies(scan)) continue;
    yield { type: 'person-number', value: first, confidence: 0.7, index: lineStart };
  }
}

/**
 * The reader's own thing and its number inside a sentence: "dein Vertrag Nr. 88120455 läuft aus", "your account no.
 * 40412871 is overdrawn", "votre contrat n° 4471902", "Twoja umowa nr 5521907"; since 2.43.0 the writer's own as well
 * ("hiermit kündige ich meinen Mitgliedsvertrag Nr. 88213", "my policy no. 0088-2291"). Not a thing's or a company's
 * number (goods, an order, an invoice, a form: NOT_THE_READERS), a document's serial number in its year ("n°
 * 2026-44817"), nor one between companies, an example's or a procurement's.
 */
function* readersNumbers(scan: TextScan): Iterable<Match> {
  const { text } = scan;
  if (scan.digitRuns.length === 0) return;
  const owners: [number, number][] = (scan.byFamily.get('second-person') ?? []).map((hit) => [hit.start, hit.end]);
  if (NUMBER_SIGN.test(text))
    for (const m of textMatches(scan, WRITERS_OWN))
      if (m[0].toLowerCase() !== 'ma' || languageOf(scan) === 'fr') owners.push([m.index, m.index + m[0].length]);
  for (const [start, ownerEnd] of owners) {
    const m = READERS_NUMBER.exec(text.slice(ownerEnd, ownerEnd + 64));
    const { label = '', code = '' } = m?.groups ?? {};
    if (!m || code.replace(/\D/g, '').length < 5 || NOT_A_REFERENCE.test(code) || NOT_THE_READERS.test(label)) continue;
    const end = ownerEnd + m[0].length;
    if (
      hitBetween(scan, 'procurement', start, end + 120) ||
      nearOnLine(scan, 'example-marker', start, 40) ||
      betweenCompanies(scan)
    )
      continue;
    yield { type: 'person-number', value: code, confidence: 0.7, index: start };
  }
}
/** A number's sign or word, which READERS_NUMBER asks for: one plain look before the writer's own words are sought. */
const NUMBER_SIGN = /(?:n[ro]\.?|n[°º]|n\.[º°]|#|number|nummer|numéro|numero|número|numer)[ \t]*:?[ \t]*[A-Z]{0,5}[-/ ]?\d/i;
/** "My" in the eight languages, before the writer's own thing; French "ma" only in a French text (Polish "has"). */
const WRITERS_OWN =
  /(?<![\p{L}])(?:my|mein|meinen|meine|meinem|meines|meiner|mon|ma|mes|mio|mia|miei|mie|mi|mis|mijn|mój|moja|moje|mojego|moją|mojej|mojemu|meu|minha|meus|minhas)(?![\p{L}])/giu;
/** After "your": one or two words naming the thing, a number's sign or name, and the number ("▸ Vertrag Nr. 88120455"). */
const READERS_NUMBER =
  /^[ \t]+(?<label>\p{L}[\p{L}-]{2,30}(?:[ \t]+\p{L}[\p{L}-]{2,30})?)[ \t]+(?:[nN][rR]\.?|[nN][oO]\.?|[nN][°º]|[nN]\.[º°]|#|number|nummer|numéro|numero|número|numer)[ \t]*:?[ \t]*(?<code>[A-Z]{0,5}[-/ ]?\d[\dA-Z/.-]{3,26})(?![\p{L}\d])/u;

/**
 * Whether the line at `lineStart` opens the text, a message forwarded or quoted below another, as the first line after
 * a rule ("---------- Weitergeleitete Nachricht ----------", "-----Original Message-----", "________________"), or a
 * field's value of many lines, as the first line after its name ("body:", a JSON ticket's text as extraction writes it).
 */
function opensPart(text: string, lineStart: number): boolean {
  const before = text.slice(Math.max(0, lineStart - 200), lineStart).trimEnd();
  return before === '' ? lineStart === 0 || text.slice(0, lineStart).trim() === '' : PART_RULE.test(before);
}
/**
 * Ending the text before a line: a rule of four dashes, underscores or equals signs or more, a title maybe inside it, or
 * a field's name alone with its colon ("body:", "description:").
 */
const PART_RULE = /(?:^|\n)[ \t>]*(?:[-_=]{4,}[^\n]*|[^\n]*[-_=]{4,}[ \t]*|[\p{L}_][\p{L}\d_.-]{0,40}:)$/u;

/** A contract's words among the case files' ("Contrato n.º", "Vertragsnummer", "nr umowy"). */
const CONTRACT_WORD = /contra[ct]|vertrag|umow/iu;

export const identityDocumentDetector = defineDetector('identity-document', 'personal', function* (scan) {
  for (const [family, hits] of scan.byFamily) {
    if (!family.startsWith('document:')) continue;
    const kind = family.slice('document:'.length);
    for (const hit of hits) {
      const m = DOCUMENT_NUMBER.exec(scan.text.slice(hit.end, hit.end + 40));
      const value = (m?.[1] ?? '').trim();
      // A document number has digits, no lower-case words (the keywords match in any case,
      // so the pattern alone would take "photos since 2019"), and is not just a year.
      if (/\d/.test(value) && !/[a-z]/.test(value) && !/^(?:19|20)\d{2}$/.test(value))
        yield { type: `identity-document:${kind}`, value, confidence: 0.85, index: hit.start };
      // Typed in lower case after its label's colon or number word ("paspoortnummer: nw1234567"): one word of letters
      // and four digits or more, as chats and forms typed in lower case have it.
      else if (m && /[a-z]/.test(value)) {
        const word = value.split(/[ /-]/)[0] as string;
        const sign = m[0].slice(0, m[0].length - (m[1] as string).length);
        if (LOWER_DOCUMENT_NUMBER.test(word) && (word.match(/\d/g) ?? []).length >= 4 && /[:#]|n[°º.]|nr|no|num/i.test(sign))
          yield { type: `identity-document:${kind}`, value: word.toUpperCase(), confidence: 0.85, index: hit.start };
      }
    }
  }
});

/**
 * A registration as plates write it: letters and digits in two to four groups, or run together ("M-AB 1234", "AB-123-CD",
 * "1234 BCD"), maybe after a copula ("La mia targa è AB 123 CD") or, since 2.23.0, a label's other words and its colon
 * ("Targa controparte: GE 512 KL", "Kennzeichen des Unfallgegners: M-AB 1234"); not a standard's number ("ISO 9001").
 */
const PLATE =
  /^[ \t]*(?:[\p{L}'’]{2,16}(?:[ \t]+[\p{L}'’]{2,16}){0,2}[ \t]*:|(?:(?:è|is|ist|est|es|é|jest|to)[ \t]+)?(?:[:#.]|n[°º.]|nr\.?|no\.?)?)[ \t]*(?!(?:ISO|DIN|IEC|UNE|CEN|EN|BS|NF)[ -]\d)([A-Z0-9]{1,4}(?:[- ·][A-Z0-9]{1,6}){1,3}|[A-Z]{1,3}\d{2,5}[A-Z]{0,3}|\d{1,4}[A-Z]{2,4}\d{0,3})(?![\p{L}\d])/u;

/**
 * Plates in their countries' own shapes, for after a word for the vehicle itself, which models
 * follow too ("vehicle BMW X5"): UK "LK19 XRT", Polish "WA 12345", French and Italian "AB-123-CD",
 * German "HH-KL 482" (with its hyphen), Spanish "1234 BCD", Dutch "12-ABC-3", Portuguese "AA-12-BB"; maybe a few
 * lower-case words after the word ("Kenteken van mijn auto: 12-ABC-3").
 */
const PLATE_SHAPED =
  /^[ \t]*(?:with (?:the )?(?:registration|plate)[ \t]+|mit (?:dem )?kennzeichen[ \t]+|(?:(?:[:=]|\p{Ll}{1,8}:?)[ \t]+){1,4})?([A-Z]{2}\d{2}[ ]?[A-Z]{3}|(?!(?:ISO|DIN|IEC|UNE|CEN|EN|BS|NF) )[A-Z]{2,3} (?:\d{4,5}|\d{3}[A-Z]{1,2}|\d{2}[A-Z]{2,3})|[A-Z]{2}[- ]\d{3}[- ][A-Z]{2}|[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ ]?\d{1,4}[EH]?|\d{4}[ -]?[B-DF-HJ-NP-TV-Z]{3}|[A-Z\d]{1,3}-[A-Z\d]{2,3}-[A-Z\d]{1,2})(?![\p{L}\d-])/u;

/** The cells under the column `hit`'s words head alone (the whole header cell is theirs), none where it heads none. */
function cellsHeadedBy(scan: TextScan, hit: Hit): Iterable<{ cell: string; at: number; row: number; rowEnd: number }> {
  const tables = memo(scan, 'tables', newTableCache);
  const column = columnAt(scan.text, hit.start, tables);
  if (!column || fold(column.header).trim() !== fold(scan.text.slice(hit.start, hit.end))) return [];
  return cellsUnder(scan.text, column, tables);
}

/** The plates under a column the vehicle's word heads alone, each in a plate's own shape. */
function* plateColumn(scan: TextScan, hit: Hit): Iterable<Match> {
  for (const { cell, at } of cellsHeadedBy(scan, hit)) {
    const value = PLATE_SHAPED.exec(cell)?.[1];
    if (value && value.length === cell.trim().length && /\d/.test(value) && /[A-Z]/.test(value))
      yield { type: 'vehicle-registration', value, confidence: 0.7, index: at };
  }
}

/** An organisation's fleet: its word ("Fuhrpark", "Poolfahrzeug", "fleet", "wagenpark", "parc automobile", "flota"). */
const FLEET_WORD =
  /(?<![\p{L}])(?:fuhrpark\p{L}*|poolfahrzeug\p{L}*|dienstfahrzeuge|fleet|fleet list|pool cars?|parc automobile|parc de véhicules|véhicules de service|parco auto|parco veicoli|automezzi|flota|flotilla|vehículos de empresa|wagenpark|dienstauto's|flota pojazdów|samochody służbowe|frota|viaturas de serviço)(?![\p{L}])/iu;
/** "Kennzeichen: M-AB 1234", "immatriculation AB-123-CD", "kenteken 12-ABC-3": a vehicle, and so its keeper. */
export const vehicleRegistrationDetector = defineDetector('vehicle-registration', 'personal', (scan) => {
  const plates = [...vehicleRegistrations(scan)];
  // A plate on an invoice or an order between companies is a fleet's vehicle (holdout-248: a haulier's lorry repaired);
  // so are the plates of a list of an organisation's fleet that names no one ("Fuhrparkübersicht … AU-SW 101 VW Crafter
  // … Poolfahrzeug", holdout-928). Looked for only where a plate was found.
  const fleet = () =>
    betweenCompanies(scan) || (textHas(scan, FLEET_WORD) && ![...personNameDetector.find(scan)].some((m) => m.confidence >= 0.6));
  return plates.length > 0 && fleet() ? plates.map((match) => ({ ...match, confidence: 0.45 })) : plates;
});

function* vehicleRegistrations(scan: TextScan): Iterable<Match> {
  // "plaque d'immatriculation" and "immatriculation" end alike: one plate.
  // Where each plate found so far ends: "veicolo targato GH 512 KL" names one plate after two words.
  const seen = new Set<number>();
  const plateEnd = (hit: Hit, m: RegExpExecArray) => hit.end + m.index + m[0].length;
  for (const hit of scan.byFamily.get('vehicle-word') ?? []) {
    const m = PLATE_SHAPED.exec(scan.text.slice(hit.end, hit.end + 48));
    const value = m?.[1];
    if (!m || !value || !/\d/.test(value) || !/[A-Z]/.test(value)) continue;
    const end = plateEnd(hit, m);
    if (seen.has(end)) continue;
    seen.add(hit.end).add(end);
    yield { type: 'vehicle-registration', value, confidence: 0.7, index: hit.start };
  }
  // A visitor log's or a fleet list's plate column ("Kenteken", "Kennzeichen", "Matrícula"): the plates under it.
  for (const family of ['vehicle', 'vehicle-word'])
    for (const hit of scan.byFamily.get(family) ?? []) yield* plateColumn(scan, hit);
  for (const hit of scan.byFamily.get('vehicle') ?? []) {
    const m = PLATE.exec(scan.text.slice(hit.end, hit.end + 32));
    const value = m?.[1];
    if (!m || !value || seen.has(hit.end)) continue;
    const end = plateEnd(hit, m);
    if (seen.has(end)) continue;
    seen.add(hit.end).add(end);
    const characters = value.replace(/[- ·]/g, '');
    if (/\d/.test(characters) && /[A-Z]/.test(characters) && characters.length >= 4 && characters.length <= 9)
      yield { type: 'vehicle-registration', value, confidence: 0.7, index: hit.start };
  }
}

/** ICAO 9303 check digit: weights 7, 3, 1 over digits, letters (A = 10) and fillers (< = 0). */
function mrzCheck(field: string): number {
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    const value = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 90 ? c - 55 : 0;
    sum += value * ([7, 3, 1][i % 3] as number);
  }
  return sum % 10;
}

const MRZ_LINE = /^[A-Z0-9<]{30,44}$/;

/**
 * The machine-readable zone of a passport or identity card, as a scan's text layer or OCR
 * gives it: a line starting with the document's code and country, the next line with the
 * holder's date of birth and its check digit (TD3 passports, TD1 and TD2 cards).
 */
export const machineReadableZoneDetector = defineDetector('identity-document', 'personal', function* (scan) {
  const { text } = scan;
  if (!text.includes('<<')) return;
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  let offset = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const first = lines[i] as string;
    const second = lines[i + 1] as string;
    const at = text.indexOf(first, offset);
    offset = at >= 0 ? at : offset;
    if (!/^[PIACV][A-Z<][A-Z<]{3}/.test(first) || !MRZ_LINE.test(first) || !MRZ_LINE.test(second)) continue;
    // TD3 and TD2: birth date at 13-18 of the second line, check at 19; TD1: at 0-5 of the second line, check at 6.
    const birth = second.length === 30 ? second.slice(0, 7) : second.slice(13, 20);
    if (/^\d{7}$/.test(birth) && mrzCheck(birth.slice(0, 6)) === Number(birth[6])) {
      const kind = first.startsWith('P') ? 'passport' : 'identity-card';
      yield { type: `identity-document:${kind}`, value: `${first}\n${second}`, confidence: 0.95, index: offset };
    }
  }
});

// --- person names -------------------------------------------------------------------

// Words of a name on one line: one or two spaces between them, never a tab or a wider gap,
// which part a form's fields ("Signed: D. Murphy    Date: …"); particles allowed.
// A word may start with an Irish, Scottish or Italian prefix ("O'Rourke", "McCarthy", "D'Amico") and be
// joined to another by a hyphen ("Hendriks-Verhoeven").
const NAME_WORD = String.raw`(?:\p{Lu}['’]\p{Lu}|Ma?c\p{Lu}|\p{Lu})[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*`;
const PARTICLE = '(?:de|van|der|den|von|zu|da|di|del|della|dos|das|do|du|la|le|y|e|ter|ten)';
const NAME_VALUE = `${NAME_WORD}(?: {1,2}(?:${PARTICLE} {1,2})*${NAME_WORD}){0,3}`;
/** Degrees and titles written before a name with their dot: "drs.", "ir.", "mgr inż.", "Dipl.-Ing.". */
const DEGREE = String.raw`(?:(?:(?:[Dd]rs|[Dd]r|[Ii]r|[Ii]ng|[Mm]r|[Pp]rof|[Ii]nż|[Dd]ipl\.-(?:Ing|Kfm)|[Dd]ott|[Aa]vv|[Ll]ic)\.|[Mm]gr)[ \t]+){0,3}`;
/**
 * A name whose given names may be initials: "J. Nowak", "A. M. Rossi", "R. de Jong", after
 * degrees and with the name one is called by ("drs. W.J. (Willem) van den Berg").
 */
const INITIALS_NAME = String.raw`${DEGREE}(?:(?:\p{Lu}\.[ \t]*){1,3}(?:\(\p{Lu}[\p{L}'’-]+\)[ \t]*)?(?:(?:van|von|de|der|den|da|di|del|du|le|la|ter|ten)[ \t]+){0,2})?${NAME_VALUE}`;
/**
 * A printed form's line or leader, filled in: "COGNOME ____ROSSETTI____", "Nome completo....... Rui
 * Antunes". The value follows it at once or after one space: farther on stands the next label of a
 * blank form ("First name: ________  Surname: ________").
 */
const FILL = String.raw`(?:[ \t]*(?:_{2,}|\.{2,}|…+) ?(?![ \t]))?`;
/** Not the next field's label ("Cognome: Rossetti  Nome: Chiara"). */
const NOT_A_LABEL = String.raw`(?![\p{L}'’-])(?![ \t]*:)`;
/**
 * A form's mark for a plural or a feminine after its label: "Prénom(s) :", "Nom(s) :", "Vorname(n):", and the gender
 * marks German, French and Spanish forms write ("Arbeitnehmer/in:", "Antragsteller/-in", "Mitarbeiter*in",
 * "Salarié·e", "Trabajador/a"; holdout-502's Swiss salary certificate).
 */
const PLURAL_MARK = String.raw`(?:\((?:s|e|es|n|en|i|a|as|os|in|innen)\)|[/*_·](?:-?in|-?innen|a|e)(?![\p{L}]))?`;
const FIELD_VALUE = new RegExp(String.raw`^${PLURAL_MARK}[ \t]*[:=]${FILL}[ \t]*["']?(${INITIALS_NAME})${NOT_A_LABEL}`, 'u');
/** The label ends its line and the value is the whole next line ("Cognome:\nBianchi", as forms and their PDFs lay fields out). */
const NEXT_LINE_VALUE = new RegExp(
  String.raw`^${PLURAL_MARK}[ \t]*[:=]?[ \t]*\r?\n[ \t]*["']?(${INITIALS_NAME})[ \t]*(?=\r?\n|$)`,
  'u',
);
/** After a key that always means a person's name, the colon may be lost (forms, PDF text): "Vorname Max". */
const KEY_VALUE = new RegExp(String.raw`^${PLURAL_MARK}[ \t]*[:=]?${FILL}[ \t]*["']?(${INITIALS_NAME})${NOT_A_LABEL}`, 'u');
/**
 * A name's key, whose it is, then the colon: "Vorname des Kindes: Lea", "Prénom de l'enfant : Léa", "Imię dziecka:
 * Zofia", "Nome del bambino: Luca" (holdout-505's probes).
 */
const KEY_OF_VALUE = new RegExp(
  String.raw`^${PLURAL_MARK}(?:[ \t]+(?:(?:\p{Ll}+['’])?\p{Ll}+|\p{Lu}\p{Ll}+)){1,3}?[ \t]*:${FILL}[ \t]*["']?(${INITIALS_NAME})${NOT_A_LABEL}`,
  'u',
);
/** "customer.name", "employee.first", "patient.lastName": a name-like field of a person's object. */
const PARENT_FIELD = new RegExp(
  String.raw`^s?(?:\[\d+\])?[._ ]?(?:name|full_?name|(?:first|last|given|family|middle)(?:_?name)?|surname|forename)[ \t]*[:=][ \t]*["']?(${NAME_VALUE})`,
  'iu',
);
/**
 * A surname's particles in lower case, as Dutch and Flemish surnames begin after a title ("Mevr. van Dijk", "Dhr. de
 * Wit", "meneer van der Berg") and German and French ones after any ("Frau von Arnim", "M. de Villepin").
 */
const LEADING_PARTICLES = String.raw`(?:(?:van|von|vom|ter|ten|te|de|den|der|du|des|del|della|da|di|dos|das|do)[ \t]+(?:(?:de|den|der|het|la|las|los|'t|’t)[ \t]+)?)?`;
/** German and English titles, after which "der", "den" and "de" lead no surname ("Herr der Ringe", "Frau der Woche"). */
const PARTICLE_OPENS_SURNAME = /^(?:van|von|vom|ter|ten|te)[ \t]/;
const DUTCH_TITLE = /^(?:dhr|mevr|mw|heer|meneer|mevrouw|mr)$/i;
/** A household's title that Dutch and German share: with Dutch particles only ("Familie de Boer", not "Familie der Woche"). */
const HOUSEHOLD_DUTCH = /^(?:familie|fam)$/i;
const DUTCH_PARTICLE = /^(?:de|van|van de|van den|van der|ter|ten|te|op de|in 't|in ’t)[ \t]/;
const ROMANCE_PARTICLE = /^d(?:e|u|es|el|ella|a|i|os|as|o)[ \t]/;
/**
 * The abbreviated Romance titles; not the full words, which name the dead ("Madame de La Fayette") and saints
 * ("Nossa Senhora da Agonia") as often as the living.
 */
const ROMANCE_TITLE = /^(?:M|Mme|Mlle|Sr|Sra|Srta|D|Dª|Dña|Sig)$/;
const OFFICE_ADDRESSED =
  /^de[ \t]+(?:Voorzitter|Burgemeester|Minister|Staatssecretaris|Wethouder|Gedeputeerde|Commissaris|Directeur|Rector|President|Secretaris|Griffier|Ambassadeur|Officier)\b/;
// Initials may stand before the surname ("Mr J. Smith", "de heer T. Smits").
// Or only initials, as notes about residents and patients write them ("Frau K.", "Mr J. R.").
const AFTER_TITLE = new RegExp(
  String.raw`^\.?(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?:(?:Dr|Prof|Dott|Ing|Mag)\.?[ \t]+)*(?:(?:\p{Lu}\.[ \t]*){0,3}(${LEADING_PARTICLES}${NAME_VALUE})|(\p{Lu}\.(?:[ \t]?\p{Lu}\.){0,2})(?![\p{L}\d]))`,
  'u',
);
/** Titles that may stand between a salutation or a name phrase and the name ("Dear Mr Okafor"). */
const TITLE_BEFORE_NAME = 'Mr|Mrs|Ms|Dr|Herr|Frau|M|Mme|Sig|Sr|Sra|Dhr|Mevr|Pan|Pani';
const AFTER_SALUTATION = new RegExp(
  String.raw`^,?[ \t]+(?:(?:${TITLE_BEFORE_NAME}|Prof)\.?[ \t]+)?(${NAME_VALUE})[ \t]*(?:[,!:]|\r?\n)`,
  'u',
);
/** … or a known name and a full stop, then the message's next sentence ("Hej Mette. Husk din tid …", holdout-647). */
const AFTER_SALUTATION_STOP = new RegExp(
  String.raw`^,?[ \t]+(?:(?:${TITLE_BEFORE_NAME}|Prof)\.?[ \t]+)?(?!(?:${TITLE_BEFORE_NAME}|Prof|Sra|Srta|Dra|Mlle|Mmes|Sres)\.)(${NAME_VALUE})\.[ \t]+(?=\p{Lu})`,
  'u',
);
const QUALIFIED_FIELD = new RegExp(
  String.raw`^(?:[ \t]+[\p{Ll}\p{Lu}][\p{L}'’-]*){1,3}[ \t]*[:=][ \t]*["']?(${INITIALS_NAME})`,
  'u',
);
const AFTER_PHRASE = new RegExp(String.raw`^[ \t]*,?[ \t]*(?:(?:${TITLE_BEFORE_NAME})\.?[ \t]+)?(${NAME_VALUE})`, 'u');
/**
 * A name in capitals, as forms and exports write it ("NAME: ANNA SCHMIDT", "Nachname: MÜLLER"),
 * never a placeholder ("TBD", "N/A", "REDACTED").
 */
const CAPS_NAME = String.raw`(?!(?:TBD|TBC|NONE|UNKNOWN|REDACTED|TODO|NULL|TEST|SAMPLE|ANONYMOUS|CONFIDENTIAL|X+)(?![\p{L}]))\p{Lu}{2,}(?:['’-]\p{Lu}{2,})?(?:[ \t]+\p{Lu}{2,}(?:['’-]\p{Lu}{2,})?){0,3}(?![\p{L}\d(])`;
/** After a title, a name in capitals: "Herr MAX BRAUN", "D. JUAN PÉREZ LÓPEZ". */
const TITLE_CAPS = new RegExp(String.raw`^\.?[ \t]+(${CAPS_NAME})`, 'u');
/** After "certifies that" and its kin, a name in capitals, maybe after a title: "Si certifica che DE LUCA FRANCESCO". */
const CAPS_AFTER_PHRASE = new RegExp(
  String.raw`^[ \t]*[,:]?[ \t]*(?:(?:que|che|that|dass|dat|że)[ \t]+)?(?:(?:il|la|el|le|die|der|the)[ \t]+)?(?:(?:${TITLE_BEFORE_NAME}|D|Dª|Dña|Sig\.ra)\.?[ \t]+)?(${CAPS_NAME})`,
  'u',
);
/** After the key's colon only: "first_name VARCHAR(80)" in a schema is a column's type. */
const CAPS_FIELD_VALUE = new RegExp(String.raw`^${PLURAL_MARK}[ \t]*[:=]${FILL}[ \t]*["']?(${CAPS_NAME})`, 'u');
const LIST_START = /^[ \t]*[:=][ \t]*/;
const LIST_NAME = new RegExp(`^(${NAME_VALUE})`, 'u');
const SIGNED_ON_LINE = new RegExp(String.raw`^(?:[ \t]*,[ \t]*|[ \t]+)(${INITIALS_NAME})[ \t]*[.!]?[ \t]*(?:\r?\n|$)`, 'u');
const SIGNATURE = new RegExp(
  // … maybe with a note in brackets after it, as a parent signs to a school ("Lotta (mamma till Ville i 3B)", holdout-752).
  String.raw`^[ \t]*[,.!]?[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*(${INITIALS_NAME})[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?(?:\r?\n|$)`,
  'u',
);

/** A word or phrase as a pattern that matches it literally. */
function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** A legal form as a pattern: its dots literal, the last one optional ("Kft." and "Kft"). */
const asWritten = (form: string) => escapeRegExp(form).replace(/\\\.$/, '\\.?');
/**
 * Legal forms: anywhere on the rest of the line, they make a "name" an organisation's. As
 * written: in lower case, or glued to digits, the short ones are other words ("ab 9 Uhr",
 * "sa femme", "5 kg", "Leeds LS6 2AB").
 */
const LEGAL_FORM = new RegExp(
  String.raw`(?<![\p{L}\d])(?:GmbH|GMBH|AG|Ltd|LTD|Limited|LIMITED|Inc|INC|LLC|PLC|plc|Corp|CORP|S\.?A\.?S?|S\.?A\.?R\.?L|S\.?p\.?A|S\.?P\.?A|S\.?r\.?l|S\.?R\.?L|S\.?L|B\.?V|N\.?V|Oy|OY|AB|KG|Lda|LDA|e\.\s?V|[Ss]p\.? z o\.?o|[Ss]p\. ?[jk]\.|[Ss]półka|${EU_LEGAL_FORMS.map(asWritten).join('|')})(?![\p{L}\d])`,
  'u',
);
/**
 * Trades that name a business after a person's name ("Harbour Lettings", "Weber Immobilien", "Agence Dupont",
 * "Johnson Lighting"): never a surname after a given name.
 */
// biome-ignore format: a word table reads best packed
const TRADE_WORDS = [
  'lettings', 'estates', 'properties', 'property', 'solutions', 'consulting', 'associates', 'holdings', 'logistics',
  'motors', 'travel', 'plumbing', 'electrical', 'builders', 'removals', 'cleaning', 'catering', 'immobilien',
  'hausverwaltung', 'agence', 'immobilier', 'immobiliare', 'inmobiliaria', 'makelaardij', 'nieruchomości',
  'imobiliária', 'lighting', 'supplies', 'systems', 'foods', 'interiors', 'roofing', 'heating', 'glazing', 'joinery',
  'landscaping', 'haulage', 'electrics', 'services', 'partners',
];
const TRADES = new Set(TRADE_WORDS.map(fold));
/** Words that make a "name" an organisation's, a team's or a generic addressee's. */
// biome-ignore format: a word table reads best packed
const NOT_A_PERSON = new Set(
  [
    'library', 'branch', 'office', 'ufficio', 'bureau', 'oficina', 'kantoor', 'biuro', 'escritório', 'servizio', 'servicio',
    // a building's manager, as a residents' chat saves them (holdout-1032: "Amministratore:"); a team's operations
    // ("Saludos,\nDev Ops", holdout-1035)
    'administrator', 'amministratore', 'hausverwaltung', 'verwalter', 'syndic', 'beheerder', 'zarządca', 'ops', 'devops',
    'serviço', 'dienst', 'school', 'university', 'hospital', 'bank', 'city', 'council', 'centre', 'center',
    'museum', 'foundation', 'stiftung', 'verein', 'association', 'group', 'gruppe', 'team', 'service', 'services',
    'support', 'department', 'abteilung', 'management', 'board', 'staff', 'crew', 'customer', 'customers', 'client',
    'clients', 'sir', 'madam', 'sirs', 'colleague', 'colleagues', 'all', 'everyone', 'friends', 'members', 'partners',
    'world', 'damen', 'herren', 'kunde', 'kunden', 'kollegen', 'kollegin', 'kolleginnen', 'mitglieder', 'madame',
    'monsieur', 'messieurs', 'mesdames', 'collègues', 'équipe', 'equipe', 'equipa', 'suporte', 'soporte', 'supporto',
    'assistenza', 'clienti', 'colleghi', 'signori', 'equipo',
    'clientes', 'compañeros', 'señores', 'klant', 'klanten', 'collega', 'collega’s', 'heer', 'mevrouw', 'państwo',
    'pani', 'panie', 'panowie', 'klient', 'klienci', 'zespół', 'senhores', 'colegas', 'redaktion', 'redaction', 'redazione',
    'redacción', 'redactie', 'redakcja', 'redação', 'the', 'your', 'our', 'ihr', 'ihre', 'votre', 'next', 'steps',
    'summary', 'section', 'appendix', 'annex', 'anlage', 'annexe', 'allegato', 'anexo', 'bijlage', 'załącznik',
    'kundin', 'mitglied', 'leser', 'leserin', 'readers', 'reader', 'subscriber', 'subscribers', 'abonnent',
    'abonnenten', 'parents', 'eltern', 'genitori', 'padres', 'ouders', 'rodzice', 'pais', 'residents', 'anwohner',
    // groups greeted together ("Caros Encarregados de Educação", "Gentili Famiglie")
    'encarregados', 'famílias', 'familias', 'familles', 'famiglie', 'families', 'alunos', 'associados', 'sócios', 'soci',
    'membres', 'vecinos', 'vizinhos', 'condóminos', 'condomini', 'inquilinos', 'residentes', 'utentes', 'amici', 'amigos',
    'amis',
    'voisins', 'neighbours', 'neighbors', 'community', 'gemeinde', 'user', 'users', 'nutzer', 'nutzerin',
    'utilisateur', 'utilisateurs', 'utente', 'utenti', 'usuario', 'usuarios', 'gebruiker', 'gebruikers', 'użytkownik',
    'utilizador', 'guest', 'guests', 'gast', 'gäste', 'partner', 'there', 'valued', 'student', 'students', 'employees',
    'engineer', 'developer', 'manager', 'consultant', 'analyst', 'designer', 'architect', 'director', 'officer',
    'specialist', 'associate', 'software', 'data', 'product', 'project', 'sales', 'account', 'accountant',
    'technician', 'assistant', 'executive', 'lead', 'head', 'intern', 'administrator', 'coordinator', 'advisor',
    'adviser', 'reception', 'rezeption', 'accueil', 'recepción', 'receção', 'recepção', 'receptie', 'recepcja',
    'direction', 'direktion', 'direzione', 'dirección', 'direção', 'directie', 'dyrekcja', 'administration',
    'verwaltung', 'amministrazione', 'administración', 'administração', 'administratie', 'administracja',
    'secretariat', 'sekretariat', 'secrétariat', 'segreteria', 'secretaría', 'secretaria', 'secretariaat',
    'personalabteilung', 'personnel', 'resources', 'ressources', 'recursos', 'risorse', 'humaines', 'humanos', 'umane',
    'personeelszaken', 'kadry', 'kadr', 'dział', 'obsługi', 'desk', 'talent', 'acquisition', 'studio', 'legale', 'loco',
    'wychowawczyni', 'wychowawco', 'wychowawca', 'dyrektor', 'dyrektorko',
    // A business's branches by their word ("Filiale Marktplatz", "Agence Lyon Part-Dieu"; holdout-508's branch list).
    'filiale', 'niederlassung', 'zweigstelle', 'geschäftsstelle', 'succursale', 'agence', 'agenzia', 'sucursal',
    'vestiging', 'filiaal', 'oddział', 'agência', 'store', 'shop', 'outlet',
    'kierowniczko', 'kierowniku', 'prezes', 'prezesie', 'mecenas', 'sołtys', 'burmistrz',
    // Municipalities and provinces as a customer's or a supplier's column names them (holdout-698: "Comune di Reggio
    // Emilia").
    'comune', 'municipio', 'município', 'ayuntamiento', 'ajuntament', 'concello', 'commune', 'mairie', 'gemeente', 'gmina',
    'provincia', 'província', 'regione', 'région', 'diputación', 'landkreis', 'prefettura', 'préfecture',
    // Groups greeted in the other EU languages (holdout-258: "Kedves Lakók!", dear residents).
    'lakók', 'lakótársak', 'kollégák', 'szülők', 'tagok', 'ügyfeleink', 'sousedé', 'kolegové', 'rodiče', 'obyvatelé',
    'susedia', 'kolegovia', 'rodičia', 'obyvatelia', 'vecini', 'colegi', 'părinți', 'locatari', 'susjedi', 'kolege',
    'roditelji', 'stanari', 'naapurit', 'kollegat', 'vanhemmat', 'asukkaat', 'grannar', 'kollegor', 'föräldrar',
    'boende', 'naboer', 'kolleger', 'forældre', 'beboere', 'γείτονες', 'συνάδελφοι', 'γονείς', 'ένοικοι', 'съседи',
    'колеги', 'родители',
    // … and a customer or a partner greeted in them ("Tisztelt Ügyfelünk!", our customer; holdout-348)
    'ügyfelünk', 'ügyfelem', 'partnerünk', 'partnereink', 'vásárlónk', 'vásárlóink', 'hölgyem', 'uram', 'címzett',
    'zákazníku', 'zákazníci', 'zákazníčka', 'clientule', 'clienți', 'korisniče', 'korisnici', 'asiakkaamme', 'asiakas',
    'kund', 'kunder', 'πελάτη', 'πελάτες', 'клиенти', 'kliente', 'klientai',
    // Everyone greeted, capitalised as mail often has it ("Hallo Zusammen,", "Hallo, Alle,")
    'zusammen', 'allerseits', 'alle', 'leute', 'allemaal', 'iedereen', 'tutti', 'todos', 'tous', 'wszyscy', 'everybody',
    'folks', 'alla', 'kaikki', 'všichni', 'mindenki',
    // … and in the eight first ones (holdout-263: "Liebe Nachbarn,"); not "buren" or "amis", which are surnames too.
    'nachbarn', 'nachbarinnen', 'vicini', 'vecinos', 'sąsiedzi', 'vizinhos', 'bewohner', 'bewohnerinnen', 'bewoners',
    'mieterinnen', 'mitbewohner', 'inquilini', 'inquilinos', 'huurders', 'lokatorzy', 'locataires', 'tenants',
    'condomini', 'condóminos', 'residenti', 'residentes', 'mieszkańcy', 'moradores', 'habitants', 'freunde', 'amici',
    'amigos', 'vrienden', 'przyjaciele', 'teilnehmer', 'teilnehmerinnen', 'participants', 'partecipanti',
    'participantes', 'deelnemers', 'uczestnicy',
    // A greeting quoted as an example ("use the first name: "Dear Anna,"").
    'dear', 'hello', 'hallo', 'bonjour',
    // Teams a note asks to call or copy in ("cc Finance", "Ask Legal").
    'finance', 'legal', 'marketing', 'procurement', 'purchasing', 'payroll', 'facilities', 'security', 'compliance',
    'engineering', 'operations', 'accounting', 'treasury', 'helpdesk', 'servicedesk', 'hr', 'it', 'buchhaltung',
    'einkauf', 'vertrieb', 'comptabilité', 'contabilità', 'contabilidad', 'boekhouding', 'księgowość', 'contabilidade',
    // … or that sign a notice (holdout-309: "Kind regards,\nInternal Communications").
    'communications', 'communication', 'comms', 'kommunikation', 'unternehmenskommunikation', 'communicatie',
    'comunicazione', 'comunicación', 'comunicação', 'komunikacja', 'internal', 'corporate', 'relations', 'affairs',
    'events', 'logistics', 'logistik', 'logistique', 'logistica', 'logística', 'recruiting', 'recruitment', 'investor',
    ...TRADE_WORDS,
  ].map(fold),
);
/**
 * German and Dutch compounds naming a department, an office or a body ("Personalabteilung", "Hausverwaltung",
 * "Krankenkasse", "Woningstichting", "Huurdersvereniging").
 */
const OFFICE_COMPOUND =
  /(?:abteilung|verwaltung|leitung|direktion|sekretariat|büro|buero|stelle|team|kasse|verband|genossenschaft|gesellschaft|stichting|vereniging|corporatie|schaft|kollegium|gemeinde)$/;

/** Whether the words after `index` match `rest` up to a legal form the scan found within reach. */
const legalFormAhead = (scan: TextScan, index: number, rest: RegExp) =>
  hitBetween(scan, 'legal-form', index, index + 60) && rest.test(scan.text.slice(index, index + 60));

/** Capitalised words up to a legal form after `index`: a company's name. */
const companyAfter = (scan: TextScan, index: number) => legalFormAhead(scan, index, COMPANY_AHEAD);

/**
 * The rest of a company's name after a surname, on its line: capitalised words joined by "en", "et", "&" or a dash, and
 * particles (a lower-case word after a capitalised one: "Le roux"), up to a legal form ("van de Veen en Zonen B.V.",
 * "Jonker - Bos B.V.", "Weber & Söhne GmbH", "Rodriguez et Le roux SARL").
 */
const COMPANY_TAIL = new RegExp(
  String.raw`^(?:[ \t]+(?:(?:&|\+|[-–]|and|und|et|e|y|en|i|van|von|de|der|den|la|le|los|las|les|des|du|di|da|do|dos|das|del|della|delle|degli|dei)[ \t]+){0,3}(?:\p{Lu}[\p{L}'’.-]*|(?<=(?:Le|La|De|Du|Van|Von|Da|Di)[ \t]+)\p{Ll}[\p{L}'’-]*)){0,3}[ \t]+${LEGAL_FORM.source}`,
  'u',
);
/** Whether a name ending at `end` is part of a company's name that goes on to its legal form. */
const inCompanyName = (scan: TextScan, end: number) => legalFormAhead(scan, end, COMPANY_TAIL);

/** A legal form right here ("Sp. j.", "GmbH"). */
const LEGAL_AT = new RegExp(`^(?:${LEGAL_FORM.source})`, 'u');
/** Capitalised words up to a legal form: the rest of a company's name ("… Electrical Supplies Ltd"). */
const COMPANY_AHEAD = new RegExp(
  String.raw`^(?:[ \t]+(?:(?:&|and|und|et|e|y|en|i)[ \t]+)?\p{Lu}[\p{L}'’-]*){0,3}[ \t]+${LEGAL_FORM.source}`,
  'u',
);

/** An article elided before a word, folded: "l'", "dell'", "d'". */
const ELIDED_ARTICLE = /^(?:l|d|dell|all|dall|nell|sull|un)['’]/;

function personLike(value: string, minWords: number, restOfLine = ''): boolean {
  const words = value.split(/[ \t]+/);
  return (
    words.length >= minWords &&
    !words.some((w) => {
      // Past an elided article: "L'Ufficio Commerciale" signs as the office does (holdout-370).
      const word = fold(w.replace(/[.,]$/, '')).replace(ELIDED_ARTICLE, '');
      return NOT_A_PERSON.has(word) || OFFICE_COMPOUND.test(word);
    }) &&
    !LEGAL_FORM.test(restOfLine.slice(0, 60))
  );
}

/**
 * Whether a greeting's words, two or more, or a closing's fill `start`–`end` ("Guten Tag", "Vielen Dank", "Grüße" after
 * "Liebe"); not one greeting's word, which may be a name as well ("Ola", Polish for Aleksandra and Portuguese "hello").
 */
const greetingAt = (scan: TextScan, start: number, end: number) =>
  hitsAt(scan, start).some(
    (h) => h.end >= end && (h.family === 'closing' || (h.family === 'salutation' && /\s/.test(scan.text.slice(h.start, h.end)))),
  );

/**
 * Whether a hit opens a field's text: after a key's label on its line, as extracted JSON and YAML write a message
 * ("body: hi mike, …"), or after a CSV cell's opening quote ('4711,open,"hi mike, …').
 */
function atFieldStart(text: string, hit: Hit): boolean {
  const lineStart = text.lastIndexOf('\n', hit.start - 1) + 1;
  return FIELD_OPENING.test(text.slice(Math.max(lineStart, hit.start - 48), hit.start));
}
const FIELD_OPENING = /(?:^[ \t]*[\p{L}_][\p{L}\d_.[\]-]{0,40}:[ \t]*"?|[,;|\t][ \t]*")$/u;

/**
 * Hits that stand at the start of their line (a salutation, a closing, a "Name:" field), or,
 * with `afterSentence`, right after a sentence or a cell ("… hipertensión. Nombre: R. Vidal").
 */
function atLineStart(text: string, hit: Hit, afterSentence = false): boolean {
  for (let i = hit.start - 1; i >= 0 && i >= hit.start - 40; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    // A sentence's end is followed by a space ("… hipertensión. Nombre:"), a path's dot is not ("product.name:").
    if (afterSentence && (c === 46 || c === 59 || c === 124)) return i < hit.start - 1;
    // A quoted cell's start is a line's: a CSV export's message ('4711,open,"Hej Anders,').
    if (c === 34 && i > 0 && /[,;\t]/.test(text[i - 1] as string)) return true;
    if (c !== 32 && c !== 9 && c !== 13 && c !== 34 && c !== 45 && c !== 42 && c !== 62) return false;
  }
  return hit.start <= 40;
}

interface Named {
  readonly hit: Hit;
  readonly value: string;
  /** Where the value starts in the text. */
  readonly at: number;
  /** The line from the value on: "Jane Roe, Acme GmbH" tells an organisation. */
  readonly rest: string;
}

/** How much of a line after a name the rules read (a legal form within 60 characters, and the name itself). */
const REST_OF_LINE = 240;

function* after(scan: TextScan, family: string, pattern: RegExp, reach = 80): Iterable<Named> {
  for (const hit of scan.byFamily.get(family) ?? []) {
    const m = pattern.exec(scan.text.slice(hit.end, hit.end + reach));
    const value = m?.[1] ?? m?.[2];
    if (!m || !value) continue;
    const at = hit.end + m[0].lastIndexOf(value);
    // The line from the value on, as far as any rule reads it: a 60,000-cell line is not copied per hit.
    const ahead = scan.text.slice(at, at + REST_OF_LINE);
    const lineEnd = ahead.indexOf('\n');
    yield { hit, value, at, rest: lineEnd < 0 ? ahead : ahead.slice(0, lineEnd) };
  }
}

const CSV_PERSON_COLUMN =
  /^(?:employee|staff|worker|mitarbeiter(?:in)?|salarié|dipendente|empleado|medewerker|werknemer|pracownik|funcionário|trabalhador|customer|kunde|client|cliente|klant|klient|patient|patientin|patiënt|paciente|paziente|pacjent|student|pupil|schüler(?:in)?|élève|alunn[oa]|alumn[oa]|leerling|uczeń|uczennica|alun[oa]|child|kind|enfant|bambin[oa]|niñ[oa]|resident|bewohner(?:in)?|résident(?:e)?|bewoner|mieszkan(?:iec|ka)|service[_ ]?user|beneficiary|bénéficiaire|beneficiari[oa]|begunstigde|beneficjent|beneficiári[oa]|member|mitglied|owner|assignee|author|applicant|candidate|bewerber|tenant|mieter|locataire|inquilino|huurder|first[_ ]?names?|last[_ ]?names?|full[_ ]?name|given[_ ]?names?|family[_ ]?names?|sur[_ ]?names?|forenames?|passenger[_ ]?name|vorname|nachname|familienname|prénom|prenom|nom|cognome|apellidos?|voornaam|achternaam|imię|imie|nazwisko|sobrenome|apelido|name|nome|nombre|naam|contact|contact[_ ]?name|customer[_ ]?name|employee[_ ]?name)$/iu;
/** A bank statement's columns: what a booking says, and its amount or the balance after it. */
const STATEMENT_TEXT_COLUMN =
  /^(?:description|details|narrative|transaction|reference|memo|verwendungszweck|buchungstext|libell[ée]|descrizione|causale|concepto|descripci[óo]n|omschrijving|mededeling|tytu[łl]|opis|descri[çc][ãa]o)$/iu;
const STATEMENT_AMOUNT_COLUMN =
  /^(?:amount|balance|betrag|saldo|montant|solde|importo|importe|bedrag|kwota|valor|debit|credit)$/iu;
/** A payer or a payee after "from" or "to", by an initial and a surname ("FASTER PAYMENT FROM J OKAFOR"). */
const STATEMENT_PARTY =
  /(?<![\p{L}])(?:from|to|von|an|de|à|da|para|van|naar|aan|od|do)[ \t]+(\p{L})\.?[ \t]+(?:(\p{L})\.?[ \t]+)?(\p{L}[\p{L}'’-]{2,})(?![\p{L}])/giu;
/**
 * The payers and payees a bank statement's export names in its description column, by an initial and a surname after
 * "from" or "to" ("FASTER PAYMENT FROM J OKAFOR RENT SHARE", holdout-561): people, whose surnames no list may hold. Not
 * "TO A SHOP": "A" is an article as often as an initial.
 */
function* statementParties(text: string): Iterable<Match> {
  const table = headerAt(text, 0);
  if (!table) return;
  const { headerEnd, columns, cellsOf } = table;
  const described = columns.findIndex((c) => STATEMENT_TEXT_COLUMN.test(c));
  if (described < 0 || !columns.some((c) => STATEMENT_AMOUNT_COLUMN.test(c))) return;
  const upper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
  for (const { line, offset } of rowsUnder(text, headerEnd)) {
    const cell = cellsOf(line)[described];
    if (!cell) continue;
    const at = offset + line.indexOf(cell);
    for (const m of allMatches(STATEMENT_PARTY, cell)) {
      const [initial, second, surname] = [m[1], m[2], m[3] as string];
      if (!upper(initial) || initial === 'A' || initial === 'I' || (second !== undefined && !upper(second))) continue;
      if (!upper(surname[0])) continue;
      const from = m[0].indexOf(initial as string);
      yield { type: 'person-name', value: m[0].slice(from), confidence: 0.7, index: at + m.index + from };
    }
  }
}
const CSV_GENERIC = /^(?:name|nom|nome|nombre|naam|contact)$/i;
/** Person columns named by a role, which teams and departments fill as often as people do. */
const CSV_ROLE_COLUMN = /^(?:owner|assignee|author|contact|customer|client|cliente|klant|kunde|member|mitglied)$/i;
/** Columns only people have: beside a generic "name" column they make the table a list of people. */
const CSV_PERSONAL_COLUMN =
  /^(?:e-?mail|mail|phone|telephone|tel|mobile|handy|telefon|telefono|teléfono|telefoon|birth|dob|date[_ ]?of[_ ]?birth|birth[_ ]?date|geburtsdatum|iban|address|adresse|street|strasse|straße|salary|gehalt|salaire|stipendio|salario|salaris|wynagrodzenie|salário|department|dept|role|position|job[_ ]?title|manager|abteilung|funktion|rolle|vorgesetzte[rn]?|service|fonction|poste|ruolo|reparto|mansione|cargo|departamento|puesto|afdeling|functie|rol|dział|stanowisko|rola|função|age|alter|âge|età|edad|leeftijd|wiek|idade|gender|geschlecht|sexe|sesso|sexo|geslacht|płeć)$/iu;
const NAME_CELL = new RegExp(`^${NAME_VALUE}$`, 'u');
const CAPS_CELL = new RegExp(`^${CAPS_NAME}$`, 'u');
/** Columns that hold nothing but a person's names. */
const NAMES_ONLY_COLUMN =
  /^(?:first|last|given|family|sur|fore|passenger[_ ]?|vor|nach|familien)[_ ]?names?$|^(?:prénom|prenom|cognome|apellidos?|voornaam|achternaam|imię|imie|nazwisko|sobrenome|apelido)$/iu;

/**
 * Names in a table: a header line (CSV, TSV, a Markdown table) naming a person column, and
 * the rows under it, up to the first blank line.
 */
/** A header line at `start` with a cell delimiter: where it ends, its delimiter, its columns and how to split a row. */
function headerAt(
  text: string,
  start: number,
): { headerEnd: number; delimiter: string; columns: string[]; cellsOf: (line: string) => string[] } | undefined {
  const headerEnd = text.indexOf('\n', start);
  if (headerEnd < 0) return undefined;
  const header = text.slice(start, headerEnd);
  const delimiter = ['|', '\t', ';', ','].find((d) => header.includes(d));
  if (!delimiter) return undefined;
  const cellsOf = (line: string) => rowCells(line, delimiter);
  return { headerEnd, delimiter, columns: cellsOf(header).map(cellText), cellsOf };
}

function* tableNames(text: string, start: number): Iterable<Match> {
  const table = headerAt(text, start);
  if (!table) return;
  const { headerEnd, delimiter, columns, cellsOf } = table;
  // A line that holds a person's name is a row, not a header: a form's table of labels and values
  // ("Salarié | Kevin Lambert", then "Poste | …") has its labels in the first column, not a column of names.
  if (columns.some((c) => /\s/.test(c) && NAME_CELL.test(c) && GIVEN.has(fold(c.split(/\s+/)[0] as string)))) return;
  const nameColumns = columns.map((c, i) => (CSV_PERSON_COLUMN.test(c) ? i : -1)).filter((i) => i >= 0);
  const specific = columns.some((c) => CSV_PERSON_COLUMN.test(c) && !CSV_GENERIC.test(c));
  if (nameColumns.length === 0) return;
  // A generic "name" column with no column only people have beside it holds products as often
  // ("name,price"): there a cell counts only with a known given name in it, and two such cells at least.
  const genericOnly = !(specific || columns.some((c) => CSV_PERSONAL_COLUMN.test(c)));
  // A role's column ("owner", "assignee", "author") may hold teams ("Procurement", "IT Security"):
  // there a cell is a person's only with a name from the lists in it.
  const roleOnly = new Set(nameColumns.filter((i) => CSV_ROLE_COLUMN.test(columns[i] ?? '')));
  const specificNames = new Set(nameColumns.filter((i) => NAMES_ONLY_COLUMN.test(columns[i] ?? '')));
  // Rows with the header's number of cells; a form's labels, one to a line under "Name, Vorname", are no table.
  const rows = [...rowsUnder(text, headerEnd)].map(({ line, offset }) => ({ cells: cellsOf(line), offset }));
  const whole = rows.filter(({ cells }) => Math.abs(cells.length - columns.length) <= (delimiter === '|' ? 1 : 0));
  if (whole.length * 2 < rows.length) return;
  const catalogue = publishedWorks(columns, whole);
  const found: Match[] = [];
  const codes: Match[] = [];
  for (const { cells, offset } of whole) {
    for (const i of nameColumns) {
      const cell = cellText(cells[i] ?? '');
      // Staff by their initials under a staff column, as a roster writes them ("JvdB", "SK", "MdG", holdout-802).
      if (INITIALS_CODE.test(cell) && !genericOnly && !roleOnly.has(i)) {
        codes.push({ type: 'person-name', value: cell, confidence: 0.7, index: offset });
        continue;
      }
      const words = cell.split(/[ \t,]+/).filter(Boolean);
      const known = () => words.some((w) => looksLikeName(w) || GIVEN.has(fold(w)));
      // In capitals, as manifests and registers write names ("OKONKWO", "CHIDI EMEKA"): under a
      // column only names fill, or with a known name in it.
      const caps = CAPS_CELL.test(cell) && (specificNames.has(i) || known());
      // The surname first, a comma, then the given names ("Müller, Hans"), as exports write them.
      const surnameFirst = SURNAME_COMMA_GIVEN.test(cell) && known();
      if (!(NAME_CELL.test(cell) || caps || surnameFirst) || !personLike(cell.replace(',', ''), 1)) continue;
      if ((roleOnly.has(i) || genericOnly) && !known()) continue;
      // Under a generic column alone, a given name and a known surname both ("Anna Schmidt", not "Sofia Armchair").
      if (genericOnly && !(words.some((w) => GIVEN.has(fold(w))) && words.some((w) => surnameLike(fold(w))))) continue;
      // A catalogue's authors, beside their works' ISBNs or publishers, are published makers.
      const maker = catalogue && CREATOR_COLUMN.test(columns[i] ?? '');
      found.push({ type: 'person-name', value: cell, confidence: maker ? 0.45 : 0.8, index: offset });
    }
  }
  if (!genericOnly || found.length >= 2) yield* found;
  // Two people by their initials at least: one code alone may be a team's ("IT"); initials with their dots ("J.M.") are
  // a person's even alone.
  if (new Set(codes.map((code) => code.value)).size >= 2 || codes.some((code) => code.value.includes('.'))) yield* codes;
}
/** A header cell's edges: a line's start or end, or a cell delimiter. */
const CELL_EDGE_BEFORE = /[\n\t,;|"]/;
const CELL_EDGE_AFTER = /[\r\n\t,;|"]/;
/**
 * Initials run together, a particle's small letters between them ("JvdB", "SK", "MdG", "AEl"), or each with its dot
 * ("J.M.", "A. K.", a school's log of its pupils, holdout-1137).
 */
const INITIALS_CODE = /^(?:\p{Lu}(?:\p{Ll}{0,3}\p{Lu}){1,2}\p{Ll}?|\p{Lu}\.[ ]?\p{Lu}\.(?:[ ]?\p{Lu}\.)?)$/u;

/** "Müller, Hans", "van Dijk, Anna Maria": a surname, a comma, then given names. */
const SURNAME_COMMA_GIVEN = new RegExp(
  `^(?:(?:van|von|de|der|den|di|da|du|del|la|le) )*${NAME_WORD}(?:[ -]${NAME_WORD})?, ${NAME_WORD}(?: ${NAME_WORD}){0,2}$`,
  'u',
);

/** Where names stand, and how sure each place is. */
const NAME_PLACES: ReadonlyArray<{
  family: string;
  pattern: RegExp;
  confidence: number;
  minWords: number;
  lineStart?: boolean;
  afterSentence?: boolean;
  reach?: number;
  /** The value stands on the next line: it must not be a label itself ("Nachname\nVorname"). */
  nextLine?: boolean;
  /** Only with a known given name or surname among the words. */
  known?: boolean;
  /** Not a town's name alone ("Hello Paris. We are delighted to open …" greets a city). */
  notTown?: boolean;
}> = [
  // "firstName: Jane", "Nachname: Weber".
  { family: 'name-key', pattern: KEY_VALUE, confidence: 0.85, minWords: 1 },
  // "Vorname des Kindes: Lea": whose name it is between the key and its colon.
  { family: 'name-key', pattern: KEY_OF_VALUE, confidence: 0.8, minWords: 1 },
  // "Cognome:\nBianchi", "Name:\nAnna Weber", "Patient:\nAnna Kowalska": the value on the label's next line.
  { family: 'name-key', pattern: NEXT_LINE_VALUE, confidence: 0.8, minWords: 1, lineStart: true, nextLine: true },
  { family: 'name-generic', pattern: NEXT_LINE_VALUE, confidence: 0.75, minWords: 2, lineStart: true, nextLine: true },
  { family: 'person-role', pattern: NEXT_LINE_VALUE, confidence: 0.75, minWords: 2, lineStart: true, nextLine: true },
  // "customer.name: Jane Roe", "employees[0].name: Jan de Vries".
  { family: 'person-parent', pattern: PARENT_FIELD, confidence: 0.85, minWords: 1 },
  // "NAME: ANNA SCHMIDT", "Nachname: MÜLLER": in capitals after a name's key; after a generic one, two words or more.
  { family: 'name-key', pattern: CAPS_FIELD_VALUE, confidence: 0.8, minWords: 1 },
  { family: 'name-generic', pattern: CAPS_FIELD_VALUE, confidence: 0.75, minWords: 2, lineStart: true, afterSentence: true },
  // "Name: Jane Roe" with a generic key: at a line's or a sentence's start, two to four words, not an organisation.
  { family: 'name-generic', pattern: FIELD_VALUE, confidence: 0.75, minWords: 2, lineStart: true, afterSentence: true },
  // "Patient: Anna Kowalska", "Mitarbeiterin: Julia Schneider".
  { family: 'person-role', pattern: FIELD_VALUE, confidence: 0.8, minWords: 2 },
  // "Patient: SCHMIDT ANNA", "Proprietario: BERTOLDI MATTEO": in capitals, with a known name ("Owner: IT DEPARTMENT" is not).
  { family: 'person-role', pattern: CAPS_FIELD_VALUE, confidence: 0.8, minWords: 1, known: true },
  // "Contatto: Bianchi Francesca", "Kontakt: Anna Schmidt": a contact's name, with a known name among its words.
  { family: 'contact-key', pattern: FIELD_VALUE, confidence: 0.75, minWords: 2, lineStart: true, known: true },
  // "Nome da criança: Tiago Martins", "Naam leerling: Ayoub Benali": a generic name key and a few words.
  { family: 'name-generic', pattern: QUALIFIED_FIELD, confidence: 0.75, minWords: 2, lineStart: true },
  // "I, the undersigned Małgorzata Sikora", "je soussignée Claire Dubois".
  { family: 'undersigned', pattern: AFTER_PHRASE, confidence: 0.8, minWords: 1 },
  // "Si certifica che il sig. Francesco De Luca", "Si certifica che DE LUCA FRANCESCO", "CERTIFICO: que D. JUAN PÉREZ".
  { family: 'certifies', pattern: AFTER_PHRASE, confidence: 0.75, minWords: 2 },
  { family: 'certifies', pattern: CAPS_AFTER_PHRASE, confidence: 0.75, minWords: 1, known: true },
  // "under the name Gareth Lloyd", "mi chiamo Giulia Bianchi".
  { family: 'name-phrase', pattern: AFTER_PHRASE, confidence: 0.75, minWords: 2 },
  // "Dear Anna,", "Sehr geehrte Frau Weber,": a salutation at a line's start.
  { family: 'salutation', pattern: AFTER_SALUTATION, confidence: 0.7, minWords: 1, lineStart: true },
  {
    family: 'salutation',
    pattern: AFTER_SALUTATION_STOP,
    confidence: 0.7,
    minWords: 1,
    lineStart: true,
    known: true,
    notTown: true,
  },
  // A signature block: a closing at a line's start, then a line that is just a name.
  { family: 'closing', pattern: SIGNATURE, confidence: 0.7, minWords: 2, lineStart: true, reach: 120 },
  // A one-word signature is as often a company ("Kind regards,\nAcme") as a first name: weak evidence, unless it is
  // a known given name or surname ("Best wishes,\nFarida").
  { family: 'closing', pattern: SIGNATURE, confidence: 0.7, minWords: 1, lineStart: true, reach: 120, known: true },
  { family: 'closing', pattern: SIGNATURE, confidence: 0.5, minWords: 1, lineStart: true, reach: 120 },
  // A message signed on the closing's line ("… Gruß, Olaf", "Thanks, Yusuf"): a known name ending the line.
  { family: 'closing', pattern: SIGNED_ON_LINE, confidence: 0.7, minWords: 1, known: true },
];

/** A department's, a service's or a business's word opening a signature: the unit signs, not a person ("Apotheek De Brug"). */
const DEPARTMENT_SIGNING =
  /^[ \t]*(?:servicios?|serviços?|services?|servizi|dienste?|diensten|usługi|administração|administración|administrazione|administration|verwaltung|gerência|gerencia|dirección|direção|direzione|direction|direktion|secretaría|secrétariat|segreteria|sekretariat|secretariaat|departamento|département|dipartimento|abteilung|afdeling|dział|equipo|equipa|équipe|squadra|zespół|ufficio|oficina|büro|kantoor|biuro|recursos|ressources|risorse|apotheek|apotheke|pharmacy|pharmacie|farmacia|farmácia|apteka|praxis|praktijk|cabinet|clinic|klinik|clinique|clínica|hotel|restaurant|bäckerei|bakkerij|boulangerie|kanzlei|notariaat|gemeinde|gemeente|commune|comune|ayuntamiento|câmara|school|schule|école|scuola|escuela|escola|szkoła|kita|crèche|prevención|prevenção|prevenzione|prévention|preventie|arbeitsschutz|arbeitssicherheit|seguridad|segurança|sicurezza|sécurité|safety|health and safety|compras|achats|acquisti|einkauf|inkoop|zaopatrzenie|contabilidad|contabilidade|comptabilité|contabilità|buchhaltung|boekhouding|księgowość|accounts|logística|logistique|logistica|logistik|logistiek|logistyka|mantenimiento|manutenção|maintenance|manutenzione|instandhaltung|onderhoud|calidad|qualidade|qualité|qualità|qualität|kwaliteit|jakość|facilities|facility management|ventas|vendas|vendite|vertrieb|verkoop|sprzedaż|kundenservice|klantenservice|service client|customer service|atención al cliente|personalabteilung|personalwesen)(?![\p{L}])/iu;
/**
 * An article or a possessive opening a signature, which never opens a person's name (not "de", "la" or "le", which open
 * surnames: "De Vries", "La Rosa", "Le Goff"; nor "el", which opens Maghrebi ones: "El Idrissi"): also the Greek "Ο",
 * "Η", "Οι" and the Hungarian "Az"; the Irish "An" and "Na" (`IRISH_ARTICLE_SIGNING`).
 */
const BODY_SIGNING =
  /^[ \t]*(?:der|die|das|dein|deine|euer|eure|unser|unsere|the|your|our|votre|vos|notre|nos|vostro|vostra|il vostro|la vostra|vuestro|vuestra|jullie|uw|het|wasz|wasza|nasz|nasza|o vosso|a vossa|o nosso|a nossa|ο|η|οι|az)[ \t]+\p{L}/iu;
/** The Irish articles opening a signature, before no name the lists know ("An Nguyen" is someone, "An Príomhoide" a principal). */
const IRISH_ARTICLE_SIGNING = /^[ \t]*(?:an|na)[ \t]+(\p{L}[^\n]*)$/iu;
const bodySigning = (value: string) => {
  if (BODY_SIGNING.test(value)) return true;
  const irish = IRISH_ARTICLE_SIGNING.exec(value);
  return irish !== null && !knownIn(irish[1] as string);
};
/** Families of a form's labels: a line holding one is the next field, not a value. */
const LABEL_FAMILIES = new Set([
  'name-key',
  'name-generic',
  'person-role',
  'contact-key',
  'birth',
  'address-label',
  'street',
  'person-number',
]);

/** Families whose words inside a "name" make it an organisation's or a place's. */
const ORGANISATION_FAMILIES = ['organisation-account', 'legal-form'];

/** Brands, people of history and holy days named like people ("Domingo de Ramos"): names of things, not of anyone alive. */
const THING_FAMILIES: readonly string[] = ['brand', 'historical-person', 'holy-day'];
const thing = (h: Hit) => THING_FAMILIES.includes(h.family);
/** Whether `index` lies inside a brand's or a person of history's name ("A.P. Møller – Mærsk" after the title-like "P."). */
const insideThing = (scan: TextScan, index: number) =>
  THING_FAMILIES.some((family) => (scan.byFamily.get(family) ?? []).some((h) => h.start < index && index < h.end));

/** Whether a brand's name ends just before `index`, a space or two apart ("Ralph Lauren Polo Blue"). */
const brandBefore = (scan: TextScan, index: number) =>
  (scan.byFamily.get('brand') ?? []).some(
    (h) => h.end < index && h.end >= index - 2 && /^[ \t]+$/.test(scan.text.slice(h.end, index)),
  );

/** Whether a known given name or surname is among a value's words. */
const knownIn = (value: string) =>
  value
    .split(/[ \t]+/)
    .map(fold)
    .some((w) => GIVEN.has(w) || AMBIGUOUS_GIVEN.has(w) || surnameLike(w));

/**
 * A product's key on its line, as a catalogue's or a shop's export writes one ("sku: …", "prezzo.valore: …",
 * "products[4].price: …").
 */
const PRODUCT_KEY_LINE =
  /^[ \t]*(?:[\p{L}\d_]+(?:\[\d+\])?\.)*(?:sku|ean|gtin|upc|asin|mpn|price|preis|prix|prezzo|precio|prijs|cena|preço|brand|marca|marke|marque|merk|marka)(?:\.[\p{L}\d_]+)*[ \t]*[:=]/imu;

/**
 * A name's key and the word after it as cells of a table's header, a tab apart
 * ("Nombre<tab>Titular<tab>Finalidad" over rows of as many cells): the next column's label, not a
 * value. A header of three cells or more; a form laid out in pairs ("Vorname<tab>Max<tab>…")
 * keeps a known name.
 */
function headerCell(text: string, n: { hit: Hit; at: number }): boolean {
  const gap = text.slice(n.hit.end, n.at);
  if (!gap.includes('\t') || gap.includes(':')) return false;
  const end = text.indexOf('\n', n.at);
  if (end < 0) return false;
  const nextEnd = text.indexOf('\n', end + 1);
  const cells = text.slice(text.lastIndexOf('\n', n.hit.start) + 1, end).split('\t').length;
  return cells >= 3 && text.slice(end + 1, nextEnd < 0 ? text.length : nextEnd).split('\t').length === cells;
}

/** A value that goes on as a login or an identifier does: "_" and a letter or a digit, "@", a digit. */
const LOGIN_GOES_ON = /^(?:_[\p{L}\d]|@|\d)/u;

/** Whether [start, end) is all a pair of quotes holds, not a mail's display name before its address. */
function quotedWork(text: string, start: number, end: number): boolean {
  // French guillemets hold a space or a no-break space inside them (« Madame Bovary », a probe).
  const spaced = (at: number) => text[at] === ' ' || text[at] === '\u00a0';
  const open = spaced(start - 1) && text[start - 2] === '«' ? '«' : text[start - 1];
  const close = spaced(end) && text[end + 1] === '»' ? '»' : text[end];
  if (!open || !close || !OPENING_QUOTES.includes(open) || !CLOSING_QUOTES.includes(close)) return false;
  return !/^[ \t]*</.test(text.slice(end + 1, end + 4));
}

/** A template's blank in brackets: "[", "<" or "{" before the label (or its words), its closing bracket after the value, no colon between. */
function placeholderBlank(text: string, labelStart: number, valueStart: number, valueEnd: number): boolean {
  const open = /[[<{][\p{L} \t_]*$/u.exec(text.slice(Math.max(0, labelStart - 24), labelStart));
  if (!open) return false;
  const close = /^[ \t]*([\]>}])/.exec(text.slice(valueEnd, valueEnd + 4));
  if (!close || '[<{'.indexOf(open[0][0] as string) !== ']>}'.indexOf(close[1] as string)) return false;
  return !/[:=]/.test(text.slice(labelStart, valueStart));
}

/**
 * A group greeted in Hungarian, by a plural or a possessive's ending no given name has ("Kedves Olvasóink!", our
 * readers; "Kedves Diákok!", "Tisztelt Betegeink!", "Kedves Barátaim!"): one word after "Kedves" or "Tisztelt".
 */
const HUNGARIAN_GROUP = /^\p{Lu}\p{Ll}{3,}(?:[aáeéoóöőuúüű]k|ink|[uü]nk|[aáeé]im)$/u;
const hungarianGroup = (greeting: string, value: string) =>
  /^(?:kedves|tisztelt)$/i.test(greeting) && HUNGARIAN_GROUP.test(value) && !givenNameWord(value);

/**
 * A table row's item opening with an adjective that ends as a surname does, before its noun in lower case, the row's
 * columns set apart by a tab or two spaces ("Cementová malta 25 kg      40   149,00", "Sádrokartonová deska 12,5 mm"), a
 * list's number or bullet before it maybe (a canteen's "1) Svíčková na smetaně, houskový knedlík      98 Kč"):
 * a surname opening a row of people is followed by a given name or a column, not by a word in lower case.
 */
function adjectiveOpeningRow(text: string, start: number, end: number): boolean {
  // At the line's start, or after a list's number or bullet ("1) Svíčková na smetaně, knedlík      98 Kč", holdout-908).
  if (start > 0 && !/\n[ \t]*(?:(?:\d{1,2}[.)]|[-•*–])[ \t]+)?$/.test(text.slice(Math.max(0, start - 24), start))) return false;
  const lineEnd = text.indexOf('\n', end);
  const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  return /^ \p{Ll}/u.test(rest) && /\S[ \t]*(?: {2}|\t)[ \t]*\S/.test(rest);
}

/** Names where something says a name stands: a field, a title, a salutation, a list, a table. */
/** Short titles written in lower case before a name: the Polish "p.", the Slovene and Croatian "g." and "ga.", the Estonian "hr". */
const LOWER_SHORT_TITLES = new Set(['p', 'ga', 'hr', 'g']);
function* namesInPlace(scan: TextScan): Iterable<Match> {
  const { text } = scan;
  const seen = new Set<number>();
  // One name found by two rules counts once: "M. Parfait Guyot" after a field and "Parfait Guyot" after the title end alike.
  const things = THING_FAMILIES.some((family) => scan.byFamily.has(family));
  const found = (n: Named, confidence: number): Match | undefined => {
    // Starts are kept as they are, ends negated: a name is seen when either matches.
    const valueEnd = n.at + n.value.length;
    if (seen.has(n.at) || seen.has(-valueEnd)) return undefined;
    // "Woningcorporatie De Linde": an organisation's word inside is no person's name; "Dr. Schaepmanlaan 2",
    // one word that ends like a street and a house number, is an address. (Not places' words: "Castillo",
    // "Santos" are surnames too.)
    if (ORGANISATION_FAMILIES.some((family) => hitBetween(scan, family, n.at, valueEnd))) return undefined;
    // "Dr. Oetker", "Marc O'Polo", "Wolfgang Amadeus Mozart": a brand or a person of history.
    if (things && (hitsAt(scan, n.hit.start).some(thing) || hitsAt(scan, n.at).some(thing) || insideThing(scan, n.at)))
      return undefined;
    // A legal form further on the line makes it a company ("Kunde: Bäckerei Brunner OHG").
    if (hitBetween(scan, 'legal-form', valueEnd, valueEnd + Math.min(60, n.rest.length - n.value.length + 1))) return undefined;
    // "name: Jane Example", "Name: Max Beispiel": a placeholder, not someone (a stand-in such as "John Doe" stays).
    const last = fold(n.value.slice(n.value.lastIndexOf(' ') + 1));
    if (PLACEHOLDER_SURNAMES.has(last) && !STAND_IN_SURNAMES.has(last)) return undefined;
    // A stand-in where the text says it shows an example, surname first too ("Name, Vorname: Mustermann, Erika"): weak.
    const standIn = n.value.split(/[ \t,]+/).some((word) => STAND_IN_SURNAMES.has(fold(word))) && exampleSaid(scan);
    // A street and its number in a contact's field ("Contacto: Rua Augusta 12", "Kontakt: Marienstraße 4"): an address.
    const streetFirst = !/\s/.test(n.value) || hitsAt(scan, n.at).some((hit) => hit.family === 'street');
    if (streetFirst && hitBetween(scan, 'street', n.at, valueEnd) && /^[ \t]+\d/.test(text.slice(valueEnd, valueEnd + 4)))
      return undefined;
    seen.add(n.at).add(-valueEnd);
    return {
      type: 'person-name',
      value: n.value,
      confidence: standIn ? Math.min(confidence, 0.45) : confidence,
      index: n.hit.start,
    };
  };
  for (const place of NAME_PLACES) {
    for (const n of after(scan, place.family, place.pattern, place.reach)) {
      if (place.lineStart && !atLineStart(text, n.hit, place.afterSentence)) continue;
      if (place.nextLine && hitsAt(scan, n.at).some((h) => LABEL_FAMILIES.has(h.family))) continue;
      // Part of a login or an identifier ("username=payments_svc", "name: anna_w"): the login rules read it. Not a
      // form's fill-in line ("COGNOME ____ROSSETTI____").
      if (LOGIN_GOES_ON.test(text.slice(n.at + n.value.length, n.at + n.value.length + 2))) continue;
      // One word where two are asked for is a person's when it is a known surname ("Contact person: Müller").
      const surnameAlone = !/\s/.test(n.value) && surnameLike(fold(n.value.replace(/[.,]$/, '')));
      if (!personLike(n.value, surnameAlone ? 1 : place.minWords, n.rest)) continue;
      if (place.known && !knownIn(n.value)) continue;
      if (place.notTown && CITY.has(fold(n.value))) continue;
      if (n.hit.family === 'salutation' && hungarianGroup(text.slice(n.hit.start, n.hit.end), n.value)) continue;
      // A chat's speaker greeting or thanking ("Kundin: Guten Tag, …", "Mitarbeiter: Vielen Dank!"): the whole value is
      // a greeting's or a closing's words (holdout-365). Not a name that opens like one ("Kundin: Ola Nordmann").
      if (greetingAt(scan, n.at, n.at + n.value.length)) continue;
      // An office signing under the closing, its holder's name on the next line ("Mit freundlichen Grüßen\nDer
      // Bürgermeister\nHans Müller", "Cordiali saluti\nIl Sindaco"): the office is no name.
      // Not one word that is a given name too ("Thanks,\nMaire"; "Hi Maire" is no closing).
      if (
        n.hit.family === 'closing' &&
        OFFICE_ALONE.test(n.value) &&
        (/\s/.test(n.value.trim()) || !givenNameWord(n.value.trim()))
      )
        continue;
      // A department signing ("Un saludo,\nServicios Generales", "Obrigado,\nServiços Sociais", holdout-820).
      if (n.hit.family === 'closing' && DEPARTMENT_SIGNING.test(n.value)) continue;
      // A body signing as the readers' or by its article ("Viele Grüße\nEuer Betriebsrat", "Der Vorstand", "Your
      // wellbeing team", holdout-868): no one signs their own name so.
      if (n.hit.family === 'closing' && bodySigning(n.value)) continue;
      // A maker's credit by its label ("Regie: Ayşe Karaca"), or a public concert's conductor and soloist ("Conductor:
      // Daniel Okoro" where tickets are sold; a bus's conductor, a school concert's pupil are someone): weak, as a maker is.
      const before = text.slice(Math.max(0, n.at - 48), n.at);
      if (creditedBefore(scan, before, n.at + n.value.length)) {
        const match = found(n, 0.45);
        if (match) yield match;
        continue;
      }
      if (place.pattern === KEY_VALUE && headerCell(text, n) && !knownIn(n.value)) continue;
      // A template's blank: the label and the word after it stand together in brackets with no colon between them
      // ("[imię i nazwisko Najemcy]", "<Name des Mieters>", "{nom du locataire}"), a placeholder for whom to fill in.
      if (placeholderBlank(text, n.hit.start, n.at, n.at + n.value.length)) continue;
      // A generic "name" holding a place's ("name": "Mercado de San Fernando", "Biblioteca Eugenio Trías", "Plaza de
      // Isabel II"): a street's or an institution's word opens it (holdout-282's GeoJSON).
      if (place.family === 'name-generic' && hitsAt(scan, n.at).some((h) => h.family === 'street' || h.family === 'institution'))
        continue;
      // A product's "name" beside its SKU, price or brand ("nome: Caffettiera Moka Express" over "marca: Bialetti"), with
      // no given name in it (a customer's record may hold a price too: "name: Anna Weber").
      if (
        place.family === 'name-generic' &&
        !n.value.split(/[ \t]+/).some((w) => givenNameWord(w)) &&
        PRODUCT_KEY_LINE.test(text.slice(Math.max(0, n.at - 300), n.at + n.value.length + 300))
      )
        continue;
      const match = found(n, place.confidence);
      if (match) yield match;
    }
  }
  // "Herr Weber", "Mme Dubois", "Dr. Anna Kowalska": a title, capitalised, then a name.
  for (const n of after(scan, 'title', AFTER_TITLE)) {
    const word = text.slice(n.hit.start, n.hit.end);
    const abbreviation = word.length <= 2 && !/^(?:Dr|Mr|Ms)$/.test(word);
    // Single-letter and two-letter abbreviations only as written ("M. Dupont"); longer titles also in
    // lower case, as they stand mid-sentence in Italian, Spanish and Polish ("il sig. Esposito", "pan Zając", "p. Nowak").
    // Slovene and Croatian "g." and "ga." (gospod, gospa) and Estonian "hr" (härra, written without a dot) in lower case
    // too ("Spoštovana ga. Kovač", "Dobar dan g. Juriću", "Tere, hr Mets", session 54's probe); not grams after a number.
    if (word === 'g' && /\d[ \t]*$/.test(text.slice(Math.max(0, n.hit.start - 4), n.hit.start))) continue;
    if (
      (word.length <= 2 && !LOWER_SHORT_TITLES.has(word) && !isUpperAt(text, n.hit.start)) ||
      (abbreviation && text[n.hit.end] !== '.' && word !== 'hr')
    )
      continue;
    // A whole word's title, a sentence's end after it ("how to support a colleague. Let me know", holdout-861): no
    // abbreviation's dot, the next sentence's first word.
    if (word.length > 4 && !word.includes('.') && text[n.hit.end] === '.') continue;
    // The end of a longer abbreviation: "€ 62,50 p.p. Vegetarische variant" (per person), not the Polish "p." of pani.
    if (word.length <= 2 && /\p{L}\.$/u.test(text.slice(Math.max(0, n.hit.start - 2), n.hit.start))) continue;
    // "2026 m. trečiojo ketvirčio": the Lithuanian year's abbreviation (metai) after its number, not "M." before a name,
    // also where a heading reads in title case (holdout-714).
    if (
      word.length === 1 &&
      /(?<!\d)\d{4}[ \t]+$/.test(text.slice(Math.max(0, n.hit.start - 6), n.hit.start)) &&
      otherLanguageOf(scan) === 'lt'
    )
      continue;
    // "P. IVA 02847150424": the Italian VAT label (partita IVA) abbreviated, not the Polish "p." of pani (holdout-383).
    if (hitStartingAt(scan, VAT_LABEL, n.at)) continue;
    // "(ab 2 Personen, p. P.)": the German "pro Person" on a menu, not the Polish "p." before an initial (holdout-610).
    if (word === 'p' && /^\p{Lu}\.?$/u.test(n.value.trim())) continue;
    // "Franklin D. Roosevelt", "Anne M. Smith": a middle initial after a given name, not "D." (Dom) or "M." (Monsieur).
    const middle = word.length === 1 ? MIDDLE_INITIAL_BEFORE.exec(text.slice(Math.max(0, n.hit.start - 24), n.hit.start)) : null;
    if (middle && givenNameWord(middle[1] as string)) continue;
    // "J. M. W. Turner's": one of a run of initials after another, not "M." (Monsieur) or "D." (Dom) (holdout-770).
    if (word.length === 1 && /(?<![\p{L}])\p{Lu}\.[ \t]?$/u.test(text.slice(Math.max(0, n.hit.start - 4), n.hit.start))) continue;
    // Titles are never written in capitals: "DNA" is not "Dña", "ING" not "Ing.".
    if (word.length >= 3 && word === word.toUpperCase()) continue;
    if (!personLike(n.value, 1, n.rest)) continue;
    // "Herr Nilsson, Kaninchen, 2 Jahre": a pet named so, on a shelter's list (holdout-629).
    if (PET_AFTER.test(text.slice(n.at + n.value.length, n.at + n.value.length + 48))) continue;
    // "Die Familie Beethoven in Bonn": a household of history, in a museum's guide.
    if (HOUSEHOLD_TITLE.test(word) && HISTORICAL_SURNAMES.has(fold(n.value.split(/[ \t]+/).pop() as string))) continue;
    // A particle before the surname: Dutch titles take any ("Dhr. de Wit"), a household's the Dutch ones ("Familie de
    // Boer", holdout-581), others "von" and its kin, and the Romance titles "de" and "du" ("M. de Villepin").
    if (
      /^\p{Ll}/u.test(n.value) &&
      !PARTICLE_OPENS_SURNAME.test(n.value) &&
      !DUTCH_TITLE.test(word) &&
      !(HOUSEHOLD_DUTCH.test(word) && DUTCH_PARTICLE.test(n.value)) &&
      !(ROMANCE_PARTICLE.test(n.value) && ROMANCE_TITLE.test(word))
    )
      continue;
    // "Mevrouw de Voorzitter": an office addressed, not a surname; "der Herr vom Empfang": a department (holdout-831).
    if (OFFICE_ADDRESSED.test(n.value) || FROM_TEAM_AFTER.test(` ${n.value}`)) continue;
    // "Rua Dr. António José de Almeida": a street named after a person; "D. Prezzo:": a label after a letter (not the
    // German "Hr." and "Fr." of a ward's report: "Zi. 217 Hr. Brandt: …").
    if (
      partOfPlaceName(scan, n.hit.start) ||
      (word.length <= 2 && !/^(?:Hr|Fr)$/.test(word) && text[n.at + n.value.length] === ':')
    )
      continue;
    // "Dr. Stejskala 424/19, 370 01 České Budějovice" (holdout-593): a house number and a postcode right after the name,
    // on its line, as Czech and Slovak streets named after someone are written, with no street's word.
    // Not a name before its street, as extraction joins a letter's window ("Herrn Florian Bächle Schillerstraße 4 73730
    // Esslingen", "… Lindenhof 4 …"): one word only, or a house number as Czech and Slovak write it ("1520/12"), and no
    // street's word in the value.
    const address = HOUSE_AND_POSTCODE_AFTER.exec(text.slice(n.at + n.value.length, n.at + n.value.length + 24));
    if (
      address &&
      STREET_TITLE.test(word) &&
      (!/\s/.test(n.value.trim()) || address[0].includes('/')) &&
      !hitBetween(scan, 'street', n.at, n.at + n.value.length + 1)
    )
      continue;
    // Initials alone where the text says it is anonymised ("D. J.M.R.", a published judgment) stand for nobody.
    if (!/\p{Ll}/u.test(n.value) && scan.byFamily.has('anonymised')) continue;
    // An initial before a work's editor, whom a bibliography cites ("In P. Moreira (Ed.)", holdout-366).
    if (word.length <= 2 && citation(text, n.at, n.at + n.value.length)) continue;
    // A work's title that is a title and a name, all its quotes hold ("„Pan Tadeusz”", "Mrs Dalloway", «Madame
    // Bovary»); not a mail's display name ('"Mr Smith" <…@…>').
    if (quotedWork(text, n.hit.start, n.at + n.value.length)) continue;
    // A household or a portrait's sitter in a sentence about a year before living memory ("1838, dono della famiglia
    // Contarini", "portrait of Mr and Mrs Andrews, painted in 1750", holdout-770); a public event's speaker by title
    // ("Keynote by Dr. Amara Osei (University of Edinburgh)").
    const valueEnd = n.at + n.value.length;
    const weak =
      ((HOUSEHOLD_TITLE.test(word) || PORTRAIT_BEFORE.test(text.slice(Math.max(0, n.hit.start - 40), n.hit.start))) &&
        historyOf(scan).at(n.hit.start)) ||
      publicSpeaker(scan, text.slice(Math.max(0, n.hit.start - 48), n.hit.start), valueEnd);
    const match = found(n, weak ? 0.45 : 0.75);
    if (match) yield match;
  }
  // "Herr MAX BRAUN", "D. JUAN PÉREZ LÓPEZ": a title, then a name in capitals with a known name in it.
  // The title itself as written ("HERR" or "DR." in a heading of capitals is no title before a name).
  // English titles with no dot and in capitals too, as mail-merged letters and bookings print them ("Dear Mr CROSSLEY",
  // "Dear MR A CROSSLEY", holdout-991's probe).
  for (const n of after(scan, 'title', TITLE_CAPS)) {
    const word = text.slice(n.hit.start, n.hit.end);
    const english = ENGLISH_TITLE.test(word);
    if (
      (word.length >= 2 && word === word.toUpperCase() && !english) ||
      (word.length <= 2 && text[n.hit.end] !== '.' && !english)
    )
      continue;
    // "P. IVA 02847150424": the Italian VAT label (partita IVA) abbreviated, not the Polish "p." of pani (holdout-383).
    if (hitStartingAt(scan, VAT_LABEL, n.at)) continue;
    // A known name in it, or a greeting right before the title ("Dear Mr CROSSLEY", "Dear MR A CROSSLEY").
    const greeted = () =>
      (scan.byFamily.get('salutation') ?? []).some(
        (h) => h.end <= n.hit.start && /^[ \t]+$/.test(text.slice(h.end, n.hit.start)),
      );
    if (!(knownIn(n.value) || greeted()) || !personLike(n.value, 1, n.rest) || partOfPlaceName(scan, n.hit.start)) continue;
    const match = found(n, 0.75);
    if (match) yield match;
  }
  // "Present: Laura Finch (chair), Tom Okafor; Priya Raman": a list of people after its head.
  for (const hit of scan.byFamily.get('attendees') ?? []) {
    if (!atLineStart(text, hit)) continue;
    const lineEnd = text.indexOf('\n', hit.end);
    const line = text.slice(hit.end, lineEnd < 0 ? text.length : lineEnd);
    const head = LIST_START.exec(line);
    if (!head) continue;
    let at = head[0].length;
    // "Aanwezig: JdV, MK, RB, SvD": people by their initials, as minutes write them; not "IT, HR, QA".
    const items = line.slice(at).split(/[,;]/);
    if (items.length >= 2 && items.every((p) => INITIALS_ITEM.test(p.trim()) && !TEAM_LETTERS.has(p.trim().toLowerCase()))) {
      for (const part of items) {
        yield { type: 'person-name', value: part.trim(), confidence: 0.7, index: hit.end + at + part.indexOf(part.trim()) };
        at += part.length + 1;
      }
      continue;
    }
    // "Presenti: Bianchi, Rossi, Conti": surnames alone, each a known one (also one that is a word too).
    const surnames = items.map((p) => p.trim().replace(/[.]$/, ''));
    if (
      surnames.length >= 2 &&
      surnames.every((p) => /^\p{Lu}[\p{L}'’-]+$/u.test(p) && (surnameLike(fold(p)) || COMMON_WORD_SURNAMES.has(fold(p))))
    ) {
      for (const part of items) {
        const value = part.trim().replace(/[.]$/, '');
        const match = found({ hit, value, at: hit.end + at + part.indexOf(value), rest: '' }, 0.7);
        if (match) yield match;
        at += part.length + 1;
      }
      continue;
    }
    for (const part of items) {
      const m = LIST_NAME.exec(part.trim());
      if (m?.[1] && personLike(m[1], 2)) {
        const match = found({ hit, value: m[1], at: hit.end + at + part.indexOf(m[1]), rest: '' }, 0.8);
        if (match) yield match;
      }
      at += part.length + 1;
    }
  }
  // A table names its columns on a header line: each line holding a name key and a delimiter may be one.
  const headers = new Set<number>();
  for (const family of ['name-key', 'name-generic', 'person-parent']) {
    for (const hit of scan.byFamily.get(family) ?? []) headers.add(text.lastIndexOf('\n', hit.start) + 1);
  }
  // A role's word alone in a header's cell heads a staff column too ("datum,dienst,medewerker", holdout-802's roster by
  // initials); not a role's word in a sentence with commas.
  for (const hit of scan.byFamily.get('person-role') ?? []) {
    if (CELL_EDGE_BEFORE.test(text[hit.start - 1] ?? '\n') && CELL_EDGE_AFTER.test(text[hit.end] ?? '\n'))
      headers.add(text.lastIndexOf('\n', hit.start) + 1);
  }
  for (const start of [...headers].sort((a, b) => a - b)) yield* tableNames(text, start);
  yield* statementParties(text);
  const initialsHeaders = new Set((scan.byFamily.get('initials-key') ?? []).map((hit) => text.lastIndexOf('\n', hit.start) + 1));
  for (const start of initialsHeaders) yield* initialsTable(text, start);
}

/** A column of staff's initials ("Kürzel", "Initials", "Iniciales"), by the words that find its header. */
const INITIALS_COLUMNS = new Set(INITIALS_KEYS);
/** Initials written without dots: two or three capitals, or with a particle's small letters between ("JdV", "SvD"). */
const BARE_INITIALS = String.raw`\p{Lu}{2,3}|\p{Lu}\p{Ll}{1,2}\p{Lu}`;
/** Initials as a cell. */
const INITIALS_CELL = new RegExp(`^(?:${BARE_INITIALS})$`, 'u');

/**
 * People by their initials in a table's column under an initials' header ("Kürzel | Eintritt | Gehalt 2026", a salary
 * list for HR): two such cells at least, and only where another column is a person's (salary, role, department …, a
 * year after it or not): "Kürzel" alone heads currencies and countries too, "Initials | Meaning" a course's codes.
 */
function* initialsTable(text: string, start: number): Iterable<Match> {
  const table = headerAt(text, start);
  if (!table) return;
  const { headerEnd, columns, cellsOf } = table;
  // Only beside a person's column: "Initials | Meaning" lists a course's codes.
  const personal = columns.some((c) => CSV_PERSONAL_COLUMN.test(c.replace(/[ \t_-]*\d{4}$/, '')));
  if (!personal) return;
  const initials = columns.flatMap((c, i) => (INITIALS_COLUMNS.has(c.toLowerCase()) ? [i] : []));
  if (initials.length === 0) return;
  const found: Match[] = [];
  for (const { line, offset } of rowsUnder(text, headerEnd)) {
    const cells = cellsOf(line);
    if (Math.abs(cells.length - columns.length) > 1) continue;
    for (const i of initials) {
      const cell = cellText(cells[i] ?? '');
      if (INITIALS_CELL.test(cell)) found.push({ type: 'person-name', value: cell, confidence: 0.7, index: offset });
    }
  }
  if (found.length >= 2) yield* found;
}

export const personNameDetector = defineDetector('person-name', 'personal', (scan) =>
  // Once per scan: the e-mail detector below reads the names too.
  memo(scan, 'person-names', () => {
    const found = [...namesFound(scan)]
      // A horoscope's signs ("Toro: una notizia inattesa …", "Leone: riposatevi di più", holdout-1119) are no one.
      .filter((m) => !(ZODIAC_SIGNS.has(fold(m.value.trim())) && horoscope(scan)))
      .map((m) => exampleWeight(scan, thingsProgramme(scan, sameOfficeHolder(scan, m))));
    const surnamed = sameSurnameAsWeak(scan, found);
    return scan.byFamily.has('war-dead') ? surnamed.map((m) => memorialWeight(scan, m)) : surnamed;
  }),
);

/**
 * Addresses, where one spells the given name (or its initial) and the surname of someone the text names for
 * publication, weak as the name is ("Coordinadora: Dra. Beatriz Ochoa Landa … beatriz.ochoa@universidad-….es", "Press contact: Anna Weber,
 * anna.weber@acme-gmbh.de", holdout-906): a staff member's address published with their name. Not a private mailbox's
 * ("…@gmail.com"), which is its holder's own whoever publishes it, nor one whose name the text also names as someone's.
 */
export const contactEmailDetector = defineDetector('email', 'personal', (scan) => {
  const found = [...emailDetector.find(scan)];
  const candidate = (m: Match) => m.confidence > 0.45 && !privateMailbox(m.value);
  if (!found.some(candidate)) return found;
  const names = [...personNameDetector.find(scan)].map((m) => ({
    words: fold(m.value.trim()).split(/[ \t'’-]+/),
    weak: m.confidence <= 0.45,
  }));
  return found.map((m) => {
    if (!candidate(m)) return m;
    // Its words, an initial among them maybe ("n.okafor@"): each a word of the name, or a word's first letter.
    const tokens = fold(m.value.slice(0, m.value.indexOf('@')))
      .split(/[._-]+/)
      .filter(Boolean);
    if (tokens.length < 2 || !tokens.some((t) => t.length >= 2)) return m;
    const spelt = names.filter(
      ({ words }) =>
        words.length >= 2 && tokens.every((t) => (t.length === 1 ? words.some((w) => w.startsWith(t)) : words.includes(t))),
    );
    return spelt.length > 0 && spelt.every(({ weak }) => weak) ? { ...m, confidence: 0.45 } : m;
  });
});

/**
 * The published readings whose contacts are given to the public or the press: not release notes' on-call engineer
 * ("On call: Maria Rossi, +49 171 …"), whom a team reaches.
 */
const PUBLIC_CONTACT_READINGS = new Set(['press-release', 'job-ad', 'public-event', 'official-appointment', 'news-report']);
/**
 * Numbers on a contact's line after a name the text names for publication, in a text read as published for the public
 * or the press (PUBLIC_CONTACT_READINGS), weak as the name is ("För mer information: Gunnar Berglund,
 * styrelseordförande, tel. 070-331 22 48" under a press release, holdout-923): a spokesperson's number published with
 * their name. Not one with a private line's word ("privat", "home"), nor one where a name on its line is also read as
 * someone's.
 */
export const contactPhoneDetector = defineDetector('phone', 'personal', (scan) => {
  const found = [...phoneDetector.find(scan)];
  if (!found.some((m) => m.confidence > 0.45)) return found;
  const names = [...personNameDetector.find(scan)];
  if (!names.some((n) => n.confidence <= 0.45) || !publishedReadings(scan).some((key) => PUBLIC_CONTACT_READINGS.has(key)))
    return found;
  const { text } = scan;
  return found.map((m) => {
    if (m.confidence <= 0.45 || near(scan, 'personal-phone', m.index, 40)) return m;
    // The names on its line before it, the nearest ending within 80 characters of it.
    const lineStart = Math.max(text.lastIndexOf('\n', m.index - 1) + 1, m.index - 160);
    // Whole names only: a first name alone is how a private ad signs ("Kontakt: Agnieszka, tel. 601 …", holdout-268).
    const onLine = names.filter(
      (n) => n.index >= lineStart && n.index + n.value.length <= m.index && /\S[ \t]+\S/.test(n.value.trim()),
    );
    if (!onLine.some((n) => m.index - (n.index + n.value.length) <= 80)) return m;
    return onLine.every((n) => n.confidence <= 0.45) ? { ...m, confidence: 0.45 } : m;
  });
});

/** The cast of protocol and API examples ("Alice shares a folder with Bob"), by their given names alone. */
const PLACEHOLDER_CAST = new Set(['alice', 'bob', 'carol', 'charlie', 'dave', 'eve', 'mallory', 'trent']);
/** A technical text: code, a request's body, or one that says it shows stand-ins. */
const TECHNICAL = /`|\{[ \t]*"|\b(?:placeholders?|stand-ins?|e\.g\.|for example)\b/i;
/**
 * Storms' naming: the names in its sentence are storms' ("the fourth named storm of the season, after Ashley, Bert and
 * Conall", holdout-614); not a storm's word alone ("Team on call during the storm: Anna, Tom …").
 */
const STORM_WORD =
  /(?<![\p{L}])(?:named storms?|storms? names?|names? of (?:the )?storms|storms? named|sturmnamen|benannte[nr]? (?:sturm|tief)|tempêtes? nommées?|noms? des tempêtes|tempeste con nome|nomi delle tempeste|borrascas? con nombre|nombres? de (?:las )?borrascas|stormnamen|storm met een naam)(?![\p{L}])/iu;
/** A cinema's programme: its word, and showtimes on three lines or more. */
const CINEMA = /(?<![\p{L}])(?:cinéma|cinema|cinemas|kino|bioscoop|cine|cines|multiplex|filmtheater|programmkino)(?![\p{L}])/iu;
/** A showtime ("14 h", "20 h 30", "18:15", "20.30 Uhr"). */
const SHOWTIME = /(?<![\d])\d{1,2}(?:[:.]\d{2}|[ \t]?h(?:[ \t]?\d{2})?)(?![\d])/;
/** Hours from and to ("14:00–22:00", "9-17 h"): a shift's or an opening's, not a showtime. */
const TIME_RANGE = /\d{1,2}(?:[:.]\d{2}|[ \t]?h)?[ \t]*[–—-][ \t]*\d{1,2}(?:[:.]\d{2}|[ \t]?h)/;
/** A cake's word joined to the name of whom it is named after ("Karen Blixen-kage", "Fürst-Pückler-Torte"). */
const CAKE_JOINED = /^-(?:kage|kagen|kuchen|torte|taart|tårta|tårtan|kakku|kake)(?![\p{L}])/iu;
/** A label of ships opening a line: a ferry line's or a fleet's list of its vessels' names. */
const SHIPS_LABEL =
  /^[ \t]*(?:ships?|vessels?|fleet|schiffe?|navires?|navi|buques?|barcos?|schepen|statki|navios?|brodovi|trajekti|fartyg|skibe|laivat|πλοία)[ \t]*:/iu;
/** The same label opening any line of a text: one look tells whether a text may hold one. */
const SHIPS_LABEL_ANYWHERE = new RegExp(SHIPS_LABEL.source, 'imu');
/** A film's year in brackets, then its cast: "(1957), con ▸", "(2019) with ▸", "(1960) mit ▸". */
const FILM_YEAR_CAST_BEFORE = /\((?:19|20)\d\d\),?[ \t]+(?:con|with|starring|mit|avec|met|z|com)[ \t]+$/iu;
/** A racecourse's word: its race card lists horses named like people. */
const RACECOURSE = new RegExp(String.raw`(?<![\p{L}])(?:${RACECOURSE_WORDS})(?![\p{L}])`, 'iu');
/** A race card's weight after a horse's name ("Giulietta Bella      kg 58"). */
const WEIGHT_AFTER = /^[ \t]{2,}kg[ \t]?\d/;

/**
 * Names that name things by the kind of text they stand in (holdout-614 to -633): the cast of a protocol's or an API's
 * examples ("Alice", "Bob" where both stand and code does), storms in a sentence about named storms, a work after its
 * author of history on a reading list, cultivars in their quotes, ships after their label, films and their cast on a
 * cinema's programme, horses on a race card: weak.
 */
function thingsProgramme(scan: TextScan, match: Match): Match {
  if (match.confidence <= 0.45 || match.confidence > 0.75) return match;
  const { text } = scan;
  const value = match.value.trim();
  const at = valueStart(text, match);
  if (at < 0) return match;
  const single = !/\s/.test(value);
  const weak = () => ({ ...match, confidence: 0.45 });
  if (single && PLACEHOLDER_CAST.has(fold(value)) && placeholderCast(scan)) return weak();
  if (single && memo(scan, 'storm-naming', () => textHas(scan, STORM_WORD))) {
    const start = Math.max(text.lastIndexOf('.', at), text.lastIndexOf('\n', at)) + 1;
    const stop = /[.!?\n]/.exec(text.slice(at));
    if (STORM_WORD.test(text.slice(start, stop ? at + stop.index : text.length))) return weak();
  }
  // "- Victor Hugo, Claude Gueux": a work after its author of history, as a reading list writes it (holdout-617).
  // Not a pupil after the topic they present ("Marie Curie – Lena Hoffmann"): only in a text about reading.
  const ofHistory = scan.byFamily.get('historical-person') ?? [];
  // Only the hits that may end right before the name: a name of history is far shorter than 120 characters.
  for (let k = firstFrom(ofHistory, at - 120); k < ofHistory.length && (ofHistory[k] as Hit).start < at; k++) {
    const hit = ofHistory[k] as Hit;
    if (
      hit.end <= at &&
      at - hit.end <= 4 &&
      /^[ \t]*[,:–—-][ \t]*["«“„]?$/.test(text.slice(hit.end, at)) &&
      memo(scan, 'books', () => textHas(scan, BOOKS))
    )
      return weak();
  }
  // A work of art's label, its medium and its year before living memory ("Oil on canvas, 1892"): its sitters and their
  // kin are history's (holdout-728), unless it is a letter to someone.
  if (artworkOfHistory(scan)) return weak();
  // "- helmikuu: Väinö Linna, Tuntematon sotilas": an author and a work on a book club's or a reading list's lines
  // (holdout-727), three or more so in a text about reading, one of them an author of history.
  if (authorWorkLines(scan).has(at)) return weak();
  // A cultivar in single quotes, and the plant's name before one ("Tulip 'Angelique'", "- 'Lady Emma Hamilton' –",
  // "Dahlia 'Café au Lait'"), in a catalogue that names three or more so (holdout-633, holdout-38).
  if (
    cultivars(scan) &&
    (inCultivarQuotes(text, at, at + value.length) ||
      /^[ \t]+['‘]\p{Lu}/u.test(text.slice(at + value.length, at + value.length + 4)))
  )
    return weak();
  // The line's readings below, only in the texts that may hold them: one look at each text spares every name's line.
  const ships = memo(scan, 'ships-label', () => SHIPS_LABEL_ANYWHERE.test(text));
  const racecourse = memo(scan, 'racecourse', () => textHas(scan, RACECOURSE));
  if (!ships && !racecourse && !cinemaProgramme(scan)) return match;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const line = text.slice(lineStart, lineEndOf(text, at));
  // A line of ships after its label ("Brodovi: Petar Hektorović, Marko Polo (rezerva)", holdout-626).
  if (ships && SHIPS_LABEL.test(line) && at - lineStart >= line.indexOf(':')) return weak();
  // A film's cast after its year ("Le notti di Cabiria (1957), con Giulietta Masina", holdout-629).
  if (cinemaProgramme(scan) && FILM_YEAR_CAST_BEFORE.test(text.slice(Math.max(0, at - 24), at))) return weak();
  // The name opens its line, a number before it at most.
  if (!/^[ \t]*(?:\d{1,2}[ \t.)]+)?$/.test(text.slice(lineStart, at))) return match;
  // Showtimes, not a shift's hours ("Anna  14:00–22:00" on a cinema's rota).
  const rest = line.slice(at - lineStart + value.length);
  if (cinemaProgramme(scan) && SHOWTIME.test(rest) && !TIME_RANGE.test(rest)) return weak();
  if (racecourse && WEIGHT_AFTER.test(text.slice(at + value.length, at + value.length + 24))) return weak();
  return match;
}
/**
 * A plant's cultivar as catalogues write it: a capitalised name of one to four words in single quotes, after a word or
 * opening a list's line ("Tulip 'Angelique'", "- 'Gertrude Jekyll' –"); not a line of dialogue ('Tom, come here!').
 */
const CULTIVAR =
  /(?:^|[\p{L}\-–][ \t]+)['‘](\p{Lu}[\p{L}’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}’.-]*|de|du|des|la|le|au|aux|van|von|of|the)){0,3})['’](?![\p{L}])/gmu;
/** Whether a text names three cultivars or more so: a catalogue of plants. */
const cultivars = (scan: TextScan) =>
  memo(
    scan,
    'cultivars',
    () => (scan.text.includes("'") || scan.text.includes('‘')) && (scan.text.match(CULTIVAR)?.length ?? 0) >= 3,
  );
/** Whether [start, end) lies inside one cultivar's quotes on its line. */
function inCultivarQuotes(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const line = text.slice(lineStart, lineEndOf(text, start));
  for (const m of allMatches(CULTIVAR, line)) {
    const quoted = lineStart + (m.index as number) + m[0].indexOf(m[1] as string);
    if (start >= quoted && end <= quoted + (m[1] as string).length + 1) return true;
  }
  return false;
}
/** Whether a technical text's cast is Alice and Bob. */
const placeholderCast = (scan: TextScan) =>
  memo(scan, 'placeholder-cast', () => /\bAlice\b/.test(scan.text) && /\bBob\b/.test(scan.text) && TECHNICAL.test(scan.text));
/** Whether a text is a cinema's programme (CINEMA, SHOWTIME). */
const cinemaProgramme = (scan: TextScan) =>
  memo(scan, 'cinema-programme', () => {
    if (!textHas(scan, CINEMA)) return false;
    let lines = 0;
    for (const line of scan.text.split('\n')) if (SHOWTIME.test(line)) lines++;
    return lines >= 3;
  });

/** The full names a text names by their office somewhere ("a ministra da Habitação, Carla Mendonça"), folded. */
const officeHolders = (scan: TextScan) => memo(scan, 'office-holders', () => new Set<string>());

/**
 * A name in running text that the text names by its office elsewhere ("a ministra da Habitação, Carla Mendonça … Carla
 * Mendonça, 52 anos, é engenheira civil"): the same office holder, as weak as there. Not a name in a field, after a
 * salutation or a title (above 0.7), which tells of a person whatever else the text says, nor where a special
 * category's term stands beside a name.
 */
function sameOfficeHolder(scan: TextScan, match: Match): Match {
  const held = officeHolders(scan);
  if (held.size === 0 || match.confidence <= 0.45 || match.confidence > 0.7 || !held.has(fold(match.value.trim()))) return match;
  // Not where a term of health, belief or membership stands beside a name ("Max Weber ist an Krebs erkrankt", a probe):
  // an office holder's special categories are still theirs.
  return specialBesideName(scan) ? match : { ...match, confidence: 0.45 };
}

/**
 * A surname alone that ends a full name the text names weakly (in office, credited, of history): the same person, as
 * weak ("… ihren früheren Oberbürgermeister Dr. Heinrich Albrecht … Albrecht führte die Stadt von 1982 bis 2006",
 * holdout-1174). Not a name in a field, after a salutation or a title (above 0.7), nor where a special category's term
 * stands beside a name.
 */
function sameSurnameAsWeak(scan: TextScan, found: readonly Match[]): readonly Match[] {
  const surnames = new Set<string>();
  for (const m of found) {
    const words = m.value.trim().split(/[ \t]+/);
    if (m.confidence <= 0.45 && words.length >= 2) surnames.add(fold(words[words.length - 1] as string));
  }
  if (surnames.size === 0) return found;
  const alone = (m: Match) =>
    m.confidence > 0.45 && m.confidence <= 0.7 && !/\s/.test(m.value.trim()) && surnames.has(fold(m.value.trim()));
  if (!found.some(alone) || specialBesideName(scan)) return found;
  return found.map((m) => (alone(m) ? { ...m, confidence: 0.45 } : m));
}

/** After a name on a memorial's list, the year of the birth: ", 1893", ", Jg. 1889", " (* 1893". */
const MEMORIAL_YEAR_AFTER =
  /^[ \t]*[,(]?[ \t]*(?:jg\.|jahrgang|né en|née en|nato nel|nata nel|born|b\.|geb\.|ur\.|\*)?[ \t]*(1\d{3})(?!\d)/iu;
/**
 * The dead a memorial names, where the text is a memorial's ("Morts pour la France", "Stolpersteine", "Caduti") and the
 * name's year of birth, right after it, is before living memory ("BERNARD Louis, 1893", "JAKOB ROSENTHAL, JG. 1889"):
 * history. A survivor born later still counts.
 */
function memorialWeight(scan: TextScan, match: Match): Match {
  if (match.confidence <= 0.45) return match;
  const { text } = scan;
  const at = valueStart(text, match);
  if (at < 0) return match;
  const year = MEMORIAL_YEAR_AFTER.exec(text.slice(at + match.value.length, at + match.value.length + 16));
  return year && beforeLivingMemory(Number(year[1])) ? { ...match, confidence: 0.45 } : match;
}

/**
 * Where a match's value starts: at its index, or, where a title's rule gives the title's index ("Frau Krüger"), after
 * it; -1 where the value is not found there.
 */
function valueStart(text: string, match: Match): number {
  return text.startsWith(match.value, match.index) ? match.index : text.indexOf(match.value, match.index);
}
/** Where a name's value starts, or the match's index where the value is not found from it. */
function nameStart(text: string, match: Match): number {
  const found = valueStart(text, match);
  return found < 0 ? match.index : found;
}

function* namesFound(scan: TextScan): Iterable<Match> {
  // Where each name found in place stands, so that running text does not count it again; brands
  // named after people ("Calvin Klein") are no one's name either.
  const spans: number[] = THING_FAMILIES.flatMap((family) =>
    (scan.byFamily.get(family) ?? []).flatMap((hit) => [hit.start, hit.end]),
  );
  const lists = streetLists(scan);
  // A story or a lesson: its people are made up, named by a first name in prose or called so ("une petite fille qui
  // s'appelait Capucine", "Luca e Sofia raccolgono castagne"); a name with a surname, in a field or after a title still
  // counts, and so does a pupil a teacher's note names beside the task it quotes.
  const lesson = lessonNames(scan);
  const madeUp = (match: Match) => lesson !== undefined && !/\s/.test(match.value) && lesson(match);
  // Whatever rule found a name: a first name with an age in brackets after it is someone's ("Mia (7)"); a court
  // decision's parties by their initials ("der Frau K., Klägerin") are anonymised. `named` keeps where names were found.
  const named = new Set<number>();
  const judgment = judgmentText(scan);
  // A first name alone in a child's or a pupil's form ("Name: Finn\nKlasse: 3b") is someone too.
  const inForms = [...givenNamesInPersonForms(scan)];
  const formAt = new Set(inForms.map((match) => match.index));
  const reweigh = (match: Match): Match => {
    named.add(match.index);
    if (judgment && INITIALS_ONLY.test(match.value.trim())) return { ...match, confidence: Math.min(match.confidence, 0.45) };
    const single = match.confidence < 0.7 && !/\s/.test(match.value);
    return single && (formAt.has(match.index) || withAge(scan.text, match.index, match.index + match.value.length))
      ? { ...match, confidence: 0.7 }
      : match;
  };
  /** A match yielded by a rule after the ones above, kept in `named` so that a later rule does not count it again. */
  const kept = (match: Match): Match => {
    named.add(match.index);
    return match;
  };
  const weaken = (match: Match, weak: boolean): Match =>
    weak && match.confidence > 0.45 && match.confidence <= 0.7 ? { ...match, confidence: 0.45 } : match;
  // Weak where the text makes itself made up, published (a legal notice, a press release) or a thing's (a variety, a
  // credit, a price list), then raised where a form or an age shows a person.
  const weighed = (match: Match, weak: boolean): Match =>
    reweigh(
      storyWeight(
        scan,
        varietyWeight(
          scan,
          officerWeight(
            scan,
            practiceWeight(scan, lifeWeight(scan, creditWeight(scan, bookListWeight(scan, weaken(match, weak))))),
          ),
        ),
      ),
    );
  // A monarch's or a pope's name, titled or not ("Infante D. Henrique", "Louis XIV"): weak, as history's are.
  const royal = (match: Match): Match => {
    if (match.confidence <= 0.45 || !monarch(scan, match)) return match;
    // An office holder's own illness told in their sentence ("Bürgermeister Max Weber ist an Krebs erkrankt", a probe) is
    // theirs: the office does not make it published, unless the sentence reports their words.
    // A paper's or a thesis's author's department is their field ("Department of Geriatric Medicine", holdout-817).
    if (ownSpecial(scan, match) && !publishedAuthor(scan, match)) return match;
    if (/\s/.test(match.value.trim())) officeHolders(scan).add(fold(match.value.trim()));
    return { ...match, confidence: 0.45 };
  };
  // The cells of a table's columns that name things or a catalogue's makers ("L. P. Hartley" under "author" beside an ISBN).
  const cells = thingCells(scan.text);
  for (const match of namesInPlace(scan)) {
    // "v těchto ulicích: … Fr. Kloze": a street's name, its given name abbreviated as a title might be.
    if (lists.length > 0 && within(lists, match.index)) continue;
    if (cells.length > 0 && match.confidence <= 0.75 && within(cells, match.index)) continue;
    const at = scan.text.indexOf(match.value, match.index);
    if (at >= 0) spans.push(at, at + match.value.length);
    yield weighed(royal(match), madeUp(match));
  }
  spans.push(...lists);
  const inText = new Set<number>();
  const written = [...namesInText(scan, [...spans, ...cells])];
  const past = pastNames(scan, written);
  // Two rules may read the same name ("chiedere a Mia": someone reached, and a name that is a word too): once.
  const seen = new Set<string>();
  for (const match of written) {
    const key = `${match.index}:${match.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    inText.add(match.index);
    if (
      match.confidence <= 0.7 &&
      (inCompanyName(scan, match.index + match.value.length) ||
        inTownName(scan.text, match.index, match.index + match.value.length) ||
        (!/\s/.test(match.value) && eponymPair(scan.text, match.index, match.index + match.value.length)) ||
        airportAt(scan.text, match.index, match.index + match.value.length))
    )
      continue;
    if (match.confidence <= 0.7 && namesAThing(scan, match)) continue;
    // "Fri 1 Jan Closed", "Mon 4 Jan Normal hours resume": a month after its day, the word after it no name.
    if (match.confidence <= 0.7 && monthAfterDay(scan.text, match)) continue;
    // A work's editor a bibliography cites ("In P. Moreira (Ed.), Health Data Governance", holdout-366).
    if (EDITED.test(scan.text.slice(match.index + match.value.length, match.index + match.value.length + 16))) continue;
    // "nach Elisabeth Selbert zu benennen", before her life is told; "Her brother, the painter Augustus John".
    yield weighed(royal(match), madeUp(match) || past?.(match.value) === true);
  }
  const withAges = new Set<number>();
  for (const match of givenNamesWithAge(scan)) {
    if (named.has(match.index)) continue;
    withAges.add(match.index);
    yield match;
  }
  for (const match of childrenListed(scan)) if (!named.has(match.index) && !withAges.has(match.index)) yield match;
  for (const match of inForms) if (!named.has(match.index)) yield match;
  for (const match of lowerCaseGreetings(scan)) if (!named.has(match.index)) yield match;
  // Weighed as names in capitals are: a job advert's contact, a novel's characters.
  for (const match of lowerCaseDocumentNames(scan)) if (!named.has(match.index)) yield weighed(royal(match), false);
  for (const match of addresseesInCapitals(scan)) if (!named.has(match.index)) yield kept(match);
  // Initials in a role's field, not in a court's decision, whose parties are anonymised so.
  if (!judgment) for (const match of initialsInFields(scan)) if (!named.has(match.index)) yield kept(match);
  for (const match of mailDisplayNames(scan)) if (!named.has(match.index)) yield match;
  for (const match of travelNames(scan)) yield kept(match);
  for (const match of capitalNamesAfterRoles(scan)) yield kept(match);
  // Not a name another rule found already, after its title or its field's label ("D. JUAN PÉREZ LÓPEZ").
  for (const match of capitalNamesInProse(scan))
    if (!named.has(match.index) && !inText.has(match.index) && !within(spans, match.index)) yield match;
  yield* initialsParticleNames(scan, spans);
  yield* initialsWithAge(scan);
  for (const match of initialsOnRecordLines(scan)) if (!named.has(match.index)) yield match;
  yield* initialsOnRosters(scan);
  yield* polishOwners(scan, inText);
  yield* polishShortNames(scan, inText);
  // A declined given name alone, weighed as names in running text are: a league's or a team's word in a published
  // report's sentence ("u Ligi prvaka", holdout-1141) is no one's there.
  for (const match of declinedNames(scan, inText)) yield weighed(royal(match), madeUp(match));
  yield* kinsOwners(scan, inText);
  yield* irishNames(scan, inText);
  // Weighed as names in running text are: a museum's director in its news, a painter credited.
  for (const match of balticNames(scan, inText)) yield weighed(royal(match), madeUp(match));
  yield* fileNames(scan);
}

/**
 * A Latvian name before its title, which Latvian writes after it, the surname in the genitive ("Liepiņas kundze",
 * "Ozola kungs", "Bērziņa kungam", holdout-1097): someone addressed or told of. Not a common word of Latvian capitalised
 * before it.
 */
const LATVIAN_TITLED =
  /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)[ \t]+(?:kungs|kunga|kungam|kungu|kundze|kundzes|kundzei|kundzi)(?![\p{L}])/gu;
/** A Latvian salutation's adjective, before a titled surname ("Cienījamā", "Godātais", "Mīļā"). */
const LATVIAN_DEAR = /^(?:cienījam|cienīt|godāt|mīļ|dārg)(?:ā|ais|ie|ās)[ \t]+/iu;
/**
 * A Baltic given name's nominative in a Latvian or a Lithuanian text: a consonant and "-s" ("Roberts", "Kristians"), or
 * "-as", "-is", "-us", "-ys" ("Edgaras"); not a feminine genitive's "-os" or "-ės" ("Rūtos").
 */
const BALTIC_NOMINATIVE = [/^(\p{Lu}\p{Ll}*[bcdfghjklmnprtvzčšžņļķģ])s$/u, /^(\p{Lu}\p{Ll}+?)(?:as|is|us|ys)$/u];
/** A capitalised word in "-s" before another, where a Baltic given name and its surname may stand; and whether one does. */
const BALTIC_PAIR = /(?<![\p{L}])(\p{Lu}\p{Ll}+s)[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}])/gu;
const BALTIC_PAIR_AT_ALL = /\p{Lu}\p{Ll}+s[ \t]+\p{Lu}/u;
/** A Baltic surname's ending ("Liepiņš", "Kalniņa", "Jonaitis", "Petrauskienė", "Kazlauskaitė", "Bērziņš"). */
const BALTIC_SURNAME = /^\p{Lu}\p{Ll}+(?:š|s|a|e|ė|is|as|us|ys|ienė|aitė|ytė|utė|ūtė)$/u;
/**
 * Names in a Latvian or a Lithuanian text that the lists miss: a given name in its nominative, the list's form with a
 * nominative's ending (BALTIC_NOMINATIVE: "Roberts Liepiņš" for Robert, holdout-1097), before a surname the lists hold
 * or of a Baltic surname's shape; and a name before Latvian's title after it (LATVIAN_TITLED).
 */
function* balticNames(scan: TextScan, found: ReadonlySet<number>): Iterable<Match> {
  const { text } = scan;
  const titled = /(?:kung|kundz)/.test(text);
  const language = () => otherLanguageOf(scan);
  if (titled && language() === 'lv')
    for (const m of allMatches(LATVIAN_TITLED, text)) {
      // A salutation's adjective before the surname is no given name ("Cienījamā Liepiņas kundze").
      const dear = LATVIAN_DEAR.exec(m[1] as string);
      const name = dear ? (m[1] as string).slice(dear[0].length) : (m[1] as string);
      const at = m.index + (dear ? dear[0].length : 0);
      if (found.has(at) || name.split(/[ \t]+/).some((word) => wordOfLanguage(fold(word), 'lv'))) continue;
      yield { type: 'person-name', value: name, confidence: 0.75, index: at };
    }
  if (!BALTIC_PAIR_AT_ALL.test(text)) return;
  for (const m of allMatches(BALTIC_PAIR, text)) {
    const [, given, surname] = m as unknown as [string, string, string];
    // The lists' look-ups first: telling the text's language reads the whole text, and most texts in any language write
    // a capitalised word in "-s" before another ("Thomas Müller", whose "Thomas" the lists hold as it is).
    if (found.has(m.index) || GIVEN.has(fold(given))) continue;
    if (!BALTIC_NOMINATIVE.some((pattern) => GIVEN.has(fold(pattern.exec(given)?.[1] ?? '')))) continue;
    if (!SURNAME.has(fold(surname)) && !BALTIC_SURNAME.test(surname)) continue;
    const baltic = language();
    if (baltic !== 'lv' && baltic !== 'lt') return;
    if (wordOfLanguage(fold(given), baltic) || wordOfLanguage(fold(surname), baltic) || partOfPlaceName(scan, m.index)) continue;
    yield { type: 'person-name', value: `${given} ${surname}`, confidence: 0.7, index: m.index };
  }
}

/**
 * A mail header's display name written surname first, as directories export it ('From: "Dekker, Wouter" <…@…>',
 * 'To: "Nowak, Anna" <biuro@…>'): with a known given name or surname in it.
 */
const MAIL_DISPLAY_NAME =
  /^(?:From|To|Cc|Bcc|Reply-To|Von|An|De|À|Da|A|Para|Van|Aan|Od|Do)[ \t]*:[ \t]*"(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?,[ \t]*\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?)"[ \t]*<[^>\n]*@/gmu;
function* mailDisplayNames(scan: TextScan): Iterable<Match> {
  if (scan.ats.length === 0 || !scan.text.includes('"')) return;
  for (const m of allMatches(MAIL_DISPLAY_NAME, scan.text)) {
    const value = m[1] as string;
    if (knownIn(value.replace(',', ' ')))
      yield { type: 'person-name', value, confidence: 0.75, index: m.index + m[0].indexOf(value) };
  }
}

/** A day of a month before a month's short name that is a given name too ("1 Jan", "4. Jan"). */
const DAY_BEFORE_MONTH = /(?<![\d.])(?:[1-9]|[12]\d|3[01])\.?[ \t]+$/;
/** The months' short names that the lists hold as given names. */
const MONTH_GIVEN_NAMES = new Set(['jan', 'mar', 'may', 'jun', 'jul', 'aug', 'dec']);
/**
 * A name read from a month's short name after its day and the word after it ("1 Jan Closed"), where that word is no
 * given name or surname: a date and a word, no one.
 */
function monthAfterDay(text: string, match: Match): boolean {
  const words = match.value.trim().split(/[ \t]+/);
  if (words.length !== 2 || !MONTH_GIVEN_NAMES.has(fold(words[0] as string))) return false;
  if (!DAY_BEFORE_MONTH.test(text.slice(Math.max(0, match.index - 4), match.index))) return false;
  return !knownIn(words[1] as string);
}

/** Whether a name found in running text is a thing's, named after someone, by what stands around it. */
function namesAThing(scan: TextScan, match: Match): boolean {
  const before = scan.text.slice(Math.max(0, match.index - 40), match.index);
  return (
    // A brand's line of goods right after it ("Ralph Lauren Polo Blue Eau de Toilette", holdout-366).
    brandBefore(scan, match.index) ||
    // A sports club's town after its abbreviation ("der TV Feuerbach", "FC Schalke", "AS Roma", holdout-393).
    CLUB_BEFORE.test(scan.text.slice(Math.max(0, match.index - 12), match.index)) ||
    // A method, a law or a unit named after someone ("Dijkstra's algorithm", "Einheit: Pascal", holdout-404).
    eponymOrUnit(scan, match) ||
    // A storm's name in a season's list, a name-day calendar's entry ("Amy, Bram, …", "4 déc. : Barbara", holdout-403).
    weatherName(scan, match) ||
    nameDay(scan, match) ||
    // A German trade that is a surname too, in a text about trades ("Der Zimmermann arbeitet …", holdout-407).
    tradeNoun(scan, match) ||
    productTitle(scan, match) ||
    // A stop on a timetable's row (holdout-676: "Pinar de Las Rozas   06:18  06:48  07:18  07:38").
    timetableRow(scan, match.index) ||
    // One of a list of people of history ("Claude Monet à Étretat, Eugène Boudin à Trouville, Berthe Morisot …").
    listedWithHistory(scan, match) ||
    // A river after its valley's or its banks' word ("ins Tal der Lenne", "la vallée de la Loire", holdout-696).
    RIVER_BEFORE.test(scan.text.slice(Math.max(0, match.index - 24), match.index)) ||
    // An artist's retrospective or a film cycle in their name ("ciclo Manoel de Oliveira", "Retrospektive Agnès Varda",
    // holdout-770): a public artist's.
    RETROSPECTIVE_BEFORE.test(scan.text.slice(Math.max(0, match.index - 32), match.index)) ||
    // The rosary prayed, not a man named Rosario ("la recita del Rosario", "o terço do Rosário", holdout-771).
    (/^ros[aá]rio$/iu.test(match.value.trim()) &&
      ROSARY_BEFORE.test(scan.text.slice(Math.max(0, match.index - 32), match.index))) ||
    // A stop on a line's list of stops (holdout-696: "6. Eduardo Boscá – Ciudad de las Artes").
    stopsListItem(scan, match) ||
    // Whom a school, a street or a prize is named after ("SP nr 2 im. Marii Konopnickiej", "fick sitt namn efter Karl
    // XI", holdout-1151): its patron, not someone the text is about.
    EPONYM_BEFORE.test(before) ||
    // A Portuguese town by its "Vila" ("Vila Nova de Gaia", holdout-1153): the town's words after it.
    VILA_BEFORE.test(before) ||
    // … or whose name, its words joined by hyphens, opens a compound of the text ("Philipp-Franck-Weg – nach dem Maler
    // Philipp Franck", "Marie-Curie-Gymnasium"): a street's or a school's patron.
    hyphenatedInCompound(scan.text, match.value)
  );
}

/** A Portuguese town's "Vila" and its words up to the name: "Vila ▸Real", "Vila Nova de ▸Gaia". */
const VILA_BEFORE = /(?<![\p{L}])Vila(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|de|do|da|dos|das)){0,3}[ \t]+$/u;
/** Whether a name of two words or more stands in the text with its words joined by hyphens, a compound's start ("Philipp-Franck-"). */
function hyphenatedInCompound(text: string, value: string): boolean {
  const words = value.trim().split(/[ \t]+/);
  return words.length >= 2 && text.includes(`${words.join('-')}-`);
}

/**
 * Words naming what follows as a patron: Polish "im." and "imienia", "named after", "benannt nach", "porte le nom de",
 * "intitolata a", "que lleva el nombre de", "vernoemd naar", "nazwana na cześć", "uppkallad efter", "fick sitt namn
 * efter", "opkaldt efter", "pojmenovaná po" …, an article or a calling maybe between ("named after the painter").
 */
const EPONYM_BEFORE =
  /(?:(?<![\p{L}])(?:im\.|imienia)|(?<![\p{L}])(?:named after|named for|benannt nach|porte le nom d[ue]|baptisée? du nom d[ue]|intitolat[oa] a|dedicat[oa] a|que lleva el nombre de|vernoemd naar|genoemd naar|nazwan[aey] (?:na cześć|imieniem)|uppkallad(?:e)? efter|fick sitt namn efter|har fått sitt namn efter|opkaldt efter|nimetty|pojmenovan[áéý] po|pomenovan[áéý] po|numit[ăe]? după|poimenovan[ao]? po|nazvan[ao]? po)(?:[ \t]+\p{Ll}[\p{Ll}'’-]*){0,2})[ \t]+$/iu;

/**
 * A retrospective's or a film cycle's word right before an artist's name (not a homage's: "homenaje a Rosario Martín
 * Cuesta", a neighbour of 102, holdout-541).
 */
const RETROSPECTIVE_BEFORE =
  /(?<![\p{L}])(?:(?:retrospective|retrospektive|rétrospective|retrospettiva|retrospectiva|retrospectief|retrospektywa|werkschau)(?:[ \t]+(?:de|di|of|von|van|du))?|ciclo|cycle|ciclo de cine|filmreihe|filmcyclus|przegląd filmów)[ \t]+$/iu;
/** A portrait's word before its sitter's title, another sitter's title and "and" maybe between ("portrait of Mr and "). */
const PORTRAIT_BEFORE =
  /(?<![\p{L}])(?:portraits? of|bildnis(?:se)?(?: de[rs])?|porträts?(?: von| de[rs])?|portraits? de|ritratt[oi] (?:di|del|della|dei)|retratos? de|portret(?:ten)? van|portrety?)[ \t]+(?:\p{Lu}\p{L}{0,4}\.?[ \t]+(?:and|und|et|e|y|en|i)[ \t]+)?$/iu;
/** A prayer's or a devotion's words before the rosary's: its recital, the Virgin's title, "Santo". */
const ROSARY_BEFORE =
  /(?<![\p{L}])(?:recita|recitare|rezo|rezar|reza|récitation|preghiera|pregare|madonna|vergine|virgen|nuestra señora|nossa senhora|santo|santíssimo|santissimo|terço|misteri|misterios|mistérios|festa|fiesta|mese|mes)[ \t]+(?:del|dello|do|il|el|o)?[ \t]*$/iu;
/** A valley's, a bank's or a source's word before a river's name, and its article. */
const RIVER_BEFORE =
  /(?<![\p{L}])(?:(?:tal|ufer|quelle|mündung|oberlauf|unterlauf|aue|auen|seitental|flussbett)[ \t]+(?:der|des)|(?:vallée|bords|rives|source|embouchure)[ \t]+(?:de[ \t]+la|du|de[ \t]+l['’])|(?:valle|riva|rive|sponde|foce|sorgente)[ \t]+(?:del|della|dell['’])|(?:valle|orillas|ribera|desembocadura|nacimiento)[ \t]+del|(?:vale|margens|margem|foz|nascente)[ \t]+do|(?:dal|oever|oevers|monding)[ \t]+van[ \t]+de|(?:valley|banks|bank|source|mouth)[ \t]+of[ \t]+the)[ \t]*$/iu;

/** The heading of a line's stops, or of a route's: its stops follow as a list. */
const STOPS_HEADING =
  /(?<![\p{L}])(?:stops|haltestellen|arrêts|fermate|paradas|haltes|przystanki|paragens|recorrido|linienverlauf|itinéraire|percorso|route)(?![\p{L}])/iu;
/** A list's item: its number and a dot or a bracket, or a bullet, at a line's start. */
const LIST_ITEM_OPENING = /^[ \t]*(?:\d{1,2}[.)]|[-•*–])[ \t]+/;
/**
 * An item of a list of stops: a short line, the list's heading within the lines before it, under a vehicle's, a stop's
 * or a departure's word in the text's head.
 */
function stopsListItem(scan: TextScan, match: Match): boolean {
  const { text } = scan;
  const lineStart = text.lastIndexOf('\n', match.index - 1) + 1;
  const lineEnd = lineEndOf(text, match.index);
  if (lineEnd - lineStart > 80 || !LIST_ITEM_OPENING.test(text.slice(lineStart, match.index))) return false;
  if (!transitText(scan)) return false;
  // The heading: the line of words before the list's first item, within 800 characters.
  let at = lineStart;
  while (at > 0 && at > lineStart - 800) {
    const previousStart = text.lastIndexOf('\n', at - 2) + 1;
    const line = text.slice(previousStart, at - 1);
    if (line.trim() !== '' && !LIST_ITEM_OPENING.test(line)) return STOPS_HEADING.test(line);
    at = previousStart;
  }
  return false;
}

/** Four clock times or more after a row's label, apart by spaces only: departures, not a shift's hours ("8:00–16:00"). */
const DEPARTURES = /^[^\d\n]*(?:[ \t]+\d{1,2}[:.]\d{2}(?![\d:.]))(?:[ \t]+\d{1,2}[:.]\d{2}(?![\d:.])){3,}[ \t]*$/;
/**
 * A public transport timetable's words, in its heading: its vehicle, its stops or its departures (not a line's word: a
 * factory has lines too).
 */
const TRANSIT_WORDS =
  /(?<![\p{L}])(?:timetable|fahrplan|dienstregeling|rozkład jazdy|bus|buses|tram|metro|trains?|zug|treno|tren|trein|pociąg|comboio|cercanías|rodalies|s-bahn|rer|stations?|haltestellen?|arrêts?|fermate?|paradas?|haltes?|przystan\p{L}*|paragens?|departures?|abfahrt\p{L}*|départs?|partenz[ae]|salidas?|vertrek|odjazd\p{L}*|partidas?)(?![\p{L}])/iu;
/** Whether a text's head names a vehicle, stops or departures: asked once per text, not at each name. */
const transitText = (scan: TextScan) => memo(scan, 'transit', () => TRANSIT_WORDS.test(scan.text.slice(0, 300)));
/**
 * A timetable's row: the line holds departures, and so does the line before or after it, under a heading that names a
 * vehicle, stops or departures (a time sheet's rows hold four times too: in, out, in, out).
 */
function timetableRow(scan: TextScan, index: number): boolean {
  const { text } = scan;
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const end = lineEndOf(text, index);
  if (!DEPARTURES.test(text.slice(start, end))) return false;
  const previous = start > 0 ? text.slice(text.lastIndexOf('\n', start - 2) + 1, start - 1) : '';
  const nextEnd = end < text.length ? lineEndOf(text, end + 1) : end;
  return (DEPARTURES.test(previous) || (end < text.length && DEPARTURES.test(text.slice(end + 1, nextEnd)))) && transitText(scan);
}

/** How far apart the items of a list of people may stand: a place or a date after each ("… à Étretat, "). */
const LIST_GAP = 32;
/**
 * A name between two of history in one list, or after two: the items apart by a comma or "and" ("Claude Monet à Étretat,
 * Eugène Boudin à Trouville, Berthe Morisot à Fécamp"). Not a name in a sentence that only mentions them ("Anna Weber
 * visited the Monet and Signac rooms").
 */
function listedWithHistory(scan: TextScan, match: Match): boolean {
  const ofHistory = scan.byFamily.get('historical-person');
  if (!ofHistory || ofHistory.length < 2) return false;
  const { text } = scan;
  const end = match.index + match.value.length;
  const joined = (from: number, to: number) =>
    to >= from &&
    to - from <= LIST_GAP &&
    /^[^.!?\n;:]*(?:,|(?<![\p{L}])(?:and|und|et|e|y|en|i|och|og|ja)(?![\p{L}]))[^.!?\n;:]*$/u.test(text.slice(from, to));
  const k = firstFrom(ofHistory, match.index);
  const before = ofHistory[k - 1];
  const after = ofHistory[k];
  const beforeTwo = ofHistory[k - 2];
  const listedBefore = before !== undefined && joined(before.end, match.index);
  const listedAfter = after !== undefined && after.start >= end && joined(end, after.start);
  return (listedBefore && listedAfter) || (listedBefore && beforeTwo !== undefined && joined(beforeTwo.end, before.start));
}

/**
 * A goods' record's title or name, as the extractor writes a product feed's or an order's lines ("products[4].title:
 * Handdoek set Anna, 4 stuks", "items[2].name: …"): a key path through goods' records, a SKU's, a price's or a brand's
 * key within reach.
 */
const PRODUCT_TITLE_KEY =
  /^[ \t]*(?:[\p{L}\d_]+(?:\[\d+\])?\.)*(?:products?|produkte?|produits?|prodott[oi]|productos?|produtos?|producten|items?|line_?items|articles?|artikel(?:en)?|articol[oi]|goods|offers?|variants?|skus?|catalog(?:ue)?)(?:\[\d+\])?\.(?:title|name|label|description|titel|naam|nom|nome|nombre|bezeichnung|omschrijving|beschreibung|descrizione|descripción|descrição|nazwa|opis)[ \t]*[:=]/iu;
function productTitle(scan: TextScan, match: Match): boolean {
  const { text } = scan;
  const lineStart = text.lastIndexOf('\n', match.index - 1) + 1;
  if (!PRODUCT_TITLE_KEY.test(text.slice(lineStart, match.index))) return false;
  return PRODUCT_KEY_LINE.test(text.slice(Math.max(0, lineStart - 300), match.index + match.value.length + 300));
}

/** A method's, a law's or a measure's word after a name and its possessive: "Dijkstra's algorithm", "Hooke's law". */
const EPONYM_AFTER =
  /^(?:'s|’s|')?[ \t*_]*(?:algorithms?|theorems?|lemmas?|laws?|conjectures?|equations?|principles?|methods?|tests?|distributions?|constants?|effects?|rules?|formulas?|formulae|numbers?|series|transforms?|inequalit(?:y|ies)|paradox(?:es)?|criteri(?:on|a)|sequences?|integrals?|operators?|syndromes?)(?![\p{L}])/iu;
/** Units named after people, which are given names or surnames too ("Pascal", "Kelvin", "Newton", "Weber"). */
// biome-ignore format: a word table reads best packed
const UNIT_NAMES = new Set([
  'pascal', 'kelvin', 'newton', 'joule', 'watt', 'volt', 'ampere', 'ampère', 'ohm', 'hertz', 'coulomb', 'tesla',
  'weber', 'henry', 'siemens', 'becquerel', 'gray', 'sievert', 'celsius', 'fahrenheit', 'farad',
]);
/** Where a unit stands: after its word or a number, or in a sum ("Einheit: Pascal", "in Kelvin = …", "5 Newton"). */
const UNIT_BEFORE = /(?:(?<![\p{L}])(?:einheit|unit|unité|unità|unidad|eenheid|jednostka|unidade)[ \t]*:?[ \t]*|\d[ \t]*)$/iu;

/** A single name that is a method's, a law's or a unit's, named after someone. */
function eponymOrUnit(scan: TextScan, match: Match): boolean {
  const { text } = scan;
  const end = match.index + match.value.length;
  if (EPONYM_AFTER.test(text.slice(end, end + 24))) return true;
  if (/\s/.test(match.value) || !UNIT_NAMES.has(fold(match.value))) return false;
  return UNIT_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index)) || /^[ \t]*=/.test(text.slice(end, end + 4));
}

/** How far before a list of names its word for them may stand. */
const NAMES_REACH = 160;
/** A list's word for names: "names", "Namen", "noms", "nomi", "nombres", "namen", "nazwy", "nomes". */
const NAMES_WORD = /(?<![\p{L}])(?:names|namen|noms|nomi|nombres|nazw\p{L}*|nomes)(?![\p{L}])/iu;
/** A calendar's day and month before its entry: "9 déc. : ", "13 dicembre – ", "4 grudnia (piątek) – ". */
const CALENDAR_DAY = /\d{1,2}(?:er|e|º|ª|\.)?[ \t]*\p{L}{3,}\.?(?:[ \t]*\([^)\n]{1,12}\))?[ \t]*[:–-][^\n]{0,30}$/u;
/** Everyone who bears a name: "à toutes les Barbara", "all the Nicks", "allen Barbaras", "a tutte le Lucia". */
const EVERYONE_CALLED =
  /(?<![\p{L}])(?:(?:tous|toutes) les|all the|allen|alle|tutti i|tutte le|todos los|todas las|wszystkim|todos os|todas as)[ \t]+$/iu;
/** The most names a list of names alone has before it counts as a list of storms' names: fewer may be people's. */
const LIST_OF_NAMES = 4;

/**
 * A storm's name in a list of names alone in a text about storms. After a weather system's word ("Storm Amy", "Tief
 * Yvonne") the lexicon's naming words read it already, as part of a named thing's name.
 */
function weatherName(scan: TextScan, match: Match): boolean {
  const { text } = scan;
  if (/\s/.test(match.value) || !scan.byFamily.has('storm')) return false;
  // The list's paragraph, which a mail program may have wrapped over several lines.
  const [start, end] = paragraphAround(text, match.index);
  // The list says what it names, in its paragraph or just before ("This season's names are:", "lista de nombres: …").
  if (!NAMES_WORD.test(text.slice(Math.max(0, start - NAMES_REACH), match.index))) return false;
  const items = text.slice(start, end).split(/,|\s(?:and|y|et|e|en|und|i|oraz|ou|o|or)\s/u);
  return items.filter((item) => /^\s*\p{Lu}[\p{L}'’-]+[\s.]*$/u.test(item)).length >= LIST_OF_NAMES;
}

/** A first name alone on a calendar or a page of name days ("4 déc. : Barbara", "imieniny: Barbary, Krystiana"). */
function nameDay(scan: TextScan, match: Match): boolean {
  const { text } = scan;
  if (!scan.byFamily.has('name-day')) return false;
  // The day's entry, a first name or a saint's full name ("9 déc. : Pierre Fourier"), or everyone of that name ("à
  // toutes les Barbara"); not a wish to someone ("z okazji imienin, Basiu!").
  const lineStart = text.lastIndexOf('\n', match.index - 1) + 1;
  const before = text.slice(lineStart, match.index);
  return CALENDAR_DAY.test(before) || (!/\s/.test(match.value) && EVERYONE_CALLED.test(before));
}

/** German trades that are frequent surnames too: "der Zimmermann", "die Zunft der Schneider", "ein Koch". */
// biome-ignore format: a word table reads best packed
const GERMAN_TRADES = new Set([
  'zimmermann', 'schneider', 'muller', 'weber', 'koch', 'bauer', 'fischer', 'maurer', 'schreiner', 'backer', 'becker',
  'metzger', 'gerber', 'jager', 'schafer', 'wagner', 'schmied', 'schlosser', 'glaser', 'maler', 'richter', 'gartner',
  'fleischer', 'sattler', 'topfer', 'drechsler', 'kufer', 'bottcher', 'schuster', 'schuhmacher', 'kaufmann', 'vogt',
  'forster', 'kellner', 'brauer', 'farber', 'zollner', 'kramer', 'schiffer', 'fuhrmann', 'kohler', 'seiler', 'wirt',
  'steinmetz', 'tischler', 'klempner', 'dachdecker', 'fliesenleger', 'hirte', 'pfeifer',
]);
/** A German article or determiner right before a noun: "der", "die", "einen", "jeder", "beim", "als". */
const GERMAN_ARTICLE_BEFORE =
  /(?<![\p{L}])(?:der|die|den|dem|des|ein|eine|einen|einem|eines|einer|jeder|jeden|kein|keinen|zum|vom|beim|als)[ \t]+$/iu;
/** How many trades a text must name for one after an article to be the trade: one alone may be a surname ("der Müller hat angerufen"). */
const TRADES_IN_TEXT = 2;

/** Words of a text about trades: their training, guilds, masters, a job ad's "(m/w/d)". */
const TRADE_CONTEXT =
  /(?<![\p{L}])(?:handwerk\p{L}*|zunft\p{L}*|zünfte|ausbildung\p{L}*|lehrling\p{L}*|gesell(?:e|en|in)|meisterbrief|innung\p{L}*|gewerbe\p{L}*|berufe|m\/w\/d)(?![\p{L}])/iu;
/**
 * A trade's definition after it as a label: a word in lower case, a verb, and three words more ("Zimmermann: errichtet
 * Dachstühle, Holzhäuser …"); not a note's state ("Müller: krank", "Schneider: im Urlaub").
 */
const TRADE_DEFINED_AFTER = /^:[ \t]+\p{Ll}\p{L}*(?:[ \t,]+[\p{L}\d-]+){3}/u;

/**
 * A German trade that is a surname too, in a text about trades (two trades named or more, and a word of training or
 * guilds), after an article ("Der Zimmermann arbeitet …") or as a label its definition follows ("Maurer: mauert …").
 */
function tradeNoun(scan: TextScan, match: Match): boolean {
  const { text } = scan;
  if (/\s/.test(match.value) || !GERMAN_TRADES.has(fold(match.value))) return false;
  const end = match.index + match.value.length;
  const lineStart = text.lastIndexOf('\n', match.index - 1) + 1;
  const label = /^[ \t]*$/.test(text.slice(lineStart, match.index)) && TRADE_DEFINED_AFTER.test(text.slice(end, end + 80));
  if (!label && !GERMAN_ARTICLE_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))) return false;
  return memo(scan, 'german-trades', () => {
    if (!textHas(scan, TRADE_CONTEXT)) return false;
    const trades = new Set<string>();
    for (const m of allMatches(/\p{Lu}\p{Ll}{2,}/gu, text)) {
      const word = fold(m[0]);
      if (GERMAN_TRADES.has(word)) trades.add(word);
    }
    return trades.size >= TRADES_IN_TEXT;
  });
}

/** A sports club's abbreviation right before its town's name: "TV", "TSV", "1. FC", "VfB", "SpVgg", "AS", "CD", "KS", "SL". */
const CLUB_BEFORE =
  /(?<![\p{L}\d])(?:\d\.[ \t]*)?(?:FC|SC|SV|TV|TSV|TuS|TSG|SG|FSV|SSV|ESV|ASV|KSV|RSV|VfB|VfL|VfR|SpVgg|HSV|BSC|AC|AS|US|SS|ACF|SSC|CD|CF|UD|SD|RCD|RC|AJ|KS|GKS|MKS|SL|FK|SK|IF|BK|AIK|VV|SBV|RKSV) $/u;

/**
 * Two surnames joined by an en dash: a method, a law or a test named after both ("the Mann–Whitney U test",
 * "Kaplan–Meier estimates", "Navier–Stokes"): one word each. A person's double surname takes a hyphen.
 */
function eponymPair(text: string, start: number, end: number): boolean {
  return /\p{L}–$/u.test(text.slice(Math.max(0, start - 2), start)) || /^–\p{Lu}/u.test(text.slice(end, end + 2));
}

/** An airport's code in brackets right after a name ("Paris Orly (ORY)", "Lisboa Humberto Delgado (LIS)"). */
const AIRPORT_CODE_AFTER = /^[ \t]*\([A-Z]{3}\)/;
/**
 * A flight on the line, by an arrow or a flight's number ("TP 1947", "LH1234"): the code is an airport's there, not a
 * person's initials ("Laura Finch (LFI), Tom Okafor (TOK)", "Laura Finch (LFI) will take the flight to Rome").
 */
const FLIGHT_LINE = /[→✈]|(?<![\p{L}\d])(?:[A-Z]{2}|[A-Z]\d|\d[A-Z]) ?\d{3,4}(?![\p{L}\d])/u;
function airportAt(text: string, start: number, end: number): boolean {
  if (!AIRPORT_CODE_AFTER.test(text.slice(end, end + 12))) return false;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', end);
  return FLIGHT_LINE.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
}

/** Whether `index` lies on a title's or a heading's line: short, one sentence, no sentence's end after it. */
function headingAt(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  let end = text.indexOf('\n', index);
  if (end < 0) end = text.length;
  if (end - start > 120) return false;
  const line = text.slice(start, end).trim();
  return !/[.!?;:,]$/.test(line) && !/[.!?][ \t]+\p{Lu}/u.test(line);
}

/** A film's line in a programme: its year and running time in brackets ("The Quiet Harbour (2024, 104 min, 12A)"). */
const FILM_LINE = /\([ \t]*(?:19|20)\d\d[ \t]*,[ \t]*\d{2,3}[ \t]*min\b/;

/** A persona's numbered heading, as user research writes them: "Persona 1: the occasional user", "## Persona 2 – …". */
const PERSONA_HEADING = /(?:^|\n)[ \t#]*Persona[ \t]+\d{1,2}[ \t]*[:.–—-]/;

/** Tales' openings, folded as the scan's hits are. */
const TALES = new Set(TALE_OPENINGS.map(fold));

/** A lesson's numbered question: "1. Was trinkt Jonas?", "a) ¿Adónde quiere ir Ana?", "3. Luca e Sofia … Quante …?". */
const QUESTION_LINE = /^[ \t]*(?:\d{1,2}[.)]|[a-h]\))[^\n]*\?[ \t]*$/gmu;
const CAPITALISED_WORDS = /(?<![\p{L}])\p{Lu}[\p{L}'’-]+/gu;
/** A dialogue's line: its speaker's name and a colon at the line's start. */
const SPEAKER_LINE = /^[ \t]*(\p{Lu}[\p{L}'’-]+):[ \t]/gmu;

/**
 * Whom a story or a lesson makes up, where a tale's opening or an exercise's instructions mark the text: everyone
 * after a tale's opening that starts a line ("Il était une fois une petite fille …"), and whom the exercise's
 * numbered questions name ("1. Was trinkt Jonas?"). Not a pupil a note names beside the task it quotes ("„Lies den
 * Text und beantworte die Fragen“ … Finn, du hast …").
 */
function lessonNames(scan: TextScan): ((match: Match) => boolean) | undefined {
  return memo(scan, 'lesson-names', () => {
    const hits = scan.byFamily.get('lesson-marker');
    if (!hits) return undefined;
    const { text } = scan;
    const tale = hits.find(
      (hit) =>
        TALES.has(fold(text.slice(hit.start, hit.end))) &&
        /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, hit.start - 40), hit.start)),
    );
    const asked = new Set<string>();
    for (const line of allMatches(QUESTION_LINE, text))
      for (const word of allMatches(CAPITALISED_WORDS, line[0])) asked.add(fold(word[0]));
    // A dialogue to read: its speakers ("Lesen Sie den Dialog … Jonas: Ich hätte gern …").
    if (hits.some((hit) => /dialo/.test(fold(text.slice(hit.start, hit.end)))))
      for (const line of allMatches(SPEAKER_LINE, text)) asked.add(fold(line[1] as string));
    if (!tale && asked.size === 0) return undefined;
    // Whom the questions ask about, and whom the story names beside them in a sentence ("O Tiago e a avó Rosa foram …").
    const besideAsked = (index: number) => {
      if (asked.size === 0) return false;
      const [start, end] = sentenceAround(text, index);
      for (const word of allMatches(CAPITALISED_WORDS, text.slice(start, end))) if (asked.has(fold(word[0]))) return true;
      return false;
    };
    return (match: Match) =>
      (tale !== undefined && (match.index > tale.start || text.includes(match.value, tale.end))) ||
      asked.has(fold(match.value)) ||
      besideAsked(match.index);
  });
}

/**
 * The people of history a text names where it tells of their lives, to know them elsewhere in it: by their full
 * name, and by their surname where a life began more than 110 years ago (the living rarely share a surname with
 * someone born then in the same text).
 */
function pastNames(scan: TextScan, written: readonly Match[]): ((value: string) => boolean) | undefined {
  const history = historyOf(scan);
  if (history === NO_HISTORY) return undefined;
  const full = new Set<string>();
  const surnames = new Set<string>();
  for (const match of written) {
    const words = fold(match.value).split(/[ \t]+/);
    if (words.length < 2 || !history.at(match.index)) continue;
    full.add(words.join(' '));
    if (history.deep) surnames.add(words[words.length - 1] as string);
  }
  if (full.size === 0) return undefined;
  return (value) => {
    const words = fold(value).split(/[ \t]+/);
    return full.has(words.join(' ')) || surnames.has(words[words.length - 1] as string);
  };
}

/**
 * Monarchs and popes: a name after a royal, imperial or papal title ("Queen Margrethe", "el rey Felipe", "Infante D.
 * Henrique", "króla Jana"), or before a regnal number ("D. Manuel I", "Louis XIV", "Ludwig II.", "Henry VIII's"). The
 * titles that are given names too ("Duke", "Reina") only in lower case or after an article, the German ones that are
 * frequent surnames too ("Kaiser", "König") only after an article ("der Kaiser Wilhelm"): an Austrian list writes
 * "König Anna" surname first. Not a single I, V or X before a capitalised word: a middle initial ("Peter V. Smith").
 * The Slavic, Hungarian, Romanian, Nordic and Baltic titles too ("Ulici kralja Tomislava", holdout-533).
 */
const ROYAL_TITLES =
  'queen|princess|emperor|empress|pope|tsar|czar|tsarina|duchess|königin|kaiserin|prinzessin|papst|herzogin|zar|zarin|roi|reine|princesse|empereur|impératrice|pape|duchesse|principe|principessa|imperatore|imperatrice|duca|duchessa|príncipe|princesa|emperador|emperatriz|duque|duquesa|koning|koningin|prinses|keizer|keizerin|paus|hertog|hertogin|król|króla|królem|królowi|królowa|królowej|królową|książę|księcia|księżna|cesarz|cesarza|cesarzowa|papież|papieża|rainha|infante|infanta|imperador|imperatriz|kralj|kralja|kralju|kraljica|kraljice|král|krále|králi|královna|kráľ|kráľa|kráľovná|knez|kneza|király|királyné|regele|regelui|kung|kungen|drottning|kong|dronning|kuningas|kuningatar|karalius|karaliaus|karalienė|karalis|karaļa';
/** Titles that are given names too ("Duke Johnson", "Reina Torres", "Regina Weber"): a title only in lower case or after an article. */
const ROYAL_GIVEN_TITLES = 'king|prince|duke|sultan|rey|reina|rei|regina|prins';
/** The German titles that are frequent surnames too, after their article only. */
const ROYAL_SURNAME_TITLES = 'kaiser|kaisers|könig|königs|prinz|prinzen|herzog|herzogs';
/** What may stand between a royal title and the name: "Infante D. Henrique", "el rey don Juan", "Sankt". */
const ROYAL_PARTICLE = String.raw`(?:d\.|dom|dona|don|doña|san|sankt|saint|st\.)`;
const ROYAL_ARTICLE = 'the|el|la|le|il|o|a|de|het|his|her|their|our';
const ROYAL_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])((?:${ROYAL_TITLES})|(?:(?:${ROYAL_ARTICLE})[ \t]+|(?<![\p{L}]))(?:${ROYAL_GIVEN_TITLES})|(?:der|des|dem|den)[ \t]+(?:${ROYAL_SURNAME_TITLES}))(?:[ \t]+${ROYAL_PARTICLE})?[ \t]+$`,
  'iu',
);
/** Those titles capitalised, as a given name is written. */
const ROYAL_OR_GIVEN = new Set(ROYAL_GIVEN_TITLES.split('|').map((t) => (t[0] as string).toUpperCase() + t.slice(1)));
/** The title's word in a match of ROYAL_BEFORE, and whether an article opens it. */
const ROYAL_TITLE_WORD = new RegExp(String.raw`\p{L}+(?=[ \t]+(?:${ROYAL_PARTICLE}[ \t]+)?$)`, 'iu');
const ROYAL_ARTICLE_FIRST = new RegExp(String.raw`^(?:${ROYAL_ARTICLE})[ \t]`, 'i');
/**
 * Members of a government and heads of state by their office, as news and press reviews name them
 * ("Bundeswirtschaftsministerin Katherina Reiche", "la ministra del Lavoro Marina Calderone", "premier Tusk", "EU
 * Commissioner …"); not a company's or a club's president, whom private minutes name too.
 */
const GOVERNMENT_OFFICES = String.raw`ministre|ministro|ministra|prime minister|chancellor|staatssecretaris|secrétaire d['’]état|sottosegretari[oa]|secretari[oa] de estado|commissioner|eu-kommissar(?:in)?|commissaire|commissari[oa]|comisari[oa]|eurocommissaris|komisarz|komisarza|comissári[oa]|(?:bundes|staats|minister)präsident(?:in)?|président de la république|presidente della repubblica|presidente da república|presidente del gobierno|presidente do governo|prezydent|prezydenta|consejer[oa] de (?:educación|sanidad|salud|hacienda|economía|cultura|medio ambiente|fomento|agricultura|empleo|justicia|presidencia|turismo|industria|bienestar social|política social|vivienda|transportes|universidades|deportes|interior|familia)|assessor[ei]|assessora(?= (?:regionale|comunale|all['’]|al |alla ))|landrat|landrätin|senator(?:in)? für`;
/**
 * The offices that end a compound, matched anywhere in a word ("Bundeswirtschaftsministerin", "Vizekanzler"; not
 * "administer"): the same as a word's start, any letters, then the office, and much faster to find.
 */
const GOVERNMENT_COMPOUNDS = String.raw`(?<!ad)minister(?:in|s)?|kanzler(?:in)?`;
const OFFICE_COMPOUNDS = String.raw`${GOVERNMENT_COMPOUNDS}|bürgermeister(?:in)?`;
const GOVERNMENT_OFFICE = String.raw`(?:(?<![\p{L}])(?:${GOVERNMENT_OFFICES})|${GOVERNMENT_COMPOUNDS})`;
const GOVERNMENT_BEFORE = new RegExp(
  String.raw`${GOVERNMENT_OFFICE}(?:[ \t]+(?:of|for|de|del|della|dello|degli|delle|des|du|de la|van|voor|da|do|dos|das|ds\.|d['’]|dell['’]|l['’])?[ \t]*(?:l['’])?(?:\p{L}[\p{L}-]*)){0,3}?,?[ \t]+$`,
  'iu',
);
/**
 * Whether a text holds a royal's, a pope's or an office's word anywhere: only then are the patterns above tried. The
 * same words as theirs, so that the look at the whole text never misses what they would find.
 */
const ROYAL_WORD = new RegExp(
  String.raw`(?<![\p{L}])(?:${ROYAL_TITLES}|${ROYAL_GIVEN_TITLES}|${ROYAL_SURNAME_TITLES})(?![\p{L}])`,
  'iu',
);

const PREMIER_BEFORE = /(?<![\p{L}])(?:premier|premiê)[ \t]+$/iu;
/**
 * A town's or a university's head by office, right before the name ("Oberbürgermeisterin Katrin Wallner", "le maire,
 * Jean-Pierre Lambert", "wethouder Sanne de Vries", "il rettore prof. Marco Ferri"), as news and newsletters name
 * them: nothing between but a comma or an academic title, since citizens write to the mayor about their neighbours. A
 * council's leader and the opposition's ("Council leader Amanda Price said …", holdout-529), not a student council's.
 * A German town's department heads, treasurer and district head ("Baudezernentin Miriam Haller sprach …", a probe).
 * An elected councillor by title ("Chair: Cllr Margaret Doyle", "Gemeinderat Peter Sommer dankte …", "il consigliere
 * comunale …", holdout-1092 and -864): a council's member in office, as its mayor is.
 */
const LOCAL_OFFICES = String.raw`(?:bau|sozial|kultur|schul|ordnungs|umwelt|finanz|wirtschafts|jugend|sport|personal|planungs|verkehrs)?dezernent(?:in)?|beigeordnete[rn]?|stadtbaurat|stadtbaurätin|(?:stadt)?kämmerer(?:in)?|landrat|landrätin|ortsvorsteher(?:in)?|mayor|lord mayor|maire|sindac[oa]|vicesindac[oa]|alcalde|alcaldesa|burgemeester|wethouder|gedeputeerde|dijkgraaf|burmistrz|burmistrza|wójt|wójta|marszałek|marszałka|marszałkiem|wojewoda|wojewody|presidente da câmara|rector|rectora|rektor(?:in)?|recteur|rectrice|rettore|rettrice|reitor|reitora|rector magnificus|(?:místo)?starost(?:a|ka|u|ovi|ou|ky|ku|kou|ce|y|o)|primátor(?:ka|a|ovi)?|polgármester|primar(?:ul|ului)?|gradonačelni(?:k|ka|ca)|načelni(?:k|ka|ca)|župan(?:ja|a)?|pormestari|kaupunginjohtaja|kunnanjohtaja|maaherra|borgmästare|borgmester|landshövding(?:en)?|kommunalråd(?:et)?|regionråd(?:et)?|rigsombudsmand|δήμαρχος|δημάρχου|δήμαρχο|кмет|кмета|meras|mērs|linnapea|vallavanem|seniūnas|seniūnė|sindku|préfet|préfète|prefett[oa]|responsabile (?:unico )?del procedimento|segretari[oa] comunale|wijkagent|kontaktbereichsbeamte[rn]?|dzielnicow[ya]|community police officer|giudice|judge|lady justice|lord justice|lord chief justice|mr justice|mrs justice|richter(?:in)?|juge|juez|jueza|magistrad[oa]|magistrat[oa]|magistrate|rechter|sędzia|juiz|juíza|(?<!(?:student|students['’]|school|youth|pupils?['’]?|works|staff)[ \t]+)council leader|leader of the council|opposition leader|leader of the opposition|cllr\.?|councillor|councilor|stadtrat|stadträtin|gemeinderat|gemeinderätin|conseill(?:er|ère) municipale?|consigliere comunale|consigliera comunale|concejal(?:a)?|raadslid|radn[ya]|vereador(?:a)?|councillors|councilors|stadträte|gemeinderäte|conseill(?:er|ère)s municipaux|consiglieri comunali|concejales|raadsleden|wethouders|radni|vereadores|(?:\d+(?:er|re|e|ème)|premier|première)[ \t]+adjointe?|assessor[ei](?: comunal[ei])?|wiceprzewodnicząc[ya](?: rady)?|zastępca burmistrza|deputy mayor|teniente de alcalde`;
/** What follows a town head's office before the name: the town's word ("starosta obce", "Bürgermeister der Gemeinde"). */
const OF_THE_TOWN = String.raw`(?:[ \t]+(?:obce|mesta|města|gminy|miasta|der stadt|der gemeinde|de la ville|de la commune|della città|del comune|de la ciudad|del ayuntamiento|da câmara|do município|van de gemeente|of the city|of the town))?`;
/** The place after an office by its name ("préfet de la Marne", "sindaco di Castelfranco Emilia", "mayor of Cork"). */
const OF_PLACE_NAMED = String.raw`(?:[ \t]+(?:de la[ \t]+|de l['’]|(?:du|de|des|di|del|della|dello|dei|of|von|van|do|da)[ \t]+)\p{Lu}[\p{L}'’-]*(?:[ \t-]+\p{Lu}[\p{L}'’-]*){0,2})?`;
/**
 * Between an office and its holder's name: a comma, a field's colon, "is the" ("Responsabile del procedimento è il dott.
 * …"), or Czech and Slovak "became" ("Místostarostou se stal Petr Vaněček", holdout-942).
 */
const OFFICE_HOLDER_JOIN = String.raw`(?:[ \t]*[,:]|[ \t]+(?:è|is|ist|est|es|é)(?:[ \t]+(?:il|la|el|le|the|der|die|de|o|a))?|[ \t]+(?:se|sa)[ \t]+stal[a]?)?`;
/** An office's portfolio after its word, maybe on the next line ("Wethouder / Mobiliteit Lotte Bakker", holdout-822). */
const OF_PORTFOLIO = String.raw`(?:(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?:(?:voor|für|for|alla|al|ai|chargée? de(?:s| la| l['’])?)[ \t]+)?\p{Lu}\p{Ll}[\p{L}'’-]*|,?[ \t]+(?:chargée? (?:de la|de l['’]|des|du|de)|delegat[oa] (?:al|alla|allo|ai|agli|alle|all['’])|(?:al|alla|allo|ai|agli|alle|all['’]))[ \t]*\p{Ll}[\p{Ll}'’ -]{1,40}?)?`;
/** A town's head by office in apposition after the name, maybe a former one ("Renzo Gabbanelli, sindaco di Montecosaro"). */
const LOCAL_AFTER = new RegExp(
  String.raw`^(?:[ \t]+(?:${PARTICLE}[ \t]+){0,3}\p{Lu}[\p{L}'’-]*){0,2}[ \t]*,[ \t]+(?:(?:the|der|die|le|la|il|el|o|a|de|het|former|ehemalige[rn]?|ancien(?:ne)?|ex|già|antigu[oa]|voormalige?|były|była|antig[oa])[ \t]+)*(?:${LOCAL_OFFICES}|bürgermeister(?:in)?)(?![\p{L}])`,
  'iu',
);
/** A parish's clergy by their office after the name, after a comma or (as Hungarian signs) a space. */
const CLERGY_AFTER =
  /^(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}(?:[ \t]*,)?[ \t]+(?:farář(?:ka)?|farár(?:ka)?|župnik|paroh|parohul|plébános|lelkész|kirkkoherra|kappalainen|kyrkoherde|komminister|sognepræst|klebonas|prāvests|mācītājs|parroco|párroco|pároco|curé|pfarrer(?:in)?|pastoor|proboszcz|vicar|parish priest|εφημέριος|свещеник|енорийски свещеник)(?![\p{L}])/u;
const LOCAL_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:${LOCAL_OFFICES})|bürgermeister(?:in)?)${OF_THE_TOWN}${OF_PLACE_NAMED}${OF_PORTFOLIO}${OFFICE_HOLDER_JOIN}[ \t]+(?:(?:dr|prof|prof\.ssa|dott|dott\.ssa|ing|arch|avv|geom|mgr|mr|mrs|ms|herr|frau|dhr|mevr|m|mme)\.?[ \t]+)?$`,
  'iu',
);
/**
 * A town's secretary general, the civil servant who attends its council's and executive's sittings and signs their
 * acts ("Partecipa il Segretario Generale, dott.ssa …"), in a text of a town's bodies (holdout-567); not a union's, a
 * party's or an association's, whose minutes name theirs too.
 */
const SECRETARY_GENERAL_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])segretari[oa] generale${OF_THE_TOWN}${OFFICE_HOLDER_JOIN}[ \t]+(?:(?:dr|prof|prof\.ssa|dott|dott\.ssa|avv|ing)\.?[ \t]+)?$`,
  'iu',
);
const TOWN_BODIES =
  /(?<![\p{L}])(?:[Gg]iunta [Cc]omunale|GIUNTA COMUNALE|[Cc]onsiglio [Cc]omunale|CONSIGLIO COMUNALE|(?:Comune|COMUNE) (?:di|DI) \p{Lu})/u;
/** An office on the line under a name, as an official signs ("Ing. Peter Novák / starosta obce", "… / Bundesministerin"). */
const OFFICE_UNDER = new RegExp(
  String.raw`^[ \t,]*\r?\n[ \t]*(?:(?:${GOVERNMENT_OFFICES}|${LOCAL_OFFICES})(?![\p{L}])|\p{L}*(?:${OFFICE_COMPOUNDS})(?![\p{L}]))`,
  'iu',
);
/**
 * A town's office right after the name, in running text: "Ramon de Wit de nieuwe wijkagent", "Anna Berger, die
 * Bürgermeisterin", "Marco Rossi è il nuovo sindaco"; an article before the office, so that a word after the name that
 * only begins like one does not count.
 */
const OFFICE_APPOSITION = new RegExp(
  String.raw`^(?:[ \t]*,|[ \t]+(?:is|wordt|ist|wird|est|devient|è|diventa|es|é))?[ \t]+(?:de|het|der|die|le|la|il|el|o|a|the|our|onze|unser|unsere|notre|nostro|nostra|nuestro|nuestra)[ \t]+(?:(?:nieuwe|neue[rn]?|nouveau|nouvelle|nuov[oa]|nuev[oa]|nov[oa]|new)[ \t]+)?(?:(?:${LOCAL_OFFICES})(?![\p{L}])|\p{L}*bürgermeister(?:in)?(?![\p{L}]))`,
  'iu',
);
/**
 * Elected to a public office right after the name: "Anne Le Gall (divers gauche) a été élue maire", "was elected mayor",
 * "è stata eletta sindaca", "ha sido elegida alcaldesa", "is gekozen tot burgemeester" (holdout-534); not a club's
 * president, whom private minutes name too.
 */
const ELECTED_AFTER = new RegExp(
  String.raw`^(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}(?:[ \t]*\([^()\n]{1,30}\))?[ \t]+(?:a été|est|has been|was|is|è stat[oa]|è|ha sido|fue|foi|werd)[ \t]+(?:élue?|réélue?|elected|re-elected|elett[oa]|rielett[oa]|elegid[oa]|reelegid[oa]|eleit[oa]|reeleit[oa]|gekozen|herkozen)[ \t]+(?:(?:as|comme|come|como|tot)[ \t]+)?(?:(?:the|le|la|il|el|o|a|de)[ \t]+)?(?:(?:new|nouvelle?|nuov[oa]|nuev[oa]|nov[oa]|nieuwe)[ \t]+)?(?:${GOVERNMENT_OFFICES}|${LOCAL_OFFICES})(?![\p{L}])`,
  'iu',
);
/** A school's head by their office, as circulars and school letters are signed. */
const SCHOOL_HEADS = `ředitel(?:ka)? školy|riaditeľ(?:ka)? školy|iskolaigazgató|az iskola igazgatója|director(?:ul)? școlii|directoarea școlii|ravnatelj(?:ica)?|rehtori|skolleder|rektor(?:ka)? szkoły|διευθυντής του σχολείου|διευθύντρια του σχολείου|ο διευθυντής|η διευθύντρια|директор(?:ка)? на училището|mokyklos direktor(?:ius|ė)|skolas direktor(?:s|e)|koolijuht|dirigente scolastic[oa]|il preside|la preside|schulleiter(?:in)?|rektor(?:in)? der schule|rektor(?:in)?|le principal|la principale|le proviseur|la proviseure|directeur d['’]école|directrice d['’]école|director del centro|directora del centro|dyrektor(?:ka)? szkoły|schoolleider|directeur van de school|head teacher|headteacher|headmaster|headmistress|principal|directeur de l['’]école|directrice de l['’]école|director(?:a)? del colegio|director(?:a)? del instituto|director(?:a)? de la escuela|diretora? do agrupamento|diretora? da escola|diretora? do colégio|schooldirecteur|directeur van de basisschool|ravnatelj(?:ica)? škole|ravnatelj(?:ica)? šole|intézményvezető|igazgatónő|skoleleder|skoleinspektør|rektor(?:n)? för skolan`;
/** A class's teachers by their office, as they sign letters to the class's parents ("Frau Schäfer\nKlassenleitung"). */
const CLASS_TEACHERS = `klassenleitung(?:en)?|klassenlehrer(?:in|innen)?|klassenvorst(?:and|ände)|professeure? principale?|professeurs principaux|docente coordinatore|docente coordinatrice|coordinatore di classe|coordinatrice di classe|tutora? del grupo|tutora? de (?:la )?clase|groepsleerkracht(?:en)?|wychowawc(?:a|y)|wychowawczyni|class teachers?|form tutors?|diretora? de turma`;
/** Offices that sign a town's or a school's notices, beside the town heads: councils' leaders, a first mayor. */
const SIGNING_OFFICES = String.raw`(?:${LOCAL_OFFICES})|${CLASS_TEACHERS}|(?:ober|(?:erste[rn]?|zweite[rn]?|dritte[rn]?|1\.|2\.)[ \t]*)?bürgermeister(?:in)?|${SCHOOL_HEADS}|leader of the council|council leader|(?:novada |pilsētas )?domes priekšsēdētāj(?:s|a)|kommunstyrelsens ordförande|kommunalråd|presidente da câmara municipal|presidenta? del ayuntamiento|δήμαρχος|δημάρχισσα|(?:gemeinde|stadt)präsident(?:in)?|gemeindeammann|(?:gemeinde|stadt)schreiber(?:in)?|gemeindeverwalter(?:in)?|bourgmestre|échevine?|directeur général|directrice générale|gemeentesecretaris|griffier|responsabile del (?:servizio|settore|procedimento)(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}|responsabile dell['’]area(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}|segretari[oa] (?:comunale|generale)|dirigente del settore(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}|presidente da junta(?: de freguesia)?|chair of (?:the )?(?:trustees|board|governors)|alcalde(?:sa)?-president[ae]|pfarrer(?:in)?|pastor(?:in)?|pastoor|dominee|proboszcz|parroco|párroco|pároco|vicar|reverend|rev\.`;
/** What may follow the office on its line: the town by its kind or by its name ("van Dijkerveen", "Municipal"). */
const OF_THE_PLACE = String.raw`${OF_THE_TOWN}(?:[ \t]+(?:municipal|miasta|gminy|obce|města))?(?:(?<=municipal|miasta|gminy|obce|města|mesta)(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,2})?(?:[ \t]+(?:van|von|de|di|of|da|do|della|del|w|der|des)[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})?`;
/**
 * Whom a school's circular or a town's notice is signed by: the office alone on the line above the name, as officials
 * sign ("Primar,\nIon Dumitrescu", "Le Maire,\nJean-Pierre Dubois", "IL DIRIGENTE SCOLASTICO\nProf.ssa Maria Colombo",
 * "El Alcalde,\nFdo.: Juan Pérez", "De burgemeester van Dijkerveen,\nJ. de Vries"): the office's line holds nothing
 * else, so a citizen's "Sehr geehrter Herr Bürgermeister," above their own lines does not count.
 */
const OFFICE_CELL = String.raw`(?:(?:le|la|il|el|la|der|die|de|het|o|a|the|pan|pani|ο|η|ihr|ihre|your|votre|il vostro|vostro|vuestro|uw|wasz|váš|vaše|o vosso)[ \t]+)?(?:${SIGNING_OFFICES})${OF_THE_PLACE}[ \t]*,?`;
/** A value that is an office and nothing else ("Der Bürgermeister", "Il Sindaco", "Wójt Gminy"). */
const OFFICE_ALONE = new RegExp(String.raw`^[ \t]*${OFFICE_CELL}[ \t]*$`, 'iu');
const OFFICE_SIGNATURE = new RegExp(
  String.raw`(?:^|\n)[ \t]*${OFFICE_CELL}(?:(?:[ \t]{2,}|\t)${OFFICE_CELL}){0,2}(?:[ \t]*\r?\n(?:[^\n]*?(?:[ \t]{2,}|\t))?|[ \t]+)[ \t]*(?:(?:gez|fdo|f\.to|firmado|signed|sgd|podpisano|sign)\.?:?[ \t]+)?(?:(?:dr|prof|prof\.ssa|dott|dott\.ssa|ing|arch|avv|geom|mgr|mr|mrs|ms|herr|frau|dhr|mevr|m|mme|dra|lic|cllr)\.?[ \t]+)?(?:\p{Lu}\.[ \t]*){0,3}$`,
  'iu',
);
/**
 * The office right after the name, ending its line, after a comma or on the next line, as officials and heads sign
 * ("Hans Müller, Erster Bürgermeister", "Mrs J. Smith\nHeadteacher", "Cllr Sarah Jones\nLeader of the Council"): not
 * a title that goes on ("Principal Engineer"), nor "Principal" alone, a consultancy's grade too.
 */
const OFFICE_AFTER_SIGNATURE = new RegExp(
  String.raw`^[ \t]*(?:,[ \t]*|\r?\n[ \t]*)(?:(?:stellvertretende[rn]?|deputy|first)[ \t]+)?(?!principal)(?:${SIGNING_OFFICES})${OF_THE_PLACE}[ \t]*,?[ \t]*(?:\r?\n|$)`,
  'iu',
);
/** A head's plain title alone on the line under a signature ("Director", "Директор", "rektor"). */
const HEAD_BELOW =
  /^[ \t]*,?[ \t]*\r?\n[ \t]*(?:director|directora|directoare|directeur|directrice|diretora?|direktor|direktore|direktorė|direktorius|директор(?:ка)?|διευθυντής|διευθύντρια|rektor|rehtori|koolijuht|igazgató|ředitel(?:ka)?|riaditeľ(?:ka)?|ravnatelj(?:ica)?|skoleleder|intézményvezető)[ \t]*(?:\r?\n|$)/iu;
/** Hungarian signs with the office after the name and a space only ("Horváth László polgármester", holdout-1064). */
const OFFICE_AFTER_SPACE = new RegExp(String.raw`^[ \t]+(?:${SIGNING_OFFICES})${OF_THE_PLACE}[ \t]*(?:\r?\n|$)`, 'iu');
/**
 * Past up to two capitalised words ending the name's line, as a surname the lists lack ("João Carlos ▸Mendes"), and past
 * a second signer joined by "and" ("Frau Schäfer ▸und Herr Yıldırım\nKlassenleitungen").
 */
const afterSurnames = (rest: string) =>
  rest.slice(
    /^(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}(?:[ \t]+(?:und|and|&|et|e|y|en|i|og|och|a)(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3})?(?=[ \t]*(?:,|\r?\n))/u.exec(
      rest,
    )?.[0].length ?? 0,
  );
/** Whether a text holds a signing office's word anywhere: the same words, so that the patterns' look never misses one. */
const SIGNING_OFFICE_WORD = new RegExp(
  String.raw`(?<![\p{L}])(?:${SIGNING_OFFICES})(?![\p{L}])|bürgermeister|präsident|schreiber|verwalter`,
  'iu',
);
const GOVERNMENT_WORD = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:${GOVERNMENT_OFFICES}|premier|premiê|${LOCAL_OFFICES}|segretari[oa] generale)|${OFFICE_COMPOUNDS})(?![\p{L}])`,
  'iu',
);
/**
 * A clergyman's title right before his name, as parish notices write it (the Polish friar's "o." too: "o. Hieronim
 * Zawadzki, kapucyn", holdout-885): not "Don" (any Spanish gentleman), "padre" or "père" (a father), nor "father" in
 * lower case ("my father John").
 */
const CLERGY_BEFORE =
  /(?:(?<![\p{L}])(?:[Kk]s\.|[Kk]siądz|[Kk]sięża|[Oo]\.|[Oo]jciec|[Dd]s\.|[Dd]ominee|[Pp]astoor|[Pp]astor(?:in)?|[Pp]farrer(?:in)?|Father|Rev\.|Revd\.?|[Rr]everend|Rt\.? Rev\.?|Most Rev\.?|Right Reverend|Bishop|Archbishop|Cardinal|Canon|[Vv]icar|[Pp]arroco|[Pp]árroco|[Pp]ároco|[Pp]roboszcz|(?:Erz|Weih)?[Bb]ischof|[Kk]ardinal|[ÉéEe]vêque|[Aa]rchevêque|[Vv]escovo|[Aa]rcivescovo|[Oo]bispo|[Aa]rzobispo|[Bb]isschop|[Aa]artsbisschop|[Bb]iskup|[Aa]rcybiskup|[Bb]ispo|[Aa]rcebispo|[Kk]yrkoherde(?:n)?|[Kk]omminister|[Pp]räst(?:en)?|[Ss]ognepræst(?:en)?|[Pp]ræst(?:en)?|[Pp]rovst(?:en)?|[Kk]irkkoherra|[Kk]appalainen|[Ff]arář|[Ff]arár|[Žž]upnik|[Kk]lebonas|[Mm]ācītājs|[Pp]reotul|[Pp]ărintele|[Оо]тец|[Vv]dp\.|[Vv]lč\.|π\.|[Ππ]ατήρ)[ \t]+)(?:(?:proboszcz|dziekan|kanonik|prałat|don|dr|[Dd]r\.|prof\.|[Pp]rof\.)[ \t]+)*$/u;
/**
 * Portuguese "o padre" before a name: a priest, after its article too, where a father is "pai" ("o Padre Hélder Simões
 * celebra 25 anos de sacerdócio", holdout-1041); in a Portuguese text only (Spanish "el padre" is a father too).
 */
const PORTUGUESE_PRIEST_BEFORE = /(?<![\p{L}])[Oo][ \t]+[Pp]adre[ \t]+$/u;
const portuguesePriestBefore = (scan: TextScan, before: string) =>
  PORTUGUESE_PRIEST_BEFORE.test(before) && languageOf(scan) === 'pt';
/** English "Fr" before a priest's name ("Fr Michael Byrne"), in an English text only (German "Fr." is a Frau). */
const ENGLISH_PRIEST_BEFORE = /(?<![\p{L}])Fr\.?[ \t]+$/u;
const englishPriestBefore = (scan: TextScan, before: string) => ENGLISH_PRIEST_BEFORE.test(before) && languageOf(scan) === 'en';
/** A priest's, a friar's or a nun's title in the Romance languages and German, and the Italian "don" (its group). */
const ROMANCE_CLERGY_BEFORE =
  /(?<![\p{L}])(?<!(?:[Mm]io|[Mm]ia|[Tt]uo|[Tt]ua|[Ss]uo|[Ss]ua|[Nn]ostro|[Vv]ostro|[Ll]oro|[Ii]l|[Aa]l|[Dd]el|[Dd]al|[Mm]i|[Tt]u|[Ss]u|[Ee]l|[Mm]on|[Tt]on|[Ss]on|[Ll]e|[Dd]u|[Aa]u|[Mm]eu|[Tt]eu|[Ss]eu|[Oo]|[Dd]o|[Aa]o|[Mm]y|[Hh]is|[Hh]er|[Ss]ein|[Mm]ein)[ \t]+)(?:[Pp]adre|[Ss]uor|[Ff]rate|[Mm]ons\.|[Mm]onsignor|[Mm]onseñor|[Mm]onsenhor|Père|[Aa]bbé|Pater|Kaplan|Diakon|[Ff]rei|([Dd]on))[ \t]+$/u;
/** A Romance or German clergy title ending `before`; "don" ("Don") only in an Italian text, a Spanish gentleman's elsewhere. */
function romanceClergyBefore(scan: TextScan, before: string): boolean {
  const clergy = ROMANCE_CLERGY_BEFORE.exec(before);
  return clergy !== null && (clergy[1]?.toLowerCase() !== 'don' || languageOf(scan) === 'it');
}
const REGNAL_NUMBER = /^[ \t]+(X{0,2}(?:IX|IV|V?I{0,3}))(\.?)(?![\p{L}\d])/u;
const NUMERAL_WORD = /(?:^|[ \t])X{0,2}(?:IX|IV|V?I{0,3})$/u;

/**
 * An article's byline: under a headline on the first line, within the next lines, "By", "Von", "Par", "Por", "Di",
 * "Door", "Przez" or an author's label opening its line right before the name ("*Por Laura Méndez, responsable de
 * contenidos · 27 de noviembre de 2026*", holdout-507), dated on its line, with prose under it: its author, named for
 * publication. Not in a message (a mail's header or a greeting: a column speaks in the first person too) or a record
 * (minutes "von Anna Weber"), nor an undated memo's "By Anna Weber".
 */
const BYLINE_BEFORE =
  /(?:^|\n)[ \t]*[*_]{0,2}[ \t]*(?:by|written by|von|text:?|par|texte :?|di|testo:?|por|texto:?|door|tekst:?|przez|autor(?:in|ka|ica|ius|ė|s|e)?:|auteur(?:e)? ?:|autore:|author:|av|skrivet av|af|skrevet af|kirjoittaja:|teksti:|napsal[a]?|napísal[a]?|írta:?|szerző:|scris de|piše:?|avtor(?:ica)?:|parašė|kirjutas|γράφει:?|автор:)[ \t]+$/iu;
function byline(scan: TextScan, start: number): boolean {
  const { text } = scan;
  if (start > 600 || !BYLINE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return false;
  const first = firstLine(text);
  // The headline first, the byline within the next four lines, dated as articles date it, and prose under it.
  if (!headlineFirst(scan) || text.slice(first.length, start).split('\n').length > 6) return false;
  if (!BYLINE_DATE.test(text.slice(start, lineEndOf(text, start)))) return false;
  return proseIn(text.slice(first.length)) && !MINUTES_TITLE.test(first) && !messageShaped(scan) && !recordHeadingOpensLine(scan);
}
/**
 * A paper's authors under its title: a line near the top naming several, by commas, with their university or institute
 * (AFFILIATION) on it or the next line, in a text with an abstract's or keywords' heading ("G. Ferrante, L. Russo, M. De
 * Santis – Università di Foggia … Abstract.", holdout-814): named for publication. Not in a message.
 */
function paperAuthor(scan: TextScan, start: number): boolean {
  const { text } = scan;
  // A message's shape only: an abstract writes "we".
  if (start > 600 || !memo(scan, 'paper-part', () => PAPER_PART.test(text)) || MAIL_FIRST_LINE.test(text) || greetsSomeone(scan))
    return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const line = text.slice(lineStart, lineEndOf(text, start));
  // Among the first lines: under a journal's running head and a title of two lines too (holdout-910).
  if (!line.includes(',') || text.slice(0, lineStart).split('\n').length > 8) return false;
  // The affiliations on the same line or the next, a blank line between maybe ("Sara De Luca¹\n\n¹ Dipartimento …").
  const below = /^(?:[ \t]*\r?\n)?([^\n]*)/.exec(text.slice(lineStart + line.length + 1))?.[1] ?? '';
  return AFFILIATION.test(line) || AFFILIATION.test(below);
}
/** Whether the name `match` stands as a paper's author or on a thesis's title page. */
function publishedAuthor(scan: TextScan, match: Match): boolean {
  const start = nameStart(scan.text, match);
  return paperAuthor(scan, start) || thesisTitlePage(scan, start);
}
/**
 * A thesis's title page: its kind, its supervisor's label and a university's word in its first lines, and the name among
 * them ("Tesi di laurea di: Giulia Neri / Relatore: Prof. Marco Sala", holdout-817): its author and supervisor, named
 * for publication.
 */
function thesisTitlePage(scan: TextScan, start: number): boolean {
  if (start > 800) return false;
  return memo(scan, 'thesis-title-page', () => {
    const head = scan.text.slice(0, 800);
    return THESIS_WORD.test(head) && SUPERVISOR_LABEL.test(head) && AFFILIATION.test(head) && !MAIL_FIRST_LINE.test(head);
  });
}
const THESIS_WORD =
  /(?<![\p{L}])(?:tesi di (?:laurea|dottorato)|thesis|dissertation|masterarbeit|bachelorarbeit|diplomarbeit|doktorarbeit|mémoire de (?:master|fin d['’]études|licence)|thèse de doctorat|tesis doctoral|trabajo (?:de )?fin de (?:grado|máster)|scriptie|masterscriptie|proefschrift|praca (?:magisterska|licencjacka|dyplomowa|doktorska)|dissertação|tese de (?:mestrado|doutoramento|doutorado))(?![\p{L}])/iu;
const SUPERVISOR_LABEL =
  /(?<![\p{L}])(?:relatore|relatrice|correlatore|supervisor|supervised by|advisor|betreuer(?:in)?|erstgutachter(?:in)?|gutachter(?:in)?|directeur|directrice|director|directora|tutor|tutora|begeleider|promotor|opiekun|orientador|orientadora)[ \t]*:/iu;
/** An abstract's or keywords' heading opening a line. */
const PAPER_PART =
  /(?:^|\n)[ \t*_#]*(?:abstract|summary|riassunto|sommario|zusammenfassung|résumé|resumen|resumo|samenvatting|streszczenie|keywords|key words|parole chiave|schlüsselwörter|mots[- ]clés|palabras clave|trefwoorden|słowa kluczowe|palavras[- ]chave)(?![\p{L}])/iu;
/** Minutes or a meeting's record in a title: its writer is the secretary, no author published. */
const MINUTES_TITLE =
  /(?<![\p{L}])(?:protokoll\p{L}*|niederschrift|minutes|meeting|procès-verbal|compte[ -]rendu|réunion|verbale|riunione|acta|reunión|notulen|verslag|vergadering|protokół|zebrani\p{L}*|ata|reunião|sitzung|besprechung)(?![\p{L}])/iu;
/** A date on the byline's line: "27 de noviembre de 2026", "1. Dezember 2026", "Nov 27, 2026", "27/11/2026". */
const BYLINE_DATE =
  /(?:(?:19|20)\d{2}\.[ \t]+\p{L}{3,10}\.?[ \t]+\d{1,2}\.?|\d{1,2}\.?[ \t]+(?:de[ \t]+)?\p{L}{3,10}\.?,?[ \t]+(?:de[ \t]+)?(?:19|20)\d{2}|\p{L}{3,10}\.?[ \t]+\d{1,2},?[ \t]+(?:19|20)\d{2}|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2})/u;

/**
 * An official act by its first line: its kind and its year ("RESOLUCIÓN de 20 de noviembre de 2026, de la Dirección
 * General de Cultura, por la que …", "Arrêté n° 2026-114 du …", "Zarządzenie nr 81/2026 Burmistrza …").
 */
const ACT_TITLE =
  /^[ \t]*(?:resoluci[oó]n|orden|decreto|acuerdo|anuncio|arrêté|décret|decreto dirigenziale|determinazione dirigenziale|determina dirigenziale|ordinanza|zarządzenie|obwieszczenie|despacho|portaria|besluit|bekanntmachung|allgemeinverfügung)(?![\p{L}])[^\n]{0,200}?(?<!\d)(?:19|20)\d\d(?!\d)/iu;
/** An office and its comma right before a signature's name, opening its sentence ("… 2026. La Directora General de Cultura, ▸"). */
const OFFICE_COMMA_BEFORE =
  /(?:^|[.;:][ \t]+)(?:(?:el|la|le|il|lo|der|die|de|het|o|a)[ \t]+)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+[\p{L}'’.-]+){1,7}[ \t]*,[ \t]*$/u;
/**
 * The official who signs an official act at its end, their office right before their name ("Zaragoza, 20 de noviembre
 * de 2026. La Directora General de Cultura, Elena Bescós Aznar.", holdout-910): named in their office. Not whom the act
 * is about, named elsewhere in it.
 */
function officialActSigner(scan: TextScan, start: number): boolean {
  const { text } = scan;
  if (start < text.length - 400 || !memo(scan, 'act-title', () => ACT_TITLE.test(firstLine(text)))) return false;
  return OFFICE_COMMA_BEFORE.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start));
}

function monarch(scan: TextScan, match: Match): boolean {
  const { text } = scan;
  const start = nameStart(text, match);
  const end = start + match.value.length;
  if (byline(scan, start) || paperAuthor(scan, start) || thesisTitlePage(scan, start) || officialActSigner(scan, start))
    return true;
  // Most texts name no monarch and no minister: one look at the whole text spares the patterns at every name.
  const offices = memo(scan, 'offices', () => ({
    royal: textHas(scan, ROYAL_WORD),
    government: GOVERNMENT_WORD.test(text),
    signing: SIGNING_OFFICE_WORD.test(text),
  }));
  const royal = offices.royal ? ROYAL_BEFORE.exec(text.slice(Math.max(0, start - 32), start)) : null;
  if (royal) {
    const title = ROYAL_TITLE_WORD.exec(royal[0])?.[0] ?? '';
    // A title that is a given name too counts in lower case or after an article ("el rey Felipe", "the King"), not
    // capitalised alone ("Duke Johnson").
    if (!ROYAL_OR_GIVEN.has(title) || ROYAL_ARTICLE_FIRST.test(royal[0])) return true;
  }
  if (offices.government) {
    // The office in apposition before the name, its commas both sides ("la consejera de Educación, Rosa María Llorente,
    // en …"; not a list's "Der Minister, Anna Schmidt und ich").
    const government = GOVERNMENT_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
    if (
      government &&
      (!/,[ \t]*$/.test(government[0]) || /^(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}[ \t]*,/u.test(text.slice(end, end + 40)))
    )
      return true;
    // "premier Tusk", "il premier Meloni": right before the name, not the French ordinal ("Premier prix Lucie Martin").
    if (PREMIER_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && languageOf(scan) !== 'fr') return true;
    if (LOCAL_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return true;
    if (
      SECRETARY_GENERAL_BEFORE.test(text.slice(Math.max(0, start - 60), start)) &&
      memo(scan, 'town-bodies', () => textHas(scan, TOWN_BODIES))
    )
      return true;
    if (OFFICE_UNDER.test(text.slice(end, end + 60))) return true;
    if (OFFICE_APPOSITION.test(text.slice(end, end + 60))) return true;
    if (ELECTED_AFTER.test(text.slice(end, end + 90))) return true;
  }
  // A clergyman by his title right before the name ("Ks. proboszcz Andrzej Nowicki", "ds. Jan Pieter Hoekstra").
  const titleBefore = text.slice(Math.max(0, start - 24), start);
  if (CLERGY_BEFORE.test(titleBefore)) return true;
  // The Romance and German clergy's titles, not after "my" or an article ("padre Giuseppe Colombo", not "mio padre
  // Giuseppe"), and the Italian "don" (a Spanish "don" is anyone's courtesy), holdout-775.
  if (romanceClergyBefore(scan, titleBefore)) return true;
  if (portuguesePriestBefore(scan, titleBefore) || englishPriestBefore(scan, titleBefore)) return true;
  // … or by the parish's office after the name ("Michal Černý, farář", "Szabó Mihály plébános").
  if (CLERGY_AFTER.test(text.slice(end, end + 60))) return true;
  if (
    (offices.government || offices.signing) &&
    (OFFICE_SIGNATURE.test(text.slice(Math.max(0, start - 100), start)) ||
      OFFICE_AFTER_SIGNATURE.test(afterSurnames(text.slice(end, end + 100))) ||
      (OFFICE_AFTER_SPACE.test(text.slice(end, end + 100)) && otherLanguageOf(scan) === 'hu'))
  )
    return true;
  // A head's plain "Director" under the name, where the letter greets the parents: the school's head signing ("Elena
  // Dumitru\nDirector", "Ilona Liepiņa\ndirektore", session 54's probe of school letters in 22 languages).
  if (HEAD_BELOW.test(afterSurnames(text.slice(end, end + 60))) && PARENTS_ADDRESSED.test(text.slice(0, 300))) return true;
  const value = match.value.replace(/['’]s$/, '');
  if (NUMERAL_WORD.test(value) && /[IVX]$/.test(value)) return true;
  // The French first: "François Ier", "Napoléon Iᵉʳ".
  if (/[ \t](?:Ier|Iᵉʳ|Ire|Iʳᵉ)$/u.test(value) || /^[ \t]+(?:Ier|Iᵉʳ|Ire|Iʳᵉ)(?![\p{L}])/u.test(text.slice(end, end + 6)))
    return true;
  const m = REGNAL_NUMBER.exec(text.slice(end, end + 12));
  const numeral = m?.[1];
  if (!m || !numeral) return false;
  const rest = text.slice(end + m[0].length);
  // A class after a pupil's name ("Jan Kowalski IV a", Polish), a floor after a tenant's ("Lea Müller II. Stock"): not
  // a king's number.
  // A class's letter is one of the first few; not a verb or a conjunction of one letter ("D. João IV é aclamado rei").
  if (/^[ \t]+[a-fA-F](?![\p{L}])/u.test(rest) || (m[2] && /^[ \t]+\p{Lu}/u.test(rest))) return false;
  if (numeral.length > 1) return true;
  // "Peter V. Smith": one letter and its dot before a capitalised word is an initial (ruled out above); "Tell Anna
  // Schmidt I will be late": the English "I" before a word, in an English text or one whose language does not show.
  if (m[2]) return true;
  return !(numeral === 'I' && /^[ \t]+\p{Ll}/u.test(rest) && ['en', ''].includes(languageOf(scan)));
}

/** The English titles, written without a dot and in capitals too: Mr, Mrs, Ms, Miss, Dr. */
const ENGLISH_TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|MR|MRS|MS|MISS|DR)$/;
/** A file's name, its words joined by "_" or "-" ("Lebenslauf_Max_Weber_2026.pdf", "arret_DUPONT_Sophie.pdf"). */
const FILE_NAME =
  /(?<![\p{L}\d])((?:[\p{L}\d]+[_-]){1,8}[\p{L}\d]+)\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|txt|jpe?g|png|heic|tiff?|eml|msg|zip)(?![\p{L}\d])/giu;

/** The extensions alone, to skip the pattern above (slow: it tries each word) in a text that names no file. */
const FILE_EXTENSION = /\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|txt|jpe?g|png|heic|tiff?|eml|msg|zip)(?![\p{L}\d])/iu;

const capitalisedWord = (word: string) => /^\p{Lu}/u.test(word) && !/\d/.test(word);
const givenNameWord = (word: string) => GIVEN.has(fold(word)) || AMBIGUOUS_GIVEN.has(fold(word));

/** People named in file names: a given name and a capitalised word next to it, either way round. */
function* fileNames(scan: TextScan): Iterable<Match> {
  const { text } = scan;
  if ((!text.includes('_') && !text.includes('-')) || !FILE_EXTENSION.test(text)) return;
  for (const m of allMatches(FILE_NAME, text)) {
    const words = (m[1] as string).split(/[_-]/);
    for (let i = 0; i + 1 < words.length; i++) {
      const [a, b] = [words[i] as string, words[i + 1] as string];
      if (!capitalisedWord(a) || !capitalisedWord(b)) continue;
      // "Max_Weber": a given name and a surname; "DUPONT_Sophie": the surname first, in capitals.
      const pair =
        (givenNameWord(a) && (surnameLike(fold(b)) || (b.length > 2 && b === b.toUpperCase()))) ||
        (givenNameWord(b) && a.length > 2 && a === a.toUpperCase());
      if (!pair) continue;
      yield { type: 'person-name', value: `${a} ${b}`, confidence: 0.7, index: m.index };
      break;
    }
  }
}

/**
 * Initials, a particle in lower case, then a capitalised word: a Dutch or a German name written
 * so ("L. de Groot", "J.P. van der Berg"), whatever the word means alone ("groot", "jong"). Not an
 * abbreviation's second letter ("z. B. zu Gebühren").
 */
const INITIALS_PARTICLE =
  /(?<![\p{L}\d.])(?<!\p{Ll}\.[ ])((?:\p{Lu}\.[ ]?){1,3})[ ]?((?:van (?:der|den|de)|van|de|den|der|ter|ten|von (?:der|dem)|von|zu))[ ](\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu;

const PARTICLE_AFTER_DOT = /\. ?(?:van|von|de[nr]?|te[rn]|zu) \p{Lu}/u;

function* initialsParticleNames(scan: TextScan, inPlace: readonly number[]): Iterable<Match> {
  const { text } = scan;
  // Cheap to look for: an initial's dot and a particle after it.
  if (!PARTICLE_AFTER_DOT.test(text)) return;
  const covered = coverage(text.length, inPlace);
  for (const m of allMatches(INITIALS_PARTICLE, text)) {
    const end = m.index + m[0].length;
    // Found already where something says a name stands ("Mevrouw R. de Jong").
    if (covered.subarray(m.index, end).includes(1)) continue;
    const word = m[3] as string;
    const at = m.index + m[0].length - word.length;
    // A known surname or given name there: the initials' rule below reads it already.
    if (hitsAt(scan, at).some((h) => h.family === 'surname' || h.family === 'given-name' || h.family === 'surname-suffix'))
      continue;
    if (partOfPlaceName(scan, at) || streetAhead(scan, m.index + m[0].length)) continue;
    yield { type: 'person-name', value: m[0], confidence: 0.7, index: m.index };
  }
}

/** Two initials anywhere, to skip the pattern below in a text that has none. */
const TWO_INITIALS = /\p{Lu}\.[ ]?\p{Lu}\./u;
/** Someone by their initials and age, as case notes keep a child's or a client's name out ("J.M. (14)", "A.K., 34 J."). */
const INITIALS_AGE = new RegExp(
  String.raw`(?<![\p{L}\d.])(\p{Lu}\.[ ]?\p{Lu}\.(?:[ ]?\p{Lu}\.)?)(?:[ ]?\((?:\d{1,2}|1[01]\d)(?:[ ]?(?:${NOTE_AGE_UNITS}))?\)|,[ ]?${AGE})`,
  'gu',
);

/**
 * Initials that are abbreviations: countries, unions, legal forms ("the E.U. (27)", "U.S. (2019)"), the EU and WHO in
 * the Romance languages ("U.E.", "O.M.S."), a health authority's offices ("A.S.L.", "U.O.C."), notes' and doses' marks
 * ("N.B.", "P.S.", "I.D.", "I.V.", "Q.D.S.", "P.R.N."), a hospital's units ("I.C.U.", "E.N.T."), "F.A.Q." and degrees
 * ("Ph.D."). Not "G.P.", "O.R." or "E.R.", as often someone's initials.
 */
// biome-ignore format: a word table reads best packed
const NOT_INITIALS = new Set([
  'us', 'uk', 'eu', 'un', 'ag', 'sa', 'nv', 'bv', 'ec', 'ch', 'de', 'fr', 'it', 'es', 'nl', 'pl', 'pt',
  'ue', 'oms', 'asl', 'uo', 'uoc', 'usa', 'nb', 'ps', 'ie', 'eg', 'id', 'ok', 'tv', 'cv', 'iv', 'prn', 'tds', 'qds', 'qid',
  'tid', 'bid', 'phd', 'faq', 'icu', 'ent',
]);

/**
 * The same, where the initials carry their dots after a role's word or on a record's line: not the countries' codes,
 * which no one writes with dots ("Kind E.S. (Gruppe Igel)", "Ospite D.E." are someone).
 */
const DOTTED_NOT_INITIALS = new Set(
  [...NOT_INITIALS].filter((code) => !['de', 'fr', 'it', 'es', 'nl', 'pl', 'pt', 'ch'].includes(code)),
);
/** Whether initials written with dots are an abbreviation's ("U.E.", "Q.D.S."), not someone's. */
const dottedAbbreviation = (value: string) => DOTTED_NOT_INITIALS.has(fold(value.replace(/[.\s]/g, '')));
/** One person's initials in a list: "MK", "JdV", "A.B.". */
const INITIALS_ITEM = /^(?:\p{Lu}\p{Ll}{1,3}\p{Lu}{1,2}|\p{Lu}{2,3}|(?:\p{Lu}\.[ ]?){2,3})$/u;
/** Letters that stand for a team, a function or a board, as lists of those present write them. */
// biome-ignore format: a word table reads best packed
const TEAM_LETTERS = new Set([
  'it', 'hr', 'qa', 'pr', 'gf', 'br', 'pm', 'po', 'ux', 'ui', 'bi', 'cs', 'cx', 'ops', 'hse', 'edv', 'dpo', 'dsb', 'ceo', 'cfo',
  'cto', 'coo', 'cio', 'ciso', 'vp', 'md', 'ir', 'ar', 'ap', 'sm', 'rh', 'drh', 'dg', 'daf', 'dsi', 'cse', 'ce', 'rsu', 'ad',
  'cda', 'rrhh', 'tic', 'or', 'mr', 'cr', 'pmo', 'r&d', 'f&e', 'sales', 'gm', 'vd', 'rvb', 'ag', 'sa', 'eu', 'uk', 'us',
  // German departments and functions, as minutes abbreviate them ("Anwesend: QS, EK, VK, FiBu").
  'qs', 'qm', 'ek', 'vk', 'fibu', 'pl', 'gl', 'al', 'bl', 'lg', 'av', 'kst', 'mt', 'fin', 'mkt', 'eng', 'adm', 'amm',
]);

/**
 * Polish names in the genitive after the thing they own or a preposition, ending the clause or before a verb:
 * "ładowarkę Marka?", "biurko Kasi,", "Paczka dla Tomka jest …" — the name lists hold the nominative (Marek, Kasia,
 * Tomek). In a text with Polish letters, or after "dla", "od", "u"; not after a street's word ("ulica Piotra"), nor across a
 * table's columns (three spaces or a tab: a header's "Forma     Sala", "Sala" a room, holdout-503).
 */
const POLISH_OWNER =
  /\p{Ll} {1,2}(\p{Lu}\p{Ll}{2,})(?=[ \t]*(?:[?!.,;:]|\r?\n|$)|[ \t]+(?:jest|ma|był|była|są|leży|stoi|i|na|w|do)(?![\p{L}]))/gu;
/**
 * A capitalised word after a Polish preposition, not a sentence's first ("dla Yusufa", "z Emrem", "od Olivera"), or
 * ending as a dative does ("Kevinowi", "Jessice").
 */
const POLISH_DECLINED =
  /(?:(?<![\p{L}])(?:dla|od|u|z|ze|do|przez|przy|o|po|za|ku|k)[ \t]+(\p{Lu}\p{Ll}{2,})|\p{Ll}[ \t]+(\p{Lu}\p{Ll}{2,}(?:owi|ce)))(?![\p{L}])/gu;
/** The prepositions of a place's locative, maybe with the place's adjective after them ("w", "na", "w Zielonej"). */
const POLISH_LOCATIVE_BEFORE = /(?<![\p{L}])(?:w|we|na)[ \t]+(?:\p{Lu}\p{Ll}+(?:ej|im|ym)[ \t]+)?$/iu;
/** The endings of Polish cases of a name and the nominative's, folded: "Yusufa", "Emrem", "Kevinowi", "Jessice". */
const POLISH_CASES: ReadonlyArray<readonly [string, string]> = [
  ['owi', ''],
  ['em', ''],
  ['m', ''],
  ['ie', ''],
  ['u', ''],
  ['a', ''],
  ['ce', 'ca'],
  ['ce', 'ka'],
];
/** Words only Polish writes, as a text without Polish letters may still hold them. */
const POLISH_WORDS = /(?<![\p{L}])(?:dla|jest|oraz|przez|proszę|prosze|jutro|dzisiaj|urodzinowy|spotkanie)(?![\p{L}])/iu;
/** Polish short names the lists leave out as other languages' words ("ola", a wave; "ala", a wing): in Polish only. */
const POLISH_SHORT_NAMES = new Set(['ola', 'ala', 'ula', 'iza', 'ela']);
/** Genitive endings and the nominative's, folded ("Pawła" is "pawla", of "pawel"). */
const POLISH_GENITIVE: ReadonlyArray<readonly [string, string]> = [
  ['ka', 'ek'],
  ['la', 'el'],
  ['ii', 'ia'],
  ['a', ''],
  ['y', 'a'],
  ['i', 'ia'],
  ['i', 'a'],
];

/** Whether a folded word ends in one of a case's endings and, the ending replaced by the nominative's, is a `known` name. */
const nominativeIn = (key: string, endings: ReadonlyArray<readonly [string, string]>, known: (name: string) => boolean) =>
  endings.some(([ending, base]) => key.endsWith(ending) && known(key.slice(0, key.length - ending.length) + base));

/** A capitalised word after a Polish preposition that takes the genitive ("dla Tomka"): what an owner needs outside Polish. */
const POLISH_PREPOSITION_NAME = /(?:^|\s)(?:dla|od|u)[ \t]+\p{Lu}/u;

/**
 * A sentence's first word, then a capitalised word and a lower-case one: "Wyniki Kasi pokazują cukrzycę" (holdout-1005),
 * an owner's genitive after the thing that opens the sentence, whatever verb follows.
 */
const OWNER_AFTER_OPENING = /(?:^|[.!?:][ \t]+|\n[ \t]*)\p{Lu}\p{Ll}+[ \t]+(\p{Lu}\p{Ll}{2,})(?=[ \t]+\p{Ll})/gu;
/** A sentence's first word, then a name and a verb: "Samochód Kasi jest …", "Biurko Kuby stoi …". */
const THING_OPENING_BEFORE = /(?:^|[.!?][ \t]+|\n[ \t]*)\p{Lu}\p{Ll}+[ \t]+$/u;
const VERB_AFTER_OWNER = /^[ \t]+(?:jest|ma|był|była|było|są|leży|stoi|stała|stał|zostaje|został|została)(?![\p{L}])/u;
/**
 * Whether the capitalised word right before `index` can be a thing's that a name owns: no given name or surname itself,
 * in a text that names no feast ("Spotkanie z Mikołajem").
 */
function thingBefore(scan: TextScan, index: number): boolean {
  const before = wordBefore(scan.text, index);
  return before !== undefined && !GIVEN.has(fold(before.word)) && !SURNAME.has(fold(before.word)) && !scan.byFamily.has('feast');
}
/**
 * Whether the name at `index` owns the thing that opens its sentence and a verb follows: the thing's word is no name,
 * and no feast's figure is meant ("Spotkanie z Mikołajem" is not this).
 */
function thingOpeningSentence(scan: TextScan, index: number): boolean {
  const { text } = scan;
  if (!thingBefore(scan, index)) return false;
  const end = index + (/^\p{L}+/u.exec(text.slice(index))?.[0].length ?? 0);
  return (
    THING_OPENING_BEFORE.test(text.slice(Math.max(0, index - 40), index)) && VERB_AFTER_OWNER.test(text.slice(end, end + 16))
  );
}

/** Ola, Ala, Ula, Iza and Ela in their cases ("z Olą", "Olę", "u Izy"): no Polish word, another language's only. */
const POLISH_SHORT_NAME = /(?<![\p{L}])(?:Ol|Al|Ul|El)(?:a|i|ę|ą|u)(?![\p{L}])|(?<![\p{L}])Iz(?:a|y|ie|ę|ą|o)(?![\p{L}])/gu;

/** Whether the text holds the letters only Polish writes: read once per scan, as several rules ask. */
const polishLetters = (scan: TextScan) => memo(scan, 'polish-letters', () => /[ąćęłńśźż]/.test(scan.text));
/**
 * A Polish text: its letters, or without them Polish words and then its frequent words (read only then: reading a
 * language costs).
 */
const polishText = (scan: TextScan) =>
  memo(scan, 'polish-text', () => polishLetters(scan) || (textHas(scan, POLISH_WORDS) && languageOf(scan) === 'pl'));

/** The Polish short names the lists leave out, in a Polish text: "Wczoraj jadłam obiad z Olą", "Ola i ja spóźnimy się". */
function* polishShortNames(scan: TextScan, found: ReadonlySet<number>): Iterable<Match> {
  if (!polishText(scan)) return;
  for (const m of textMatches(scan, POLISH_SHORT_NAME)) {
    if (found.has(m.index) || partOfPlaceName(scan, m.index)) continue;
    yield { type: 'person-name', value: m[0], confidence: 0.7, index: m.index };
  }
}

function* polishOwners(scan: TextScan, found: ReadonlySet<number>): Iterable<Match> {
  const { text } = scan;
  const polish = polishLetters(scan);
  const inPolish = polishText(scan);
  if (!inPolish && !POLISH_PREPOSITION_NAME.test(text)) return;
  // In a Polish text, any name of the lists in a case Polish gives it after a preposition or as a dative ("dla Yusufa
  // o 16:00", "z Mohammedem", "Przekaż to Kevinowi", "Oddaj laptopa Jessice"): names of other languages decline too.
  if (inPolish)
    for (const m of allMatches(POLISH_DECLINED, text)) {
      const word = (m[1] ?? m[2]) as string;
      const at = m.index + m[0].length - word.length;
      const key = fold(word);
      if (GIVEN.has(key) || CITY.has(key) || found.has(at) || partOfPlaceName(scan, at)) continue;
      // A dative's ending after "w", "we" or "na", maybe with a place's adjective between, is a place's locative ("w Zielonej
      // Górce", "na Górce"; holdout-1095): the same ending, a place's case.
      if (m[2] !== undefined && POLISH_LOCATIVE_BEFORE.test(text.slice(Math.max(0, at - 40), at))) continue;
      if (nominativeIn(key, POLISH_CASES, (name) => GIVEN.has(name)))
        yield { type: 'person-name', value: word, confidence: 0.7, index: at };
    }
  for (const m of allMatches(POLISH_OWNER, text)) {
    const word = m[1] as string;
    const at = m.index + m[0].length - word.length;
    // Outside Polish, only after a preposition that takes the genitive ("Paczka dla Tomka jest …").
    if (!inPolish && !/(?:^|\s)(?:dla|od|u)[ \t]+$/.test(text.slice(Math.max(0, at - 5), at))) continue;
    const key = fold(word);
    if (CITY.has(key)) continue;
    // A word the lists hold as it is ("Anny") is read as a first name already, unless the rules for names in prose
    // passed it over after its thing, capitalised as the sentence's first word ("Samochód Kasi jest …").
    if (GIVEN.has(key)) {
      if (inPolish && !found.has(at) && thingOpeningSentence(scan, at) && !partOfPlaceName(scan, at))
        yield { type: 'person-name', value: word, confidence: 0.7, index: at };
      continue;
    }
    const nominative = nominativeIn(key, POLISH_GENITIVE, (name) => GIVEN.has(name) || (polish && POLISH_SHORT_NAMES.has(name)));
    // Found already as a surname ("Paczka dla Tomka": Tomka is one too).
    if (!nominative || found.has(at) || partOfPlaceName(scan, at)) continue;
    yield { type: 'person-name', value: word, confidence: 0.7, index: at };
  }
  // An owner in the genitive after the thing opening a Polish sentence, whatever verb follows ("Wyniki Kasi pokazują
  // cukrzycę"): the opening word no name itself, the owner in a genitive of a listed given name (whether or not the
  // lists hold the word as written too: "Kasi"), no place's name.
  if (!inPolish) return;
  for (const m of allMatches(OWNER_AFTER_OPENING, text)) {
    const word = m[1] as string;
    const at = m.index + m[0].length - word.length;
    const key = fold(word);
    if (found.has(at) || CITY.has(key) || !thingBefore(scan, at)) continue;
    if (!nominativeIn(key, POLISH_GENITIVE, (name) => GIVEN.has(name)) || partOfPlaceName(scan, at)) continue;
    yield { type: 'person-name', value: word, confidence: 0.7, index: at };
  }
}

function* initialsWithAge(scan: TextScan): Iterable<Match> {
  if (scan.digitRuns.length === 0 || !TWO_INITIALS.test(scan.text)) return;
  for (const m of allMatches(INITIALS_AGE, scan.text)) {
    const initials = m[1] as string;
    if (NOT_INITIALS.has(initials.replace(/[. ]/g, '').toLowerCase())) continue;
    yield { type: 'person-name', value: initials, confidence: 0.7, index: m.index };
  }
}

/** A court's published decision: two of its words or more ("Im Namen des Volkes", "Klägerin", "Tatbestand"). */
function judgmentText(scan: TextScan): boolean {
  return memo(scan, 'judgment', () => {
    const hits = scan.byFamily.get('judgment-marker');
    if (!hits || hits.length < 2) return false;
    return new Set(hits.map((hit) => fold(scan.text.slice(hit.start, hit.end)))).size >= 2;
  });
}
/** Initials before or after a roster's word, as a team's absence list writes them ("JdV ziek, MB verlof", "Urlaub: AK"). */
const INITIALS_BEFORE_WORD = new RegExp(String.raw`(?:^|[\n:,;(][ \t]*)(${BARE_INITIALS})[ \t]+$`, 'u');
const INITIALS_AFTER_WORD = new RegExp(String.raw`^[ \t]*:?[ \t]*(${BARE_INITIALS})(?=[ \t]*(?:[,;.)]|\r?\n|$))`, 'u');
/** Capitals that name a team, a function or a place, not a colleague. */
// biome-ignore format: a word table reads best packed
const TEAMS_IN_CAPITALS = new Set([
  'IT', 'HR', 'QA', 'PR', 'PM', 'EU', 'UK', 'US', 'USA', 'CEO', 'CFO', 'CTO', 'COO', 'VP', 'BU', 'RH', 'TI', 'KV', 'AG',
  'ICT', 'ICU', 'ER', 'OP', 'ZNA', 'SAP', 'ERP', 'CRM', 'GP', 'NHS', 'AM', 'HRM', 'FIN', 'OPS', 'DEV', 'MKT', 'QM', 'FM',
  'CS', 'ADM', 'LOG', 'EHS', 'HSE', 'SEC', 'SOC', 'NOC', 'BI', 'PMO', 'DRH', 'DSI', 'DAF', 'TIC', 'UX', 'PO', 'FZ',
  'DE', 'FR', 'IE', 'NL', 'PL', 'PT', 'ES',
]);

/**
 * Colleagues by their initials on a rota or an absence list, beside its words ("ma 1/12: JdV ziek, MB verlof"):
 * two such at least, so that a department's acronym before a word does not make a list of people.
 */
function* initialsOnRosters(scan: TextScan): Iterable<Match> {
  const rosters = scan.byFamily.get('roster');
  if (!rosters) return;
  const { text } = scan;
  const found = new Map<number, Match>();
  for (const hit of rosters) {
    const before = INITIALS_BEFORE_WORD.exec(text.slice(Math.max(0, hit.start - 12), hit.start));
    const after = INITIALS_AFTER_WORD.exec(text.slice(hit.end, hit.end + 12));
    const value = before?.[1] ?? after?.[1];
    if (!value || TEAMS_IN_CAPITALS.has(value)) continue;
    const index = before ? hit.start - before[0].length + before[0].indexOf(value) : hit.end + (after?.[0].indexOf(value) ?? 0);
    found.set(index, { type: 'person-name', value, confidence: 0.7, index });
  }
  if (new Set([...found.values()].map((m) => m.value)).size >= 2) yield* found.values();
}

/** A party as decisions anonymise it: initials only ("K.", "M. B."). */
const INITIALS_ONLY = /^(?:\p{Lu}\.[ \t]?){1,3}$/u;

/**
 * After a role's or a name's field, a person by their initials alone, to the line's end or before a bracket or a comma
 * that says more ("Alumno: A. G. M.", "Patient: J.K.", "Employee: J.M. (Tier 2 agent, joined 2023)").
 */
const INITIALS_FIELD = /^[ \t]*:[ \t]*((?:\p{Lu}\.[ \t]?){2,3})[ \t]*(?:\r?\n|$|\(|,[ \t])/u;

function* initialsInFields(scan: TextScan): Iterable<Match> {
  for (const family of ['person-role', 'name-key'])
    for (const n of after(scan, family, INITIALS_FIELD, 24))
      yield { type: 'person-name', value: n.value.trim(), confidence: 0.7, index: n.at };
  // "Pupil: Year 9, initials R.T.": after the word for initials.
  for (const n of after(scan, 'initials-key', INITIALS_NAMED, 8))
    yield { type: 'person-name', value: n.value.trim(), confidence: 0.7, index: n.at };
  // "L'alunno M.R. ha usato il cellulare … L'alunna S.B. è uscita", "Kind L. (4 J.) hatte Fieber": a role's word, then
  // the initials in a sentence. Two people so, the same initials again or one before an age: a register's or a note's
  // people; one such alone is as often an abbreviation ("il dipendente P.A.", "every patient I.D. band"), unless its
  // sentence or the next tells of a special category ("Cliënt B.K. had vanmiddag een epileptische aanval",
  // holdout-789): a care record's or a case log's one person, whom it keeps the name of out.
  const { text } = scan;
  const found: Match[] = [];
  let aged = false;
  let special = false;
  for (const hit of scan.byFamily.get('person-role') ?? []) {
    const m = INITIALS_AFTER_ROLE.exec(text.slice(hit.end, hit.end + 32));
    const value = (m?.[1] ?? m?.[2])?.trim();
    if (!m || !value || dottedAbbreviation(value)) continue;
    aged ||= m[2] !== undefined;
    const index = hit.end + m[0].indexOf(value);
    special ||= m[1] !== undefined && specialBetween(scan, index, twoSentencesEnd(text, index));
    found.push({ type: 'person-name', value, confidence: 0.7, index });
  }
  const values = new Set(found.map((match) => match.value));
  const again = found.some((match) => text.indexOf(match.value, match.index + match.value.length) >= 0);
  if (aged || special || values.size >= 2 || again) yield* found;
}
/** Two or three initials with their dots, a particle's small letters between them or not ("D.H.", "J.L.P.", "S.v.D."). */
const DOTTED_INITIALS = /(?<![\p{L}\d.])\p{Lu}\.(?:[ ]?(?:\p{Ll}{1,3}\.[ ]?)?\p{Lu}\.){1,2}(?![\p{L}\d])/gu;
/** A courtesy title before initials on a record's line ("Cama 6 – Sr. A.S.:"). */
const TITLE_BEFORE_INITIALS = String.raw`(?:mr|mrs|ms|hr|fr|herr|frau|m|mme|sig|sig\.ra|sr|sra|sr\.ª|d|dña|dhr|mw|pan|pani|p)\.?`;
/** A patient's word as notes shorten it: "Pt.", "Pat.", "Pz.", "Pac.". */
const PATIENT_SHORT = String.raw`(?:pt|pat|pz|pac)\.`;
/**
 * What may open a record's line before the initials: a list's mark, a bed or a room and its separator (captured), and a
 * title, or a role's word (captured): "Ospite C.M. (camera 14):", "Pt. R.K., 3rd session:".
 */
const RECORD_LINE_BEFORE = new RegExp(
  String.raw`^[ \t]*(?:[-•*][ \t]*)?(?:(${BED_OR_ROOM}(?:[ \t]*,[ \t]*${BED_OR_ROOM})?)[ \t]*(?:[,:–—-]|\()[ \t]*)?(?:${TITLE_BEFORE_INITIALS}[ \t]+|(${RECORD_ROLE}|${PATIENT_SHORT})[ \t]+)?$`,
  'iu',
);
/**
 * What may follow them: the bracket closed, then the entry's colon; a bed or a room in brackets (captured), the colon
 * after it or the entry's sentence ("A.B. (Zimmer 12) hat heute Nacht …"); or a short heading's commas before the colon
 * ("Pt. R.K., 3rd session, 26/11:").
 */
const RECORD_LINE_AFTER = new RegExp(
  String.raw`^[ \t]*(?:\)[ \t]*:|\([ \t]*(${BED_OR_ROOM})[ \t]*\)[ \t]*:?|:|,[^\n:()]{0,40}:)`,
  'iu',
);

/**
 * People a ward's, a care home's or a school's record names by their initials opening an entry's line, with their bed
 * or room before or after them or alone before the entry's colon ("Rm 3 (D.H.): … PRN lorazepam", "Letto 4, G.F.:
 * dispnea", "E.K. (Zi. 12): BZ 312 mg/dl", "Cama 6 – Sr. A.S.: pós-operatório", holdout-789), where the entry tells of
 * a special category: the record keeps their names out, their care is still theirs.
 */
function* initialsOnRecordLines(scan: TextScan): Iterable<Match> {
  const { text } = scan;
  if (!anySpecial(scan) || !TWO_INITIALS.test(text)) return;
  for (const m of allMatches(DOTTED_INITIALS, text)) {
    const value = m[0];
    if (dottedAbbreviation(value)) continue;
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const before = RECORD_LINE_BEFORE.exec(text.slice(lineStart, m.index));
    if (!before) continue;
    const end = m.index + value.length;
    const after = RECORD_LINE_AFTER.exec(text.slice(end, end + 24));
    if (!after) continue;
    // Initials alone before a colon, with no bed, room or role, only where they open the line ("J.M.: chest pain").
    const anchored = before[1] !== undefined || before[2] !== undefined || after[1] !== undefined;
    if (!anchored && (/\S/.test(text.slice(lineStart, m.index)) || !after[0].endsWith(':') || after[0].includes(','))) continue;
    if (!specialBetween(scan, end, entryEnd(text, end))) continue;
    yield { type: 'person-name', value, confidence: 0.7, index: m.index };
  }
}

/** A line that opens a record's next entry: a list's mark, initials, a title and an initial, a label's colon … */
const ENTRY_OPENS =
  /^[ \t]*(?:[-•*]|\d{1,2}[.)][ \t]|\p{Lu}\.[ ]?\p{Lu}\.|\p{Lu}\p{Ll}{0,3}\.[ \t]+\p{Lu}\.|\p{Lu}[\p{L} .'’-]{0,40}:)/u;
/** … or a bed's or a room's number. */
const ENTRY_OPENS_ROOM = new RegExp(String.raw`^[ \t]*(?:${BED_OR_ROOM})`, 'iu');
/** Initials after the word for them ("initials R.T.", "Initialen: A. K."). */
const INITIALS_NAMED = /^[ \t]*:?[ \t]*((?:\p{Lu}\.[ \t]?){2,3})/u;
/**
 * Initials right after a role's word, or after its class ("Aluna do 6.º C, T.M.,", "pupil (7C) R.D."), going on as a
 * sentence does (a small letter's word, a bracket, a comma, the line's end): two or three; one only before an age in
 * brackets ("Kind L. (4 J.)").
 */
const INITIALS_AFTER_ROLE =
  /^[ \t]+(?:(?:do|da|de|of|der|della|del|dla|van|z|aus|in)[ \t]+)?(?:\(?\d{1,2}(?:\.?[ºª°]|e|ème)?[ \t]?[A-Za-z]\)?[ \t]*,?[ \t]+)?(\p{Lu}\.(?:[ \t]?(?:\p{Ll}{1,3}\.[ \t]?)?\p{Lu}\.){1,2})(?=[ \t]*(?:[(,;:]|\r?\n|$|\p{Ll}))|^[ \t]+(\p{Lu}\.)(?=[ \t]*\([ \t]*\d{1,2}\b)/u;

/** An age in brackets after a name: "(7)", "(5 años)", "(age 4)", "(34 J.)". */
const AGE_IN_BRACKETS = new RegExp(
  String.raw`^[ \t]*\((?:(?:age|aged|âge|età|edad|leeftijd|wiek|idade|alter)[ \t:]*)?\d{1,2}(?:[ \t]*(?:${AGE_UNITS}|yrs?|J|a\.))?\)`,
  'iu',
);

/** Whether an age in brackets follows a first name ("Mia (7)", "Valeria (5 años)"), not after a capitalised word ("Model Aurora (2)"). */
function withAge(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(end);
  return (
    (c === 32 || c === 40) &&
    titleCased(text, start, end) &&
    AGE_IN_BRACKETS.test(text.slice(end, end + 24)) &&
    !/\p{Lu}[\p{L}'’-]*[ \t]+$/u.test(text.slice(Math.max(0, start - 24), start))
  );
}

/** A first name with an age in brackets after it: a child or a person as bookings and notes write them ("Our daughter Mia (7)", "Niña inscrita: Valeria (5 años)"). */
function* givenNamesWithAge(scan: TextScan): Iterable<Match> {
  if (scan.digitRuns.length === 0 || !scan.text.includes('(')) return;
  const { text } = scan;
  for (const family of ['given-name', 'given-name-ambiguous']) {
    for (const hit of scan.byFamily.get(family) ?? []) {
      if (withAge(text, hit.start, hit.end))
        yield { type: 'person-name', value: text.slice(hit.start, hit.end), confidence: 0.7, index: hit.start };
    }
  }
}

/** A household's children as a form lists them, by their label: "Kinder:", "Children:", "Enfants :", "Figli:". */
const KIN_FIELD =
  /^[ \t]*(?:kinder|children|kids|enfants|figli|bambini|hijos|hijas|niños|kinderen|dzieci|filhos|filhas|barn|børn|lapset)(?:[ \t]+(?:im haushalt|in the household|à charge|a carico|a cargo|in huis|w gospodarstwie))?[ \t]*[:：][^\n]*/gimu;
/** After a child's first name in such a list: their year of birth or their age, maybe in brackets, then the item's end. */
const YEAR_OR_AGE_ITEM =
  /^[ \t]*\(?[ \t]*(?:(?:19|20)\d\d|\d{1,2}(?:[ \t]*(?:J\.|Jahre|years?|yrs|ans|anni|años|jaar|lat|anos|år))?)[ \t]*\)?(?=[ \t]*(?:[,;]|und|and|et|e|y|en|i|og|och|\r?\n|$))/iu;

/**
 * A household's children by their first names and years of birth or ages, on a form's line for them ("Kinder: Anna 2015,
 * Lukas 2018", "Enfants : Léa 2014, Hugo 2017"): a bare year after a name elsewhere is a model's or a vintage's.
 */
function* childrenListed(scan: TextScan): Iterable<Match> {
  if (scan.digitRuns.length === 0) return;
  const { text } = scan;
  for (const line of allMatches(KIN_FIELD, text)) {
    const end = line.index + line[0].length;
    // Known first names only: "Kids: Luna 2 and Aurora 3" are prams.
    for (const hit of scan.byFamily.get('given-name') ?? []) {
      if (hit.start < line.index || hit.end > end || !isUpperAt(text, hit.start)) continue;
      if (YEAR_OR_AGE_ITEM.test(text.slice(hit.end, Math.min(end, hit.end + 24))))
        yield { type: 'person-name', value: text.slice(hit.start, hit.end), confidence: 0.7, index: hit.start };
    }
  }
}

/**
 * A pupil's or a child's form: a field that only a person has, at a line's start ("Klasse: 3b", "Curso: 3º B", "Age: 7",
 * "Allergies:", "Collected by:", "Abholberechtigt:"); a class or a group by a short code or word ("Class: cruise ship"
 * is a ship's), an age by its number ("Alter: ab 3 Jahren", "Age: 3+" rate a toy).
 */
const PERSON_FORM_FIELD =
  /^[ \t]*(?:(?:Klasse|Gruppe|Class|Form|Year group|Classe|Sezione|Curso|Grupo|Groep|Klas|Klasa|Grupa|Turma)[ \t]*[:：][ \t]*[\p{L}\d.º°ª]{1,4}(?:[ \t][\p{L}\d]{1,2})?[ \t]*$|(?:Age|Alter|Âge|Età|Edad|Leeftijd|Wiek|Idade)[ \t]*[:：][ \t]*\d{1,2}(?:[ \t]*(?:Jahre|years|ans|anni|años|jaar|lat|anos))?[ \t]*$|(?:Allerg\p{L}*|Geburtstag|Birthday|Date of birth|Anniversaire|Compleanno|Cumpleaños|Verjaardag|Urodziny|Aniversário|Collected by|Picked up by|Abholung|Abholberechtigt\p{L}*|Sortie|Uscita|Recogida|Ophalen|Odbiór|Saída|Eltern|Erziehungsberechtigte[rn]?|Parents?|Guardian|Genitori?|Padres|Ouders?|Rodzic\p{L}*|Opiekun\p{L}*|Encarregado de educação|Responsable légal)[ \t]*[:：])/imu;
/** A pet's or an animal's record, whose name and age fields are no one's ("Name: Luna\nRasse: Labrador\nAlter: 3"). */
const ANIMAL_FIELD =
  /^[ \t]*(?:Rasse|Breed|Race|Razza|Raza|Ras|Rasa|Raça|Species|Tierart|Espèce|Specie|Especie|Soort|Gatunek|Espécie|Chip|Microchip)[ \t]*[:：]/imu;
/** A generic name's field whose value is one word: "Name: Finn", "Nombre: Lucía". */
/** A field's one word ("Patient: Anna"), or that word before its class or group in brackets ("Schüler: Finn (3b)"). */
const ONE_WORD_VALUE = /^[ \t]*[:：][ \t]*(\p{Lu}[\p{Ll}'’-]+)[ \t]*(?:\r?\n|$|\([^)\n]{1,24}\))/u;

/**
 * A first name alone in a role's or a contact's field ("Patient: Anna"), or in a generic name's field of a form that has
 * a field only a person has ("Name: Finn\nKlasse: 3b"): a pupil or a child. Alone, "Name: Luna" may be a dog's or a
 * product's, so the form's other field decides.
 */
function* givenNamesInPersonForms(scan: TextScan): Iterable<Match> {
  if (scan.byFamily.has('animal')) return;
  const { text } = scan;
  const name = (n: Named): Match => ({ type: 'person-name', value: n.value, confidence: 0.7, index: n.at });
  // A role's or a contact's field names a person by its key: one given name is enough ("Patient: Anna", "Alumno: Hugo").
  for (const family of ['person-role', 'contact-key'])
    for (const n of after(scan, family, ONE_WORD_VALUE, 40))
      if (atLineStart(text, n.hit) && GIVEN.has(fold(n.value))) yield name(n);
  for (const n of after(scan, 'name-generic', ONE_WORD_VALUE, 40)) {
    if (!atLineStart(text, n.hit) || !GIVEN.has(fold(n.value))) continue;
    // The form around the field: its other fields within a few lines.
    const form = text.slice(Math.max(0, n.hit.start - 600), n.hit.end + 600);
    if (PERSON_FORM_FIELD.test(form) && !ANIMAL_FIELD.test(form)) yield name(n);
  }
}

/** A greeting's name in lower case, as quick messages write it: "hey sarah,", "ciao marco,", "olá professor rui,". */
const LOWER_AFTER_GREETING =
  /^[ \t]+(?:(?:professor|professora|prof|pani|pan|panie|frau|herr|mr|mrs|ms|dr|señor|señora|signora|signor|senhor|senhora|dona|don|madame|monsieur|mevrouw|meneer|zia|zio|tia|tio|tía|tío|oma|opa|nonna|nonno)\.?[ \t]+)?(\p{Ll}[\p{Ll}'’-]{2,})(?=[ \t]*[,!:]|[ \t]*\r?\n|[ \t]+\p{Ll})/u;
/**
 * A polite word and a given name in lower case opening a line before a comma, as a note greets its reader ("pani
 * krysiu, paczka …", "panie marku,", "signora maria,", "dona fernanda,"; holdout-571): the words that go with a given name.
 */
const LOWER_ADDRESS_OPENING =
  /(?:^|\n)[ \t]*(?:pani|panie|signora|signor|señora|señor|senhora|senhor|dona|madame|monsieur|zia|zio|tia|tio|tía|tío|nonna|nonno)[ \t]+(\p{Ll}[\p{Ll}'’-]{2,})[ \t]*[,!]/gu;
/** A name in lower case right after the writer's introduction: "it's jess from no. 12", "sono rosa", "soy ana". */
const LOWER_AFTER_INTRO = /^[ \t]+(\p{Ll}[\p{Ll}'’-]{2,})(?![\p{L}])/u;
/** Words that sign off or thank at a message's end, in the eight languages. */
const SIGN_OFF_WORDS =
  'a presto|a dopo|bis bald|bis dann|bis später|à plus|à bientôt|hasta luego|hasta mañana|nos vemos|tot straks|tot zo|tot morgen|do zobaczenia|do jutra|até logo|até já|até amanhã|see you|see ya|cya|talk soon|speak soon|thx|thanks|thank you|ty|cheers|xx|xoxo|love|bye|baci|bacioni|bacio|abbracci|grazie|saluti|ciao|besos|besitos|un abrazo|abrazos?|gracias|saludos|bisous|bises|bisou|merci|kisses|lg|vg|grüße|gruß|danke|tschüss|groetjes|groeten|groet|bedankt|buziaki|pozdrawiam|pozdrowienia|dziękuję|dziekuje|dzięki|dzieki|beijos|beijinhos|bjs|abraços?|obrigad[oa]';
/**
 * A sign-off and a name in lower case ("thx tom", "baci giulia", "besos, ana", "grazie, rosa"), then `end`: the text's
 * end, or a line's where a ticket's fields go on after the message.
 */
const signOffThen = (end: string, flags: string) =>
  new RegExp(String.raw`(?:^|[\s,.!?])(?:${SIGN_OFF_WORDS})[ \t,!.]*\r?\n?[ \t]*(\p{Ll}[\p{Ll}'’-]{2,})[ \t.!]*${end}`, flags);
const LOWER_SIGN_OFF = signOffThen(String.raw`\s*$`, 'u');
const LOWER_SIGN_OFF_LINE = signOffThen(String.raw`\r?\n`, 'gu');
/** A message's thanks or sign-off alone on a line, no name after it, then `end`: "gracias!!", "thx", "danke :)". */
const bareSignOffThen = (end: string) => new RegExp(String.raw`(?:^|\n)[ \t]*(?:${SIGN_OFF_WORDS})[ \t,!.:)(]*${end}`, 'u');
/** On the text's last line, or on any line where a field or a quote goes on after the message (a ticket's body). */
const BARE_SIGN_OFF = bareSignOffThen(String.raw`\s*$`);
const BARE_SIGN_OFF_LINE = bareSignOffThen(String.raw`\r?\n`);

/** A word that points to a person before a name in lower case: "ask tom", "mit paul", "con luca", "à léa", "z olą". */
const LOWER_AFTER_PERSON_WORD =
  /(?<![\p{L}])(?:ask|tell|call|text|with|for|from|and|to|mit|für|von|und|frag|avec|pour|de|et|à|con|per|da|a|e|y|para|met|voor|van|en|aan|z|dla|od|i|do|com|ao)[ \t]+(\p{Ll}[\p{Ll}'’-]{2,})(?![\p{L}])/gu;
/** Thanks to someone by name in a message in lower case: "ok thanks tom, see you", "danke anna, bis morgen". */
const LOWER_THANKS_NAME =
  /(?:^|[\n,.!?][ \t]*|(?<![\p{L}])(?:ok|okay|oh|and|und|et|e|y|en|i)[ \t]+)(?:thanks|thank you|thx|ta|cheers|danke|vielen dank|merci|grazie|gracias|dank je|dank u|bedankt|dzięki|dzieki|dziękuję|dziekuje|obrigad[oa])[ \t]*,?[ \t]+(\p{Ll}[\p{Ll}'’-]{2,})(?=[ \t]*[,!.:;)]|[ \t]*\r?\n|[ \t]*$)/gu;
/**
 * Someone to ask, tell, call or help, by name in lower case: "tell dave the printer …", "frag jan", "chiedi a marco",
 * "kan iemand noor helpen".
 */
const LOWER_ASK_NAME =
  /(?<![\p{L}])(?:ask|tell|call|text|ping|remind|help|can someone help|kann jemand|kan iemand|qualcuno può aiutare|alguien puede ayudar a|quelqu'un peut aider|czy ktoś może pomóc|alguém pode ajudar o|alguém pode ajudar a|frag|sag|ruf|erinnere|demande à|dis à|appelle|chiedi a|dì a|di' a|di a|chiama|pregunta a|pregúntale a|dile a|llama a|vraag|zeg tegen|bel|zapytaj|powiedz|zadzwoń do|pergunta ao|pergunta à|diz ao|diz à|liga ao|liga à)[ \t]+(\p{Ll}[\p{Ll}'’-]{2,})(?![\p{L}])/gu;
/**
 * Someone to fetch, by name in lower case, and where from or when ("pick up ollie from football", "recoger a lucía del
 * colegio", "haal bram op", holdout-634): not a thing fetched ("pick up rose bushes").
 */
const LOWER_FETCH_NAME =
  /(?<![\p{L}])(?:pick up|picking up|collect|fetch|récupérer|récupère|va chercher|recoger a|recoge a|haal|odbierz|odebrać|buscar a|busca a|buscar o|busca o)[ \t]+(\p{Ll}[\p{Ll}'’-]{2,})(?=[ \t]*(?:[.,;!?]|\r?\n|$)|[ \t]+(?:from|at|after|tomorrow|today|tonight|von|um|nach|de|du|à|a|da|dal|dalla|del|van|om|op|z|ze|do|ao|às)(?![\p{L}]))/gu;
/** Someone to ask or tell, by name in lower case before the verb, as German and Dutch say it: "kannst du lukas fragen", "lukas bescheid geben", "kun je sanne vragen". */
const LOWER_NAME_THEN_ASK =
  /(?<![\p{L}])(\p{Ll}[\p{Ll}'’-]{2,})[ \t]+(?:fragen|bescheid geben|bescheid sagen|anrufen|zurückrufen|erinnern|abholen|vragen|bellen|terugbellen|laten weten|ophalen)(?![\p{L}])/gu;
/**
 * A message in lower case with a name and its verb at a line's start, after a clause's mark or after a connector: "mike
 * says the server is down", "anna ist krank", "ok so tom said he will be late"; Finnish, Estonian, Nordic, Czech,
 * Slovak and Romanian verbs too ("tiedoksi: sanna on kipeänä", session 54's probe of chats typed in lower case); not
 * the short copulas the Slavic languages share ("je") nor Romanian "e", after which too many words are names too
 * (Croatian "slava je prolazna": glory), nor the other smaller languages' verbs, whose names no probe missed so.
 */
const LOWER_NAME_SAYS =
  /(?:^|\n[ \t]*|[,.;:!?][ \t]+|(?<![\p{L}])(?:so|and|but|ok|und|aber|also|et|mais|ma|pero|maar|ale|mas)[ \t]+)(\p{Ll}[\p{Ll}'’-]{2,})[ \t]+(?:says|said|is|was|has|had|will|can|can't|cannot|won't|wants|needs|asked|called|sagt|meint|ist|hat|kommt|kann|will|dit|a dit|est|a|veut|dice|ha detto|è|ha|vuole|dijo|está|tiene|quiere|zegt|heeft|wil|mówi|powiedział|powiedziała|ma|jest|chce|diz|disse|tem|quer|on|oli|sanoi|sanoo|soitti|ütles|ütleb|tuleb|er|var|har|siger|sagde|kommer|kan|vil|är|säger|sa|vill|má|říká|řekl|řekla|může|bude|není|hovorí|povedal|povedala|môže|este|are|zice|spune|vrea)(?![\p{L}])/gu;
/**
 * Whom a thing is for, by name in lower case, the clause ending or a verb after the name: "das paket für jürgen liegt am
 * empfang", "il pacco per valentina è in portineria", "paczka dla tomka jest na recepcji"; not whose it is after "de",
 * "di" or "van", which name streets, churches and saints' days as often.
 */
const LOWER_FOR_NAME =
  /(?<![\p{L}])(?:für|pour|per|para|para[ \t]+[oa]|voor|dla|for)[ \t]+(\p{Ll}[\p{Ll}'’-]{2,})(?=[ \t]*[,!.?:;)]|[ \t]*\r?\n|[ \t]*$|[ \t]+(?:liegt|steht|ist|est|sera|è|sarà|está|queda|estará|ligt|is|jest|będzie|fica|are|was)(?![\p{L}]))/gu;
/** Things at work that are someone's: a desk, an office, a phone, a badge, keys, a laptop, a locker, a parcel … */
const OWN_THINGS = `desk|office|phone|badge|keys?|laptop|charger|car|locker|mug|umbrella|parcel|package|extension|bureau|téléphone|portable|clés?|clefs?|ordinateur|chargeur|voiture|casier|colis|tasse|scrivania|ufficio|telefono|cellulare|chiavi|portatile|caricabatterie|caricatore|macchina|armadietto|pacco|tazza|mesa|despacho|teléfono|móvil|llaves|portátil|cargador|coche|taquilla|paquete|taza|telefoon|sleutels?|oplader|kluisje|pakketje|pakket|mok|schreibtisch|büro|telefon|handy|schlüssel|ladegerät|spind|paket|durchwahl|biurko|biuro|klucze|ładowark[aię]|samochód|szafk[aię]|paczk[aię]|kub(?:ek|ka)|secretária|telefone|telemóvel|chaves|carregador|carro|cacifo|encomenda|caneca`;
/**
 * Someone's thing at work by their name in lower case: "la mesa de lucía", "le badge de léa", "het bureau van jesse",
 * "il telefono di chiara", "neue durchwahl von melanie", "omar's laptop charger"; not a street's or a church's
 * ("via di maria", "igreja de são joão"), which name no such thing.
 */
const LOWER_THING_OF_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${OWN_THINGS})[ \t]+(?:de|di|del|della|dello|van|von|of|do|da|des|du|od)[ \t]+(\p{Ll}[\p{Ll}'’-]{2,})(?![\p{L}])|(\p{Ll}[\p{Ll}-]{2,})['’]s[ \t]+(?:new[ \t]+|old[ \t]+)?(?:${OWN_THINGS})(?![\p{L}]))`,
  'gu',
);
/**
 * A known given name that a third person's pronoun takes up later in the sentence or the next ("holly has taken over …
 * she has already spoken to", "tim komt vandaag later, hij heeft …", "hugo ne pourra pas venir, il …" is not read: "il"
 * is Italian's "the"; nor "ella" and "ela", given names too: "frank sinatra, ella fitzgerald"): someone a message in lower
 * case tells of.
 */
const PRONOUN_NOTE = 320;
const LOWER_NAME_THEN_PRONOUN =
  /(?<![\p{L}'’])(\p{Ll}[\p{Ll}'’-]{2,})(?![\p{L}])(?=[^\n]{1,120}?(?<![\p{L}])(?:he|she|him|his|her|ihm|ihn|ihr|sie|elle|lui|lei|él|hij|zij|hem|haar|jego|jej|niego|niej|ele|dele|dela)(?![\p{L}]))/gu;
/**
 * Portuguese writes a first name after its article, alone or joined to a preposition ("quem fecha a loja é a joana", "o
 * crachá do rodrigo", "assinados pelo nuno", "a d. fernanda"): in a Portuguese message in lower case, a known given name
 * there (holdout-117 to -126's notes).
 */
const LOWER_PT_ARTICLE_NAME =
  /(?<![\p{L}])(?:o|a|do|da|no|na|pelo|pela|ao|à|com o|com a|[àa] d\.|da d\.|na d\.|pela d\.|o sr\.|a sra\.|do sr\.|da sra\.)[ \t]+(\p{Ll}[\p{Ll}'’-]{2,})(?![\p{L}.])/gu;
/** Words only Portuguese writes among the eight languages: what tells a short message's language. */
const PT_WORDS =
  /(?<![\p{L}])(?:não|você|vocês|quem|ele|ela|eles|elas|também|são|uma|umas|obrigad[oa]|amanhã|ontem|então|fica|ficou|deixou|foi|vai|tem|pelo|pela|às|aos|nós)(?![\p{L}])|ção|ções|ões|ãe|ão(?![\p{L}])/u;
/** Portuguese nouns that are given names too, after an article a thing: a victory, a rose, a cross, a jury, glory … */
// biome-ignore format: a word table reads best packed
const PT_NOUN_NAMES = new Set([
  'vitoria', 'gloria', 'rosa', 'cruz', 'alegria', 'amado', 'lama', 'azar', 'juri', 'pura', 'rica', 'salva', 'graca',
  'mar', 'rei', 'dores', 'conceicao', 'fatima', 'lourdes', 'estrela', 'ceu', 'neve', 'branca', 'clara', 'serena', 'bela',
  'franca', 'italia', 'guarda', 'leia', 'vira', 'pau', 'amante', 'deva', 'adora', 'remedio', 'remedios', 'baba', 'tais',
  'sra', 'angela', 'vera', 'regina', 'justina', 'constanca', 'prudencia', 'felicidade', 'natal', 'pascoa', 'assuncao',
  'piedade', 'esperanca', 'fe', 'mercedes', 'madalena', 'belem', 'porto', 'braga', 'viana', 'rio', 'lua', 'vasco',
  // a square's and a shore's words ("largo do carmo", "a orla costeira")
  'carmo', 'orla',
]);
/**
 * Someone working from home or elsewhere today, by name in lower case, in either order: "stefano oggi lavora da casa",
 * "lotte werkt vandaag thuis", "anna arbeitet heute im homeoffice".
 */
const LOWER_NAME_WORKS_TODAY =
  /(?:^|\n[ \t]*|[,.;:!?][ \t]+)(\p{Ll}[\p{Ll}'’-]{2,})[ \t]+(?:(?:oggi|heute|vandaag|today|hoy|hoje|dziś|dzisiaj|aujourd['’]hui)[ \t]+(?:lavora|arbeitet|werkt|works|is working|travaille|trabaja|trabalha|pracuje|ist|is|est|è|está|jest)|(?:arbeitet|werkt|works|is working|travaille|trabaja|lavora|pracuje|trabalha)[ \t]+(?:heute|vandaag|today|aujourd['’]hui|hoy|oggi|dziś|dzisiaj|hoje))(?![\p{L}])/gu;
/** Someone by their team in lower case, as messages say it: "sarah from finance will join", "anna aus der buchhaltung". */
const LOWER_NAME_FROM_TEAM =
  /(?:^|\n[ \t]*|[,.;:!?-][ \t]*|(?<![\p{L}])(?:and|und|et|e|y|en|i|with|mit|avec|con|met|com|so|ok)[ \t]+)(\p{Ll}[\p{Ll}'’-]{2,})[ \t]+(?:from|aus der|aus dem|vom|von der|de la|du|dalla|dal|della|dell['’]|de|del|van|van de|z|da|do)[ \t]+(?:finance|accounts|accounting|hr|it|sales|legal|marketing|support|payroll|reception|procurement|buchhaltung|personalabteilung|vertrieb|einkauf|empfang|compta|comptabilité|rh|paie|amministrazione|contabilità|ufficio|contabilidad|rrhh|administración|administratie|boekhouding|inkoop|księgowości|kadr|kadrach|contabilidade)(?![\p{L}])/gu;
/** Someone covering for the writer, by name in lower case: "paul vertritt mich", "mi sostituisce giulia", "sam is covering". */
const LOWER_COVERS =
  /(?:^|[\n,.;:!?-][ \t]*|(?<![\p{L}])(?:and|und|et|e|y|en|i)[ \t]+)(?:(?:o|a|il|la|el)[ \t]+)?(\p{Ll}[\p{Ll}'’-]{2,})[ \t]+(?:is covering|covers|will cover|is standing in|vertritt|übernimmt|me remplace|remplace|me remplacera|mi sostituisce|sostituisce|mi copre|me sustituye|me cubre|sustituye|neemt het over|vervangt me|neemt waar|zastąpi mnie|zastępuje mnie|mnie zastąpi|substitui-me|fica no meu lugar)(?![\p{L}])/gu;
const LOWER_COVERED_BY =
  /(?<![\p{L}])(?:covered by|cover is|vertreten durch|vertretung|remplacé par|remplacée par|mi sostituisce|mi copre|sostituita da|sostituito da|me sustituye|me cubre|sustituido por|sustituida por|vervangen door|waargenomen door|zastępstwo|zastąpi mnie|substituído por|substituída por|substitui-me)[ \t:]+(\p{Ll}[\p{Ll}'’-]{2,})(?![\p{L}])/gu;
/** Months as messages shorten them ("the invoice from jan", "bis juni"): no names. */
const MONTH_SHORT =
  /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|juni|juli|janv|avr|juil|genn|magg|giu|lug|ago|sett|ott|dic|ene|abr|dez|mrt|okt|sty|lut|kwi|lip|sie|wrz|lis|gru)$/;
/**
 * Whether a text is written in lower case, as quick messages are: fewer than one letter in fifty a capital, and its
 * sentences and lines not opening with capitals (Hungarian or Finnish prose's long words make few capitals).
 */
function lowerCaseText(text: string): boolean {
  let letters = 0;
  let capitals = 0;
  const end = Math.min(text.length, 2000);
  // A chat's speaker before a message, capitalised as the app writes it ("Mum: did u ring …", "[18:02] Ingrid: …"):
  // its capital is no writer's (holdout-634).
  let speaker = -1;
  // Whether only spaces stand before this character on its line (a reply's quote marks read as spaces), or a timestamp.
  let lineHead = true;
  // Whether the next letter opens a sentence or a line, and how many such letters are capitals and how many small.
  let opening = true;
  let openingCapitals = 0;
  let openingSmall = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (
      c >= 65 &&
      (lineHead || (c <= 90 && text[i - 1] === ' ' && text[i - 2] === ']')) &&
      SPEAKER_LABEL.test(text.slice(i, i + 32))
    )
      speaker = i;
    if (c === 10) lineHead = true;
    else if (c !== 32 && c !== 9 && c !== 62) lineHead = false;
    // ASCII by its codes; other letters by their case mappings.
    let kind = 0;
    if (c >= 97 && c <= 122) kind = -1;
    else if (speaker === i) kind = 2;
    else if (c >= 65 && c <= 90) kind = 1;
    else if (c >= 0xc0) {
      const ch = text[i] as string;
      const lower = ch.toLowerCase();
      if (lower !== ch.toUpperCase()) kind = ch !== lower ? 1 : -1;
    }
    if (kind === 0) {
      if (c === 46 || c === 33 || c === 63 || c === 10) opening = true;
      else if (c !== 32 && c !== 9 && c !== 45 && c !== 42 && c !== 62 && c !== 34 && (c < 48 || c > 57)) opening = false;
      continue;
    }
    letters++;
    if (kind === 1) capitals++;
    // A sentence's first letter: a writer in lower case writes it so too.
    if (opening && kind === 1) openingCapitals++;
    else if (opening && kind === -1) openingSmall++;
    opening = false;
  }
  // Long words make few capitals (Hungarian, Finnish prose): its sentences opening with capitals tell it is no chat's.
  if (openingCapitals >= 2 && openingCapitals > openingSmall) return false;
  return letters > 0 && capitals * 50 < letters;
}
/** Whether the text is written in lower case (`lowerCaseText`), asked once per text: its letters up to 2,000. */
const typedInLowerCase = (scan: TextScan) => memo(scan, 'lower-case', () => lowerCaseText(scan.text));

/** A chat's speaker's label opening a line: one to three words, then a colon ("Mum:", "Sandra (Mama Emil):"). */
const SPEAKER_LABEL = /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+[\p{L}()'’.-]+){0,3}:[ \t]/u;
/**
 * A message written all in lower case, as chats and texts are, names its people in lower case too: a known given
 * name right after a greeting that opens it or a line, after a sign-off at its end, or, in a text written in lower
 * case, after the writer's introduction. A name that is a word too
 * ("mark", "will") or a word of the eight languages ("bella") is no given name in the lists, so "hi all," and "ciao
 * bella" name no one.
 */
function* lowerCaseGreetings(scan: TextScan): Iterable<Match> {
  const { text } = scan;
  // Where names were found, so that a name two rules read counts once.
  const yielded = new Set<number>();
  const name = (value: string, index: number): Match => {
    yielded.add(index);
    return { type: 'person-name', value, confidence: 0.7, index };
  };
  for (const n of after(scan, 'salutation', LOWER_AFTER_GREETING, 40))
    if ((atLineStart(text, n.hit) || atFieldStart(text, n.hit)) && GIVEN.has(fold(n.value))) yield name(n.value, n.at);
  const tail = text.slice(-80);
  const signOff = LOWER_SIGN_OFF.exec(tail);
  const intros = scan.byFamily.has('self-intro');
  // Read once, and only where a rule below asks.
  const inLowerCase = () => typedInLowerCase(scan);
  // A polite word and a given name opening a line, the greeting itself ("pani krysiu, paczka …", "signora maria, …"), in a
  // text written in lower case.
  for (const m of allMatches(LOWER_ADDRESS_OPENING, text)) {
    const value = m[1] as string;
    const at = (m.index as number) + m[0].lastIndexOf(value);
    if (GIVEN.has(fold(value)) && !yielded.has(at) && inLowerCase()) yield name(value, at);
  }
  // After an introduction only in a message written in lower case: "this is akin to …", "it's skipped" are prose. The
  // text's start tells, or the name's line and the lines on either side, with no capital at all, where a transcript in
  // lower case follows other text (a README's "This is akin to …" has its sentence's capital).
  const lowerAround = (at: number) => {
    const lineBefore = text.lastIndexOf('\n', text.lastIndexOf('\n', at - 1) - 1) + 1;
    const nextLine = text.indexOf('\n', at);
    const afterNext = nextLine < 0 ? -1 : text.indexOf('\n', nextLine + 1);
    return !/\p{Lu}/u.test(text.slice(lineBefore, afterNext < 0 ? text.length : afterNext));
  };
  if (intros)
    for (const n of after(scan, 'self-intro', LOWER_AFTER_INTRO, 30))
      if (GIVEN.has(fold(n.value)) && (inLowerCase() || lowerAround(n.at))) yield name(n.value, n.at);
  // "la sottoscritta laura fontana", "ο υπογράφων γεώργιος παπαδόπουλος": the undersigned's name, a known given name or
  // a surname's shape.
  if (scan.byFamily.has('undersigned'))
    for (const n of after(scan, 'undersigned', LOWER_AFTER_INTRO, 30)) {
      const key = fold(n.value);
      if ((GIVEN.has(key) || surnameLike(key)) && !WORD_NAMES.has(key) && (inLowerCase() || lowerAround(n.at)))
        yield name(n.value, n.at);
    }
  // In a message written in lower case, a known given name after a word that points to a person ("can you ask tom",
  // "kannst du mit paul", "con luca e marco", "le dices a pablo"); only a message's length: a long text in lower case
  // is code or a README. A message: a greeting, an introduction, or a sign-off or thanks on its last line ("gracias!!").
  const thanksLine = () => BARE_SIGN_OFF.test(tail) || BARE_SIGN_OFF_LINE.test(text);
  // In a longer text, its short messages in lower case (below a long thread or report) are read so too.
  const messages = shortLowerCaseMessages(text, inLowerCase);
  const personWordBlocks: Array<readonly [number, string]> =
    text.length <= 1500
      ? (intros || scan.byFamily.has('salutation') || signOff || thanksLine()) && inLowerCase()
        ? [[0, text]]
        : []
      : messages;
  for (const [from, block] of personWordBlocks)
    for (const m of allMatches(LOWER_AFTER_PERSON_WORD, block)) {
      const value = m[1] as string;
      if (GIVEN.has(fold(value)) && !MONTH_SHORT.test(value)) yield name(value, from + m.index + m[0].lastIndexOf(value));
    }
  const signer = signOff?.[1];
  if (signOff && signer && GIVEN.has(fold(signer)))
    yield name(signer, text.length - tail.length + signOff.index + signOff[0].lastIndexOf(signer));
  // A short message in lower case: thanks to someone by name ("ok thanks tom, see you monday", "danke anna, bis
  // morgen"), someone to ask or tell ("can someone tell dave …"), someone opening it with a verb ("mike says …"), a
  // sign-off ending a line where a ticket's fields go on after the message, someone covering for the writer ("paul
  // vertritt mich", "mi sostituisce giulia"). A name found above counts once.
  for (const [from, block] of messages) {
    // A message too short for the text's language to tell is Portuguese by Portuguese's own words ("quem", "ele", "-ção").
    const portuguese = languageOf(scan) === 'pt' || PT_WORDS.test(block);
    for (const pattern of [
      LOWER_THANKS_NAME,
      LOWER_ASK_NAME,
      LOWER_FETCH_NAME,
      LOWER_NAME_THEN_ASK,
      LOWER_NAME_SAYS,
      LOWER_NAME_FROM_TEAM,
      LOWER_SIGN_OFF_LINE,
      LOWER_COVERS,
      LOWER_COVERED_BY,
      LOWER_FOR_NAME,
      LOWER_NAME_WORKS_TODAY,
      LOWER_THING_OF_NAME,
      // Only a note's length: a longer text in lower case (a guide, a story, a news item) tells of people by pronouns too.
      ...(block.length <= PRONOUN_NOTE ? [LOWER_NAME_THEN_PRONOUN] : []),
      ...(portuguese ? [LOWER_PT_ARTICLE_NAME] : []),
    ])
      for (const m of allMatches(pattern, block)) {
        const value = (m[1] ?? m[2]) as string;
        const at = from + m.index + m[0].lastIndexOf(value);
        const key = fold(value);
        if (yielded.has(at) || !GIVEN.has(key) || WORD_NAMES.has(key) || MONTH_SHORT.test(value)) continue;
        // After an article, not a noun that is a name too ("a vitória", "a rosa") nor a town ("o porto").
        if (pattern === LOWER_PT_ARTICLE_NAME && (PT_NOUN_NAMES.has(key) || CITY.has(key))) continue;
        yield name(value, at);
      }
  }
}

/**
 * A title before a name in lower case: "mr and mrs adeyemi", "geachte heer van den broek", "sig.ra bianchi", the Spanish
 * abbreviations ("sra. lópez", "dña. pilar"; not "d.", a Portuguese king's "d. joão iv" too); "ms" only
 * after "dear" (a motor ship's "ms helene"), and not the Polish "pan" and "pani", the formal "you" ("pan tadeusz" is a
 * book).
 */
const LOWER_TITLE_NAME =
  /(?<![\p{L}])(?:mr|mrs|(?<=dear[ \t]+)ms|herr|herrn|frau|mme|mlle|monsieur|madame|sig\.ra|signor|signora|señor|señora|doña|dhr|mevr|heer|mevrouw|senhor|senhora|sr|sra|srta|dña|dª)\.?[ \t]+(?:and[ \t]+mrs\.?[ \t]+|und[ \t]+frau[ \t]+)?(?:\p{Ll}\.[ \t]?){0,2}((?:(?:van|von|de|der|den|da|di|du|le|la|del|dos|das)[ \t]+){0,3}\p{Ll}[\p{Ll}'’-]{2,}(?:[ \t]+\p{Ll}[\p{Ll}'’-]{2,})?)/gu;
/** A field's label right before, not a product's, a brand's or a work's ("product: mr muscle …", "title: mr nobody"). */
const THING_FIELD_BEFORE =
  /(?<![\p{L}])(?:products?|produkt|produit|prodotto|producto|produto|items?|artikel|article|articolo|artículo|artigo|brand|marke|marque|marca|merk|make|sku|titles?|titel|titre|titolo|título|film|movie|book|buch|livre|libro|show|series|serie|character|charakter|personnage|personaggio|personaje|personagem)["']?[ \t]*[:=][ \t]*["']?$/iu;
const personFieldBefore = (before: string) => /:[ \t]*$/.test(before) && !THING_FIELD_BEFORE.test(before);
/** The titles only a person's name follows, abbreviated: not "sr" (a senior's), "ms" (a motor ship's) or "herr". */
const ABBREVIATED_TITLE = /^(?:mr|mrs|mme|mlle|sig\.ra|dhr|mevr|sra|srta|dña|dª)\.?[ \t]/u;
/** The Spanish "d." before a given name and one or two surnames, in lower case. */
const LOWER_DON_NAME = /(?<![\p{L}])d\.[ \t]+(\p{Ll}{3,}(?:[ \t]+\p{Ll}[\p{Ll}'’-]{2,}){1,2})(?![\p{L}])/gu;
/** A letter's greeting right before a title, as a text in lower case writes it ("dear ms …", "sehr geehrte frau …"). */
const LOWER_GREETING_BEFORE =
  /(?:^|[^\p{L}])(?:dear|hi|hello|liebe[rs]?|sehr geehrte[rs]?|hallo|cher|chère|bonjour|gentile|gentil(?:issim)?[oa]|caro|cara|estimad[oa]|querid[oa]|hola|beste|geachte|szanown[ya]|prezad[oa]|ol[áa])[ \t]+$/u;
/** The longer legal forms, as a text in lower case writes them (the short ones are words there: "sa", "ag", "ab"). */
const LOWER_LEGAL_FORM =
  /(?<![\p{L}])(?:ltd|limited|gmbh|inc|llc|plc|corp|s\.p\.a|spa|s\.r\.l|srl|b\.v|bv|n\.v|sarl|sas|lda|s\.l\.u?|sp\. z o\.o)\.?(?![\p{L}])/u;
const PARTICLES_LOWER = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'dos', 'das']);
/** A field's value in lower case after a name's or a role's label: "paciente: iker goikoetxea larrañaga". */
const LOWER_FIELD_VALUE = new RegExp(
  String.raw`^[ \t]*[:=][ \t]*(\p{Ll}[\p{Ll}'’-]+(?:[ \t]+(?:(?:${[...PARTICLES_LOWER].join('|')})[ \t]+)*\p{Ll}[\p{Ll}'’-]+){0,3})`,
  'u',
);
/**
 * A chat export's or a transcript's time stamp, as the chat lines and the lower-case speakers read it: maybe a weekday
 * ("[Tue 09:12]"), maybe a date, its year maybe left out ("[08/10 07:42]", "03/11/2026, 18:42"), then the time.
 */
const CHAT_WEEKDAY = String.raw`(?:\p{L}{2,4}\.?,?[ \t]+)?`;
const CHAT_DATE = String.raw`\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?,?[ \t]+`;
const CHAT_TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
/**
 * A transcript's or a chat export's speaker in lower case after a time, maybe a weekday and a date before it: "00:01:12
 * sarah whitfield: let's start", "[03/11/2026, 18:42] sophie turner: …", "08/10/26, 07:42 - marta: …".
 */
const LOWER_SPEAKER = new RegExp(
  String.raw`^[ \t]*\[?${CHAT_WEEKDAY}(?:${CHAT_DATE})?${CHAT_TIME}\]?[ \t]*(?:-[ \t]*)?(\p{Ll}[\p{Ll}'’-]+(?:[ \t]+\p{Ll}[\p{Ll}'’-]+){0,2})[ \t]*:`,
  'gmu',
);
/**
 * A document written all in lower case (a lower-cased export, a normaliser's output, a chat typed so): its people by a
 * title ("dear ms okafor"), a field's label ("paciente: iker goikoetxea") or a transcript's time, where a word of the
 * value is a known given name or surname and not a word ("mr clean" is no one's).
 */
function* lowerCaseDocumentNames(scan: TextScan): Iterable<Match> {
  const { text } = scan;
  if (!typedInLowerCase(scan)) return;
  const wordsOf = (value: string) => value.split(/[ \t]+/).map(fold);
  // A known given name first that is no word too ("will", "mark").
  const givenFirst = (words: readonly string[]) => GIVEN.has(words[0] as string) && !WORD_NAMES.has(words[0] as string);
  const known = (value: string) => {
    const words = wordsOf(value);
    return (
      givenFirst(words) || words.some((w) => w.length > 2 && surnameLike(w) && !WORD_NAMES.has(w) && !COMMON_WORD_SURNAMES.has(w))
    );
  };
  // A field's value: a given name first, or every word a name ("ferretería lópez" is a shop's).
  const knownPerson = (value: string) => {
    const words = wordsOf(value);
    return (
      givenFirst(words) || (words.length > 1 && words.every((w) => PARTICLES_LOWER.has(w) || GIVEN.has(w) || surnameLike(w)))
    );
  };
  for (const m of allMatches(LOWER_TITLE_NAME, text)) {
    let value = m[1] as string;
    const index = m.index + m[0].length - value.length;
    // A second word only where it is a name too ("frau schäfer und herr …": not "und").
    const last = value.split(/[ \t]+/).pop() as string;
    if (/[ \t]/.test(value) && !knownPerson(value) && !GIVEN.has(fold(last)) && !surnameLike(fold(last)))
      value = value.slice(0, value.length - last.length).trimEnd();
    // After a greeting, any word a name's shape has ("dear ms okafor"; not a role's, "dear mr president").
    const roleless = () => !hitStartingAt(scan, ['person-role', 'title', 'company-officer'], index);
    const greeted =
      LOWER_GREETING_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) && /^\p{Ll}{3,}$/u.test(value) && roleless();
    // After an abbreviated title no word shortens, any word a name's shape has, as after a greeting, where a couple, an
    // initial or a field's label tells a person ("to: mr and mrs adeyemi", "patient: mr d. okonkwo"; not a product's
    // "mr clean is …"); not "herr" or "frau", a lord's and a woman's words too.
    const abbreviated =
      ABBREVIATED_TITLE.test(m[0]) &&
      /^\p{Ll}{3,}/u.test(value) &&
      (/[ \t](?:and|und)[ \t]|\p{Ll}\.[ \t]?\p{Ll}/u.test(m[0].slice(2)) || personFieldBefore(beforeOnLine(text, m.index))) &&
      roleless();
    if (
      (known(value) || greeted || abbreviated) &&
      !LOWER_LEGAL_FORM.test(text.slice(index, index + 60).split('\n')[0] as string)
    )
      yield { type: 'person-name', value, confidence: 0.7, index };
  }
  // Spanish "d." (don) before a given name and a surname ("se hace constar que d. rubén castillo sanz"); not in Portuguese,
  // whose kings it titles ("d. joão iv", "d. afonso henriques").
  if (languageOf(scan) === 'es')
    for (const m of textMatches(scan, LOWER_DON_NAME)) {
      const value = m[1] as string;
      if (givenFirst(wordsOf(value)))
        yield { type: 'person-name', value, confidence: 0.7, index: m.index + m[0].length - value.length };
    }
  for (const family of ['name-key', 'person-role'])
    for (const n of after(scan, family, LOWER_FIELD_VALUE, 60))
      if (atLineStart(text, n.hit) && knownPerson(n.value) && personLike(n.value, 1, n.rest) && !LOWER_LEGAL_FORM.test(n.rest))
        yield { type: 'person-name', value: n.value, confidence: 0.7, index: n.at };
  for (const m of allMatches(LOWER_SPEAKER, text)) {
    const value = m[1] as string;
    if (givenFirst(wordsOf(value))) yield { type: 'person-name', value, confidence: 0.7, index: m.index + m[0].indexOf(value) };
  }
  yield* lowerCasePairs(scan);
}

/** What the Church calls its saints after their given name, some of them surnames too ("Santiago Apóstol", "João Batista"). */
const SAINTS_EPITHETS = new Set(
  ['apóstol', 'apostolo', 'apôtre', 'apostle', 'apóstolo', 'batista', 'bautista', 'baptiste', 'battista', 'evangelista'].map(
    fold,
  ),
);
/** A Hungarian street's or place's word after a name it is named after: "Kossuth Lajos u. 4.", "… sugárút", "… téren". */
const HUNGARIAN_STREET_AFTER =
  /^[ \t]+(?:u\.|utca\p{L}*|út\p{L}*|útja\p{L}*|sugárút\p{L}*|körút\p{L}*|tér\p{L}*|tere\p{L}*|köz\p{L}*|sor\p{L}*|fasor\p{L}*|rakpart\p{L}*|park\p{L}*|híd\p{L}*|lakótelep\p{L}*)(?![\p{L}])/u;
/**
 * A Hungarian surname the lists lack, before a given name in a Hungarian text: a capitalised word within its sentence
 * (not opening it, a line or a heading), no given name, town, frequent word or saint's title ("Szent"), as Hungarian
 * writes a name surname first ("Szűcs Boglárka"). Not a street's name after a person ("Kossuth Lajos u. 4.").
 */
function hungarianSurnameBefore(
  scan: TextScan,
  before: { readonly start: number; readonly word: string; readonly lineStart: boolean },
  word: string,
  end: number,
): boolean {
  if (before.lineStart || !/^\p{Lu}\p{Ll}{2,}$/u.test(before.word)) return false;
  if (HUNGARIAN_STREET_AFTER.test(scan.text.slice(end, end + 16))) return false;
  if (GIVEN.has(word) || AMBIGUOUS_GIVEN.has(word) || CITY.has(word) || isFrequentWord(word) || word === 'szent') return false;
  if (/[.!?:;(\n][ \t]*$/.test(scan.text.slice(Math.max(0, before.start - 3), before.start))) return false;
  return otherLanguageOf(scan) === 'hu';
}

/** The signs of the zodiac in the eight languages, folded: some are given names too ("Leo", "Leone", "Toro", "Lew"). */
// biome-ignore format: a word table reads best packed
const ZODIAC_SIGNS = new Set([
  'aries', 'taurus', 'gemini', 'cancer', 'leo', 'virgo', 'libra', 'scorpio', 'sagittarius', 'capricorn', 'aquarius',
  'pisces', 'widder', 'stier', 'zwillinge', 'krebs', 'lowe', 'jungfrau', 'waage', 'skorpion', 'schutze', 'steinbock',
  'wassermann', 'fische', 'belier', 'taureau', 'gemeaux', 'lion', 'vierge', 'balance', 'scorpion', 'sagittaire',
  'capricorne', 'verseau', 'poissons', 'ariete', 'toro', 'gemelli', 'cancro', 'leone', 'vergine', 'bilancia',
  'scorpione', 'sagittario', 'capricorno', 'acquario', 'pesci', 'tauro', 'geminis', 'escorpio', 'sagitario',
  'capricornio', 'acuario', 'piscis', 'ram', 'tweelingen', 'kreeft', 'leeuw', 'maagd', 'weegschaal', 'schorpioen',
  'boogschutter', 'steenbok', 'waterman', 'vissen', 'baran', 'byk', 'bliznieta', 'rak', 'lew', 'panna', 'waga',
  'strzelec', 'koziorozec', 'wodnik', 'ryby', 'carneiro', 'touro', 'gemeos', 'caranguejo', 'leao', 'virgem', 'balanca',
  'escorpiao', 'sagitario', 'capricornio', 'aquario', 'peixes',
]);
/** A sign opening a line, as a horoscope's entries open: its word, then a colon, a dash, a bracket or the line's end. */
const ZODIAC_LINE = /^[ \t*#•-]*(\p{L}+)[ \t]*(?:[:–—(-]|\r?$)/gmu;
/** A horoscope: four signs of the zodiac or more, each opening a line. */
const horoscope = (scan: TextScan) =>
  memo(scan, 'horoscope', () => {
    const signs = new Set<string>();
    for (const m of allMatches(ZODIAC_LINE, scan.text)) {
      const key = fold(m[1] as string);
      if (ZODIAC_SIGNS.has(key)) signs.add(key);
    }
    return signs.size >= 4;
  });

/** A word of letters in lower case, three or more. */
const LOWER_WORD = /(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]{2,}(?![\p{L}])/gu;
/** A word of letters in lower case right after one space or two (a name's second word), and what follows it. */
const LOWER_NEXT_WORD = /^ {1,2}(\p{Ll}[\p{Ll}'’-]{2,})(?![\p{L}])/u;
/**
 * In a text all in lower case, a known given name and a known surname side by side in running text ("luísa ferraz
 * informou que …", "fernando cardoso está doente"), as a text with its capitals names people: neither a word of the
 * languages (not "will", "rose", "costa"), and not a brand's, a person of history's or a place's name (the scan's
 * families tell: "hugo boss", "florence nightingale", "san josé").
 */
function* lowerCasePairs(scan: TextScan): Iterable<Match> {
  const { text } = scan;
  for (const m of allMatches(LOWER_WORD, text)) {
    const hit = { start: m.index, end: m.index + m[0].length };
    const given = fold(m[0]);
    if (!GIVEN.has(given) || WORD_NAMES.has(given) || isFrequentWord(given)) continue;
    const next = LOWER_NEXT_WORD.exec(text.slice(hit.end, hit.end + 40));
    if (!next) continue;
    const surname = fold(next[1] as string);
    if (!surnameLike(surname) || GIVEN.has(surname) || WORD_NAMES.has(surname) || COMMON_WORD_SURNAMES.has(surname)) continue;
    if (isFrequentWord(surname)) continue;
    const end = hit.end + next[0].length;
    if (THING_FAMILIES.some((family) => hitBetween(scan, family, hit.start, end)) || partOfPlaceName(scan, hit.start)) continue;
    if (inTownName(text, hit.start)) continue;
    // A person of history, a work's maker or a performer, as the capitalised names are read ("dipinti di …", "1527"); a
    // saint ("são joão batista", "santiago apóstol"); a template's stand-in where an example is shown ("np. jan kowalski").
    const before = text.slice(Math.max(0, hit.start - 48), hit.start);
    if (historyOf(scan).at(hit.start) || creditedBefore(scan, before, end)) continue;
    if (SAINT_BEFORE.test(before) || SAINTS_EPITHETS.has(surname)) continue;
    if (STAND_IN_PAIRS.has(`${given} ${surname}`) && nearOnLine(scan, 'example-marker', hit.start, 24)) continue;
    yield { type: 'person-name', value: text.slice(hit.start, end), confidence: 0.7, index: hit.start };
  }
}

const SHORT_MESSAGE = 600;
const PARAGRAPH_BREAK = /\n[ \t]*\r?\n/g;
/**
 * The short messages in lower case a text holds, each with where it starts: the text itself, if it is one; in a longer
 * text, its paragraphs that are (up to 600 characters, in lower case, ending with thanks or a sign-off: "… dile que lo
 * miro por la tarde\ngracias!!" below a long report or thread), not a README's or a licence's.
 */
function shortLowerCaseMessages(text: string, inLowerCase: () => boolean): Array<readonly [number, string]> {
  if (text.length <= SHORT_MESSAGE) return inLowerCase() ? [[0, text]] : [];
  const found: Array<readonly [number, string]> = [];
  let start = 0;
  const take = (end: number) => {
    const block = text.slice(start, end);
    if (block.trim().length > 0 && block.length <= SHORT_MESSAGE && (BARE_SIGN_OFF.test(block) || LOWER_SIGN_OFF.test(block)))
      if (lowerCaseText(block)) found.push([start, block]);
  };
  for (const m of allMatches(PARAGRAPH_BREAK, text)) {
    take(m.index);
    start = m.index + m[0].length;
  }
  take(text.length);
  return found;
}

/** Titles as an envelope's window writes them, in capitals: "MME", "HERRN", "SIG.", "DHR.", "EXMO. SR.". */
const CAPS_TITLE =
  'MR|MRS|MS|MISS|DR|PROF|HERRN|HERR|FRAU|FAMILIE|MME|MLLE|M|MADAME|MONSIEUR|FAMILLE|SIG|SIG\\.RA|SIGRA|SIGNOR|SIGNORA|SPETT|GENT|GENTILE|SR|SRA|SRTA|D|DÑA|DON|DOÑA|DHR|MEVR|MW|DE HEER|MEVROUW|PAN|PANI|SZ|SZANOWNY|SZANOWNA|EXMO|EXMA|SENHOR|SENHORA|ILMO|ILMA';
/** The same titles as a letter's first line writes them alone over the name: "Pani", "Herrn", "Exmo. Sr.". */
const TITLE_CASED_TITLE = CAPS_TITLE.split('|')
  .map((title) => `${title[0]}${title.slice(1).toLowerCase()}`)
  .join('|');
/**
 * A line in capitals, maybe a title's, then a name: an addressee over the lines of their address. The title may stand
 * alone on the line above, in capitals or not ("Pani\nKATARZYNA DĄBROWSKA-LIS", "HERRN\nKARL-HEINZ BRÖSEL", holdout-992).
 */
const CAPS_ADDRESSEE = new RegExp(
  String.raw`(?:^|\n)[ \t]*((?:(?:${CAPS_TITLE})\.?[ \t]+){0,2}|(?:(?:${CAPS_TITLE}|${TITLE_CASED_TITLE})\.?[ \t]*){1,2}\r?\n[ \t]*)((?:\p{Lu}\.[ \t]?){0,2}${CAPS_NAME})[ \t]*(?=\r?\n)`,
  'gu',
);
/** Families whose words make a line in capitals an organisation's or a place's name, not a person's. */
const NOT_ADDRESSEE_FAMILIES = ['legal-form', 'organisation-account', 'institution', 'naming', 'street', 'brand'];
/**
 * A postcode and a town ending an address's lines: "44300 NANTES", "NF4 7QD", "1234 AB AMSTERDAM", "00-950 WARSZAWA";
 * the town in capitals or not, as a mail merge prints the name alone in capitals ("60-123 Poznań", holdout-992).
 */
const CAPS_POSTCODE_LINE =
  /\n[ \t]*(?:(?:[A-Z]{1,2}-)?\d{4,5}|\d{2}-\d{3}|\d{4}-\d{3}|\d{3} \d{2}|\d{4} ?[A-Z]{2})[ \t]+\p{Lu}(?:\p{Lu}+|\p{Ll}+)(?![\p{L}])|[ \t]\p{Lu}{1,2}\d[A-Z\d]? ?\d[A-Z]{2}[ \t]*(?:\r?\n|$)/u;

/**
 * An addressee in capitals, as envelopes' windows and mail merges print them ("MME CLAIRE LEGRAND", "HERRN HANS
 * MÜLLER", "DHR. J. DE VRIES") over their address, whose postcode and town end it within four lines: with a title, or a
 * known given name or surname in it. A heading in capitals has no postcode's line under it.
 */
function* addresseesInCapitals(scan: TextScan): Iterable<Match> {
  const { text } = scan;
  if ((!scan.byFamily.has('street') && !/\n[ \t]*\d{2}/.test(text)) || !CAPS_POSTCODE_LINE.test(text)) return;
  for (const m of allMatches(CAPS_ADDRESSEE, text)) {
    const title = m[1] as string;
    const value = m[2] as string;
    const lineEnd = m.index + m[0].length;
    const below = text
      .slice(lineEnd, lineEnd + 200)
      .split('\n')
      .slice(0, 5)
      .join('\n');
    if (!CAPS_POSTCODE_LINE.test(below)) continue;
    if (!title && !knownIn(value)) continue;
    // A company's or an institution's name in capitals over its address: "STADTWERKE MÜNCHEN GMBH", "CLINIQUE SAINT-LUC".
    const lineStart = lineEnd - m[0].length;
    if (NOT_ADDRESSEE_FAMILIES.some((family) => hitBetween(scan, family, lineStart, lineEnd))) continue;
    yield { type: 'person-name', value, confidence: title ? 0.75 : 0.7, index: lineEnd - value.length };
  }
}

/** A name as airlines and railways write it: "MCCARTHY/AOIFE MS", "GARCIA LOPEZ/MARIA DEL MAR MRS". */
const TRAVEL_TITLE = 'MR|MRS|MS|MISS|MSTR|DR|MME|MLLE|HERR|FRAU|SR|SRA';
const TRAVEL_NAME = new RegExp(
  String.raw`(?<![\p{L}\d/])([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)?)\/([A-Z][A-Z'-]+)((?: (?!(?:${TRAVEL_TITLE})(?![A-Z]))[A-Z][A-Z'-]+){0,3})(?: (${TRAVEL_TITLE}))?(?![\p{L}\d/])`,
  'gu',
);

/**
 * Roles whose person logs and terminals print in capitals after them ("holder THOMAS MUELLER", "Passagier: ANNA BERG"), a
 * booking's title maybe before the name ("Passenger: MR ALAN CROSSLEY", holdout-991).
 */
const CAPS_ROLES = [
  'holder',
  'cardholder',
  'card holder',
  'account holder',
  'customer',
  'passenger',
  'guest',
  'patient',
  'karteninhaber',
  'karteninhaberin',
  'kontoinhaber',
  'kontoinhaberin',
  'kunde',
  'kundin',
  'passagier',
  'titulaire',
  'client',
  'cliente',
  'titular',
  'intestatario',
  'intestataria',
  'passeggero',
  'pasajero',
  'klant',
  'pasażer',
  'klient',
  'passageiro',
];
const ROLE_THEN_CAPS_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:${eitherCase(CAPS_ROLES.join('|'))})[ \t]*[:=]?[ \t]+(?:(?:${TRAVEL_TITLE})\.?[ \t]+)?(\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,}){1,2})(?![\p{L}])`,
  'gu',
);

/**
 * A name in capitals after a role's word, as payment logs, terminals and tickets print it ("payment declined … holder
 * THOMAS MUELLER"): a known given name first, that is no word too.
 */
function* capitalNamesAfterRoles(scan: TextScan): Iterable<Match> {
  for (const m of textMatches(scan, ROLE_THEN_CAPS_NAME)) {
    const name = m[1] as string;
    const first = fold(name.split(/[ '’-]/, 1)[0] as string);
    if (!GIVEN.has(first) || WORD_NAMES.has(first)) continue;
    yield { type: 'person-name', value: name, confidence: 0.8, index: m.index + m[0].length - name.length };
  }
}

/** Two or three words in capitals inside a text in mixed case. */
const CAPS_WORDS = /(?<![\p{L}])(\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,}){1,2})(?![\p{L}])/gu;

/**
 * A name in capitals inside a text in mixed case, as couriers' messages, labels and exports print the recipient ("la
 * spedizione per ESPOSITO GENNARO è in consegna …"): a known given name and a known surname, either way round, no word
 * of the eight languages' frequent ones nor a company's, a street's or a brand's name.
 */
function* capitalNamesInProse(scan: TextScan): Iterable<Match> {
  const { text } = scan;
  if (!/\p{Ll}/u.test(text)) return;
  for (const m of allMatches(CAPS_WORDS, text)) {
    // From its first known name on ("MME CLAIRE LEGRAND" → "CLAIRE LEGRAND"): a title's rule reads the rest.
    const run = m[1] as string;
    const skip = /^(\p{Lu}+)\.?[ ]+(?=\p{Lu})/u.exec(run);
    const first = fold(skip?.[1] ?? '');
    const lead = skip && !GIVEN.has(first) && !SURNAME.has(first) ? skip[0].length : 0;
    const value = run.slice(lead);
    const index = m.index + lead;
    if (!/[ '’-]/.test(value)) continue;
    const words = value.split(/[ '’-]/).map((w) => fold(w));
    if (words.some((w) => w.length < 3 || isFrequentWord(w))) continue;
    const given = words.findIndex((w) => GIVEN.has(w) && !WORD_NAMES.has(w));
    if (given < 0 || !words.some((w, i) => i !== given && SURNAME.has(w))) continue;
    const end = index + value.length;
    // Not a company's, a brand's or a street's name ("MARTIN BRAUN GMBH", "VIA GIUSEPPE VERDI"): its words or a legal
    // form after it.
    if (NOT_ADDRESSEE_FAMILIES.some((family) => hitBetween(scan, family, Math.max(0, m.index - 8), end))) continue;
    if (hitBetween(scan, 'legal-form', end, end + 16)) continue;
    yield { type: 'person-name', value, confidence: 0.7, index };
  }
}

/** Travel documents' names (boarding passes, bookings): with a title after them, or with a known given name. */
function* travelNames(scan: TextScan): Iterable<Match> {
  const { text } = scan;
  if (!text.includes('/')) return;
  for (const m of allMatches(TRAVEL_NAME, text)) {
    const given = fold(m[2] as string);
    if (!m[4] && !GIVEN.has(given) && !AMBIGUOUS_GIVEN.has(given)) continue;
    yield { type: 'person-name', value: m[0], confidence: 0.75, index: m.index };
  }
}

/**
 * A press release, by its title as its first words ("Pressemitteilung – Stadtwerke Münster"): the people it names and
 * quotes ("sagt Geschäftsführer Dr. Sebastian Jurack"), it names for publication, as a legal notice does. Not a cover
 * note's release further down ("Hallo Jens, anbei der Entwurf …"), nor a mail's subject.
 */
function pressRelease(scan: TextScan): boolean {
  return memo(scan, 'press-release', () => {
    const first = scan.byFamily.get('press-release')?.[0];
    const titled = first !== undefined && !/\p{L}/u.test(scan.text.slice(0, first.start));
    // Not a draft's cover note under the title ("Press release – draft / Hi Jens, can you check Anna's quote?"), nor
    // one telling of someone's health, beliefs or membership beside their name where no title or calling stands before
    // it ("… a Manuel Otero Pazos … permanece ingresado con quemaduras", a probe); a doctor's or a researcher's work
    // beside their name is their work ("Prof. Dr. Markus Henning, Chefarzt der Radiologie").
    return (
      (titled || releaseByItsParts(scan) || clubStatement(firstLine(scan.text))) &&
      !greetsSomeone(scan) &&
      !specialBesideName(scan, true) &&
      // Nor a notice to the organisation's own people, or one marked internal ("COMMUNIQUÉ – Départ de Julie Martin /
      // Chers collègues,", a probe): a press release greets no colleagues.
      !hasConfidentialityMarker(scan)
    );
  });
}

/**
 * A sports club's official statement by its title and the club's designation on the first line ("COMUNICADO OFICIAL –
 * CD Almenara", "Offizielle Mitteilung des SV Musterstadt", holdout-897): what it publishes of its coaches and players.
 * An official statement alone heads staff notices too.
 */
const CLUB_STATEMENT =
  /(?<![\p{L}])(?:official statement|offizielle mitteilung|offizielle stellungnahme|communiqué officiel|comunicato ufficiale|comunicado oficial|officieel bericht|officiële mededeling|oficjalny komunikat|komunikat klubu|nota oficial)(?![\p{L}])/iu;
/**
 * A club's designation: its abbreviation in capitals beside the club's name in mixed case ("CD Almenara", "Harbury Town
 * FC"; not an all-capitals heading's "AS OF" or "US OPERATIONS"), or its word.
 */
const CLUB_ABBREVIATION = String.raw`(?:F\.?C|C\.?F|C\.?D|S\.?C|A\.?C|S\.?V|TSV|VfB|VfL|RC|US|AS|KS|KKS|SL|UD|CA)`;
const CLUB_DESIGNATION = new RegExp(
  String.raw`(?<![\p{L}])${CLUB_ABBREVIATION}[ \t]+\p{Lu}\p{Ll}|\p{Lu}\p{Ll}+[ \t]+${CLUB_ABBREVIATION}(?![\p{L}])|(?<![\p{L}])(?:[Cc]lub|CLUB|[Kk]lub|KLUB|[Vv]erein|[Cc]lube)(?![\p{L}])`,
  'u',
);
/** Whether a first line is a sports club's official statement's title. */
const clubStatement = (first: string): boolean => CLUB_STATEMENT.test(first) && CLUB_DESIGNATION.test(first);
/**
 * A release's dateline opening a paragraph below its headline: a place, maybe an agency in brackets, a date and a dash
 * ("LEEDS, 2 December 2026 –", "Zwolle, 1 december 2026 –", "Paris, le 3 décembre 2026 —", "MADRID, 2 de diciembre de
 * 2026 –", "BOSTON, Dec. 2, 2026 –").
 */
const RELEASE_DATELINE =
  /\n[ \t]*\n[ \t]*\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+){0,2}(?:[ \t]*\([^)\n]{1,30}\))?,[ \t]+(?:(?:le|den|il|el|dnia)[ \t]+)?(?:\d{1,2}\.?[ \t]+(?:de[ \t]+)?\p{L}+\.?|\p{L}+\.?[ \t]+\d{1,2},?)(?:[ \t]+(?:de[ \t]+)?\d{4})?[ \t]*[–—-][ \t]/u;
/** A release's words to the press opening a line ("Media enquiries:", "Notes to editors", "Pressekontakt", "Contact presse"). */
const PRESS_CONTACT =
  /(?:^|\n)[ \t]*(?:media enquiries|media inquiries|media contacts?|press contacts?|press enquiries|notes? to editors|pressekontakte?|hinweise? für (?:die )?redaktionen|contacts? presse|note aux rédactions|contatt[oi] stampa|ufficio stampa|contacto de prensa|contacto para medios|nota para (?:los )?editores|perscontact|noot voor de redactie|kontakt dla mediów|kontakt prasowy|contactos? (?:de|para a) imprensa|nota aos editores)(?![\p{L}])/iu;
/**
 * A press release by its parts where no title names it: a headline first, a dateline opening the first paragraphs and
 * the release's words to the press (holdout-854: "Northbridge Water appoints new Chief Financial Officer / LEEDS, 2
 * December 2026 – … / Media enquiries: …").
 */
function releaseByItsParts(scan: TextScan): boolean {
  return headlineFirst(scan) && RELEASE_DATELINE.test(scan.text.slice(0, 800)) && PRESS_CONTACT.test(scan.text);
}

/**
 * A job advertisement's headings, by what they head: the tasks, the candidate's profile, what the employer offers.
 * Written to the candidate ("Ihre Aufgaben", "Votre profil"), not the bare words minutes and specifications use too;
 * each alone on its line, as headings stand (interview notes write on after "Your responsibilities:"), maybe asked
 * ("Wat ga je doen?", holdout-546). In the eight languages and the EU's others ("Tehtävät:", "Edellytämme:", "Vi
 * erbjuder", "Náplň práce", holdout-1123).
 */
const JOB_AD_HEADINGS: readonly RegExp[] = [
  /^[ \t]*[-*#•]*[ \t]*(?:ihre aufgaben|deine aufgaben|your responsibilities|key responsibilities|about the role|the role|role overview|main duties|key duties|le poste|il ruolo|el puesto|de functie|o cargo|what you will do|what you['’]ll do|vos missions|votre mission|les missions|mansioni|le tue mansioni|tus funciones|funciones del puesto|wat ga je doen|zakres obowiązków|twoje zadania|funções|as tuas funções|tehtävät|tehtäviisi kuuluu|arbetsuppgifter|dina arbetsuppgifter|opgaver|dine opgaver|arbeidsoppgaver|náplň práce|pracovná náplň|feladatok|a feladatok|főbb feladatok|responsabilități|atribuții|opis poslova|zadaci|delovne naloge|pienākumi|darba pienākumi|pareigos|funkcijos|ülesanded|tööülesanded|καθήκοντα|αρμοδιότητες|задължения|отговорности)[ \t]*[:?]?[ \t]*$/imu,
  /^[ \t]*[-*#•]*[ \t]*(?:ihr profil|dein profil|das bringen sie mit|das bringst du mit|your profile|about you|who you are|what we['’]re looking for|what we are looking for|votre profil|profil recherché|profilo ricercato|requisiti richiesti|tu perfil|perfil buscado|requisitos|wie ben jij|je profiel|functie-eisen|wat vragen wij|wat wij vragen|wymagania|nasze oczekiwania|oczekujemy|perfil procurado|o teu perfil|edellytämme|odotamme sinulta|vi söker dig som|kvalifikationer|krav|vi forventer|kvalifikasjoner|požadujeme|požiadavky|elvárások|elvárásaink|cerințe|uvjeti|zahtevamo|pogoji|prasības|reikalavimai|nõuded|ootame sinult|προσόντα|απαιτούμενα προσόντα|изисквания)[ \t]*[:?]?[ \t]*$/imu,
  /^[ \t]*[-*#•]*[ \t]*(?:wir bieten(?: ihnen| dir)?|das bieten wir|was wir bieten|what we offer|we offer|nous offrons|nous vous offrons|ce que nous offrons|offriamo|cosa offriamo|si offre|ofrecemos|qué ofrecemos|se ofrece|wat bieden wij|wij bieden|wat wij bieden|oferujemy|co oferujemy|oferecemos|o que oferecemos|tarjoamme|vi erbjuder|vi tilbyder|vi tilbyr|nabízíme|ponúkame|kínálunk|amit kínálunk|oferim|nudimo|ponujamo|piedāvājam|siūlome|pakume|προσφέρουμε|предлагаме)[ \t]*[:?]?[ \t]*$/imu,
];

/**
 * A job ad's "we are looking for" in the EU's languages ("Wir suchen", "Nous recherchons", "Vi søger", "Hledáme"), or its
 * organisation's ("Woningcorporatie De Linde zoekt een collega", holdout-964; "Die Stadtwerke Lindau suchen zum 1. März
 * eine/n", holdout-1147), or the sexes a German or an Austrian ad is open to ("(m/w/d)", "(w/m/d)", "(m/f/d)").
 */
const JOB_SOUGHT =
  /\((?:m|w|f|d|x)\/(?:m|w|f|d|x)(?:\/(?:m|w|f|d|x|div))?\)|(?<![\p{L}])suchen(?=[ \t]+(?:zum|zur|ab|für|eine?[nr]?)(?![\p{L}]))|(?<![\p{L}])(?:we are looking for|we['’]re looking for|we are seeking|we seek|is looking for|is seeking|seeks|sucht|recherche|cerca|busca|zoekt|poszukuje|procura|wir suchen|suchen wir|nous recherchons|recherchons|nous cherchons|cerchiamo|stiamo cercando|ricerchiamo|buscamos|estamos buscando|precisamos de|zoeken wij|wij zoeken|we zoeken|poszukujemy|szukamy|procuramos|estamos à procura|vi søger|søger vi|vi söker|söker vi|vi søker|søker vi|etsimme|haemme|hledáme|hľadáme|keresünk|căutăm|angajăm|iščemo|tražimo|zapošljavamo|ieškome|meklējam|otsime|ζητούμε|ζητείται|ζητούνται|търсим)(?![\p{L}])/iu;
/**
 * What a job ad offers ("Wir bieten", "Vi tilbyder", "Nabízíme"), its pay by a label ("Salaris: schaal 7", holdout-964),
 * or the permanent contract it offers ("tillsvidareanställning", "un CDI", "unbefristet", holdout-1103).
 */
const JOB_OFFERED =
  /(?<![\p{L}])(?:we offer|we can offer|wir bieten|bieten wir|nous offrons|nous proposons|offriamo|ofrecemos|wij bieden|bieden wij|we bieden|oferujemy|oferecemos|vi tilbyder|vi erbjuder|vi tilbyr|tarjoamme|nabízíme|ponúkame|kínálunk|oferim|oferă|nudimo|siūlome|piedāvājam|pakume|προσφέρουμε|предлагаме)(?![\p{L}])|(?<![\p{L}])(?:salary|gehalt|salaire|rémunération|stipendio|retribuzione|salario|sueldo|salaris|wynagrodzenie|salário|remuneração|lön|løn|palkka|mzda|fizetés|salariu|plaća|plača)[ \t]*:|(?<![\p{L}])(?:tillsvidareanställning\p{L}*|fast anställning|permanent (?:position|contract|role)|unbefristete[rn]? (?:anstellung|vertrag|stelle)|unbefristet|(?:en|un) cdi|contrat à durée indéterminée|contratto a tempo indeterminato|tempo indeterminato|contrato indefinido|vaste aanstelling|vast contract|umow\p{L}* o pracę na czas nieokreślony|contrato sem termo|contrato por tempo indeterminado|fastansættelse|fast stilling|fast ansettelse|vakituinen työsuhde|vakituiseen työsuhteeseen|pracovní poměr na dobu neurčitou|pracovný pomer na dobu neurčitú|határozatlan idejű|contract (?:de muncă )?pe (?:o )?perioadă nedeterminată|ugovor na neodređeno|za nedoločen čas|tähtajatu\p{L}*|beztermiņa|neterminuot\p{L}*|αορίστου χρόνου|безсрочен трудов договор)(?![\p{L}])/iu;
/** How to apply for a job ("Send your application", "Bewerbung", "ansøgning", "životopis", "önéletrajz"). */
const JOB_APPLY =
  /(?<![\p{L}])(?:send (?:us )?your (?:application|cv)|apply (?:now|by|before|online|via|at)|bewerbung(?:en|sunterlagen)?|bewerben sie sich|bewirb dich|candidature|candidatez|candidatura|candidati|solicitud de empleo|envía tu cv|sollicitatie|solliciteer|solliciteren|aplikuj|aplikację|cv|ansøgning|ansøg|ansökan|ansök|søknad|søk stillingen|hakemus|hakemuksesi|hae paikkaa|životopis|žádost o místo|žiadosť|önéletrajz|jelentkez\p{L}*|aplică|prijav\p{L}*|gyvenimo aprašym\p{L}*|pieteikum\p{L}*|kandideeri\p{L}*|αιτήσεις|βιογραφικό|автобиография|кандидатстван\p{L}*)(?![\p{L}])/iu;
/**
 * A job advertisement: two of its headings or more. Whom it names (an HR contact to ask, a head of department) it names
 * for publication, as a press release does; an application, a rejection or a reference is written to someone or by
 * someone, and is read as before.
 */
function jobAd(scan: TextScan): boolean {
  return memo(scan, 'job-ad', () => {
    const { text } = scan;
    const headings = JOB_AD_HEADINGS.filter((heading) => heading.test(text)).length;
    // Or told in prose: whom it seeks and how to apply, with what it offers or one heading ("Vi søger en struktureret
    // lagermedarbejder … Vi tilbyder … Send din ansøgning senest …", holdout-939).
    const prose = () => textHas(scan, JOB_SOUGHT) && textHas(scan, JOB_APPLY) && (headings === 1 || textHas(scan, JOB_OFFERED));
    if (headings < 2 && !prose()) return false;
    // Not a job description or interview notes naming their person in the title ("Stellenbeschreibung – Anna Schmidt").
    const title = firstLine(text).split(/[^\p{L}'’-]+/u);
    if (title.some((word, i) => GIVEN.has(fold(word)) && /^\p{Lu}/u.test(title[i + 1] ?? ''))) return false;
    // Nor a job description whose post holder's health stands beside her name ("Current post holder: Anna Weber, who
    // leaves after her cancer diagnosis").
    return !aMessage(scan) && !specialBesideName(scan);
  });
}

/**
 * A message about a published text rather than the text: a mail's subject or header first ("Re: Festival tickets"), a
 * greeting to someone ("Hi Anna, I got the tickets"), or a writer speaking of themself.
 */
function aMessage(scan: TextScan): boolean {
  return messageShaped(scan) || writerSpeaks(scan);
}
/**
 * A message by its shape alone: a mail's subject or header first, or a greeting to someone. A column, a blog post or a
 * recipe under its author's byline speaks in the first person too ("Ich verwende fertigen Filoteig", holdout-1107).
 */
function messageShaped(scan: TextScan): boolean {
  return MAIL_FIRST_LINE.test(scan.text) || greetsSomeone(scan);
}

/**
 * The writer speaks of themself; not the Dutch "je" (you), which a vacancy writes to its reader ("Je hebt …"), nor an
 * initial ("by J. B. Priestley": French "j'" is "j" too), nor the French "Me" (Maître) before a name, as the special
 * categories read the first person.
 */
function writerSpeaks(scan: TextScan): boolean {
  const hits = firstPersonHits(scan);
  if (hits.length === 0) return false;
  // Not in a quotation a speech's verb or a name closes: whoever is quoted speaks there ('"… do meu bisavô", contou
  // Joana Mendes', holdout-895), not the writer.
  const quoted = quotations(scan).filter(([, end]) => spokenAfter(scan.text, end));
  return hits.some((hit) => !quoted.some(([start, end]) => hit.start > start && hit.end < end));
}
/** Whether a capitalised hit is a given name a capitalised word follows ("Mia Turner"), whatever else its word is. */
function givenNameBeforeSurname(scan: TextScan, hit: Hit): boolean {
  return (
    /^\p{Lu}/u.test(scan.text[hit.start] ?? '') &&
    /^[ \t]+\p{Lu}\p{Ll}/u.test(scan.text.slice(hit.end, hit.end + 4)) &&
    hitsAt(scan, hit.start).some((h) => h.family === 'given-name' || h.family === 'given-name-ambiguous')
  );
}
function firstPersonHits(scan: TextScan): readonly Hit[] {
  const hits = scan.byFamily.get('first-person') ?? [];
  if (hits.length === 0) return hits;
  // "je" is French "I" only: Dutch "you", German "ever" ("reduzierter denn je", holdout-872), Czech "is" (a Czech text's
  // language is none of the eight, but its own words tell it: holdout-910).
  // Looked up only where a "je" is among the hits: the other languages' reading scans the text's words.
  const language = languageOf(scan);
  const hasJe = hits.some((hit) => hit.phrase === 'je' || hit.phrase === 'j');
  const french = language === 'fr' || (hasJe && language === '' && otherLanguageOf(scan) === '');
  // A Polish verb's first person written without its "ę" in a text that writes Polish letters is its third person
  // ("mieszka i pracuje w Kazimierzu", holdout-926: she works, not "pracuję", I work); "nosze" is a stretcher.
  const polishMarks = () => memo(scan, 'polish-marks', () => /[ąęłńśźżćó]/.test(scan.text));
  const thirdPerson = (hit: Hit) =>
    hit.phrase.includes('ę') && !scan.text.slice(hit.start, hit.end).toLowerCase().includes('ę') && polishMarks();
  return hits.filter(
    (hit) =>
      scan.text[hit.end] !== '.' &&
      !(!french && (hit.phrase === 'je' || hit.phrase === 'j')) &&
      !thirdPerson(hit) &&
      !(hit.phrase === 'mi' && WEEKDAY_BESIDE.test(scan.text.slice(Math.max(0, hit.start - 5), hit.end + 5))) &&
      // "Me Hélène Vasseur": a French lawyer's title (Maître) before her name, no one's "me" (holdout-507).
      !MAITRE_BEFORE_NAME.test(scan.text.slice(hit.start, hit.start + 6)) &&
      // "Mia Turner": a given name before a surname, not the Italian "mia" (holdout-860).
      !givenNameBeforeSurname(scan, hit) &&
      // One of the eight languages' frequent words in a text in another EU language is that language's word: Czech "ho"
      // is "him", not Italian "I have" (holdout-951).
      !(frequentInLanguages(hit.phrase) && otherLanguageOf(scan) !== ''),
  );
}
const MAITRE_BEFORE_NAME = /^Me[ \t]+\p{Lu}\p{Ll}/u;
/** German weekdays abbreviated side by side ("Mo, Di, Do", "Mi, Fr"): "Mi" among them is Wednesday, no one's "mi". */
const WEEKDAY_BESIDE = /(?:Mo|Di|Mi|Do|Fr|Sa|So)[ \t]*[,–-][ \t]*(?:Mo|Di|Mi|Do|Fr|Sa|So)(?![\p{L}])/u;

/**
 * A release's first line: its version and date alone ("# v4.2.0 (2026-11-27)", "## [1.3.0] - 2026-01-05"), or the title,
 * the product's name before or after it ("# Release notes – Ledgerly 4.12.0"), or a package's name and its full version
 * alone ("# pdfkit-lite 4.2.0", "@acme/ui v2.0.1 – 2026-11-30", holdout-1203), maybe a remark in brackets after it
 * ("# Changelog (unreleased)", holdout-1125).
 */
const RELEASE_FIRST_LINE =
  /^\s*(?:#{1,3}[ \t]*)?(?:(?:release[ \t]+|version[ \t]+)?\[?v?\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?\]?(?:[ \t]*[-–(/][ \t]*\d{4}-\d{2}-\d{2}\)?)?|(?:release notes|changelog|change log|what['’]s new|versionshinweise|notes de version|note di rilascio|notas de la versión|release-opmerkingen|informacje o wydaniu|notas de versão)(?:[ \t]*[-–—:|][ \t]*\p{L}[\p{L}\d .-]{0,40}?)?(?:[ \t]+v?\d+(?:\.\d+){1,2})?|\p{L}[\p{L}\d .-]{0,40}?[ \t]+v?\d+\.\d+(?:\.\d+)?[ \t]*[-–—:|]?[ \t]*(?:release notes|changelog|what['’]s new|versionshinweise|notes de version|note di rilascio|notas de la versión|release-opmerkingen|notas de versão)|[\p{L}@][\p{L}\d@/_.-]{0,40}(?:[ \t]+\p{L}[\p{L}\d_.-]{0,20}){0,2}[ \t]+v?\d+\.\d+\.\d+(?:-[\w.]+)?(?:[ \t]*[-–(/][ \t]*\d{4}-\d{2}-\d{2}\)?)?)(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*\r?$/imu;
/**
 * What a release's notes list: its sections and its versions' headings (maybe indented, as a quoted reply's marks leave
 * them), and the issues and pull requests they close.
 */
const RELEASE_SECTION =
  /^[ \t]*#{2,4}[ \t]*(?:features|new features|fixes|bug fixes|bugfixes|added|changed|fixed|removed|deprecated|security|improvements|breaking changes|docs|documentation|commits|merged|dependencies|performance)[ \t]*$|^[ \t]*(?:#{1,4}[ \t]*)?\[?v?\d+\.\d+\.\d+(?:-[\w.]+)?\]?(?:\([^)\n]*\))?(?:[ \t]*[-–(/][ \t]*\d{4}-\d{2}-\d{2}\)?)?[ \t]*\r?$/gimu;
const ISSUE_REFERENCE = /(?<![\w&])#\d{2,6}(?!\w)/g;

/**
 * A software release's notes or changelog, by its version or title alone on its first line and two sections or issue
 * references: the contributors it thanks ("thanks @mkowalczyk", "to Elena Rossi for …") it credits for publication.
 */
function releaseNotes(scan: TextScan): boolean {
  return memo(scan, 'release-notes', () => {
    const { text } = scan;
    if (!RELEASE_FIRST_LINE.test(firstLine(text))) return false;
    if ((text.match(RELEASE_SECTION) ?? []).length + (text.match(ISSUE_REFERENCE) ?? []).length < 2) return false;
    // Maintainers write "my" in changelogs ("use my standard jscs.json"): only a greeting makes it a message. Notes
    // marked as not to be passed on ("Please do not forward this") are no published release's. Not a word in the text's
    // last characters: where a window is cut, "- Internal refa…" would read as a label ending its line.
    // Nor notes telling of a named person's health, beliefs or membership ("Sick leave requests for Anna Kowalczyk were
    // shown to her whole team", a probe): a bug report about someone's record.
    return !greetsSomeone(scan) && !hasConfidentialityMarker(scan, 0, Math.max(0, text.length - 16)) && !specialBesideName(scan);
  });
}

/**
 * A listed company's results call as it publishes the transcript: a results call's title on the first line ("Q3 2026
 * earnings call", "conférence téléphonique résultats T3", "Telefonkonferenz zu den Quartalszahlen"), an operator's
 * lines, and everyone named in their office (`publicCapacityOnly`: "M. Étienne Vallerand, président-directeur
 * général"). Not one marked confidential, nor one telling of a named person's health, beliefs or membership.
 */
const RESULTS_CALL_TITLE =
  /(?<![\p{L}])(?:earnings call|results call|earnings conference call|results conference call|analyst call|investor call|(?:conférence|conference) (?:téléphonique )?(?:sur les |des )?résultats|(?:analysten|telefon)konferenz|conference call (?:sui )?risultati|conferencia (?:de|sobre) (?:los )?resultados|conferência (?:de|sobre os) resultados|resultatenpresentatie|analistencall|telekonferencja wynikowa)(?![\p{L}])/iu;
const OPERATOR_LINE =
  /^[ \t]*(?:operator|opérateur|opératrice|operatore|operatrice|operador|operadora|operatorin|moderator|moderatorin)[ \t]*:/imu;
function resultsCall(scan: TextScan): boolean {
  return memo(
    scan,
    'results-call',
    () =>
      RESULTS_CALL_TITLE.test(firstLine(scan.text)) &&
      OPERATOR_LINE.test(scan.text) &&
      publicCapacityOnly(scan) &&
      !hasConfidentialityMarker(scan) &&
      !specialBesideName(scan),
  );
}

/**
 * A company's board as its annual report or its governance page presents it: a board's heading alone on its line ("Board
 * of Directors", "Vorstand und Aufsichtsrat", "Conseil d'administration", "Consiglio di amministrazione") and a listed
 * company's governance words ("non-executive", "Senior Independent Director", "Audit Committee", "Aufsichtsrat",
 * "administrateur indépendant"): its directors, named with their offices and careers, are named for publication
 * (holdout-906). Not a board's minutes (a minutes' title, an attendance's label), nor a school's report, nor a message,
 * nor one marked confidential, nor one telling of a named person's health, beliefs, membership or family.
 */
const DIRECTORS_HEADING =
  /^[ \t]*(?:#{1,3}[ \t]*)?(?:the )?(?:board of directors|board|our board|directors|executive board|supervisory board|management board|aufsichtsrat|vorstand und aufsichtsrat|verwaltungsrat|conseil d['’]administration|conseil de surveillance|directoire|consiglio di amministrazione|collegio sindacale|consejo de administración|raad van bestuur|raad van commissarissen|rada nadzorcza|zarząd i rada nadzorcza|conselho de administração|styrelse|styrelsen|bestyrelse|bestyrelsen|hallitus)[ \t]*\r?$/imu;
const GOVERNANCE_WORD =
  /(?<![\p{L}])(?:non-executive|senior independent director|independent director|audit committee|remuneration committee|nomination committee|corporate governance|annual report|prüfungsausschuss|präsidialausschuss|geschäftsbericht|unabhängige[sr]? (?:mitglied|aufsichtsrat)|administrat(?:eur|rice) indépendante?|comité d['’]audit|rapport annuel|document d['’]enregistrement universel|consigliere indipendente|amministratore indipendente|comitato controllo e rischi|relazione finanziaria annuale|consejer[oa] independiente|comisión de auditoría|informe anual|auditcommissie|remuneratiecommissie|jaarverslag|komitet audytu|niezależn[yae] członek|raport roczny|administrador independente|comissão de auditoria|relatório e contas|revisionsutskott|ersättningsutskott|årsredovisning|revisionsudvalg|årsrapport)(?![\p{L}])/iu;
const ATTENDANCE_LABEL =
  /^[ \t]*(?:\*\*)?(?:present|attendees|apologies|in attendance|anwesend|teilnehmer(?:innen)?|entschuldigt|présents?|excusés?|presenti|assenti|asistentes|ausentes|aanwezig|afwezig|obecni|nieobecni|presentes)(?:\*\*)?[ \t]*:/imu;
function boardOfDirectors(scan: TextScan): boolean {
  return memo(scan, 'board-of-directors', () => {
    const { text } = scan;
    return (
      DIRECTORS_HEADING.test(text.slice(0, 2000)) &&
      textHas(scan, GOVERNANCE_WORD) &&
      // A school's report names pupils beside its board.
      !textHas(scan, PUPIL_WORDS) &&
      !MINUTES_TITLE.test(text.slice(0, 160)) &&
      !ATTENDANCE_LABEL.test(text) &&
      !aMessage(scan) &&
      !hasConfidentialityMarker(scan) &&
      !specialBesideName(scan) &&
      !kinBesideName(scan)
    );
  });
}

/**
 * A university's profile page of an academic: an academic calling in its first lines ("Senior Lecturer in Structural
 * Engineering", "Maître de conférences", "Universitair hoofddocent") and two sections or more of an academic's public
 * work, each heading its line ("Research interests", "Selected publications", "Teaching"; holdout-910): its person is
 * named for publication. Not a staff directory's entry, which has no such sections, nor a message, nor one marked
 * confidential, nor one telling of a named person's health, beliefs, membership or family.
 */
const ACADEMIC_CALLING =
  /(?<![\p{L}])(?:lecturer|senior lecturer|reader in|professor|associate professor|assistant professor|research fellow|postdoctoral researcher|dozent(?:in)?|juniorprofessor(?:in)?|professeure?|maître de conférences|chargée? de recherche|directeur de recherche|directrice de recherche|professore (?:ordinario|associato)|professoressa|ricercat(?:ore|rice)|profesor(?:a)? (?:titular|asociad[oa]|contratad[oa] doctor)|catedrátic[oa]|investigador(?:a)? (?:principal|postdoctoral)|hoogleraar|universitair (?:hoofd)?docent|adiunkt|profesor uczelni|profesor nadzwyczajny|professor (?:auxiliar|associado|catedrático)|professora (?:auxiliar|associada|catedrática))(?![\p{L}])/iu;
const ACADEMIC_STEM =
  /lectur|reader|profes|fellow|postdoc|dozent|maître|charg|directeur|directrice|ricerc|catedr|investig|hoogleraar|docent|adiunkt/i;
const ACADEMIC_SECTION =
  /^[ \t#*]*(research interests?|research|selected publications|publications|teaching|current projects|projects|phd supervision|supervision|forschungsschwerpunkte|forschungsinteressen|forschung|ausgewählte publikationen|publikationen|lehre|projekte|thèmes de recherche|recherche|publications choisies|enseignement|interessi di ricerca|ricerca|pubblicazioni|didattica|líneas de investigación|investigación|publicaciones|docencia|onderzoeksinteresses|onderzoek|publicaties|onderwijs|zainteresowania badawcze|publikacje|dydaktyka|interesses de investigação|publicações|ensino)[ \t]*:?[ \t]*\r?$/gimu;
function academicProfile(scan: TextScan): boolean {
  return memo(scan, 'academic-profile', () => {
    const { text } = scan;
    const head = text.slice(0, 300);
    // One plain look first: most texts hold none of the callings' stems.
    // In its first four lines of text, blank lines between them not counted (a page's title over its heading).
    const lines = head
      .split('\n')
      .filter((line) => line.trim() !== '')
      .slice(0, 4);
    if (!ACADEMIC_STEM.test(head) || !ACADEMIC_CALLING.test(lines.join('\n'))) return false;
    const sections = new Set(allMatches(ACADEMIC_SECTION, text).map((m) => fold(m[1] as string)));
    return (
      sections.size >= 2 && !aMessage(scan) && !hasConfidentialityMarker(scan) && !specialBesideName(scan) && !kinBesideName(scan)
    );
  });
}

/**
 * A conference's or a journal's list of accepted papers by its title ("Accepted research papers", "Angenommene
 * Beiträge", "Articles acceptés") and two lines or more of a work's title, a dash and its authors with their
 * affiliations in brackets ("Learned cardinality estimation — Aisha Rahman, Lukas Berg (University of Copenhagen)",
 * holdout-913): its authors are named for publication, as a paper's title page names them.
 */
const ACCEPTED_PAPERS_TITLE =
  /(?<![\p{L}])(?:accepted (?:research |short |full )?(?:papers|submissions|contributions|posters|abstracts)|list of accepted|angenommene (?:beiträge|papers|vorträge)|articles acceptés|communications acceptées|lavori accettati|articoli accettati|contributi accettati|artículos aceptados|comunicaciones aceptadas|geaccepteerde (?:papers|bijdragen|artikelen)|przyjęte (?:referaty|artykuły|prace)|artigos aceites|artigos aceitos|comunicações aceites)(?![\p{L}])/iu;
/** One plain look before the title's pattern: its words' stems. */
const ACCEPTED_STEM = /accept|angenommen|accett|acept|geaccepteerd|przyjęt|aceit/i;
const PAPER_BY_AUTHORS_LINE =
  /^[ \t]*(?:[-*•]|\d+[.)])?[ \t]*[^\n]{8,200}?[ \t][—–-][ \t]+\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+)+[^\n]*\([^()\n]{2,80}\)[^\n]*$/gmu;
function acceptedPapers(scan: TextScan): boolean {
  return memo(scan, 'accepted-papers', () => {
    const { text } = scan;
    return (
      ACCEPTED_STEM.test(text.slice(0, 300)) &&
      ACCEPTED_PAPERS_TITLE.test(text.slice(0, 300).split('\n', 3).join('\n')) &&
      (text.match(PAPER_BY_AUTHORS_LINE) ?? []).length >= 2 &&
      !aMessage(scan) &&
      !hasConfidentialityMarker(scan) &&
      !specialBesideName(scan)
    );
  });
}

/**
 * A chief executive's or a chair's letter in a company's annual report, by its title ("VD har ordet", "Letter from the
 * Chair", "Vorwort des Vorstands", "Lettre du Président", "List Prezesa Zarządu") and its signer's office at its end
 * ("Annika Byström / Verkställande direktör", holdout-913): its writer speaks in the first person and is named for
 * publication. Not one marked confidential, nor one telling of a named person's health, beliefs, membership or family.
 */
const CHIEFS_LETTER_TITLE =
  /^[ \t#]*(?:vd har ordet|vd-ord|koncernchefen har ordet|ordföranden har ordet|adm(?:\.|inistrerende)? direktør har ordet|formanden har ordet|toimitusjohtajan katsaus|letter (?:from|to shareholders from) the (?:chair|chairman|chairwoman|chief executive|ceo|president)|(?:chair|chairman|chairwoman|chief executive|ceo)['’]s (?:letter|statement|review|introduction)|letter to (?:our )?shareholders|vorwort des vorstands|brief an die aktionär(?:e|innen und aktionäre)|brief des vorstandsvorsitzenden|lettre du président|message du président|mot du président|lettera del presidente|lettera agli azionisti|messaggio del presidente|carta del presidente|carta a los accionistas|carta do presidente|mensagem do presidente|brief aan de aandeelhouders|voorwoord van de (?:ceo|voorzitter)|list prezesa zarządu|list do akcjonariuszy)[ \t]*:?[ \t]*\r?$/imu;
const CHIEF_OFFICE =
  /(?<![\p{L}])(?:directeur-bestuurder|raad van bestuur|geschäftsführer(?:in)?|vorständin|vorstand|directeur général|directrice générale|direttore generale|direttrice generale|director general|directora general|dyrektor generaln[ya]|diretor(?:a)? geral|verkställande direktör|vd|koncernchef|styrelseordförande|administrerende direktør|bestyrelsesformand|toimitusjohtaja|hallituksen puheenjohtaja|chief executive(?: officer)?|ceo|chair(?:man|woman)?|president|vorstandsvorsitzende[r]?|vorsitzende[r]? des (?:vorstands|aufsichtsrats)|président(?:-directeur général)?|présidente|amministratore delegato|presidente|consejer[oa] delegad[oa]|algemeen directeur|voorzitter|prezes zarządu|presidente executivo)(?![\p{L}])/iu;
/**
 * A foreword's or a preface's heading alone on its line, in the eight languages and the EU's others: "Foreword",
 * "Vorwort", "Voorwoord", "Avant-propos", "Prefazione", "Prólogo", "Przedmowa", "Prefácio", "Förord", "Esipuhe" …
 */
const FOREWORD_LINE =
  /^[ \t#]*(?:foreword|preface|introduction|vorwort|geleitwort|voorwoord|avant-propos|préface|éditorial|prefazione|premessa|introduzione|prólogo|presentación|przedmowa|wstęp|prefácio|apresentação|förord|forord|esipuhe|saatesõna|priekšvārds|pratarmė|předmluva|úvodní slovo|predslov|előszó|prefață|cuvânt înainte|predgovor|uvodnik|πρόλογος|предговор)[ \t]*:?[ \t]*\r?$/imu;
/**
 * An annual report's foreword: the report's title in the first line and a foreword's heading alone on one of the next
 * lines ("Jaarverslag 2025 – Woonstichting De Linde / Voorwoord", holdout-1139), a public body's as a company's. Its
 * writer speaks in the first person ("Ik dank onze huurders"); a mail's header or a greeting makes it a message.
 */
const reportForeword = (scan: TextScan) =>
  reportTitled(scan) &&
  FOREWORD_LINE.test(scan.text.slice(firstLine(scan.text).length, 400).split('\n', 5).join('\n')) &&
  !messageShaped(scan);
function chiefsLetter(scan: TextScan): boolean {
  return memo(scan, 'chiefs-letter', () => {
    const { text } = scan;
    return (
      (CHIEFS_LETTER_TITLE.test(text.slice(0, 200).split('\n', 2).join('\n')) || reportForeword(scan)) &&
      CHIEF_OFFICE.test(text.slice(Math.max(0, text.trimEnd().length - 160))) &&
      !hasConfidentialityMarker(scan) &&
      !specialBesideName(scan) &&
      !kinBesideName(scan)
    );
  });
}

/**
 * A patent's front page by its bibliographic codes in brackets opening their lines ("(11) EP 4 118 306 B1", "(54) DEVICE
 * AND METHOD …", "(72) Inventors:", holdout-920): four or more, one of them the inventors' or the applicants' (71, 72,
 * 75). Its inventors and proprietors are named for publication, as the patent office publishes them.
 */
const PATENT_CODE_LINE = /^[ \t]*\([1-8]\d\)[ \t]+\S/gmu;
const PATENT_PARTY_LINE = /^[ \t]*\(7[125]\)[ \t]+\S/mu;
function patentFrontPage(scan: TextScan): boolean {
  return memo(scan, 'patent-front-page', () => {
    const head = scan.text.slice(0, 2000);
    return (
      PATENT_PARTY_LINE.test(head) &&
      (head.match(PATENT_CODE_LINE) ?? []).length >= 4 &&
      !aMessage(scan) &&
      !hasConfidentialityMarker(scan) &&
      !specialBesideName(scan)
    );
  });
}

/**
 * A roll of an office's holders by their terms: a title naming the office in the plural in the first three lines ("ALBO
 * DEI PRESIDENTI", "Liste der Bürgermeister", "Past presidents") and three lines or more opened by a term's years
 * ("1898–1912   cav. Giuseppe Boroni", "1979–1994 prof. Enrica Sbardolini", "2020–  Paola Bontempi", holdout-920): a
 * club's, a town's or a school's history, its holders named as they held the office. Not one marked confidential, nor
 * one telling of a holder's health, beliefs, membership or family.
 */
const OFFICE_HOLDERS_TITLE =
  /(?<![\p{L}])(?:presidents|past presidents|chairmen|chairs|chairpersons|mayors|headteachers|headmasters|principals|rectors|captains|präsidenten|präsidentinnen|vorsitzenden|vorsitzende|bürgermeister|rektoren|schulleiter|présidents|présidentes|maires|recteurs|proviseurs|capitaines|presidenti|sindaci|rettori|presidi|capitani|presidentes|alcaldes|rectores|directores|capitanes|voorzitters|burgemeesters|rectoren|aanvoerders|prezesi|prezesów|przewodniczący(?:ch)?|burmistrzowie|burmistrzów|wójtowie|rektorzy|rektorów|presidentes da câmara|reitores|ordförande|borgmästare|ordførere|borgmestre|puheenjohtajat|pormestarit|starostové|předsedové)(?![\p{L}])/iu;
const TERM_LINE = /^[ \t]*(?:1[5-9]|20)\d{2}[ \t]*[–—-][ \t]*(?:(?:1[5-9]|20)\d{2})?[ \t]+\S/gmu;
function rollOfOfficeHolders(scan: TextScan): boolean {
  return memo(scan, 'roll-of-office-holders', () => {
    const { text } = scan;
    return (
      OFFICE_HOLDERS_TITLE.test(text.slice(0, 300).split('\n', 4).join('\n')) &&
      (text.match(TERM_LINE) ?? []).length >= 3 &&
      !aMessage(scan) &&
      !hasConfidentialityMarker(scan) &&
      !specialBesideName(scan) &&
      !kinBesideName(scan)
    );
  });
}

/**
 * An organisation's annual or activity report by its title in the first line ("Rapport d'activité 2025 – Association …",
 * "Memoria anual 2025", "Sprawozdanie z działalności …", holdout-1024): a club's, a charity's or a brigade's account of
 * its year to its members and the public, which names its officers in their offices. Read as published only where
 * everyone named stands so (publicCapacityOnly: not a school's pupils), and not a meeting's minutes, a message, one marked
 * confidential, nor one telling of a named person's health, beliefs, membership or family.
 */
const ACTIVITY_REPORT_TITLE =
  /^[ \t#*]*(?:annual report|activity report|annual review|jahresbericht|tätigkeitsbericht|rechenschaftsbericht|rapport d['’]activités?|rapport annuel|relazione annuale|relazione (?:sull['’]attività|delle attività)|bilancio sociale|memoria anual|memoria de actividades|informe anual|jaarverslag|activiteitenverslag|sprawozdanie (?:z działalności|roczne)|raport roczny|relatório anual|relatório de atividades|verksamhetsberättelse|årsberetning|toimintakertomus|výroční zpráva|éves beszámoló|vereinsmitteilung(?:en)?|vereinsnachrichten|mitteilung des vereins|club news|club notice|nouvelles du club|notizie del club|noticias del club|clubnieuws|verenigingsnieuws|wiadomości klubowe|notícias do clube|föreningsnytt|foreningsnyt)(?![\p{L}])/iu;
function activityReport(scan: TextScan): boolean {
  return memo(scan, 'activity-report', () => {
    const { text } = scan;
    const first = firstLine(text);
    return (
      ACTIVITY_REPORT_TITLE.test(first) &&
      !MINUTES_TITLE.test(first) &&
      !ATTENDANCE_LABEL.test(text) &&
      !aMessage(scan) &&
      !hasConfidentialityMarker(scan) &&
      !specialBesideName(scan) &&
      !kinBesideName(scan) &&
      publicCapacityOnly(scan)
    );
  });
}

/**
 * A council's or a town's page of its elected members, an election's declared results or candidates, or a prize jury's
 * record of its laureates, by its title ("Rada Miejska w Gnieźnie – skład", "Vos élus – Mairie de Saint-Avold",
 * "Declaration of result of poll", "Acta del jurado – Premios de Investigación", holdout-1174 and -1175), where everyone
 * it names holds an office there, stands for a party or wins the prize (`inPublicCapacity`). Not a message, one marked
 * confidential, nor one telling of a named person's health, beliefs, membership or family.
 */
const PUBLIC_ROLL_TITLE =
  /(?<![\p{L}])(?:rada miejska|rada gminy|rada powiatu|rada miasta|skład rady|radni|vos élus|nos élus|les élus|élus municipaux|conseil municipal|your councillors|councillors|town council|city council|county council|borough council|parish council|gemeinderat|stadtrat|kreistag|stadtverordnete|consiglio comunale|giunta comunale|consiglieri comunali|corporación municipal|concejales|ayuntamiento pleno|gemeenteraad|raadsleden|college van burgemeester en wethouders|câmara municipal|vereadores|executivo municipal|kommunfullmäktige|byrådet|kommunalbestyrelsen|kunnanvaltuusto|zastupitelstvo|képviselő-testület|consiliul local|declaration of results?|results? of (?:the )?poll|election results|wahlergebnis(?:se)?|amtliches endergebnis|résultats? (?:du scrutin|des élections)|proclamation des résultats|risultati elettorali|esito delle elezioni|resultados electorales|proclamación de electos|verkiezingsuitslag|uitslag (?:van )?de verkiezing(?:en)?|wyniki wyborów|resultados eleitorais|valresultat|vaalitulos|valitut valtuutetut|valgresultat|výsledky voleb|választási eredmények|rezultatele alegerilor|rinkimų rezultatai|vēlēšanu rezultāti|valimiste tulemused|αποτελέσματα εκλογών|резултати от изборите|rezultati izbora|rezultati volitev|lista dei candidati|liste des candidats|kandidatenliste|wahlvorschlag|lista de candidatos|kandidatenlijst|lista kandydatów|elezioni comunali|kuntavaalit|acta del jurado|fallo del jurado|jury['’]s decision|décision du jury|palmarès|verbale della giuria|juryentscheidung|juryrapport|werdykt jury|ata do júri|prize ?winners|preisträger(?:innen)?|lauréats|vincitori|ganadores|premiados|winnaars|laureaci)(?![\p{L}])/iu;
function officialsPage(scan: TextScan): boolean {
  return memo(scan, 'officials-page', () => {
    const { text } = scan;
    if (!PUBLIC_ROLL_TITLE.test(firstLine(text))) return false;
    const named = namedAt(scan, false);
    // A surname by its given name's start ("Anna ▸Kaczmarek").
    const holds = (at: number) => inPublicCapacity(scan, at - (GIVEN_WORDS_BEFORE.exec(beforeOnLine(text, at))?.[0].length ?? 0));
    return (
      named.length > 0 &&
      named.every(holds) &&
      !aMessage(scan) &&
      !hasConfidentialityMarker(scan) &&
      // A party beside its candidates or members is their public allegiance; health beside a name stays theirs, a
      // doctor's or a researcher's too.
      !specialBesideName(scan, true) &&
      !professionalsOwnSpecial(scan) &&
      !kinBesideName(scan)
    );
  });
}

/**
 * A book's back cover or a publisher's page for it: the book's title in quotes on the first line and its format and
 * length ("Éditions du Val, 288 pages, 21 €", holdout-1178): its blurb's characters and its author's biography are the
 * book's. Not a message, one marked confidential, nor one telling of a named person's health, beliefs or family.
 */
const QUOTED_TITLE_FIRST = /^\s*(?:#{1,3}[ \t]*)?[«"“„‚‹'‘][^\n]{2,80}?[»"”“‘’'›]/u;
function backCover(scan: TextScan): boolean {
  return memo(scan, 'back-cover', () => {
    const { text } = scan;
    return (
      QUOTED_TITLE_FIRST.test(text) &&
      memo(scan, 'book-format', () => textHas(scan, BOOK_FORMAT)) &&
      !aMessage(scan) &&
      !hasConfidentialityMarker(scan) &&
      !specialBesideName(scan) &&
      !kinBesideName(scan)
    );
  });
}

/** A local or regional authority's elected council or its committee, as its minutes are titled. */
const ELECTED_COUNCIL =
  /(?<![\p{L}])(?:conseil municipal|conseil communautaire|conseil départemental|conseil régional|conseil d['’]arrondissement|gemeinderat\p{L}*|stadtrat\p{L}*|kreistag\p{L}*|ortsbeirat\p{L}*|ortschaftsrat\p{L}*|bezirksvertretung|marktgemeinderat\p{L}*|consiglio comunale|consiglio municipale|consiglio regionale|consiglio provinciale|pleno (?:del ayuntamiento|municipal|de la corporación)|ayuntamiento pleno|junta de gobierno local|gemeenteraad|provinciale staten|raadsvergadering|rad[ay] (?:gminy|miasta|miejskiej|miejska|powiatu)|sesj[ia] rady|assembleia municipal|assembleia de freguesia|reunião de câmara|town council|city council|county council|borough council|district council|parish council|planning committee|licensing committee|kommunfullmäktige|kommunstyrelsen|regionfullmäktige|kommunalbestyrelse\p{L}*|byråd\p{L}*|kommunestyre\p{L}*|kunnanvaltuusto\p{L}*|kaupunginvaltuusto\p{L}*|kunnanhallitu\p{L}*|zastupitelstv\p{L}*|zastupiteľstv\p{L}*|képviselő-testület\p{L}*|consiliul(?:ui)? local|consiliul(?:ui)? județean|δημοτικ(?:ό|ού) συμβούλι(?:ο|ου)|vallavolikogu|linnavolikogu|savivaldybės taryb\p{L}*|domes sēd\p{L}*|občinsk\p{L}* svet\p{L}*|gradsk\p{L}* vijeć\p{L}*|općinsk\p{L}* vijeć\p{L}*)(?![\p{L}])/iu;
/** The capitalised words of an attendance's line: its people's names. */
const ATTENDEE_WORD = /\p{Lu}[\p{Ll}'’-]+/gu;
/** A meeting's record by its title's word: its minutes, its summary, its decisions. */
const MINUTES_WORD =
  /(?<![\p{L}])(?:minutes|record of decisions|decisions|compte[ -]rendu|procès-verbal|relevé de décisions|protokoll|niederschrift|sitzungsbericht|beschlüsse|verbale|resoconto|acta|actas|notulen|besluitenlijst|verslag|protokół|protokołu|ata|deliberações|protokoll|pöytäkirja|zápis|zápisnica|uznesenia|jegyzőkönyv|proces-verbal|proces verbal|πρακτικά|protokolas|protokols|zapisnik)(?![\p{L}])/iu;
/**
 * An elected council's published minutes: a local authority's council or committee and a minutes' word in the first
 * lines ("Compte rendu sommaire du conseil municipal", "Minutes of the Planning Committee", holdout-1059 and -1205), and
 * every name on its attendance's lines (its councillors), in its office, or a surname of those. Its members are named
 * in their office, as the law has such minutes published; a resident named in them (an objector, a complainant) is not
 * among them, and keeps the text personal. Not a school's or a parents' council (no authority's), nor a message, nor
 * one marked confidential, nor one telling of a named person's health, beliefs or family.
 */
function councilMinutes(scan: TextScan): boolean {
  return memo(scan, 'council-minutes', () => {
    const { text } = scan;
    const top = topLines(text).join('\n');
    if (!ELECTED_COUNCIL.test(top) || !MINUTES_WORD.test(top)) return false;
    // The attendance's lines: from their label to the line's end.
    const attendance: (readonly [number, number])[] = [];
    const attendees = new Set<string>();
    const label = new RegExp(ATTENDANCE_LABEL.source, 'gimu');
    for (let m = label.exec(text); m; m = label.exec(text)) {
      const end = text.indexOf('\n', m.index);
      const range = [m.index, end < 0 ? text.length : end] as const;
      attendance.push(range);
      for (const word of allMatches(ATTENDEE_WORD, text.slice(...range))) attendees.add(word[0]);
    }
    if (attendance.length === 0) return false;
    const named = namedAt(scan, false);
    const holds = (at: number) => {
      if (attendance.some(([from, to]) => at >= from && at < to)) return true;
      // The surname after a given name, or a surname standing alone ("Cllr Aslam raised …").
      const words = NAME_WORDS.exec(text.slice(at, at + 80))?.[0].split(/[ \t]+/) ?? [];
      if (words.length > 0 && words.every((w) => attendees.has(w))) return true;
      return inPublicCapacity(scan, at - (GIVEN_WORDS_BEFORE.exec(beforeOnLine(text, at))?.[0].length ?? 0));
    };
    return (
      named.length > 0 &&
      named.every(holds) &&
      !aMessage(scan) &&
      !hasConfidentialityMarker(scan) &&
      !specialBesideName(scan, true) &&
      !professionalsOwnSpecial(scan) &&
      !kinBesideName(scan)
    );
  });
}

/** A parliament or one of its chambers, national or European, in the EU's languages. */
const PARLIAMENT_WORD =
  /(?<![\p{L}])(?:parliament|house of commons|house of lords|bundestag(?:es|s)?|bundesrat(?:es|s)?|landtag(?:es|s)?|nationalrat(?:es|s)?|assemblée nationale|sénat|chambre des représentants|camera dei deputati|senato della repubblica|congreso de los diputados|senado|tweede kamer|eerste kamer|sejm(?:u|ie)?|senat(?:u|ie)?|assembleia da república|riksdag(?:en|ens)?|folketing(?:et|ets)?|eduskun(?:ta|nan|nassa)|stortinget|dáil(?: éireann)?|seanad|oireachtas|poslanecká sněmovna|poslanecké sněmovny|národná rada|národnej rady|országgyűlés\p{L}*|camera deputaților|senatul|βουλή|βουλής|saeima|saeimas|seimas|seimo|riigikogu|državni zbor|hrvatski sabor|sabor(?:a|u)?|народно събрание|european parliament|europäisches parlament|europäischen parlament|parlement européen|parlamento europeo|parlamento europeu|parlament europejski|parlamentu europejskiego|europees parlement|parlament\p{L}*|parlamento|parlement)(?![\p{L}])/iu;
/** A party's code in brackets after a name's words: "(SF)", "(SPD)", "(PiS)", "(CDU/CSU)", "(M5S)"; not a part's name. */
const PARTY_CODE_AFTER = /^(?:[ \t]+\p{Lu}[\p{L}'’-]*)*[ \t]*\([ \t]*\p{Lu}(?:[\p{Lu}\d/&-]|\p{Ll}(?=\p{Lu})){0,7}[ \t]*\)/u;
/**
 * A parliament's record: a parliament or its committee in the first lines ("Folketinget – Transportudvalget", "Deutscher
 * Bundestag – Drucksache 21/412"), and everyone named in their office or by their party (a question "stillet af Karina
 * Lorentzen (SF)", an answer "fra transportminister Thomas Danielsen", holdout-1213). Its members and ministers are named
 * in their office; a petitioner or a constituent named in it is not, and keeps the text personal. Not a message, nor
 * one marked confidential, nor one telling of a named person's health, beliefs or family.
 */
function parliamentaryRecord(scan: TextScan): boolean {
  return memo(scan, 'parliamentary-record', () => {
    const { text } = scan;
    if (!PARLIAMENT_WORD.test(topLines(text).join('\n'))) return false;
    const named = namedAt(scan, false);
    const holds = (at: number) => inPublicCapacity(scan, at - (GIVEN_WORDS_BEFORE.exec(beforeOnLine(text, at))?.[0].length ?? 0));
    return (
      named.length > 0 &&
      named.every(holds) &&
      !aMessage(scan) &&
      !hasConfidentialityMarker(scan) &&
      !specialBesideName(scan, true) &&
      !professionalsOwnSpecial(scan) &&
      !kinBesideName(scan)
    );
  });
}

/** A wine's sheet's words: its appellation, its making, its tasting notes, its pairings, its strength. */
const WINE_SHEET_WORD =
  /(?<![\p{L}])(?:docg|dop|igt|aoc|aop|igp|doca|qualitätswein|prädikatswein|note di degustazione|tasting notes?|notes? de dégustation|verkostungsnotiz(?:en)?|notas de cata|proefnotities?|nota degustacyjna|notas de prova|abbinament[oi]|food pairing|accords? mets[- ]vins?|speiseempfehlung|maridaje|harmonização|gradazione|vinificazione|vinification|vinificación|vinificação|weinbereitung|affinamento|élevage|crianza|cépages?|vitigni|rebsorten?|grape variet(?:y|ies)|castas)(?![\p{L}])/giu;
/**
 * A wine's sheet or a winery's text for its customers: two of a wine's sheet's words or more ("Vinificazione", "Note di
 * degustazione", "Abbinamenti", "DOCG"), and everyone named in their calling ("Enologo: Paolo Cerrato", "L'enologo Marco
 * Innocenti lo affina", holdout-901 and -1212): its winemaker is named as a label names a maker. Not a message, nor one
 * marked confidential, nor one telling of a named person's health, beliefs or family.
 */
function wineSheet(scan: TextScan): boolean {
  return memo(scan, 'wine-sheet', () => {
    const { text } = scan;
    const words = new Set(allMatches(WINE_SHEET_WORD, text).map((m) => fold(m[0])));
    if (words.size < 2) return false;
    // Not a word of the wine's own name in its quotes («Viña Alta»).
    const titles = quotations(scan).filter(([from, to]) => to - from <= 60);
    const named = namedAt(scan, false).filter((at) => !titles.some(([from, to]) => at > from && at < to));
    const holds = (at: number) => inPublicCapacity(scan, at - (GIVEN_WORDS_BEFORE.exec(beforeOnLine(text, at))?.[0].length ?? 0));
    return (
      named.length > 0 &&
      named.every(holds) &&
      !aMessage(scan) &&
      !hasConfidentialityMarker(scan) &&
      !specialBesideName(scan) &&
      !kinBesideName(scan)
    );
  });
}

/** A clock time in a timetable's cell: "10:15", "8.30", "14h00". */
const CELL_TIME = /(?<![\d.:])\d{1,2}[:.h]\d{2}(?![\d.:])/g;
/**
 * A timetable naming who teaches each class: a table with a column of staff by their role (a lecturer's, a teacher's, an
 * instructor's) and times on two rows or more, every name in that column ("Matematinė analizė I;doc. dr. Rimantas
 * Vaitkus;pirmadienis;10:15" under "dalykas;dėstytojas;diena;laikas", holdout-1205). A course's teachers are named for
 * its students and its public, as a programme names its speakers; a class list's pupils, in a column of their own, are
 * not. Not a message, one marked confidential, nor one telling of a named person's health, beliefs or family.
 */
function teachingTimetable(scan: TextScan): boolean {
  return memo(scan, 'teaching-timetable', () => {
    const { text } = scan;
    if (!STAFF_HEADER_CELL.test(text) || (text.match(CELL_TIME) ?? []).length < 2) return false;
    const named = namedAt(scan, false);
    return (
      named.length > 0 &&
      named.every((at) => inStaffColumn(scan, at)) &&
      !aMessage(scan) &&
      !hasConfidentialityMarker(scan) &&
      !specialBesideName(scan) &&
      !kinBesideName(scan)
    );
  });
}

/** The readings of a text as published for which its first line or title counts, by their memo keys. */
const PUBLISHED_READINGS: readonly (readonly [string, (scan: TextScan) => boolean])[] = [
  ['press-release', pressRelease],
  ['public-event', publicEvent],
  ['job-ad', jobAd],
  ['release-notes', releaseNotes],
  ['news-report', newsReport],
  ['published-title', publishedTitle],
  ['encyclopedia-entry', encyclopediaEntry],
  ['official-appointment', officialAppointment],
  ['results-call', resultsCall],
  ['credits-for-an-audience', creditsForAnAudience],
  ['competition-results', competitionResults],
  ['board-of-directors', boardOfDirectors],
  ['academic-profile', academicProfile],
  ['accepted-papers', acceptedPapers],
  ['chiefs-letter', chiefsLetter],
  ['patent-front-page', patentFrontPage],
  ['roll-of-office-holders', rollOfOfficeHolders],
  ['activity-report', activityReport],
  ['officials-page', officialsPage],
  ['back-cover', backCover],
  ['teaching-timetable', teachingTimetable],
  ['council-minutes', councilMinutes],
  ['parliamentary-record', parliamentaryRecord],
  ['wine-sheet', wineSheet],
];

/** A name's capitalised words from where it starts ("Joanna Kruczek", "Le Floc'h"). */
const NAME_WORDS = /^\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:de|da|di|van|von|der|le|la|du|dos|del)[ \t]+)?\p{Lu}[\p{L}'’-]*)*/u;
/** After a name, its credit in brackets: a part, a voice, an instrument or an affiliation ("(Alceste)", "(sopran)"). */
const BRACKET_CREDIT_AFTER = /^[ \t]*\(([^()\n]{2,60})\)/u;
/**
 * Before a name on its line, a credit's label and its colon or dash, the name's own given name aside ("Reżyseria: ",
 * "Mise en scène : ", "Comité scientifique : "), or a work's "by" right before it ("«La locandiera» di Carlo Goldoni"):
 * a credit's words, not any field's ("Evaluador:", "Name:"), which records have too. A programme's "with" alone is no
 * credit (holdout-778's probe: "avec Yanis Moreau"); a cast's label opening its line under a director's is
 * (CAST_WITH_LABEL).
 */
const LABEL_BEFORE =
  /(?:(?<![\p{L}])(?:soprano|sopran|sopraan|mezzo-soprano|mezzosopran|alto|alt|contralto|tenor|tenore|ténor|bass|bas|basso|bajo|baritone|bariton|baryton|baritono|barítono|solists?|solisten|solistes|solisti|solistas|soliści|organ|orgel|orgue|organo|órgano|organy|piano|klavier|am flügel|am klavier|an der orgel|au piano|à l['’]orgue|al pianoforte|al piano|leitung|gesamtleitung|commissariat|commissaire de l['’]exposition|curator|curators|kuratorin|kurator|kuratorka|comisariado|comisaria|comisario|curadoria|curadora|curatela|regie|reżyseria|mise en scène|regia|dirección|direção|directed by|director|direction|conductor|dirigent|dirigat|kierownictwo muzyczne|direction musicale|direzione musicale|dirección musical|musikalische leitung|scenografia|scénographie|bühnenbild|bühne|set design|set|lumières|lumière|licht|lighting|light|luci|iluminación|costumes|kostüme|costumi|vestuario|figurines|kostiumy|choreograf\p{L}*|chorégraphie|coreografia|coreografía|cast|obsada|besetzung|distribution|reparto|elenco|z udziałem|scene|scenes|décor|décors|escenografía|cenografia|cenário|organising committee|organizing committee|programme committee|program committee|scientific committee|comité scientifique|comité d['’]organisation|comitato scientifico|comitato organizzatore|comité científico|comité organizador|wissenschaftlicher beirat|organisationskomitee|komitet naukowy|komitet organizacyjny|wetenschappelijk comité|comissão científica|comissão organizadora|moderation|moderator|moderatorin|host|hosts|presenter|referent\p{L}*|speakers?|intervenant\p{L}*|relator\p{L}*|ponentes?|sprekers?|prelegen\p{L}*|oradores?|palestrantes?|vezényel|karmester|közreműködik|közreműködnek|közreműködők|rendező|szereplők|dirigiert|dirigeert|dirigerar|dirigerer|kapellimestari|johtaa|solistit|solister|solisterne|medverkande|medvirkende|esiintyjät|účinkují|účinkujú|diriguje|dyryguje|dyrygent|dirijează|dirijor|soliști|solişti|συμμετέχουν|διευθύνει|dirigira|nastupaju|dirigē|diriguoja|dirigeerib|esinevad)[ \t]*[:–—-][ \t]*(?:[^\n]*?(?:[,;·]|[ \t](?:and|und|et|e|y|en|i|és|och|og|ja|și|και|a|ir|un|in)[ \t])[ \t]*)?|[»"”“’](?:[ \t]*\(\d{4}\))?,?[ \t]+(?:by|di|von|door|autorstwa|de|por|av|af)[ \t]+|(?<![\p{L}])(?:a cura di|curated by|kuratiert von|sous le commissariat de|comisariada por|con curadoria de)[ \t]+(?:[^\n]*?[ \t](?:and|und|et|e|y|en|i)[ \t]+)?)(?:(?:dr|prof|mag|ing|dott|dra)\.?[ \t]+)*(?:\p{Lu}[\p{L}'’-]*[ \t]+){0,2}$/iu;
/** Whether the name at `at` is credited: in its public capacity, with a credit in brackets after it, or after a credit's label. */
function credited(scan: TextScan, at: number): boolean {
  const { text } = scan;
  if (inPublicCapacity(scan, at)) return true;
  // A person of history, a play's author ("De Storm – William Shakespeare", holdout-913): no one's private name.
  if (hitsAt(scan, at).some((hit) => hit.family === 'historical-person')) return true;
  const lineBefore = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  // A saint's name in a church's or a place's ("St Anne's Church"): no one's.
  if (SAINT_BEFORE.test(lineBefore)) return true;
  // A part or an affiliation inside the brackets right after a name ("Antoine Ferrand (Alceste)"): the credit itself.
  if (NAME_THEN_OPEN_BRACKET.test(lineBefore)) return true;
  // A surname after its given name: the name's credit is at its start.
  const given = GIVEN_WORDS_BEFORE.exec(lineBefore);
  if (given) return credited(scan, at - given[0].length);
  const words = NAME_WORDS.exec(text.slice(at, at + 80));
  const end = at + (words?.[0].length ?? 0);
  const after = text.slice(end, end + 64);
  // A credit in brackets after the name, not a team's or a department's ("Dr. Anna Weber (Finance)"): an organisation's
  // own people.
  const bracket = BRACKET_CREDIT_AFTER.exec(after);
  if (bracket && !TEAM_OR_ROLE.test(fold(bracket[1] ?? '').trim())) return true;
  // A part's name before a credited player ("Janusz – Tomasz Rybak (baryton)"), or a credit's label before the name.
  if (PART_BEFORE_PLAYER.test(after) || LABEL_BEFORE.test(lineBefore)) return true;
  // "With:" opening a line right under a credit's line ("Regie: Tom Lagerweij / Met: Anouk de Ruiter, Bas Pronk …",
  // holdout-913): a cast. Not a staff outing's "With:" (a probe), under no credit.
  if (!CAST_WITH_LABEL.test(lineBefore)) return false;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const previous = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, Math.max(0, lineStart - 1));
  const label = /^[^:\n]{1,40}:/.exec(previous)?.[0];
  return label !== undefined && LABEL_BEFORE.test(`${label} `);
}
/** A cast's "with" as a line's label, the names before on its line ("Met: Anouk de Ruiter, Bas Pronk en ▸"). */
const CAST_WITH_LABEL =
  /^[ \t]*(?:met|mit|avec|with|con|com|z)[ \t]*:[ \t]*(?:[^\n]*?(?:[,;·]|[ \t](?:and|und|et|e|y|en|i)[ \t])[ \t]*)?(?:\p{Lu}[\p{L}'’-]*[ \t]+){0,2}$/iu;
/** A given name and a surname, then an open bracket with no close yet: inside the name's credit ("Antoine Ferrand (▸"). */
const NAME_THEN_OPEN_BRACKET = /\p{Lu}\p{Ll}[\p{L}'’-]*[ \t]+\p{Lu}[\p{L}'’-]+[ \t]*\([^()]*$/u;
/** Capitalised words right before a position, a name's given name before its surname ("Stanisława ▸Moniuszki"). */
const GIVEN_WORDS_BEFORE = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)*[ \t]+$/u;
/** After a part's name, a dash and its player's name with a credit in brackets: "▸ – Tomasz Rybak (baryton)". */
const PART_BEFORE_PLAYER = /^[ \t]+[–—-][ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,3}[ \t]*\([^()\n]{2,40}\)/u;
/**
 * A text for a public audience whose every name is credited: a programme's, a cast's, a committee's or a tour's list
 * ("Reżyseria: Agnieszka Sowa / Halka – Joanna Kruczek (sopran) … Bilety w kasie", "Comité scientifique : Marie-Claude
 * Perrin (Université de …)", holdout-901), with what only a public audience is told (tickets, a fee, a call for papers).
 * Not a message, nor one telling of someone's health, beliefs or family beside their name, nor one marked confidential.
 */
function creditsForAnAudience(scan: TextScan): boolean {
  return memo(scan, 'credits-for-an-audience', () => {
    if (!scan.byFamily.has('public-audience')) return false;
    const named = namedAt(scan, false);
    return (
      named.length > 0 &&
      named.every((at) => credited(scan, at)) &&
      !aMessage(scan) &&
      !ownPeople(scan) &&
      !hasConfidentialityMarker(scan) &&
      !specialBesideName(scan) &&
      !kinBesideName(scan)
    );
  });
}

/**
 * A competition's results by its title's words: a results' word and a competition's ("Results: Yorkshire Cross-Country
 * Championships", a league's table: "Liga Portugal – Classificação", holdout-1125).
 */
const RESULTS_WORD =
  /(?<![\p{L}])(?:results|ergebnisse|ergebnisliste|résultats|classement|risultati|classifica|resultados|clasificación|classificação|uitslagen|uitslag|wyniki|klasyfikacja)(?![\p{L}])/iu;
const COMPETITION_WORD =
  /(?<![\p{L}])(?:championships?|league|ligue|liga|\p{L}+liga|eredivisie|ekstraklasa|serie a|race|marathon|half marathon|cup|open|tournament|grand prix|meisterschaft\p{L}*|lauf|rennen|pokal|turnier|championnats?|course|coupe|tournoi|campionat[oi]|gara|maratona|coppa|torneo|campeonatos?|carrera|copa|kampioenschap\p{L}*|wedstrijd|toernooi|trail|ultra-trail|triathlon|duathlon|cross|semi-marathon|halbmarathon|mezza maratona|media maratón|halve marathon|półmaraton|meia maratona|mistrzostw\p{L}*|bieg|maraton|puchar|turniej|prova|corrida|regatta|regata)(?![\p{L}])/iu;
/** A ranking table's header: a place's column first, a time's or points' further on ("Pos.  Dorsal  Atleta … Tiempo"). */
const RANKING_HEADER =
  /^[ \t]*(?:pos\.?|position|platz|pl\.|rang|rank|place|posizione|puesto|plaats|miejsce|lugar|classement)(?![\p{L}])[^\n]*(?<![\p{L}])(?:time|zeit|temps|tempo|tiempo|tijd|czas|pts|points|punkte|punti|puntos|punten|pkt|pontos)(?![\p{L}])/imu;
/** A ranked line: a place (its dot, or a column's spaces and a bib's number maybe), a name, then what it took (a time, points): "1. Tom Reid (Leeds City AC) 31:04". */
const RANKED_LINE =
  /^[ \t]*\d{1,3}(?:[.)][ \t]+|[ \t]{2,}(?:\d{1,5}[ \t]{2,})?)\p{Lu}[^\n]{2,80}?(?:\d{1,2}:\d{2}(?::\d{2})?|\d+(?:[.,]\d+)?[ \t]*(?:pts|points|punkte|punti|puntos|punten|pkt|pontos|s|sec))[ \t]*$/gmu;
/** A league table's ranked line, its points bare at the line's end: "1. Inter 34", "3. FC Porto 29" (holdout-1179). */
const RANKED_BARE_LINE = /^[ \t]*\d{1,3}[.)][ \t]+\p{Lu}[^\n\d]{1,60}?[ \t]+\d{1,3}[ \t]*$/gmu;
/**
 * A competition's published results: a results' and a competition's word on the first line and three ranked lines or
 * more (holdout-873). Its athletes are named for publication, as a match report names its players. Not a school's or a
 * youth team's (children, by the label policy), nor a club's own championship (OWN_PEOPLE's words), nor one telling of
 * someone's health beside their name.
 */
function competitionResults(scan: TextScan): boolean {
  return memo(scan, 'competition-results', () => {
    const { text } = scan;
    // Its title on the first line, or on the first three under an organiser's masthead ("FEDERACIÓN ARAGONESA DE
    // ATLETISMO / Campeonato de Aragón de Cross", holdout-910), with a results' word or a ranking table's header.
    const first = firstLine(text);
    const top = topLines(text).join('\n');
    const titled = RESULTS_WORD.test(first) && COMPETITION_WORD.test(first);
    if (!titled && !(COMPETITION_WORD.test(top) && (RESULTS_WORD.test(top) || RANKING_HEADER.test(text)))) return false;
    if ((text.match(RANKED_LINE) ?? []).length < 3 && (text.match(RANKED_BARE_LINE) ?? []).length < 3) return false;
    return (
      !aMessage(scan) &&
      !ownPeople(scan) &&
      !MINORS_GROUP.test(text) &&
      !MINOR_AGE.test(text) &&
      !hasConfidentialityMarker(scan) &&
      !specialBesideName(scan)
    );
  });
}

/**
 * A published record by its title on the first line: a university's course catalogue (its lecturers), a parliament's
 * questions and answers, its agenda or its record of a sitting (its members and ministers: "ASSEMBLÉE NATIONALE – Ordre
 * du jour", holdout-772), and a town's or a region's council's ("Agenda gemeenteraad Zwolle", holdout-814), its
 * deliberations' register too ("Extrait du registre des délibérations du conseil municipal", holdout-910). Not a message
 * about one.
 */
const PUBLISHED_TITLE =
  /^\s*(?:#{1,3}[ \t]*)?(?:vorlesungsverzeichnis|kommentiertes vorlesungsverzeichnis|modulhandbuch|modulbeschreibung|course catalogue|course catalog|module handbook|course description|module description|guide des études|descriptif du cours|catalogo dei corsi|scheda dell['’]insegnamento|guía docente|studiegids|vakbeschrijving|katalog przedmiotów|karta przedmiotu|guia do estudante|ficha da unidade curricular|õppeaine kirjeldus|ainekava|opintojakson kuvaus|kursplan|kursusbeskrivelse|popis předmětu|sylabus předmětu|informačný list predmetu|tantárgyleírás|fișa disciplinei|opis predmeta|učni načrt predmeta|studiju kursa apraksts|studijų dalyko aprašas|περίγραμμα μαθήματος|учебна програма|written question|parliamentary question|oral question|kleine anfrage|große anfrage|schriftliche anfrage|question écrite|question orale|interrogazione(?: parlamentare| a risposta scritta)?|pregunta parlamentaria|pregunta con respuesta escrita|kamervragen|schriftelijke vragen|interpelacja|zapytanie poselskie|pergunta parlamentar|requerimento|(?:assemblée nationale|sénat|deutscher bundestag|bundestag|bundesrat|landtag|camera dei deputati|senato della repubblica|congreso de los diputados|senado|tweede kamer|eerste kamer|sejm|senat|assembleia da república|house of commons|house of lords|european parliament|parlement européen|europäisches parlament|parlamento europeo|parlement|parliament|parlamento)[^\n]{0,60}?(?:ordre du jour|tagesordnung|ordine del giorno|orden del día|agenda|porządek (?:obrad|dzienny)|ordem do dia|order paper|plenarprotokoll|compte rendu intégral|resoconto stenografico|diario de sesiones|handelingen|stenogram|diário da assembleia|hansard))(?![\p{L}])/iu;
/** A council's word and an agenda's or a sitting's record's, in either order, on a title's line. */
const LOCAL_COUNCIL =
  /(?<![\p{L}])(?:gemeenteraad|provinciale staten|gemeinderat\p{L}*|stadtrat\p{L}*|kreistag\p{L}*|stadtverordnetenversammlung|conseil municipal|conseil communautaire|conseil départemental|consiglio comunale|consiglio regionale|pleno (?:municipal|del ayuntamiento)|rad[ay] (?:miasta|gminy|powiatu)|assembleia municipal|city council|county council|borough council|town council|parish council|community council)(?![\p{L}])/iu;
const AGENDA_WORD =
  /(?<![\p{L}])(?:délibérations?|registre des délibérations|delibera|deliberazione|deliberação|uchwała|uchwały|beschlussauszug|raadsbesluit|ordre du jour|tagesordnung|ordine del giorno|orden del día|agenda|porządek (?:obrad|dzienny)|ordem do dia|ordem de trabalhos|order paper|besluitenlijst|niederschrift|procès-verbal|verbale|notice of meeting|meeting notice)(?![\p{L}])/iu;
/**
 * A training provider's catalogue by its title, with its prices ("Catalogue des formations 2027 – CCI Occitanie … 690 €
 * HT", holdout-1196): its trainers are named for its public, as a university's course catalogue names its lecturers. An
 * employer's own training plan names no price.
 */
const TRAINING_CATALOGUE_TITLE =
  /^\s*(?:#{1,3}[ \t]*)?(?:catalogue (?:des|de) formations?|training catalogue|course programme|seminarprogramm|weiterbildungsprogramm|kursprogramm|catalogo (?:dei )?corsi(?: di formazione)?|catalogo formativo|catálogo de (?:cursos|formación|formação)|cursusaanbod|opleidingsaanbod|katalog szkoleń|oferta szkoleniowa)(?![\p{L}])/iu;
const PRICE = /\d[\d.,]*[ \t]*(?:€|eur(?:os?)?\b|£|zł|kr\b)/iu;
function publishedTitle(scan: TextScan): boolean {
  return memo(scan, 'published-title', () => {
    const first = firstLine(scan.text);
    const catalogue = TRAINING_CATALOGUE_TITLE.test(first) && PRICE.test(scan.text);
    return (
      (PUBLISHED_TITLE.test(first) || catalogue || (LOCAL_COUNCIL.test(first) && AGENDA_WORD.test(first))) && !aMessage(scan)
    );
  });
}

/** An entry's name: capitalised words, particles between them ("Jacob van der Linde"). */
const ENTRY_NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:[ \t]+(?:${PARTICLE}[ \t]+){0,3}\p{Lu}[\p{L}'’.-]+){1,4}`;
/** An entry's brackets' birth ("born 4 May 1970", "* 1968 in Jena", "ur. 1968") or life's years ("1621 – … 1684"). */
const ENTRY_BORN_OR_LIFE = String.raw`(?:\*|born|b\.|geb\.|geboren|née?|nato|nata|nacid[oa]|ur\.|urodzon[ya]|nascid[oa])[ \t]*[^()\n]{0,60}?\d{4}|[^()\n]{0,30}?\d{4}[ \t]*[–—-][ \t]*(?:[^()\n]{0,30}?)\d{4}`;
/** Being or having been, after an entry's brackets ("ist", "was", "est", "fu", "es", "jest", "foi"). */
const ENTRY_VERBS = 'ist|war|is|was|est|était|fut|è|era|fu|es|fue|jest|był|była|é|foi';
/**
 * An encyclopedia's article: its title the person's name (maybe with what they are in brackets), its lead sentence the
 * same name, the birth's word and year or a life's two years in brackets, then what the person is ("Karin Albrecht
 * (* 1968 in Jena) ist eine deutsche Experimentalphysikerin", "Jane Roe (born 4 May 1970) is a British …", "(ur. 1968
 * w Jenie) – niemiecka fizyczka"; a particle in the name: "Jacob van der Linde (Haarlem, 1621 – Amsterdam, 1684) was
 * een …", holdout-529), in an article's length, its title maybe a Markdown heading ("# Agnes Pockels", holdout-1175).
 * Not a profile under another title ("Bewerberprofil", "Speaker bio"), nor one with a phone word or an e-mail address,
 * nor beside a term of health, belief or membership in the name's sentence.
 */
const ENCYCLOPEDIA_LEAD = new RegExp(
  String.raw`^[ \t]*(?:#{1,3}[ \t]+)?(${ENTRY_NAME})[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*\r?\n(?:[ \t]*\r?\n){0,2}[ \t]*\1[ \t]+\((?:${ENTRY_BORN_OR_LIFE})[^()\n]{0,60}\)[ \t]*,?[ \t]*(?:(?:${ENTRY_VERBS})[ \t]+|[–—-][ \t]+\p{Ll})`,
  'u',
);
/**
 * The same lead with no title above it, its brackets giving the birth's place and year or the life's years ("Carmen
 * Ibáñez (Zaragoza, 1961) es una arquitecta española", "Paolo Neri (Torino, 3 maggio 1948 – Roma, 2019) è stato",
 * holdout-857), then being or having been one of a kind.
 */
const ENCYCLOPEDIA_LEAD_UNTITLED = new RegExp(
  String.raw`^[ \t]*${ENTRY_NAME}[ \t]+\((?:${ENTRY_BORN_OR_LIFE}|\p{Lu}[\p{L}'’ .-]{1,30},[ \t]*(?:\d{1,2}\.?[ \t]+(?:de[ \t]+)?\p{L}+[ \t]+(?:de[ \t]+)?)?\d{4})[^()\n]{0,60}\)[ \t]*,?[ \t]*(?:${ENTRY_VERBS}|è stat[oa]|ha sido|a été)[ \t]+(?:an?|eine?|une?|una?|uno|een|um|uma)?[ \t]*\p{Ll}`,
  'u',
);
/**
 * An encyclopedia's article on a band, an ensemble, an orchestra or a choir: its title the group's name, its lead
 * sentence the same name, being one, and its founding's word and year in that sentence ("Hollow Pines\n\nHollow Pines are an English indie folk band formed in
 * Sheffield in 2014", holdout-895): its members, named with their parts, are named for publication. Not a team's or a
 * project's page, whose members are an organisation's people.
 */
const GROUP_ENTRY_LEAD = new RegExp(
  String.raw`^[ \t]*(\p{Lu}[\p{L}\d'’&.-]*(?:[ \t]+[\p{L}\d'’&.-]+){0,5})[ \t]*\r?\n(?:[ \t]*\r?\n){0,2}[ \t]*(?:the[ \t]+|die[ \t]+|der[ \t]+|das[ \t]+|les?[ \t]+|la[ \t]+|l['’]|il[ \t]+|i[ \t]+|gli[ \t]+|el[ \t]+|los[ \t]+|las[ \t]+|de[ \t]+|het[ \t]+|os?[ \t]+|as?[ \t]+)?\1[ \t]+(?:${ENTRY_VERBS}|are|were|sind|waren|sont|étaient|sono|erano|son|fueron|zijn|waren|są|byli|são|foram)[ \t]+[^.\n]{0,80}?(?<![\p{L}])(?:band|duo|trio|quartet|quintet|ensemble|orchestra|choir|rock group|pop group|folk group|chor|orchester|musikgruppe|popgruppe|rockgruppe|groupe de (?:rock|musique|jazz|folk)|orchestre|chœur|gruppo musicale|gruppo rock|coro|grupo de (?:rock|música|pop)|orquesta|orquestra|banda|popgroep|rockband|orkest|koor|zespół|chór|orkiestra|kwartet|kwartet smyczkowy|quartetto|cuarteto|quarteto|quatuor|streichquartett)(?![\p{L}])[^.\n]{0,60}?(?<![\p{L}])(?:formed|founded|established|gegründet|fondée?s?|fondat[oaie]|fundad[oa]s?|opgericht|założon[yae]|powstał[aoy]?|criad[oa]s?)(?![\p{L}])[^.\n]{0,60}?(?<!\d)(?:1[89]|20)\d\d(?!\d)`,
  'iu',
);
/**
 * An encyclopedia's article on a place: its title the place's name, its lead sentence the same name being a village, a
 * town or a municipality ("Dolní Věžnice\n\nDolní Věžnice je obec v okrese Třebíč", "Kaltenbrunn ist eine Gemeinde im
 * Landkreis …", "Borgo Alto è un comune italiano", holdout-920): its notable people and its mayor are named for
 * publication.
 */
const PLACE_KIND =
  'village|town|city|municipality|parish|hamlet|dorf|gemeinde|stadt|ortsteil|ortschaft|marktgemeinde|commune|ville|comune|frazione|paese|città|borgo|municipio|localidad|pueblo|aldea|ciudad|dorp|gemeente|stad|plaats|buurtschap|wieś|wsią|wsi|gmina|gminą|miasto|miastem|osada|freguesia|aldeia|vila|cidade|concelho|obec|město|městys|vesnice|tätort|småort|kommun|landsby|kunta|kylä|kaupunki|község|falu|város|comună|oraș';
const PLACE_ENTRY_LEAD = new RegExp(
  String.raw`^[ \t]*(\p{Lu}[\p{L}'’.-]+(?:[ \t-]+\p{L}[\p{L}'’.-]+){0,4})[ \t]*\r?\n(?:[ \t]*\r?\n){0,2}[ \t]*\1[ \t]+(?:\([^()\n]{1,60}\)[ \t]+)?(?:${ENTRY_VERBS}|je|är|er|on|ist|are|é)[ \t]+(?:(?:an?|eine?|une?|una?|uno|een|um|uma|en|ett|die|der|das|la|le|el|o|a)[ \t]+)?(?:[\p{L}-]+[ \t]+){0,3}?(?:${PLACE_KIND})(?![\p{L}])`,
  'iu',
);
function encyclopediaEntry(scan: TextScan): boolean {
  return memo(
    scan,
    'encyclopedia-entry',
    () =>
      scan.text.length >= 300 &&
      (ENCYCLOPEDIA_LEAD.test(scan.text.slice(0, 600)) ||
        ENCYCLOPEDIA_LEAD_UNTITLED.test(scan.text.slice(0, 300)) ||
        GROUP_ENTRY_LEAD.test(scan.text.slice(0, 400)) ||
        PLACE_ENTRY_LEAD.test(scan.text.slice(0, 400))) &&
      !scan.byFamily.has('phone-context') &&
      !scan.text.includes('@') &&
      !aMessage(scan) &&
      !specialBesideName(scan) &&
      !kinBesideName(scan),
  );
}

/**
 * An official notice of an appointment to a public office, by its title ("Nomination du nouveau préfet de la Sarthe",
 * "Ernennung des neuen Landrats", "Nomina del nuovo prefetto") or an official journal's (gazetteAppointment): whom it
 * appoints and whom they succeed, named for publication. Not a company's appointment of a director or a manager, whose
 * office is no public one.
 */
const APPOINTMENT_WORD =
  /(?<![\p{L}])(?:nomination|nommée?|appointment|appointed|ernennung|ernannt|nomina|nominat[oa]|nombramiento|nombrad[oa]|se nombra|benoeming|benoemd|powołanie|powołan[ya]|nomeação|nomead[oa]|sworn in|took office|elected|gewählt|élue?|elett[oa]|elegid[oa]|gekozen|wybrał[oa]?|wybrali|wybran[ya]|eleit[oa]|vereidigt|a prêté serment|ha giurato|tomó posesión|beëdigd|zaprzysiężon[ya]|złożył[a]? ślubowanie|objął urząd|objęła urząd|tomou posse|utsett|utsedd|utsetts|utnämnd|utnämnts|udnævnt|udnævnes|ansat|ansatt|anställd|anställt|nimitetty|nimitettiin|jmenován[a]?|vymenovan[ýá]|kinevezték|numit[ă]?|imenovan[a]?|elegeram|elegeu|reelegeram|reelegeu|eligieron|eligió|reeligieron|hanno eletto|ha eletto|hanno rieletto|ont élu|a élu|ont réélu|wählten|wählte|haben gewählt|kozen|koos|herkozen|re-elected)(?![\p{L}])/iu;
/**
 * A club's signing of a player in the headline or the lead ("firma con el club hasta 2029 … el traspaso del
 * centrocampista", holdout-882): a transfer the club publishes, as an appointment is.
 */
const SIGNING_WORD =
  /(?<![\p{L}])(?:signs for|signed for|signing of|s['’]engage avec|ingaggio|ingaggiat[oa]|traspaso|fichaje|ficha por|tekent bij|podpisał kontrakt|assina pelo|assinou pelo)(?![\p{L}])/iu;
function officialAppointment(scan: TextScan): boolean {
  return memo(scan, 'official-appointment', () => {
    const first = firstLine(scan.text);
    return (
      ((APPOINTMENT_WORD.test(first) && GOVERNMENT_WORD.test(first)) || gazetteAppointment(scan.text)) &&
      !aMessage(scan) &&
      !specialBesideName(scan) &&
      !kinBesideName(scan)
    );
  });
}

/**
 * An official journal's masthead in a text's first lines ("BOLETÍN OFICIAL DE LA PROVINCIA DE …", "Journal officiel",
 * "Amtsblatt der Stadt …", "Gazzetta Ufficiale", "Staatscourant", "Dziennik Urzędowy", "Diário da República",
 * holdout-891): whom its notices appoint or sign, named for publication by law.
 */
const GAZETTE_MASTHEAD =
  /(?<![\p{L}])(?:bolet[íi]n oficial|diario oficial|journal officiel|bulletin officiel|recueil des actes administratifs|gazzetta ufficiale|bollettino ufficiale|albo pretorio|amtsblatt|bundesanzeiger|bundesgesetzblatt|staatscourant|staatsblad|gemeenteblad|provinciaal blad|moniteur belge|dziennik urzędowy|dziennik ustaw|monitor polski|di[áa]rio da república|boletim oficial|official journal|london gazette|edinburgh gazette|belfast gazette|iris oifigiúil)(?![\p{L}])/iu;
/**
 * An official journal's notice of an appointment: its masthead in the first three lines and an appointment's word
 * anywhere. Not a journal's notice to a private person (a summons, a debt's notification), which names them for that
 * person's own matter.
 */
const gazetteAppointment = (text: string): boolean =>
  GAZETTE_MASTHEAD.test(text.slice(0, 300).split('\n', 3).join('\n')) && APPOINTMENT_WORD.test(text);

/**
 * A headline: the first line alone, a few words that end in no sentence's or field's mark, spaces after them aside (a
 * CRLF's carriage return is read as one, holdout-864), opening with a capital, a digit, a quote, a currency's sign ("£2.1m
 * grant for coastal flooding research", holdout-1206) or Spanish's opening marks.
 */
const HEADLINE = /^[ \t]*(?:#{1,3}[ \t]*)?[\p{Lu}\d«"„“‘£€$¿¡][^\n]{14,118}[^\s.:;,!][ \t]*$/u;
/**
 * Whether a text's first line is a headline, or the line after a rubric's word or two above it ("Nominations\n\nSophie
 * Arnaud rejoint Lumivert …", holdout-872): read once, for the newspaper's reading and a byline's.
 */
const headlineFirst = (scan: TextScan) =>
  memo(scan, 'headline-first', () => {
    const first = firstLine(scan.text);
    if (HEADLINE.test(first)) return true;
    // A reporter's word for the genre alone on the first line ("Spielbericht", "Match report", "Otteluraportti") heads
    // the report as a headline does (session 54's probe of public texts in 22 languages).
    const genre = REPORT_WORD.exec(first);
    if (genre !== null && genre[0].length === first.replace(/^[ \t#]+|[ \t:]+$/g, '').length) return true;
    // Not a record's or a memo's word over a story-like record ("Memo\n\nPerformance concerns about …").
    if (!RUBRIC.test(first) || RECORD_HEADING_WORD.test(first) || MEMO_WORD.test(first)) return false;
    const next = /^\r?\n(?:[ \t]*\r?\n)?([^\n]*)/.exec(scan.text.slice(first.length))?.[1] ?? '';
    return HEADLINE.test(next.replace(/\r$/, ''));
  });
/** A memo's word: memo, memorandum, mémo, promemoria, memorándum, Aktennotiz. */
const MEMO_WORD =
  /(?<![\p{L}])(?:memo|memorandum|mémo|promemoria|memorándum|memorando|aktennotiz|hausmitteilung|intern|internal|interne|interno|interna)(?![\p{L}])/iu;
/** A newspaper's rubric over a headline: a capitalised word or two alone on the first line ("Nominations", "Sport", "Kultur"). */
const RUBRIC = /^[ \t]*\p{Lu}[\p{L}-]{2,20}(?:[ \t]+[\p{L}-]{2,20})?[ \t]*$/u;
/** A paragraph of prose: a long line that ends a sentence. */
const PROSE_PARAGRAPH = /^[^\n]{100,}[.!?»"”][ \t]*$/mu;
/**
 * Whether a text holds a paragraph of prose, its lines maybe wrapped as a text export or a PDF's text wraps them: a
 * paragraph's lines are read as one (not a list's or a heading's, nor a table's).
 */
const proseIn = (text: string) => PROSE_PARAGRAPH.test(text.replace(/([^\n])\r?\n[ \t]*(?=[^\n\s*#|>–—-])/g, '$1 '));
/**
 * A death's news in its headline ("Muere Ernesto Valdivia, el pintor …", "Painter Ernesto Valdivia dies at 94", "Zmarł
 * …"): an obituary's, as a newspaper tells it. A colleague's or a member's death, which an organisation tells its own
 * people, is read as theirs by its words (colleague, our, members).
 */
const DEATH_HEADLINE =
  "muere|fallece|ha fallecido|stirbt|ist tot|gestorben|meurt|est mort|est morte|décès d['’]|décès de|muore|è morto|è morta|è scomparso|è scomparsa|overleden|overlijdt|nie żyje|zmarł|zmarła|morreu|morre|faleceu|dies(?=[ \t]+(?:at|aged|after|in|on|following)[ \t]|[ \t]*[,:–—-]|[ \t]*$)|has died|dead at";
/**
 * What a reporter says a text is, in its headline ("Recensione – …", "Spielbericht", "PORTRAIT –", "Obituary: …",
 * "Review:", "Crítica:" or "Kritiek:" before a work's quoted title or a title by its author ("Review: The Salt Road by
 * Hannah Okoye", holdout-1209), "theatre review", "Konzertkritik", "Sylwetka:" before
 * its subject, a show's numbered episode: "Episode 87: …", holdout-937, or ending the headline: "Podcast De Polder Praat –
 * aflevering 48", holdout-983; the EU's other languages' review words). Not a
 * manager's "Kritik an der Arbeitsweise von …", a candidate's "Sylwetka kandydata", nor the Polish
 * "Relacja", a witness's account too; not a report's or an interview's word, which minutes and HR notes are titled with
 * too ("Verslag verzuimgesprek", "Return to work interview"), even with a quotation in the headline ("Exit interview –
 * Tom Baker: "I want more responsibility"").
 */
const REPORT_WORD = new RegExp(
  String.raw`(?<![\p{L}])(?:rezension|buchbesprechung|boekbespreking|book review|recenzja książki|spielbericht|match report|compte rendu du match|cronaca della partita|crónica del partido|wedstrijdverslag|relacja z meczu|crónica do jogo|zpráva ze zápasu|správa zo zápasu|poročilo s tekme|izvještaj s utakmice|mérkőzésbeszámoló|cronica meciului|репортаж от мача|ρεπορτάζ αγώνα|otteluraportti|mänguülevaade|spēles apskats|rungtynių apžvalga|matchrapport|matchreferat|kampreferat|restaurantführer|restaurant guide|guide des restaurants|guida ai ristoranti|guía de restaurantes|restaurantgids|przewodnik kulinarny|guia de restaurantes|critique|reportage|recensione|cronaca|notizie dal|notizie dalla|news from|nachrichten aus|actualités de|noticias de|nieuws uit|nieuws van|aktualności z|notícias d[aoe]|reseña|crónica|recensie|recenzja|reportagem|portrait|porträt|ritratto|retrato|portret|sylwetka(?=[ \t]*[:–—-])|(?:konzert|theater|film|buch|opern|musik|restaurant|tanz|kunst|literatur|ausstellungs)kritik|(?:kritiek|crítica)(?=[ \t]*[:–—-][ \t]*["“‘'«])|obituary|nachruf|nécrologie|necrologio|obituario|necrología|in memoriam|nekrolog|necrologia|${DEATH_HEADLINE}|(?:theatre|theater|film|book|concert|album|restaurant) review|recenzia|recenze|recenzie|recenzija|anmeldelse|recension|arvostelu|arvustus|κριτική|рецензия|(?:kritika|kritiikki)(?=[ \t]*[:–—-])|(?:episode|épisode|episodio|episódio|folge|aflevering|odcinek)[ \t]+\d{1,4}(?=[ \t]*(?:[:–—(-]|$))|^[ \t#]*(?:review|interview|entrevista|intervista|entretien|wywiad)(?=[ \t]*[:–—-][ \t]*["“‘'«„‚])|^[ \t#]*(?:review|rezension|critique|recensione|reseña|recensie|recenzja|crítica|recensão|recension|anmeldelse|arvostelu)(?=[ \t]*:[^\n]*?[ \t](?:by|von|de|di|par|door|autorstwa|por|av|af|kirjoittanut)[ \t]+\p{Lu}))(?![\p{L}])`,
  'iu',
);
/** A record's field opening its line, its value short ("Employee: …", "Aanwezig: …"; not a round-up's "Rugby: Munster came …"). */
const FIELD_LINE = /^[ \t]*\p{Lu}[\p{L} ]{1,30}[ \t]*:[ \t]+[^\n]{1,60}$/gmu;
/**
 * A quotation told as a reporter tells it: the quote, then a verb of saying ("…", sagte Trainer …; «…», explique
 * l'artisan; "…," zegt conservator …), or the verb before the quote (destacou «…»), or a dash's quotation as Polish
 * writes it ("– Najważniejsza jest systematyczność. – mówi zawodniczka", "– … we mnie wierzyła – mówiła"), also opening
 * after a sentence within its line ("… z czasem 30:12. – Trasa była … – powiedział", holdout-557). Not a quoted
 * phrase later in the verb's sentence (said the barriers had "done exactly what …"): a return-to-work note and a
 * school trip's letter write so too (probes). Nor a pronoun between the quotation and the verb ("…," she said), nor whom
 * one told before it ("told the meeting: "…""): an HR finding, a club's round-up, a housing officer's visit and a
 * school's sports day quote their people so too (probes). When it was said may stand there ("said afterwards: "…"").
 */
// The eight languages', then the other EU languages' verbs of saying (holdout-582).
/** Verbs of saying of the EU's other languages that SPEECH_VERBS and OTHER_SPEECH_VERBS share. */
const OTHER_LANGUAGES_SAID =
  'säger|sade|berättar|förklarar|siger|sagde|fortæller|forklarer|sanoo|sanoi|kertoo|kertoi|ütles|sõnas|teica|sacīja|sakė|teigė|řekl|řekla|uvedl|uvedla|dodal|dodala|povedal|povedala|uviedol|uviedla|je dejal|je dejala|mondta|elmondta|nyilatkozta|közölte|a declarat|a spus|a precizat|δήλωσε|είπε|каза|заяви';
const SPEECH_VERBS = `ha ricordato|recordó|a rappelé|erinnerte|herinnerde|przypomniał|przypomniała|recordou|lembrou|sagte|sagt|erklärte|erklärt|betonte|betont|meinte|dankte|thanked|a remercié|ha ringraziato|agradeció|bedankte|podziękował|podziękowała|agradeceu|announced|announces|kündigte an|a annoncé|annonce|ha annunciato|anunció|ha anunciado|kondigde aan|ogłosił|ogłosiła|anunciou|sprach von|kritisierte|bemängelte|forderte|warnte|lobte|criticised|criticized|warned|called for|praised|a critiqué|a dénoncé|a salué|a regretté|ha criticato|ha denunciato|ha elogiato|criticó|denunció|lamentó|sprak van|bekritiseerde|waarschuwde|skrytykował|skrytykowała|criticou|lamentou|said|says|added|explained|told|déclare|a déclaré|explique|a expliqué|souligne|a souligné|confie|ajoute|ha detto|ha dichiarato|ha commentato|ha spiegato|ha sottolineato|dice|commenta|ha señalado|ha declarado|ha afirmado|ha explicado|afirmó|explicó|señaló|declaró|zegt|zei|verklaarde|aldus|powiedział|powiedziała|podkreślił|podkreśliła|mówi|afirmou|destacou|disse|explicou|sublinhou|declarou|afirma|diz|wspomina|wspominał|wspominała|dodaje|dodał|dodała|zaznacza|przyznaje|fügte hinzu|ergänzte|erinnert sich|recalls|recalled|remembers|se souvient|rappelle|ricorda|aggiunge|recuerda|añade|añadió|herinnert zich|voegt toe|lembra|recorda|acrescenta|a réagi|réagit|a estimé|a reconnu|reconnaît|a indiqué|a précisé|a assuré|ha aggiunto|spiega|racconta|ha raccontato|afferma|ha affermato|explica|asegura|ha asegurado|aseguró|dijo|vertelt|vertelde|wyjaśnia|tłumaczy|twierdzi|mówiła|mówił|contou|referiu|garantiu|říká|hovorí|spune|a afirmat|declară|rekao|rekla|izjavio|izjavila|kaže|pravi|λέει|казва|destacó|subrayó|reconoció|valoró|lamentó|insistió|admitió|apuntó|comentó|indicó|manifestó|ha evidenziato|ha ammesso|ha osservato|sottolinea|evidenzia|a ajouté|a commenté|commente|a admis|unterstrich|räumte ein|lobte|admitted|commented|praised|insisted|benadrukte|merkte op|gaf toe|stwierdził|stwierdziła|ocenił|oceniła|przyznał|przyznała|podkreśla|zapowiedział|zapowiedziała|oświadczył|oświadczyła|zapewnił|zapewniła|zaznaczył|zaznaczyła|tłumaczył|tłumaczyła|przekonywał|przekonywała|salientou|admitiu|considerou|comentou|frisou|elogiou|elogió|prees|pochwalił|pochwaliła|a-t-(?:il|elle) (?:déclaré|dit|ajouté|expliqué|affirmé|souligné|précisé|estimé|assuré|reconnu|confié|raconté|indiqué)|(?:déclare|dit|ajoute|explique|affirme|souligne|précise|estime|assure|reconnaît|confie|raconte|indique)-t?-?(?:il|elle)|${OTHER_LANGUAGES_SAID}`;
/** When a quotation was said, between the verb and it ("said afterwards: "…"", holdout-771): a match's report. */
const SAID_WHEN =
  'afterwards|after the (?:match|game|race)|later|nachher|danach|anschließend|nach dem spiel|après le match|ensuite|dopo la partita|dopo la gara|después del partido|luego|na afloop|na de wedstrijd|daarna|po meczu|później|depois do jogo|depois';
/**
 * A reporter's marks: a verb of saying after a quotation, or after the speaker's name after it (""…," Tuohy said",
 * holdout-885), a partial quotation after "said that" ("said afterwards that she had "nothing left"", holdout-887),
 * before it (maybe when it was said), or what it was said of
 * and a colon ("destacó la reacción del equipo tras el descanso: «…»", holdout-843; not whom it was told to: "told the
 * officer: "…"", a visit's record), or after a dash's quotation.
 */
const QUOTE_TOLD = new RegExp(
  String.raw`[»"”“][ \t]*[,–—-]?[ \t]*(?:${SPEECH_VERBS})(?![\p{L}])|(?<![\p{L}])(?:said|says|sagte|sagt|a dit|dit|ha detto|dijo|zei|zegt|powiedział[a]?|disse)(?:[ \t]+(?:${SAID_WHEN}))?[ \t]+(?:that|dass|que|che|dat|że)[ \t]+[^\n.!?«»"„“”]{0,80}(?:\n[^\n.!?«»"„“”]{0,80})?[«"„“]|[»"”“][ \t]*[,–—-]?[ \t]*\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}[ \t]+(?:said|says|added|told|explained|zei|zegt|sagte|sagt|dit|disse|dijo|powiedział[a]?)(?![\p{L}])|(?<![\p{L}])(?:${SPEECH_VERBS})(?:[ \t]+(?:${SAID_WHEN}))?(?:[ \t]+(?:the|a|o|la|le|l['’]|il|lo|el|die|den|das|de|het))?[ \t]*:?[ \t]*[«"„“]|(?<![\p{L}])(?!told[ \t])(?:${SPEECH_VERBS})[ \t]+(?!(?:to|zu|à|a|al|ao|aan|tegen|do)[ \t])[^\n.!?:«»"„“”]{1,80}:[ \t]*[«"„“]|[.!?…][ \t]+[–—][ \t]+(?:${SPEECH_VERBS})(?![\p{L}])|(?:^[ \t]*|[.!?…][ \t]+)[–—][^\n–—]*[\p{L}.!?…][ \t]+[–—][ \t]+(?:${SPEECH_VERBS})(?![\p{L}])|^[ \t]*[–—][ \t]+[^–—\n]{1,400}?,[ \t]+(?:${SPEECH_VERBS})(?![\p{L}])`,
  'imu',
);
/**
 * The speaker's full name after their calling in their sentence, then a colon and the quote ("Soddisfatto il direttore
 * sportivo Giovanni Sartori: «…»", holdout-1206): case matters here, unlike in QUOTE_TOLD, so that whom one told is no
 * speaker ("Mr Brooks told the officer: "…"", a housing officer's visit).
 */
const QUOTE_AFTER_SPEAKER = /(?<![\p{L}])\p{Ll}{3,}[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}[ \t]*:[ \t]*[«"„“]/u;
/**
 * Verbs of saying in the EU's other languages (Swedish to Bulgarian), after a quotation or after its speaker's name
 * after it ("”Kisa meni juuri niin kuin suunnittelimme”, Kettunen sanoi", "„Ovo je važna pobjeda“, rekao je trener",
 * holdout-942): a reporter's marks there, looked for only in a text in one of them (QUOTE_TOLD, read in every text,
 * holds the eight's verbs and only the others' most frequent, OTHER_LANGUAGES_SAID).
 */
const OTHER_SPEECH_VERBS = `${OTHER_LANGUAGES_SAID}|sa|berättade|förklarade|tillägger|tillade|konstaterar|konstaterade|fortalte|forklarede|tilføjer|tilføjede|toteaa|totesi|painottaa|painotti|lisää|lisäsi|ütleb|lisas|märkis|piebilda|uzsvēra|pažymėjo|pridūrė|vysvětlil|vysvětlila|zdůraznil|zdůraznila|prohlásil|prohlásila|vysvetlil|vysvetlila|zdôraznil|zdôraznila|je povedal|je povedala|je poudaril|je poudarila|rekao je|rekla je|izjavio je|izjavila je|dodao je|dodala je|istaknuo je|istaknula je|hangsúlyozta|tette hozzá|fogalmazott|a explicat|a adăugat|a subliniat|τόνισε|πρόσθεσε|εξήγησε|подчерта|добави|обясни`;
/** … and a line of dialogue opened by a dash and told by its speaker ("– Det här är en viktig dag …, sa Karin Lindgård", holdout-972). */
const OTHER_QUOTE_TOLD = new RegExp(
  String.raw`[»"”“][ \t]*[,–—-]?[ \t]*(?:\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}[ \t]+)?(?:${OTHER_SPEECH_VERBS})(?![\p{L}])|^[ \t]*[–—][ \t]+\p{Lu}[^\n]{4,300}?,[ \t]*(?:${OTHER_SPEECH_VERBS})[ \t]+\p{Lu}`,
  'imu',
);
/**
 * A reporter's byline under the headline: "By", "Von", "Par" … and a name, then a reporter's or a correspondent's
 * calling on the same line ("By Hannah Pryce, Local Democracy Reporter", holdout-545). Not an editor's: a staff
 * newsletter has one too.
 */
const REPORTER_BYLINE =
  /^[ \t*_]*(?:by|von|par|di|por|door|przez)[ \t]+\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3}[ \t]*[,|–—-][^\n]{0,40}?(?<![\p{L}])(?:reporter(?:in|ka)?|correspondent|journalist(?:in)?|korrespondent(?:in|ka)?|journaliste|correspondante?|giornalista|corrispondente|inviat[oa]|periodista|corresponsal|reporter[oa]|verslaggever|dziennikar(?:z|ka)|korespondent(?:ka)?|jornalista|correspondente|repórter)(?![\p{L}])[^\n]*/imu;
/**
 * A byline's words for a community's own reporter: a club's, a section's, a parish's, a village's, a school's, a
 * student's, a company's newsletter's ("By Mike Dean, club correspondent", a probe): whom such a reporter writes about
 * are the community's own people. Not a newspaper's local reporter ("Local Democracy Reporter", holdout-545).
 */
const COMMUNITY_REPORTER =
  /(?<![\p{L}])(?:club|clubs|verein\p{L}*|klub\p{L}*|clube|section|sezione|sección|sectie|sekcj\p{L}*|secção|society|parish|church|pfarr\p{L}*|paroisse|parrocchia|parroquia|parochie|parafi\p{L}*|paróquia|village|dorf|community|gemeinde|commune|comunidad|comunità|gemeenschap|społeczn\p{L}*|school|schul\p{L}*|scolaire|scuola|escuela|escolar|school\p{L}*|szkoln\p{L}*|student|students|pupils?|junior|youth|jugend|jeunes|giovani|jóvenes|jeugd|młodzież\p{L}*|juventude|staff|intranet|newsletter|bulletin|werkszeitung|mitarbeiter\p{L}*|internal|interne?|intern[oa])(?![\p{L}])/iu;
/** Whether a reporter's byline, not a community's own, stands within the four lines under the headline. */
function reporterByline(body: string): boolean {
  const line = REPORTER_BYLINE.exec(body.split('\n', 6).join('\n'))?.[0];
  return line !== undefined && !COMMUNITY_REPORTER.test(line);
}
/**
 * A crowd counted, as a report of a public event counts it ("Vor 230 Zuschauern", "4.200 corredores", "25 tysięcy widzów",
 * "ponad 1200 biegaczy").
 */
const CROWD =
  /(?:(?<![\d.,])(?:\d{1,3}(?:[.,  ]\d{3})+|\d{1,6})[ \t]+(?:(?:thousand|tausend|mille|mila|mil|duizend|tysięcy|tys\.|milhares de)[ \t]+)?|(?<![\p{L}])(?:hundreds of|thousands of|hunderte|tausende|des centaines de|des milliers de|oltre mille|centinaia di|migliaia di|cientos de|miles de|honderden|duizenden|setki|tysiące|centenas de|milhares de)[ \t]+)(?:de[ \t]+)?(?:fedeli|faithful|worshippers|pilgrims|gläubige\p{L}*|pilger\p{L}*|fidèles|pèlerins|pellegrini|fieles|peregrinos|gelovigen|pelgrims|wiernych|pielgrzymów|fiéis|peregrinos|zuschauer\p{L}*|besucher\p{L}*|spectators|visitors|runners|spectateurs|visiteurs|coureurs|spettatori|visitatori|corridori|espectadores|visitantes|corredores|toeschouwers|bezoekers|lopers|widzów|uczestników|biegaczy|osób|åskådare|tilskuere|katsojaa|diváků|divákov|nézőt?|spectatori|gledatelja|gledalaca|gledalcev|θεατές|зрители|žiūrovų|skatītāju|pealtvaatajat)(?![\p{L}])/iu;
/**
 * A newspaper's dateline opening the first paragraph under its headline: a place in capitals, or a place and an agency in
 * brackets, then a dash ("HARDENBERG – Na twaalf jaar …", "LISBOA — …", "Meppen (dpa) – …", holdout-937). Not a notice's
 * word in capitals ("URGENT – …", "LET OP – …"), which a record opens a paragraph with too.
 */
const NEWS_DATELINE =
  /^[ \t]*(?:(\p{Lu}{3,}(?:[ \t-]\p{Lu}{2,}){0,2})(?:[ \t]*\([^()\n]{1,30}\))?|\p{Lu}[\p{L}'’-]+(?:[ \t-]\p{Lu}[\p{L}'’-]+){0,2}[ \t]*\([^()\n]{1,30}\))[ \t]*[–—-][ \t]+\p{Lu}/mu;
/** Words a notice opens a paragraph with in capitals, before a dash: no place. */
const NOTICE_CAPITALS =
  /^(?:urgent|important|attention|note|notice|update|reminder|breaking|exclusive|info|warning|wichtig|achtung|hinweis|eilt|dringend|aktuell|rappel|avis|attenzione|avviso|nota|urgente|importante|atención|aviso|atenção|let op|belangrijk|uwaga|pilne|ważne|ogłoszenie)$/iu;
/** Whether the first paragraph under a text's headline opens with a dateline (NEWS_DATELINE). */
function newsDateline(scan: TextScan): boolean {
  const { text } = scan;
  const first = firstLine(text);
  const paragraph = /^(?:[ \t]*\r?\n)+([^\n]*)/.exec(text.slice(first.length))?.[1] ?? '';
  const m = NEWS_DATELINE.exec(paragraph);
  return m !== null && !NOTICE_CAPITALS.test(m[1] ?? '');
}
/**
 * A doctoral thesis defended, as a faculty's news tells it ("defendió su tesis doctoral", "hat ihre Dissertation
 * verteidigt", "a soutenu sa thèse", "ha discusso la tesi di dottorato", "obroniła pracę doktorską", holdout-937): a
 * public act, and its candidate's name with it.
 */
const THESIS_DEFENDED =
  /(?<![\p{L}])(?:(?:defended|soutenu|discusso|defendió|defendeu|verdedigde|obronił[a]?)(?:[ \t]+\p{L}+){0,3}[ \t]+(?:thesis|dissertation|thèse|tesi|tesis|tese|proefschrift|pracę doktorską|rozprawę doktorską|doktorat)|(?:dissertation|doktorarbeit)(?:[ \t]+\p{L}+){0,3}[ \t]+verteidigt)(?![\p{L}])/iu;
/** Pupils in the eight languages: an organisation's own people, and whom a school's report names beside its board. */
const PUPILS = String.raw`pupils?|schüler\p{L}*|élèves?|alunn[ieo]|alunne|alumn[oa]s?|leerlingen|leerling|uczni\p{L}*|alunos?|alunas?`;
/**
 * Whom a text is about where it is a company's, a club's or a school's own news rather than a newspaper's: colleagues,
 * staff, members, pupils, trainees, birthdays, welcomes, honours, farewells, and "our" ("Wir begrüßen unsere neue
 * Kollegin …", "Farewell to our finance manager …", "Ehrung für 50 Jahre Treue"), and a workplace's own words: its
 * canteen, shift leaders, safety award, employee of the month, intranet (holdout-513's staff newsletter); a club's own
 * championship and clubhouse ("Vereinsmeisterschaft … im Vereinsheim", a probe); an owners' association's, a landlord's
 * or a property manager's words for its tenants (a condominium's report naming an owner in arrears, a probe; a circular
 * on a tenant's dog, holdout-535).
 */
const OWN_PEOPLE = new RegExp(
  String.raw`(?<![\p{L}])(?:colleagues?|kolleg(?:e|in|en|innen)|collègues?|colleghi|collega|compañer[oa]s|collega['’]s|koleżank\p{L}*|koleg(?:a|ę|ów|om|ami|ach|i)|colegas|our staff|unsere mitarbeit\p{L}*|nos salariés|i nostri dipendenti|nuestros empleados|onze medewerkers|members|mitglieder\p{L}*|membres|soci|socios|leden|członk\p{L}*|sócios|birthdays?|geburtstag\p{L}*|anniversaires?|compleann\p{L}*|cumpleaños|verjaardag\p{L}*|urodzin\p{L}*|aniversários?|${PUPILS}|uczennic\p{L}*|welcome|willkommen|bienvenue|benvenut[oaie]|bienvenid[oa]s?|welkom|witamy|bem-vind[oa]s?|unser(?:em|en)? team|our team|notre équipe|il nostro team|nuestro equipo|ons team|nasz zespół|a nossa equipa|azubis?|auszubildende[rn]?|apprentices?|trainees?|stagiaires?|tirocinant[ei]|becari[oa]s?|stagiairs?|praktykan\p{L}*|estagiári[oa]s?|our|unser\p{L}*|notre|nos|nostr[oaie]|nuestr[oa]s?|onze|nasz\p{L}*|noss[oa]s?|jubilar\p{L}*|jubiläum|ehrung\p{L}*|geehrt|treue|mitgliedschaft|membership|adhésion|iscrizione|afiliación|lidmaatschap|członkostw\p{L}*|farewell|abschied|retirement|ruhestand|pensioen|canteen|kantine|cantine|mensa aziendale|comedor de empresa|bedrijfskantine|stołówk\p{L}*|refeitório|shift leaders?|schichtleiter\p{L}*|schichtführer\p{L}*|chef d['’]équipe|capoturno|jefe de turno|ploegleider|kierownik zmiany|chefe de turno|safety award|employee of the month|mitarbeiter(?:in)? des monats|intranet|vereinsmeister\p{L}*|vereinsheim|clubhouse|club championships?|clubhuis|clubkampioen\p{L}*|club-house|championnat du club|sede sociale|campionato sociale|campeonato social|mistrzostw\p{L}* klubu|condomínio|condominio|condomini|condóminos|copropriété|copropriétaires|eigentümergemeinschaft|eigentümerversammlung|comunidad de propietarios|vereniging van eigenaars|wspólnot\p{L}* mieszkaniow\p{L}*|owners['’] association|homeowners['’] association|residents['’] association|hausverwaltung|mieterinnen|mieter|mietern|tenants|locataires|inquilini|inquilinos|huurders|lokatorzy|lokatorów|property manager|syndic de copropriété|amministratore di condominio|administrador de fincas|vastgoedbeheerder|zarządca nieruchomości|administração do condomínio)(?![\p{L}])`,
  'giu',
);

/**
 * Whether a text uses an organisation's own words for its people (`OWN_PEOPLE`). "Nos" is French's "our" only: in
 * Portuguese and Spanish it is "us" or "in the" ("os pescadores … que nos trazem", a chef quoted, holdout-545). Pupils
 * counted are still a school's own ("25 alumnos de sexto visitaron …", a probe), though a reporter counts them too.
 */
function ownPeople(scan: TextScan): boolean {
  let quotes: readonly (readonly [number, number])[] | undefined;
  for (const m of textMatches(scan, OWN_PEOPLE)) {
    if (m[0].toLowerCase() === 'nos' && languageOf(scan) !== 'fr') continue;
    // Not in a work's quoted title before its author («Les abeilles sauvages de nos jardins», par …), nor in words quoted
    // as someone's ("We bleven geloven in onze kansen", zei trainer …, holdout-833): a title's or a speaker's words; a
    // speaker named before a colon too ("Professor Owen Fairley, congratulated the team: "… our marine research."",
    // holdout-969).
    quotes ??= quotations(scan).filter(
      ([from, to]) =>
        WORK_CREDIT_AFTER.test(scan.text.slice(to, to + 16)) ||
        spokenAfter(scan.text, to) ||
        (/:[ \t]*$/.test(scan.text.slice(Math.max(0, from - 4), from)) && namedBefore(scan, from)),
    );
    if (quotes.some(([from, to]) => m.index > from && m.index < to)) continue;
    // A pupil of an institution named after the word ("élève du Conservatoire de Lyon", holdout-860): whose pupil the
    // news tells, not the writer's own.
    if (
      (PUPIL_WORD_ONLY.test(m[0]) || MEMBERS_WORD.test(m[0])) &&
      OF_INSTITUTION_AFTER.test(scan.text.slice(m.index + m[0].length, m.index + m[0].length + 24))
    )
      continue;
    // A predecessor's retirement in a succession's sentence ("Ze volgt Arnoud Westerveld op, die met pensioen gaat",
    // holdout-879): news of an office, not the organisation's farewell to its own.
    if (RETIREMENT_WORD.test(m[0]) && SUCCESSION_IN.test(scan.text.slice(...sentenceAround(scan.text, m.index)))) continue;
    // Members counted ("con 310 socios", "1.200 Mitglieder", holdout-900): an organisation's size, not its own people told of.
    if (MEMBERS_WORD.test(m[0]) && /\d[ \t]*$/.test(scan.text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // Members' price beside the tickets' ("Kaarten €7,50 (leden €5)", "Mitglieder: 5 €"): an audience told what to pay.
    // Membership told as free, or free for members ("Library membership is free", "free for members"): a service's.
    if (
      MEMBERS_PRICE_AFTER.test(scan.text.slice(m.index + m[0].length, m.index + m[0].length + 16)) ||
      FREE_FOR_BEFORE.test(scan.text.slice(Math.max(0, m.index - 24), m.index))
    )
      continue;
    // A paper's own review or verdict ("– la nostra recensione", "Our verdict:"), or a publisher's own blog or podcast
    // ("Dal nostro blog", holdout-885): the reporter's or the author's, not its people.
    if (OUR.test(m[0]) && OUR_REVIEW_AFTER.test(scan.text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    // A bare "our" tells of the organisation's own people only in a sentence that names someone ("our Maria retires",
    // "unser Hausmeister Herr Kurz"); "notre gourde", "our new cold store" are its things (holdout-897, -898).
    if (OUR.test(m[0]) && !namedInSentence(scan, m.index)) continue;
    return true;
  }
  return false;
}
/** Whether someone is named (namedAt) in the sentence before `at`, up to it. */
function namedBefore(scan: TextScan, at: number): boolean {
  const [start] = sentenceAround(scan.text, at - 1);
  return namedAt(scan, false).some((named) => named >= start && named < at);
}
/** Whether someone is named (namedAt) in the sentence around `at`. */
function namedInSentence(scan: TextScan, at: number): boolean {
  const [start, end] = sentenceAround(scan.text, at);
  return namedAt(scan, false).some((named) => named >= start && named < end);
}
/** Retirement's words of OWN_PEOPLE. */
const RETIREMENT_WORD = /^(?:retirement|ruhestand|pensioen)$/iu;
/** A verb of succeeding someone in a sentence: succeeds, folgt auf, volgt … op, remplace, succède, sostituisce, sucede. */
const SUCCESSION_IN =
  /(?<![\p{L}])(?:succeeds|succeeded|will succeed|replaces|folgt auf|nachfolger\p{L}*|volgt|opvolger|succède|succédera|remplace|remplacera|succede|sostituisce|sucede|sustituye|zastąpi\p{L}*|substitui)(?![\p{L}])/iu;
/** Members' words of OWN_PEOPLE ("les membres du RC Vallée": whose members the news tells). */
const MEMBERS_WORD = /^(?:members|mitglieder\p{L}*|membres|soci|socios|leden|członk\p{L}*|sócios)$/iu;
/** A pupil's word alone, of PUPILS. */
const PUPIL_WORD_ONLY = new RegExp(`^(?:${PUPILS})$`, 'iu');
/** An institution named right after a word, by its preposition and a capital ("du Conservatoire", "of the Royal Academy"). */
const OF_INSTITUTION_AFTER =
  /^[ \t]+(?:du|de la|de l['’]|des|of the|at the|of|at|der|am|dell['’]|del|della|dello|de|do|da|van het|van de|z|ze)[ \t]*\p{Lu}/u;
/**
 * A verb of saying right after a quotation ("», zei trainer", "“, said", "“, sagte", "», a déclaré", French inverted: "»,
 * a-t-il déclaré", "», explique-t-elle", holdout-873), or after its speaker's words ('," the Mayor said', '", contou
 * Joana', holdout-895 and -897): a speaker's words.
 */
const SAID_AFTER_QUOTE =
  /^[ \t]*[,–—-]?[ \t]*(?:\p{L}[\p{L}'’.-]*[ \t]+){0,3}?(?:said|says|added|told|explained|explique|ha spiegato|contou|conta|contó|cuenta|racconta|ha raccontato|raconte|erzählte|erzählt|vertelde|vertelt|opowiada|opowiedział[a]?|zei|zegt|aldus|sagte|sagt|erklärte|betonte|a déclaré|déclare|a dit|dit|ajoute|ha detto|ha dichiarato|dice|spiega|dijo|ha dicho|explicó|afirmó|añadió|powiedział[a]?|mówi|dodał[a]?|disse|afirmou|explicou|referiu|a declarat|a spus|sade|siger|sanoi|a-t-(?:il|elle)|\p{Ll}+-t-(?:il|elle)|(?:dit|déclare|explique|ajoute|souligne|précise|affirme|estime|assure|reconnaît|confie|raconte)-(?:il|elle))(?![\p{L}])/iu;
/** Whether a quotation closing at `end` is its speaker's words (SAID_AFTER_QUOTE). */
const spokenAfter = (text: string, end: number): boolean => SAID_AFTER_QUOTE.test(text.slice(end, end + 40));
/** A price right after a word for members: their discount on a public event's tickets. */
const MEMBERS_PRICE_AFTER =
  /^[ \t]*(?:(?:is|ist|est|è|es|jest|é)[ \t]+)?:?[ \t]*(?:€|£|\$|eur\b|\d{1,3}(?:[.,]\d{2})?[ \t]?(?:€|£|eur\b|euro)|(?:free|gratuite?s?|gratuit[ao]s?|gratis|kostenlos|kostenfrei|bezpłatn\p{L}*|darmow\p{L}*)(?![\p{L}]))/iu;
/** Free for an audience's members before the word ("free for members", "gratuit pour les membres", "gratis voor leden"). */
const FREE_FOR_BEFORE =
  /(?<![\p{L}])(?:free|gratuit|gratuite|gratuito|gratuita|gratis|kostenlos|kostenfrei|bezpłatnie|darmowe)[ \t]+(?:for|pour les|für|per i|para (?:los|os)|voor|dla)[ \t]+$/iu;
/** A work's author right after its quoted title: "», par", "\" by", "», de". */
const WORK_CREDIT_AFTER = /^[ \t]*,?[ \t]+(?:par|by|von|de|di|da|van|door|przez|autorstwa)[ \t]+\p{Lu}/u;
const OUR = /^(?:our|unser\p{L}*|notre|nos|nostr[oaie]|nuestr[oa]s?|onze|nasz\p{L}*|noss[oa]s?)$/iu;
const OUR_REVIEW_AFTER =
  /^[ \t]+(?:review|verdict|rating|kritik|urteil|fazit|critique|avis|recensione|giudizio|pagella|reseña|crítica|veredicto|recensie|oordeel|recenzja|ocena|werdykt|opinião|blog|bloga|blogu|podcast|podcastu)(?![\p{L}])/iu;

/**
 * Whether everyone the text names by a given name is named by a title or a calling before it (a professor, a doctor, a
 * researcher, a specialist, an official) in a sentence that reports their words: the experts a report on health or
 * science quotes ("Professor Sarah Whitmore, clinical director …, said", "explica la psiquiatra infantil Marta Iriarte",
 * "Volgens cardioloog …", holdout-579), as a reporter names them; not a professional's profile or visit, told of them.
 */
function expertsOnly(scan: TextScan): boolean {
  const named = namedAt(scan, false);
  if (named.length === 0 || namedAt(scan, true).length > 0) return false;
  // Nor where someone is named by a polite title and a surname alone ("Dr. Anna Weber rät Frau Schmidt …", a probe):
  // whom the expert speaks of.
  const { text } = scan;
  const honorific = (hit: Hit) =>
    HONORIFIC.test(text.slice(hit.start, hit.end)) &&
    /^\p{Lu}/u.test(text[hit.start] ?? '') &&
    /^\.?[ \t]+\p{Lu}/u.test(text.slice(hit.end, hit.end + 4)) &&
    // Not a surgeon's "Mr" after the calling ("Orthopaedic surgeon Mr Gareth Lloyd").
    !PROFESSIONAL_BEFORE.test(beforeOnLine(text, hit.start));
  if ((scan.byFamily.get('title') ?? []).some(honorific)) return false;
  return named.every((at) => reportsWords(scan.text, at));
}
/**
 * Whether a text about a public occasion names everyone in their public capacity (holdout-770 to -783): every name the
 * name rules may find stands by a calling in public life before it ("il rettore Giovanni Ferraresi", "le pianiste Hugo
 * Lenormand", "Minister infrastruktury Dariusz Klimczak") or in apposition after it ("Claire Villemin, entomologiste au
 * Muséum"), by a credit for a work or an occasion ("Curated by", "w reżyserii", "onder voorzitterschap van", "«…», par"),
 * by the part they play ("… jako Panna Młoda"), by their work ("Ruth Okafor's second novel"), by a public prize won or by
 * the office a gazette appoints them to (`inPublicCapacity`); or is the same person so named elsewhere, the next of a
 * list after one, a person of history, a saint, a name inside an occasion's name. Not where the text names no public
 * occasion, tells of someone's own affairs, a birth or a family, is a programme with no audience told of tickets, or names
 * someone by a polite title not named in capacity already.
 */
/** A year in a birth's sentence ("… em 1979", "born in Leeds in 1962"), and no date with a day: a biography's birth. */
const BIRTH_YEAR_AFTER = /^[^.!?\n]{0,60}?(?<![\d.,/-])(?:1[89]|20)\d{2}(?![\d.,/-]?\d)/u;
const DAY_DATE_AFTER =
  /^[^.!?\n]{0,60}?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}(?:st|nd|rd|th|er|º|ª|\.)?[ \t]+(?:de[ \t]+)?\p{L}{3,}\.?[ \t]+(?:de[ \t]+)?\d{4}|\p{L}{3,}[ \t]+\d{1,2},?[ \t]+\d{4})/u;
/** Whether every birth the text tells is told by the words a profile uses ("born", "nascida em") and a year alone. */
function birthsByYearOnly(scan: TextScan): boolean {
  const { text } = scan;
  return (scan.byFamily.get('birth') ?? []).every((hit) => {
    const after = text.slice(hit.end, hit.end + 80);
    return BIOGRAPHY_BIRTH.test(hit.phrase) && BIRTH_YEAR_AFTER.test(after) && !DAY_DATE_AFTER.test(after);
  });
}
/** The birth's words a biography uses, not a form's labels ("date of birth", "geb.", "ur."). */
const BIOGRAPHY_BIRTH =
  /^(?:born|geboren|né|née|né à|née à|nato a|nata a|urodzony|urodzona|nascido em|nascida em|nascido a|nascida a|nasceu em|nasceu a|urodził się|urodziła się)$/iu;
function publicCapacityOnly(scan: TextScan): boolean {
  return memo(scan, 'public-capacity', () => {
    const named = [...namedAt(scan, false)];
    if (named.length === 0) return false;
    const { text } = scan;
    // A public occasion or work in the headline, or an audience told of tickets or free entry: what a record of one
    // person's pay, review or flat does not name ("Valutazione annuale", "Overtime November", "Wohnungsübergabe").
    const occasions = scan.byFamily.get('public-occasion') ?? [];
    // An appointment told in the headline or the lead is one too ("… heeft Femke van Loon benoemd tot hoogleraar").
    // So is a crowd counted ("davanti a oltre mille fedeli"), and a new office in the headline ("Nowa dyrektorka Szkoły
    // Podstawowej nr 3", holdout-860).
    const occasion =
      occasions.some((hit) => hit.start < OCCASION_REACH) ||
      ACTIVITY_REPORT_TITLE.test(firstLine(text)) ||
      // A council's members, an election's results or a prize's laureates by the title (officialsPage).
      PUBLIC_ROLL_TITLE.test(firstLine(text)) ||
      scan.byFamily.has('public-audience') ||
      // A parliament's business by the parliament in the first lines (parliamentaryRecord).
      PARLIAMENT_WORD.test(topLines(text).join('\n')) ||
      APPOINTMENT_WORD.test(text.slice(0, OCCASION_REACH)) ||
      SIGNING_WORD.test(text.slice(0, OCCASION_REACH)) ||
      CROWD.test(text) ||
      newOfficeHeadline(scan);
    // Or, with no occasion, someone in their public capacity reported speaking ("Chief executive Helen Marsh said …",
    // "ha parlato di «una svolta»", "secondo cui"), looked for once every name is in capacity, below.
    if (!occasion && !textHas(scan, SPEECH_VERB) && !textHas(scan, ATTRIBUTION) && !/[«»"„“]/u.test(text)) return false;
    // Nor one person's own affairs at it: their fee, overtime, leave, keys or contract ("The pianist Julia Berg is paid
    // 1,200 euros for the concert"), told in their sentence or the next (privateMatterOfNamed): not an appeal's money
    // that "will pay for three months of deliveries" (holdout-862).
    if (privateMatterOfNamed(scan, named)) return false;
    // Not a profile telling of a private life (a birth, a spouse, children: "was born in Leeds … with her husband").
    // A public figure's birthplace and year in their profile ("nascida em Viana do Castelo em 1979", holdout-885) is their
    // public biography, not a birth told: a year after the birth's word and no day's date.
    if ((scan.byFamily.has('birth') && !birthsByYearOnly(scan)) || kinWordAnywhere(scan)) return false;
    // A programme's lines by their days or times: public only where its audience is told of tickets or free entry
    // (an internal day's programme names its speakers so too).
    if (scheduleLines(scan) >= 2 && !scan.byFamily.has('public-audience')) return false;
    // A polite title before a name, not a part's ("jako Pan Młody"), nor the Dutch "mr." (a law degree, "mr. dr. Femke
    // van Loon"), by which no one is called Mister.
    const polite = (hit: Hit) =>
      HONORIFIC.test(text.slice(hit.start, hit.end)) &&
      /^\.?[ \t]+\p{Lu}/u.test(text.slice(hit.end, hit.end + 4)) &&
      !PART_WORD_BEFORE.test(text.slice(Math.max(0, hit.start - 24), hit.start)) &&
      !(languageOf(scan) === 'nl' && /^mr$/i.test(text.slice(hit.start, hit.end)));
    const politeHits = (scan.byFamily.get('title') ?? []).filter(polite);
    // Not an acronym read as a given name, joined to the word after it ("DAX-Chefin"), nor a name of history ("Victor
    // Hugo en exil"). A name in capitals is one ("Si certifica che FERRARI ALESSANDRO").
    const acronym = (at: number) => /^\p{Lu}{2,}-\p{L}/u.test(text.slice(at, at + 12));
    const ofHistory = scan.byFamily.get('historical-person') ?? [];
    // Nor a work's title in its quotes («Tosca», „Wesele”): a few words, no sentence in them.
    const titles = quotations(scan).filter(([from, to]) => to - from <= 60 && !/[.!?,;:]/.test(text.slice(from + 1, to - 1)));
    // Nor a given name inside the name of an occasion or a prize ("Winter Gala", "Mara-Cassens-Preis", "Premio
    // Nacional de Investigación Ramón y Cajal").
    const inOccasionName = (at: number) => {
      const [from, to] = capitalisedRun(text, at);
      return occasions.some((hit) => hit.start >= from && hit.start < to);
    };
    // Nor a saint's name ("Fiestas de San Lorenzo", "Saint-Pierre").
    const saint = (at: number) => SAINT_BEFORE.test(text.slice(Math.max(0, at - 16), at));
    // Nor a part's name after its player's verb ("Anna Lindner gibt die Eve", holdout-834).
    // … nor, in a review, a part's name after its player's possessive or as what the player is ("Tom Ashworth's
    // Torvald", "Aisha Bello is a restless, funny Nora", holdout-857).
    const review = REVIEW_HEADLINE.test(firstLine(text));
    const playedPart = (at: number) =>
      PART_AFTER_PLAYING.test(text.slice(Math.max(0, at - 40), at)) ||
      PART_AFTER_PLAYER.test(text.slice(Math.max(0, at - 40), at)) ||
      (review && PART_NAME_IN_REVIEW_BEFORE.test(text.slice(Math.max(0, at - 60), at)));
    // … and the same part's name elsewhere, a headline's "un Alceste tout en colère froide" where "Julien Marchetti
    // campe un Alceste" further on (holdout-1206).
    const wordAt = (at: number) => /^[\p{L}'’-]+/u.exec(text.slice(at, at + 40))?.[0] ?? '';
    let parts: Set<string> | undefined;
    const part = (at: number) => {
      parts ??= new Set(
        (scan.byFamily.get('given-name') ?? []).filter((hit) => playedPart(hit.start)).map((hit) => wordAt(hit.start)),
      );
      return parts.has(wordAt(at)) || playedPart(at);
    };
    // Nor a town whose name opens with a given name, nor a word of it ("nascida em Viana do Castelo", holdout-885).
    const townFrom = (at: number) => townAt(text, at, fold(/^[\p{L}'’]+/u.exec(text.slice(at, at + 40))?.[0] ?? ''));
    const town = (at: number) => {
      if (townFrom(at) > 0) return true;
      // The town's first word up to three words before, on the same line.
      const before = /(?:[\p{L}'’]+[ \t-]+){1,3}$/u.exec(text.slice(Math.max(0, at - 40), at))?.[0] ?? '';
      for (const m of allMatches(/[\p{L}'’]+/gu, before)) if (townFrom(at - before.length + m.index) > at) return true;
      return false;
    };
    // Nor a name an institution bears after it ("Petőfi Sándor Gimnázium", "Anne Frank Schule", holdout-985), nor one a
    // choir, a band or a club bears after its word ("Gemischter Chor Harmonie Lindenfels", holdout-989).
    const institution = (at: number) =>
      INSTITUTION_WORD.test(text.slice(at, capitalisedRun(text, at)[1])) ||
      ASSOCIATION_WORD_BEFORE.test(text.slice(Math.max(0, at - 30), at));
    const skipped = (at: number) =>
      acronym(at) ||
      town(at) ||
      institution(at) ||
      part(at) ||
      saint(at) ||
      inOccasionName(at) ||
      ofHistory.some((h) => at >= h.start && at < h.end) ||
      titles.some(([from, to]) => at > from && at < to);
    const given = new Set((scan.byFamily.get('given-name') ?? []).filter((hit) => !skipped(hit.start)).map((hit) => hit.start));
    const surnames: string[] = [];
    /** Whether one of `names` starts at `at`: someone named again by their surname. */
    const namedAgain = (at: number, names: readonly string[]) => names.some((name) => text.startsWith(name, at));
    const surnameAt = (at: number) => {
      SURNAME_AFTER.lastIndex = text.indexOf(' ', at);
      return SURNAME_AFTER.exec(text)?.[1];
    };
    // Whom a known surname after a capitalised word names, whose given name no list holds ("Sue Park", "Mei Lin
    // Hart"): every name the name rules may find must stand in its capacity.
    for (const hit of scan.byFamily.get('surname') ?? []) {
      const m = /(\p{Lu}[\p{L}'’-]+)[ \t]+$/u.exec(text.slice(Math.max(0, hit.start - 30), hit.start));
      const at = m ? hit.start - m[0].length : -1;
      if (
        at < 0 ||
        given.has(at) ||
        skipped(at) ||
        skipped(hit.start) ||
        /^[ \t]*$|[.!?:][ \t]*$/.test(text.slice(Math.max(0, at - 3), at))
      )
        continue;
      if (!isFrequentWord(fold(m?.[1] ?? ''))) {
        given.add(at);
        named.push(at);
      }
    }
    // And a given name that is a word too before a capitalised word ("by Sue Park").
    for (const hit of scan.byFamily.get('given-name-ambiguous') ?? []) {
      if (given.has(hit.start) || skipped(hit.start) || !/^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(hit.end, hit.end + 4))) continue;
      given.add(hit.start);
      named.push(hit.start);
    }
    const sorted = [...new Set(named)].filter((at) => given.has(at)).sort((a, b) => a - b);
    const capacity = new Map(sorted.map((at) => [at, inPublicCapacity(scan, at)] as const));
    // Whom a calling or a credit names anywhere, by their surname: the same person named without it elsewhere ("Kunstpreis
    // … geht an Lena Hofmann" over "Die Bildhauerin Lena Hofmann erhält …"). A surname's case forms are the same
    // person's ("Joanny Wiśniewskiej" and "Joanna Wiśniewska").
    const stem = (name: string) => (name.length >= 7 ? fold(name).slice(0, 6) : fold(name));
    const credited = new Set(
      sorted
        .filter((at) => capacity.get(at))
        .map(surnameAt)
        .filter((name) => name !== undefined)
        .map(stem),
    );
    // And one of them by their given name alone ("Merci Étienne.", the finance director thanking the chief executive).
    const givenAt = (at: number) => fold(/^\p{L}[\p{L}'’-]*/u.exec(text.slice(at, at + 40))?.[0] ?? '');
    const creditedGiven = new Set(sorted.filter((at) => capacity.get(at) && surnameAt(at) !== undefined).map(givenAt));
    let previous = -1;
    let previousEnd = -1;
    for (const at of sorted) {
      // A second given name goes with the first ("Julia Margaret Cameron", "Anna Maria Rinaldi").
      const middle = previous >= 0 && at - previous <= 40 && /^(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3}$/u.test(text.slice(previous, at));
      // A surname named again that is a given name too ("Owen Hale … Hale leads").
      const again = namedAgain(at, surnames);
      const surname = surnameAt(at);
      // The next of a list after one in capacity ("Protagonizan la película Nerea Barros y Antonio Durán").
      const listed = previousEnd >= 0 && LIST_JOINER.test(text.slice(previousEnd, at));
      const inCapacity =
        middle ||
        again ||
        listed ||
        capacity.get(at) === true ||
        (surname !== undefined && credited.has(stem(surname))) ||
        (GIVEN_NAME_ALONE.test(text.slice(at, at + 40)) && creditedGiven.has(givenAt(at)));
      if (!inCapacity) return false;
      if (!middle) previous = at;
      if (surname) {
        surnames.push(surname);
        previousEnd = text.indexOf(surname, at) + surname.length;
        // Named so in a list, the same person named again later by their full name is credited too ("Owners Jack and
        // Mia Turner … said Mia Turner", holdout-860).
        credited.add(stem(surname));
        // A given name alone before "and" shares the next one's surname ("Jack and Mia Turner"): the list goes on.
      } else previousEnd = at + (/^\p{L}[\p{L}'’-]*/u.exec(text.slice(at, at + 40))?.[0].length ?? 0);
    }
    // A polite title before someone not named so already ("Ms Collins" after "Sarah Collins as Chief Executive" is she).
    const namedBefore = (hit: Hit) => {
      const after = text.slice(hit.end, hit.end + 40).replace(/^\.?[ \t]+/, '');
      return surnames.some((surname) => after.startsWith(surname) && !/\p{L}/u.test(after[surname.length] ?? ''));
    };
    // Nor one a polite title names in their office ("Je passe la parole à M. Étienne Vallerand, président-directeur
    // général", an earnings call's operator).
    const titledInCapacity = (hit: Hit) =>
      capacity.get(hit.end + (/^\.?[ \t]+/.exec(text.slice(hit.end, hit.end + 4))?.[0].length ?? 0)) === true;
    if (politeHits.some((hit) => !namedBefore(hit) && !titledInCapacity(hit))) return false;
    // Every name so far stands in capacity (named so, listed with, or named again as one who is): one reporting words.
    if (!occasion && !sorted.some((at) => reportsWords(text, at))) return false;
    // A surname named again ("Frau Dr. Vogelsang"), a person of history's too ("Brahms und Sibelius" over "von Jean
    // Sibelius").
    const ofHistoryAgain = ofHistory.map((h) => /\p{L}+$/u.exec(text.slice(h.start, h.end))?.[0] ?? '').filter(Boolean);
    const again = [...surnames, ...ofHistoryAgain];
    return named.every((at) => given.has(at) || namedAgain(at, again) || skipped(at) || inPublicCapacity(scan, at));
  });
}
/**
 * Whether a private matter (pay, leave, keys, a contract, a warning …) is told in a named person's sentence, or the next
 * one that refers to them ("… Sara Conti ha prestato tre opere. Il ritiro avverrà presso la sua abitazione", "Haar loon
 * stijgt").
 */
function privateMatterOfNamed(scan: TextScan, named: readonly number[]): boolean {
  const { text } = scan;
  // Not a surname that is such a word, capitalised after a given name or a particle ("Femke van Loon", holdout-786).
  const inName = (hit: Hit) =>
    /^\p{Lu}/u.test(text[hit.start] ?? '') && NAME_PART_BEFORE.test(text.slice(Math.max(0, hit.start - 24), hit.start));
  const namedIn = (hit: Hit) => {
    const [start, end] = sentenceAround(text, hit.start);
    if (named.some((at) => at >= start && at < end)) return true;
    if (start < 2 || !THIRD_PERSON_REFERENCE.test(text.slice(start, end))) return false;
    const [before] = sentenceAround(text, start - 2);
    return named.some((at) => at >= before && at < start);
  };
  return (scan.byFamily.get('private-matter') ?? []).some((hit) => !inName(hit) && namedIn(hit));
}
/**
 * A third person's pronoun or possessive: he, she, his, her, er, sie, sein, ihr, elle, son, sa, lui, lei, suo, sua … (not
 * the words other languages share: Italian "il", Spanish "su", Polish "on" and "ze").
 */
const THIRD_PERSON_REFERENCE =
  /(?<![\p{L}])(?:he|she|his|her|him|er|sie|sein\p{L}*|ihr\p{L}*|ihm|elle|son|sa|ses|lui|lei|suo|sua|suoi|sue|él|ella|sus|hij|zij|zijn|haar|hem|ona|jego|jej|niego|niej|ele|ela|seu|dele|dela)(?![\p{L}])/iu;
/** A new office in the headline: "new", "neue", "nouvelle", "nowa" … right before a public calling's word on the first line. */
function newOfficeHeadline(scan: TextScan): boolean {
  return newOfficeHeadlineEnd(scan) >= 0;
}
/** A choir's, a band's, an orchestra's or a club's word, capitalised, right before the name it bears. */
const ASSOCIATION_WORD_BEFORE =
  /(?<![\p{L}])(?:Chor|Männerchor|Frauenchor|Kirchenchor|Gesangverein|Musikverein|Orchester|Ensemble|Kapelle|Choir|Band|Club|Klub|Coro|Chorale|Chœur|Banda|Fanfare|Koor|Chór|Zespół|Orkiestra|Orquestra|Orquesta|Orchestra|Orchestre)[ \t]+$/u;
/** A school's, a university's, a hospital's, a museum's, a library's or a theatre's word, capitalised in a name's run. */
const INSTITUTION_WORD =
  /(?<![\p{L}])(?:Gimnázium|Iskola|Általános|Szakgimnázium|Technikum|Egyetem|Főiskola|Kollégium|Kórház|Múzeum|Könyvtár|Színház|Óvoda|Gymnasium|Gymnázium|Gimnazija|Gimnazjum|Liceum|Liceo|Lycée|Collège|Colegio|Instituto|Istituto|Escola|Escuela|Scuola|School|Schule|Grundschule|Realschule|Gesamtschule|Hochschule|Universität|University|Università|Universidad|Universidade|Universiteit|Uniwersytet|Hospital|Krankenhaus|Klinikum|Ospedale|Hôpital|Ziekenhuis|Szpital|Museum|Musée|Museo|Muzeum|Library|Bibliothek|Biblioteca|Bibliothèque|Bibliotheek|Biblioteka|Theatre|Théâtre|Teatro|Teatr|Stadion|Stadium|Stadio|Estadio)(?![\p{L}])/u;
/**
 * Where the headline telling of a new office ends, or -1: the first line, or the second under a site's or a paper's
 * name ("Hírek – Petőfi Sándor Gimnázium / Új igazgató az iskola élén", holdout-985), a headline's few words.
 */
function newOfficeHeadlineEnd(scan: TextScan): number {
  return memo(scan, 'new-office-headline', () => {
    const { text } = scan;
    const lines: Array<[number, number]> = [];
    for (let from = 0; lines.length < 2 && from < Math.min(text.length, 400); ) {
      const end = lineEndOf(text, from);
      if (text.slice(from, end).trim() !== '') lines.push([from, end]);
      from = end + 1;
    }
    const headline = (i: number) => {
      const [from, to] = lines[i] ?? [0, -1];
      if (i > 0 && (to - from > 100 || /[.!?;][ \t]*$/.test(text.slice(from, to)))) return false;
      return PUBLIC_CALLING_FAMILIES.some((family) =>
        (scan.byFamily.get(family) ?? []).some(
          (hit) =>
            hit.start >= from && hit.start < to && NEW_BEFORE_CALLING.test(text.slice(Math.max(0, hit.start - 12), hit.start)),
        ),
      );
    };
    const at = [0, 1].find(headline);
    return at === undefined ? -1 : (lines[at] as [number, number])[1];
  });
}
/**
 * "New" right before a word: new, neue(r), nouveau/nouvelle, nuovo/a, nuevo/a, nieuwe, nowy/a, novo/a; and in the EU's
 * other languages (ny, uusi, nový, új, νέος, novi, naujas, jaunais, uus, нов).
 */
const NEW_BEFORE_CALLING =
  /(?<![\p{L}])(?:new|neue[rns]?|nouvel(?:le)?|nouveau|nuov[oa]|nuev[oa]|nieuwe?|now[ya]|nov[oa]|ny[ae]?|uusi|uus|nov[ýáéi]|új|νέ[οα]ς?|naujas|nauja|jaun(?:ai)?s|jaunā|нов[аи]?)[ \t]+$/iu;
/** A given name no surname follows: a sentence's sign, a line's end or a word in lower case after it ("Merci Étienne."). */
const GIVEN_NAME_ALONE = /^\p{L}[\p{L}'’-]*(?:[ \t]*[.,;:!?)]|[ \t]*(?:\n|$)|[ \t]+\p{Ll})/u;
/** Between two names of a list: a comma or "and", or a comma and "with" before a cast ("mise en scène X, avec Y"). */
const LIST_JOINER =
  /^[ \t]*(?:,[ \t]*(?:(?:avec|with|mit|con|met|com|z)[ \t]+)?|[ \t]+(?:and|und|et|e|y|i|en|oraz|och|og|a)[ \t]+)$/u;
/** A time opening a line ("19:00", "18 h 30", "20.30"). */
const TIME_OPENS_LINE = /^[ \t]*(?:[-*•–][ \t]*)?\d{1,2}[ \t]?[:.h][ \t]?\d{2}(?!\d)/gmu;
/** How many lines a day's word or a time opens ("Martes 1, 19:00 h – …", "20:00 Telejornal"): a programme's. */
function scheduleLines(scan: TextScan): number {
  const { text } = scan;
  const days = new Set(
    (scan.byFamily.get('day-word') ?? [])
      .filter((hit) => /^[ \t*•–-]*$/.test(beforeOnLine(text, hit.start)))
      .map((hit) => text.lastIndexOf('\n', hit.start - 1)),
  );
  for (const m of allMatches(TIME_OPENS_LINE, text)) days.add(text.lastIndexOf('\n', m.index + m[0].search(/\d/) - 1));
  return days.size;
}
/** How far into a text its public occasion is named: its headline and its lead. */
const OCCASION_REACH = 300;
/**
 * Between a calling and the name: what it is of or at, another calling after "and", a title ("Minister infrastruktury", "la
 * ministra dell'Università", "photographer and writer", "Prof. Dr."); the name maybe on the next line, where a line wraps
 * ("… Dialoga con l'autore la giornalista\nSilvia Bencivelli", holdout-833); a comma or a field's colon before it
 * ("Przewodnicząca: Halina Kowalczyk", holdout-1024).
 */
const CALLING_TO_NAME =
  /^(?:[ \t]+\p{Ll}{3,}(?:y|i|u|ej|ego|ów|wetenschap(?:pen)?|kunde|logie|logia|logía|ology|ας|ης|ου|ων))?(?:[ \t]+(?:του|της|των)(?:\s+[\p{L}'’-]+){1,3}?)?(?:[ \t]+(?:jest|są|is|ist|est|è|es|é|zijn|är|er|je|on|bleibt|remains|reste|resta|sigue|blijft|pozostaje|continua|permanece))?(?:[ \t]+(?:and|und|et|e|y|en|i|oraz|of|for|at|de|du|des|del|della|dello|delle|dell['’]|d['’]|di|da|do|dos|das|der|für|van|voor|bij|z|ze|w|em|no|na|in|im|au|al|alla|à|a)(?:[ \t]+(?:the|la|le|les|il|lo|el|los|las|die|der|den|dem|het|de|a|o|os|as|l['’]))?[ \t]*[\p{L}'’-]+){0,2}[ \t]*[,:]?(?:[ \t]+(?:dr|dra|drs|prof|dott|ing|mag|lic|ir|mgr|arch|avv|geom)\.?)*(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?:\p{Lu}[\p{L}'’-]*[ \t]+)?$/iu;
/** A name's capitalised words up to the word after it: "Kiss Andrea ▸helytörténész". */
const NAME_THEN_CALLING = /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}[ \t]+$/u;
/** A name, a comma and up to four words before a calling in apposition ("Claire Villemin, entomologiste", "Helen Ashworth, the museum's head of"). */
const NAME_THEN_APPOSITION = new RegExp(
  String.raw`^\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:${PARTICLE}[ \t]+){0,3}\p{Lu}[\p{L}'’.-]*){0,3}[ \t]*,[ \t]+(?:[\p{L}'’-]+[ \t]+){0,4}$`,
  'u',
);
/** A credit before a name, for a work or a public occasion ("Curated by", "w reżyserii", "presentato da", "«…», par", "seascapes by"). */
const PUBLIC_CREDIT_BEFORE =
  /(?:(?<![\p{L}])(?:curated by|kuratiert von|sous le commissariat de|a cura di|comisariad[ao] por|gecureerd door|directed by|(?:unter der |in der )?regie(?:[ \t]+von|[ \t]*:)|mise en scène(?:[ \t]+de|[ \t]*:)|réalisée? par|regia(?:[ \t]+di|[ \t]*:)|dirigid[oa] por|dirigée? par|dirección(?:[ \t]+de|[ \t]*:)|realizad[oa] por|w reżyserii|reżyseria[ \t]*:?|presented by|hosted by|moderated by|(?:récital|recital|concert|konzert|concerto|concierto|recitál|koncert|recitaal)(?:[ \t]+(?:de|of|di|del|van|z)[ \t]+(?:piano|violon|violin|chant|orgue|guitare|pianoforte|violino|organo|chitarra|piano|órgano|guitarra|fortepianowy|orgel|gitaar))?[ \t]+(?:de|by|of|von|mit|di|del|de la|door|van|z|com|avec|with|con)|in conversation with|im gespräch mit|en conversation avec|in conversazione con|en conversación con|in gesprek met|w rozmowie z|em conversa com|moderiert von|(?<=(?:^|\n)[ \t>]*(?:#{1,4}[ \t]+[^\n]{2,80}|\p{Lu}[^\n.!?:;]{1,80}),[ \t]*)(?:d['’]après|de|by|von|nach|di|van|door|por|przez)|(?:direttore|direttrice|dirigent(?:in)?|dyrygent|conductor|chef d['’]orchestre|direction musicale|musikalische leitung|solist(?:in)?|soliste|solista|pianoforte|piano|klavier|fortepian|violino|violin|violine|violon|skrzypce|viola|violoncello|cello|wiolonczela|flauto|flute|flöte|flûte|chitarra|guitar|gitarre|guitare|guitarra|arpa|harp|harfe|harpe|organo|organ|orgel|orgue|oboe|hautbois|clarinetto|clarinet|klarinette|clarinette|tromba|trumpet|trompete|trompette|soprano|mezzosoprano|tenore|tenor|baritono|bariton|voce|voice|gesang|chant|canto)[ \t]*:|introduces|introduced by|introduce|introduit par|introdott[oa] da|introducid[oa] por|introduzid[oa] por|ingeleid door|eingeführt von|(?<=(?:^|\n)[ \t>]*)(?:avec|with|mit|con|met|com)|moderation[ \t]*:|(?:music|musique|musik|musica|música|muziek|muzyka|montage|editing|production|produktion|réalisation|realizzazione|realización|sound|son|ton|photos?|fotos?|photographies|fotografie|illustrations?|illustrationen|ilustraciones|traduction|translation|übersetzung|traduzione|traducción|vertaling|tłumaczenie|tradução)[ \t]*:|présentée? par|animée? par|presentat[oa] da|condott[oa] da|presentad[oa] por|conducid[oa] por|apresentad[oa] por|gepresenteerd door|prowadzenie[ \t]*:?|prowadzi|(?:presentatie|presentation|präsentation|présentation|presentazione|presentación|prezentacja|apresentação)[ \t]*:|(?:wykład|lecture|keynote|talk|vortrag|festvortrag|conférence|conferenza|prolusione|conferencia|lezing|palestra)[^.\n]{0,30}?(?:wygłosi|wygłosił[a]?|delivered by|given by|hält|halten wird|donnée par|sera donnée par|tenuta da|terrà|impartida por|impartirá|gegeven door|geeft|proferida por|proferirá)|režie[ \t]*:|režie se ujal[a]?|v režii|regie führt[ \t]+(?:der|die)(?:[ \t]+\p{Lu}\p{Ll}+)?|(?:exposição|exposición|exposition|mostra|ausstellung|tentoonstelling|wystawa|exhibition|retrospective|retrospectiva|rétrospective|retrospettiva|retrospektive)[ \t]+(?:de|di|of|von|van|by|do|da|della|del|des|du)|(?:curadoria|curaduría|curatela|la cura)[ \t]+(?:é|es|è)[ \t]+(?:de|di|del|da)|featuring|feat\.|(?:accompanied|begleitet|accompagnée?|accompagnat[oa]|acompañad[oa]|begeleid|acompanhad[oa])[^.\n]{0,40}?(?:by|von|par|da|por|door)|protagoniza[n]?(?:[ \t]+(?:la película|el filme|la serie|la obra|el montaje))?|première partie|support act|vorband|voorprogramma|(?:scenografi[ęa]|kostiumy|choreografi[ęa]|muzykę|reżyserię)[ \t]+(?:przygotował[a]?|skomponował[a]?|zaprojektował[a]?|stworzył[a]?)|composed by|komponiert von|composée? par|compost[oa] da|compuest[oa] por|gecomponeerd door|(?:regia|direzione musicale|scenografia|coreografia|drammaturgia|costumi)[ \t]+(?:è[ \t]+)?(?:affidata a|affidati a|firmata da|curata da)|chaired by|under the chairmanship of|unter (?:dem )?vorsitz von|sous la présidence de|presiedut[oa] da|presidid[oa] por|onder voorzitterschap van|pod przewodnictwem|(?:orchestra|orchester|orchestre|orquesta|orquestra|orkest|orkiestra|coro|chor|chœur|choir|koor|chór|ensemble|band|big band|banda|fanfare|kapelle|trio|quartet|quartett|quatuor|quartetto|cuarteto|quarteto|kwartet)[^.\n]{0,40}?(?:diretta da|diretto da|dirigée? par|dirigid[oa] por|geleitet von|unter der leitung von|conducted by|onder leiding van|pod dyrekcją)|(?:works?|paintings?|portraits?|photographs?|prints?|seascapes?|landscapes?|drawings?|sculptures?|films?|novels?|plays?|poems?|songs?|werke?|gemälde|fotografien|œuvres?|tableaux|photographies|opere|dipinti|fotografie|obras|cuadros|fotografías|werken|schilderijen|dzieła|obrazy|pinturas|fotografias)[ \t]+(?:by|von|de|di|van|przez))[ \t]+|[»"”“][ \t]*,?[ \t]+(?:(?:par|by|von|de|di|da|van|door|przez|autorstwa|do)[ \t]+)?)$/iu;
/** A word before a calling that makes its holder an amateur, a pupil or a trainee ("student reporter", "club correspondent"). */
const AMATEUR_BEFORE =
  /(?<![\p{L}])(?:student|students['’]?|school|pupil|club|junior|youth|trainee|intern|volunteer|amateur|hobby|schüler\p{L}*|studentische[rn]?|vereins\p{L}*|étudiante?s?|stagiaire|bénévole|studente(?:ssa)?|tirocinante|volontari[oa]|estudiante|becari[oa]|voluntari[oa]|scholier|vrijwillige[r]?|stagiair|uczeń|uczennica|studenck\p{L}*|wolontariusz\p{L}*|praktykant\p{L}*|estudante|estagiári[oa]|voluntári[oa])[ \t-]+$/iu;
/** A name's particle, or a capitalised given name after a lower-case word, right before a word: "van", "de", "Femke". */
const NAME_PART_BEFORE =
  /(?:(?<![\p{L}])(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]e|[Dd]a|[Dd]i|[Dd]u|[Ll]e|[Ll]a|[Dd]os|[Dd]as|[Dd]el)|[\p{Ll},][ \t]+\p{Lu}\p{Ll}+)[ \t]+$/u;
/**
 * Whose predecessor someone is, before their name, maybe a comma and, as Hungarian writes it, the surname first ("her
 * predecessor Mark Hill", "Elődje, Tóth ▸Gábor"); the word's first letter either case, the name's capitalised.
 */
// biome-ignore format: a word table reads best packed
const PREDECESSOR_WORDS = [
  'predecessor', 'vorgänger', 'vorgängerin', 'prédécesseur', 'prédécesseure', 'predecessore', 'predecesor', 'predecesora',
  'voorganger', 'voorgangster', 'poprzednik', 'poprzedniczka', 'antecessor', 'antecessora', 'föregångare', 'forgænger',
  'edeltäjä', 'edeltäjänsä', 'předchůdce', 'předchůdkyně', 'predchodca', 'predchodkyňa', 'elődje', 'elődjét',
  'predecesorul', 'predecesoarea', 'προκάτοχος', 'προκάτοχό', 'prethodnik', 'prethodnica', 'predhodnik', 'predhodnica',
  'pirmtakas', 'pirmtakė', 'priekštecis', 'eelkäija', 'предшественик', 'предшественичка',
];
const PREDECESSOR_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${PREDECESSOR_WORDS.map((word) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`).join('|')})(?:[ \t]+\p{Ll}+){0,2}[ \t]*,?[ \t]+(?:\p{Lu}[\p{L}'’-]*[ \t]+)?$`,
  'u',
);
/** A line's end inside a paragraph, its spaces around it: a wrap, not a blank line's break. */
const WRAP = /(?<!\n)[ \t]*\n[ \t]*(?!\n)/g;
/** Who leads a list, a party, a team or a delegation: "headed by", "encabezado por", "angeführt von", "menée par". */
const LEADS_BEFORE =
  /(?<![\p{L}])(?:led by|headed by|encabezad[oa]s? por|liderad[oa]s? por|angeführt von|mené(?:e|s|es)? par|emmené(?:e|s|es)? par|guidat[oa] da|capeggiat[oa] da|geleid door|aangevoerd door|kierowan\p{L}* przez|na czele z|chefiad[oa] por|encabeçad[oa] por)[ \t]+$/iu;
/**
 * Whom the name's holder succeeds in an office or a post, a few words between ("succédera en janvier à Laurent Picard",
 * "will succeed Mark Hill as chair", "sustituye en el cargo a …").
 */
const SUCCEEDS_BEFORE =
  /(?<![\p{L}])(?:succède|succédera|succéder|remplace|remplacera|succeeds|will succeed|succeeding|replaces|will replace|folgt auf|nachfolger(?:in)? von|die nachfolge von|succede|succederà|prende il posto di|sostituisce|sostituirà|sustituye|sustituirá|sucede|sucederá|relevará|releva|opvolger van|volgt|zastąpi|zastąpił|zastąpiła|zastępuje|następc\p{L}*|substitui|substituirá|efterträder|efterträdde|efterträda|afløser|afløste|seuraa)(?:[ \t]+[\p{Ll}\d'’]+){0,3}[ \t]+$/iu;
/** A name, a verb of succeeding, another name and "as" before a calling: "Sarah Collins will succeed Mark Hill as ▸chair". */
const SUCCEEDS_AS = new RegExp(
  String.raw`^\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:${PARTICLE}[ \t]+){0,3}\p{Lu}[\p{L}'’.-]*){0,3}[ \t]+(?:will succeed|succeeds|is to succeed|will replace|replaces|succède à|succédera à|remplace|remplacera|succede a|succederà a|sostituisce|sostituirà|sucede a|sucederá a|sustituye a|sustituirá a|folgt auf|volgt|zastąpi|sucede a|substitui|substituirá)[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:${PARTICLE}[ \t]+){0,3}\p{Lu}[\p{L}'’.-]*){0,3}(?:[ \t]+\p{Ll}+){0,2}[ \t]+(?:as|als|comme|come|como|jako|op)(?:[ \t]+(?:the|de|la|le|il|el|der|die|het|o|a))?[ \t]+$`,
  'u',
);
/**
 * A part named before whoever plays it ("W roli Panny Młodej wystąpi", "Gospodarza zagra", "in the role of Hamlet,"), or
 * a part by its indefinite article with its player in brackets ("face à une Célimène (Inès Barbier)", holdout-1206).
 */
const PART_BEFORE =
  /(?:(?<![\p{L}])(?:[Ww] roli|[Ii]n the role of|[Dd]ans le rôle de|[Nn]el ruolo di|[Ee]n el papel de|[Nn]o papel de|[Ii]n de rol van|[Ii]n der [Rr]olle (?:des|der))(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,3}(?:[ \t]*,|[ \t]+\p{Ll}+)?|\p{Lu}[\p{L}'’-]*[ \t]+(?:zagra|zagrał[a]?|zagrają|wystąpi|wystąpił[a]?))[ \t]+$|(?<![\p{L}])(?:un|une|an|ein|eine|einen|uno|una|een|um|uma)[ \t]+\p{Lu}[\p{L}'’-]*[ \t]*\([ \t]*$/u;
/** Academic and professional titles ending the text before a name ("Ing. ", "Prof. Dr. ", "Dott.ssa "). */
const TITLES_BEFORE =
  /(?:(?<![\p{L}])(?:dr|dra|drs|prof|pr|dott|dott\.ssa|lek|ing|med|n\. med|dent|hab|mag|lic|mgr|ir)\.?[ \t]+)+$/iu;
/** A prize and a verb of winning or receiving it in one sentence. */
const PRIZE_WON =
  /(?<![\p{L}])(?:prize|award|preis|prix|premio|prijs|nagrod\p{L}*|prémio|trophy|trophée|trofeo|pris|priset|prisen|palkinno\p{L}*|palkinto\p{L}*|cen[auy]|díj\p{L}*|premiu\p{L}*|βραβεί\p{L}*|nagrad\p{L}*|priznanj\p{L}*|apdovanojim\p{L}*|balv\p{L}*|auhin\p{L}*|наград\p{L}*|znak občine)(?![\p{L}])[^.!?\n]*?(?<![\p{L}])(?:won|wins|received|receives|gewann|gewinnt|erhielt|erhält|remporte|a remporté|a reçu|reçoit|vince|ha vinto|ha ricevuto|riceve|gana|ganó|recibe|recibió|wint|won|kreeg|ontving|ontvangt|zdobył\p{L}*|otrzymał\p{L}*|wygrał\p{L}*|ganhou|venceu|recebeu|recebe|awarded|went to|goes to|geht an|ging an|verliehen|vergeben|revient|décern\p{L}*|assegnat\p{L}*|conferit\p{L}*|va a|andato a|otorgad\p{L}*|concedid\p{L}*|fue para|toegekend|gaat naar|ging naar|przyznan\p{L}*|atribuíd\p{L}*|vai para|foi para|prejel|prejela|prejeli|podelil|podelila|podeljen\p{L}*|získal|získala|získali|obdržel|obdržela|kapta|kapott|elnyerte|átvette|sai|saivat|fick|fik|modtog|tilldelades|a primit|a câștigat|έλαβε|κέρδισε|βράβευσε|osvojio|osvojila|dobio|dobila|dobil|dobila|gavo|laimėjo|saņēma|ieguva|võitis|получи|спечели)(?![\p{L}])|(?<![\p{L}])(?:won|è andat[oa]|è stat[oa] assegnat[oa]|went to|ging an|est allée? à|fue para|ging naar|trafił[a]? do|foi para|a décerné|décerne|awarded|verlieh|assegna|otorgó|otorga|kende toe|przyznał\p{L}*|atribuiu|wins|received|receives|gewann|gewinnt|erhielt|erhält|remporte|a remporté|a reçu|reçoit|ha vinto|vince|ha ricevuto|riceve|ganó|gana|ha ganado|recibió|recibe|ha recibido|wint|won|kreeg|krijgt|ontving|ontvangt|zdobył\p{L}*|zdobywa|otrzymał\p{L}*|otrzymuje|ganhou|ganha|venceu|vence|recebeu|recebe|prejel|prejela|prejeli|podelil|podelila|podeljen\p{L}*|získal|získala|získali|obdržel|obdržela|kapta|kapott|elnyerte|átvette|sai|saivat|fick|fik|modtog|tilldelades|a primit|a câștigat|έλαβε|κέρδισε|βράβευσε|osvojio|osvojila|dobio|dobila|dobil|dobila|gavo|laimėjo|saņēma|ieguva|võitis|получи|спечели)(?![\p{L}])[^.!?\n]*?(?<![\p{L}])(?:prize|award|preis|prix|premio|prijs|nagrod\p{L}*|prémio|trophy|trophée|trofeo|pris|priset|prisen|palkinno\p{L}*|palkinto\p{L}*|cen[auy]|díj\p{L}*|premiu\p{L}*|βραβεί\p{L}*|nagrad\p{L}*|priznanj\p{L}*|apdovanojim\p{L}*|balv\p{L}*|auhin\p{L}*|наград\p{L}*|znak občine)(?![\p{L}])/iu;
/** A state's honour or order of merit. */
const STATE_HONOUR =
  /(?<![\p{L}])(?:bundesverdienstkreuz\p{L}*|verdienstkreuz\p{L}*|verdienstorden\p{L}*|légion d['’]honneur|ordre national du mérite|ordine al merito|cavaliere (?:della repubblica|al merito)|commendatore|orden del mérito|orden de isabel la católica|orde van oranje-nassau|koninklijke onderscheiding|lintje|krzyż\p{L}* zasługi|order\p{L}* odrodzenia polski|ordem do mérito|ordem do infante|order of the british empire|obe|mbe|cbe|knighthood|knighted)(?![\p{L}])/iu;
/** Being honoured: awarded, conferred, decorated, made, received. */
const HONOURED =
  /(?<![\p{L}])(?:ausgezeichnet|verliehen|geehrt|awarded|made|received|knighted|décorée?|reçu|insignit[oa]|conferit[oa]|nominat[oa]|condecorad[oa]|recibió|recibe|benoemd|onderscheiden|uitgereikt|odznaczon[ya]|otrzymał[a]?|agraciad[oa]|recebeu)(?![\p{L}])/iu;
/** Who awards a public prize: a jury, a festival, an academy, at a ceremony or a gala. */
const PRIZE_JURY =
  /(?<![\p{L}])(?:jury|juror\p{L}*|jurado|giuria|júri|jurybericht|festival\p{L}*|festiwal\p{L}*|academy|akademie|académie|accademia|academia|akademia|ceremony|cérémonie|cerimonia|ceremonia|ceremonie|cerimónia|gala|ceremoni\p{L}*|slavnostn\p{L}*|svečan\p{L}*|ünnepség\p{L}*|ünnepélyes\p{L}*|τελετή|εκδήλωση|juhlatilaisuu\p{L}*|zsűri|porota|porotou|juriu\p{L}*|žiri\p{L}*)(?![\p{L}])/iu;
/** The words before a part played ("jako", "as", "dans le rôle de"). */
const PART_WORDS =
  'jako|als|as|come|comme|como|in the role of|dans le rôle de|nel ruolo di|en el papel de|no papel de|in de rol van|w roli';
/** The word before a part played. */
const PART_WORD_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${PART_WORDS})[ \t]+$`, 'iu');
/** A player's verb and the part's article, maybe its calling, before a part's name ("spielt den Richter", "gibt die"). */
const PLAYING = String.raw`(?:spielt|gibt|verkörpert|plays|portrays|interprète|incarne|joue|campe|interpreta|encarna|speelt|vertolkt|gra|zagra)[ \t]+(?:(?:den|die|das|einen|eine|the|an|le|la|l['’]|un|une|il|lo|uno|una|el|de|het|een|o|a|um|uma)[ \t]+)?(?:\p{L}+[ \t]+)?`;
/** The same right before a part's name. */
const PART_AFTER_PLAYING = new RegExp(String.raw`(?<![\p{L}])${PLAYING}$`, 'u');
/** A player's name and a part's word right before the part's name: "Clara Wendt als ▸Maria" (holdout-1129). */
const PART_AFTER_PLAYER = new RegExp(String.raw`\p{Lu}[\p{L}'’-]*[ \t]+(?:${PART_WORDS})[ \t]+$`, 'u');
/**
 * A part played after a name, capitalised ("… jako Panna Młoda", "… as Lady Macbeth", "… spielt den Richter Adam", "…
 * gibt die Eve", holdout-834), or "en concert".
 */
const PART_PLAYED_AFTER = new RegExp(
  String.raw`^(?:[ \t]+(?:[\p{Lu}][\p{L}'’-]*|de|van|von|der|da|di|del|dos))*[ \t]+(?:(?:${PART_WORDS})[ \t]+\p{Lu}|${PLAYING}\p{Lu}|(?:en concert|in concert|live|im konzert|in concerto|en concierto|na koncercie|em concerto)(?![\p{L}]))`,
  'u',
);
/** A time opening a schedule's line, then a programme and its host ("20:00 Telejornal, com José …"). */
const SCHEDULE_HOST_BEFORE = /^[ \t]*\d{1,2}[:.h]\d{2}[ \t]+[^\n]{1,60}?,?[ \t]+(?:com|con|with|mit|avec|met|z)[ \t]+$/iu;
/** The families whose words are callings in public life, before or after a name. */
const PUBLIC_CALLING_FAMILIES = ['public-calling', 'performer-calling', 'spokesperson', 'company-officer'];
/** Whether the name at `at` is named in a public capacity: see publicCapacityOnly. */
function inPublicCapacity(scan: TextScan, at: number): boolean {
  const { text } = scan;
  const before = text.slice(Math.max(0, at - 80), at);
  // A calling or an office before the name; not a title alone ("Ing. Pavel Horák", "Prof. Dr."), which anyone may hold.
  // Within the name's sentence: not a calling that ended the sentence before ("… au poste de directrice générale. Elle
  // dînera avec Laurent Picard", a probe).
  const onLine = beforeOnLine(text, at).replace(TITLES_BEFORE, '').split(SENTENCE_BEGINS).pop() ?? '';
  if ((onLine.trim() !== '' && PROFESSIONAL_BEFORE.test(onLine)) || PUBLIC_CREDIT_BEFORE.test(before.replace(TITLES_BEFORE, '')))
    return true;
  // A town's or a university's head by office right before the name ("Oberbürgermeisterin Petra Lang", "le maire,
  // Jean-Pierre Lambert", holdout-854), as the office holders' reading reads them.
  if (LOCAL_BEFORE.test(before.slice(-60))) return true;
  // A name further on in a list after a label, where the list's first name holds the office ("Radni: Marek Adamczyk,
  // Ewa Dąbrowska, …", holdout-1174).
  const listed = LISTED_AFTER_LABEL.exec(beforeOnLine(text, at));
  if (listed) return inPublicCapacity(scan, at - beforeOnLine(text, at).length + (listed[1] as string).length);
  // A list's item under a label of candidates, where the text tells of a public election ("Candidati al consiglio
  // comunale:\n1. Martina Pavan\n2. Luca Bortolin", holdout-1198).
  if (candidateListItem(scan, at)) return true;
  // … or after it in apposition ("È morto ieri Renzo Gabbanelli, sindaco di Montecosaro dal 1985", holdout-887), past
  // the name's first word (`end`, where the readings below look after the name too).
  const end = text.indexOf(' ', at);
  if (LOCAL_AFTER.test(text.slice(end < 0 ? text.length : end, at + 80))) return true;
  // A candidate by the votes after the name, where the text tells of a public election ("Minna Koskinen 1 102 ääntä",
  // "BAKER, Susan – 1,204 votes").
  if (end > 0 && VOTES_AFTER.test(text.slice(end, end + 60)) && textHas(scan, ELECTION_WORD)) return true;
  // A member by their party's code in brackets after the name, where the text tells of a parliament or an election
  // ("stillet af Karina Lorentzen (SF) til transportministeren", holdout-1213).
  if (
    end > 0 &&
    PARTY_CODE_AFTER.test(text.slice(end, end + 60)) &&
    (textHas(scan, PARLIAMENT_WORD) || textHas(scan, ELECTION_WORD))
  )
    return true;
  // A broadcaster's, a paper's or another organisation's own by its possessive right before the name ("BBC Radio
  // Cornwall's Tom Hadley", "the Guardian's Polly Green"): its presenter, writer or officer, as news names them.
  if (ORGANISATION_POSSESSIVE_BEFORE.test(before.slice(-60))) return true;
  // A priest's or a bishop's title right before the name ("monsignor Paolo Ricci", "Ks. proboszcz Marek Nowak",
  // holdout-860), their office as a parish's or a diocese's news names them; the Italian "don" only in Italian.
  if (portuguesePriestBefore(scan, before.slice(-24)) || englishPriestBefore(scan, before.slice(-24))) return true;
  if (CLERGY_BEFORE.test(before.slice(-40)) || romanceClergyBefore(scan, before.slice(-40))) return true;
  // … or the parish's office right after the name, as a parish's notices are signed ("P. Michal Černý, farář", "Szabó
  // Mihály plébános", session 54's probe of parish notices in 22 languages).
  if (CLERGY_AFTER.test(text.slice(end < 0 ? text.length : end, at + 80))) return true;
  // Who leads a list, a team or a delegation, whom someone succeeds in an office, or who plays a part named before them.
  // Their words read across a line's wrap ("Sie folgt\nauf Helmut Ziegler", holdout-989), not a paragraph's break.
  const joined = before.replace(WRAP, ' ');
  if (LEADS_BEFORE.test(joined) || SUCCEEDS_BEFORE.test(joined) || PART_BEFORE.test(joined)) return true;
  // Whose predecessor in the office they are ("Elődje, Tóth Gábor nyugdíjba vonul", "her predecessor Mark Hill").
  if (PREDECESSOR_BEFORE.test(joined)) return true;
  // The first sentence under a headline telling of a new office names who takes it ("Új igazgató az iskola élén /
  // December 1-jétől Kerekes Judit vezeti gimnáziumunkat", holdout-985); where it tells of an appointment itself, the
  // office it names decides (below).
  const headlineEnd = newOfficeHeadlineEnd(scan);
  if (headlineEnd >= 0 && at > headlineEnd) {
    const lead = headlineEnd + (/^\s*/.exec(text.slice(headlineEnd, headlineEnd + 200))?.[0].length ?? 0);
    const leadEnd = sentenceAround(text, lead)[1];
    if (at < leadEnd && !APPOINTMENT_WORD.test(text.slice(lead, leadEnd))) return true;
  }
  // The makers', performers' and speakers' credits the name readings know ("der dritte Roman von", "mis en scène par").
  if (creditedBefore(scan, text.slice(Math.max(0, at - 48), at), end < 0 ? text.length : end)) return true;
  if (SCHEDULE_HOST_BEFORE.test(beforeOnLine(text, at))) return true;
  const callingWord = (hit: Hit) => PUBLIC_CALLING_FAMILIES.includes(hit.family);
  for (let k = firstFrom(scan.hits, at - 140); k < scan.hits.length; k++) {
    const hit = scan.hits[k] as Hit;
    if (hit.start > at + 90) break;
    if (!callingWord(hit)) continue;
    // Not an amateur's ("student reporter", "club correspondent", "stagiaire journaliste"): no public capacity.
    if (AMATEUR_BEFORE.test(text.slice(Math.max(0, hit.start - 24), hit.start))) continue;
    // A stem's hit ends where the stem does: the calling's word ends where its letters do ("krytyk▸a").
    let wordEnd = hit.end;
    while (wordEnd < at && isLetterCode(text.charCodeAt(wordEnd))) wordEnd++;
    if (wordEnd <= at && at - wordEnd <= 60 && CALLING_TO_NAME.test(text.slice(wordEnd, at))) return true;
    // In apposition within a sentence; not a signature's line ("Tom Berg, Trainer"), which a letter's writer signs.
    if (hit.start > at && NAME_THEN_APPOSITION.test(text.slice(at, hit.start)) && !/^[ \t>*-]*$/.test(beforeOnLine(text, at)))
      return true;
    // Hungarian writes the calling right after the name ("Kiss Andrea helytörténész", holdout-942 and -951).
    if (hit.start > at && NAME_THEN_CALLING.test(text.slice(at, hit.start)) && otherLanguageOf(scan) === 'hu') return true;
    // Who succeeds someone in a calling named after them ("Sarah Collins will succeed Mark Hill as chair").
    if (hit.start > at && hit.start - at <= 90 && SUCCEEDS_AS.test(text.slice(at, hit.start))) return true;
  }
  if (end > 0 && PART_PLAYED_AFTER.test(text.slice(end, end + 80))) return true;
  // The office they take after the name in its sentence, by a post's or an "as" word right before a public calling
  // ("l'arrivée de Sophie Arnaud au poste de directrice financière", "rejoint Lumivert en tant que directrice",
  // holdout-872).
  if (end > 0) {
    const office = OFFICE_TAKEN_AFTER.exec(text.slice(end, end + 90));
    const from = office ? end + office[0].length : -1;
    if (office && hitsAt(scan, from).some((hit) => PUBLIC_CALLING_FAMILIES.includes(hit.family))) return true;
  }
  // A review's cast by the part after the name ("Tom Ashworth's Torvald", "Aisha Bello is a restless, funny Nora",
  // holdout-857), a host by the guest they welcome in their calling ("Julien Mercier reçoit l'agronome Clara Besson"),
  // and an academic by their university after the name ("prof. Marco Galli, Università di Bologna").
  if (end > 0 && REVIEW_HEADLINE.test(firstLine(text)) && PART_IN_REVIEW_AFTER.test(text.slice(end, end + 80))) return true;
  if (end > 0 && hostOfGuest(scan, end)) return true;
  if (end > 0 && UNIVERSITY_AFTER.test(text.slice(end, end + 60))) return true;
  // A party's candidate or member of office by the party's name right before or after the name ("Green Party candidate
  // Hannah Okafor", "Labour's Mark Feeney", "Artur Kozioł, kandydat Koalicji Obywatelskiej", "Annę Nowicką z PiS",
  // holdout-848): an election's or a council's people, as news names them.
  if (partyBeside(scan, at)) return true;
  // A candidate by the word right before the name, maybe its party between ("A candidata do PS, Filomena Carvalhais",
  // holdout-882), where the text tells of a public election: not a job's applicant, whom no election names.
  if (CANDIDATE_BEFORE.test(before) && textHas(scan, ELECTION_WORD)) return true;
  // A calling by its agent's ending after an article ("la pâtissière Camille Roux", "o economista Jorge …", "the
  // broadcaster Ian Rudd"), the name's work after it ("Ruth Okafor's second novel"), or a headline's name and its new
  // office ("Sophie de Wit nieuwe directeur van …").
  if (AGENT_BEFORE.test(before)) return true;
  if (end > 0 && WORK_OF_NAME_AFTER.test(text.slice(end, end + 60))) return true;
  // The headline's name opening it or after its comma, colon or dash ("Asl Toscana Sud Est, Marco Bellandi nuovo direttore
  // sanitario", holdout-869).
  const headlineName = at < firstLine(text).length && /^(?:[ \t#]*|[^\n]*[,:–—-][ \t]*)$/.test(text.slice(0, at));
  if (headlineName && end > 0 && NEW_OFFICE_AFTER.test(text.slice(end, lineEndOf(text, at)))) return true;
  // A public prize's winner in its sentence, where a jury or a festival awards it ("Nagrodę … otrzymała Ewa Majchrzak,
  // a za rolę męską – Adam Sikora"); not an office raffle's or a quiz's ("The first prize went to Anna Weber").
  const [sentenceStart, sentenceEnd] = sentenceAround(text, at);
  const sentence = text.slice(sentenceStart, sentenceEnd);
  if (PRIZE_WON.test(sentence) && memo(scan, 'prize-jury', () => textHas(scan, PRIZE_JURY))) return true;
  // A state's honour conferred in their sentence ("mit dem Bundesverdienstkreuz ausgezeichnet", "made an OBE", "décorée
  // de la Légion d'honneur", holdout-872): the state honours them for their public work.
  if (STATE_HONOUR.test(sentence) && HONOURED.test(sentence)) return true;
  // The office a gazette appoints them to ("é nomeada … para o cargo de diretora-geral …, a licenciada Maria …"), or a
  // public calling they are appointed to after the name in its sentence ("heeft … Femke van Loon benoemd tot
  // hoogleraar", "zur Professorin ernannt", holdout-786).
  if (!APPOINTMENT_WORD.test(sentence)) return false;
  if (GOVERNMENT_WORD.test(sentence) || OFFICE_OF.test(sentence)) return true;
  return scan.hits.some(
    (hit) => hit.start > at && hit.start < Math.min(sentenceEnd, at + 100) && PUBLIC_CALLING_FAMILIES.includes(hit.family),
  );
}
/** After a name's first word, its other words and the votes it won ("Koskinen 1 102 ääntä", "Weber 4.211 Stimmen"). */
const VOTES_AFTER =
  /^(?:[ \t]+\p{Lu}[\p{L}'’-]*)*[ \t]*[,:–-]?[ \t]+\d[\d  .,]*[ \t]*(?:votes|stimmen|voix|voti|votos|stemmen|głos\p{L}*|röster|stemmer|ääntä|hlas\p{L}*|szavazat\p{L}*|voturi|balsai|balsų|balsis|häält|ψήφοι|ψήφους|гласа|glasova|glasov)(?![\p{L}])/iu;
/** A list's item: its mark opening the line ("1. ", "2) ", "- ", "• "), then its words. */
const LIST_ITEM_LINE = /^[ \t]*(?:\d{1,3}[.)]|[-*•–])[ \t]+\S/u;
/** A list item's mark opening its line before a name: "1. ", "2) ", "- ", "• ". */
const LIST_ITEM_BEFORE = /^[ \t]*(?:\d{1,3}[.)]|[-*•–])[ \t]+(?:\p{Lu}[\p{L}'’.-]*[ \t]+)?$/u;
/** A label of candidates, its colon ending the line ("Candidati al consiglio comunale:", "Kandidaten:"). */
const CANDIDATES_LABEL =
  /(?<![\p{L}])(?:candidates?|candidati|candidats?|candidatos|candidatas|kandidaten|kandidatinnen|kandydaci|kandydatki|ehdokkaat|kandidater|kandidáti|jelöltek|candidații)(?![\p{L}])[^:\n]{0,50}:[ \t]*$/iu;
/** Whether the name at `at` opens a list's item under a candidates' label, the lines between all list items too. */
function candidateListItem(scan: TextScan, at: number): boolean {
  const { text } = scan;
  if (!LIST_ITEM_BEFORE.test(beforeOnLine(text, at)) || !textHas(scan, ELECTION_WORD)) return false;
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  for (let lines = 0; lines < 60 && lineStart > 0; lines++) {
    const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(previousStart, lineStart - 1);
    if (CANDIDATES_LABEL.test(line)) return true;
    if (!LIST_ITEM_LINE.test(line)) return false;
    lineStart = previousStart;
  }
  return false;
}
/**
 * A label and its colon, then names each followed by a comma or "and", maybe with a count after each ("Kokoomus: Pekka
 * Rantanen 1 244 ääntä, ", holdout-1199): the line before a list's later name.
 */
const LISTED_AFTER_LABEL = new RegExp(
  String.raw`^([^\n:]{2,60}:[ \t]*)(?:\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:${PARTICLE}[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,3}(?:[ \t]+\d[\d  .,]*(?:[ \t]+\p{Ll}+)?)?[ \t]*(?:[,;]|[ \t](?:and|und|et|e|y|en|i|és|ja|och|og|a)[ \t])[ \t]*)+$`,
  'u',
);
/**
 * An organisation's possessive ending the text before a name: a capitalised run with an acronym or an organisation's
 * word in it ("BBC Radio Cornwall's", "The Times's", "Acme Bank's"), not a person's ("Anna's").
 */
const ORGANISATION_POSSESSIVE_BEFORE =
  /(?<![\p{L}])(?=(?:\p{Lu}[\p{L}&.-]*[ \t]+){0,3}?(?:\p{Lu}{2,6}|Radio|Television|News|Times|Post|Herald|Journal|Gazette|Tribune|Guardian|Observer|Telegraph|Magazine|Review|Press|Bank|University|College|Council|Museum|Theatre|Theater|Gallery|Orchestra|Opera|Club|United|Group|Ltd|Foundation|Trust|Institute|Society|Association|Agency|Company)(?![\p{L}]))(?:\p{Lu}[\p{L}&.-]*[ \t]+){0,3}\p{Lu}[\p{L}&.-]*['’]s[ \t]+$/u;
/** A review's word in a headline ("Review: A Doll's House", "Rezension:", "Critique –", "Recensione", "Crítica"). */
const REVIEW_HEADLINE =
  /^[^\n]{0,40}?(?<![\p{L}])(?:review|(?:premieren|theater|opern|konzert|film|buch)?(?:rezension|kritik)|critique|recensione|crítica|reseña|recensie|recenzja|recensão)(?![\p{L}])/iu;
/** After a name in a review: the part it plays, by a possessive or as what it is ("'s Torvald", " is a restless, funny Nora."). */
const PART_IN_REVIEW_AFTER =
  /^(?:[ \t]+\p{Lu}[\p{L}'’-]*)*(?:['’]s[ \t]+\p{Lu}\p{Ll}+(?![\p{L}'’])|[ \t]+(?:is|ist|est|è|es|is|jest|é)[ \t]+(?:an?|eine?|une?|una?|een|um|uma)[ \t]+(?:[\p{Ll}-]+,?[ \t]+){0,4}\p{Lu}\p{Ll}+[ \t]*[.,;])/u;
/** Before a part's name in a review: its player's possessive, or "is a" and a few adjectives. */
const PART_NAME_IN_REVIEW_BEFORE =
  /(?:\p{Lu}[\p{L}'’-]*['’]s|(?<![\p{L}])(?:is|ist|est|è|es|jest|é)[ \t]+(?:an?|eine?|une?|una?|een|um|uma)[ \t]+(?:[\p{Ll}-]+,?[ \t]+){0,4})[ \t]*$/u;
/** A host's verb after the name, welcoming a guest ("reçoit", "welcomes", "empfängt", "ospita", "recibe", "gości"). */
const HOSTS_AFTER =
  /^(?:[ \t]+\p{Lu}[\p{L}'’-]*)*[ \t]+(?:reçoit|accueille|welcomes|hosts|empfängt|begrüßt|ospita|accoglie|intervista|recibe|entrevista|ontvangt|interviewt|gości|recebe)[ \t]+/u;
/** Whether the name ending at `end` hosts a guest named in their calling right after the host's verb. */
function hostOfGuest(scan: TextScan, end: number): boolean {
  const m = HOSTS_AFTER.exec(scan.text.slice(end, end + 60));
  if (!m) return false;
  const from = end + m[0].length;
  return PUBLIC_CALLING_FAMILIES.some((family) => hitBetween(scan, family, from, from + 24));
}
/** A university or an academy after the name and its comma ("prof. Marco Galli, Università di Bologna", "Dr. Ana Ruiz, University of Leeds"). */
const UNIVERSITY_AFTER =
  /^(?:[ \t]+\p{Lu}[\p{L}'’-]*)*[ \t]*(?:,|\()[ \t]*(?:(?:the|la|l['’]|die|der|de|het|a|o)[ \t]*)?(?:universit\p{L}*|uniwersytet\p{L}*|universidad\p{L}*|universidade|universiteit|hochschule|politecnico|politechnik\p{L}*|technische universität|academy|akademie|académie|accademia|academia|instituto|institut|istituto|college)(?![\p{L}])/iu;
/** Between a party's name and a name after it: its possessive, maybe a candidate's or an office's word. */
const PARTY_TO_NAME =
  /^(?:['’]s)?(?:[ \t]*:)?[ \t]+(?:(?:candidate|councillor|mp|mep|leader|kandidat(?:in)?|candidat(?:e)?|candidat[oa]|kandydat(?:ka)?|raadslid|gemeinderat|gemeinderätin|consigliere|concejal[a]?|vereador[a]?|radn[ya])[ \t]+)?$/iu;
/** Between a name (its first word's end) and a party's name after it: a bracket, "candidate of", "of the", "z", "van". */
const NAME_TO_PARTY =
  /^(?:[ \t]+\p{Lu}[\p{L}'’-]*)*(?:[ \t]*\([ \t]*|,[ \t]+(?:(?:the[ \t]+)?(?:candidate|kandydat(?:ka)?|kandydatk[ąi]|kandidat(?:in)?|candidat(?:e)?|candidat[oa]|kandidaat)[ \t]+(?:(?:of|for|der|des|de|du|del|della|di|do|da|van)[ \t]+(?:the[ \t]+|la[ \t]+|le[ \t]+)?)?)|[ \t]+(?:z|ze|of the|from the|van|van de|de la|del|della|da|do|dos|von der|der)[ \t]+)$/u;
/** British parties whose names are words too, capitalised before a name ("Labour's Mark Feeney", "Conservative councillor"). */
const BRITISH_PARTY_BEFORE =
  /(?<![\p{L}])(?:Labour|Conservatives?|Tory|Tories|Lib Dems?|Liberal Democrats?|Reform UK|Greens?|Independent)(?:['’]s)?[ \t]+(?:(?:candidate|councillor|MP|MEP|leader)[ \t]+)?$/u;
/**
 * Between a party's name and a name after it: a verb of putting someone forward, maybe an article and their calling
 * ("o PSD aposta na empresária Teresa Lacerda", "A coligação CDU apresenta o professor reformado Joaquim Matos",
 * holdout-1136; "the SPD nominates", "la CDU présente", "PiS wystawia").
 */
const PARTY_NOMINATES =
  /^[ \t]+(?:aposta(?:[ \t]+(?:em|n[ao]))?|apresenta|presenta(?:[ \t]+a)?|présente|candida|ricandida|nominates|nominated|puts forward|fields|nominiert|nominierte|wystawia|wystawił[ao]?|nomineert|nomineerde)(?:[ \t]+(?:the|die|den|der|le|la|l['’]|il|lo|el|o|a|al|de|het))?(?:[ \t]+\p{Ll}[\p{Ll}'’-]*){0,3}[ \t]+$/u;
/** Whether a party's name stands right before the name at `at`, or right after it as its candidate's or member's. */
function partyBeside(scan: TextScan, at: number): boolean {
  const { text } = scan;
  if (BRITISH_PARTY_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return true;
  const parties = scan.byFamily.get('special:political-opinion');
  if (!parties) return false;
  const wordEnd = text.indexOf(' ', at);
  return parties.some(
    (hit) =>
      (hit.end <= at && at - hit.end <= 40 && PARTY_TO_NAME.test(text.slice(hit.end, at))) ||
      (hit.end <= at && at - hit.end <= 60 && PARTY_NOMINATES.test(text.slice(hit.end, at))) ||
      (wordEnd > 0 && hit.start >= wordEnd && hit.start - wordEnd <= 60 && NAME_TO_PARTY.test(text.slice(wordEnd, hit.start))) ||
      // A ballot's or a declared result's line, its party after a dash where the text tells of a public election
      // ("BAKER, Susan Margaret – Green Party – 1,204 (elected)", holdout-1174).
      (wordEnd > 0 &&
        hit.start >= wordEnd &&
        hit.start - wordEnd <= 60 &&
        NAME_DASH_PARTY.test(text.slice(wordEnd, hit.start)) &&
        textHas(scan, ELECTION_WORD)),
  );
}
/** Between a name (its first word's end) and a party's name after it on a ballot's line: a dash. */
const NAME_DASH_PARTY = /^(?:[ \t]+\p{Lu}[\p{L}'’-]*)*[ \t]+[–—-][ \t]+$/u;
/** A candidate's word right before a name, its party or its list maybe between ("the Labour candidate,", "candidata do PS,"). */
const CANDIDATE_BEFORE =
  /(?<![\p{L}])(?:candidates?|kandidat(?:in)?|candidat(?:e)?|candidat[oa]|kandidaat|kandydat(?:ka)?)(?:[ \t]+(?:of|for|der|des|de|du|do|da|del|della|van|z|ze)(?:[ \t]+(?:the|la|le|il|el|o|a|het|l['’]))?[ \t]+[\p{L}'’-]+){0,2}[ \t]*,?[ \t]+$/iu;
/** A public election's word: a general, a local or a runoff one, not a club's vote. */
const ELECTION_WORD =
  /(?<![\p{L}])(?:elections?|election night|wahlen|bundestagswahl|landtagswahl|kommunalwahl|bürgermeisterwahl|europawahl|stichwahl|élections?|elezioni|ballottaggio|elecciones|verkiezingen|wybor(?:y|ach|ów)|eleições|autárquicas|legislativas|presidenciais|kuntavaalit|eduskuntavaalit|aluevaalit|riksdagsval|kommunalval|kommunalvalg|folketingsvalg|volby|voľby|választás\p{L}*|alegeri\p{L}*|rinkimai|rinkimų|vēlēšanas|vēlēšanu|valimised|εκλογές|εκλογών|избори|izbori|volitve)(?![\p{L}])/iu;
/** An article and a calling by an agent's ending right before a name: "-ist", "-ista", "-iste", "-ier(e)", "-ière", "-eur", "-euse", "-rice", "-tore", "-trice", "-caster". */
const AGENT_BEFORE =
  /(?<![\p{L}])(?:(?:the|der|die|den|dem|le|la|il|lo|el|de|het|o|a|al|del|dal|alla|della|dalla|ao|do|da|du|au|zum|zur|vom|beim)[ \t]+|(?:l|dell|dall|all|d)['’][ \t]*)(?:\p{Ll}+[ \t]+)?\p{Ll}{3,}(?:ist|ista|iste|istin|ier|ière|iera|iere|eur|euse|rice|tore|trice|caster|grapher)[ \t]+(?:\p{Lu}[\p{L}'’-]*[ \t]+)?$/iu;
/** A work of the name's after it ("'s second novel", "'s new album", "Strauss’ „Rosenkavalier“"). */
const WORK_OF_NAME_AFTER =
  /^(?:[ \t]+\p{Lu}[\p{L}'’-]*)*(?:['’]s?[ \t]+[„"«“]|['’]s[ \t]+(?:(?:new|latest|first|second|third|debut|final|last|acclaimed)[ \t]+)?(?:novel|book|album|film|play|exhibition|collection|memoir|poems|single|show|opera|symphony)(?![\p{L}]))/u;
/** A headline's new office after the name ("… nieuwe directeur van", "… new director of", "… neuer Intendant"). */
const NEW_OFFICE_AFTER =
  /^(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|de|van|von|der|da|di|del|dos))*[ \t]*[,:–-]?[ \t]+(?:(?:is|wird|devient|diventa|será|wordt|zostaje|é)[ \t]+)?(?:new|nieuwe?|neue[rs]?|nouveau|nouvelle|nuov[oa]|nuev[oa]|nov[oa]|now[ya])[ \t]+\p{L}+/iu;
/**
 * After a name, within its sentence: a post's words, "as" or "is" before the office taken or held, maybe "new" or an
 * article between ("… au poste de ▸directrice", "… en tant que ▸directrice", "… as the new ▸chief executive", "… is
 * ▸schrijver en columnist").
 */
const OFFICE_TAKEN_AFTER =
  /^[^.!?\n]{0,50}?(?<![\p{L}])(?:au poste de|à la fonction de|to the (?:post|office|position|role) of|alla carica di|al ruolo di|al puesto de|(?:para )?el cargo de|(?:para )?o cargo de|na stanowisko|en tant que|in qualità di|as|als|come|como|jako|som|is|ist|est|è|es|jest|é|er|är|wird|becomes|will become|devient|deviendra|diventa|diventerà|se convierte en|será|wordt|zostaje|zostanie|torna-se)[ \t]+(?:(?:the|its|new|ny|nye|nya|an?|een|ein|eine|une?|una?|um|uma|en|ett|et|la|le|l['’]|il|el|o|a|de|der|die|den|het|nouvelle|nouveau|nouvel|nuova|nuovo|nueva|nuevo|nieuwe|neue|neuen|neuer|nowy|nowa|nowego|nową|nova|novo)[ \t]+){0,2}/iu;
/** The office one is appointed to ("para o cargo de", "to the post of", "au poste de", "alla carica di", "na stanowisko"). */
const OFFICE_OF =
  /(?<![\p{L}])(?:(?:para )?o cargo de|(?:para )?el cargo de|to the (?:post|office|position) of|au poste de|à la fonction de|alla carica di|na stanowisko|à la présidence|to the presidency|zum (?:neuen )?vorsitzenden|zur (?:neuen )?vorsitzenden|zum (?:neuen )?präsidenten|zur (?:neuen )?präsidentin|alla presidenza|a la presidencia|tot voorzitter|na przewodnicząc\p{L}*|na prezesa|para a presidência|à presidência|(?:para |to |pour |per |a )?(?:presidir|chair|présider|presiedere|voorzitten|przewodniczyć))(?![\p{L}])/iu;
/** The polite titles of anyone, not a doctor's or a professor's. */
const HONORIFIC =
  /^(?:mr|mrs|ms|miss|mx|herr|herrn|frau|hr|fr|m|mme|mlle|monsieur|madame|sig|sig\.ra|sigra|signor|signora|sr|sra|srta|señor|señora|d|dª|dña|dhr|mevr|mw|pan|pani|pana|panu|panią|senhor|senhora|heer|meneer|mevrouw)\.?$/iu;
/** Whether the sentence at `at` reports someone's words: a quotation, a verb of saying or an attribution. */
function reportsWords(text: string, at: number): boolean {
  const [start, end] = sentenceAround(text, at);
  const sentence = text.slice(start, end);
  return /[«»"„“”]|(?:^|\n)[ \t]*[–—]/u.test(sentence) || SPEECH_VERB.test(sentence) || ATTRIBUTION.test(sentence);
}
/**
 * Whether a term of health stands in the sentence of a name (not its title's or calling's own words before it), where
 * the sentence reports no one's words: an illness told of that person. Not belief, opinion or membership, which an
 * office holder's office shows (a priest's, a mayor's party, a union's leader).
 */
function ownSpecial(scan: TextScan, match: Match): boolean {
  if (!scan.byFamily.has('special:health')) return false;
  const at = valueStart(scan.text, match);
  if (at < 0 || reportsWords(scan.text, at)) return false;
  return termsOfOwnSentence(scan, at, (family, hit) => family === 'special:health' && !carePlace(hit.phrase)).found;
}
/**
 * Whether a special category's term that `accept` takes stands in the sentence of the name at `at`, not among the
 * title's or the calling's own words before it ("cardioloog Rudolph Koster"); with the sentence's bounds.
 */
function termsOfOwnSentence(
  scan: TextScan,
  at: number,
  accept: (family: string, hit: Hit) => boolean,
): { found: boolean; start: number; end: number } {
  const { text } = scan;
  const [start, end] = sentenceAround(text, at);
  // The title before the name is their calling's, a clergyman's too ("Pfarrer Martin Lehner segnete", holdout-492), also
  // where `at` is the surname, past the given name ("Kinderärztin Dr. Ulrike ▸Sander", holdout-872).
  const lineBefore = beforeOnLine(text, at);
  const givenBefore = /\p{Lu}[\p{L}'’-]*[ \t]+$/u.exec(lineBefore)?.[0] ?? '';
  const titleStart =
    at -
    Math.max(
      PROFESSIONAL_BEFORE.exec(lineBefore)?.[0].length ?? 0,
      givenBefore
        ? (PROFESSIONAL_BEFORE.exec(lineBefore.slice(0, -givenBefore.length))?.[0].length ?? -givenBefore.length) +
            givenBefore.length
        : 0,
      CLERGY_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[0].length ?? 0,
    );
  // A care calling right before the name, maybe its titles and given name between, is theirs too ("Kinderärztin Dr.
  // Ulrike Sander", holdout-872).
  const calling = (hit: Hit) => hit.end <= at && CALLING_TO_NAME_GAP.test(text.slice(hit.end, at));
  const found = [...scan.byFamily].some(
    ([family, hits]) =>
      family.startsWith('special:') &&
      hits.some(
        (hit) =>
          hit.start >= start &&
          hit.start < end &&
          !(hit.start >= titleStart && hit.start < at) &&
          !calling(hit) &&
          // A surname that is a term too is the name's, here or where the text names them in full ("Inês Quaresma").
          !surnameAt(scan, hit.start) &&
          accept(family, hit),
      ),
  );
  return { found, start, end };
}
/** Between a calling and its holder's name: titles and maybe the given name ("Kinderärztin▸ Dr. Ulrike ▸Sander"). */
const CALLING_TO_NAME_GAP =
  /^[ \t]+(?:(?:dr|dra|drs|prof|pr|dott|dott\.ssa|lek|med|n\. med|dent|hab|mag|lic|mgr|ir|arch|avv|geom)\.?[ \t]+)*(?:\p{Lu}[\p{L}'’-]*[ \t]+)?$/iu;
/** Whose word a sentence reports: "according to", "volgens", "selon", "laut" … */
const ATTRIBUTION =
  /(?<![\p{L}])(?:according to|volgens|selon|d['’]après|secondo|según|segundo|według|zdaniem|laut|zufolge|nach angaben|led by|geleitet von|dirigée? par|guidat[oa] da|dirigid[oa] por|onder leiding van|pod kierunkiem|liderad[oa] por|advises|advise|urges|warns|recommends|expects|rät|raten|empfiehlt|warnt|conseille|recommande|appelle|consiglia|raccomanda|avverte|aconseja|recomienda|advierte|raadt|adviseert|waarschuwt|verwacht|radzi|zaleca|ostrzega|aconselha|recomenda|alerta)(?![\p{L}])/iu;
/** A verb of saying, anywhere in a sentence. */
const SPEECH_VERB = new RegExp(String.raw`(?<![\p{L}])(?:${SPEECH_VERBS})(?![\p{L}])`, 'iu');
/**
 * Whether a doctor's or a researcher's own sentence tells of a special category with no quotation and no verb of saying
 * in it ("Dr. Jan Nowak ist an Krebs erkrankt"): of themself, not of their work.
 */
function professionalsOwnSpecial(scan: TextScan): boolean {
  const { text } = scan;
  const untitled = new Set(namedAt(scan, true));
  for (const at of namedAt(scan, false)) {
    if (untitled.has(at)) continue;
    if (reportsWords(text, at)) continue;
    // The calling itself is no one's health ("cardioloog Rudolph Koster"), and a clergyman's religion in his own
    // sentence is his office ("Pfarrer Martin Lehner segnete das Fahrzeug", holdout-492): his health still counts.
    // Nor is the hospital or the emergency department they run ("responsabile del pronto soccorso", holdout-869).
    // Nor, where the text names everyone in their public capacity, a candidate's or an office holder's party or union
    // in their own sentence ("O atual vereador Rui Pimentel encabeça a lista do PS", holdout-1136), as specialBesideName
    // reads them: their public allegiance.
    const clergy = clergyTitled(text, at);
    const leaving = publicCapacityOnly(scan) ? PUBLIC_ALLEGIANCE_CATEGORIES : [];
    const { found, start, end } = termsOfOwnSentence(
      scan,
      at,
      (family, hit) =>
        !(clergy && family === 'special:religion') &&
        !runByItsOffice(scan, hit) &&
        !researchTopic(text, hit.start) &&
        !(leaving.length > 0 && PUBLIC_ALLEGIANCE.has(family)),
    );
    if (found || (!clergy && derivedSpecialTerms(scan, start, end, leaving) > 0)) return true;
  }
  return false;
}

/** A study's or a work's word and "on" before its topic, a few words maybe between ("research on", "trabajos sobre"). */
const RESEARCH_TOPIC_BEFORE =
  /(?<![\p{L}])(?:(?:research|studies|study|work|works|paper|papers|thesis)[ \t]+(?:on|into|about)|(?:forschung|forschungen|arbeiten|studien|studie)[ \t]+(?:zu|zur|zum|über)|(?:travaux|recherches?|études?)[ \t]+sur|(?:ricerch[ea]|studi|lavori)[ \t]+(?:su|sul|sulla|sui|sulle)|(?:trabajos?|investigaci(?:ón|ones)|estudios?)[ \t]+sobre|(?:onderzoek|studie)[ \t]+naar|(?:badania|prace)[ \t]+nad|(?:investigação|estudos?|trabalhos?)[ \t]+sobre)(?:[ \t]+[\p{L}'’-]+){0,3}[ \t]+$/iu;
/** Whether a special category's term at `start` is what a study or a work named before it in its sentence is about. */
function researchTopic(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const m = RESEARCH_TOPIC_BEFORE.exec(before);
  return m !== null && !/[.!?\n]/.test(before.slice(m.index));
}

/** Whether a clergyman's title stands before the name at `at`, or before its given name where `at` is the surname. */
function clergyTitled(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  return CLERGY_BEFORE.test(before) || CLERGY_BEFORE.test(before.replace(/\p{Lu}[\p{L}'’-]*[ \t]+$/u, ''));
}
/**
 * A newspaper's report: a headline alone on the first line, prose under it, and what reporters write — a quotation told
 * with its verb of saying, a review's or a portrait's word in the headline ("Recensione –", "PORTRAIT –"), or a crowd
 * counted. Those it
 * names (players, soloists, winners, a craftsman portrayed) it names for publication, as a press release does. Not a
 * message (a greeting, the writer speaking), not a record (its fields, its headings), and not an organisation's own news
 * of its colleagues, members or pupils, which a staff or a club newsletter writes for its own readers.
 */
function newsReport(scan: TextScan): boolean {
  return memo(scan, 'news-report', () => {
    const { text } = scan;
    if (!headlineFirst(scan)) return false;
    const first = firstLine(text);
    const body = text.slice(first.length);
    // An interview's questions and answers are its prose.
    const questionsAnswered = publicInterview(scan);
    if (!proseIn(body) && !questionsAnswered) return false;
    // A columnist writes in the first person.
    const column = columnByItsAuthor(scan);
    if (
      !(
        questionsAnswered ||
        column ||
        obituaryByLifeYears(scan) ||
        QUOTE_TOLD.test(body) ||
        QUOTE_AFTER_SPEAKER.test(body) ||
        (OTHER_QUOTE_TOLD.test(body) && otherLanguageOf(scan) !== '') ||
        REPORT_WORD.test(first) ||
        reviewByRating(scan) ||
        (RESULT_TOLD.test(text) && !CLUB_HEADLINE.test(first)) ||
        CROWD.test(text) ||
        reporterByline(body) ||
        newsDateline(scan) ||
        THESIS_DEFENDED.test(body) ||
        expertsOnly(scan) ||
        publicCapacityOnly(scan)
      )
    )
      return false;
    if (ownPeople(scan) || (body.match(FIELD_LINE) ?? []).length >= 2) return false;
    // An employer's word for judging one's work in the headline or a named person's sentence ("Performance concerns
    // about Tom Becker", "missed three deadlines", "Abmahnung"): an HR record told as a story (a probe).
    if (PERSONNEL_JUDGED.test(first) || personnelJudgedOfNamed(scan)) return false;
    // Someone's health, beliefs or membership told in a given name's sentence or the next ("… rutschte Maria Schulz aus
    // und kam ins Krankenhaus"): an incident's or a member's report, read as one, whatever its headline. A doctor's or a
    // researcher's sentence speaks of their work when it quotes them (holdout-579), of themself otherwise.
    if (specialBesideName(scan, true) || professionalsOwnSpecial(scan)) return false;
    // A word for one's family in apposition with a name ("la madre de acogida, Rosa Ortega", "Il papà Andrea"), or a
    // text marked confidential or internal ("Enquête interne sur …"): a case's, a family's or an inquiry's record, not a
    // newspaper's (probes).
    if (kinInApposition(scan) || hasConfidentialityMarker(scan)) return false;
    // A named resident by their house's number ("Gary Pearson at number 42 said …", holdout-535): a street's own update
    // to its residents, which a newspaper does not print.
    if (homeNumberOfNamed(scan)) return false;
    // A case's, a grievance's or a visit's record by its headline ("Seguimiento del caso de Daniel …", "Outcome of the
    // grievance raised by …", "Bilan de l'accompagnement de la famille Morel"): told as a story, still a record.
    // Not a court's case in the headline where everyone named stands in public capacity ("Supreme Court rules against
    // airline in refund case", holdout-786): a ruling's news, not a grievance's or a complaint's record.
    if (
      (CASE_HEADLINE.test(first) || (GERMAN_CASE.test(first) && languageOf(scan) === 'de')) &&
      !(COURT_HEADLINE.test(first) && publicCapacityOnly(scan))
    )
      return false;
    // A school's class or a youth team by its name ("la classe 5ª A", "aus der 7b", "JO11-1", "D-Jugend"): the children
    // a school's or a club's own report names (probes).
    if (MINORS_GROUP.test(text) || MINOR_AGE.test(text)) return false;
    // An obituary or a death's news that names who survives ("He is survived by his wife, Mary Carter", "Er hinterlässt
    // seine Frau Anna"): a death notice's living family, read as people.
    if (survivorsNamed(scan)) return false;
    // A greeting or a closing opening a line or a chat's turn ("Dear Anna,", "[10:02] Tom: Morning all", "Kind regards"),
    // not "on Friday morning" in a sentence (holdout-534).
    if (['salutation', 'closing'].some((family) => (scan.byFamily.get(family) ?? []).some((hit) => opensTurn(text, hit.start))))
      return false;
    if (recordHeadingOpensLine(scan)) return false;
    // Those quoted speak of themselves ("« Il me faut une journée », explique l'artisan"); the reporter does not.
    if (MAIL_FIRST_LINE.test(text) || greetsSomeone(scan)) return false;
    // A columnist's "I" and "we" are the column's.
    if (column) return true;
    const quotes = [
      ...quotations(scan),
      ...allMatches(DIALOGUE_LINE, text).map((m) => [m.index, m.index + m[0].length] as const),
      ...allMatches(DASH_QUOTE, text).map((m) => [m.index, m.index + m[0].length] as const),
    ];
    const quoted = (at: number) => quotes.some(([from, to]) => at > from && at < to);
    // Nor "we" outside a quotation: a school's, a club's or a family's own report ("Am Donnerstag waren wir mit den
    // Kindern …", a probe), which a reporter does not write.
    // Not Polish "we" ("we wtorek", in: holdout-848).
    // An interview's "we" is its reporters' ("Falámos com ela", "Wir haben mit ihm gesprochen"), and its answers speak in
    // the first person on the line after its question ("Como escolhe os livros que publica?\nLeio tudo …",
    // holdout-857), as quotations do.
    // A show's numbered episode in the headline ("Episode 87: Heat pumps in old houses", "Folge 12 – …"): its "we" is
    // its hosts' ("This week we talk to Dr. Ingrid Saarinen", holdout-1134), as an interview's is its reporters'.
    const interview = interviewHeadlineAtTop(text) || EPISODE_HEADLINE.test(first);
    const polish = languageOf(scan) === 'pl';
    if (!interview && textMatches(scan, WE_WORDS).some((m) => !quoted(m.index) && !(polish && /^we$/i.test(m[0])))) return false;
    const answer = (at: number) => interview && QUESTION_LINE_BEFORE.test(text.slice(Math.max(0, at - 400), at));
    return !firstPersonHits(scan).some((hit) => !quoted(hit.start) && !answer(hit.start));
  });
}
/**
 * A review's rating opening a line or a sentence: its word and a mark out of 5, 10 or 100 ("Voto: 8/10", "Note : 4 sur 5",
 * "Bewertung: 4 von 5", "Ocena: 7/10"), or its stars ("★★★★☆"), which end the headline too ("Review: The Glass Harbour,
 * Lyceum Studio ★★★★", holdout-955); not out of 20, a French school's mark ("Note : 16/20" under
 * a pupil's talk, holdout-148), unless a guide's price follows it on its line ("Savagnin ouillé 2023 : 17/20 – 24 €",
 * holdout-937).
 */
const REVIEW_RATING =
  /^[ \t#]*[^\n]{3,120}?[ \t][★]{1,5}☆{0,4}[ \t]*(?:\r?\n|$)|(?:^|\n|[.!?][ \t]+)[ \t]*(?:(?:voto|rating|our rating|note|notre note|bewertung|wertung|unsere wertung|cijfer|beoordeling|ocena|nota|puntuación|calificación|valoración|giudizio|verdict|verdetto|veredicto|oordeel|urteil|werdykt|score)[ \t]*:[ \t]*(?:\d{1,3}(?:[.,]\d)?[ \t]*(?:\/|su|sur|von|out of|de|van|na|z|em)[ \t]*(?:5|10|100)(?!\d)|[★⭐]{1,5}☆*)|[★]{1,5}☆{0,4}[ \t]*(?:\r?\n|$)|[^\n:]{1,80}:[ \t]*\d{1,3}(?:[.,]5)?[ \t]*\/[ \t]*(?:20|100)[ \t]*[–—-][ \t]*\d{1,4}(?:[.,]\d{1,2})?[ \t]*(?:€|eur)(?![\p{L}]))/iu;
/**
 * A review by its rating (REVIEW_RATING) and the work's word it reviews (a film, a novel, an album, a play …): not a
 * pupil's or a student's work marked (an essay, a talk, a paper: "Voto: 7/10" under "Correzione del tema"), nor a text
 * speaking to one reader as "tu", "du" or "ty", as a teacher's feedback does.
 */
function reviewByRating(scan: TextScan): boolean {
  const { text } = scan;
  if (!(REVIEW_RATING.test(text) && textHas(scan, REVIEWED_WORK)) || textHas(scan, SCHOOL_WORK)) return false;
  // French "du" is "of the", not German "you" (holdout-937's wine guide).
  const familiar = textMatches(scan, FAMILIAR_YOU);
  return !familiar.some((m) => m[0].toLowerCase() !== 'du' || languageOf(scan) !== 'fr');
}
/** The works a review rates. */
const REVIEWED_WORK =
  /(?<![\p{L}])(?:film|films|movie|novel|album|play|musical|opera|series|exhibition|concert|recording|documentary|filme?s?|roman|romans|theaterstück|inszenierung|ausstellung|konzert|serie|oper|pièce|exposition|spectacle|disque|documentaire|romanzo|spettacolo|mostra|concerto|disco|documentario|película|novela|obra|exposición|documental|voorstelling|tentoonstelling|plaat|powieść|spektakl|wystawa|koncert|płyta|serial|peça|exposição|espetáculo|documentário|wines?|vins?|cuvées?|weine?|vin[oi]|vinos|wijn|wijnen|wino|wina|vinhos?)(?![\p{L}])/iu;
/** A pupil's or a student's work a teacher marks: an essay, a talk, homework, a paper, a thesis. */
const SCHOOL_WORK =
  /(?<![\p{L}])(?:essay|homework|assignment|coursework|dissertation|thesis|aufsatz|hausarbeit|hausaufgabe|referat|facharbeit|exposé|devoir|rédaction|mémoire|tema|compito|verifica|interrogazione|tesina|redacción|trabajo|ejercicio|deberes|opstel|werkstuk|huiswerk|scriptie|spreekbeurt|wypracowanie|praca domowa|referat|redação|trabalho de casa|tpc)(?![\p{L}])/iu;
/** A familiar "you" to one reader, in the languages that have one: tu, ton, du, dein, ty, twój, teu … */
const FAMILIAR_YOU =
  /(?<![\p{L}])(?:tu|ton|tes|toi|tuo|tuoi|tú|tus|du|dein|deine|deinen|deinem|deiner|dich|dir|ty|twój|twoja|twoje|tobie|ciebie|teu|teus|jij|jouw)(?![\p{L}])/giu;
/** An employer's words for judging someone's work or conduct: performance, an appraisal, a warning, deadlines missed. */
const PERSONNEL_JUDGED =
  /(?<![\p{L}])(?:performance (?:concerns?|review|issues?|improvement plan)|appraisal|disciplinary|written warning|final warning|probation(?:ary)? review|missed (?:\p{L}+[ \t]+)?deadlines?|abmahnung|leistungsbeurteilung|mitarbeitergespräch|personalgespräch|probezeitgespräch|entretien (?:annuel|d['’]évaluation|préalable)|avertissement|mise à pied|procédure disciplinaire|richiamo disciplinare|provvedimento disciplinare|colloquio di valutazione|amonestación|expediente disciplinario|evaluación del desempeño|functioneringsgesprek|beoordelingsgesprek|officiële waarschuwing|upomnienie|nagana|ocena okresowa|processo disciplinar|avaliação de desempenho)(?![\p{L}])/iu;
const PERSONNEL_JUDGED_ALL = new RegExp(PERSONNEL_JUDGED.source, 'giu');
/** Whether PERSONNEL_JUDGED's words stand in a named person's sentence. */
function personnelJudgedOfNamed(scan: TextScan): boolean {
  return textMatches(scan, PERSONNEL_JUDGED_ALL).some((m) => namedInSentence(scan, m.index));
}
/** An interview's word heading the text before a colon or a dash ("Entrevista: «…»", "Interview –", "Wywiad:"). */
const INTERVIEW_HEADLINE =
  /^[ \t#>]*(?:interview|entrevista|intervista|entretien|wywiad|interviu|rozhovor|haastattelu|intervju|interjú|συνέντευξη|интервю|pogovor|razgovor|intervija|pokalbis|intervjuu)[ \t]*(?:[:–—-]|(?:\([^)\n]{1,40}\))?[ \t]*\r?$)/iu;
/** An interview's formula heading the text: a number of questions to someone ("Trois questions à", "Drei Fragen an", "Q&A:"). */
const INTERVIEW_FORMULA =
  /^[ \t#]*(?:(?:two|three|four|five|six|seven|ten|deux|trois|quatre|cinq|zwei|drei|vier|fünf|due|tre|quattro|cinque|dos|tres|cuatro|cinco|twee|drie|vier|vijf|dwa|trzy|cztery|pięć|duas|três|quatro)[ \t]+(?:questions?|fragen|domande|preguntas|vragen|pytania|perguntas)[ \t]+(?:for|to|à|a|an|aan|do|para)|q[ \t]*&[ \t]*a|interview with|interview mit|interview met|entretien avec|intervista (?:a|con)|entrevista (?:a|con|com)|wywiad z|rozmowa z|rozmawiamy z|rozhovor se?|interviu cu|intervju med|interview med|im gespräch mit|conversation avec|conversazione con|conversación con|in gesprek met|conversa com|in conversation with)(?![\p{L}])/iu;
/** Whether a headline opens an interview, by its word or its formula. */
const interviewHeadline = (first: string): boolean => INTERVIEW_HEADLINE.test(first) || INTERVIEW_FORMULA.test(first);
/**
 * Whether an interview's headline opens the text, or stands under a newsletter's masthead on its first three lines
 * ("Zpravodaj obce Lipnice – prosinec 2026 / Rozhovor se starostou: …", holdout-910).
 */
/** A show's numbered episode, as REPORT_WORD reads it in a headline, in the eight languages and the EU's others. */
const EPISODE_HEADLINE =
  /(?<![\p{L}])(?:episode|épisode|episodio|episódio|folge|aflevering|odcinek|avsnitt|afsnit|jakso|epizod[ae]?|díl|epizóda|adás|episodul|епизод|επεισόδιο|osa|sērija|serija)[ \t]+\d{1,4}(?=[ \t]*(?:[:–—(-]|$))/iu;
const interviewHeadlineAtTop = (text: string): boolean =>
  topLines(text).some((line) => interviewHeadline(line.replace(/\r$/, '')));
/** A text's first three lines, leading blank lines aside, read from its first 1,000 characters. */
const topLines = (text: string): string[] => text.slice(0, 1000).trimStart().split('\n', 3);
/**
 * Whether an interview's formula opens the standfirst under a headline holding a quotation: the first non-empty line
 * after it («Costruire in legno …» / "Intervista a Stefano Rigoni, architetto, …", holdout-895).
 */
function interviewStandfirst(text: string, first: string): boolean {
  if (!/[«"“„‘]/u.test(first)) return false;
  const next = /^\r?\n(?:[ \t]*\r?\n)*([^\n]*)/.exec(text.slice(first.length))?.[1] ?? '';
  return INTERVIEW_FORMULA.test(next.replace(/\r$/, ''));
}
/** A question ending its line, maybe a dialogue's ("—¿Cómo llegó a la cocina?"). */
const ASKED_LINE = /^[^\n]{8,}\?[ \t]*$/gmu;
/**
 * A published interview: its word heading the text, two questions or more on lines of their own, and the first person
 * named in a public calling ("Entrevista: Nerea Etxeberria, chef del restaurante Itsaso", "Rozmawiamy z Tomaszem
 * Grabowskim, kapitanem reprezentacji", holdout-872). Not an exit or a return-to-work interview's notes, whose employee
 * holds no public calling.
 */
function publicInterview(scan: TextScan): boolean {
  return memo(scan, 'public-interview', () => {
    const { text } = scan;
    const first = firstLine(text);
    if (!(interviewHeadlineAtTop(text) || interviewStandfirst(text, first)) || (text.match(ASKED_LINE) ?? []).length < 2)
      return false;
    const named = namedAt(scan, false)[0];
    return named !== undefined && (inPublicCapacity(scan, named) || callingOpensNextParagraph(scan, named));
  });
}
/**
 * Whether the paragraph after the name's line opens with a public calling, an article maybe before it: an interview's
 * standfirst telling who the headline's speaker is ("Marta Echániz: «…» / La chef del restaurante Itsasondo …",
 * holdout-1129; "El chef guipuzcoano, al frente del restaurante …", holdout-989).
 */
function callingOpensNextParagraph(scan: TextScan, at: number): boolean {
  const { text } = scan;
  const lineEnd = lineEndOf(text, at);
  // Blank lines between, a reply's quote marks maybe before each.
  const next = /^(?:[ \t>]*\r?\n)+[ \t>]*/.exec(text.slice(lineEnd + 1, lineEnd + 40));
  if (!next) return false;
  const from = lineEnd + 1 + next[0].length;
  const end = from + (/^(?:\p{L}+[ \t]+)?\p{L}+/u.exec(text.slice(from, from + 40))?.[0].length ?? 0);
  for (let k = firstFrom(scan.hits, from); k < scan.hits.length; k++) {
    const hit = scan.hits[k] as Hit;
    if (hit.start >= end) break;
    if (PUBLIC_CALLING_FAMILIES.includes(hit.family)) return true;
  }
  return false;
}
/** A column's or an opinion piece's word heading the text before a bar, a colon or a dash ("Column | De trein van 7.42"). */
const COLUMN_HEADLINE =
  /^[ \t#]*(?:column|kolumne|glosse|kommentar|chronique|billet|éditorial|editoriale|rubrica|columna|tribuna|felieton|crónica|crônica|coluna|opinie|opinion|opinión|opinião|opinione|meinung)[ \t]*[:|–—-]/iu;
/**
 * A newspaper's column, by its word in the headline, and everyone it names in a public calling (its columnist's line:
 * "Maartje Visser is schrijver en columnist van deze krant", holdout-872): its first person is the columnist's.
 */
function columnByItsAuthor(scan: TextScan): boolean {
  return (COLUMN_HEADLINE.test(firstLine(scan.text)) && allInPublicCapacity(scan, namedAt(scan, false))) || postByItsAuthor(scan);
}
/** An author's byline on a line of its own: "by", "di", "von", "Autor:" …, a name of two to four words, a comma and their role. */
const AUTHOR_BYLINE =
  /^[ \t*_]*(?:[Bb]y|[Vv]on|[Pp]ar|[Dd]i|[Pp]or|[Dd]oor|[Pp]rzez|[Dd]e|(?:[Aa]uthor|[Aa]utor|[Aa]utorin|[Aa]uteur|[Aa]utrice|[Aa]utore|[Aa]utora)[ \t]*:)[ \t]+\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3}[ \t]*,[ \t]+[^\n]{3,80}$/mu;
/**
 * A post or an article by its author alone: a byline with the author's role under the headline, within its first three
 * lines, and no one named but the author ("Come abbiamo ridotto i consumi del magazzino / di Stefano Rizzardi,
 * responsabile energia di Logistica Emiliana", holdout-885): an organisation's blog publishes it as a paper prints a
 * column, its "we" the author's.
 */
function postByItsAuthor(scan: TextScan): boolean {
  const { text } = scan;
  const first = firstLine(text);
  const head = text.slice(first.length).split('\n', 5).join('\n');
  const byline = AUTHOR_BYLINE.exec(head);
  if (!byline) return false;
  // A role after the comma, not a date (a dated byline is `byline`'s); not minutes' writer nor a message's, though a
  // column under its word writes as one ("Column: …\n\nDoor Geertje Holtrop, wethouder cultuur …", holdout-887).
  if (
    /\d/.test(byline[0]) ||
    MINUTES_TITLE.test(first) ||
    (aMessage(scan) && !COLUMN_HEADLINE.test(first)) ||
    recordHeadingOpensLine(scan)
  )
    return false;
  const from = first.length + byline.index;
  const to = from + byline[0].length;
  // No one named outside the byline (its own name may read as its company's, before "Sp. z o.o.", holdout-902).
  return namedAt(scan, false).every((at) => at >= from && at < to);
}
/** Whether someone is named at `named` and everyone there in a public capacity (inPublicCapacity). */
const allInPublicCapacity = (scan: TextScan, named: readonly number[]): boolean =>
  named.length > 0 && named.every((at) => inPublicCapacity(scan, at));
/** Life years ending a headline ("Sir Edward Linley, conductor, 1937–2026"): an obituary's or an encyclopedia's. */
const LIFE_YEARS_HEADLINE = /(?<!\d)(?:1[89]|20)\d\d[ \t]*[–—-][ \t]*(?:19|20)\d\d[ \t)]*$/u;
/** A death's words in a sentence: "has died", "died", "ist gestorben", "est mort", "è morto", "ha muerto" … */
const DIED = new RegExp(
  String.raw`(?<![\p{L}])(?:${DEATH_HEADLINE}|died|verstorben|décédée?|deceduto|deceduta|fallecid[oa]|zmarł[a]?|morreu)(?![\p{L}])`,
  'iu',
);
/**
 * An obituary: a name and a public calling in the headline before its life years, and the death told below ("Sir Edward
 * Linley, conductor, 1937–2026 … has died aged 89", holdout-872). Who survives them reads as people (survivorsNamed).
 */
function obituaryByLifeYears(scan: TextScan): boolean {
  const { text } = scan;
  const first = firstLine(text);
  if (!LIFE_YEARS_HEADLINE.test(first) || !DIED.test(text.slice(first.length))) return false;
  return allInPublicCapacity(
    scan,
    namedAt(scan, false).filter((at) => at < first.length),
  );
}
/** A question ending the line before the one at the text's end: an interview's answer follows it. */
const QUESTION_LINE_BEFORE = /\?[ \t]*\r?\n[^\n]*$/;
/**
 * A child's or a teenager's age as news writes it ("Fourteen-year-old Maya", "die 12-jährige Lea", "de 14 años", "âgée
 * de 9 ans", "14-letni"; not a span of years, "durante 10 años"): by the label policy, a minor named in a report is a person's data (a probe).
 */
const MINOR_AGE =
  /(?<![\p{L}\d])(?:(?:[1-9]|1[0-7])|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)-year-old(?![\p{L}])|(?<![\p{L}\d])(?:[1-9]|1[0-7])(?:-jährige\p{L}*|[ \t]+jahre alt|-letni\p{L}*|[ \t]+jaar oud|-jarige)(?![\p{L}])|(?<![\p{L}])(?:de|di|âgée?s?)[ \t]+(?:[1-9]|1[0-7])[ \t]+(?:ans|anni|años|anos)(?![\p{L}])/iu;
/**
 * Whether a school's class or a youth team is named right after a role's word, a preposition or two between ("élève de
 * 6e B", "pupil in Year 4", "Schüler aus der 7b", "uczeń z klasy 3b").
 */
function classNamedAfter(text: string, at: number): boolean {
  const after = text.slice(at, at + 40);
  const group = MINORS_GROUP.exec(after);
  return group !== null && /^[ \t]+(?:\p{Ll}{1,6}['’]?[ \t]*){1,3}$/u.test(after.slice(0, group.index));
}
/** A school's class or a youth team by its designation: "5ª A", "2º B", "aus der 7b", "CM1", "5e B", "JO11-1", "U12", "D-Jugend". */
const MINORS_GROUP =
  /(?<![\p{L}\d])(?:\d{1,2}[ªº][ \t]?[A-F]|CE[12]|CM[12]|\d(?:e|ème)[ \t]+[A-F]|JO\d{1,2}(?:-\d)?|MO\d{1,2}(?:-\d)?|U[ -]?(?:[6-9]|1[0-4])|[A-G]-(?:Jugend|Junior(?:en|innen)?)|(?:[Kk]lasse|[Cc]lasse|[Cc]lass|[Kk]lasa|[Gg]roep|[Cc]lase|[Tt]urma|[Jj]ahrgangsstufe|[Yy]ear)[ \t]+\d{1,2}(?:[ \t]?[a-fA-F]|[ªº°][ \t]?[A-F]?)?)(?![\p{L}\d])|(?<![\p{L}])(?:der|in der|aus der)[ \t]+\d{1,2}[a-f](?![\p{L}\d])|(?<![\p{L}])(?:[Jj]eugd(?:team|elftal)?|pupilles|poussins|benjamins|minimes|alevines?|infantiles|giovanissimi|esordienti|pulcini|orliki|żacy|żaki|trampkarze|młodzicy|escolinhas?)(?![\p{L}])/u;
/** A court by its name in a headline: "Supreme Court", "Bundesgerichtshof", "Cour de cassation", "tribunale", "rechtbank". */
const COURT_HEADLINE =
  /(?<![\p{L}])(?:court|tribunal|tribunale|tribunais|gericht|cour|corte|rechtbank|hof|supremo|cassazione|cassation)(?![\p{L}])|(?:gerichtshof)(?![\p{L}])|(?<![\p{L}])(?:sąd|trybunał)/iu;
/** German's "Fall" (a case), not English's verb ("Waiting lists fall for third month", holdout-586). */
const GERMAN_CASE = /(?<![\p{L}])fall(?:es)?(?![\p{L}])/iu;
/** A headline's words that title a case's, a complaint's or a home visit's record rather than a newspaper's story. */
const CASE_HEADLINE =
  /(?<![\p{L}])(?:case|caso|cas|zaak|sprawa|sprawie|follow-up|seguimiento|suivi|acompanhamento|monitoraggio|opvolging|verlauf|grievance|complaint|beschwerde|réclamation|plainte|reclamo|queja|klacht|skarga|reclamação|queixa|outcome|hearing|anhörung|audition|audiencia|hoorzitting|przesłuchanie|bilan|accompagnement|home visit|hausbesuch|visite à domicile|visita domiciliaria|visita domiciliare|huisbezoek|wizyta domowa|visita domiciliária|vorfall|zwischenfall|incident|incidente|incidencia|voorval|incydent|family|familie|famille|famiglia|familia|família|gezin|rodzin\p{L}*)(?![\p{L}])/iu;
/** Whether only markup, or a chat's speaker and time and a colon, stand before `at` on its line. */
function opensTurn(text: string, at: number): boolean {
  return /^[ \t>#*_-]*$|^[^\n]{0,60}:[ \t]*$/.test(beforeOnLine(text, at));
}
/**
 * Whether a record's label or heading opens its line ("Aanwezig:", "Übergabe", "Protokoll"), not the same word in a
 * sentence ("bei der Übergabe vor rund 150 Gästen"): minutes and notes, which no published reading holds for.
 */
/** A count alone after an attendance's word, to its line's end: ": 2,114", " 18 000". */
const ATTENDANCE_COUNTED = /^[ \t]*:?[ \t]*\d{1,3}(?:[.,  ]?\d{3})*[ \t]*\.?[ \t]*$/;
function recordHeadingOpensLine(scan: TextScan): boolean {
  return memo(scan, 'record-heading-opens-line', () => {
    const { text } = scan;
    // Not an attendance that is a count ("Attendance: 2,114" closing a match report, holdout-885): a crowd, no list.
    const counted = (hit: Hit) =>
      hit.family === 'attendees' && ATTENDANCE_COUNTED.test(text.slice(hit.end, lineEndOf(text, hit.start)));
    for (const family of ['name-key', 'attendees', 'record-heading', 'note-heading', 'case-file'])
      if ((scan.byFamily.get(family) ?? []).some((hit) => /^[ \t>#*-]*$/.test(beforeOnLine(text, hit.start)) && !counted(hit)))
        return true;
    return false;
  });
}
/**
 * Whether a term of health, belief or membership, of the word lists or of the readings beyond them (`derivedSpecialTerms`),
 * stands in the sentence of someone named (`namedAt`), or in the next one where a pronoun or an article and a role opens
 * it ("Sie wurde ins Klinikum gebracht", "El cliente … permanece ingresado"): what a published reading must not make
 * weak. With `professionalsAside`, names a title or a calling stands before do not count.
 */
/** A list's mark, then up to six words of a title, up to a term. */
const LISTED_TITLE_BEFORE = /^[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+(?:[\p{L}\d'’&-]+[ \t]+){0,6}$/u;
/** After a title's term: its other words, then "by", "von", "de" … and the author's given name and surname. */
const CREDITED_AFTER =
  /^[\p{L}\d'’&-]*(?:[ \t]+[\p{L}\d'’&-]+){0,6}?[ \t]+(?:by|von|de|di|door|przez|por|par)[ \t]+\p{Lu}\p{Ll}+[ \t]+\p{Lu}/u;
/** Whether the term at `start`–`end` stands in a work's title on a list's line, its author credited after it. */
function titleOfCreditedWork(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return LISTED_TITLE_BEFORE.test(text.slice(lineStart, start)) && CREDITED_AFTER.test(text.slice(end, end + 80));
}
function specialBesideName(scan: TextScan, professionalsAside = false): boolean {
  return memo(scan, professionalsAside ? 'special-beside-untitled-name' : 'special-beside-name', () => {
    const { text } = scan;
    const named = namedAt(scan, professionalsAside);
    if (named.length === 0) return false;
    for (const [family, hits] of scan.byFamily) {
      if (!family.startsWith('special:')) continue;
      for (const hit of hits) {
        // A clergyman's office before his name is his calling, told of him as the mayor's is ("Pfarrer Martin Lehner
        // segnete das Fahrzeug").
        if (CLERGY_TITLE.test(text.slice(hit.start, hit.end)) && /^[ \t]+\p{Lu}/u.test(text.slice(hit.end, hit.end + 3)))
          continue;
        // A surname that is a term too, right after a given name ("Duarte Mesquita"): the name's, as the terms read it.
        if (givenNameBefore(text, hit.start) || surnameNamedElsewhere(text, hit.start, () => surnamesAnyWord(scan, hit.start)))
          continue;
        // A hospital its office holder runs ("nuevo gerente del Hospital Comarcal", holdout-862): their workplace.
        if (runByItsOffice(scan, hit)) continue;
        // A work's title on a list's line, its author credited after it ("- The Drowned Parish by Martin Leckie",
        // holdout-895): the title's word.
        if (titleOfCreditedWork(text, hit.start, hit.end)) continue;
        // An organisation's name ending in a term ("from the Thames Valley Air Ambulance", holdout-873): no one's.
        if (family === 'special:health' && endsOrganisationName(text, hit)) continue;
        // What someone's research or work is about ("por sus trabajos sobre resistencia a antibióticos", holdout-1175).
        if (researchTopic(text, hit.start)) continue;
        // A party or a union beside candidates, office holders and their peers, where the text names everyone in their
        // public capacity ("La candidata socialista Marta Villalobos ha sido la más votada", holdout-785): their public
        // allegiance, which a report on an election or a strike is about. Not their health, which stays theirs.
        if (professionalsAside && PUBLIC_ALLEGIANCE.has(family) && publicCapacityOnly(scan)) continue;
        const [start, end] = sentenceAround(text, hit.start);
        const [before] = start > 1 && opensWithReference(scan, start) ? sentenceAround(text, start - 2) : [start];
        if (named.some((at) => at >= before && at < end)) return true;
      }
    }
    // A body part hurt, a medicine's dose, a baby on the way … in a named person's sentence ("Lea Braun hat sich leider am
    // Knie verletzt", a probe), which no word list holds. Each reading reads the whole text and counts what starts in the
    // range: asked once of the whole text first, as most texts have none. A vote or a candidacy read so is a public
    // allegiance as a party's name is, where everyone is named in their public capacity ("A candidata do PS, Filomena
    // Carvalhais, venceu as eleições", holdout-882).
    if (derivedSpecialTerms(scan, 0, text.length) === 0) return false;
    const leaving = professionalsAside && publicCapacityOnly(scan) ? PUBLIC_ALLEGIANCE_CATEGORIES : [];
    const sentences = new Set<string>();
    for (const at of named) {
      const [start, end] = sentenceAround(text, at);
      const key = `${start}:${end}`;
      if (sentences.has(key)) continue;
      sentences.add(key);
      if (derivedSpecialTerms(scan, start, end, leaving) > 0) return true;
    }
    return false;
  });
}
/** The special categories a public life shows: a politician's party, a union leader's union. */
const PUBLIC_ALLEGIANCE_CATEGORIES: readonly SpecialCategory[] = ['political-opinion', 'trade-union'];
const PUBLIC_ALLEGIANCE = new Set(PUBLIC_ALLEGIANCE_CATEGORIES.map((category) => `special:${category}`));
/**
 * Where the text names someone: its given names and, where a surname followed one, that surname again alone ("Il
 * carrellista Luca Ferri … «…», racconta Ferri, che è stato visitato dal medico", a probe of the newspaper's reading),
 * as reports name the same person again. With `professionalsAside`, not those a title or a calling stands right before
 * ("Prof. Dr. Markus Henning", "la gerente del sector sanitario, Dra. Carmen Ruiz", "la professoressa Chiara
 * Lunardi"): a hospital's or a university's press release names its doctors and researchers beside their work's words.
 */
function namedAt(scan: TextScan, professionalsAside: boolean): readonly number[] {
  return memo(scan, professionalsAside ? 'named-at-untitled' : 'named-at', () => {
    const { text } = scan;
    // A given name that is a word too counts where a known surname follows it ("Mette Kjeldsen", holdout-582).
    const ambiguous = (scan.byFamily.get('given-name-ambiguous') ?? []).filter(
      (g) => text[g.end] === ' ' && hitsAt(scan, g.end + 1).some((h) => h.family === 'surname'),
    );
    const surnameAfter = (g: Hit) => {
      SURNAME_AFTER.lastIndex = g.end;
      return SURNAME_AFTER.exec(text)?.[1];
    };
    // Not a word written with an umlaut no given name is spelt with (Finnish "Jäiden", of ice, is no "Jaiden",
    // holdout-999), as the name rules skip it.
    // Nor a place's or a building's name ("la médiathèque Jacques Demy", holdout-1174).
    const all = [...(scan.byFamily.get('given-name') ?? []), ...ambiguous].filter(
      (g) =>
        !INSTITUTION_AFTER.test(text.slice(g.end, g.end + 40)) &&
        !umlautWord(text, g.start, g.end) &&
        !namedBuilding(scan, g.start),
    );
    // A clergyman's title counts as a calling's here ("Father Michael Kane will celebrate the Advent carol service",
    // holdout-864): his church's words beside his name are his office's.
    const titled = (g: Hit) =>
      PROFESSIONAL_BEFORE.test(beforeOnLine(text, g.start)) ||
      partOfPlaceName(scan, g.start) ||
      CLERGY_BEFORE.test(text.slice(Math.max(0, g.start - 40), g.start));
    // … nor the same name where a title or a calling stands before it elsewhere (a headline's "Francesca Bellini nuova
    // direttrice della Cardiologia" over "la dottoressa Francesca Bellini", holdout-843).
    const nameOf = (g: Hit) => `${fold(text.slice(g.start, g.end))} ${surnameAfter(g) ?? ''}`;
    const titledNames = professionalsAside ? new Set(all.filter(titled).map(nameOf)) : new Set<string>();
    const given = professionalsAside ? all.filter((g) => !titled(g) && !titledNames.has(nameOf(g))) : all;
    const surnames = new Set<string>();
    for (const g of given) {
      const surname = surnameAfter(g);
      if (surname) surnames.add(surname);
    }
    const found = given.map((g) => g.start);
    for (const surname of surnames)
      for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1))
        if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + surname.length] ?? '')) found.push(at);
    return found;
  });
}
/** Whether the word right before `at` is an institution's or a street's ("la médiathèque ▸Jacques Demy", "rue ▸Victor Hugo"). */
function namedBuilding(scan: TextScan, at: number): boolean {
  const m = /([\p{L}'’-]+)[ \t]+$/u.exec(scan.text.slice(Math.max(0, at - 32), at));
  if (!m) return false;
  const start = at - m[0].length;
  return hitsAt(scan, start).some(
    (hit) => (hit.family === 'institution' || hit.family === 'street') && hit.end === start + (m[1] as string).length,
  );
}
/** An institution named after someone, its word joined on ("Robert ▸Koch-Institut", "Ernst ▸von Bergmann-Klinikum"). */
const INSTITUTION_AFTER =
  /^(?:[ \t]+\p{Lu}[\p{L}'’]*){1,2}-(?:institut|stiftung|klinik|klinikum|krankenhaus|universität|schule|gymnasium|zentrum|haus|preis|museum)(?:e?s)?(?![\p{L}])/iu;
/**
 * A title or a calling before a name, maybe with what it is of and a comma, and the name's first words: a doctor's, a
 * researcher's, an official's ("Prof. Dr. Markus Henning" for "Henning" too).
 */
const PROFESSIONAL_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:dr|dra|drs|prof|pr|dott|dott\.ssa|lek|ing)\.?(?:[ \t]+(?:med|n\. med|dent|hab)\.?)*|(?<![\p{L}])(?:professor(?:in)?|professeure?|professoressa|professore|profesora?|professora|doctor|docteur|doktor|dottor(?:e|essa)?|médecin|medic[oa]|médic[oa]|lekarz|lekarka|ärztin|arzt|hausärztin|hausarzt|huisarts|onkolog\p{L}*|psychiatr\p{L}*|psiquiatra|cardiolog\p{L}*|diabetolog\p{L}*|pediatr\p{L}*|pédiatre|gyn(?:a)?ecolog\p{L}*|gynécologue|ginecolog\p{L}*|neurolog\p{L}*|oncolog\p{L}*|epidemiolog\p{L}*|épidémiologiste|virolog\p{L}*|immunolog\p{L}*|cardioloog|neuroloog|oncoloog|gynaecoloog|viroloog|epidemioloog|immunoloog|psychiater|kinderarts|longarts|chefarzt|chefärztin|oberarzt|oberärztin|consultant|surgeon|chirurg\p{L}*|physician|researcher|forscher(?:in)?|chercheu(?:r|se)|ricercat(?:ore|rice)|investigador[a]?|onderzoeker|gerente|director[a]?|directeur|directrice|direttore|direttrice|diretora?|direktor(?:in)?|dyrektor\p{L}*|leiter(?:in)?|spokesperson|sprecher(?:in)?|porte-parole|portavoz|portavoce|woordvoerder|rzeczni(?:k|czka)|porta-voz|segretari[oa] (?:generale|provinciale|regionale|nazionale|confederale|territoriale)|secrétaire (?:générale?|nationale?|fédérale?|départementale?|confédérale?)|secretari[oa] (?:general|provincial|regional|nacional|confederal)|(?:general|national|regional) secretary|secretary general|(?:coordenador(?:a)?|coordinador(?:a)?|coordinat(?:ore|rice)|coordinator|presidente|président(?:e)?|president|chair(?:man|woman)?|vorsitzende[r]?|voorzitter|przewodnicząc[ya]|líder|leader|dirigente|secretary|sekretär(?:in)?)[ \t]+(?:do|da|del|della|de la|du|de|of the|der|van de|van het)[ \t]+(?:sindicato|sindacato|syndicat|union|trade union|gewerkschaft|vakbond|związku)|generalsekretär(?:in)?|(?:bundes|landes)vorsitzende[r]?|algemeen secretaris|sekretarz generaln\p{L}*|secretári[oa][ -]geral|${GOVERNMENT_OFFICES}|${LOCAL_OFFICES})(?:[ \t]+[\p{L}.'’-]+){0,6}?)[ \t]*,?[ \t]+(?:\p{Lu}[\p{L}'’-]*[ \t]+){0,2}$`,
  'iu',
);
/**
 * A word for one's family: whom it names beside it is a private person, however public the text's subject. "Mann" and
 * "Frau", "man" and "vrouw" only after a possessive ("mit ihrem Mann Georg", a probe). No alternation inside an entry:
 * KIN_APPOSITION splits the list at its bars.
 */
const KIN_WORDS = String.raw`daughter|son|wife|husband|partner|mother|father|tochter|sohn|ehefrau|ehemann|mutter|vater|fille|fils|épouse|époux|mari|femme|mère|père|figlia|figlio|moglie|marito|madre|padre|hija|hijo|esposa|esposo|marido|dochter|zoon|echtgenote|moeder|vader|córk\p{L}*|syn|syna|synem|żon\p{L}*|mąż|męża|matk\p{L}*|ojc\p{L}*|filha|filho|mulher|mãe|pai|ihre[mnr]?[ \t]+mann|seine[mnr]?[ \t]+frau|meine[mnr]?[ \t]+frau|meine[mnr]?[ \t]+mann|haar[ \t]+man|zijn[ \t]+vrouw|mijn[ \t]+man|mijn[ \t]+vrouw`;
const KIN_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${KIN_WORDS})(?![\p{L}])`, 'giu');
/**
 * A note of one contact with someone, by its heading's words in the EU languages: a call's or a counter's note, a
 * helpline's record ("Call notes – travel insurance helpline", "Telefonnotiz Servicecenter", "Fiche d'appel", "Notatka z
 * rozmowy", "Registo de atendimento", "Samtalsanteckning", "Puhelumuistio", "Záznam hovoru", "Hívásjegyzet", holdout-968
 * and -970; "Resoconto telefonata", "Resumen de la llamada", "Belverslag", "Resumo da chamada", holdout-980).
 */
const CONTACT_NOTE_HEADING =
  /(?<![\p{L}])(?:call (?:notes?|log|records?|sheet|summary|memo)|call-?back (?:notes?|summary)|resoconto (?:della )?(?:telefonata|chiamata)|resumen (?:de )?(?:la )?llamada|resumo (?:da |de )?(?:chamada|atendimento)|belverslag|telefoonverslag|(?:tele)?phone (?:notes?|memo|message)|contact (?:notes?|record)|fiche (?:d['’]appel|de contact|contact)|notes? d['’]appel|compte[ -]rendu d['’]appel|journal des appels|note téléphonique|nota (?:telefonica|della chiamata|chiamata|di contatto)|appunto telefonico|registro (?:delle )?chiamate|scheda (?:della )?chiamata|registro de (?:llamadas|atención|atendimento|chamadas?)|(?:nota|ficha) de (?:llamada|atención|atendimento|chamada)|nota telefónica|gespreksverslag|notatka (?:z rozmowy|telefoniczna|ze zgłoszenia)|rejestr rozmów|registo (?:de )?(?:atendimento|chamadas?)|samtals(?:anteckning|logg|notering)|telefonanteckning|opkalds(?:log|notat)|telefonnotat|samtalenotat|puhelu(?:muistio|merkintä)|puhelinmuistio|soittomuistio|záznam (?:z )?(?:hovoru|telefonátu)|telefonní záznam|not[ăa] (?:de )?apel|not[ăa] telefonic[ăa]|fi[șş]a apelului|fi[șş][ăa] apel|hívás(?:jegyzet|napló|feljegyzés)|telefon(?:jegyzet|feljegyzés)|bilješka o (?:pozivu|razgovoru)|zapis(?:ek)? (?:o )?klica|σημείωση κλήσης|αρχείο κλήσεων|бележка (?:от|за) (?:разговор|обаждане)|kõne(?:märge|logi|märkmed)|skambučio (?:užrašai|pastaba)|zvana piezīme)(?![\p{L}])|(?:(?:telefon|gesprächs|anruf|kontakt)(?:notiz|vermerk|protokoll)|(?:contact|telefoon|gesprek|bel)(?:s)?notitie)(?![\p{L}])/iu;
/**
 * Whom a contact's note tells of, in the eight languages: a role's word (a caller's among them), kin's or a third
 * person's pronoun, an age.
 */
const CONTACT_PERSON = new RegExp(
  String.raw`(?<![\p{L}])(?:${SUBJECT_ROLE}|${KIN_WORDS}|she|he|his|her|him|elle|lui|lei|ella|él|ele|ela|hij|zij|haar|ona|jej|jego)(?![\p{L}])|${AGE}`,
  'iu',
);
/**
 * A case's client and their kin in the EU's other languages, as social services' records name them ("klienten",
 * "borgeren", "Mor er indlagt", "Beneficiarul", "Η ωφελούμενη", "a kisebbik gyermek", holdout-982).
 */
// biome-ignore format: a word table reads best packed
const OTHER_CLIENT_AND_KIN = [
  'klient', 'klienten', 'klienter', 'borgeren', 'mor', 'far', 'modern', 'fadern', 'mamman', 'pappan', 'dotter',
  'dottern', 'sonen', 'maken', 'frun', 'datter', 'datteren', 'sønnen', 'konen', 'äiti', 'äidin', 'isä', 'isän', 'tytär',
  'hänellä', 'hänen', 'klientovi', 'klientce', 'matka', 'otec', 'dcera', 'dcéra', 'manžel', 'manželka', 'syn',
  'gyermek', 'gyermeke', 'gyerek', 'az anya', 'az apa', 'férje', 'felesége', 'fia', 'lánya', 'ellátott', 'gondozott', 'beneficiarul', 'beneficiara',
  'beneficiarului', 'mama', 'tatăl', 'fiica', 'fiul', 'soțul', 'soția', 'ωφελούμενη', 'ωφελούμενος', 'ωφελούμενου',
  'ωφελούμενης', 'μητέρα', 'πατέρας', 'κόρη', 'γιος', 'σύζυγος', 'stranka', 'majka', 'otac', 'kći', 'suprug',
  'supruga', 'mati', 'oče', 'hči', 'mož', 'майка', 'баща', 'дъщеря', 'съпруг', 'съпруга', 'ema', 'isa', 'tütar',
  'poeg', 'abikaasa', 'māte', 'tēvs', 'meita', 'dēls', 'sieva', 'motina', 'tėvas', 'dukra', 'sūnus', 'žmona',
].join('|');
/** … in the EU's other languages: OTHER_LANGUAGE_PERSON's words, a caller's and a client's. */
const OTHER_CONTACT_PERSON = new RegExp(
  String.raw`(?<![\p{L}])(?:${OTHER_LANGUAGE_PERSON_WORDS.join('|')}|coleg|colegă|pædagog|pædagoger|pedagog|pedagogen|lærer|lärare|hennes|hans|hendes|hänen|jeho|její|njegov|njezin|pappa|mamma|spelaren|målvakten|soittaja|helistaja|volající|volajúci|klientka|klientky|hívó|pozivatelj|klicatelj|apelantul|καλών|zvanītājs|skambintojas|asiakkaan|${OTHER_CLIENT_AND_KIN})(?![\p{L}])`,
  'iu',
);
/**
 * A meeting's minutes in the EU's other languages by their heading's word ("Protokoll arbetsplatsträff", "Referat af
 * personalemøde", "Pöytäkirja", "Zápis z porady", "Jegyzőkönyv", "Proces-verbal", "Zapisnik", "Πρακτικά", holdout-975):
 * read as a contact's note is (the eight languages' minutes are records, RECORD_HEADING_WORD).
 */
const OTHER_MINUTES_HEADING =
  /(?<![\p{L}])(?:protokoll|protokol|protokolas|protokols|referat|pöytäkirja|zápis|zápisnica|jegyzőkönyv|proces-verbal|zapisnik|zapisnika|πρακτικά|протокол)(?![\p{L}])/iu;
/**
 * A case's record in the EU's other languages by its heading's word: a social worker's journal note, a home visit's or
 * an inquiry's record, a client's file note ("Journalanteckning", "Notat fra hjemmebesøg", "Asiakaskertomus", "Záznam z
 * šetření v domácnosti", "Környezettanulmány", "Raport de anchetă socială", "Έκθεση κοινωνικής έρευνας", "Bilješka o
 * razgovoru", holdout-982), of a talk or a referral at work ("Återgångssamtal", "Kehityskeskustelu", "Beutaló",
 * holdout-984), an incident's report ("Incidentrapport – Björkhagaskolan", holdout-988), or a shift's report or
 * handover ("Yövuoron raportti", "Műszakátadás", "Raport de tură", "Αναφορά βάρδιας", "Primopredaja smjene",
 * "Dagsanteckning", holdout-995): read as a contact's note is, where a date stands at its top.
 */
const OTHER_CASE_RECORD_HEADING =
  /(?<![\p{L}])(?:hembesök|utredning|hjemmebesøg|indberetning|kotikäynti|kotikäynnin|selvitys|šetření|šetrenia|šetrenie|úřední záznam|úradný záznam|környezettanulmány|feljegyzés|családlátogatás|anchet[ăa] social[ăa]|raport|not[ăa] de constatare|έκθεση|σημείωμα|υπόμνημα|αναφορά|bilješka|zabilješka|službena bilješka|izvješće o|zaznamek|uradni zaznamek|poročilo o obisku|доклад|социален доклад|бележка|kodukülastus|märgukiri|apmeklējuma piezīme|pažyma|lankymo ataskaita|rozhovor|rozhovoru|razgovor|pogovor|beszélgetés|megbeszélés|beutaló|vestlus|pokalbis|saruna|discuți[ae]|συνέντευξη|vahinkoilmoitus|tapahtumailmoitus|poikkeamailmoitus|záznam o úrazu|záznam o úraze|hlášení|baleseti jegyzőkönyv|izvješće o događaju|zapisnik o nezgodi|poročilo o dogodku|ziņojums|incidento ataskaita|předávací|odovzdávacia|primopredaja|směn[ay]|tur[ăa]|smjen[ae]|izmen[ae]|смяна|vahetus|maiņa|pamaina)(?![\p{L}])|(?:anteckning|anteckningar|notat|kertomus|muistio|raportti|samtal|samtale|keskustelu|rapport|rapportering|átadás)(?![\p{L}])|(?<![\p{L}])(?:intsidendi|műszak|βάρδι)|vuoro/iu;
/** A date's field in the EU's other languages opening a line: "Datum: 2026-12-03", "Dátum: 2026.12.03.", "Ημερομηνία: …". */
const OTHER_DATE_FIELD = new RegExp(
  `^[ \\t]*(?:datum|dato|päivämäärä|pvm|dátum|data|ημερομηνία|дата|kuupäev|datums)[ \\t]*:[ \\t]*(?:${DATE})(?![\\d])`,
  'iu',
);
/** A date on a line, no digit beside it ("Datum: 2026-11-24", "24. 11. 2026", "2026.11.25."). */
const DATE_IN_LINE = new RegExp(`(?<![\\d])(?:${DATE})(?![\\d])`, 'u');
/**
 * A special category's term in a contact's note (or another EU language's minutes, OTHER_MINUTES_HEADING), its sentence
 * or the two before it in its paragraph telling of someone (the caller, their kin, a third person; "Caller is the
 * policyholder's daughter … Her father (78) was admitted to hospital", "Klient, mężczyzna w wieku ok. 50 lat, prosi … Od
 * sierpnia jest na zwolnieniu lekarskim po zawale serca", holdout-968): a note of one contact tells of the one it was
 * with. Not a sentence about anyone, nor a made-up case or a report. A note's head at the text's top, or below it at a
 * paragraph's start with its date (a case file's notes one after another, a record below pages of other text: of the
 * 230 personal texts of holdout-960 … -998 after 80 KB of public text, 79 read public before, 31 since); each note's
 * terms are read up to the next one's head.
 */
function* contactNotes(scan: TextScan): Iterable<Match> {
  if (!anySpecial(scan)) return;
  const { text } = scan;
  // Whether the text is in another EU language: asked only where a line might head another language's record (the
  // language costs more than the headings' words).
  let inOtherKnown: boolean | undefined;
  const inOther = () => {
    inOtherKnown ??= otherLanguageOf(scan) !== '';
    return inOtherKnown;
  };
  // The records' heads: the text's top, and below it a paragraph's first lines that head a record with its date (a case
  // file's notes one after another, a note below pages of other text, which may be in another language than the text's
  // start): where its head and its body start, and whether it is written in another EU language.
  const heads: Array<{ head: number; body: number; other: boolean }> = [];
  // No head after the last special category's term: it would head no term.
  const lastTerm = specialHits(scan).reduce((last, hit) => Math.max(last, hit.start), -1);
  for (const at of [0, ...allMatches(BLANK_LINE, text).map((m) => m.index + m[0].length)]) {
    if (at > lastTerm) break;
    // A case record's word heads it in another EU language only where a date stands at its top: a record of one day's
    // visit or talk, not a report of the year. So does every record's below the text's top (read first there, after
    // its first line's length: the headings' words are many).
    const dated = () =>
      text
        .slice(at, at + 400)
        .split('\n', 8)
        .some((line) => DATE_IN_LINE.test(line));
    if (at > 0) {
      // A head's first line is short, as a heading is (most paragraphs open with a line of prose), and dated: every head
      // below the text's top is dated past this point.
      const lineEnd = text.indexOf('\n', at);
      if (lineEnd < 0 || lineEnd - at > 100 || !dated()) continue;
    }
    const top = text
      .slice(at, at + 300)
      .split('\n', 4)
      .filter((line) => line.trim() !== '');
    let other: boolean | undefined;
    const otherHere = () => other ?? inOther();
    let found = top.slice(0, 2).find((line) => recordHeading(line, otherHere));
    if (found === undefined && at > 0) {
      const candidate = top.slice(0, 2).find((line) => recordHeading(line, () => true));
      if (candidate !== undefined && !inOther() && otherLanguageOfText(text.slice(at, at + 4000)) !== '') {
        found = candidate;
        other = true;
      }
    }
    if (at === 0 && found !== undefined && !noteHeading(found, otherHere) && !dated()) continue;
    // In another EU language, a record whose heading's word no list holds is one by its date's field at the text's top
    // ("Hoitosuunnitelma / Päivämäärä: 3.12.2026", "Gondozási terv / Dátum: 2026.12.03.", a probe of eight care plans):
    // a form's date, which news and notices do not label so. Its body starts below that line.
    const dateField = () => {
      const line = top.slice(0, 3).find((l) => OTHER_DATE_FIELD.test(l));
      return line !== undefined && otherHere() ? line : undefined;
    };
    const heading = found ?? (at === 0 ? dateField() : undefined);
    // The heading's words are no one's ("Klantcontactnotitie", "customer helpline"): the body starts below them.
    if (heading !== undefined) heads.push({ head: at, body: text.indexOf(heading, at) + heading.length, other: otherHere() });
  }
  if (heads.length === 0 || madeUpCase(scan) || reportCase(scan)) return;
  for (let i = 0; i < heads.length; i++) {
    const { body, other } = heads[i] as (typeof heads)[number];
    const recordEnd = heads[i + 1]?.head ?? text.length;
    const person = other ? OTHER_CONTACT_PERSON : CONTACT_PERSON;
    for (const [family, hits] of scan.byFamily) {
      if (!family.startsWith('special:')) continue;
      for (const hit of hits) {
        if (hit.start < body || hit.start >= recordEnd) continue;
        const [start, end] = sentenceAround(text, hit.start);
        // Words of anyone's before the term ("If the caller mentions a stroke") or after it, but one person's modal verb
        // after it, which is theirs ("porque él tiene párkinson avanzado y ya no puede firmar", holdout-980); nor anyone
        // by their pronoun ("whether anyone with diabetes can …").
        if (
          anyoneSentence(scan, start, hit.start) ||
          !singleModalsOnly(text, hit.end, end, other) ||
          ANYONE_PRONOUN.test(text.slice(start, end))
        )
          continue;
        // Within the term's paragraph: past a blank line another one tells of someone else, or of no one.
        const paragraph = Math.max(body, paragraphAround(text, start)[0]);
        let from = start;
        for (let k = 0; k < 2 && from > paragraph + 1; k++) from = Math.max(paragraph, sentenceAround(text, from - 2)[0]);
        const m = person.exec(text.slice(from, end));
        if (!m) continue;
        yield { type: 'person-number', value: m[0], confidence: 0.7, index: from + m.index };
        return;
      }
    }
  }
}
/**
 * A contact's note's heading, or (`other`: whether the text is in another EU language, asked after the words) another EU
 * language's minutes' or log's: a record by its word alone.
 */
const noteHeading = (line: string, other: () => boolean) =>
  CONTACT_NOTE_HEADING.test(line) || ((OTHER_MINUTES_HEADING.test(line) || OTHER_LANGUAGE_LOG_WORD.test(line)) && other());
/** … or another EU language's case record's, on a line short enough to be a heading. */
const recordHeading = (line: string, other: () => boolean) =>
  line.length <= 100 && (noteHeading(line, other) || (OTHER_CASE_RECORD_HEADING.test(line) && other()));
/** A blank line, after which a record's head may stand inside a longer text. */
const BLANK_LINE = /\n[ \t]*\n/g;
/** Most heads below a text's top read again as documents of their own (classify.ts), each window. */
const MOST_HEADS_BELOW = 4;
/**
 * Where records stand below the text's top: a paragraph whose short first line (or its first two) heads a dated record —
 * minutes, a log, a contact's or a case's note — as `datedRecordHeading` and `contactNotes` read a text's top, up to
 * MOST_HEADS_BELOW of them. classify.ts reads each again as a document of its own from its head, for whom its top tells
 * of ("One of the forklift drivers on nights is off … after a hernia operation" under "Minutes – operations meeting,
 * 24/11/2026"): the same record after pages of other matter reads as it reads alone (of the 245 personal texts of
 * holdout-960 … -1002 after 80 KB of public text, 31 read public before, session 50).
 */
export function recordHeadsBelow(scan: TextScan): readonly number[] {
  const { text } = scan;
  const heads: number[] = [];
  for (const m of allMatches(BLANK_LINE, text)) {
    const at = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0 || lineEnd - at > 100 || lineEnd === at) continue;
    const top = text.slice(at, at + 400);
    const lines = top.split('\n', 8);
    // A contact's note is dated by its calls' times too ("Call notes – travel insurance helpline … 14:02 Inbound").
    const contact = lines.slice(0, 2).some((line) => line.length <= 100 && CONTACT_NOTE_HEADING.test(line));
    const dated = () => lines.some((line) => DATE_IN_LINE.test(line) || (contact && CLOCK_TIME.test(line)));
    // Any EU language's record heading: a record below other text may be in another language than the text's start.
    const heading = () => contact || lines.slice(0, 2).some((line) => recordHeading(line, () => true));
    if (datedRecordHeading(top) || (heading() && dated())) {
      heads.push(at);
      if (heads.length >= MOST_HEADS_BELOW) break;
    }
  }
  return heads;
}
/** A capitalised word, or a particle between two ("de", "y", "von"), joined by a space or a hyphen. */
const RUN_WORDS = String.raw`[\p{Lu}][\p{L}'’.]*|de|del|di|da|y|e|von|van|der|la|le`;
const RUN_WORD = new RegExp(RUN_WORDS, 'uy');
/** The same word ending the text before a name, its space or hyphen after it. */
const RUN_WORD_BEFORE = new RegExp(`(?:${RUN_WORDS})[ -]$`, 'u');
/** [start, end) of the capitalised words run around `at` ("Premio Nacional de Investigación Ramón y Cajal"). */
function capitalisedRun(text: string, at: number): [number, number] {
  let start = at;
  for (;;) {
    const m = RUN_WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
    if (!m) break;
    start -= m[0].length;
  }
  let end = at;
  for (;;) {
    RUN_WORD.lastIndex = end;
    const m = RUN_WORD.exec(text);
    if (!m || /\p{L}/u.test(text[end + m[0].length] ?? '')) break;
    end += m[0].length;
    if (text[end] !== ' ' && text[end] !== '-') break;
    end += 1;
  }
  return [start, end];
}
/**
 * Whether a word for one's family stands anywhere in the text, read in the text's language: not French's "son" (his,
 * her: "son projet") nor Spanish's (they are), and "femme", "mulher" or "partner" only after a possessive ("sa femme",
 * not "une femme politique"; "her partner", not "a partner at the firm").
 */
function kinWordAnywhere(scan: TextScan): boolean {
  return memo(scan, 'kin-word-anywhere', () => {
    const { text } = scan;
    for (const m of textMatches(scan, KIN_WORD)) {
      const word = m[0].toLowerCase();
      if (word === 'son' && ['fr', 'es'].includes(languageOf(scan))) continue;
      if (AMBIGUOUS_KIN.has(word) && !POSSESSIVE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      return true;
    }
    return false;
  });
}
/** Kin words that are a woman's or anyone's word too. */
const AMBIGUOUS_KIN = new Set(['femme', 'mulher', 'partner']);
/** A possessive right before a word ("sa femme", "her partner", "minha mulher"). */
const POSSESSIVE_BEFORE =
  /(?<![\p{L}])(?:my|his|her|their|your|our|sa|ma|ta|leur|votre|notre|sua|minha|tua|nossa|mein|sein|ihr|unser|zijn|haar|mijn|jego|jej|mój|moja)[ \t]+$/iu;
/**
 * Whether a word for one's family stands in a given name's sentence ("Sa fille Emma est scolarisée …"): what an
 * appointment's notice or an encyclopedia's article must not make weak.
 */
function kinBesideName(scan: TextScan): boolean {
  // Not the kin word itself where it is a given name too.
  return memo(scan, 'kin-beside-name', () => givenNameInSentenceOf(scan, KIN_WORD, true));
}
/**
 * Whether a word for one's family stands beside someone named, in apposition: before a given name, a few lower-case words
 * between ("la madre de acogida, Rosa Ortega", "El padre biológico, Andrés Gil", "his wife Mary Carter", "Il papà
 * Andrea"), or after someone named in full and a comma ("Rosa Ortega, la madre"; not a novel's "Ada, figlia di un
 * barcaiolo" in a review). Not a grandfather a portrait's craftsman took his workshop from, nor a film's actor "nel
 * ruolo del padre".
 */
function kinInApposition(scan: TextScan): boolean {
  return memo(scan, 'kin-in-apposition', () => {
    const { text } = scan;
    // A given name that is a word too counts after a kin word, capitalised ("his wife Grace", holdout-538).
    const ambiguous = (scan.byFamily.get('given-name-ambiguous') ?? []).filter((g) => /^\p{Lu}/u.test(text[g.start] ?? ''));
    for (const g of [...(scan.byFamily.get('given-name') ?? []), ...ambiguous]) {
      const before = text.slice(Math.max(0, g.start - 60), g.start);
      // A story's character by her place in its family ("a personagem da avó, Rosa", holdout-586): no one's kin.
      // Not the French and Spanish "son" ("son premier prix à Théo Garnier", holdout-860: its, his; "are").
      const kin = KIN_BEFORE.exec(before);
      if (kin && !CHARACTER_BEFORE_KIN.test(before) && !(/^son(?![\p{L}])/u.test(kin[0]) && ROMANCE_SON.has(languageOf(scan))))
        return true;
      SURNAME_AFTER.lastIndex = g.end;
      if (SURNAME_AFTER.exec(text) && KIN_AFTER.test(text.slice(SURNAME_AFTER.lastIndex, SURNAME_AFTER.lastIndex + 40)))
        return true;
    }
    return false;
  });
}
/** A house's number right after a name: " at number 42", " from No. 7", " (nr 12)", " du n° 5", " vom Haus Nr. 3". */
const HOME_NUMBER_AFTER =
  /^(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2},?[ \t]+\(?(?:at|from|of|in|du|de|al|del|della|van|op|vom|aus|z|ze|do|da|no)?[ \t]*(?:(?:the[ \t]+)?house[ \t]+|haus[ \t]+)?(?:number|no\.|nr\.?|n[º°]|nummer|numéro|numero|número|numeru)[ \t]*\d{1,4}[a-zA-Z]?(?![\d\p{L}])/u;
/** Whether someone named by a given name is told with their house's number. */
function homeNumberOfNamed(scan: TextScan): boolean {
  const { text } = scan;
  return (scan.byFamily.get('given-name') ?? []).some((g) => HOME_NUMBER_AFTER.test(text.slice(g.end, g.end + 60)));
}
/** The languages whose "son" is no son: French's possessive, Spanish's "they are". */
const ROMANCE_SON = new Set(['fr', 'es']);
/**
 * A story's character's word before the kin word ("la personagem da avó", "il personaggio della nonna", "the character of
 * the grandmother"), or a part's an actor plays ("nel ruolo del padre", "in the role of the father", holdout-1170).
 */
const CHARACTER_BEFORE_KIN =
  /(?<![\p{L}])(?:personagem|personaggio|personaje|personnage|personage|character|figur|postać|ruolo|role|rolle|rôle|papel|rol|rola|roli|rollen)(?:[ \t]+\p{Ll}[\p{Ll}'’-]*){1,3},?[ \t]+$/iu;
/**
 * The words for one's family in apposition, a capital allowed first (German writes them so: "seine Tochter Anna"), with
 * the familiar ones ("papà", "mum", "oma"; not "papa", a pope in Italian and Spanish).
 */
const KIN_APPOSITION = [
  ...KIN_WORDS.split('|'),
  ...'mum|mom|dad|daddy|mummy|grandma|grandpa|grandmother|grandfather|brother|sister|mama|mutti|oma|opa|bruder|schwester|maman|mamie|papy|frère|sœur|mamma|papà|nonna|nonno|fratello|sorella|mamá|papá|abuela|abuelo|hermano|hermana|broer|zus|tata|babcia|dziadek|brat|siostra|avó|avô|irmão|irmã'.split(
    '|',
  ),
]
  .map((word) => `[${word[0]}${(word[0] as string).toUpperCase()}]${word.slice(1)}`)
  .join('|');
const KIN_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${KIN_APPOSITION})(?![\p{L}])(?:[ \t]+\p{Ll}[\p{Ll}'’-]*){0,3},?[ \t]+$`,
  'u',
);
const KIN_AFTER = new RegExp(String.raw`^[ \t]*,[ \t]+(?:\p{Ll}[\p{Ll}'’]*[ \t]+){0,2}(?:${KIN_APPOSITION})(?![\p{L}])`, 'u');
/** Whether a sentence telling who a death leaves behind names one of them (not "survived by her nephew and nieces"). */
const survivorsNamed = (scan: TextScan) => givenNameInSentenceOf(scan, SURVIVORS, false);
/**
 * Whether a given name stands in the sentence of a match of `pattern` (global), aside from a name the match's start
 * falls in where `asideFromMatch`.
 */
function givenNameInSentenceOf(scan: TextScan, pattern: RegExp, asideFromMatch: boolean): boolean {
  const { text } = scan;
  const given = scan.byFamily.get('given-name') ?? [];
  if (given.length === 0) return false;
  for (const m of allMatches(pattern, text)) {
    const [start, end] = sentenceAround(text, m.index);
    if (given.some((g) => g.start >= start && g.start < end && (!asideFromMatch || g.start > m.index || g.end < m.index)))
      return true;
  }
  return false;
}
/** Who a death leaves behind, as obituaries and death notices name them. */
const SURVIVORS =
  /(?<![\p{L}])(?:survived by|is survived|leaves (?:his|her|a) (?:wife|husband|partner|widow|widower|children|son|daughter|family)|hinterlässt|hinterläßt|in stiller trauer|laisse (?:derrière (?:lui|elle) )?(?:son|sa|ses)|lascia (?:la moglie|il marito|i figli|le figlie)|deja (?:a su|a sus|su|sus) (?:esposa|marido|mujer|hijos|hijas)|laat (?:zijn|haar) (?:vrouw|man|kinderen)|pozostawi\p{L}* (?:żonę|męża|dzieci|syna|córkę)|deixa (?:a mulher|o marido|a esposa|os filhos|as filhas))(?![\p{L}])/giu;
/** A clergyman's office, as it stands before his name. */
const CLERGY_TITLE =
  /^(?:pfarrer(?:in)?|pastor(?:in)?|pastoor|dominee|diakon|dekan|father|reverend|vicar|rector|don|padre|père|abbé|pater|ksiądz|proboszcz|parroco|párroco|pároco|rabbi|rabbiner|imam)$/iu;
/** Clergy titles that are a family's words too ("padre", "father", "père", "pater") or a dean's or a lord's ("don"). */
const KIN_CLERGY_TITLES = /^(?:padre|father|père|pater|don|dekan|rector)$/iu;
/** A sentence that opens with a person's pronoun, who the sentence before named. */
const PRONOUN_OPENS = /^(?:sie|er|he|she|elle|il|lei|lui|ella|él|zij|ze|hij|ona|on|ela|ele)(?![\p{L}])/iu;
/**
 * A sentence's opening with no subject, in Italian, Spanish, Portuguese, Romanian and Polish: an auxiliary and its verb
 * ("È stato trasportato", "Fue trasladado", "Foi levado", "A fost dus", "Został przewieziony"), maybe after a clause and
 * its comma ("Soccorso dai familiari, è stato trasportato").
 */
const SUBJECTLESS_OPENS =
  /^(?:\p{Lu}\p{Ll}{3,}(?:[ \t]+[\p{Ll}'’]+){0,4},[ \t]+)?(?:[Èè]|E['’]|[Ff]u|[Hh]a|[Vv]iene|[Vv]enne|[Ff]ue|[Ff]oi|[Aa] fost|[Zz]ostał[ao]?)[ \t]+(?:(?:stat[oa]|sido|fost)[ \t]+)?\p{Ll}{3,}/u;
/** A definite article opening a sentence, as before a role that names again whom the sentence before named. */
const ARTICLE_OPENS = /^(?:the|der|die|das|le|la|l['’]|il|lo|el|o|a|de|het)[ \t]+/iu;
/**
 * Whether the sentence at `start` opens with a pronoun or with an article and a person's role ("El cliente, de 67 años,
 * permanece ingresado …", a probe): someone the sentence before named.
 */
function opensWithReference(scan: TextScan, start: number): boolean {
  const { text } = scan;
  if (PRONOUN_OPENS.test(text.slice(start, start + 8))) return true;
  // A sentence with no subject of its own, as the languages that drop it go on about whom the sentence before named
  // ("Soccorso dai familiari, è stato trasportato … con una frattura", holdout-538; "Fue trasladado al hospital").
  if (SUBJECTLESS_OPENS.test(text.slice(start, start + 32))) return true;
  const article = ARTICLE_OPENS.exec(text.slice(start, start + 8));
  return article !== null && hitStartingAt(scan, ['person-role'], start + article[0].length);
}
/** "We" and "us" as written (not "US", "NOUS" in a title, nor Polish "My" opening a sentence with no verb to tell). */
const WE_WORDS = /(?<![\p{L}])(?:[Ww]e|[Ww]ir|[Ww]ij|[Nn]ous|[Nn]oi|[Nn]osotr[oa]s|[Nn]ós|us|uns|ons)(?![\p{L}])/gu;
/**
 * A sports result told: a verb of winning or beating, then in its sentence a time, a score, a medal or a title ("heeft …
 * de 1500 meter gewonnen … in 1.43,21", "venceu o Braga por 2-1", "pakt goud", holdout-875; "pokonali … 88:84",
 * holdout-923; "supera la Valmorellese 2-1", holdout-937), or whom the winner finished ahead of ("si è imposta, alla sua
 * seconda vittoria consecutiva, davanti a Elena Rigamonti", holdout-969), or, in Hungarian, the score before its verb
 * ("31–27-re legyőzte", holdout-972).
 */
const RESULT_TOLD =
  /(?<!\d)\d{1,2}[-:–]\d{1,2}-?(?:sieg|erfolg|win|victory|victoire|vittoria|victoria|vitória|zwycięstw\p{L}*|overwinning)(?![\p{L}])|(?<![\p{L}])(?:výh(?:ra|ře|ru|rou)|víťazstv\p{L}*|zmag[aiou]|pobjed[aeiu]|győzelm\p{L}*|victori[ae]\p{L}*|победа(?:та)?|νίκη|voito\p{L}*|voitto\p{L}*|võidu\p{L}*|võit|uzvar[āaēu]\p{L}*|pergal\p{L}*|seger(?:n)?|sejr(?:en)?)(?![\p{L}])[^.!?\n]{0,40}?(?<!\d)\d{1,2}[-:–]\d{1,2}(?!\d)|(?<!\d)\d{1,3}[-:–]\d{1,3}-(?:re|ra)[ \t]+(?:legyőzte|győzött|nyert|kikapott)(?![\p{L}])|(?<![\p{L}])(?:won|wins|gewann|gewinnt|gewonnen|siegte|a remporté|remporte|s['’]est imposée?|s['’]impose(?:nt)?|ont dominé|a dominé|ha vinto|vince|si è impost[oa]|ganó|gana|se impuso|venceu|vence|wygrał[a]?|zwyciężył[a]?|zdoby\p{L}*|wint|pakt|pakte|vandt|vann|beat|beats|defeated|besiegte|besiegt|schlug|bezwang|a battu|ont battu|bat|ha battuto|hanno battuto|batte|venció|vencieron|derrotó|derrotaron|versloeg|versloegen|klopte|pokonał[aoy]?|pokonali|pokonuje|wygrywa|wygrali|wygrały|derrotou|venceram|derrotaram|supera|superano|ha superato|superó|superou|goleia|golea|goleó|espugna|travolge|verslaat|schlägt|domine|voitti|voittivat|zvítězil[a]?|zvítězili|vyhrál[a]?|vyhráli|zvíťazil[a]?|zvíťazili|vyhral[a]?|vyhrali|nyert|győzött|legyőzte|a câștigat|au câștigat|a învins|au învins|pobijedi[ol]a?|pobijedili|zmagal[a]?|zmagali|premagal[a]?|laimėjo|nugalėjo|uzvarēja|võitis|võitsid|κέρδισε|νίκησε|спечели|победи)(?![\p{L}])[^.!?\n]{0,80}?(?:\d{1,2}[.,:]\d{2}(?:[.,]\d{1,2})?|(?<!\d)\d{1,2}[-:–]\d{1,2}(?!\d)|(?<![\p{L}])(?:gold|goud|médaille|medaglia|medalla|medalha|medaille|medal|złot\p{L}*|titel|title|titre|titolo|título|tytuł|ahead of|davanti a|devant|por delante de|à frente de)(?![\p{L}]))/iu;
/** A club's own word in a headline ("Tennis club ladder update", "Vereinsnachrichten"): its members' results, not news. */
const CLUB_HEADLINE =
  /(?<![\p{L}])(?:club|clubs|verein\p{L}*|vereins\p{L}*|circolo|associazione|asociación|vereniging|klub\p{L}*|clube|ladder|rangliste|league table of members)(?![\p{L}])/iu;
/**
 * A quotation opened by a dash after a sentence's end or at a paragraph's start and told by its verb after a comma, as
 * Nordic papers print them ("… tiltræder 1. marts. – Jeg glæder mig …, siger Mette Lund Sørensen", holdout-875; "– Vi har
 * gjort det här i små steg under tio år, säger ägaren Jonas Wikström", holdout-930).
 */
const DASH_QUOTE = new RegExp(
  String.raw`(?:[.!?…][ \t]+|^[ \t]*)[–—][ \t]+[^–—\n]{1,400}?,[ \t]+(?:${SPEECH_VERBS})(?![\p{L}])`,
  'gimu',
);
/** A line of dialogue, as Spanish, Portuguese and Polish print an interview's answers: a dash opens it. */
const DIALOGUE_LINE = /^[ \t]*[—–][^\n]*/gmu;
/**
 * A quotation, in any of the marks Europe's newspapers use, on one line or, opened by a typographic mark, wrapped over
 * the next lines of its paragraph (a text wrapped at a width, holdout-927: "„Inwoners hebben gekozen voor een partij die
 * dicht\nbij de dorpen staat. Dat gaan we waarmaken.\""); a straight quote, which code and tables write too, on one line,
 * or wrapped where it reads as prose: opening on a capital after a space or a colon and closing after a sentence's mark or
 * a comma ("\"Seagrass stores carbon … come\nback after a storm and others do not,\" said Professor Marchetti", holdout-969);
 * a single quote, as Dutch and British papers print one, wrapped as a typographic one, opening on a capital and closing after a letter or a
 * sentence's mark ("'Ik wilde altijd al terug naar mijn dorp'", holdout-937), not an elision's ("'s avonds", "auto's").
 */
const QUOTATION =
  /[«„“](?:[^«»„“”"\n]|\n(?![ \t]*\r?\n)){1,600}[»“”"]|"[^«»„“”"\n]{1,600}[»“”"]|(?<![^\s:(])"\p{Lu}(?:[^«»„“”"\n]|\n(?![ \t]*\r?\n)){1,600}[.!?,…]"|(?<![\p{L}\d])['‘]\p{Lu}(?:[^'‘’\n]|\n(?![ \t]*\r?\n)){1,400}?[\p{L}.!?,…]['’](?![\p{L}])/gu;
/** [start, end) of a text's quotations (QUOTATION), looked for once per text. */
const quotations = (scan: TextScan): readonly (readonly [number, number])[] =>
  memo(scan, 'quotations', () => allMatches(QUOTATION, scan.text).map((q) => [q.index, q.index + q[0].length] as const));

/** Which readings as published hold for a document's first window: its later windows have no first line to show them. */
export function publishedReadings(scan: TextScan): readonly string[] {
  return PUBLISHED_READINGS.filter(([, holds]) => holds(scan)).map(([key]) => key);
}

/**
 * Gives a later window of the same document the first window's readings as published, unless it greets someone: a
 * letter further on (a bundle of files, a thread pasted below) is read as a letter.
 */
export function carryPublished(scan: TextScan, keys: readonly string[]): void {
  if (keys.length === 0 || greetsSomeone(scan)) return;
  for (const key of keys) scan.memo.set(key, true);
}

/**
 * A public event's programme or a podcast's show notes: an event's word in the first line ("Nordic Grid Storage Summit
 * 2027 – Programme", "Episode 112 – … podcast") and what only a public audience is told (a fee, tickets, free entry,
 * "subscribe"). Its speakers, panellists, hosts and guests are named for publication, as a press release's people are;
 * an internal offsite's agenda charges no fee. A company's annual or sustainability report to its shareholders (or with
 * the management report only a company publishes), by its title in the first line, likewise names its officers (a
 * school's annual report names pupils, and has no shareholders), and so does its invitation to the general meeting.
 */
/** The management reports that only a company's annual accounts are titled with. */
const STATUTORY_REPORT =
  /(?<![\p{L}])(?:directors['’] report|strategic report|förvaltningsberättelse|ledelsesberetning|toimintakertomus|bestuursverslag|sprawozdanie zarządu|relazione sulla gestione)(?![\p{L}])/iu;
function publicEvent(scan: TextScan): boolean {
  return memo(scan, 'public-event', () => {
    const { text } = scan;
    const first = firstLine(text);
    // An invitation's or a programme's word alone on the first line: the event's title follows on the next lines
    // ("MEGHÍVÓ\n\nA … Egyesülete … meghívja Önt … konferenciájára").
    const titleEnd = INVITATION_LINE.test(first) ? lineEndAfter(text, first.length, 3) : first.length;
    const titled = (family: string) => (scan.byFamily.get(family)?.[0]?.start ?? titleEnd) < titleEnd;
    const company =
      scan.byFamily.has('shareholders') ||
      scan.byFamily.has('management-report') ||
      (BOARD_HEADING.test(text) && !textHas(scan, PUPIL_WORDS));
    // … or titled by a statutory management report's own name ("Förvaltningsberättelse – utdrag", holdout-1070); not a
    // "management report" or a "Lagebericht" (a situation report too), which internal reports are called.
    const report = (titled('corporate-report') && company) || (titled('management-report') && STATUTORY_REPORT.test(first));
    // A company's invitation to its shareholders' general meeting, by its heading in the first lines: published by law
    // with the candidates it proposes ("Einladung zur ordentlichen Hauptversammlung … Frau Dr. Claudia Hertel").
    const meeting =
      scan.byFamily.has('shareholders') && (scan.byFamily.get('general-meeting')?.[0]?.start ?? Number.POSITIVE_INFINITY) < 400;
    // A programme's times, or its speakers' heading on a line of its own ("I relatori", "Speakers"), or everyone named
    // credited or in their calling (a season's casts, holdout-833), with a public audience or the speakers' affiliations.
    // The event's word, or its speakers' in the title ("EuroData 2027 – confirmed speakers", holdout-833).
    const event =
      (titled('public-event') || SPEAKERS_IN_TITLE.test(first)) &&
      ((text.match(PROGRAMME_LINE) ?? []).length >= (scan.byFamily.has('public-audience') ? 2 : 3) ||
        SPEAKERS_HEADING.test(text) ||
        SPEAKERS_IN_TITLE.test(first) ||
        // A talk's speaker by their field ("Referentin: Dr. med. Ulrike Hansen, Diabetologin", holdout-1022).
        textHas(scan, SPEAKER_FIELD) ||
        publicCapacityOnly(scan)) &&
      (scan.byFamily.has('public-audience') || affiliatedSpeakers(text));
    // A message about an event or a report is neither; nor a family's or a wedding's programme by its title ("Agenda
    // cultural da família Silva", "Programma del matrimonio di Anna e Marco"). A conference's speakers beside its
    // health topics stay its speakers.
    if (event && !report && !meeting && PRIVATE_EVENT.test(first)) return false;
    return (report || meeting || event) && !aMessage(scan);
  });
}
/** A family's or a private celebration's programme by its title: a wedding's, a birthday's, a funeral's. */
const PRIVATE_EVENT =
  /(?<![\p{L}])(?:family|familie|famille|famiglia|familia|família|rodzin\p{L}*|gezin|wedding|hochzeit|mariage|matrimonio|boda|bruiloft|huwelijk|ślub\p{L}*|wesel\p{L}*|casamento|birthday|geburtstag|anniversaire|compleanno|cumpleaños|verjaardag|urodzin\p{L}*|aniversário|funeral|beerdigung|trauerfeier|funérailles|obsèques|funerale|esequie|entierro|begrafenis|pogrzeb\p{L}*|christening|taufe|baptême|battesimo|bautizo|doop|chrzest|batizado|communion|kommunion|comunione|comunión|communie|komunia|comunhão)(?![\p{L}])/iu;
/**
 * The speakers' word ending the title's line ("Konferencja „Cyfrowa szkoła 2027" – prelegenci", holdout-587), maybe with
 * a remark in brackets after it ("– Speakers (updated)", holdout-1184).
 */
const SPEAKERS_IN_TITLE =
  /[–—:-][ \t]*(?:the[ \t]+)?(?:\p{Ll}+[ \t]+)?(?:speakers|referent(?:inn)?en|intervenant(?:e|·e)?s|relatori|ponentes|sprekers|prelegenci|oradores|palestrantes)(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*$/iu;
/**
 * A talk's speaker or host by the label opening their line, their name after it ("Speaker: Dr Ulrike Hansen"), maybe
 * their calling in lower case before it ("Samtalsledare: bibliotekarie Johan Berg", holdout-1203); or an author's talk by
 * its kind ("Författarsamtal: Åsa Lindqvist"). The label opens its line or a sentence, as a paragraph runs on.
 */
const SPEAKER_FIELD =
  /(?:^|(?<=[.!?][ \t]))[ \t]*(?:speaker|author talk|book talk|författarsamtal|författarbesök|forfattersamtale|forfatterbesøg|forfattermøde|kirjailijavierailu|autorenlesung|lesung|lecture d['’]auteur|rencontre d['’]auteur|incontro con l['’]autore|encuentro con el autor|auteurslezing|spotkanie autorskie|autorské čtení|beseda|író-olvasó találkozó|guest speaker|referent(?:in)?|gastreferent(?:in)?|redner(?:in)?|intervenant(?:e)?|orat(?:eur|rice)|relat(?:ore|rice)|ponente|spreker|prelegent(?:ka)?|orador(?:a)?|palestrante|moderat(?:or|orin|rice|ora)|samtalsledare|föreläsare|talare|ordstyrer|foredragsholder|oplægsholder|puhuja|luennoitsija|juontaja|keskustelun vetäjä|přednášející|moderátor(?:ka)?|előadó|moderátor|prelegent|vorbitor|lektor(?:ius)?|pranešėjas|pranešėja|moderatorius|referents|esineja|ettekandja|ομιλητής|ομιλήτρια)[ \t]*:[ \t]*(?:(?:dr|prof|mr|mrs|ms|frau|herr|mme|m|sig\.ra|dott(?:\.ssa)?|dra?|pan|pani|sr|sra)\.?[ \t]+)*(?:\p{Ll}{4,20}[ \t]+)?\p{Lu}/imu;
/** A public event's speakers' heading alone on its line: its bios follow (holdout-511's "I relatori"). */
const SPEAKERS_HEADING =
  /^[ \t]*(?:#{1,3}[ \t]*)?(?:(?:the|our|die|les|i|gli|le|los|las|de|os|as)[ \t]+)?(?:speakers|keynote speakers|panellists|panelists|referent(?:inn)?en|redner(?:innen)?|intervenant(?:e|·e)?s|orateurs|relatori|relatrici|ospiti|ponentes|sprekers|prelegenci|prelegentki|oradores|palestrantes)[ \t]*:?[ \t]*$/imu;
/**
 * A board of directors' heading alone on its line, as a company's, a bank's or a credit union's annual report lists its
 * directors (not a club's "Vorstand", nor a school's governors, whose reports name members and pupils).
 */
const BOARD_HEADING =
  /^[ \t]*(?:board of directors|conseil d['’]administration|consiglio di amministrazione|consejo de administración|raad van bestuur|raad van commissarissen|rada nadzorcza|conselho de administração|aufsichtsrat)[ \t]*:?[ \t]*$/imu;
/** Pupils and students, whom a school's report names beside its board. */
const PUPIL_WORDS = new RegExp(
  String.raw`(?<![\p{L}])(?:${PUPILS}|students?|étudiants?|studenti|estudiantes|studenten|student\p{L}*|estudantes)(?![\p{L}])`,
  'iu',
);
/** A first line that is an invitation's or a programme's word alone. */
const INVITATION_LINE =
  /^\s*(?:meghívó|einladung|invitation|invito|invitación|uitnodiging|zaproszenie|convite|pozvánka|kutsu|inbjudan|invitație|invitasjon|invitationen|program|programme|programm|programma|programa)[ \t]*[:!.]?[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?$/iu;
/** Where the line ends that holds the `lines`-th non-empty line after `from`. */
function lineEndAfter(text: string, from: number, lines: number): number {
  let at = from;
  for (let n = 0; n < lines && at < text.length; ) {
    const end = text.indexOf('\n', at + 1);
    const line = text.slice(at, end < 0 ? text.length : end);
    if (line.trim()) n++;
    at = end < 0 ? text.length : end;
  }
  return at;
}
/** A university's, an institute's or an academy's word: a speaker's affiliation on a programme's line. */
const AFFILIATION =
  /(?<![\p{L}])(?:hospital|hôpital|ospedale|ziekenhuis|szpital\p{L}*|klinikum|chu|centre hospitalier|centro hospitalar|inserm|cnrs|universit\p{L}*|uniwersytet\p{L}*|universiteit|universidad|universidade|università|université|politechni\p{L}*|polytechni\p{L}*|hochschule|fachhochschule|hogeschool|institut\p{L}*|instytut\p{L}*|istituto|instituto|akademi\p{L}*|academ\p{L}*|government|regierung|gouvernement|governo|gobierno|regering|rząd\p{L}*|ministry|ministerium|ministère|ministero|ministerio|ministerie|ministerstw\p{L}*|ministério)(?![\p{L}])/iu;
/**
 * Two programme lines or more with an affiliation ("9:30 – Wykład – dr Katarzyna Wróbel, Uniwersytet Warszawski"):
 * speakers from the universities and institutes a public conference invites, as an internal agenda has none. Or
 * speakers from three organisations or more, each in brackets or after a comma behind a name in a programme's entry
 * (its time's line and the indented lines under it: "Prof. Martin Keller, ETH Zürich", "Panellists: Pieter van Dam
 * (Rijkswaterstaat), Elena Rossi (Banca Lombarda)", holdout-867) by an acronym or two words or more; not a team's or a
 * role's word, nor one word alone (an office's town), which an internal agenda puts there ("Anna Schmidt (HR)", "(Berlin)",
 * "Chair").
 */
function affiliatedSpeakers(text: string): boolean {
  let lines = 0;
  const organisations = new Set<string>();
  for (const m of allMatches(PROGRAMME_LINE, text)) {
    const lineEnd = text.indexOf('\n', m.index);
    if (AFFILIATION.test(text.slice(m.index, lineEnd < 0 ? text.length : lineEnd)) && ++lines >= 2) return true;
    let entryEnd = lineEnd < 0 ? text.length : lineEnd;
    while (entryEnd < text.length && /^\n[ \t]+\S/.test(text.slice(entryEnd, entryEnd + 40))) {
      const next = text.indexOf('\n', entryEnd + 1);
      entryEnd = next < 0 ? text.length : next;
    }
    for (const a of allMatches(NAME_THEN_AFFILIATION, text.slice(m.index, entryEnd))) {
      const written = (a[1] ?? a[2] ?? '').trim();
      const organisation = fold(written);
      if (ORGANISATION_SHAPE.test(written) && !TEAM_OR_ROLE.test(organisation)) organisations.add(organisation);
    }
  }
  return organisations.size >= 3;
}
/** A given name and a surname, then what they are of in brackets or after a comma at the line's end: "Pieter van Dam (Rijkswaterstaat)". */
const NAME_THEN_AFFILIATION =
  /\p{Lu}\p{Ll}[\p{L}'’-]*[ \t]+(?:(?:van|von|de|der|den|da|di|del|dos|du|le|la|ten|ter)[ \t]+){0,2}\p{Lu}[\p{L}'’-]+(?:[ \t]*\(([^()\n]{2,40})\)|,[ \t]+(\p{Lu}[^,;()\n]{1,40}?)[ \t]*(?=$|\r?\n))/gmu;
/** A team's, a department's or a role's word, folded, as an internal agenda names its speakers by (not an organisation). */
const TEAM_OR_ROLE =
  /^(?:hr|it|ops|operations|finance|finanzen|finances|finanza|finanzas|financien|finanse|financas|sales|vertrieb|ventes|vendite|ventas|verkoop|sprzedaz|vendas|marketing|legal|recht|juridique|legale|juridico|juridisch|dzial prawny|product|produkt|produit|prodotto|producto|produto|engineering|entwicklung|developpement|sviluppo|desarrollo|ontwikkeling|rozwoj|desenvolvimento|design|support|procurement|einkauf|achats|acquisti|compras|inkoop|zakupy|facilities|comms|communications?|kommunikation|comunicazione|comunicacion|communicatie|komunikacja|comunicacao|strategy|strategie|strategia|estrategia|risk|risiko|risque|rischio|riesgo|risico|ryzyko|risco|compliance|audit|tax|steuern|treasury|controlling|personal|personalabteilung|rh|drh|ressources humaines|risorse umane|recursos humanos|personeelszaken|kadry|logistics|logistik|logistique|logistica|logistiek|logistyka|board|vorstand|management|geschaftsfuhrung|direction|direzione|direccion|directie|zarzad|direcao|ceo|cfo|cto|coo|cio|chair|co-chair|moderator|moderatorin|host|speaker|keynote|panel|team|[\p{L} -]+ team|team [\p{L} -]+|customer service|kundenservice|service client|accounting|buchhaltung|comptabilite|contabilita|contabilidad|boekhouding|ksiegowosc|contabilidade|admin|administration|verwaltung|amministrazione|administracion|administratie|administracja|administracao|research|forschung|recherche|ricerca|investigacion|onderzoek|badania|pesquisa|security|sicherheit|securite|sicurezza|seguridad|beveiliging|bezpieczenstwo|seguranca|quality|qualitat|qualite|qualita|calidad|kwaliteit|jakosc|qualidade|data|analytics|remote|online|tbc|tba|n\/a)$/u;
/** An organisation's name by its shape: an acronym, or two words or more (one word alone may be an office's town, "(Berlin)"). */
const ORGANISATION_SHAPE = /^(?:\p{Lu}{2,}(?![\p{Ll}])|\S+[ \t]+\S)/u;
/** A mail's header or subject opening a text: "Re:", "Fwd:", "Subject:", "Betreff:", "Objet :", "From:". */
const MAIL_FIRST_LINE =
  /^\s*(?:re|aw|sv|fw|fwd|wg|tr|rv|r|i|subject|betreff|objet|oggetto|asunto|onderwerp|temat|assunto|from|von|de|da|van|od)[ \t]*:/i;
/** A mail's header or subject opening a line. */
const MESSAGE_LINE = new RegExp(`(?:^|\\n)${MAIL_FIRST_LINE.source.replace(/^\^\\s\*/, '[ \\t]*')}`, 'i');
/**
 * A programme's or show notes' line: a time or a timestamp opening it, maybe after its day ("09:30 Keynote …", "- 02:10
 * – What …", "Fr 4.12., 19:30 Uhr", "Martes 1, 19:00 h", "Mercredi 9 décembre, 20:00", "4 dez., 21h30").
 */
const PROGRAMME_LINE =
  /^[ \t]*(?:\|[ \t]*)?(?:[-*•][ \t]*)?(?:\p{Lu}\p{Ll}{1,2}\.?[ \t]+|\d{1,2}\.?[ \t]+\p{Ll}{3,10}\.?,?[ \t]+|\p{Lu}[\p{Ll}-]{3,14},?[ \t]+\d{1,2}\.?(?:[ \t]+(?:de[ \t]+)?\p{L}{3,10})?,?[ \t]+(?:[–—-][ \t]+)?)?\d{1,2}(?:(?:[:.h]| h )\d{2}(?::\d{2})?|[ \t]?h(?![\p{L}])|[ \t]?(?:am|pm|uhr)(?![\p{L}]))(?![\d])/gmu;

/** A greeting, then a capitalised name or a title: the text is written to someone ("Hi Anna", "Dear Ms Rossi"). */
function greetsSomeone(scan: TextScan): boolean {
  const { text } = scan;
  return (scan.byFamily.get('salutation') ?? []).some((hit) => {
    const next = /^[ \t,]*(\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(hit.end, hit.end + 40))?.[1];
    if (!next) return false;
    const key = fold(next);
    return (
      GIVEN.has(key) ||
      AMBIGUOUS_GIVEN.has(key) ||
      SURNAME.has(key) ||
      hitsAt(scan, text.indexOf(next, hit.end)).some((h) => h.family === 'title')
    );
  });
}

/**
 * A plant's, a fruit's or a grape's variety, right before the name it bears ("the potato variety Maris Piper", "die
 * Kartoffelsorte Linda", "la rose Pierre de Ronsard", "la variedad Pedro Ximénez", "odmiana Szampion").
 */
const VARIETY_BEFORE =
  /(?:(?:^|[^\p{L}])(?:variety|cultivar|variété|variétés|varietà|vitigno|variedad|variedades|casta|castas|odmiana|odmiany|rose|rosier|roos|rozen|tulp|tulip|dahlia|dalia)|sorten?)[ \t]+$/iu;

/**
 * A credit or a catalogue's line after a name: a work's year inside its brackets ("Perfect Days (Wim Wenders, 2023)"), life
 * dates ("Rachel Ruysch (1664–1750)"), or dot leaders to a price ("Barbera d'Alba, Giacomo Conterno …… 52 €"; not to a
 * phone list's extension, "Anna Weber ........ 4412").
 */
const CREDIT_AFTER =
  /^[\p{L}\d'’ .,º°ª-]{0,40}?(?:,[ \t]*(?:1[5-9]|20)\d\d[ \t]*\)|[ \t]*\([ \t]*(?:1[0-9]|20)\d\d[ \t]*[–—-][ \t]*(?:1[0-9]|20)\d\d[ \t]*\)|[ \t]*(?:\.{3,}|…{2,}|\.[ .]{4,})[ \t]*(?:(?:€|£|\$)[ \t]*\d|\d+(?:[.,]\d{2})?[ \t]*(?:€|£|\$|EUR|zł|PLN)))/u;

/** A book's title in quotes, then its author: "«Momo», de Michael Ende", "„Momo" von Michael Ende", "'Matilda' by Roald Dahl". */
const AUTHOR_BEFORE = /[»«"“”„'‘’][ \t]*,?[ \t]+(?:de|by|von|di|van|przez|autorstwa|do|da)[ \t]+$/u;
/** A work's title in quotes before its author in the genitive, as Polish programmes write it: "„Wesele” Stanisława Wyspiańskiego". */
const AUTHOR_AFTER_TITLE = /[”»"][ \t]+$/u;
/** A title's quotes open before a name and close after it on its line: "„Moralność pani Dulskiej”", "«Le Malade imaginaire»". */
const IN_TITLE_BEFORE = /[„«"“][^„«»”"“\n]*$/u;
const IN_TITLE_AFTER = /^[^„«»”"“\n]*[”»"]/u;
/** A stage's programme: a theatre's, a play's or a repertoire's word. */
const STAGE =
  /(?<![\p{L}])(?:theat(?:re|er)|théâtre|teatr[oa]?|toneel|schouwburg|pièce|spektakl\p{L}*|repertuar|repertoire|répertoire|repertorio|reportório|stagione|spielplan|premiere|première|premiera|estreia|estreno)(?![\p{L}])/iu;

/** A programme's line: a date or a time on it ("12.12 (sob.), godz. 19:00 – …", "Sa 5/12 20 h"). */
const PROGRAMME_DATE = /\d{1,2}[.:/h]\d{2}|\d{1,2}[ \t]*h(?![\p{L}])/u;
function programmeLine(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  return PROGRAMME_DATE.test(text.slice(lineStart, index));
}

/** A text about reading: a book's, a novel's or a reading club's word. */
const BOOKS =
  /(?<![\p{L}])(?:book|novel|reading|buch|roman|lektüre|livre|lecture|libro|romanzo|lettura|novela|lectura|boek|leesclub|książk\p{L}*|lektur\p{L}*|powieść|livro|leitura)(?![\p{L}])/iu;
/** A painting's medium, as a label or a catalogue gives it, then its year ("Oil on canvas, 1892", "Öl auf Leinwand, 1889"). */
const MEDIUM_YEAR =
  /(?<![\p{L}])(?:oil on (?:canvas|panel|board|wood)|tempera on panel|watercolou?r on paper|öl auf (?:leinwand|holz)|huile sur (?:toile|bois)|olio su (?:tela|tavola)|óleo sobre (?:lienzo|tela|tabla)|olieverf op (?:doek|paneel)|olej na (?:płótnie|desce)|olej na plátně|olaj,? vászon|öljy kankaalle|olja på duk|olie på lærred|olje på lerret|ulei pe pânză|λάδι σε μουσαμά)[ \t]*[,.;]?[ \t]*(?:c\.|ca\.|um|vers|circa|hacia|rond|około|cerca de)?[ \t]*(1\d{3})(?!\d)/iu;
/** A work of art of history's label or catalogue entry: its medium and a year before living memory, greeting no one. */
const artworkOfHistory = (scan: TextScan) =>
  memo(scan, 'artwork-of-history', () => {
    const year = (mayMatch(scan, MEDIUM_YEAR) ? MEDIUM_YEAR.exec(scan.text) : null)?.[1];
    return year !== undefined && beforeLivingMemory(Number(year)) && !greetsSomeone(scan);
  });

/** A text about reading in the EU's other languages too: a book, a book club, a reading circle. */
const BOOKS_ANY_LANGUAGE = new RegExp(
  String.raw`${BOOKS.source}|(?<![\p{L}])(?:book club|bookclub|lesekreis|buchclub|club de lecture|circolo di lettura|club de lectura|klub książki|clube de leitura|lukupiiri\p{L}*|kirja\p{L}*|läsecirkel\p{L}*|böcker|bok|bøger|bog|læsekreds\p{L}*|lesesirkel\p{L}*|bøker|könyv\p{L}*|olvasókör\p{L}*|knih\p{L}*|čtenář\p{L}*|čitateľ\p{L}*|raamat\p{L}*|lugemisring\p{L}*|grāmat\p{L}*|knyg\p{L}*|knjig\p{L}*|βιβλί\p{L}*)(?![\p{L}])`,
  'iu',
);
/**
 * A list's line that names an author and a work: its mark, maybe a label (a month, a date), the name, a comma or a dash
 * and the work's title in capitals, maybe in quotes, to the line's end, with no digit, mailbox or further comma but a
 * note in brackets ("- helmikuu: Väinö Linna, Tuntematon sotilas", "4. Eliza Orzeszkowa – „Nad Niemnem” (fragmenty)",
 * holdout-770). The name's start is the first group's end.
 */
const AUTHOR_WORK_LIST_LINE =
  /^([ \t]*(?:[-–•*]|\d{1,3}[.)])[ \t]*(?:[\p{L}.]{2,14}[ \t]*:[ \t]*)?)(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3})(?:,|[ \t]+[–—-])[ \t]*[„"«“‘]?\p{Lu}[^\n,;@\d()]{1,60}(?:[ \t]*\([^\n()]{1,60}\))?[ \t\r]*$/gmu;
/**
 * Where the names on a book club's or a reading list's lines start: three such lines or more, in a text about reading,
 * one of whose names is an author of history (so that the list is one of authors: a book club's rota of hosts, "- Januar:
 * Anna Schmidt, Gastgeberin", is not), none of whose works opens with a role's word ("- Anna Schmidt, Vorsitzende").
 */
function authorWorkLines(scan: TextScan): Set<number> {
  return memo(scan, 'author-work-lines', () => {
    const { text } = scan;
    const none = new Set<number>();
    if (!scan.byFamily.has('historical-person') || !text.includes(',') || !textHas(scan, BOOKS_ANY_LANGUAGE)) return none;
    const starts = new Set<number>();
    let ofHistory = false;
    for (const m of allMatches(AUTHOR_WORK_LIST_LINE, text)) {
      const name = m.index + (m[1] as string).length;
      const work = name + (m[2] as string).length;
      if (hitBetween(scan, 'person-role', work, m.index + m[0].length)) return none;
      ofHistory ||= hitBetween(scan, 'historical-person', name, work);
      starts.add(name);
    }
    return starts.size >= 3 && ofHistory ? starts : none;
  });
}

/**
 * A line that ends with a price ("Tom Collins – Gin, Zitrone, Soda   9,00 €"), maybe in brackets ("Tirza – Arnon Grunberg
 * (€ 15,00)"), or with a menu's bare one after a dash or a gap ("Caesar salad with anchovies – 8.00", "Pavlova   7,50").
 */
const PRICE_AT_END =
  /(?:\d[.,]\d{2}[ \t]*(?:€|£|\$|EUR|zł|PLN|CHF)|[ \t][–—-][ \t]*\d{1,4}[ \t]*(?:€|£|EUR|zł|CHF)|(?<![\d.,])\d{1,3}(?:[ .]\d{3})*(?:[.,]\d{2})?[ \t]*(?:kr\.?|SEK|DKK|NOK|Kč|Ft|lei)|(?:€|£|\$)[ \t]*\d+(?:[.,]\d{2})?|(?:[ \t][–—-]|[ \t]{2}|\t)[ \t]*\d{1,3}[.,]\d{2}(?:[ \t]*\/[ \t]*\d{1,3}[.,]\d{2})?|\.{3,}[ \t]*\d{1,4}(?:[.,]\d{2})?(?:[ \t]*(?:€|£|\$|EUR|kr|zł|Kč|Ft|lei))?)[ \t]*\)?[ \t]*\r?$/;
/** Dot leaders before a line's price: a printed menu's or price list's item, whoever orders writes no such line. */
const DOT_LEADERS = /\.{3,}[ \t]*\d/;
/**
 * A menu's, a catalogue's or a leaflet's word: its lines name dishes, drinks and goods, not whoever paid (an expense or a
 * dues list's lines end in prices too).
 */
const MENU =
  /(?<![\p{L}])(?:menu|menus|menü|menù|meny|menukort|frokostmenu|lounasmenu|lunchmeny|speisekarte|mittagskarte|abendkarte|tageskarte|wochenkarte|frühstückskarte|kuchenkarte|dessertkarte|getränkekarte|cocktailkarte|weinkarte|barkarte|carte|carta|kaart|karta|cardápio|ementa|cocktails?|drinks|boissons|bevande|bebidas|dranken|napoje|desserts?|dolci|postres|nagerechten|sobremesas|wine[ \t]+list|price[ \t]+list|prijslijst|listino|cennik|angebote|prospekt|offers|deals|offres|offerte|ofertas|aanbiedingen|weekaanbiedingen|promocje|promoções|promociones|sélection|selección|selezione|vinos|vins|vini|weine|wines|wijnen|bestsellers?|bestsellerliste|boeken|books|bücher|livres|libri|libros|książki|livros)(?![\p{L}])|(?:kaart|(?:katalog|catalog|catalogus|catalogue|catalogo|catálogo)|preisliste)(?![\p{L}])/iu;
/** A menu: three lines or more that end with a price, and a menu's word. */
function menuText(scan: TextScan): boolean {
  return memo(scan, 'menu', () => {
    let lines = 0;
    for (const line of scan.text.split('\n')) if (PRICE_AT_END.test(line)) lines++;
    return lines >= 3 && MENU.test(scan.text);
  });
}
/**
 * A name on a line of a menu, a wine list or a catalogue that ends with its price ("Hugo – Prosecco, Minze   7,50 €",
 * "Barolo, Giacomo Conterno 2018   £145", "Bank Emma, 3-zits, ribstof – € 899"): with what it is on its line. A line
 * of the name and a price alone is whoever ordered or paid ("Lunch order from the menu\nAnna Schmidt – 8.50").
 */
function priceListItem(scan: TextScan, index: number, length: number): boolean {
  const { text } = scan;
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const lineEnd = text.indexOf('\n', index);
  const line = text.slice(index, lineEnd < 0 ? text.length : lineEnd);
  const price = PRICE_AT_END.exec(line);
  if (price === null || !menuText(scan)) return false;
  return DOT_LEADERS.test(price[0]) || /\p{L}/u.test(text.slice(lineStart, index) + line.slice(length, price.index));
}

/**
 * A work's medium on its support ("Oil on canvas", "Öl auf Leinwand", "huile sur toile", "olej na płótnie"), another
 * material joined to it maybe ("Olieverf en bladgoud op linnen", holdout-910), as museum labels and auction and exhibition
 * catalogues give it below the artist's name and the work's title.
 */
const ART_MEDIUM =
  /(?<![\p{L}])(?:oil|acrylic|tempera|gouache|watercolou?r|pastel|charcoal|ink|mixed media|öl|acryl|aquarell|tusche|mischtechnik|huile|acrylique|aquarelle|encre|fusain|technique mixte|olio|acrilico|acquerello|tecnica mista|óleo|acrílico|acuarela|técnica mixta|olieverf|aquarel|gemengde techniek|olej|akryl|akwarela|technika mieszana|aguarela|técnica mista)(?:[ \t]+(?:and|und|et|e|y|en|i)[ \t]+\p{L}+(?:[ \t]+\p{L}+)?)?[ \t]+(?:on|auf|sur|su|sobre|op|na)[ \t]+\p{L}/iu;
/** The rest of an artist's line: their life dates or year of birth in brackets ("(1841–1895)", "(born 1957)"). */
const ARTIST_LINE_REST = /^[ \t]*\(([^()\n]{0,40})\)[ \t]*\r?$/;
/** On the artist's own line: their dates, a title, the work's year and its medium ("Karin Kneffel (b. 1957), Untitled, 1994, oil on canvas"). */
const WORK_ON_LINE = /^[ \t]*\(([^()\n]{0,40})\),[^\n]{0,80}?(?:1[5-9]|20)\d\d,[ \t]*$/;
/** An artist's dates: a year of birth at least 18 years ago (a pupil's exhibition gives ages, "Lena Schmidt (8)"). */
const adultsDates = (dates: string | undefined) => {
  const year = /(?<!\d)(1[4-9]\d\d|20\d\d)(?!\d)/.exec(dates ?? '')?.[1];
  return year !== undefined && Number(year) <= new Date().getFullYear() - 18;
};

/**
 * A name with the artist's dates on its line and a work's medium opening one of the next three lines, or a name with
 * their dates, a title, a year and a medium on its line: the artist of a museum label's or a catalogue's work. Not a
 * message that names a medium ("Anna Weber hat angerufen: Öl auf Leinwand ist bestellt"), nor a pupils' exhibition
 * ("Lena Schmidt (8) / Sonnenblumen, 2026 / Acryl auf Leinwand").
 */
function artistOfWork(scan: TextScan, end: number): boolean {
  const { text } = scan;
  if (!memo(scan, 'art-medium', () => textHas(scan, ART_MEDIUM))) return false;
  const after = text.slice(end, end + 200);
  const lines = after.split('\n', 4);
  const own = lines[0] ?? '';
  const medium = ART_MEDIUM.exec(own);
  if (medium) return adultsDates(WORK_ON_LINE.exec(own.slice(0, medium.index))?.[1]);
  if (!adultsDates(ARTIST_LINE_REST.exec(own)?.[1])) return false;
  // The medium opens its line, and a year stands from the name to it (life dates, the work's year): a label's lines.
  const at = lines.findIndex((line, i) => i > 0 && ART_MEDIUM.exec(line)?.index === line.length - line.trimStart().length);
  return at > 0 && WORK_YEAR.test(lines.slice(0, at + 1).join('\n'));
}
const WORK_YEAR = /(?<!\d)(?:1[4-9]|20)\d\d(?!\d)/;

/** An author's affiliation marks right after the name: superscript digits, or digits and commas glued to it ("Bianchi2,3"). */
const AFFILIATION_MARK = /^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:[,˒][¹²³⁴⁵⁶⁷⁸⁹⁰]+)*|\d(?:,\d)*)[*†‡]?(?=[ \t,;\r\n]|$)/u;
/** A line that opens with such a mark and names an institution: the affiliations under a paper's authors. */
const AFFILIATION_LINE =
  /^[ \t]*(?:[¹²³⁴⁵⁶⁷⁸⁹]+[ \t]*|\d[ \t]+)[^\n]{0,80}?(?<![\p{L}])(?:universit\p{L}*|institut\p{L}*|istituto|instituto|department|dept\.|departament\p{L}*|dipartimento|faculty|fakultät|faculté|facoltà|facultad|faculdade|wydział|school of|hochschule|politecnico|polytechnique|laborator\p{L}*|hospital|klinikum|centre|center|zentrum|centro|akademi\p{L}*|college|research)(?![\p{L}])/imu;

/**
 * Authors on a paper's title page, each with the marks of their affiliations, which lines below list ("Laura Bianchi²,
 * … ² Department of Energy, Politecnico di Milano"): published, as a book's author is.
 */
function markedAuthor(scan: TextScan, end: number): boolean {
  if (!AFFILIATION_MARK.test(scan.text.slice(end, end + 12))) return false;
  return memo(scan, 'affiliations', () => AFFILIATION_LINE.test(scan.text));
}

/**
 * The head of a list of varieties: the word for one, or the fruit's, the flower's or the vine's whose varieties bear
 * people's names ("Apfelsorten", "Soort", "Birnen:", "Rosales trepadores", "Cépages"). Not "rose" alone, a given name,
 * nor Portuguese luck ("Boa sorte!") or a spouse ("consorte").
 */
const VARIETY_HEAD =
  /(?<![\p{L}])(?:(?<!boa\s+)sorten?|\p{L}{3,}sorten|soort(?:en)?|variet(?:y|ies)|cultivars?|variét(?:é|és)|varietà|variedad(?:es)?|variedades?|odmian[ay]|cépages?|rebsorten|vitigni|uvas|druiven|äpfel|apfel|birnen|kirschen|pflaumen|kartoffeln|rosen|tulpen|dahlien|apples|pears|roses|tulips|dahlias|potatoes|pommes|poires|rosiers|tulipes|mele|pere|tulipani|patate|manzanas|peras|rosales|tulipanes|appels|peren|rozen|aardappel(?:s|en)|jabłk[ai]|jabłonie|gruszki|róże|tulipany|ziemniaki|maçãs|roseiras|túlipas|batatas)(?![\p{L}])/iu;
/** A list's item or a table's first cell: the line's start, after a quote's marks, a bullet or a number. */
const ITEM_START = /^[ \t>]*(?:[-–•*·▪][ \t]+|\d{1,2}[.)][ \t]+)?$/;
/** A label's list of names and nothing else: "Birnen: Gute Luise, Williams Christ, Conference" (not "Roses: Anna will …"). */
const LABELLED_LIST = /^[ \t>]*([^:\n]{1,40}):[ \t]*(?:\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)*[ \t]*(?:,[ \t]*|\r?$))+$/u;
/** The most lines a list's item looks back for its head. */
const ITEMS_REACH = 40;

/**
 * A name in a list of varieties: it opens an item of a block (a list or a table) whose first line is a variety's head
 * ("Apfelsorten (Halbstamm) …", "Soort   Groep   Bloeitijd"), or stands in a list of names labelled by such a head
 * ("Birnen: Gute Luise, Williams Christ"), holdout-388.
 */
function varietyListItem(scan: TextScan, index: number): boolean {
  const { text } = scan;
  if (!scan.byFamily.has('variety-head')) return false;
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const label = LABELLED_LIST.exec(text.slice(lineStart, lineEndOf(text, index)));
  if (label && VARIETY_HEAD.test(label[1] as string)) return true;
  if (!ITEM_START.test(text.slice(lineStart, index))) return false;
  // Up the block to its first line: the one after a blank line (or a quote's empty line), or the text's first.
  let head = '';
  for (let end = lineStart - 1, n = 0; end > 0 && n < ITEMS_REACH; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (/^[ \t>\r]*$/.test(line)) break;
    head = line;
    end = start - 1;
  }
  return head !== '' && VARIETY_HEAD.test(head);
}

/**
 * Whether a name stands as a variety's, in a credit's or a catalogue's line (above), as an artist's on a label, as an
 * author's on a paper, or as a book's author.
 */
function varietyOrCredit(scan: TextScan, index: number, length: number): boolean {
  const { text } = scan;
  const after = text.slice(index + length, index + length + 80);
  const before = text.slice(Math.max(0, index - 32), index);
  return (
    priceListItem(scan, index, length) ||
    artistOfWork(scan, index + length) ||
    markedAuthor(scan, index + length) ||
    (CREDIT_AFTER.test(after) && !after.split('\n', 1)[0]?.includes('@')) ||
    VARIETY_BEFORE.test(before) ||
    varietyListItem(scan, index) ||
    (AUTHOR_BEFORE.test(before) && textHas(scan, BOOKS)) ||
    ((AUTHOR_AFTER_TITLE.test(before) || (IN_TITLE_BEFORE.test(before) && IN_TITLE_AFTER.test(after))) &&
      programmeLine(text, index) &&
      textHas(scan, STAGE))
  );
}

/** Figures of feasts who bear given names: St Nicholas and the Three Kings, in the eight languages' forms. */
// biome-ignore format: a word table reads best packed
const FEAST_FIGURES = new Set([
  'nikolaus', 'nicolas', 'nicola', 'nicolau', 'nicolás', 'mikołaj', 'mikołaja', 'mikołajem', 'mikołajowi', 'klaas', 'melchior',
  'melchor', 'melchiorre', 'caspar', 'kaspar', 'gaspar', 'gaspard', 'gaspare', 'balthasar', 'baltasar', 'balthazar',
  'baldassarre', 'baltazar',
].map(fold));

/**
 * The Bible's figures and places as names are written in the languages, the feasts' figures among them (the Three Kings,
 * St Nicholas).
 */
// biome-ignore format: a word table reads best packed
const SCRIPTURE_FIGURES = new Set([
  ...FEAST_FIGURES,
  ...[
    'maria', 'mary', 'marie', 'maryja', 'maryi', 'josef', 'joseph', 'giuseppe', 'josé', 'józef', 'jozef', 'jesus', 'jesús',
    'gesù', 'jezus', 'christus', 'cristo', 'christ', 'gabriel', 'gabriele', 'herodes', 'erode', 'hérode', 'herod',
    'augustus', 'augusto', 'auguste', 'cesare', 'caesar', 'césar', 'cäsar', 'cezar', 'tiberius', 'pilatus', 'pilate', 'pilato', 'elisabeth', 'elisabetta', 'elizabeth',
    'zacharias', 'zaccaria', 'simeon', 'johannes', 'john', 'jean', 'giovanni', 'juan', 'jan', 'joão', 'petrus', 'peter',
    'pierre', 'pietro', 'pedro', 'piotr', 'simon', 'cephas', 'kephas', 'andreas', 'andrew', 'andré', 'andrea', 'andrés',
    'andrzej', 'paulus', 'paul', 'paolo', 'pablo', 'paweł', 'paulo', 'lukas', 'luke', 'luc', 'luca', 'lucas', 'łukasz',
    'matthäus', 'matthew', 'matthieu', 'matteo', 'mateo', 'mateusz', 'mateus', 'markus', 'mark', 'marc', 'marco',
    'marcos', 'marek', 'jakobus', 'james', 'thomas', 'tommaso', 'tomás', 'tomasz', 'judas', 'martha', 'marta', 'lazarus',
    'lazzaro', 'lázaro', 'magdalena', 'magdalene', 'madeleine', 'maddalena', 'abraham', 'isaak', 'isaac', 'jakob',
    'jacob', 'moses', 'moïse', 'mosè', 'moisés', 'mojżesz', 'david', 'davide', 'dawid', 'salomon', 'solomon', 'adam',
    'adamo', 'adán', 'eva', 'eve', 'ève', 'ewa', 'noah', 'noé', 'noè', 'jesaja', 'isaiah', 'isaïe', 'isaia', 'isaías',
    'izajasz', 'elia', 'elijah', 'élie', 'elías', 'eliasz', 'nazareth', 'nazaret', 'bethlehem',
    'betlehem', 'betlemme', 'bethléem', 'betlejem', 'jerusalem', 'jérusalem', 'gerusalemme', 'jerusalén', 'jeruzalem',
    'jerozolima', 'jerusalém', 'jordan', 'jordaan', 'elisabet', 'goliat', 'goliath', 'samuel', 'samuël', 'matteüs',
    'marcus', 'jourdain', 'giordano', 'jordán', 'jordão', 'virgen', 'vergine',
  ].map(fold),
]);
/** The gods and heroes of the Greek, Roman and Norse myths, as the languages write them. */
// biome-ignore format: a word table reads best packed
const MYTH_FIGURES = new Set(
  [
    'zeus', 'héra', 'hera', 'athéna', 'athena', 'athene', 'poséidon', 'poseidon', 'hadès', 'hades', 'ade', 'apollon',
    'apollo', 'artémis', 'artemis', 'aphrodite', 'afrodite', 'arès', 'ares', 'hermès', 'hermes', 'héphaïstos',
    'hephaistos', 'hephaestus', 'dionysos', 'dionysus', 'déméter', 'demeter', 'héraclès', 'herakles', 'hercule',
    'hercules', 'ercole', 'hércules', 'ulysse', 'ulysses', 'odysseus', 'ulisse', 'ulises', 'pénélope', 'penelope',
    'penelopa', 'persée', 'perseus', 'perseo', 'méduse', 'medusa', 'meduza', 'achille', 'achilles', 'achilleus', 'aquiles',
    'hector', 'hektor', 'ettore', 'héctor', 'hélène', 'helena', 'helen', 'elena', 'pâris', 'paris', 'paride', 'thésée',
    'theseus', 'teseo', 'ariane', 'ariadne', 'arianna', 'jason', 'giasone', 'jasón', 'médée', 'medea', 'orphée', 'orpheus',
    'orfeo', 'eurydice', 'euridice', 'prométhée', 'prometheus', 'prometeo', 'pandora', 'pandore', 'narcisse', 'narcissus',
    'narciso', 'œdipe', 'oedipus', 'ödipus', 'edipo', 'odin', 'thor', 'freya', 'freyja', 'loki', 'jupiter', 'giove',
    'júpiter', 'junon', 'juno', 'giunone', 'minerve', 'minerva', 'vénus', 'venus', 'venere', 'mars', 'marte', 'neptune',
    'neptun', 'nettuno', 'neptuno', 'mercure', 'mercury', 'merkur', 'mercurio', 'olympe', 'olympus', 'olymp', 'olimpo',
    'ithaque', 'ithaca', 'ithaka', 'itaca', 'troie', 'troy', 'troja', 'troia', 'troya', 'cronos', 'kronos', 'gaïa', 'gaia',
    'ouranos', 'uranus', 'icare', 'icarus', 'ikarus', 'icaro', 'dédale', 'daedalus', 'dädalus', 'dedalo', 'romolo',
    'romulus', 'rómulo', 'remo', 'remus', 'enea', 'aeneas', 'äneas', 'énée', 'eneas', 'didone', 'dido',
  ].map(fold),
);
/** An emperor's, a king's or an angel's word before a figure: "Kaiser Augustus", "re Erode", "Engel Gabriel". */
const RULER_WORD =
  /^(?:kaiser|emperor|empereur|imperatore|emperador|keizer|cesarz|imperador|könig|king|roi|re|rey|koning|król|rei|engel|angel|ange|angelo|ángel|anjo|anioł)[ \t]+/iu;
/** The Bible's books as references abbreviate or spell them in the languages. */
const BIBLE_BOOKS = String.raw`(?:[12][ \t]?)?(?:Mt|Matth?|Matthew|Matthäus|Matthieu|Matteo|Mateo|Mateusz|Mateus|Matteüs|Mattheüs|Mk|Mc|Mr|Mark|Markus|Marc|Marco|Marcos|Marcus|Lk|Lc|Łk|Luke|Lukas|Luc|Luca|Lucas|Joh|Jn|Gv|John|Johannes|Jean|Giovanni|Juan|J|Jan|João|Gen|Gn|Genesis|Genèse|Génesis|Ex|Exodus|Ps|Sal|Psalm|Psalms|Psalmen|Psaume|Salmo|Jes|Is|Isaiah|Isaïe|Isaia|Isaías|Jesaja|Iz|Röm|Rom|Rm|Romans|Romeinen|Kor|Cor|Corinthians|Korintiërs|Apg|Acts|Hand|Handelingen|At|Hebr|Heb|Eb|Offb|Ap|Rev|Openbaring|Gal|Eph|Ef|Phil|Fil|Sam|Samuel|Samuël|Kön|Kings|Koningen|Rois|Re|Reyes)`;
/** A Bible reference: a book, its chapter and verses ("Lukas 3,1–6", "John 1:35–42", "Mt 5, 1-12"), or its chapter alone in brackets ("(Genesis 37)"). */
const BIBLE_REFERENCE = new RegExp(
  String.raw`(?<![\p{L}])${BIBLE_BOOKS}\.?[ \t]+\d{1,3}[ \t]*[,:][ \t]*\d{1,3}(?:[ \t]*[-–][ \t]*\d{1,3})?(?!\d)|\([ \t]*${BIBLE_BOOKS}\.?[ \t]+\d{1,3}[ \t]*\)`,
  'u',
);

/** A Bible reference starting where it is tried. */
const BIBLE_BOOK_AT = new RegExp(BIBLE_REFERENCE.source, 'uy');

/** Whether a text tells the Bible's stories (two of its words, or a Bible reference), memoised. */
const scriptureText = (scan: TextScan) =>
  memo(scan, 'scripture-text', () => distinctHits(scan, 'scripture') >= 2 || BIBLE_REFERENCE.test(scan.text));
/** Whether a text tells myths (two of their words), memoised. */
const mythText = (scan: TextScan) => memo(scan, 'myth-text', () => distinctHits(scan, 'myth') >= 2);
/** How many different words of a family the scan met. */
function distinctHits(scan: TextScan, family: string): number {
  const hits = scan.byFamily.get(family);
  return hits ? new Set(hits.map((hit) => fold(scan.text.slice(hit.start, hit.end)))).size : 0;
}

/** Figures no one alive is called, or their epithets: a paragraph that names one tells the Bible's stories. */
const BIBLE_ONLY =
  /(?<![\p{L}])(?:jesus|jesús|gesù|jezus|jezusa|christus|christi|cristo|christ|herodes|erode|hérode|herod|pilatus|pilate|pilato|piłat|zacharias|zaccaria|cephas|kephas|täufer|baptist|baptiste|battista|bautista|chrzciciel|messiah|messias|messie|messia|mesías|mesjasz|apostel|apostle|apôtre|apostolo|apóstol|apostoł|apóstolo|engel gabriel|angel gabriel|galilea|galiläa|galilée|galilee|galileia|golgota|golgatha|golgotha|gethsemane|getsemaní|getsemani|getsemane)(?![\p{L}])/iu;
/** … and the myths' gods whom no one alive is called. */
const MYTH_ONLY =
  /(?<![\p{L}])(?:zeus|poséidon|poseidon|hadès|hades|athéna|athena|athene|aphrodite|héraclès|herakles|hercule|hercules|ercole|odin|loki|jupiter|giove|olympe|olympus|olymp|olimpo)(?![\p{L}])/iu;

/**
 * Whether a name is a figure of the Bible or of a myth, in a text that tells their stories, in a paragraph that tells
 * one (its words, a Bible reference, or a figure whom no one alive is called): "Maria und Josef" beside "Krippenspiel
 * … Bethlehem", "Andrew … Simon" beside "Jesus", "Pénélope" beside "Athéna". Not the children of a parish's letter
 * ("Kommunionkinder: Paul, Simon und Maria").
 */
function figureOfStory(scan: TextScan, value: string, index: number): boolean {
  const bible = scriptureText(scan);
  const myth = mythText(scan);
  if (!bible && !myth) return false;
  const words = value
    .replace(RULER_WORD, '')
    .split(/[ \t]+/)
    .map(fold);
  const first = words[0] ?? '';
  const biblical =
    bible &&
    (words.every((word) => SCRIPTURE_FIGURES.has(word) || SCRIPTURE_PARTICLES.has(word)) ||
      (SCRIPTURE_FIGURES.has(first) && GERMAN_ARTICLE.has(words[1] ?? '')));
  const mythical = myth && words.every((word) => MYTH_FIGURES.has(word));
  if (!biblical && !mythical) return false;
  // A Bible's book before its chapter and verses ("John 1:35–42", "Lukas 3,1–6"), whatever stands around it.
  BIBLE_BOOK_AT.lastIndex = index;
  if (BIBLE_BOOK_AT.test(scan.text)) return true;
  // Not in a sentence about the real world's days, times and contacts ("na catequese de sábado o Tomás e a Maria …").
  if (realWorld(scan, index)) return false;
  const [start, end] = paragraphAround(scan.text, index);
  const paragraph = scan.text.slice(start, end);
  return biblical
    ? hitBetween(scan, 'scripture', start, end) || BIBLE_REFERENCE.test(paragraph) || BIBLE_ONLY.test(paragraph)
    : hitBetween(scan, 'myth', start, end) || MYTH_ONLY.test(paragraph);
}
/** The words between a figure's names and its epithets: "Johannes der Täufer", "Jesús de Nazaret", "Maria von Magdala". */
// biome-ignore format: a word table reads best packed
const SCRIPTURE_PARTICLES = new Set(
  [
    'der', 'die', 'de', 'di', 'von', 'van', 'of', 'the', 'da', 'do', 'z', 'täufer', 'baptist', 'baptiste', 'battista',
    'bautista', 'chrzciciel', 'baptista', 'batista', 'doper', 'magdala', 'apostel', 'apostle', 'apôtre', 'apostolo', 'apóstol',
    'apostoł', 'apóstolo', 'evangelist', 'évangéliste', 'evangelista', 'ewangelista',
  ].map(fold),
);
/** A German article after a figure's name, as the language writes its objects: "datiert Lukas den Anfang". */
const GERMAN_ARTICLE = new Set(['der', 'die', 'das', 'den', 'dem', 'des']);

/** A sentence of the real world's: a weekday or a day's word, a phone's or a contact's word. */
const REAL_WORLD_FAMILIES = ['day-word', 'phone-context', 'contact-verb', 'name-phrase'] as const;
/** The writer naming or presenting themself: "My name is …", "ich bin …", "je m'appelle …". */
const SELF_NAMED =
  /(?<![\p{L}])(?:my name is|i am|i['’]m|ich heiße|ich bin|je m['’]appelle|je suis|mi chiamo|me llamo|mijn naam is|ik ben|nazywam się|jestem|chamo-me|o meu nome é)(?![\p{L}])/iu;
/** An age right after a name, as a record or a note writes a real person's: "Anna Schmidt (34)", "Mr Tom Berger, 58,". */
const AGE_AFTER_NAME =
  /^[ \t]*(?:\([ \t]*\d{1,3}(?:[ \t]*\p{L}{1,6}\.?)?[ \t]*\)|,[ \t]*\d{1,3}[ \t]*(?:,|years?|yrs?|ans|anni|años|jaar|jr|lat|anos|J\.|Jahre)(?![\p{L}]))/u;
/** A clinical or a case's summary, a record, not a story's synopsis: "Case synopsis", "Clinical synopsis". */
const RECORD_BEFORE_STORY =
  /(?:case|clinical|patient|medical|fall|cas|caso|clinique|clinica|clínica|klinische?|patienten|casus|przypadku)[ \t]+$/iu;
/** A paragraph that greets or thanks its readers. */
const GREETING_FAMILIES = ['salutation', 'closing'] as const;
/** A cast's or a roster's line: a role and a label's colon or a dash before the name, and nothing after it but a note in brackets ("(8b)"). */
const CAST_BEFORE = /(?::|[ \t][–—-])[ \t]*$/;
const CAST_AFTER = /^[ \t]*(?:\([^()\n]{0,30}\))?[ \t.,;]*(?:\r?\n|$)/;
/** A mailbox, or a clock's hour written with its word ("7 pm", "19 Uhr"): a clock's time is CLOCK_TIME. */
const MAIL_OR_HOUR = /@|(?<!\d)(?:[01]?\d|2[0-3])[ \t]?(?:am|pm|uhr)(?![\p{L}])/iu;

/** A manual page's section heading alone on its line. */
const MAN_PAGE = /^[ \t]*(?:NAME|DESCRIPTION|OPTIONS)[ \t]*$/m;
/** The most a story's heading says after its word: "## Characters you will meet", not "Escape RegExp special characters". */
const STORY_HEADING_REST = 30;
/** The longest line a story's heading is: "Synopsis", "## Characters you will meet", "Worum geht's?". */
const STORY_HEADING = 60;

/**
 * Where a text presents a story and its characters, or a case it makes up: from the line of its heading on
 * ("Synopsis", "## Characters you will meet", "Discussion questions", "Worum geht's?", "Fallstudie"). Whom it names
 * there are the story's characters, or its author and cast, who are published: weak evidence of a person, as a tale's
 * are. Not in a sentence about the real world's days, times and contacts ("Anna Schmidt will host on Thursday"), nor in
 * a paragraph that greets or thanks its readers ("Thanks for coming. Next month Sarah Collins hosts"), nor on a cast's
 * line naming who plays a part ("Ophelia – Lisa Wolf").
 */
function storyFrom(scan: TextScan): number {
  return memo(scan, 'story-from', () => {
    const { text } = scan;
    // A manual page's SYNOPSIS is a command's, under its NAME and beside its DESCRIPTION and OPTIONS.
    if (MAN_PAGE.test(text)) return -1;
    const first = firstLine(text).length;
    const hit = (scan.byFamily.get('fiction-marker') ?? []).find((h) => {
      if (labelOpening(text, h.start, h.end)) return true;
      if (!headingAt(text, h.start) && !askedHeading(text, h.start)) return false;
      // A title's line says what the text is anywhere in it ("HARBOUR LIGHTS — Series 2 episode guide"); another
      // heading opens with the word and says little after it ("## Characters you will meet", "Die Figuren"; not
      // "> Escape RegExp special characters").
      const before = beforeOnLine(text, h.start);
      if (RECORD_BEFORE_STORY.test(before)) return false;
      if (h.start < first) return true;
      const rest = lineEndOf(text, h.end) - h.end;
      // Or a genre after a title and its dash ("„Das Haus am Deich“ – Roman").
      return (STORY_HEADING_BEFORE.test(before) && rest <= STORY_HEADING_REST) || (/[–—-][ \t]*$/.test(before) && rest <= 2);
    });
    const heading = hit ? text.lastIndexOf('\n', hit.start - 1) + 1 : -1;
    // A novel's chapter: its word and number alone on their line ("Kapitel 1", "Chapter One", "Chapitre III").
    const chapter = CHAPTER_LINE.exec(text);
    const at = chapter ? chapter.index + (chapter[0].startsWith('\n') ? 1 : 0) : -1;
    return heading < 0 ? at : at < 0 ? heading : Math.min(heading, at);
  });
}
/** A chapter's heading alone on its line: a novel's, not a report's ("Chapter 1: Introduction" goes on). */
const CHAPTER_LINE =
  /(?:^|\n)[ \t#*]*(?:chapter|kapitel|chapitre|capitolo|capítulo|hoofdstuk|rozdział|kapittel|luku)[ \t]+(?:\d{1,3}|[IVXLC]{1,6}|one|two|three|four|five|six|seven|eight|nine|ten|eins|zwei|drei|vier|fünf|un|deux|trois|uno|due|tre|dos|tres|um|dois|três|één|twee|drie|pierwszy|drugi|trzeci)\.?[ \t*]*(?=\r?\n|$)/iu;

/** A label opening its line, its text after the colon: "Synopsis: When the old keeper retires, …", "Worum geht es: …". */
function labelOpening(text: string, start: number, end: number): boolean {
  return HEADING_BEFORE.test(beforeOnLine(text, start)) && /^(?:[ \t]+\p{L}{1,4})?[ \t]*:/u.test(text.slice(end, end + 8));
}
/** Only markup before a heading's word on its line: "## ", "1. ", "**". */
const HEADING_MARKUP = String.raw`^[ \t#*_>\-–—\d.)]*`;
const HEADING_BEFORE = new RegExp(`${HEADING_MARKUP}$`);
/** Before a story's heading word: markup, maybe an article ("## ", "Die ", "Les "). */
const STORY_HEADING_BEFORE = new RegExp(`${HEADING_MARKUP}(?:(?:the|die|les|i|gli|le|los|las|os|as|de|het)[ \\t]+)?$`, 'iu');

/** A short line that asks or announces what follows: "Worum geht's?", "Synopsis:". */
function askedHeading(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const end = lineEndOf(text, index);
  return end - start <= STORY_HEADING && /[?:][ \t]*$/.test(text.slice(start, end));
}

/** A list's item or a field opening a line: "1.", "2)", "-", "•", "Synopsis:". */
const LIST_ITEM_START = /\n[ \t]*(?:\d{1,2}[.)]|[-•*–]|\p{Lu}[\p{L} ]{0,30}:)[ \t]/gu;
/**
 * A sentence kept to the list's item or the field it stands in: "1. Compara … molinos.\n2. ¿Por qué … segunda parte?"
 * are two, and so are "13:00 SUMMER OF THE KITE\nSynopsis: … Rosie Hale …".
 */
function listItemAround(text: string, index: number, [start, end]: [number, number]): [number, number] {
  let from = start;
  let to = end;
  for (const m of allMatches(LIST_ITEM_START, text.slice(start, end))) {
    const at = start + m.index;
    if (at < index) from = at + 1;
    else {
      to = at;
      break;
    }
  }
  return [from, to];
}

/** Whether the sentence around `index` speaks of the real world's days, times or contacts, or its paragraph greets. */
function realWorld(scan: TextScan, index: number): boolean {
  const [start, end] = listItemAround(scan.text, index, sentenceAround(scan.text, index));
  const sentence = scan.text.slice(start, end);
  if (CLOCK_TIME.test(sentence) || MAIL_OR_HOUR.test(sentence) || SELF_NAMED.test(sentence)) return true;
  if (REAL_WORLD_FAMILIES.some((family) => hitBetween(scan, family, start, end))) return true;
  const [from, to] = paragraphAround(scan.text, index);
  return GREETING_FAMILIES.some((family) => hitBetween(scan, family, from, to));
}

/** A reference's year: in brackets, or after a comma, a period or a colon, as a citation writes it ("(2020)", ". 2020;"). */
const REFERENCE_YEAR = /(?:\([ \t]*(?:1\d|20)\d\d[a-z]?[ \t]*\)|[.,:][ \t]+(?:1\d|20)\d\d[a-z]?(?:[;.:,)]|[ \t]*$))/m;
/** A reading list's line without a year: a number or a dash, the author, a comma and the work's title in quotes ("1. Aleksander Fredro, „Zemsta”"). */
const AUTHOR_WORK_LINE = /^[ \t]*(?:\d{1,3}[.)]|[-–•*])?[ \t]*\p{Lu}[\p{L}'’ .-]{2,60},[ \t]*[„“"«‚‘]/u;
/** What no reference holds: a mailbox or a phone's or a contact's word. */
const NOT_REFERENCE = /@|(?<![\p{L}])(?:tel|phone|mobile|telefon|téléphone|telefono|teléfono|telefoon|telefone)(?![\p{L}])/iu;
/** The longest line a reference is. */
const REFERENCE_LINE = 400;

/**
 * The lines of a list of references, as [start, end) pairs: under its heading ("References", "Bibliographie",
 * "Literatur"), each line that cites a work by its year and its punctuation ("Smith J, Patel R. Sleep … 2020;29(3)",
 * "DUPONT, Jean. Histoire de la Bretagne. Rennes : PUR, 2015.", "[1] L. Gómez y P. Ruiz, «…», 2021."), up to a line
 * that cites none, past the list's short headings of its own ("Ouvrages", "Articles"). Its authors are published; not a
 * CV's referees with their mailboxes and phones.
 */
function referenceLines(scan: TextScan): number[] {
  return memo(scan, 'reference-lines', () => {
    const hits = scan.byFamily.get('reference-head');
    if (!hits) return [];
    const { text } = scan;
    const ranges: number[] = [];
    for (const hit of hits) {
      if (!headingAt(text, hit.start) && !askedHeading(text, hit.start)) continue;
      let at = lineEndOf(text, hit.end) + 1;
      while (at < text.length) {
        const end = lineEndOf(text, at);
        const line = text.slice(at, end);
        // A short heading of its own inside the list goes on with it ("Ouvrages", "Articles", "Journal papers").
        const subHeading = () => line.trim().length <= 80 && !/\d/.test(line) && headingAt(text, at);
        if (line.trim() !== '' && !subHeading()) {
          if (
            line.length > REFERENCE_LINE ||
            !(REFERENCE_YEAR.test(line) || AUTHOR_WORK_LINE.test(line)) ||
            NOT_REFERENCE.test(line)
          )
            break;
          ranges.push(at, end);
        }
        at = end + 1;
      }
    }
    return ranges;
  });
}

/** A quotation's closing mark and a dash before its author, on the author's line: "… volontà.» – Antonio Gramsci". */
const ATTRIBUTION_BEFORE = /[»”"“’…][ \t]*[–—-][ \t]*$/u;
const ATTRIBUTION_LINE = /[»”"“’…][ \t]*[–—-][ \t]*\p{Lu}[^\n]{0,60}$/gmu;
/**
 * The author a quotation is attributed to by their full name at the line's end, in a text that attributes two quotations
 * or more so, one of them to a person of history (a calendar's sayings, a page of quotes): "«Il pessimismo della
 * ragione, l'ottimismo della volontà.» – Antonio Gramsci".
 */
function quotedAuthor(scan: TextScan, match: Match): boolean {
  const { text } = scan;
  // An author's full name, not a review's signature by a first name, maybe with an initial ("– Femke, Utrecht", "– Carmen
  // G.": a shop's customers, holdout-87).
  if (!/\s\p{Lu}[\p{L}'’-]*\p{Ll}/u.test(match.value)) return false;
  const index = match.index;
  if (!ATTRIBUTION_BEFORE.test(text.slice(Math.max(0, index - 8), index))) return false;
  // The author ends the line: not a colleague with their role or town after ("– Anna Weber, Team Lead").
  if (!/^[ \t]*(?:\r?\n|$)/.test(text.slice(index + match.value.length, index + match.value.length + 3))) return false;
  // Two attributions or more, one of them to a person of history the lists hold ("– Dante Alighieri"): a page of
  // sayings, not a chat's quoted lines.
  return memo(scan, 'attributions', () => {
    const lines = text.match(ATTRIBUTION_LINE) ?? [];
    if (lines.length < 2) return false;
    return (scan.byFamily.get('historical-person') ?? []).some((hit) =>
      ATTRIBUTION_BEFORE.test(text.slice(Math.max(0, hit.start - 8), hit.start)),
    );
  });
}

/** Whether a cast's heading stands on a line of its own before `index`: whom it lists play the parts ("Obsada"). */
function afterCastHeading(scan: TextScan, index: number): boolean {
  return (scan.byFamily.get('cast-head') ?? []).some((hit) => hit.start < index && headingAt(scan.text, hit.start));
}

/** Whether a special category's term stands between `from` and `to`. */
function specialTermIn(scan: TextScan, from: number, to: number): boolean {
  for (const [family, hits] of scan.byFamily)
    if (family.startsWith('special:') && hits.some((hit) => hit.start >= from && hit.start < to)) return true;
  return false;
}

/** A name a story's text gives its characters, or a figure of the Bible or a myth: weak, as a tale's are. */
function storyWeight(scan: TextScan, match: Match): Match {
  if (match.confidence <= 0.45 || match.confidence > 0.75) return match;
  if (figureOfStory(scan, match.value, match.index) || inRanges(referenceLines(scan), match.index) || quotedAuthor(scan, match))
    return { ...match, confidence: 0.45 };
  const from = storyFrom(scan);
  if (from < 0 || match.index < from || realWorld(scan, match.index) || afterCastHeading(scan, match.index)) return match;
  // "Hamlet – Tom Berger", "Player 1: Anna Schmidt": who plays a part, not the part.
  const { text } = scan;
  // A title's name starts at its title ("Frau Krüger"): its value ends where the value is found.
  const end = Math.max(match.index, text.indexOf(match.value, match.index)) + match.value.length;
  // Someone with their age where their sentence tells of their health or beliefs, as a record writes them ("Synopsis:
  // Anna Schmidt (34) was admitted with chest pain"; a story's "Jule Brandt (15) verbringt die Ferien …" is a character).
  if (AGE_AFTER_NAME.test(text.slice(end, end + 16)) && specialTermIn(scan, ...sentenceAround(text, match.index))) return match;
  if (CAST_AFTER.test(text.slice(end, end + 40)) && CAST_BEFORE.test(beforeOnLine(text, match.index))) return match;
  return { ...match, confidence: 0.45 };
}

/**
 * A name a field or a title gives, with a life before living memory right after it: "Autor: Luís Vaz de Camões (c.
 * 1524–1580)".
 */
function lifeWeight(scan: TextScan, match: Match): Match {
  if (match.confidence <= 0.45 || match.confidence > 0.85) return match;
  const { text } = scan;
  const at = valueStart(text, match);
  if (at < 0) return match;
  const end = at + match.value.length;
  const after = text.slice(end, end + 80);
  // A life's span in brackets right after the name ("(c. 1524–1580)", "(* 1896; † 1986)"), or its dated birth or death:
  // not any year the sentence goes on to ("Frau Anna Berger, wohnhaft in 1010 Wien").
  const span = LIFE_SPAN_AFTER.exec(after);
  const life = LIFE_DATE_AFTER.exec(after);
  // A life's length, not rooms' numbers ("Anna Weber (room 1204 - 1206)").
  const lived = (found: RegExpExecArray | null) =>
    found !== null && Number(found[2]) - Number(found[1]) >= 10 && beforeLivingMemory(Number(found[1]));
  if (lived(span) || (life && beforeLivingMemory(Number(life[1])))) return { ...match, confidence: 0.45 };
  // The same person's life given at another mention, in another case as Greek, Slavic and Baltic names decline:
  // "«Νικόλαος Γύζης: …»" above "… στον Νικόλαο Γύζη (1842–1901)" (holdout-717).
  const words = match.value.trim().split(/\s+/);
  if (words.length < 2) return match;
  const lives = memo(scan, 'lived-names', () => {
    const named: string[][] = [];
    if (!LIFE_SPAN_ANYWHERE.test(text)) return named;
    for (const other of allMatches(NAME_BEFORE_BRACKET, text)) {
      const end = other.index + other[0].length;
      if (lived(LIFE_SPAN_AFTER.exec(text.slice(end - 1, end + 80)))) named.push((other[1] ?? '').split(/\s+/).map(fold));
    }
    return named;
  });
  if (lives.length === 0) return match;
  const stems = words.map((word) => fold(word.slice(0, Math.max(3, word.length - 2))));
  const same = (theirs: readonly string[]) =>
    theirs.length === words.length && theirs.every((word, i) => word.startsWith(stems[i] ?? word));
  return lives.some(same) ? { ...match, confidence: 0.45 } : match;
}
/** A year of the centuries before this one in brackets: a text that may give someone's life. */
const LIFE_SPAN_ANYWHERE = /\([^()\n]{0,24}?(?<!\d)1\d{3}(?!\d)[^()\n]{0,40}?(?:[–—-]|†|;)/u;
/** Two to four capitalised words before a bracket: a name a life's span may follow. */
const NAME_BEFORE_BRACKET = /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,3})[ \t]*\(/gu;
/** A life's span in brackets right after a name: its first year, then a dash, a cross or a semicolon, and its last. */
const LIFE_SPAN_AFTER =
  /^[ \t]*\([^()\n]{0,24}?(?<!\d)(1\d{3})(?!\d)[^()\n]{0,40}?(?:[–—-]|†|;)[^()\n]{0,40}?(?<!\d)(1\d{3}|20\d\d)(?!\d)[^()\n]{0,20}\)/u;

/** A school's or a library's list of books: its word anywhere in the text. */
const BOOK_LIST_WORD =
  /(?<![\p{L}])(?:book ?lists?|reading lists?|set texts|leseliste|bücherliste|schulbuchliste|liste de livres|liste des manuels|manuels scolaires|elenco (?:dei )?libri|libri di testo|lista de libros|libros de texto|lista de livros|manuais escolares|boekenlijst|lista lektur|lista podręczników|podręczniki)(?![\p{L}])/iu;
/** A book's line: a list's mark, its title and a comma before the name. */
const BOOK_LINE_BEFORE = /^[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]*[^,\n]{2,80},[ \t]*$/;
/** … and its publisher in brackets, ending the line ("– Of Mice and Men, John Steinbeck (Penguin)"). */
const PUBLISHER_AFTER = /^[ \t]*\([^()\n]{2,40}\)[ \t]*\r?$/;
/**
 * An author on a book list's line, between the title's comma and the publisher's bracket, where the text says it is a
 * book list (a school's booklist, a library's reading list): a published work's maker, as catalogues name them.
 */
function bookListWeight(scan: TextScan, match: Match): Match {
  if (match.confidence <= 0.45) return match;
  const { text } = scan;
  const at = valueStart(text, match);
  if (at < 0) return match;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = lineEndOf(text, at);
  if (!BOOK_LINE_BEFORE.test(text.slice(lineStart, at))) return match;
  if (!PUBLISHER_AFTER.test(text.slice(at + match.value.length, lineEnd))) return match;
  return memo(scan, 'book-list', () => textHas(scan, BOOK_LIST_WORD)) ? { ...match, confidence: 0.45 } : match;
}

/** Instruments and voices in the EU's languages, as programmes credit their performers. */
const PARTS =
  'piano|pianoforte|fortepian|klavier|flügel|violin|violine|geige|skrzypce|violon|violino|violín|viool|cello|violoncell[eo]|wiolonczela|viola|altówka|bratsche|alto|flute|flöte|flûte|flauto|flauta|fluit|flet|oboe|hautbois|obój|clarinet|klarinette|clarinette|clarinetto|clarinete|klarnet|bassoon|fagott|basson|fagotto|fagot|horn|corno|trompa|trumpet|trompete|trompette|tromba|trompeta|trąbka|trombone|puzon|harp|harfe|harpe|arpa|harfa|guitar|gitarre|guitare|chitarra|guitarra|gitaar|gitara|organ|orgel|orgue|organo|órgano|organy|percussion|schlagzeug|perkusja|accordion|akkordeon|accordéon|fisarmonica|acordeón|akordeon|soprano|sopran|mezzosoprano|mezzo-soprano|contralto|tenor|tenore|ténor|baritone|bariton|baritono|barítono|bass|basso|bajo|countertenor|kontratenor|vocals|gesang|chant|voce|voz|śpiew';
/**
 * A book's format or its publisher, and its length, as a publisher's announcement, a catalogue or a review gives them
 * ("Roman, 384 Seiten", "novel, 320 pages", "romanzo, 288 pagine", "powieść, 400 stron", "Förlaget Norrsken, 312 sidor").
 */
const BOOK_FORMAT =
  /(?<![\p{L}])(?:roman|novel|novella|romanzo|novela|powieść|romance|sachbuch|erzählung(?:en)?|gedichte|poems|poetry|stories|racconti|saggio|ensayo|essai|essay|cuentos|verhalen|opowiadania|contos|biograph\p{L}*|biografi\p{L}*|thriller|krimi|kriminalroman|jugendbuch|kinderbuch|bilderbuch|graphic novel|bande dessinée|fumetto|cómic|komiks|livro|libro|buch|book|boek|książka|förlag\p{L}*|forlag\p{L}*|verlag|éditions|edizioni|ediciones|uitgeverij|wydawnictwo|edições|kustannus\p{L}*|nakladatelství|vydavateľstvo|kiadó|editura|leidykla|izdavač)(?![\p{L}])[^\n]{0,40}?(?<!\d)\d{2,4}[ \t]*(?:seiten|s\.|pages|pagine|pp\.|páginas|págs?\.|blz\.?|bladzijden|pagina['’]s|stron|str\.|sidor|sider|sivua|stran|strán|strany|stránok|oldal|pagini|puslapiai|puslapių|stranica|σελίδες)(?![\p{L}])/iu;
/** A name opening its line before a colon and a title: "Johanna Reimers: Das Haus am Deich". */
const TITLE_AFTER_NAME = /^[ \t]*:[ \t]+[«"„“]?\p{Lu}/u;

/** What a performer plays or sings, or whom they lead, after their name on a programme's line ("Aleksandra Świgut – fortepian"). */
const PART_AFTER_NAME = new RegExp(String.raw`^[ \t]*[–—,:(-][ \t]*(?:${PARTS})[ \t)]*(?:\r?\n|$)`, 'iu');
/** A work credited to its composer on a programme's line: its key or its catalogue number ("– V Symfonia e-moll op. 64"). */
const WORK_AFTER_NAME =
  /^[ \t]*[–—:-][ \t]*[^\n]{0,80}?(?:(?<![\p{L}])(?:op\.|opus|BWV|KV|K\.|D\.|Hob\.|RV|HWV)[ \t]*\d|(?<![\p{L}])[a-hA-H](?:is|es|s)?-(?:moll|dur)(?![\p{L}])|(?<![\p{L}])in [A-G](?:[ -](?:flat|sharp))? (?:major|minor)(?![\p{L}]))/u;
/** A printed programme, by its words the scan meets (lexicon family `programme-word`). */
const programme = (scan: TextScan) => scan.byFamily.has('programme-word');
/** A school's, a music school's or a nursery's word, by which a text may be theirs. */
const SCHOOL_WORD =
  /(?<![\p{L}])(?:school|schools|schule|grundschule|gymnasium|realschule|gesamtschule|musikschule|kita|kindergarten|école|collège|lycée|maternelle|scuola|asilo|escuela|colegio|instituto|guardería|basisschool|muziekschool|kinderopvang|szkoła|szkoły|szkole|przedszkole|escola|jardim de infância|creche|conservatoire|conservatorio|conservatório|konserwatorium)(?![\p{L}])/iu;
/** Whether a text is a school's or names children: a school's word, pupils, a class's name or a minor's age. */
function schoolText(scan: TextScan): boolean {
  return memo(scan, 'school-text', () => {
    const { text } = scan;
    return textHas(scan, SCHOOL_WORD) || textHas(scan, PUPIL_WORDS) || MINORS_GROUP.test(text) || MINOR_AGE.test(text);
  });
}
/** A film's running time, as listings give it ("112 min."). */
const FILM_RUNTIME = /(?<![\d.,])\d{2,3}[ \t]?min(?:\.|utes|uten|uti|utos)?(?![\p{L}])/iu;
/**
 * A film's cast after "with" opening its sentence, the names before joined by "and" or a comma ("Con Laia Costa y
 * Eduard Fernández", holdout-586), in a listing with its tickets and its films' running times.
 */
const FILM_CAST_BEFORE =
  /(?:^|[.!?][ \t]+|\n)[ \t]*(?:[Cc]on|[Ww]ith|[Mm]it|[Aa]vec|[Mm]et|[Cc]om|[Zz]|[Ss]tarring)[ \t:]+(?:\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}(?:[ \t]*,[ \t]*|[ \t]+(?:y|and|und|et|en|e|i)[ \t]+))*$/u;
/** An election result's table: a candidate's and a vote's word on one line, its heading ("Candidate   Party   Votes"). */
const RESULTS_HEADER =
  /^[^\n]*(?<![\p{L}])(?:candidates?|kandidat(?:in|en)?|candidat(?:e|s|es)?|candidat[oa]s?|kandidaat|kandidaten|kandyda(?:t|ci|ta)|kandyd\p{L}*)(?![\p{L}])[^\n]*(?<![\p{L}])(?:votes|stimmen|voix|suffrages|voti|votos|stemmen|głos(?:y|ów))(?![\p{L}])[^\n]*$/imu;
/** An election's results in a title: "Election results", "Wahlergebnis", "Résultats des élections", "Wyniki wyborów". */
const ELECTION_RESULTS_TITLE =
  /(?<![\p{L}])(?:election results?|results of the [^\n]{0,40}election|wahlergebnis(?:se)?|ergebnis(?:se)? der [^\n]{0,40}wahl|résultats (?:des|de l['’]) élections?|résultats du (?:premier|second) tour|risultati (?:delle elezioni|elettorali)|resultados (?:electorales|de las elecciones|eleitorais|das eleições)|verkiezingsuitslag(?:en)?|uitslag van de [^\n]{0,40}verkiezing(?:en)?|wyniki wyborów)(?![\p{L}])/iu;
/**
 * The candidates of a public election under its result's heading ("Helen Okonkwo   Labour   1,204  ELECTED"): named for
 * publication, as the returning officer's declaration names them. Not a club's or a school's own vote, whose members
 * and pupils the text calls so.
 */
function electedOrCandidate(scan: TextScan, lineStart: number): boolean {
  const header = memo(scan, 'results-header', () => {
    // Most texts hold no vote's word: one plain look spares the line-by-line pattern.
    if (!/vot|stimm|voix|suffrag|stemm|głos/i.test(scan.text)) return -1;
    const m = RESULTS_HEADER.exec(scan.text);
    if (m) return m.index + m[0].length;
    // … or an election's results by the text's title ("Wyniki wyborów na wójta Gminy Sulejów – 2 tura", holdout-775).
    const first = firstLine(scan.text);
    return ELECTION_RESULTS_TITLE.test(first) ? first.length : -1;
  });
  return header >= 0 && lineStart > header && !ownPeople(scan);
}
/**
 * An organisation's spokesperson by their office after the name ("asp. szt. Ilona Tarczyńska, oficer prasowy KPP
 * Kozienice", "Anna Berger, Pressesprecherin"), as a press release signs: not in a message, whose writer signs so too.
 */
const SPOKESPERSON_AFTER = new RegExp(
  String.raw`^[ \t]*,[ \t]*(?:${SPOKESPERSONS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\p{L}])`,
  'iu',
);
/** An interviewer's byline opening its line, before their name ("Ptala se", "Das Gespräch führte", "Propos recueillis par"). */
const INTERVIEWER_BEFORE =
  /^[ \t]*(?:ptala se|ptal se|pýtala sa|pýtal sa|das gespräch führte|das interview führte|interview(?:ed)? by|interview:|propos recueillis par|intervista (?:a cura )?di|entrevista (?:realizada )?por|entrevista de|rozmawiał[a]?|rozmawiali|gesprek door|interview door|intervjuad av|intervjuet av|haastattelija|haastatteli)[ \t:]*$/iu;
/**
 * A published work's or a performance's credit: a book's author before its title where the text gives the book's
 * format and length (a publisher's announcement), a programme's composers by their works and its performers by their
 * part ("Piotr Czajkowski – V Symfonia e-moll op. 64", "Aleksandra Świgut – fortepian"), as
 * catalogues and programmes name them for publication. Kept as the text's public names, so that their other mentions
 * ("Johanna Reimers, geboren 1979 in Emden, lebt als Autorin …") read so too.
 */
function creditWeight(scan: TextScan, match: Match): Match {
  if (match.confidence <= 0.45 || match.confidence > 0.8) return match;
  // A school's concert or a class's vote names children, whom no credit makes published (probes).
  if (schoolText(scan)) return match;
  const { text } = scan;
  const at = valueStart(text, match);
  if (at < 0) return match;
  const end = at + match.value.length;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const opensLine = /^[ \t]*$/.test(text.slice(lineStart, at));
  const after = text.slice(end, end + 120);
  const credited =
    electedOrCandidate(scan, lineStart) ||
    ((scan.byFamily.has('public-audience') || programme(scan)) &&
      FILM_RUNTIME.test(text) &&
      FILM_CAST_BEFORE.test(text.slice(Math.max(0, at - 120), at))) ||
    (scan.byFamily.has('spokesperson') && SPOKESPERSON_AFTER.test(after) && !aMessage(scan)) ||
    (opensLine &&
      match.confidence <= 0.7 &&
      TITLE_AFTER_NAME.test(after) &&
      memo(scan, 'book-format', () => textHas(scan, BOOK_FORMAT))) ||
    (opensLine && match.confidence <= 0.7 && programme(scan) && (PART_AFTER_NAME.test(after) || WORK_AFTER_NAME.test(after))) ||
    // An interview's byline opening its line ("Ptala se Lucie Hrabětová", "Propos recueillis par …", holdout-926): its
    // journalist, credited as a paper credits its writers.
    (match.confidence <= 0.7 && INTERVIEWER_BEFORE.test(text.slice(lineStart, at)));
  if (!credited) return match;
  if (/\s/.test(match.value.trim())) officeHolders(scan).add(fold(match.value.trim()));
  return { ...match, confidence: 0.45 };
}

function varietyWeight(scan: TextScan, match: Match): Match {
  if (match.confidence <= 0.45 || !varietyOrCredit(scan, match.index, match.value.length)) return match;
  // A label's artist is the one its wall text tells of further on ("Saskia Brouwer schildert landschappen …",
  // holdout-910): named for publication there too, as an office holder is (sameOfficeHolder).
  const value = match.value.trim();
  if (/\s/.test(value) && artistOfWork(scan, match.index + match.value.length)) officeHolders(scan).add(fold(value));
  return { ...match, confidence: 0.45 };
}

/** A doctor's or a dentist's specialty, as a practice's heading names its doctors by it ("Fachärzte für Allgemeinmedizin"). */
const SPECIALTY =
  /(?<![\p{L}])(?:všeobecn(?:ého|ý) lekára?|praktick(?:ého|ý) lékaře?|fachärzt(?:e|in|innen)? für|facharzt für|zahnärzt(?:e|in|innen)?|zahnarzt|allgemeinmedizin|médecins? généralistes?|médecine générale|chirurgiens?-dentistes?|medic[oi] di medicina generale|specialist[ai] in|médicos? de família|medicina familiar|especialistas? en|huisarts(?:en)?|tandarts(?:en)?|lekarz(?:e)? rodzinn\p{L}*|specjalist\p{L}* chorób|general practitioners?|gps? partners?|dental surgeons?)(?![\p{L}])/iu;
/**
 * A practice's own doctors, named in its heading with their specialty ("Dr. med. Sabine Reuter · Dr. med. Felix Aumann ·
 * Fachärzte für Allgemeinmedizin"), as a company's officers are: the practice's, weak evidence of a person; not in a
 * message (a referral, a sick note), whose patient the text names besides.
 */
function practiceWeight(scan: TextScan, match: Match): Match {
  if (match.confidence <= 0.45 || match.index > 600) return match;
  const { text } = scan;
  const lineStart = text.lastIndexOf('\n', match.index - 1) + 1;
  // Where the name's value starts: a title's reading points at the title, read so where the practice's specialty
  // stands before it ("Ambulancia všeobecného lekára MUDr. Petra Hudáka", holdout-1045), not a record's signing doctor
  // after (holdout-26's "Dott.ssa Elena Marchetti, medico di medicina generale" under the patient's prescription).
  const valueAt = Math.max(match.index, nameStart(text, match));
  // So too where the name heads the text, its title before it and its specialty after ("AMBULATORIO DI MEDICINA GENERALE /
  // Dott. Roberto Fontana – Medico di medicina generale", holdout-1197): the practice's heading, no record's signature.
  const heading =
    valueAt > match.index && lineStart <= topLines(text).join('\n').length + (/^\s*/.exec(text.slice(0, 1000))?.[0].length ?? 0);
  const at = valueAt > match.index && (heading || SPECIALTY.test(text.slice(lineStart, valueAt))) ? valueAt : match.index;
  if (!/(?:dr|dott|dra|lek|mudr)\.(?:[ \t]*(?:med|dent|med\. dent|ssa))?\.?[ \t]*$/iu.test(text.slice(lineStart, at)))
    return match;
  if (!SPECIALTY.test(text.slice(lineStart, lineEndOf(text, match.index)))) return match;
  return aMessage(scan) ? match : { ...match, confidence: 0.45 };
}

/**
 * A company's officers in its legal notice, beside its register number ("Geschäftsführer:
 * Dr. Hans Weber … HRB 123456"): published by law for the company, weak evidence of a person.
 */
function officerWeight(scan: TextScan, match: Match): Match {
  if (match.confidence > 0.45 && PUBLISHED_READINGS.some(([, holds]) => holds(scan))) return { ...match, confidence: 0.45 };
  // A recipe's author signing it or named in its prose, not a field's name ("Patient: …" over a diet sheet).
  if (match.confidence > 0.45 && match.confidence <= 0.7 && publishedRecipe(scan)) return { ...match, confidence: 0.45 };
  if (match.confidence > 0.45 && letterToShareholders(scan, match)) return { ...match, confidence: 0.45 };
  if (match.confidence <= 0.45 || !scan.byFamily.has('company-officer') || !scan.byFamily.has('company-register')) return match;
  if (!nearOnLine(scan, 'company-officer', match.index, 60)) return match;
  // A contract's parties, each represented by its officer, name them in a contract, not in a published notice (holdout-644).
  if (contractBetween(scan)) return match;
  // The register number close by, as a notice or a letterhead's footer has it (not a board's minutes under a heading).
  if (!hitBetween(scan, 'company-register', Math.max(0, match.index - 300), match.index + 300)) return match;
  return { ...match, confidence: 0.45 };
}

/** A recipe's ingredients' word as a label or a heading on its line ("Ingrédients :", "## Zutaten", "Składniki"). */
const RECIPE_INGREDIENTS =
  /(?:^|\n)[ \t#*]*(?:ingredients|ingrédients|zutaten|ingredienti|ingredientes|ingrediënten|składniki|ingredienser|ainekset|ingredience|ingrediencie|hozzávalók|ingrediente|съставки|υλικά|sestavine|sastojci|koostisosad|sastāvdaļas|ingredientai)[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*(?::|\r?\n)/iu;
/** A recipe's method: an oven's temperature or a cooking time in minutes ("200 °C", "25 minutes", "25 Min."). */
const RECIPE_METHOD =
  /\d{2,3}[ \t]*°[ \t]*C|\d{2,3}[ \t]*fokon(?![\p{L}])|\d{1,3}[ \t]*(?:minutes|minuten|minuti|minutos|minut|minuter|minuttia|perc(?:ig|et)?|minute|λεπτά|минути|minuta|minutit|minūtes|minučių|min\.?)(?![\p{L}])/iu;
/**
 * A recipe's method as its own heading, opening a line under the ingredients: "Method", "Zubereitung", "Préparation",
 * "Preparazione", "Preparación", "Modo de preparo", "Bereiding", "Przygotowanie", "Priprema", "Postup", "Elkészítés"
 * and the EU's other languages' (a stew's "Priprema: … kuhajte oko tri sata" gives no minutes nor oven, holdout-1135).
 */
const RECIPE_METHOD_HEADING =
  /(?:^|\n)[ \t#*]*(?:method|preparation|directions|instructions|zubereitung|préparation|preparazione|procedimento|preparación|elaboración|modo de prepar(?:o|ação)|preparação|bereiding|bereidingswijze|przygotowanie|sposób przygotowania|wykonanie|priprema|postup(?: přípravy| prípravy)?|příprava|príprava|elkészítés|mod de preparare|preparare|tillagning|tilberedning|fremgangsmåde|valmistus|valmistusohje|valmistamine|pagatavošana|gaminimas|приготвяне|начин на приготвяне|εκτέλεση|οδηγίες|postopek|priprava)[ \t]*(?::|\r?\n)/iu;
/**
 * A recipe as a blog, a cookbook or a newsletter publishes it: its ingredients' label and an oven's temperature, a
 * cooking time or the method's own heading (holdout-1095's "Tarte fine aux pommes … Claire"), its author's name
 * signing it weak as a byline is. Not a message (a friend's mail with a recipe names its writer to its reader), nor one
 * marked confidential or telling of a named person's health, beliefs or membership (a diet sheet).
 */
function publishedRecipe(scan: TextScan): boolean {
  return memo(
    scan,
    'published-recipe',
    () =>
      RECIPE_INGREDIENTS.test(scan.text) &&
      (RECIPE_METHOD.test(scan.text) || RECIPE_METHOD_HEADING.test(scan.text)) &&
      !messageShaped(scan) &&
      !hasConfidentialityMarker(scan) &&
      !specialBesideName(scan),
  );
}

/** A contract's word in a text's title (its first 160 characters), in the eight languages and the EU's others. */
const CONTRACT_TITLE =
  /(?<![\p{L}])(?:contracts?|agreement|vertrag|vereinbarung|contrat|convention|contratto|convenzione|contrato|acuerdo|acordo|overeenkomst|umowa|umowy|smlouva|zmluva|szerződés|avtal|aftale|sopimus|contractul)(?![\p{L}])/iu;
/** Its parties introduced: "Entre:", "Between", "Zwischen", "Tra", "Tussen", "Pomiędzy" opening a line. */
const PARTIES_BETWEEN =
  /(?:^|\n)[ \t]*(?:between|entre|zwischen|tra|fra|tussen|pomiędzy|między|mezi|medzi|mellan|mellem|között|välillä)(?![\p{L}])/iu;
const PARTIES_BETWEEN_ALL = new RegExp(PARTIES_BETWEEN.source, 'giu');
/**
 * A contract between parties: its title and its parties introduced, at the text's start or wherever the parties' line
 * follows the title closely (a contract below a cover mail or after other pages).
 */
const contractBetween = (scan: TextScan) =>
  memo(scan, 'contract-between', () => {
    const { text } = scan;
    if (CONTRACT_TITLE.test(text.slice(0, 160)) && PARTIES_BETWEEN.test(text.slice(0, 2000))) return true;
    for (const between of allMatches(PARTIES_BETWEEN_ALL, text))
      if (CONTRACT_TITLE.test(text.slice(Math.max(0, between.index - 300), between.index))) return true;
    return false;
  });

/**
 * A chair's or a chief executive's letter to the shareholders, signed with the office and the company's legal name on
 * the next line ("Margaret Lowe\nChair, Hollins Water plc", holdout-623): published with the annual report, as an
 * officer in a legal notice is.
 */
function letterToShareholders(scan: TextScan, match: Match): boolean {
  if (!scan.byFamily.has('legal-form') || !scan.byFamily.has('shareholders')) return false;
  const { text } = scan;
  const lineEnd = lineEndOf(text, match.index);
  if (lineEnd >= text.length) return false;
  const nextEnd = lineEndOf(text, lineEnd + 1);
  return (
    (BOARD_OFFICE_OPENS.test(text.slice(lineEnd + 1, nextEnd)) || hitBetween(scan, 'company-officer', lineEnd, nextEnd)) &&
    hitBetween(scan, 'legal-form', lineEnd, nextEnd)
  );
}
/** A board's office opening a signature's line ("Chair, Hollins Water plc"; "chair" alone is furniture in the lexicon). */
const BOARD_OFFICE_OPENS =
  /^[ \t]*(?:chair|chairman|chairwoman|chief executive|group chief executive|ceo|president|vorsitzende[r]? des (?:vorstands|aufsichtsrats)|président(?:e)?|presidente|voorzitter|prezes)(?![\p{L}])/iu;

/**
 * Columns whose cells name things, places or companies, which are often named after people ("Pepe Jeans", "Via
 * Garibaldi"), a supplier's or a carrier's ("Brennan Hardware Supplies", holdout-1106), and an item's designation in the
 * EU's other languages ("naziv", "nazwa", "megnevezés": "Namizna svetilka Marija", holdout-1100).
 */
const THING_COLUMN =
  /^(?:station|stations|bahnhof|haltestelle|gare|arrêt|stazione|fermata|estación|parada|estação|paragem|halte|stacja|przystanek|stop|brand|label|marca|marke|marque|merk|marka|product|produkt|produit|prodotto|producto|produto|artikel|article|articolo|artículo|artigo|item|title|titel|titre|titolo|título|tytuł|street|straße|strasse|rue|via|calle|straat|ulica|rua|city|town|stadt|ort|ville|città|ciudad|stad|plaats|miasto|cidade|district|county|region|borough|ward|parish|neighbourhood|neighborhood|gemeinde|bezirk|kreis|landkreis|stadtteil|commune|département|departement|quartier|comune|provincia|regione|quartiere|municipio|barrio|región|comunidad|gemeente|wijk|provincie|gmina|powiat|województwo|dzielnica|freguesia|concelho|distrito|bairro|município|região|company|firma|entreprise|société|azienda|empresa|bedrijf|organisation|organization|suppliers?|vendors?|lieferant|anbieter|fournisseur|fornitore|proveedor|leverancier|dostawca|fornecedor|leverantör|leverandør|toimittaja|dodavatel|dodávateľ|szállító|furnizor|dobavljač|dobavitelj|tiekėjas|piegādātājs|tarnija|προμηθευτής|доставчик|carrier|spediteur|transporteur|producer|manufacturer|hersteller|fabricant|produttore|fabricante|fabrikant|producent|wine|wein|vin|vino|vinho|wijn|wino|domaine|weingut|band|artist|album|song|film|movie|hotel|restaurant|venue|location|lieu|luogo|lugar|locatie|model|modell|modèle|modello|modelo|typ|type|tipo|variant|variante|version|naziv|název|názov|nazwa|megnevezés|denumire|nimetus|nosaukums|pavadinimas|ονομασία|наименование|benämning|betegnelse|nimike)$/iu;

/**
 * A column of public offices' holders by its header ("maire", "Bürgermeister", "sindaco", "mayor"): its cells name
 * office holders, as an office before a name does in prose (holdout-1110's list of communes and their mayors).
 */
const OFFICE_COLUMN = new RegExp(`^(?:${LOCAL_OFFICES}|${GOVERNMENT_OFFICES}|bürgermeister(?:in)?)s?$`, 'iu');

/**
 * A published work's column only a catalogue has: its ISBN, its publisher, its shelfmark, its genre (not a title alone,
 * which a register of internal documents has beside their authors).
 */
const PUBLICATION_COLUMN =
  /^(?:isbn(?:[_ -]?1[03])?|issn|publisher|verlag|éditeur|editeur|editore|editorial|uitgever|uitgeverij|wydawnictwo|wydawca|editora|shelfmark|signatur|cote|call[_ ]?number|genre|gattung|record[_ ]?label)$/iu;
/**
 * A catalogue of published works: a publication's column whose cells are filled, an ISBN's with an ISBN's digits in
 * most rows (not an internal register's "isbn: n/a").
 */
function publishedWorks(columns: readonly string[], rows: ReadonlyArray<{ cells: readonly string[] }>): boolean {
  return columns.some((column, i) => {
    if (!PUBLICATION_COLUMN.test(column)) return false;
    const filled = rows.filter(({ cells }) => {
      const cell = cellText(cells[i] ?? '');
      return /^(?:isbn|issn)/i.test(column) ? /\d(?:[ -]?\d){7,12}/.test(cell) : cell.length > 1;
    }).length;
    return filled * 2 > rows.length;
  });
}
/** A maker's column in a catalogue: the author's, the composer's, the director's. */
const CREATOR_COLUMN =
  /^(?:authors?|autor(?:in|es|zy)?|auteurs?|autrice|autore|autori|verfasser(?:in)?|schrijver|writers?|composers?|komponist(?:in)?|compositeur|compositore|compositor|componist|kompozytor|directors?|regisseur|réalisateur|regista|realizador|reżyser|illustrators?|illustrat(?:eur|rice|ore|or)|creators?)$/iu;
/** Columns only a catalogue, an order or a stock list has: prices, stock, article numbers. */
const PRODUCT_COLUMN =
  /^(?:sku|ean|gtin|upc|art(?:ikel|icle|icolo|ículo|igo)?[_ .-]?(?:nr|no|n°|id|number|nummer)\.?|price|preis|prix|prezzo|precio|prijs|cena|preço|preco|unit[_ ]?price|stock|lagerbestand|bestand|qty|quantity|menge|quantité|quantità|cantidad|aantal|ilość|quantidade)(?:[ _-]?(?:eur|€|usd|net|netto|gross|brutto))?$/iu;

/**
 * The cells of a table's columns that name things (a header "marca", "Straße", "company" …) or a catalogue's makers, as
 * [start, end) pairs: names there are part of those things' names.
 */
function thingCells(text: string): number[] {
  const firstLineEnd = text.indexOf('\n');
  const header = text.slice(0, firstLineEnd < 0 ? text.length : firstLineEnd);
  const delimiter = CELL_DELIMITERS.find((d) => header.includes(d));
  if (!delimiter || firstLineEnd < 0) return [];
  const columns = header.split(delimiter).map(cellText);
  // Beside a price, a stock or an article number, a plain "name" is the product's ("Sofia armchair");
  // not where another column names the product ("name; Artikel; Menge" is an order's customer).
  const products = columns.some((c) => PRODUCT_COLUMN.test(c)) && !columns.some((c) => THING_COLUMN.test(c));
  // Beside a work's ISBN or publisher, an author's or a composer's column names makers, as a catalogue lists them.
  const works = columns.some((c) => PUBLICATION_COLUMN.test(c));
  const things = new Set(
    columns.flatMap((c, i) =>
      THING_COLUMN.test(c) || OFFICE_COLUMN.test(c) || (products && CSV_GENERIC.test(c)) || (works && CREATOR_COLUMN.test(c))
        ? [i]
        : [],
    ),
  );
  if (things.size === 0) return [];
  const cells: number[] = [];
  for (let start = firstLineEnd + 1; start < text.length; ) {
    const end = text.indexOf('\n', start);
    const lineEnd = end < 0 ? text.length : end;
    let cellStart = start;
    for (let column = 0; cellStart <= lineEnd; column++) {
      const next = text.indexOf(delimiter, cellStart);
      const cellEnd = next < 0 || next > lineEnd ? lineEnd : next;
      if (things.has(column)) cells.push(cellStart, cellEnd);
      cellStart = cellEnd + 1;
    }
    start = lineEnd + 1;
  }
  return cells;
}

/**
 * Streets listed after their plural ("v těchto ulicích: Americká, Václava Pirkla, Jana Palacha", "na rohu
 * ulic Americká a Václava Pirkla", "rues Victor Hugo et Jean Jaurès"): streets named after people, with no
 * street word of their own. After a colon the list runs to its line's end (the next line's, where the colon
 * ends one); else to the sentence's.
 */
const STREET_LIST = new RegExp(
  String.raw`(?:${STREET_PLURALS.map(escapeRegExp).join('|')})(?:[ \t]*(:)[ \t]*(?:\n[ \t]*)*|[ \t]+(?=\p{Lu}))`,
  'giu',
);
function streetLists(scan: TextScan): number[] {
  const { text } = scan;
  const spans: number[] = [];
  const first = scan.byFamily.get('street-plural')?.[0];
  if (!first) return spans;
  STREET_LIST.lastIndex = Math.max(0, first.start - 1);
  for (const m of allMatches(STREET_LIST, text)) {
    // A whole word: no letter before it ("vie", not "Lavie").
    if (m.index > 0 && /\p{L}/u.test(text[m.index - 1] as string)) continue;
    const start = m.index + m[0].length;
    const end = m[1] ? text.indexOf('\n', start) : text.slice(start).search(/[.;\n]/);
    spans.push(start, end < 0 ? text.length : m[1] ? end : start + end);
  }
  return spans;
}

// --- names in running text -------------------------------------------------------------

/**
 * Between a given name and the surname: "Ludwig van Beethoven", "João da Silva", "Ana de la Fuente",
 * one or two spaces apart (a tab or a wider gap parts a table's columns: "MSC Irina      Libéria").
 * Not "y" or "e", which join two surnames ("Ortega y Gasset") but after a given name join two
 * things ("Castilla y León y Galicia", "Maria e Giovanni").
 */
const SURNAME_AFTER = new RegExp(
  String.raw` {1,2}(?:${PARTICLE.replace('|y|e|', '|')} {1,2}){0,2}(\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*(?:-\p{Lu}\p{L}+)?|\p{Lu}{3,}(?![\p{L}\d]))`,
  'uy',
);
const POSTCODE_BEFORE =
  /(?:\b(?<!\d[/.])\d{4,5}|\b\d{3} \d{2}|\b\d{2}-\d{3}|\b\d{4}-\d{3}|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z\d]{2}|\b\d{4} ?[A-Z]{2})[ \t]+$/;
/** A year of this century or the last after a word of time or opening its sentence, right before a name: no postcode. */
const YEAR_BEFORE =
  /(?:(?:^|[.!?:]|\n)[ \t]*|(?<![\p{L}])(?:in|im|nel|seit|since|until|by|from|after|before|bis|vor|nach|ab|dal|desde|en|em|no|w|od|do|sinds|sedan|siden|vuonna|jahr|year|anno|année|año|ano|rok|roku|roce|år)[ \t]+)(?:19|20)\d\d,?[ \t]+$/iu;
/** A town's first word right before a name ("94469 Alt ▸Sophie", "EC13 80X Great ▸Douglas Common"), read after a postcode. */
const TOWN_WORD_BEFORE =
  /(?:Alt|Bad|Neu|Groß|Gross|Klein|Ober|Unter|Nieder|Hohen|Markt|Sankt|St\.|Santa|Santo|San|São|Saint|Sainte|Villa|Vila|Nova|Novo|Nowa|Nowy|Stare|Stary|Velké|Malé|Great|Little|High|Upper|Lower|North|South|East|West|Old|New|Long|Nether|Ost|Nord|Süd|Oost|Noord|Zuid)[ \t]+$/u;
/**
 * A postcode, then a town's first word or article, or its words and a particle, up to here: "9015-631 Vila ▸Nova de
 * Gaia", "… Vila Nova de ▸Gaia", "17000 La ▸Rochelle".
 */
const TOWN_SO_FAR =
  /(?:\b\d{5}|\b\d{3} \d{2}|\b\d{2}-\d{3}|\b\d{4}-\d{3}|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z\d]{2}|\b\d{4} ?[A-Z]{2})[ \t]+(?:(?:Alt|Bad|Neu|Sankt|Santa|Santo|San|São|Saint|Sainte|Villa|Vila|Nova|Novo|Nowa|Nowy|Great|Little|High|Upper|Lower|North|South|East|West|Ost|Nord|Süd|La|Le|Les|El|Los|Las|Den|De|Di|Da|Del|Della)[ \t]+|(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3}(?:de|da|do|das|dos|di|del|la|le|les|sur|am|an|im|upon|on)[ \t]+(?:(?:la|las|los|le|les)[ \t]+)?)$/u;
/**
 * A letter's place before its date, its words and a particle up to here, at the line's start or after a wide gap
 * ("Casalecchio di ▸Reno, 01/12/2026", holdout-595; "Frankfurt am ▸Main, den 3. Mai 2026").
 */
const PLACE_OF_DATE_SO_FAR =
  /(?:^|\n|[ \t]{3,})[ \t]*(\p{Lu}[\p{L}'’-]*)(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}[ \t]+(?:de|da|do|di|del|della|am|an der|an|im|sur|en|upon|on)[ \t]+$/u;
/** The date after a letter's place: "Reno, 01/12/2026", "Main, den 3. Mai 2026", "Gaia, 4 de março de 2026". */
const DATE_OF_PLACE_AFTER =
  /^[ \t]*,[ \t]*(?:(?:den|le|il|el|lì|li|dia|em|op|dnia)[ \t]+)?(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}|\d{1,2}\.?[ \t]+(?:de[ \t]+)?\p{L}{3,12}\.?[ \t]+(?:de[ \t]+)?(?:19|20)\d{2})[ \t]*(?:\r?\n|$)/u;
/** Whether a name at `index` continues a town's name after its postcode, or a letter's place before its date. */
const inTownName = (text: string, index: number, end = index) => {
  if (TOWN_SO_FAR.test(text.slice(Math.max(0, index - 48), index))) return true;
  if (end <= index) return false;
  const place = PLACE_OF_DATE_SO_FAR.exec(text.slice(Math.max(0, index - 64), index));
  // Not a person's given name opening it ("Marco di Reno, 01/12/2026" may sign a form).
  return place !== null && !givenNameWord(place[1] as string) && DATE_OF_PLACE_AFTER.test(text.slice(end, end + 40));
};
/** Families whose words make the next words a place's or an institution's name ("avenue Victor Hugo", "Museo Leonardo"). */
const NAMED_AFTER = ['street', 'institution', 'naming', 'room'];
/** Families that, standing right after a name, make it a place or organisation ("Marie Curie Hospital", "Jan Smit GmbH"). */
const NAMING = ['street', 'institution', 'legal-form', 'naming'];
/** A capitalised word right before a one-letter title, one space apart: a given name if it is one ("Franklin ▸D."). */
const MIDDLE_INITIAL_BEFORE = /(?<![\p{L}.])(\p{Lu}\p{Ll}+) $/u;
/** A surname's particle ending what comes before a word: " van ", " van der ", " de ". */
const PARTICLE_ENDS = /(?:^|[ \t])(?:van|von|de|der|den|ter|ten)[ \t]{1,2}$/;

/**
 * Whether the word at [start, end) is a surname because a particle stands right before it: a
 * street's or a place's word then names a person ("Jonas van Dijk", "Sven van der Laan"); a
 * short word alone only, not a compound ("Jonas van Dijklaan 4" is a street).
 */
const surnameAfterParticle = (text: string, start: number, end: number) =>
  end - start <= 6 && !/\p{L}/u.test(text[end] ?? '') && PARTICLE_ENDS.test(text.slice(Math.max(0, start - 12), start));

/** The small word before a name that says for whom a place is, not whom it is named after: "für", "for", "voor". */
const DEDICATED_TO = /(?<![\p{L}])(?:für|for|voor)$/iu;
/** Small words inside names of institutions ("Museo Nazionale della Scienza e della Tecnologia …"). */
// biome-ignore format: a word table reads best packed
const CONNECTORS = new Set(
  ['of', 'the', 'and', 'for', 'für', 'und', 'der', 'des', 'de', 'du', 'la', 'le', 'et', 'di', 'del', 'della', 'e', 'y', 'da', 'do', 'dos', 'das', 'van', 'voor', 'en', 'het', 'im', 'am', 'zum', 'zur'],
);

/**
 * The words that say which of a body's halls, rooms or libraries it is, between its word and the name it bears ("Sala
 * infantil Sophia de Mello Breyner", "Salle des fêtes Jean Moulin", "Auditorio municipal Carmen Martín Gaite").
 */
// biome-ignore format: a word table reads best packed
const PLACE_QUALIFIERS = new Set([
  'municipal', 'municipale', 'municipales', 'comunale', 'comunal', 'communale', 'civica', 'civico', 'cívico', 'infantil',
  'infantile', 'polyvalente', 'polivalente', 'fêtes', 'feste', 'fiestas', 'festas', 'grande', 'principal', 'principale',
  'nacional', 'national', 'nazionale', 'regional', 'regionale', 'provincial', 'provinciale', 'universitaria',
  'universitário', 'universitaire', 'städtische', 'städtisches', 'städtischer', 'gemeentelijk', 'miejska', 'miejski',
]);

/** "im." (imienia, named after) and "pw." (pod wezwaniem) right before a name, after the name of what bears it. */
const PATRON_BEFORE = /(?:^|[\p{L}.,"”]\s+)(?:im|pw)\.\s*(?:św\.\s*)?(?:\p{Lu}\p{Ll}+\s+){0,2}$/u;

/**
 * Streets' words as Portuguese and Spanish addresses abbreviate them, with their dot ("Av. Alberto Sampaio 12", "Pç.
 * Luís de Camões", "Trav. João de Deus"): not in the street words, where "av" alone is the Nordic "of" ("skriven av").
 */
const ABBREVIATED_STREET = /^(?:Av|AV|av|Avd|Avda|Pç|Pça|Lg|Lgo|Tv|Trav|Estr|Urb|Pza|Pso|Ctra)\.$/u;

/** Whether the line ending at `lineEnd` (its "\n") reads as wrapped prose: three words or more, no sentence's end. */
function wrappedLineBefore(text: string, lineEnd: number): boolean {
  const line = beforeOnLine(text, lineEnd).trim();
  return line.split(/[ \t]+/).length >= 3 && !/[.!?:;]$/.test(line);
}

/**
 * Whether the name at `index` continues the name of a place or institution on its line: a
 * street or institution word, then only capitalised words and small connecting words up to
 * the name ("avenue Victor Hugo", "Hospital Universitario Virgen del Rocío", "Museo … Leonardo").
 */
function partOfPlaceName(scan: TextScan, index: number): boolean {
  const { text } = scan;
  // The Polish "named after" and "dedicated to" ("Uniwersytet Medyczny im. Karola Marcinkowskiego", "parafia pw. św.
  // Jadwigi"): the patron of a school, a street or a church.
  if (PATRON_BEFORE.test(text.slice(Math.max(0, index - 48), index))) return true;
  if (!NAMED_AFTER.some((family) => scan.byFamily.has(family))) return false;
  // A place's word (two letters or more) starting the word or a part of it ("Saint-Lazare").
  // A verb of calling that is a street's word too ("Ring Sarah", the German "Ring") asks for someone.
  const placeIn = (start: number, end: number) => {
    for (let p = start; p < end; p++) {
      if (p > start && /\p{L}/u.test(text[p - 1] as string)) continue;
      const hits = hitsAt(scan, p);
      if (hits.some((hit) => hit.family === 'contact-verb')) continue;
      // "C/ Cirilo Amorós": the Spanish "calle" as its letter and a slash; two-letter abbreviations with their dot
      // ("al. Jana Pawła II", "ul. Marii Curie"), since the Spanish "al" (to the) stands before names too ("al Sr. Gil");
      // one letter and a dot is an initial ("C. Moreau").
      const word = (hit: Hit) => {
        const length = hit.end - hit.start;
        if (length > 2 || text[hit.end] === '/') return true;
        // "St Davids", "St Aidan's": a saint's "St" needs no dot; nor a school's abbreviation in capitals ("ZŠ „Jana
        // Nerudy“", "СУ „Христо Ботев“").
        const written = text.slice(hit.start, hit.end);
        return (
          length === 2 &&
          (text[hit.end] === '.' || /^st$/i.test(written) || (hit.family === 'institution' && /^\p{Lu}{2}$/u.test(written)))
        );
      };
      if (hits.some((hit) => NAMED_AFTER.includes(hit.family) && word(hit) && hit.end <= index)) return true;
    }
    return false;
  };
  let from = index;
  // Past a quote that opens a title, a place's word may come with lower-case words of its own
  // ("Biblioteca civica \"Natalia Ginzburg\"", "scuola primaria «Gianni Rodari»").
  let lowerCaseAllowed = 0;
  for (let words = 0; words < 8; words++) {
    // Back over the gap: spaces, and quotes or brackets that open a title ("Vortrag „Marie Curie …“").
    let end = from;
    // One line break too where prose was wrapped ("… tra via\nEmilia Est"): not a blank line, nor after a line of one
    // or two words (a heading, an address's line: "Ospedale\nAnna Rossi").
    let breaks = 0;
    while (end > 0 && ' \t"„“«‚(\'/\n'.includes(text[end - 1] as string)) {
      if (text[end - 1] === '\n' && (++breaks > 1 || !wrappedLineBefore(text, end - 1))) break;
      if (text[end - 1] !== ' ' && text[end - 1] !== '\t' && text[end - 1] !== '(' && text[end - 1] !== '\n')
        lowerCaseAllowed = 2;
      end--;
    }
    if (end === from && words > 0) return false;
    // "Raum für Herrn Müller", "a room for Mr Khan": what a place is for, not its name.
    if (words === 0 && DEDICATED_TO.test(text.slice(Math.max(0, end - 5), end))) return false;
    // A tab or a wider gap parts a table's or a form's columns ("Klinik<tab>Anna Schmidt"): no name runs across it.
    const gap = text.slice(end, from);
    if (gap.includes('\t') || gap.includes('   ')) return false;
    let start = end;
    while (start > 0 && /[\p{L}'’.-]/u.test(text[start - 1] as string)) start--;
    if (start === end) return false;
    // "… andrà al museo. Amani e Nikhil …", "… via Salvo D'Acquisto. La signora Mirela …": a sentence's end, not an
    // abbreviation's dot ("ul.", "Dr.", "Univ.").
    if (text[end - 1] === '.' && end - start > 5) return false;
    if (placeIn(start, end) || ABBREVIATED_STREET.test(text.slice(start, end)) || institutionPhraseEndsAt(scan, start, end))
      return !performedBy(text, start, end, index);
    const lower = text.slice(start, end).toLowerCase();
    if (!isUpperAt(text, start) && !CONNECTORS.has(lower) && !PLACE_QUALIFIERS.has(lower) && lowerCaseAllowed-- <= 0)
      return false;
    from = start;
  }
  return false;
}

/**
 * Whether an institution's phrase of several words ends with the word at [start, end), in lower case too ("il gruppo di
 * lettura Elsa Morante", "klub książki Olgi Tokarczuk", session 54's probe).
 */
const institutionPhraseEndsAt = (scan: TextScan, start: number, end: number) =>
  (scan.byFamily.get('institution') ?? []).some((hit) => hit.end === end && hit.start < start);

/** A talk's or a concert's word, whose "of" before a name is by whom, not after whom it is named. */
const PERFORMANCE_WORDS = new Set([
  'lecture',
  'vortrag',
  'conférence',
  'conference',
  'conferenza',
  'conferencia',
  'lezing',
  'wykład',
  'palestra',
  'concert',
  'konzert',
  'concerto',
  'concierto',
  'koncert',
  'odczyt',
]);
/** Polish names a talk's or a concert's speaker in the genitive right after its word ("Wykład Anny Nowak"). */
const GENITIVE_PERFORMANCE = new Set(['wykład', 'koncert', 'odczyt']);
/**
 * Whether the place's word at [start, end) is a talk's or a concert's and the name at `index` is who gives it: after
 * "de", "di", "van", "of" ("Conférence de Julie Martin lundi", "Palestra de Ana Souza", "La lecture de Julie Martin"),
 * or a Polish genitive ("Wykład Anny Nowak"). A lecture named after someone puts the name first ("the Ada Lovelace
 * Lecture"), or after the word with no particle ("Festival Chopin").
 */
function performedBy(text: string, start: number, end: number, index: number): boolean {
  const word = text.slice(start, end).toLowerCase();
  if (!PERFORMANCE_WORDS.has(word)) return false;
  if (GENITIVE_PERFORMANCE.has(word)) return true;
  return /^[ \t]+(?:de|di|del|della|da|do|van|of|by|von|d['’])[ \t]*$/iu.test(text.slice(end, index).replace(/d['’]$/, ' d’'));
}

const givenAt = (scan: TextScan, index: number) => hitsAt(scan, index).find((hit) => hit.family === 'given-name');

const VAT_LABEL = ['vat-context'] as const;

function hitStartingAt(scan: TextScan, families: readonly string[], index: number): boolean {
  return hitsAt(scan, index).some((hit) => families.includes(hit.family));
}

/**
 * A year written as one: in brackets ("(1879–1955)", "(b. 1685)"), in a span ("1749-1832"), or after a
 * word of time or of a life ("born 1685", "in 1503", "† 1827"). Not a flat's, a room's or a phone's
 * number that happens to lie between 1000 and 1999 ("lgh 1103", "Zimmer 1204").
 */
const YEAR_AFTER_NAME =
  /(?:\([ \t]*(?:c\.|ca\.|um|\*|b\.|n\.|né|née|geb\.)?[ \t]*|(?<![\p{L}])(?:in|im|en|nel|em|w|anno|year|jahr|año|ano|rok|roku|c\.|ca\.|um|vers|around|circa|born|died|gestorben|geboren|né|née|mort|morto|nato|nata|nacido|nació|murió|nascido|urodzony|urodzona|zmarł|zmarła|since|seit|depuis|dal|desde|between|zwischen|entre|tra|tussen|między|from|von|de|da|until|bis)[ \t]+|[†*][ \t]*)(1[0-9]\d\d)(?!\d)|(?<!\d)(1[0-9]\d\d)[ \t]*[–—-][ \t]*(?:1[0-9])?\d\d(?!\d)/iu;

/** A sentence's stop: not after a day's number or an abbreviation ("geb. 22. September"). */
const SENTENCE_STOP = String.raw`[.!?](?<!(?<!\d)\d{1,2}[.])(?<!(?<![\p{L}])\p{L}{1,4}\.)`;
/** Where the next sentence starts after a stop: its capital or an opening quote. */
const SENTENCE_START = String.raw`[\p{Lu}"«„“]`;
/** A sentence's end before the next one's capital. */
const SENTENCE_END = new RegExp(String.raw`${SENTENCE_STOP}(?=[ \t\r\n]+${SENTENCE_START})`, 'u');
/** Where a sentence begins after a stop (the stop and the spaces), or after a blank line (`\n\n` or `\r\n\r\n`): read backwards by `sentenceAround`. */
const SENTENCE_BEGINS = new RegExp(String.raw`(?:${SENTENCE_STOP}[ \t\r\n]+(?=${SENTENCE_START})|\n[ \t\r]*\n)`, 'gu');
/** Where a sentence ends: its stop before the next one's capital, or a blank line. */
const SENTENCE_ENDS = new RegExp(String.raw`(?:${SENTENCE_STOP}(?=[ \t\r\n]+${SENTENCE_START})|\r?\n[ \t\r]*\n)`, 'u');

function historical(following: string): boolean {
  if (!/1\d{3}/.test(following)) return false;
  // In the name's own sentence: not "… con Laura Gómez. Picasso nació en Málaga en 1881."
  const end = SENTENCE_END.exec(following);
  const sentence = end ? following.slice(0, end.index) : following;
  // Born or died on a day before living memory: "urodziła się 23 maja 1842 roku", "geboren am 3. Mai 1842".
  const life = LIFE_DATE_AFTER.exec(sentence);
  if (life && beforeLivingMemory(Number(life[1]))) return true;
  const year = YEAR_AFTER_NAME.exec(sentence);
  if (year === null || !beforeLivingMemory(Number(year[1] ?? year[2]))) return false;
  // A span is a life's length, not rooms' numbers ("Anna Weber (room 1204 - 1206)").
  if (year[2] === undefined) return true;
  const to = /(\d{2,4})$/.exec(year[0])?.[1] as string;
  const first = Number(year[2]);
  let last = to.length === 4 ? Number(to) : Number(String(year[2]).slice(0, 4 - to.length) + to);
  if (last < first) last += 100;
  return last - first >= 10;
}

/** A verb of birth or death right after a name, then a day, its month and its year ("urodziła się 23 maja 1842"). */
const LIFE_DATE_AFTER =
  /^[ \t]*(?:urodził[ao]?[ \t]+się|zmarł[ao]?|was born|died|wurde[ \t]+(?:am[ \t]+)?\S+[ \t]+\S+[ \t]+\S+[ \t]+geboren|ist[ \t]+am|starb|est née?|est mort[e]?|naquit|mourut|nacque|morì|è nat[oa]|nació|murió|nasceu|morreu|werd geboren|overleed|stierf)[ \t]+(?:(?:on|am|le|il|el|em|op|dnia|the)[ \t]+)?\d{1,2}(?:\.|º|st|nd|rd|th)?[ \t]+(?:de[ \t]+)?\p{L}+\.?[ \t]+(?:de[ \t]+)?(1\d{3})(?!\d)/iu;
/**
 * A life's span in brackets, with its dates and places or without: "(1876–1939)", "(* 1896; † 1986)", "(7 November
 * 1867 – 4 July 1934)", "(Le Roncole, 10 ottobre 1813 – Milano, 27 gennaio 1901)", "(ur. 7 listopada 1867 …, zm. …)".
 */
const LIFE_SPAN =
  /\(([^()\n]{0,60}?(?<!\d)1\d{3}(?!\d)[^()\n]{0,80}?(?:[–—-]|†|;|\bzm\.|\bd\.)[^()\n]{0,80}?(?<!\d)(?:1\d{3}|20\d\d)(?!\d)[^()\n]{0,30})\)/g;
const FOUR_DIGITS = /(?<!\d)(?:1\d{3}|20\d\d)(?!\d)/g;
/**
 * The year of a birth or a death told after its word, as a date's or after "in" ("morì a Roma il 15 agosto 1936",
 * "gest. 9. Juni 1986", "née en 1907"); not a flat's or a street's number ("Born in Leeds, flat 1104").
 */
const LIFE_YEAR =
  /^[^\n]{0,50}?(?:(?<![\p{L}])(?:jan|feb|fév|fev|mär|mar|apr|avr|abr|mai|may|mag|maj|mei|jun|jui|giu|cze|jul|lug|lip|aug|aoû|ago|sie|sep|set|wrz|oct|okt|ott|out|paź|nov|lis|dec|dez|déc|dic|gru|sty|gen|ene|lut|kwi|maa)\p{L}*\.?,?\s+(?:de\s+)?|\d{1,2}[./-]\s?\d{1,2}[./-]\s?|(?<![\p{L}])(?:in|en|im|nel|em|w|op|anno|year|jahr|año|ano|rok|roku|around|circa|c\.|ca\.|um|vers)\s+)(1\d{3}|20\d\d)(?!\d)/iu;
/**
 * The year before the word on its line: the Dutch order ("werd op 9 februari 1854 geboren"), and a calendar of
 * anniversaries ("29 de diciembre de 1891: muere en Madrid …", "1810 – nasce a Busseto …").
 */
const YEAR_BEFORE_LIFE = /(?<![\d.,])(1\d{3})(?![\d.,]?\d)[^\n\d]{0,30}$/;
/** A year of history: an event before the living were grown ("En 1943, elle organise …"). */
const EVENT_YEAR = /(?<![\d.,])1[0-9]\d\d(?![\d.,]\d)/g;
const LAST_EVENT_YEAR = 1945;
/** The longest first line that is a biography's title: a name and its life ("Rembrandt van Rijn (Leiden, 15 juli 1606 – …)"). */
const BIOGRAPHY_TITLE = 160;
/** A year the living remember: after LAST_EVENT_YEAR. */
const MODERN_YEAR = /(?<![\d.,])(?:194[6-9]|19[5-9]\d|20\d\d)(?![\d.,]\d)/g;
/** … tested for in a text, with no position carried between calls. */
const MODERN_YEAR_IN = new RegExp(MODERN_YEAR.source);
/** A death ten years ago or more, a birth more than 110 years ago: a life of history. */
const deathOfHistory = (year: number) => year >= 1000 && year <= new Date().getFullYear() - 10;

/** A founder's age at the least: a firm founded in a year was founded by someone born this many years before. */
const FOUNDER_AGE = 18;
/** A year near a founding's word: four digits alone, not part of a number or a date's digits. */
const NEAR_YEAR = /(?<![\d.,])1\d{3}(?![\d.,]?\d)/g;
/** A line long enough to be prose whose sentence wraps onto the next one. */
const PROSE_LINE = 60;

/**
 * Where a text tells of a founding long ago: the sentence of a founding's word with a year within 40 characters of
 * it, early enough that its founders were born before living memory ("founded in 1887 in Sheffield by the brothers
 * William and James Hartley", "Firmę założył w 1926 roku Józef Nowicki"), as [start, end) pairs. The sentence is
 * kept to the word's line, and to the lines before and after only where they are prose that wraps: a letterhead's
 * "Gegründet 1887" has no say over the greeting under it.
 */
function foundersOfHistory(scan: TextScan): number[] {
  const hits = scan.byFamily.get('founding');
  if (!hits) return [];
  const { text } = scan;
  const ranges: number[] = [];
  for (const hit of hits) {
    const from = Math.max(0, hit.start - 40);
    const near = text.slice(from, hit.end + 40);
    const years = allMatches(NEAR_YEAR, near).map((m) => Number(m[0]));
    if (!years.some((year) => beforeLivingMemory(year - FOUNDER_AGE))) continue;
    const [start, end] = sentenceAround(text, hit.start);
    const lineStart = text.lastIndexOf('\n', hit.start - 1) + 1;
    const lineEnd = lineEndOf(text, hit.end);
    const before = text.lastIndexOf('\n', lineStart - 2) + 1;
    const wrapsFrom = lineStart > 0 && lineStart - 1 - before > PROSE_LINE ? before : lineStart;
    const wrapsTo = lineEnd - lineStart > PROSE_LINE && lineEnd < text.length ? lineEndOf(text, lineEnd + 1) : lineEnd;
    const turn = turnToPresent(scan, hit.end, Math.min(end, wrapsTo), [start, end]);
    if (turn >= 0) ranges.push(Math.max(start, wrapsFrom), turn);
  }
  return ranges;
}

/**
 * A year before living memory written as one: after a word of time or in brackets ("construit en 1520", "In 1066 William
 * …", "(1648)"), after a German or Dutch passive's auxiliary or the Nordic "i" ("wurde 1756 nach Plänen des Baumeisters
 * Johann Michael Fischer errichtet", holdout-730), an Italian span of years ("dal 1469 al 1492", holdout-737; not "dal
 * 1990", since then), or opening a timeline's entry or a field's value ("acquired: 1838, dono della famiglia Contarini",
 * "1891: …"). Not after "since" ("seit 1750 in Familienbesitz" tells of the family now), nor a postcode before its town
 * ("in 1010 Wien": a capitalised word after it that is no given name).
 */
export const ANCIENT_YEAR =
  /(?:(?<![\p{L}])dal[ \t]+(?=1\d{3}[ \t]+al[ \t]+1\d{3}(?!\d))|(?<![\p{L}])(?:wurde|wurden|wird|werd|werden|i|in|im|en|nel|nell['’]|em|w|anno|year|jahr|año|ano|rok|roku|roce|circa|um|vers|around|c\.|ca\.|from|von|de|da|du|until|bis|the|den|années|década de|jaren|anos|jusqu['’]en|hasta|até|tot|van|år|vuonna|în|godine|leta|évben|rond|omstreeks|hacia|intorno al|kolem roku|january|february|march|april|june|july|august|september|october|november|december|januar|februar|märz|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|januari|februari|maart|mei|augustus|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)[ \t]+|\(|(?:^|["\n])[ \t]*(?:[\p{L}_ ]{1,30}:[ \t]*)?(?=1\d{3}[ \t]*[,:–-][ \t])|(?<=(?:^|\n|[.!?][ \t])[ \t]*)(?=1\d{3}[ \t]+[a-zäöüßéèàùçñ]))(1\d{3})(?:s|er[ \t]+jahren?)?(?![\d.,]?\d)(?![ \t]*(?:€|£|\$|%|EUR|euros?|zł|PLN|Kč|kr|Ft|lei|km|kg|m²|m2|people|persons|visitors|participants|employees|members|menschen|personen|besucher(?:innen)?|teilnehmer(?:innen)?|mitarbeiter(?:innen)?|mitglieder|personnes|visiteurs|salariés|membres|persone|visitatori|partecipanti|dipendenti|soci|personas|visitantes|participantes|empleados|socios|mensen|bezoekers|deelnemers|medewerkers|leden|osób|uczestników|pracowników|pessoas|funcionários|sócios)(?![\p{L}]))/giu;
/** ANCIENT_YEAR anchored: tried at one position at a time. */
const ANCIENT_YEAR_AT = new RegExp(ANCIENT_YEAR.source, 'iuy');
/**
 * How far before a year ANCIENT_YEAR's match may start, past the runs of spaces and tabs on either side of it: its
 * longest word or phrase ("intorno al", "kolem roku") or a field's label of thirty and its colon, then the mark before it.
 */
const ANCIENT_YEAR_REACH = 34;
/** Where the run of spaces and tabs that ends at `at` begins. */
function blanksStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i;
}
/**
 * ANCIENT_YEAR's matches in `text`, as `allMatches(ANCIENT_YEAR, text)` finds them, tried only where one can start: its
 * year is a run of four digits opening with 1 (`digitRuns`, [start, end) pairs), and nothing before the year in a match
 * is a digit, so a match starts within ANCIENT_YEAR_REACH and two runs of spaces of its year's run. The pattern tried at
 * every position of a text was the costliest single pattern on the eval texts (about 5 % of the time).
 */
export function ancientYearMatches(text: string, digitRuns: readonly number[]): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  // The first position not tried yet: the search goes on from a match's end, as a global search does.
  let next = 0;
  for (let k = 0; k + 1 < digitRuns.length; k += 2) {
    const year = digitRuns[k] as number;
    if ((digitRuns[k + 1] as number) - year !== 4 || text.charCodeAt(year) !== 49 || year < next) continue;
    const from = Math.max(next, blanksStart(text, Math.max(0, blanksStart(text, year) - ANCIENT_YEAR_REACH)) - 1, 0);
    for (let at = from; at <= year; at++) {
      ANCIENT_YEAR_AT.lastIndex = at;
      const m = ANCIENT_YEAR_AT.exec(text);
      if (!m) continue;
      found.push(m);
      next = m.index + m[0].length;
      break;
    }
    next = Math.max(next, year + 1);
  }
  return found;
}
const WORD_AFTER = /^\)?[ \t]+(\p{Lu}[\p{L}'’-]*)/u;
/** A century's word in the EU languages: one look tells whether a text may name one. */
const CENTURY_WORD = /century|siècle|jahrhundert|secolo|siglo|século|eeuw|wiek|stolet|század|sekel|århundrede|vuosisa/i;
/**
 * A century by its number, Arabic or Roman ("19th century", "XIXe siècle", "19. Jahrhundert", "siglo XIX", "XIX wieku",
 * "19e eeuw"): the number in the first or the fourth group, the Roman one in the second or the third.
 */
const CENTURY =
  /(?<![\p{L}\d])(?:(\d{1,2})(?:st|nd|rd|th|e|ème|er|\.|de|ste|º|°)?[ \t-]+(?:century|siècle|jahrhunderts?|eeuw|secolo|siglo|século|wieku|století|század)|([IVX]{1,5})(?:e|ème|er|\.)?[ \t]+(?:siècle|secolo|wieku|wiek|století|század|jahrhunderts?)|(?:siglo|século|secolo)[ \t]+([IVX]{1,5})|(?:the[ \t]+)(\d{1,2})(?:st|nd|rd|th)[ \t]+c\.)(?![\p{L}])/giu;
const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };
/** A Roman number's value ("XIX" 19), or 0 where it is none. */
function romanNumber(roman: string): number {
  let total = 0;
  for (let k = 0; k < roman.length; k++) {
    const value = ROMAN[roman[k] as string] ?? 0;
    const next = ROMAN[roman[k + 1] as string] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
/**
 * Where a sentence that tells of the past ends as history, between `from` (its year or its founding's word) and `to`:
 * at a semicolon's next clause, or -1, not history at all, where the sentence also speaks of the present or of the
 * writer's own:
 * a day's word ("heute", "today"), a year since 1946, a word of the present ("now", "last year") or a first person's
 * possessive ("…; heute leitet sie sein Urenkel Karl Berger", "built in 1760 and Anna and Tom Berger bought it last
 * year", "In 1905 my great-grandfather emigrated; my mother Anna Weber still lives …").
 */
function turnToPresent(scan: TextScan, from: number, to: number, sentence: readonly [number, number]): number {
  const [start, end] = sentence;
  const text = scan.text.slice(start, end);
  const present =
    (scan.byFamily.get('day-word') ?? []).some((h) => h.start >= start && h.start < end) ||
    MODERN_YEAR_IN.test(text) ||
    FIRST_PERSON_OWN.test(text) ||
    PRESENT_WORD.test(text);
  if (present) return -1;
  const clause = scan.text.slice(from, to).indexOf(';');
  return clause < 0 ? to : from + clause;
}
/** The writer's own, in the languages: "my", "mein", "mon", "mio", "mi", "mijn", "mój", "meu", "our" … */
const FIRST_PERSON_OWN =
  /(?<![\p{L}])(?:my|our|mein\p{L}*|unser\p{L}*|mon|ma|mes|notre|nos|mio|mia|miei|mie|nostr[aoie]|mi|mis|nuestr[ao]s?|mijn|onze|ons|mój|moja|moje|moi|nasz\p{L}*|meu|minha|meus|minhas|nosso|nossa)(?![\p{L}])/iu;
/** Words of the present and the recent past, in the languages. */
const PRESENT_WORD =
  /(?<![\p{L}])(?:now|nowadays|currently|recently|last year|this year|jetzt|derzeit|aktuell|letztes jahr|dieses jahr|maintenant|actuellement|l['’]an dernier|l['’]année dernière|cette année|ora|adesso|attualmente|l['’]anno scorso|quest['’]anno|ahora|actualmente|el año pasado|este año|nu|tegenwoordig|vorig jaar|dit jaar|teraz|obecnie|w zeszłym roku|w tym roku|agora|atualmente|no ano passado|este ano)(?![\p{L}])/iu;

/** The sentences that tell of a year before living memory: whom they name lived then ("Le château fut construit en 1520 pour François Ier"). */
function ancientSentences(scan: TextScan): number[] {
  const { text } = scan;
  const ranges: number[] = [];
  // A sentence from `start` to `stop` told of the past from `from` on: history up to where it turns to the present, if
  // it does not speak of the present or the writer's own (-1).
  const history = (from: number, start: number, stop: number) => {
    const turn = turnToPresent(scan, from, stop, [start, stop]);
    if (turn >= 0) ranges.push(start, turn);
    return turn;
  };
  // A century before living memory ("à la fin du XIXe siècle par Auguste Escoffier", "in the 18th century"), as a year.
  if (CENTURY_WORD.test(text))
    for (const m of allMatches(CENTURY, text)) {
      const roman = m[2] ?? m[3];
      const number = roman ? romanNumber(roman.toUpperCase()) : Number(m[1] ?? m[4]);
      if (!number || number > 19) continue;
      const [start, stop] = sentenceAround(text, m.index);
      history(m.index + m[0].length, start, stop);
    }
  // A year standing alone, as the pattern's capture does: not the digits inside a phone number, an id or an amount.
  if (!/(?<!\d)1\d{3}(?![\d.,]?\d)/.test(text)) return ranges;
  for (const m of ancientYearMatches(text, scan.digitRuns)) {
    // Whom an event names was grown then (18 at least): born before living memory. Not a sentence that tells of a birth
    // or a childhood then, unless the year is before living memory itself.
    const year = Number(m[1]);
    if (!beforeLivingMemory(year - 18)) continue;
    const end = m.index + m[0].length;
    const next = WORD_AFTER.exec(text.slice(end, end + 40))?.[1];
    if (next && !GIVEN.has(fold(next))) continue;
    const [start, stop] = sentenceAround(text, end - 4);
    if (
      !beforeLivingMemory(year) &&
      (hitBetween(scan, 'birth', start, stop) ||
        hitBetween(scan, 'birth-told', start, stop) ||
        CHILDHOOD.test(text.slice(start, stop)))
    )
      continue;
    // The next sentence goes on in that year ("1919 tagte … Im selben Jahr gründete Walter Gropius das Bauhaus").
    const same = history(end, start, stop) === stop ? SAME_YEAR_OPENING.exec(text.slice(stop, stop + 40)) : null;
    if (same) history(stop + same[0].length, stop, sentenceAround(text, stop + same[0].length)[1]);
  }
  return ranges;
}
/** A child's words: a sentence that names one in a year is no grown-up's. */
const CHILDHOOD =
  /(?<![\p{L}])(?:child|children|kind|kinder|enfant|enfants|bambin[oa]|bambini|niñ[oa]s?|kinderen|criança|crianças|baby|bébé|neonat[oa]|recién nacid[oa]|pupil|élève|alunn[oa]|alumn[oa]|leerling|uczeń|uczennica|alun[oa]|school|école|scuola|escuela|escola|klasse|classe|clase|klas|born|geboren|née?|nat[oa]|nacid[oa]|nasceu)(?![\p{L}])|(?:schule)(?![\p{L}])|(?<![\p{L}])(?:dzieck|schüler|szkoł|urodzi)/iu;
/** A sentence that opens in the year the sentence before told: "Im selben Jahr", "The same year", "La même année". */
const SAME_YEAR_OPENING =
  /^[\s.!?]*(?:im selben jahr|im gleichen jahr|in the same year|the same year|that same year|la même année|cette même année|nello stesso anno|lo stesso anno|ese mismo año|el mismo año|en el mismo año|datzelfde jaar|in hetzelfde jaar|w tym samym roku|no mesmo ano|nesse mesmo ano)(?![\p{L}])/iu;

/** Whether `index` lies in one of the [start, end) pairs of `ranges`. */
function inRanges(ranges: readonly number[], index: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) if (index >= (ranges[i] as number) && index < (ranges[i + 1] as number)) return true;
  return false;
}

/** A possessive of the third person and a word for a spouse or children ("ihrem Mann", "her husband", "sa femme", "jej mąż"). */
const OWN_FAMILY =
  /(?<![\p{L}])(?:her|his|their|ihre[mnr]?|seine[mnr]?|son|sa|ses|suo|sua|suoi|sue|su|sus|haar|zijn|jej|jego|ich|seu|sua|seus|suas)[ \t]+(?:husband|wife|partner|children|kids|daughter|son|mann|frau|kinder(?:n)?|tochter|sohn|mari|femme|enfants|fille|fils|marito|moglie|figli|figlia|figlio|marido|esposa|hijos|hija|hijo|man|vrouw|kinderen|dochter|zoon|mąż|męża|mężem|żona|żoną|żony|dzieci|dziećmi|córka|córkę|syn|syna|mulher|filhos|filha|filho)(?![\p{L}])/iu;
/** A sentence opening with a pronoun or an article and a calling, speaking again of someone just named ("Die Autorin hat …", "She …"). */
const SPEAKS_AGAIN =
  /^[ \t\n]*(?:she|he|they|sie|er|elle|il|lei|lui|ella|él|zij|hij|ona|on|ela|ele|(?:the|die|der|la|le|il|el|de|a|o)[ \t]+\p{L}+)(?![\p{L}])/iu;
/** Whether the sentence at `at`, or the next one speaking of the same person, tells of their own spouse or children. */
function ownFamilyTold(text: string, at: number): boolean {
  const [start, end] = sentenceAround(text, at);
  if (OWN_FAMILY.test(text.slice(start, end))) return true;
  const next = text.slice(end + 1, end + 400);
  if (!SPEAKS_AGAIN.test(next)) return false;
  const [, stop] = sentenceAround(text, end + 1 + (next.length - next.trimStart().length));
  return OWN_FAMILY.test(text.slice(end + 1, stop));
}
/** Where the sentence around `index` starts and ends: at ". " before a capital (not after a day's number or an abbreviation), or a blank line. */
function sentenceAround(text: string, index: number): [number, number] {
  let start = Math.max(0, index - 400);
  // One character past `index`: a sentence that `index` opens begins at its capital ("… Deus».\n▸Marcos não …").
  const before = text.slice(start, index + 1);
  for (const m of allMatches(SENTENCE_BEGINS, before)) {
    const begins = Math.max(0, index - 400) + m.index + m[0].length;
    if (begins <= index) start = begins;
  }
  const after = text.slice(index, index + 400);
  const forth = SENTENCE_ENDS.exec(after);
  return [start, forth ? index + forth.index : index + after.length];
}

/** ANYONE_SENTENCE's words, each looked for. */
const ANYONE_WORDS = new RegExp(ANYONE_SENTENCE.source, 'giu');
/** Anyone by a pronoun of everyone or anyone, in the eight languages ("anyone with diabetes", "chiunque abbia …"). */
const ANYONE_PRONOUN =
  /(?<![\p{L}])(?:anyone|anybody|everyone|everybody|jedermann|jemand|quiconque|tout le monde|chiunque|cualquiera|iedereen|ieder|iemand|każdy|ktokolwiek|ktoś|qualquer pessoa|alguém)(?![\p{L}])/iu;
/** A modal verb of one person ("deve", "must", "muss", "może"), not of many ("devono", "müssen"). */
const SINGLE_MODAL =
  /^(?:must|should|may|can|could|muss|soll|kann|darf|doit|peut|deve|può|debe|puede|moet|mag|kan|musi|może|pode)$/iu;
/**
 * Whether the only words of anyone's in a record's sentence are one person's modal verbs after the one it describes
 * ("L'abbonato chiede di sospendere l'abbonamento: deve iniziare la radioterapia", holdout-971): their "must", not a rule's.
 * Not where a quantifier or a condition stands anywhere in it, nor a modal before them.
 */
function theirModalOnly(scan: TextScan, subjectEnd: number, from: number, to: number): boolean {
  if (subjectEnd >= to || anyoneSentence(scan, from, subjectEnd)) return false;
  return ANYONE_SENTENCE.test(scan.text.slice(subjectEnd, to)) && singleModalsOnly(scan.text, subjectEnd, to);
}
/** Whether every word of ANYONE_SENTENCE's between `from` and `to` is one person's modal verb (SINGLE_MODAL), if any is. */
function singleModalsOnly(text: string, from: number, to: number, otherLanguage = false): boolean {
  return allMatches(ANYONE_WORDS, text.slice(from, to)).every(
    (word) => SINGLE_MODAL.test(word[0]) || (otherLanguage && REFLEXIVE_ELSEWHERE.test(word[0])),
  );
}
/**
 * "se" and "si", a condition's word in the eight ("if"), a reflexive or another word in the EU's other languages (Romanian
 * "se deplasează", Czech "se", Finnish "se", Swedish "se"; holdout-982).
 */
const REFLEXIVE_ELSEWHERE = /^(?:se|si)$/iu;
/**
 * Before a life's word, no subject: nothing, a pronoun ("Nascida em …", "She was born …", "Elle est née …"), or a
 * verb opening the sentence and lower-case words after it, as languages that drop the subject write ("Naturalizou-se
 * francesa em 1956 e morreu …"); not a capitalised word alone ("Picasso nació …").
 */
const SUBJECT_ELIDED =
  /^[ \t]*(?:(?:(?:she|he|elle|il|lei|lui|ella|él|zij|hij|ze|ona|on|ela|ele|sie|er)[ \t]+(?:(?:was|war|est|è|fue|werd|wurde|foi|è stata|è stato|ist|is)[ \t]+)?)?|\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t,]+(?:\p{Ll}[\p{L}'’-]*|\d+))+[ \t,]*)$/u;

interface History {
  /** Whether `index` lies where the text tells of history. */
  at(index: number): boolean;
  /** Whether the text tells of a life that began more than 110 years ago: its surnames are of history wherever they stand. */
  deep: boolean;
}
const NO_HISTORY: History = { at: () => false, deep: false };

/**
 * Where a text tells of people of history: the sentence (and the one before, in its paragraph) that tells of a
 * life that began more than 110 years ago or ended ten or more years ago ("Gwen John was born … 1876",
 * "Lucie Aubrac, née … 1912 … et morte le 14 mars 2007", "(1876–1939)"); and, in such a text, the sentences that
 * tell of a year before 1946 ("En 1943, elle organise l'évasion de son mari Raymond"). Names there are of the dead,
 * whom data protection does not cover.
 */
function historyOf(scan: TextScan): History {
  return memo(scan, 'history', () => {
    const { text } = scan;
    const lives: Array<[number, boolean]> = [];
    for (const family of ['birth', 'birth-told', 'death']) {
      for (const hit of scan.byFamily.get(family) ?? []) {
        const birth = family !== 'death';
        const m = LIFE_YEAR.exec(text.slice(hit.end, hit.end + 60));
        const year = m
          ? Number(m[1])
          : Number(YEAR_BEFORE_LIFE.exec(text.slice(Math.max(0, hit.start - 40), hit.start))?.[1] ?? 0);
        if (!year) continue;
        if (birth ? beforeLivingMemory(year) && year >= 1000 : deathOfHistory(year)) lives.push([hit.start, birth]);
      }
    }
    let deep = lives.some(([, birth]) => birth);
    if (text.includes('(')) {
      for (const m of allMatches(LIFE_SPAN, text)) {
        const years = allMatches(FOUR_DIGITS, m[1] as string).map((y) => Number(y[0]));
        const born = years[0] as number;
        const died = years[years.length - 1] as number;
        // A life's length, not rooms' or invoices' numbers ("room 1204 - 1206").
        if (years.length < 2 || died - born < 10 || died - born > 120 || !deathOfHistory(died)) continue;
        lives.push([m.index, beforeLivingMemory(born)]);
        deep ||= beforeLivingMemory(born);
      }
    }
    const founders = foundersOfHistory(scan);
    const ancient = ancientSentences(scan);
    if (lives.length === 0 && founders.length === 0 && ancient.length === 0) return NO_HISTORY;
    const ranges: number[] = [...founders, ...ancient];
    // A biography: its title is a life of history ("Rembrandt van Rijn (Leiden, 15 juli 1606 – Amsterdam, 4 oktober
    // 1669)"), and all it tells is of that life, but for the sentences that tell of a year after it (holdout-393).
    const head = firstLine(text).length;
    const biography = head < BIOGRAPHY_TITLE && head < text.length && lives.some(([at]) => at < head);
    if (biography) ranges.push(0, text.length);
    for (const [at] of lives) {
      const [start, end] = sentenceAround(text, at);
      // A sentence that opens with the life's word or a pronoun ("… a pintora Maria Helena Vieira da Silva. Nascida em
      // Lisboa …") tells of whom the sentence before, in its paragraph, names.
      const elided = SUBJECT_ELIDED.test(text.slice(start, at)) && start > 0;
      const [previous] =
        elided && !/\n[ \t]*\n[ \t]*$/.test(text.slice(Math.max(0, start - 8), start))
          ? sentenceAround(text, start - 2)
          : [start];
      ranges.push(previous, end);
    }
    // In a text that tells of lives of history (not of a founding or an old year alone), the sentences of its years.
    if (lives.length > 0)
      for (const m of allMatches(EVENT_YEAR, text)) {
        if (Number(m[0]) > LAST_EVENT_YEAR) continue;
        ranges.push(...sentenceAround(text, m.index));
      }
    const covered = coverage(text.length, ranges);
    if (biography)
      for (const m of allMatches(MODERN_YEAR, text)) {
        const [start, end] = sentenceAround(text, m.index);
        if (m.index > head) covered.fill(0, Math.max(start, head), end);
      }
    return { at: (index: number) => covered[index] === 1, deep };
  });
}

/**
 * A place's or a building's word that is a common surname in its own language too: after a given
 * name it is the surname ("Jorge Castillo", "Giulia Torre", "Luis Puente"), unless a naming word follows.
 */
const PLACE_WORD_SURNAMES = new Set([
  'castillo',
  'castello',
  'torre',
  'puente',
  'ponte',
  'palacio',
  'palacios',
  'iglesias',
  'sala',
  'castle',
]);
const UMLAUT_GIVEN = new Set(UMLAUT_GIVEN_NAMES);
const MARKED_GIVEN = new Set(MARKED_GIVEN_NAMES);
/**
 * A word written with an umlaut that no given name of the lists is spelt with: "Mäher" is no "Maher"; so a word written
 * with a letter only some other languages write: Lithuanian "Mugė" (a fair) is no "Müge".
 */
function umlautWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // ä ö ü Ä Ö Ü
    if (c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xc4 || c === 0xd6 || c === 0xdc)
      return !UMLAUT_GIVEN.has(fold(text.slice(start, end)));
  }
  const word = text.slice(start, end);
  return MARKED_LETTER.test(word) && !MARKED_GIVEN.has(fold(word));
}
/** A word, maybe a particle, right before a name: "Tarta de ▸Santiago", "Crêpes ▸Suzette". */
const DISH_WORD_BEFORE = /\p{L}+[ \t]+(?:(?:de|di|du|da|del|della|von|van|do|alla|al|à la|a la)[ \t]+)?$/u;
/** Whether a dish's word stands right before the name at `index`, or before the particle before it ("Tarta de Santiago"). */
function dishBefore(scan: TextScan, index: number): boolean {
  const m = DISH_WORD_BEFORE.exec(scan.text.slice(Math.max(0, index - 40), index));
  if (!m) return false;
  const at = index - m[0].length;
  const alla = /[ \t](?:alla|al|à la|a la)[ \t]+$/.test(m[0]);
  return hitsAt(scan, at).some((h) => h.family === 'dish' || (alla && h.family === 'dish-alla'));
}
/** Saints named together after their plural word ("Santi Pietro e Paolo", "Saints Peter and Paul", "Santos Justo y Pastor"). */
const SAINTS_NAMED =
  /(?<![\p{L}])(?:[Ss]anti|[Ss]antos|[Ss]antas|[Ss]ante|[Ss]aints|S[Ss]\.|St[Ss]\.|[Hh]eiligen|[Ss]inten|[Śś]więtych)[ \t]+\p{Lu}\p{Ll}+(?:[ \t]*,[ \t]*\p{Lu}\p{Ll}+)*[ \t]+(?:e|ed|y|i|et|and|&|und|en|oraz|a)[ \t]+\p{Lu}\p{Ll}+/gu;
/**
 * Where saints are named together, as [start, end) pairs: each a given name, none with a surname after it ("Santi Rossi
 * e Paolo Bianchi verranno" are Santi Rossi and Paolo Bianchi).
 */
function saintsNamed(text: string): number[] {
  const ranges: number[] = [];
  for (const m of allMatches(SAINTS_NAMED, text)) {
    const end = m.index + m[0].length;
    const names = m[0]
      .split(/[ \t,&]+/)
      .slice(1)
      .filter((w) => /^\p{Lu}/u.test(w));
    if (names.every((w) => GIVEN.has(fold(w))) && !/^[ \t]+\p{Lu}/u.test(text.slice(end, end + 3))) ranges.push(m.index, end);
  }
  return ranges;
}
/** A saint's word right before a given name, in lower case as the Romance languages write it or capitalised ("St Anne's"). */
const SAINT_BEFORE =
  /(?<![\p{L}])(?:(?:saint|sainte|san|santa|santo|são|sankt|sint|święty|święta|świętego|świętej|św\.|st\.?|ste\.?)[ \t]+|sant['’])$/iu;
/**
 * A French dessert or dish named like a person, before what it is made with: "Charlotte aux poires", "Suzette au …";
 * a dish named after someone before its kind: "Caesar salad", "Waldorf-Salat", "Victoria sponge".
 */
const DISH_AFTER =
  /^(?:[ \t]+(?:aux|au|à la)[ \t]+(?:poires|pommes|fraises|framboises|chocolat|citron|amandes|noisettes|marrons|myrtilles|abricots|cerises|fruits|pistaches|caramel|café|beurre|fromage|champignons|légumes|lardons|oranges|figues|pêches|prunes|noix)|[ \t-]+(?:salad|salads|sponge|dressing|salat|salate|torte|schnitten))(?![\p{L}])/iu;
/** Victory in Italian, Spanish and Portuguese, which is a given name too. */
const VICTORY = new Set(['vittoria', 'victoria', 'vitoria']);
/** Whom a victory is for, over or against, or the club's town: "per", "della", "del", "contro", "sobre", "de". */
const VICTORY_AFTER =
  /^[ \t]+(?:per|della|dello|del|dei|degli|delle|di|contro|sul|sulla|sui|in|a|al|alla|de|do|da|dos|das|en|ante|frente|por|sobre|sob)(?![\p{L}])/u;
/** Titles that address a household ("Familie Yılmaz", "famiglia Ferri"). */
const HOUSEHOLD_TITLE = /^(?:familie|famille|famiglia|rodzina)$/i;
/** A Spanish plural article right before a word. */
const PLURAL_ARTICLE_BEFORE = /(?<![\p{L}])[Ll][ao]s[ \t]+$/u;
/** A given name, maybe a saint's (after "San"), then "de los" or "de las": "María de los ▸Ángeles", "San Juan de los ▸Reyes". */
const COMPOUND_GIVEN_BEFORE =
  /(?:(?<![\p{L}])(San|Santa|Santo|São|Sant)[ \t]+)?(?<![\p{L}])(\p{Lu}[\p{L}]+)[ \t]+de[ \t]+l[ao]s[ \t]+$/u;
/** Makers' words that are known surnames or names too ("Gibson", "Renault", "Fender"). */
const MAKER_SURNAMES = new Set(MAKERS.map(fold).filter((maker) => SURNAME.has(maker) || GIVEN.has(maker)));
/** Streets' and places' words that are also among the commonest English surnames ("Janet Hill", "Chris Wood", "Karen Hall"). */
const STREET_WORD_SURNAMES = new Set([
  'hill',
  'wood',
  'green',
  'lane',
  'fields',
  'meadows',
  'chase',
  'lodge',
  'grove',
  // and buildings' and places' words ("Karen Hall will be on leave …")
  'hall',
  'church',
  'parks',
  'brooks',
  'marsh',
  'banks',
  'wells',
  'ford',
]);
/**
 * A house's number, a preposition that places what follows or an article ("12 Victoria Green", "on Sarah Lane", "near
 * Emily Wood", "the Rose Hill allotments").
 */
const PLACED_BEFORE =
  /(?:\d[\p{L}]?,?|(?<![\p{L}])(?:in|on|at|near|along|off|up|down|past|opposite|around|via|into|onto|by|the)\b)[ \t]+$/iu;
/** A possessive's "'s" or bare apostrophe ending a surname: "Tom Hill's", "Emily Fields'". */
const POSSESSIVE_S = /['’]s?$/;
/** A possessive's apostrophe right after a name ending in s, x or z, then a word: "Jonas' Rechner". */
const POSSESSIVE_AFTER = /^['’][ \t]\p{L}/u;
/** An opening quote: then the apostrophe after the name closes it ("the model 'Lukas' sells well"). */
const QUOTE_BEFORE = /['‘"“«„]/;
/**
 * Whether a given name at [start, end) and the street's word `surname` after it (folded, without a possessive's "'s")
 * are a person's name: the given name is
 * no word, month or town ("Holly Lane", "Victoria Park" are streets), and no number or place's preposition stands before.
 */
function streetWordSurname(text: string, start: number, end: number, surname: string): boolean {
  if (!STREET_WORD_SURNAMES.has(surname)) return false;
  const given = fold(text.slice(start, end));
  if (!GIVEN.has(given) || AMBIGUOUS_GIVEN.has(given) || WORD_NAMES.has(given) || CITY.has(given)) return false;
  return !PLACED_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/** Cities and countries: a lone name that is one of these is the place. */
const CITY = new Set([...CITIES, ...COUNTRIES_NAMED_LIKE_PEOPLE].map(fold));

/**
 * One or two initials right before a word, not the end of an abbreviation ("Dr.", "St."), nor a unit after its number
 * ("0 až 4 °C. Slabý vítr", holdout-721).
 */
const INITIALS_BEFORE = /(?<![\p{L}\d.°])(?<!\d[ \t]°?)(?:\p{Lu}\.[ \t]?){1,2}$/u;
/** An appellation of origin's initials before a region's name ("D.O. Rías Baixas", "D.O.Ca. Rioja", "A.O.C. Bordeaux", "I.G.P."). */
const APPELLATION =
  /(?<![\p{L}.])(?:D\.[ \t]?O\.(?:[ \t]?(?:Ca|C|P|Q)\.)?|A\.[ \t]?O\.[ \t]?[CP]\.|I\.[ \t]?G\.[ \t]?[PT]\.)[ \t]*$/u;
/** A capitalised word and a space right before a name's initials: "Annie M.G. Schmidt". */
const GIVEN_BEFORE_INITIALS = /(?<![\p{L}])\p{Lu}\p{Ll}+[ \t]$/u;
/** Particles between the initials and the surname: "W.J. van den Berg", "R. de Jong", "J. (Joke) van Dam". */
const PARTICLES_BEFORE = /(?<=[.)][ \t]?)(?:(?:van|von|de|der|den|da|di|del|du|la|le|ter|ten)[ \t]){1,2}$/u;
/** The name one is called by, in brackets between the initials and the surname, as Dutch papers write it ("S. (Sanne) Verhoeven"). */
const BRACKETED_NAME_BEFORE = /(?<=\.[ \t]?)\(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\)[ \t]?$/u;

const NOTHING_COVERED = new Uint8Array(0);

/** Marks the characters that [start, end) pairs cover (reading past the end gives undefined: not covered). */
function coverage(length: number, spans: readonly number[]): Uint8Array {
  if (spans.length === 0) return NOTHING_COVERED;
  const covered = new Uint8Array(length);
  for (let k = 0; k < spans.length; k += 2) covered.fill(1, spans[k] as number, spans[k + 1] as number);
  return covered;
}

const titleCased = (text: string, start: number, end: number) =>
  isUpperAt(text, start) && end - start > 1 && !isUpperAt(text, start + 1);

/**
 * A house number (or "s/n", without one), maybe after one or two more words of the street's name, then a postcode and
 * a town on its line or the next ("Jana Palacha 1200, 272 01 Kladno", "Patricio Carreón Arroyo 41, 46704 Guadalajara",
 * "Penelope Garth 82 · HD7 1QE …"): a street named after someone.
 */
const ADDRESS_AFTER =
  /^(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}[ \t]*,?[ \t]+(?:\d{1,4}[a-zA-Z]?(?:\/\d{1,4}[a-zA-Z]?)?|s\/n\.?)(?:,?[ \t]+|[ \t]*[·,]?[ \t]*\r?\n[ \t]*|[ \t]*·[ \t]*)(?:\d{3} ?\d{2}|\d{4}-\d{3}|\d{4,5}|\d{2}-\d{3}|(?=[A-Z\d]*\d)[A-Z\d]{2,4}[ \t]?[A-Z\d]{3})[ \t]+\p{Lu}/u;
const addressAfter = (text: string, index: number) => ADDRESS_AFTER.test(text.slice(index, index + 32));
/** Academic and military titles that streets keep ("Dr. Stejskala", "Prof. Švejcara", "Kpt. Jaroše"); not "Herrn", "Pan". */
const STREET_TITLE = /^(?:Dr|Prof|Ing|Mgr|MUDr|JUDr|PhDr|RNDr|Doc|Gen|Kpt|Mjr|Plk|Arch)$/i;
/** A house number and a postcode right after a titled name, on its line: a street named after someone. */
const HOUSE_AND_POSTCODE_AFTER =
  /^[ \t]+\d{1,4}[a-zA-Z]?(?:\/\d{1,4}[a-zA-Z]?)?,?[ \t]+(?:\d{3} ?\d{2}|\d{4}-\d{3}|\d{4,5}|\d{2}-\d{3})[ \t]+\p{Lu}/u;
/** A German article, definite or not, right before a word: "dem Roman", "einen Wolf". */
const ANY_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:der|die|das|dem|den|des|ein|eine|einem|einen|eines)[ \t]+$/iu;
/** English "the", Dutch "het", German "das" right before a first name: a thing's ("The Aurora range"). */
const THING_ARTICLE = /(?:^|[^\p{L}])(?:[Tt]he|[Hh]et|[Dd]as)[ \t]+$/u;
/** A neuter article opening a sentence or a line right before a name (not the pronoun: "Ik heb het Anna gevraagd"). */
const NEUTER_ARTICLE = /(?:^|[.!?:][ \t]+|\n[ \t]*)(?:Het|Das)[ \t]+$/u;
/** "the name", "de naam", "le nom" … right before a first name: the name is mentioned, not its bearer. */
const NAME_MENTIONED =
  /(?:the name|de naam|der name|den namen|le nom|il nome|el nombre|o nome|imię|nazwę|named|genaamd|genannt)[ \t]+$/iu;
/** An example's heading at a line's start, before whom it makes up ("Exemplo: a Marta perdeu o cartão …", "Example: Anna wants …"). */
const EXAMPLE_HEADING =
  /(?:^|\n)[ \t]*(?:example|beispiel|exemple|esempio|ejemplo|voorbeeld|przykład|exemplo)[ \t]*:[ \t]*(?:(?:a|o|la|el|le|il|de|het|der|die|the)[ \t]+)?$/iu;

/** The longest note whose opening name addresses its reader (`addressedNote`). */
const ADDRESSED_NOTE_LENGTH = 400;
/** After the addressed name: a colon or a comma, then a message of three words or more in lower case. */
const ADDRESS_THEN_MESSAGE = /^[ \t]*[:,][ \t]*(?:\r?\n[ \t]*)?(?:\p{Ll}[\p{L}'’-]*[ \t,]+){2,}\p{Ll}/u;
/**
 * A short note opening with a given name, a colon or a comma and the message to them ("Pablo: saca la basura …", "Tom,
 * bitte gieß die Blumen"): the note addresses someone.
 */
const addressedNote = (text: string, start: number, end: number) =>
  text.length <= ADDRESSED_NOTE_LENGTH &&
  /^\s*$/.test(text.slice(0, start)) &&
  ADDRESS_THEN_MESSAGE.test(text.slice(end, end + 80));
/**
 * A line a training's or a guide's example opens, a name anywhere on it after ("Example: an email saying \"Tom is off
 * with depression\" contains health data about Tom", holdout-1031): someone made up.
 */
const EXAMPLE_LINE =
  /^[ \t]*(?:[-*•][ \t]*)?(?:example|for example|beispiel|zum beispiel|exemple|par exemple|esempio|ad esempio|ejemplo|por ejemplo|voorbeeld|bijvoorbeeld|przykład|na przykład|exemplo|por exemplo)[ \t]*:/iu;

/**
 * Months and days that are given names too ("Jan", "Julio", Portuguese "Março" as it was written before 2009, the Greek
 * Friday and Sunday, the Irish Monday); the others ("April", "June") are ambiguous already.
 */
const MONTH_GIVEN = new Set(['jan', 'julio', 'marco', 'παρασκευη', 'κυριακη', 'luan']);
/** A date as words write it: "3 de Março", "Jan 2027", "julio de 2026". */
const inWrittenDate = (text: string, start: number, end: number) =>
  /\b\d{1,2}º?\s+de\s+$/i.test(text.slice(Math.max(0, start - 8), start)) ||
  /^\.?\s+(?:de\s+)?(?:19|20)\d{2}\b/i.test(text.slice(end, end + 10));
/** A goal's minute after its scorer's name, maybe several and a penalty's or an own goal's mark ("78'", "12', 45+2'"). */
const SCORER_MINUTE_AFTER =
  /^[ \t]+\d{1,3}(?:\+\d{1,2})?['’′](?:[ \t]*\(?(?:pen|p|og|et|rig|elfm)\.?\)?)?(?:[ \t]*,[ \t]*\d{1,3}(?:\+\d{1,2})?['’′])*[ \t]*(?:[,;)]|$)/imu;
/** A match's score between two sides before its scorers: "Harbour Town 2–1 Millbrook Rovers (". */
const MATCH_SCORE = /\p{L}[ \t]+\d{1,2}[ \t]*[-–:][ \t]*\d{1,2}[ \t]+\p{Lu}[^\n]*\([^()\n]*$/u;
/** Irish "an" before a day's name: "ar an Luan" (on Monday) is no "Luan". */
const IRISH_DAY_ARTICLE = /(?:^|[^\p{L}])an[ \t]+$/iu;
/**
 * A day number before ("1 Jan", "15 de julio") or a year after ("Jan 2027", "julio de 2026"), or the Irish article
 * before its Monday ("ar an Luan", holdout-1017; not German "an Jan").
 */
const inDate = (text: string, start: number, end: number) =>
  /\b\d{1,2}(?:st|nd|rd|th|\.|º)?\s+(?:de\s+)?$/i.test(text.slice(Math.max(0, start - 8), start)) ||
  (fold(text.slice(start, end)) === 'luan' && IRISH_DAY_ARTICLE.test(text.slice(Math.max(0, start - 4), start))) ||
  /^\.?\s+(?:de\s+)?(?:\d{1,2}\b|(?:19|20)\d{2}\b)/i.test(text.slice(end, end + 10));

/**
 * People named where nothing announces a name: a known given name, capitalised, then a
 * surname ("Lucía Navarro", "Bram Jansen", "João da Silva") is a person. A given name alone
 * ("Lukas called", "Olivia – 4th") is a person when the text names two or more people so;
 * one lone first name is weak evidence. Names that are part of a place's or an institution's
 * name ("rue Victor Hugo", "Johann-Sebastian-Bach-Saal") do not count.
 */
function* namesInText(scan: TextScan, spans: readonly number[]): Iterable<Match> {
  const given = scan.byFamily.get('given-name');
  const { text } = scan;
  const pairs: number[] = [];
  const alone = new Map<string, Match[]>();
  /** Names a storm or another thing bears in this text. */
  const things = new Set<string>();
  // "onze olifant Indra", "Kiko, onze rode panda": a zoo animal's name, wherever the text names it (holdout-617).
  if (scan.byFamily.has('animal'))
    for (const hit of given ?? []) {
      if (
        ZOO_ANIMAL_AFTER.test(text.slice(hit.end, hit.end + 48)) ||
        ANIMAL_BEFORE.test(text.slice(Math.max(0, hit.start - 16), hit.start))
      )
        things.add(fold(text.slice(hit.start, hit.end)));
    }
  const register: Match[] = [];
  const inPlace = coverage(text.length, spans);
  const addAlone = (start: number, end: number) => {
    const value = text.slice(start, end);
    const key = fold(value);
    // "Bologna", "Italia": a city or a country; "Europe/Rome", "/home/anna": part of a zone's name or a path.
    if (CITY.has(key) || text[start - 1] === '/' || text[end] === '/') return;
    // "Lee, K., & Toutanova, K. (2019)": an author a bibliography cites, by their initials and the year.
    if (text[end] === ',' && CITED_WITH_INITIALS.test(text.slice(end, end + 160))) return;
    const before = text.slice(Math.max(0, start - 12), start);
    // "The Aurora range", "het Amalia-model": a thing with its article; "de naam Jasper", "the name Ingrid": a name
    // mentioned, not someone (its later mentions neither).
    if (THING_ARTICLE.test(before)) return;
    // "brand: Bosch", "Hersteller: Miele": a maker's field holds a company's name.
    if (MAKER_KEY_BEFORE.test(text.slice(Math.max(0, start - 32), start))) return;
    // "(Adeyemi 34', Keane 78')": a goal's scorer by its minute under a match's score, named for publication
    // (holdout-1023).
    if (SCORER_MINUTE_AFTER.test(text.slice(end, end + 24)) && MATCH_SCORE.test(text.slice(Math.max(0, start - 200), start)))
      return;
    // "Tarta de Santiago": a dish's name, here and further on.
    if (
      NAME_MENTIONED.test(before) ||
      EXAMPLE_HEADING.test(text.slice(Math.max(0, start - 24), start)) ||
      EXAMPLE_LINE.test(beforeOnLine(text, start)) ||
      dishBefore(scan, start)
    ) {
      things.add(key);
      return;
    }
    addTo(alone, key, { type: 'person-name', value, confidence: 0, index: start });
  };
  // A given name and a surname: a person, unless a year of birth more than 110 years ago
  // follows close after: history ("Albert Einstein (1879–1955)").
  let creatorEnd = -1;
  const makerEnds: number[] = [];
  /** Whether a name at `start` goes on a list of makers that ended at `end` ("…, Selma Lagerlöf och ▸Karin Boye"). */
  const afterMaker = (end: number, start: number) =>
    end >= 0 && end <= start && start - end < 40 && CREATOR_AND.test(text.slice(end, start));
  /**
   * The rest of each sentence that names a maker or a person of history by their calling, or one the list of people
   * of history holds: "Briefe von Philipp Otto Runge an seinen Bruder Daniel", "… the poet William Wordsworth lived with his sister
   * Dorothy", "… Camille Claudel fu allieva di Rodin".
   */
  const creatorSentences: number[] = [];
  // From the maker on to the sentence's end: the kin and the pupils named after them; not whoever opens the sentence
  // ("Mia hat ein Referat über den Dichter Friedrich Schiller gehalten").
  const fromCreator = (start: number, end: number) => creatorSentences.push(end, sentenceAround(text, start)[1]);
  for (const hit of scan.byFamily.get('historical-person') ?? []) {
    // Not a street, a school or a hospital named after them ("J'habite rue Victor Hugo avec mon compagnon Julien", "her
    // teacher at Isaac Newton Academy", "das Albert-Einstein-Gymnasium"): those who live or learn there are anyone.
    if (text[hit.start - 1] === '-' || text[hit.end] === '-' || partOfPlaceName(scan, hit.start)) continue;
    if (namingAt(scan, nextWord(text, hit.end), true) || streetAhead(scan, hit.end)) continue;
    fromCreator(hit.start, hit.end);
    // The first of the makers a list names ("skönlitteratur av Astrid Lindgren, Selma Lagerlöf och …").
    if (makerBefore(text.slice(Math.max(0, hit.start - 48), hit.start))) makerEnds.push(hit.end);
  }
  /** In a maker's sentence, but not one of the writer's own ("… con mia cugina Francesca"). */
  const ofCreator = (index: number) =>
    inRanges(creatorSentences, index) && !OWN_BEFORE.test(text.slice(Math.max(0, index - 40), index));
  const history = historyOf(scan);
  const pair = (start: number, end: number): Match => {
    pairs.push(start, end);
    // "les meubles d'Émile Gallé et de Louis Majorelle", "paintings by Edward Hopper": who made works, as
    // guides and catalogues name them.
    const before = text.slice(Math.max(0, start - 48), start);
    let creator =
      creditedBefore(scan, before, end) ||
      titleByLine(scan, start) ||
      (WORK_COMMA_BY.test(before) && YEAR_IN_BRACKETS.test(text.slice(end, end + 10))) ||
      afterMaker(creatorEnd, start) ||
      makerEnds.some((e) => afterMaker(e, start)) ||
      (OF_BEFORE.test(before) && beforeFigureOfHistory(scan, end)) ||
      (CREDIT_BEFORE.test(before) && CREDIT_YEAR_AFTER(text.slice(end, end + 12))) ||
      (TITLE_QUOTE_BEFORE.test(before) && languageOf(scan) === 'pl' && textHas(scan, POLISH_READING));
    // "Aquarelle von Anna Weber, unserer Kollegin", "concert par Julie Martin, notre collègue": the writer's own people;
    // "Gedichte von Anna Weber und Jonas Becker werden beim Schulfest vorgelesen": pupils' works at their school.
    if (creator && COLLEAGUE_AFTER.test(text.slice(end, end + 32))) creator = false;
    if (creator) {
      const sentence = text.slice(...sentenceAround(text, start));
      if (PUPILS_WORK.test(sentence) || WORKPLACE_WORK.test(sentence)) creator = false;
    }
    if (creator) {
      creatorEnd = end;
      fromCreator(start, end);
      // Kept as the text's public names, as a credit's are (creditWeight): the maker's other mentions read so too (a
      // reading's heading, "Rencontre avec Claire Delorme", over "la romancière Claire Delorme", holdout-1106).
      officeHolders(scan).add(fold(text.slice(start, end)));
    }
    const confidence = creator || history.at(start) || historical(text.slice(end, end + 80)) ? 0.45 : 0.7;
    return { type: 'person-name', value: text.slice(start, end), confidence, index: start };
  };
  let covered = -1;
  const quoted = QUOTE_MARKS.test(text);
  const saints = saintsNamed(text);
  for (const hit of given ?? []) {
    if (hit.start < covered || !titleCased(text, hit.start, hit.end) || inPlace[hit.start]) continue;
    // "Santi Pietro e Paolo", "Saints Peter and Paul": saints, here and further on.
    if (saints.length > 0 && inRanges(saints, hit.start)) {
      things.add(fold(text.slice(hit.start, hit.end)));
      continue;
    }
    // "Sra.": a title that is a given name in some list too.
    if (hitsAt(scan, hit.start).some((h) => h.family === 'title' && h.end === hit.end)) continue;
    // « Ernest et Célestine », "Cléo de 5 à 7": the title of a work, in its quotes.
    if (quoted && inTitleQuotes(text, hit.start)) continue;
    // Hyphenated: a double given name ("Jean-Pierre", "Anna-Lena") goes on; anything else is a compound word.
    if (text[hit.start - 1] === '-') continue;
    // After a Spanish plural article, no one's first name: "los Reyes" (the Kings), "las Mercedes", "Los Ángeles";
    // but a compound given name goes on ("María de los Ángeles Núñez"), unless a saint's place ("San Juan de los Reyes").
    if (PLURAL_ARTICLE_BEFORE.test(text.slice(Math.max(0, hit.start - 5), hit.start))) {
      const compound = COMPOUND_GIVEN_BEFORE.exec(text.slice(Math.max(0, hit.start - 40), hit.start));
      if (!compound || !GIVEN.has(fold(compound[2] as string)) || compound[1]) continue;
    }
    // A maker's name that is a given name too ("Gibson Les Paul", "Fender Stratocaster"): the model's, not a person's.
    if (hitsAt(scan, hit.start).some((h) => h.family === 'naming')) continue;
    // After a capitalised elided particle, part of a surname or a place: "Sant'Anna", "D'Angelo", "O'Connor"
    // (not "d'Inès", "l'anniversaire d'Anna": of Inès, of Anna).
    if (
      (text[hit.start - 1] === "'" || text[hit.start - 1] === '’') &&
      ELIDED_BEFORE.test(text.slice(Math.max(0, hit.start - 8), hit.start))
    )
      continue;
    let end = hit.end;
    for (let next = givenAt(scan, end + 1); text[end] === '-' && next && titleCased(text, next.start, next.end); ) {
      end = next.end;
      next = givenAt(scan, end + 1);
    }
    if (text[end] === '-' || partOfPlaceName(scan, hit.start)) {
      // "Storm Henk", "Tief Bernd": a storm's name; the same name further on ("Na Henk …") is the storm's too.
      const before = wordBefore(text, hit.start);
      if (before && hitsAt(scan, before.start).some((h) => h.family === 'naming')) things.add(fold(text.slice(hit.start, end)));
      continue;
    }
    // After a postcode, a name is a town's ("KT5 8AE Newton Abbot", "52-182 Płoty"); not after a year that a word of time
    // or a sentence's start puts before it ("In 2021 Anna Weber joined the team", "Nel 2019 Giulia Ferretti ha iniziato").
    const c = text.charCodeAt(hit.start - 2);
    if (
      ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) &&
      POSTCODE_BEFORE.test(text.slice(Math.max(0, hit.start - 12), hit.start)) &&
      !YEAR_BEFORE.test(text.slice(Math.max(0, hit.start - 24), hit.start))
    )
      continue;
    // "Santiago do Cacém", "Borek Wielkopolski": a town whose name opens with a given name.
    const town = townAt(text, hit.start, hit.phrase);
    if (town > 0) {
      covered = town;
      continue;
    }
    // Or after a postcode and a town's first word ("94469 Alt Sophie", "53757 Sankt Augustin", "7540 Santiago …",
    // "EC13 80X Great Douglas Common").
    const townWord = TOWN_WORD_BEFORE.exec(text.slice(Math.max(0, hit.start - 14), hit.start));
    if (townWord) {
      const from = hit.start - townWord[0].length;
      if (POSTCODE_BEFORE.test(text.slice(Math.max(0, from - 12), from))) continue;
    }
    // "10 de Março", "Jan 2027": a month that is a given name too, in a date, whatever word follows (not "30  Marco
    // Jansen", a birthday calendar's line).
    if (MONTH_GIVEN.has(fold(text.slice(hit.start, end))) && inWrittenDate(text, hit.start, end)) {
      covered = end;
      continue;
    }
    // "Vittoria per l'austriaco", "Vittoria della Juventus", "Victoria del Real Madrid", "o Vitória de Guimarães": a
    // victory, and a club named so, before whom it is for or against.
    if (VICTORY.has(fold(text.slice(hit.start, end))) && VICTORY_AFTER.test(text.slice(end, end + 12))) {
      covered = end;
      continue;
    }
    SURNAME_AFTER.lastIndex = end;
    const m = SURNAME_AFTER.exec(text);
    if (m?.[1]) {
      const after = end + m[0].length;
      // "Jane Example", "John Doe", "Max Mustermann": the stand-ins of templates, manuals and API guides.
      // Test data names a person so too: a stand-in counts (weakly where the text says it shows an example).
      if (PLACEHOLDER_SURNAMES.has(fold(m[1]))) {
        covered = after;
        if (STAND_IN_SURNAMES.has(fold(m[1]))) {
          pairs.push(hit.start, after);
          const confidence = scan.byFamily.has('example-marker') ? 0.45 : 0.6;
          yield { type: 'person-name', value: text.slice(hit.start, after), confidence, index: hit.start };
        }
        continue;
      }
      // "Robert Koch-Institut", "Konrad Adenauer-Stiftung": an institution named after someone, its word joined on.
      // A double-barrelled surname whose second part is a place's word and a surname too ("Anna Taylor-Green", "Jan
      // Smith-Hill", "Lena Müller-Hof") stays a person's.
      const hyphen = (m[1] as string).indexOf('-');
      const second = fold((m[1] as string).slice(hyphen + 1));
      const doubleBarrelled =
        hyphen > 0 && (SURNAME.has(second) || STREET_WORD_SURNAMES.has(second) || PLACE_WORD_SURNAMES.has(second));
      if (hyphen > 0 && !doubleBarrelled && namingAt(scan, after - (m[1] as string).length + hyphen + 1)) {
        covered = after;
        continue;
      }
      // "Aurora Classic", "Luna Pro": a product line named with a given name; "Małek Sp. j.": a company's.
      if (PRODUCT_WORDS.has(fold(m[1])) || LEGAL_AT.test(text.slice(after - m[1].length, after - m[1].length + 16))) {
        covered = after;
        continue;
      }
      // "Imię i nazwisko (np. Jan Kowalski)": a stand-in that is a real name too, given as an example.
      if (STAND_IN_PAIRS.has(fold(text.slice(hit.start, after))) && nearOnLine(scan, 'example-marker', hit.start, 24)) {
        covered = after;
        pairs.push(hit.start, after);
        yield { type: 'person-name', value: text.slice(hit.start, after), confidence: 0.45, index: hit.start };
        continue;
      }
      // "Marie Curie Foundation", "Jan Smit GmbH", "Fanny Blankers-Koenpad": the whole name is a thing's,
      // and so is its first name.
      // After a particle a street's or a place's word is a surname: "Jonas van Dijk", "Sven van der Laan".
      // A maker's word that is a known surname too, after a given name: "Sarah Gibson called" (not "Gibson Les Paul").
      // Without a possessive's "'s": "Tom Hill's wife" is Tom Hill's.
      const bare = fold(m[1]).replace(POSSESSIVE_S, '');
      const placeSurname =
        doubleBarrelled ||
        PLACE_WORD_SURNAMES.has(bare) ||
        MAKER_SURNAMES.has(bare) ||
        surnameAfterParticle(text, after - m[1].length, after);
      // "Janet Hill", "Chris Wood", "Olivia Green": a street's word that is a common surname, after a given name
      // that is no word, with no number or place's preposition before it, is a person's.
      const streetSurname = !placeSurname && streetWordSurname(text, hit.start, end, bare);
      if (
        (!placeSurname && !streetSurname && namingAt(scan, after - m[1].length)) ||
        namingAt(scan, nextWord(text, after), true) ||
        // "Johannes Post-erf", "Karen Blixen-kage": a street's or a cake's word joined on after the name (holdout-626).
        (text[after] === '-' && (namingAt(scan, after + 1) || CAKE_JOINED.test(text.slice(after, after + 10)))) ||
        streetAhead(scan, streetSurname || doubleBarrelled ? after : end)
      ) {
        covered = after;
        continue;
      }
      covered = after;
      // "Johnson Lighting", "Morgan Whitfield Electrical Supplies Ltd": a business named after a person, by its
      // trade's word or its capitalised words up to a legal form.
      if (TRADES.has(fold(m[1])) || companyAfter(scan, after)) continue;
      // "Jana Palacha 1200, 272 01 Kladno": a street named after someone, with its number, postcode and town.
      if (addressAfter(text, after)) continue;
      // "Willem Barentsz   baggerschip   Maasvlakte 2": a ship named after someone, its kind right after (holdout-382).
      if (vesselAfter(scan, after)) continue;
      // "Het Antoni van Leeuwenhoek start …", "das Robert Koch …": a neuter article names a hospital or an institute
      // after someone, never the someone.
      if (NEUTER_ARTICLE.test(text.slice(Math.max(0, hit.start - 8), hit.start))) continue;
      yield pair(hit.start, after);
      continue;
    }
    covered = end;
    const key = fold(text.slice(hit.start, end));
    // "Friday 1 Jan", "Jan 2027", "15 de julio": a month that is a given name too, in a date.
    if (MONTH_GIVEN.has(key) && inDate(text, hit.start, end)) continue;
    // "Jos sinulla on kysyttävää", "Din beställning", "Majd hétfőn": a frequent word of the EU language the text is in.
    if (otherLanguageWordAt(scan, key, hit.start)) continue;
    // "sainte Barbara", "san Giuseppe", "Sankt Martin": a saint, and the same name further on ("souhaitez leur fête aux
    // Barbara …") is the saint's or a name's, no one's; "Charlotte aux poires": a dessert.
    if (SAINT_BEFORE.test(text.slice(Math.max(0, hit.start - 10), hit.start))) {
      things.add(key);
      continue;
    }
    if (DISH_AFTER.test(text.slice(end, end + 24))) continue;
    // "der Nikolaus kommt", "spotkanie z Mikołajem", "Melchor, Gaspar y Baltasar": a feast's figure, in a text about it.
    if (scan.byFamily.has('feast') && FEAST_FIGURES.has(key)) continue;
    // "Andrew … Simon", "Zeus", "Pénélope": a figure of the Bible or a myth, in a text that tells their stories.
    if (figureOfStory(scan, key, hit.start) || inRanges(referenceLines(scan), hit.start)) continue;
    // "Oliveira e Faria S.A.", "Pêche Melba", "Tief Bernd": part of a company's, a dish's or a storm's name;
    // "Annie M.G. Schmidtlaan": a street's.
    if (namingAt(scan, nextWord(text, end), true) || streetAhead(scan, end)) continue;
    // "Rossi Giulia: assente", "DUPONT Marie": the surname first, as registers and forms write it.
    const before = wordBefore(text, hit.start);
    // "Crêpes Suzette", "Pfirsich Melba", "Tarta de Santiago": a dish named after someone or a saint, here and further
    // on ("Beurre Suzette").
    if (dishBefore(scan, hit.start)) {
      things.add(key);
      continue;
    }
    // In capitals, a surname of four letters or more, or a known one: "MSC Irina", "IBM Anna" are acronyms.
    const capitalSurname =
      before !== undefined &&
      before.word.length >= 2 &&
      before.word === before.word.toUpperCase() &&
      (before.word.length >= 4 || SURNAME.has(fold(before.word)));
    if (before && (text[end] === ':' || capitalSurname)) {
      if (before.lineStart || before.word === before.word.toUpperCase()) {
        pairs.push(before.start, end);
        yield { type: 'person-name', value: text.slice(before.start, end), confidence: 0.7, index: before.start };
        continue;
      }
    }
    // "Nagy Erzsébet, Tóth Gábor": a known surname that is no given name, then a given name — the order of
    // Hungarian names, and of lists and forms everywhere.
    // Not the surname of a pair just found ("Sergio Navarro Gil": "Navarro Gil" is no second person).
    const lastPairEnd = pairs.length > 0 ? (pairs[pairs.length - 1] as number) : -1;
    // Not a company's name ("Contreras Raya y Cardona Loera S.A.") nor a street's ("Solar Fernando 65\n44498 …").
    // Nor a model after its kind ("Sofa Emma, 2-Sitzer", "Beistelltisch Frida, Eiche massiv", holdout-614).
    if (before && kindAt(scan, before.start)) {
      things.add(key);
      continue;
    }
    const thingAfter = () => addressAfter(text, end) || companyAfter(scan, end);
    if (before && lastPairEnd <= before.start && !hitStartingAt(scan, PERSON_BEFORE, before.start) && !thingAfter()) {
      const word = fold(before.word);
      // In Hungarian, any capitalised word within a sentence before a given name is its surname ("másrészről Szűcs
      // Boglárka", holdout-1117): the lists hold few of the language's surnames, and its nouns are not capitalised.
      if (
        (SURNAME.has(word) && !GIVEN.has(word) && !AMBIGUOUS_GIVEN.has(word) && !CITY.has(word)) ||
        hungarianSurnameBefore(scan, before, word, end)
      ) {
        pairs.push(before.start, end);
        yield { type: 'person-name', value: text.slice(before.start, end), confidence: 0.7, index: before.start };
        continue;
      }
    }
    // "1. Zając Anna – obecna", "Petit Julien": a register's line, the surname first and the given name ending the item.
    // Not a Polish verb opening the sentence ("Powiedziałam Kasi, że …"): its object.
    if (
      before &&
      registerLine(text, before.start, end) &&
      !hitStartingAt(scan, PERSON_BEFORE, before.start) &&
      !thingAfter() &&
      !polishVerbOpening(scan, hit.start)
    ) {
      pairs.push(before.start, end);
      register.push({ type: 'person-name', value: text.slice(before.start, end), confidence: 0, index: before.start });
      continue;
    }
    // "sono Matteo", "hier spricht Jana": the writer or speaker names themself; "ring back Marco": someone to reach.
    const intro =
      near(scan, 'self-intro', hit.start, 2) ??
      near(scan, 'contact-verb', hit.start, 2) ??
      near(scan, 'met-or-thanked', hit.start, 2) ??
      near(scan, 'contacted-by', hit.start, 2);
    const introduced = intro !== undefined && !/[\n.!?]/.test(text.slice(intro.end, hit.start));
    // "… recommend a second round. — Sofia": a dash, the writer's first name and nothing after it signs a note;
    // "Thank you for your order, Lucía.": a first name between a comma and the sentence's end addresses someone.
    // "Anna called about …", "Bitte Lukas zurückrufen", "Julie a appelé": someone who calls, writes or is to be called.
    if (
      !ofCreator(hit.start) &&
      (introduced ||
        signsOff(text, hit.start, end) ||
        addressed(text, hit.start, end) ||
        signsAfterComma(text, hit.start, end) ||
        // Not the surname of a pair found later ("Linda Meyer hat angerufen"): no capitalised word before, or an opener.
        ((!before || hitStartingAt(scan, PERSON_BEFORE, before.start)) && CONTACTS_AFTER.test(text.slice(end, end + 40))) ||
        (!history.at(hit.start) && staffNote(scan, hit.start, end)))
    ) {
      yield { type: 'person-name', value: text.slice(hit.start, end), confidence: 0.7, index: hit.start };
      continue;
    }
    // Not after a capitalised word ("Rio Bravo"), unless it opens the sentence's clause ("Since Oliver …").
    if (
      afterCapitalisedWord(scan, hit.start) &&
      !CLAUSE_OPENING.test(text.slice(Math.max(0, hit.start - 40), hit.start)) &&
      !polishVerbOpening(scan, hit.start)
    )
      continue;
    // "Aurora 2", "- Potenza: 1350 W", "Margherita      8": a model's name before its number, a label
    // before a value in digits, a dish before its price.
    if (NUMBER_OR_VALUE_AFTER.test(text.slice(end, end + 64))) continue;
    // "Colin et Fontaine SA": a legal form further on the line makes it a company's name.
    const lineEnd = text.indexOf('\n', end);
    const reach = Math.min(end + 40, lineEnd < 0 ? text.length : lineEnd);
    if (hitBetween(scan, 'legal-form', end, reach)) continue;
    // "an Amber warning", "Olive trees", "Iris scans": a colour's, a plant's or a stone's word, unless a verb or a
    // function word follows ("Ruby is moving desks").
    if (WORD_NAMES.has(key) && !wordNameGoesOn(text, end)) continue;
    // "Oscar dining chair grey", "Aurora floor lamp": a product named so, here and wherever the text names it.
    if (thingAhead(scan, end)) {
      things.add(key);
      continue;
    }
    // "Lieferumfang: Mäher, Akku …", Swedish "Nära": alone, a word with an umlaut whose folded form is a name no list
    // spells so (where a verb of calling, a surname or a greeting tells, a name still: "Heute hat Ödön angerufen").
    if (umlautWord(text, hit.start, end)) continue;
    addAlone(hit.start, end);
  }
  // A known surname after one or two initials: "A. Schmidt", "J. R. Martin" (not "C. Mayor 10", a street).
  let paired: Uint8Array | undefined;
  for (const family of ['surname', 'surname-suffix', 'given-name']) {
    for (const hit of scan.byFamily.get(family) ?? []) {
      const { start, end } = hit;
      // An initial's dot stands right before the name or one space before it, or a particle does ("W.J. van
      // den Berg"): most names have neither.
      const last = text.charCodeAt(start - 2);
      const afterParticle = text[start - 1] === ' ' && last >= 97 && last <= 122;
      const afterBracket = text[start - 1] === ')' || text[start - 2] === ')';
      if (text[start - 1] !== '.' && text[start - 2] !== '.' && !afterParticle && !afterBracket) continue;
      // A surname listed with its particle ("de Vries") is capitalised after it.
      const lastWord = text.lastIndexOf(' ', end - 1) + 1;
      if (inPlace[start] || !titleCased(text, Math.max(start, lastWord), end) || (family === 'surname-suffix' && end - start < 5))
        continue;
      const particles = afterParticle ? (PARTICLES_BEFORE.exec(text.slice(Math.max(0, start - 16), start))?.[0] ?? '') : '';
      if (afterParticle && !particles) continue;
      const calledEnd = start - particles.length;
      const bracketed =
        afterBracket || particles ? BRACKETED_NAME_BEFORE.exec(text.slice(Math.max(0, calledEnd - 24), calledEnd)) : null;
      const called = bracketed && GIVEN.has(fold(bracketed[0].replace(/[()\s]/g, ''))) ? bracketed[0] : '';
      if (afterBracket && !called && !particles) continue;
      const initialsEnd = calledEnd - called.length;
      const initials = INITIALS_BEFORE.exec(text.slice(Math.max(0, initialsEnd - 8), initialsEnd));
      if (!initials || /^[ \t]*\d/.test(text.slice(end, end + 4)) || partOfPlaceName(scan, start)) continue;
      // "D.O. Rías Baixas", "A.O.C. Bordeaux": a wine's or a food's appellation of origin, not initials.
      if (APPELLATION.test(text.slice(Math.max(0, initialsEnd - 12), initialsEnd))) continue;
      // "P. Iva e C.F.": an Italian firm's VAT label (partita IVA) abbreviated, not "Iva" with an initial (holdout-383).
      if (hitStartingAt(scan, VAT_LABEL, start)) continue;
      paired ??= coverage(text.length + 1, pairs.length > 0 ? pairs : [0, 0]);
      if (paired[start]) continue;
      const from = initialsEnd - initials[0].length;
      pairs.push(from, end);
      paired.fill(1, from, end);
      // A maker as catalogues and programmes name them, with or without the given name before the initials ("de
      // prentenboeken van Annie M.G. Schmidt", "the stories by J.K. Rowling"): the given name and the rest of the sentence too.
      const givenBefore = GIVEN_BEFORE_INITIALS.exec(text.slice(Math.max(0, from - 24), from))?.[0].length ?? 0;
      const before = text.slice(Math.max(0, from - givenBefore - 48), from - givenBefore);
      const creator = inRanges(creatorSentences, from) || makerBefore(before);
      if (creator) creatorSentences.push(from - givenBefore, sentenceAround(text, from)[1]);
      yield {
        type: 'person-name',
        value: text.slice(from, end),
        confidence: creator || history.at(from) ? 0.45 : 0.7,
        index: from,
      };
    }
  }
  // Given names that are also common words ("Mark", "Sara", "Roman"): only with a known surname after ("Mark Davies").
  for (const hit of scan.byFamily.get('given-name-ambiguous') ?? []) {
    if (!titleCased(text, hit.start, hit.end) || inPlace[hit.start] || text[hit.start - 1] === '-') continue;
    if (text[hit.end] === '-' || partOfPlaceName(scan, hit.start)) continue;
    SURNAME_AFTER.lastIndex = hit.end;
    const surname = SURNAME_AFTER.exec(text)?.[1];
    const folded = fold(surname ?? '');
    // Alone, as staff notes write a colleague ("Nina is op vakantie", "Christian übernimmt ab Januar …"), or as the
    // subject of a verb ("Mark will be working from home", "Sam has the keys"); not a month's, a feast's, a virtue's
    // or a place's name ("May is …", "Noël approche", "Hope is …", "Georgia has …").
    const self = fold(text.slice(hit.start, hit.end));
    // A month's, a virtue's or a place's name alone is someone's only where a person's state follows it as the subject
    // ("Dawn is off sick", "Grace is in hospital", "Bill broke his wrist", "Luz está de baja"; session 50's probe).
    if (!surname && !history.at(hit.start) && NOT_ALONE.has(self) && personStateOf(text, hit.start, hit.end)) {
      yield { type: 'person-name', value: text.slice(hit.start, hit.end), confidence: LONE_NAME, index: hit.start };
      continue;
    }
    if (
      !surname &&
      !history.at(hit.start) &&
      !NOT_ALONE.has(self) &&
      !CITY.has(self) &&
      !COUNT_AFTER.test(text.slice(hit.end, hit.end + 12))
    ) {
      const staff = staffNote(scan, hit.start, hit.end);
      if (
        staff ||
        subjectOfVerb(text, hit.start, hit.end) ||
        reachedByVerb(scan, hit.start, hit.end) ||
        // In a text in another EU language, a name opening a sentence of its prose (holdout-656's probe; not "Logga in
        // på Mina sidor").
        (opensOtherLanguageSentence(scan, self, hit.start) && inProse(scan, hit.start, hit.end)) ||
        // Mid-sentence in a text whose language has no such word ("kan du hämta Ella på förskolan", "Ich habe mit Max
        // gesprochen", "pick up Mia from nursery"; not Swedish "per", English "will").
        (midSentenceNotAWord(scan, hit.start, hit.end) && inProse(scan, hit.start, hit.end)) ||
        // Signing a message that greets its reader ("Hej!\nVi ses i morgen.\nOle", holdout-997's probe).
        (signsOff(text, hit.start, hit.end) && scan.byFamily.has('salutation'))
      ) {
        yield {
          type: 'person-name',
          value: text.slice(hit.start, hit.end),
          confidence: staff ? 0.7 : LONE_NAME,
          index: hit.start,
        };
        continue;
      }
    }
    // Surnames that are given names too ("Martin", "Meyer", "García") are in the given names' list.
    // A common surname that is a word too ("Max Bauer", "Sara Costa"), not before a value ("Max Weight: 20 kg").
    const wordSurname = () =>
      COMMON_WORD_SURNAMES.has(folded) && !/^[ \t]*[:=\d]/.test(text.slice(SURNAME_AFTER.lastIndex, SURNAME_AFTER.lastIndex + 4));
    if (
      !surname ||
      !(surnameLike(folded) || GIVEN.has(folded) || AMBIGUOUS_GIVEN.has(folded) || wordSurname()) ||
      PLACEHOLDER_SURNAMES.has(folded)
    )
      continue;
    const after = SURNAME_AFTER.lastIndex;
    if (namingAt(scan, after - surname.length) || namingAt(scan, nextWord(text, after), true)) continue;
    // "Our Summer Rose candles": a product's name before its thing's word.
    if (addressAfter(text, after) || thingAhead(scan, after)) continue;
    // "nach dem Roman von Thomas Bernhard", "ein Wolf von Hund": a noun after its article, then "von" or "de" and whose
    // it is, not a name with its particle.
    if (
      ANY_ARTICLE_BEFORE.test(text.slice(Math.max(0, hit.start - 8), hit.start)) &&
      /^ {1,2}\p{Ll}/u.test(text.slice(hit.end, hit.end + 3))
    )
      continue;
    yield pair(hit.start, after);
  }
  // A surname on its own: capitalised, in no name found already, not part of a hyphenated word.
  const inPair = coverage(text.length, pairs);
  const loneSurname = (hit: Hit) =>
    titleCased(text, hit.start, hit.end) &&
    !inPlace[hit.start] &&
    !inPair[hit.start] &&
    text[hit.start - 1] !== '-' &&
    text[hit.end] !== '-';
  // A surname, a comma and initials, as lists and registers write people ("Jansen, P.", "Müller, H.-J."); in a
  // bibliography its year follows ("Jansen, P. (2019)"): an author cited.
  const withInitials = new Set<number>();
  for (const family of ['surname', 'surname-suffix']) {
    for (const hit of scan.byFamily.get(family) ?? []) {
      if (!loneSurname(hit) || withInitials.has(hit.start) || NOT_SURNAMES.has(fold(text.slice(hit.start, hit.end)))) continue;
      const initials = INITIALS_AFTER_COMMA.exec(text.slice(hit.end, hit.end + 16));
      if (!initials || citation(text, hit.start, hit.end) || partOfPlaceName(scan, hit.start)) continue;
      const end = hit.end + initials[0].length;
      // "Hermanos Ruiz, S.L.": a company's legal form, not initials.
      if (hitBetween(scan, 'legal-form', hit.end, end)) continue;
      withInitials.add(hit.start);
      yield {
        type: 'person-name',
        value: text.slice(hit.start, end).trim(),
        confidence: history.at(hit.start) ? 0.45 : 0.7,
        index: hit.start,
      };
    }
  }
  // Surnames by their ending, where no given name stands before them ("Pon: Kowalski / Nowak").
  for (const hit of scan.byFamily.get('surname-suffix') ?? []) {
    if (!loneSurname(hit) || withInitials.has(hit.start) || NOT_SURNAMES.has(fold(text.slice(hit.start, hit.end)))) continue;
    // In Croatian, Serbian, Slovene, Czech or Slovak, "-ski" and "-ska" end adjectives ("Zimski odmor", "Roditeljski
    // sastanci"), and surnames rarely: a Polish ending counts alone only in a text that is not written in those.
    // Nor Czech and Slovak "-ová" written without its accent there ("Osnova za DDV:", a Slovene invoice's base).
    if (NOT_ALONE_THERE.test(text.slice(hit.start, hit.end)) && memo(scan, 'south-slavic', () => SOUTH_SLAVIC_TEXT(text)))
      continue;
    if (partOfPlaceName(scan, hit.start)) continue;
    if (afterCapitalisedWord(scan, hit.start)) {
      // A line of a word and a surname by an ending no adjective has, where a letter is signed ("Rasa Petrauskienė"
      // over "buhalterė", holdout-1017): a person, whether or not the given name is one the lists hold.
      const signed = signedByEnding(scan, hit);
      if (signed !== undefined) {
        pairs.push(signed, hit.end);
        yield { type: 'person-name', value: text.slice(signed, hit.end), confidence: 0.7, index: signed };
      }
      continue;
    }
    if (adjectiveOpeningRow(text, hit.start, hit.end)) continue;
    // "Partizanska cesta", "Gosposvetski cesti": an adjective naming a street, as Slovenian and Croatian do.
    if (streetAhead(scan, hit.end) || namingAt(scan, nextWord(text, hit.end), true)) continue;
    // "Hybešova 42, 602 00 Brno": a street; "Stolarczyk Sp. j.": a company.
    if (addressAfter(text, hit.end) || COMPANY_AHEAD.test(text.slice(hit.end, hit.end + 60))) continue;
    addAlone(hit.start, hit.end);
  }
  // Lines of a register are people when there are two or more of them.
  for (const match of register) yield { ...match, confidence: register.length >= 2 ? 0.7 : 0.45 };
  // Common surnames standing alone as the items of a list or a rota ("KW 30: Becker, Wagner",
  // "Urlaub Meier: Vertretung Schulze"), or as a staff note writes a colleague ("Müller ist heute im Homeoffice",
  // "Jansen werkt vandaag thuis"): elsewhere in running text the same words may be anything.
  for (const hit of scan.byFamily.get('surname') ?? []) {
    if (!loneSurname(hit) || withInitials.has(hit.start) || citation(text, hit.start, hit.end)) continue;
    // An invoice's party label that is a surname too, before its colon ("Kupec:", Slovene for buyer).
    if (text[hit.end] === ':' && hitsAt(scan, hit.start).some((h) => h.family === 'invoice-party' && h.end === hit.end)) continue;
    if (!listItem(scan, hit)) {
      // Only as staff notes write a colleague: a surname in a short text's prose alone may be a company's, a dish's or
      // a place's (counting it so flipped 33 non-personal bench documents).
      if (history.at(hit.start) || !staffNote(scan, hit.start, hit.end) || partOfPlaceName(scan, hit.start)) continue;
      pairs.push(hit.start, hit.end);
      yield { type: 'person-name', value: text.slice(hit.start, hit.end), confidence: 0.7, index: hit.start };
      continue;
    }
    if (partOfPlaceName(scan, hit.start)) continue;
    // Counted already if its ending tells a surname too ("Kowalski").
    if (alone.get(fold(text.slice(hit.start, hit.end)))?.some((m) => m.index === hit.start)) continue;
    addAlone(hit.start, hit.end);
  }
  // Two or more different names: a text about people. One alone may be anything ("Florence", a brand),
  // unless the text goes on to speak of a person ("I worked with Gemma … She is meticulous"). A name
  // that is itself a special category's word ("Ramadan", a given name and a month of fasting) does not
  // make the terms around it about a person.
  let names = 0;
  // A person of history the text names in full, then by surname alone ("Auf den Spuren Martin Luthers … in der Luther
  // predigte"): the same one.
  const ofHistory = new Set(
    (scan.byFamily.get('historical-person') ?? []).flatMap((hit) => {
      const surname = fold(
        text
          .slice(hit.start, hit.end)
          .split(/[ \t]+/)
          .pop() as string,
      );
      // Its genitive too ("Martin Luthers").
      return [surname, surname.replace(/s$/, '')];
    }),
  );
  for (const key of ofHistory) if (alone.has(key)) things.add(key);
  // Not a variety's, a credit's or a price list's name ("Barbera d'Alba, Giacomo Conterno …… 52 €").
  for (const [key, matches] of alone)
    if (!things.has(key) && !matches.every((m) => varietyOrCredit(scan, m.index, m.value.length))) names++;
  // A persona, a case study, an exercise or a synopsis: its people are made up.
  // A worksheet, a case study, a synopsis says so in its title or a heading ("Übungsblatt Sachaufgaben", "caso di
  // studio n. 3", "« La Maison des Tilleuls », roman, 320 pages"); a note that mentions one names a real pupil ("Finn
  // hat sein Arbeitsblatt vergessen.").
  // A calendar of name days: its names are names, no one's ("4 grudnia: Barbary, Krystiana").
  const nameDays = scan.byFamily.has('name-day');
  const fiction =
    madeUpCase(scan) ||
    (text.includes('Persona') && PERSONA_HEADING.test(text)) ||
    (text.includes(' min') && FILM_LINE.test(text));
  for (const [key, matches] of alone) {
    if (things.has(key)) continue;
    for (const match of matches) {
      const term = hitsAt(scan, match.index).some((hit) => hit.family.startsWith('special:'));
      const confidence =
        !history.at(match.index) &&
        !ofCreator(match.index) &&
        !makerBefore(text.slice(Math.max(0, match.index - 48), match.index)) &&
        !nameDays &&
        !fiction &&
        !inStaffColumn(scan, match.index) &&
        !PET_AFTER.test(text.slice(match.index + match.value.length, match.index + match.value.length + 48)) &&
        !PLURAL_VERB_AFTER.test(text.slice(match.index + match.value.length, match.index + match.value.length + 80)) &&
        !FIRST_PERSON_AFTER.test(text.slice(match.index + match.value.length, match.index + match.value.length + 12)) &&
        !COLOUR_LIST_BEFORE.test(text.slice(text.lastIndexOf('\n', match.index) + 1, match.index)) &&
        (names >= 2 ||
          spokenOf(scan, match.index) ||
          // A given name speaking on a chat's line, in a chat where someone speaks twice ("[09:14] Sarah: …", holdout-847).
          (givenAt(scan, match.index) !== undefined && chatLines(scan) && chatSpeakerAt(text, match.index)) ||
          (!term && specialInSentence(scan, match.index)) ||
          (!term && givenAt(scan, match.index) !== undefined && inProse(scan, match.index, match.index + match.value.length)) ||
          // A short note that opens by addressing someone ("Pablo: saca la basura y riega las plantas.", holdout-1035).
          (givenAt(scan, match.index) !== undefined && addressedNote(text, match.index, match.index + match.value.length)) ||
          // "Jonas' Rechner ist kaputt", "James' car": a first name's possessive, someone's thing.
          (givenAt(scan, match.index) !== undefined &&
            !QUOTE_BEFORE.test(text[match.index - 1] ?? '') &&
            POSSESSIVE_AFTER.test(text.slice(match.index + match.value.length, match.index + match.value.length + 3))))
          ? LONE_NAME
          : 0.45;
      yield { ...match, confidence };
    }
  }
  yield* reached(scan, pairs);
  yield* chatSpeakers(scan);
  yield* plainChatSpeakers(scan);
  yield* headedChatSpeakers(scan);
}

/**
 * A Polish plural verb after the word, a few small words between: a plural noun that is a given name too ("Pola z
 * danymi osobowymi są szyfrowane", fields; "Kina są zamknięte"), not one person; not two joined ("Ania z mamą są",
 * "Ola i Kuba byli"), whose words between are no plural noun's.
 */
const PLURAL_VERB_AFTER =
  /^(?:[ \t]+(?:z|ze)(?:[ \t]+\p{Ll}+(?:ami|ymi|imi|mi)){1,3}|(?:[ \t]+(?!(?:i|oraz|a|z|ze|razem|wraz)(?![\p{L}]))\p{Ll}+){0,2})[ \t]+(?:są|były|mają|muszą|mogą|zostały|zostaną|powinny|będą)(?![\p{L}])/u;
/**
 * "jestem", "jesteśmy" (I am, we are) right after the word: no one named is their subject, so it is the pronoun "kim"
 * (whom), as a job ad's "Kim jesteśmy:" heading writes it (holdout-591), not the given name Kim. So is a Hungarian verb
 * of "we" ("Amit kínálunk:", what we offer; "Akit keresünk", holdout-612): the word before is a pronoun, not Amit.
 */
const FIRST_PERSON_AFTER = /^[ \t]+(?:jestem|jesteśmy|(?=\p{Ll}*[áéíóöőúüű])\p{Ll}{3,}(?:unk|ünk))(?![\p{L}])/u;

/**
 * A brand's or a maker's field before its value, as product feeds and catalogues write them ("brand: Bosch",
 * "products[1].brand": "Stanley", "Hersteller: Miele", "marca: Roca"): a surname there is a company's name.
 */
const MAKER_KEY_BEFORE =
  /(?:^|[^\p{L}])(?:brand|brand_?name|make|manufacturer|marke|hersteller|marque|fabricant|marca|produttore|fabbricante|fabricante|merk|fabrikant|producent|marka)["']?[ \t]*[:=][ \t]*["']?$/iu;

/**
 * Whether a capitalised given name that is a word somewhere stands mid-sentence, after a word in lower case and before
 * no capitalised word (not "the Summer Sale"), in a text whose language is told and has no such word: there it is a name.
 */
function midSentenceNotAWord(scan: TextScan, start: number, end: number): boolean {
  const { text } = scan;
  const before = text.slice(Math.max(0, start - 24), start);
  if (
    !WHOLE_LOWER_WORD_BEFORE.test(before) ||
    PLACE_NOUN_BEFORE.test(before) ||
    PET_OR_CRAFT_BEFORE.test(before) ||
    /^[ \t]+\p{Lu}/u.test(text.slice(end, end + 3))
  )
    return false;
  const language = textLanguage(scan);
  return language !== '' && !NOUNS_CAPITALISED.has(language) && !givenNameIsWord(text.slice(start, end), language);
}
/** A pet's or a craft's kind right before a name, "called" maybe between ("a dog called Max", "our cat Mia", "the boat named Ella"). */
const PET_OR_CRAFT_BEFORE =
  /(?<![\p{L}])(?:dog|cat|puppy|kitten|pony|horse|hamster|rabbit|boat|ship|yacht|hund|hündin|katze|kater|pferd|boot|schiff|chien|chienne|chat|chatte|cheval|bateau|navire|cane|gatto|gatta|cavallo|barca|nave|perro|perra|gato|gata|caballo|barco|hond|kat|paard|schip|pies|kot|koń|łódź|statek|cão|cadela|cavalo|navio|katt|häst|båt)(?:[ \t]+(?:called|named|namens|genannt|appelée?|nommée?|chiamat[oa]|di nome|llamad[oa]|genaamd|heter|kallad|o imieniu|chamad[oa]))?[ \t]+$/iu;
/** A place's kind right before a name: a town, a river, an island so named ("de stad Jordan", "the river Jordan"). */
const PLACE_NOUN_BEFORE =
  /(?<![\p{L}])(?:city|town|village|river|lake|island|stad|staden|dorp|rivier|eiland|ville|fleuve|rivière|île|città|paese|fiume|isola|ciudad|pueblo|río|isla|miasto|rzeka|wyspa|cidade|rio|ilha|byn|floden|ön)[ \t]+$/u;
/** A number right after a word: "Max två gäster per medlem", "Max 2 Personen" (a maximum, holdout-1188). */
const COUNT_AFTER =
  /^[ \t]*\.?[ \t]+(?:\d|(?:two|three|four|five|zwei|drei|vier|fünf|zehn|deux|trois|quatre|cinq|dix|quattro|cinque|dieci|tres|cuatro|cinco|diez|twee|drie|vijf|dwa|dwie|trzy|cztery|pięć|dois|duas|três|två|fyra|kaksi|kolme|neljä|viisi)(?![\p{L}]))/iu;
/** A whole word in lower case right before, elided maybe, a comma maybe between ("mit Max", "c'est Sam", not "Strammer Max"). */
const WHOLE_LOWER_WORD_BEFORE = /(?<![\p{L}'’-])(?:\p{Ll}+['’])?\p{Ll}+[,;]?[ \t]+$/u;
/** Languages that capitalise their nouns, where a capitalised word mid-sentence may be one ("Christen, Juden und Muslime"). */
const NOUNS_CAPITALISED = new Set(['de', 'lb']);
/**
 * Someone to ask, tell, call or thank, by a given name that is a word too, capitalised mid-sentence: "Can you ask Ella
 * whether …", "Kannst du Mia fragen, …", "Kun je aan Sara vragen …", "Meeting with Ben at 3". Not before a capitalised
 * word ("ask Max Weight") or a value.
 */
function reachedByVerb(scan: TextScan, start: number, end: number): boolean {
  const { text } = scan;
  if (/^[ \t]*(?:\p{Lu}|[:=\d])/u.test(text.slice(end, end + 4))) return false;
  const verb = near(scan, 'contact-verb', start, 2) ?? near(scan, 'met-or-thanked', start, 2);
  if (verb !== undefined && !/[\n.!?]/.test(text.slice(verb.end, start))) return true;
  return /^[ \t]+(?:fragen|anrufen|zurückrufen|erinnern|Bescheid sagen|vragen|bellen|terugbellen|mailen|appen)(?![\p{L}])/u.test(
    text.slice(end, end + 24),
  );
}

/** Families whose word right after a verb of calling is no one's name ("Call Reception", "Ring Hotel am Ring"). */
const NOT_REACHED = new Set([
  'street',
  'institution',
  'legal-form',
  'naming',
  'brand',
  'historical-person',
  'title',
  'person-role',
  'person-word',
]);
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}[\p{L}'’-]*/u;
/** How a note goes on after whom to call: "re", "x", "per", "wegen", "pour", a dash or a comma (not a heading's colon: "Call Forwarding:"). */
const NOTE_GOES_ON = /^[ \t]*(?:re|x|per|wegen|wg\.?|bzgl\.?|for|about|pour|por|para|ws\.?|over|sobre|[-–—,;])(?![\p{L}])/iu;

/**
 * Whom a note asks to call or write, by a surname or a name no list holds ("Sentire Bianchi x preventivo",
 * "Call Okonkwo re delivery"): a capitalised word right after the verb, on its line. Given names are read
 * where they stand; teams, places and bodies are not someone.
 */
function* reached(scan: TextScan, pairs: readonly number[]): Iterable<Match> {
  const { text } = scan;
  for (const verb of scan.byFamily.get('contact-verb') ?? []) {
    const start = nextWord(text, verb.end);
    if (start === verb.end) continue;
    const word = CAPITALISED_WORD.exec(text.slice(start, start + 40))?.[0];
    if (!word || word.length < 3) continue;
    const key = fold(word);
    if (GIVEN.has(key) || NOT_A_PERSON.has(key) || CITY.has(key) || OFFICE_COMPOUND.test(key)) continue;
    // A known surname, or what a note goes on with ("re", "x", "wegen", "pour"): not a heading's next word
    // ("Email Address Policy") or a German noun ("anrufen bei Fragen").
    const known = surnameLike(key) || AMBIGUOUS_GIVEN.has(key);
    if (!known && !NOTE_GOES_ON.test(text.slice(start + word.length, start + word.length + 16))) continue;
    if (hitsAt(scan, start).some((h) => NOT_REACHED.has(h.family))) continue;
    if (within(pairs, start)) continue;
    const lineEnd = text.indexOf('\n', start);
    if (LEGAL_FORM.test(text.slice(start, lineEnd < 0 ? start + 60 : Math.min(lineEnd, start + 60)))) continue;
    yield { type: 'person-name', value: word, confidence: 0.7, index: start };
  }
}

/**
 * A product's colours listed after their label on the line: "Rosa", "Olive" or "Jade" there are colours ("Farben: Rosa,
 * Grau, Salbei", a probe of product pages).
 */
const COLOUR_LIST_BEFORE =
  /^[ \t]*(?:[-*•][ \t]*)?(?:farben?|farbvarianten|colou?rs?|colourways|couleurs?|colori|colores|kleuren|kolory|cores)[ \t]*:[^\n]*$/iu;
/** A street's word after the name it bears, in lower case, as Latvian, Lithuanian, Estonian and Hungarian write it ("Matīsa ielai"). */
const STREET_WORD_AFTER =
  /^[ \t]+(?:iel[aāuiē]\p{L}*|gatv\p{L}*|prospekt\p{L}*|aikšt\p{L}*|bulvār\p{L}*|laukum\p{L}*|tänav\p{L}*|puiestee\p{L}*|maantee\p{L}*|utc\p{L}*|út|útj\p{L}*|úton|tér\p{L}*|körút\p{L}*|sétány\p{L}*)(?![\p{L}])/u;
/** Services and firms of those countries named as people are ("Wilmassa", the Finnish schools' portal; "Elisalta", a telecom). */
const SERVICES_NAMED_SO = new Set(['wilma', 'elisa']);
/** A capitalised word of letters, not part of a hyphenated one. */
const DECLINABLE_WORD = /(?<![\p{L}\d-])\p{Lu}\p{Ll}{2,}(?![\p{L}\d-])/gu;
/**
 * Given names as Finnish, Estonian, Hungarian, Lithuanian and Latvian decline them, in a text written in one of those
 * ("Soitin eilen Martinille", "Tegnap felhívtam Gábort", "Vakar paskambinau Tomui", "Iedevu atslēgas Līgai"): the word less
 * its case ending is a given name of the lists. Mid-sentence only, after a word in lower case (a sentence's first word
 * may be any word declined: "Arkisin", "Lisää"); not a town, a street named after someone ("Matīsa ielai"), a word before
 * another capitalised one (a firm's or a place's name), nor one another rule read.
 */
function* declinedNames(scan: TextScan, inText: ReadonlySet<number>): Iterable<Match> {
  // The text's language, told once a word might be a declined name (telling it reads the whole text: German's "ä" and
  // "ö" ask it too).
  let told: string | undefined;
  const caseLanguage = () => {
    told ??= decliningLanguageOf(scan);
    return told;
  };
  const { text } = scan;
  for (const m of allMatches(DECLINABLE_WORD, text)) {
    const word = m[0];
    const key = fold(word);
    if (inText.has(m.index) || GIVEN.has(key) || AMBIGUOUS_GIVEN.has(key) || CITY.has(key)) continue;
    if (/^[ \t]+\p{Lu}/u.test(text.slice(m.index + word.length, m.index + word.length + 3))) continue;
    if (!afterLowerCaseWord(text, m.index)) continue;
    const language = caseLanguage();
    if (!language) return;
    if (SLAVIC_OR_GREEK.has(language) && !slavicNameMayStand(text, m.index, word, language)) continue;
    const name = declinedGivenName(word, language, (n) => (GIVEN.has(n) || AMBIGUOUS_GIVEN.has(n)) && !SERVICES_NAMED_SO.has(n));
    if (
      !name ||
      partOfPlaceName(scan, m.index) ||
      STREET_WORD_AFTER.test(text.slice(m.index + word.length, m.index + word.length + 16))
    )
      continue;
    yield { type: 'person-name', value: word, confidence: LONE_NAME, index: m.index };
  }
  // A message typed in lower case declines its names in lower case too ("sano villelle et aloittaa ilman mua",
  // holdout-746): mid-sentence, by an ending of two letters or more, a name of the lists that is no frequent word of the
  // text's language (the eight languages' words aside: "ville" is French, and Finnish's Ville).
  if (!typedInLowerCase(scan)) return;
  for (const m of allMatches(LOWER_DECLINABLE_WORD, text)) {
    const word = m[0];
    const key = fold(word);
    if (inText.has(m.index) || !afterLowerCaseWord(text, m.index)) continue;
    const language = caseLanguage();
    if (!language) return;
    if (wordOfLanguage(key, language)) continue;
    const name = declinedGivenName(
      word,
      language,
      (n) => (GIVEN.has(n) || AMBIGUOUS_GIVEN.has(n)) && !wordOfLanguage(n, language) && !SERVICES_NAMED_SO.has(n),
      2,
    );
    if (!name || CITY.has(name)) continue;
    if (STREET_WORD_AFTER.test(text.slice(m.index + word.length, m.index + word.length + 16))) continue;
    yield { type: 'person-name', value: word, confidence: LONE_NAME, index: m.index };
  }
}
/**
 * The Nordic words for one's family that no other language writes ("son", "man", "far" are French's or English's): a
 * short Nordic message's language is often not told, and these tell its genitive.
 */
// biome-ignore format: a word table reads best packed
const NORDIC_KIN = new Set([
  'mamma', 'mamman', 'pappa', 'pappan', 'bror', 'brodern', 'syster', 'søster', 'sonen', 'søn', 'sønn', 'dotter', 'dottern',
  'datter', 'fru', 'hustru', 'kone', 'sambo', 'farmor', 'mormor', 'farfar', 'morfar', 'pojkvän', 'flickvän', 'kæreste',
  'kjæreste', 'modern', 'fadern', 'mand', 'svärmor', 'svigermor',
]);
/**
 * The words for one's family in the EU's other languages, as they follow their owner's name ("Lasses mamma", "Martinina
 * máma", "Tomo mama", "Pekan äiti"): Swedish, Danish and Norwegian, Finnish, Estonian, Latvian, Lithuanian, Czech,
 * Slovak, Slovene and Croatian, the familiar ones too.
 */
// biome-ignore format: a word table reads best packed
const OTHER_KIN_AFTER_OWNER = [
  ...NORDIC_KIN, 'mor', 'far', 'son', 'man', 'mann', 'barn',
  'äiti', 'isä', 'veli', 'sisko', 'sisar', 'poika', 'tytär', 'mies', 'vaimo', 'mummo', 'isoäiti', 'isoisä', 'ukki',
  'puoliso', 'ema', 'isa', 'vend', 'õde', 'poeg', 'tütar', 'mees', 'naine', 'abikaasa', 'vanaema', 'vanaisa', 'māte',
  'tēvs', 'tētis', 'brālis', 'māsa', 'dēls', 'meita', 'vīrs', 'sieva', 'vecmāmiņa', 'vectēvs', 'mama', 'motina', 'tėtis',
  'tėvas', 'brolis', 'sesuo', 'sūnus', 'dukra', 'duktė', 'vyras', 'žmona', 'močiutė', 'senelis', 'senelė', 'máma',
  'mamka', 'maminka', 'matka', 'táta', 'tatínek', 'otec', 'bratr', 'brat', 'sestra', 'syn', 'dcera', 'dcéra', 'manžel',
  'manželka', 'muž', 'žena', 'babička', 'babka', 'dědeček', 'děda', 'dedko', 'přítel', 'přítelkyně', 'priateľ',
  'priateľka', 'mati', 'oče', 'ati', 'sin', 'hči', 'mož', 'babica', 'dedek', 'majka', 'otac', 'tata', 'kći', 'kćer',
  'suprug', 'supruga', 'baka', 'djed',
].join('|');
/** A capitalised word right before one of those words, not part of a hyphenated one (and whether a text holds one). */
const OWNER_THEN_KIN_SOURCE = String.raw`(?<![\p{L}\d-])(\p{Lu}\p{Ll}{2,})[ \t]+(${OTHER_KIN_AFTER_OWNER})(?![\p{L}])`;
const OWNER_THEN_KIN = new RegExp(OWNER_THEN_KIN_SOURCE, 'gu');
const HAS_OWNER_THEN_KIN = new RegExp(OWNER_THEN_KIN_SOURCE, 'u');
/**
 * The Czech, Slovak, Slovene and Croatian possessive adjectives of a given name, folded, each with the nominative's ending
 * the stem takes: "Martinina" and "Tinin" are Martina's and Tina's, "Petrův", "Markova", "Matejev" Petr's, Marko's, Matej's.
 */
// biome-ignore format: a word table reads best packed
const SLAVIC_POSSESSIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ...['in', 'ina', 'ino', 'iny', 'ine', 'inu', 'inou', 'inem', 'inym', 'inim', 'inog', 'inoj', 'inom'].map(
    (ending) => [ending, ['a']] as const,
  ),
  ...['uv', 'ov', 'ova', 'ovo', 'ovi', 'ovy', 'ovu', 'ove', 'ovym', 'ovim', 'ovog', 'ovoj', 'ovom', 'ev', 'eva', 'evo', 'evog', 'evoj'].map(
    (ending) => [ending, ['', 'o']] as const,
  ),
];
/** The languages whose genitive adds "-s" to a name, and those that own by a possessive adjective. */
const NORDIC = new Set(['sv', 'da']);
const SLAVIC_POSSESSING = new Set(['cs', 'sk', 'sl', 'hr']);
const NORDIC_LETTERS = /[åæøÅÆØ]/;
/** Whether a folded word is a given name's (the lists' or one that is a word too) possessive adjective in those languages. */
const slavicPossessive = (key: string) =>
  SLAVIC_POSSESSIVES.some(
    ([ending, nominatives]) =>
      key.endsWith(ending) &&
      nominatives.some((nominative) => {
        const name = key.slice(0, key.length - ending.length) + nominative;
        return name.length >= 3 && (GIVEN.has(name) || AMBIGUOUS_GIVEN.has(name));
      }),
  );

/**
 * A given name as the owner of the family member its next word names, at a sentence's start too ("Lasses mamma har
 * flyttat", "Martinina máma se přestěhovala", "Tomo mama persikėlė", holdout-997's probe): the Nordic genitive's "-s", the
 * Slavic possessive adjectives, or a case of the languages `declinedGivenName` knows. The family's word makes the owner
 * someone, so also a name that is a word too ("Lasse", "Mette"); not a town ("Pragova"), nor one another rule read.
 */
function* kinsOwners(scan: TextScan, inText: ReadonlySet<number>): Iterable<Match> {
  const { text } = scan;
  if (!HAS_OWNER_THEN_KIN.test(text)) return;
  // Each language's own form, in a text written in it ("Dans son atelier" is French); a short Nordic message's language
  // is often not told ("Lasses mamma har flyttat."): there the Nordic form before a word no other language writes, or
  // in a text with the Nordic letters ("Mettes far er flyttet på plejehjem.").
  const other = otherLanguageOf(scan);
  const language = decliningLanguageOf(scan);
  for (const m of allMatches(OWNER_THEN_KIN, text)) {
    const word = m[1] as string;
    const key = fold(word);
    if (inText.has(m.index) || GIVEN.has(key) || CITY.has(key)) continue;
    const nordic =
      NORDIC.has(other) || (other === '' && (NORDIC_KIN.has((m[2] as string).toLowerCase()) || NORDIC_LETTERS.test(text)));
    const owner =
      (nordic && key.endsWith('s') && AMBIGUOUS_GIVEN.has(key.slice(0, -1))) ||
      (SLAVIC_POSSESSING.has(other) && slavicPossessive(key)) ||
      (language !== '' && declinedGivenName(word, language, (n) => GIVEN.has(n) || AMBIGUOUS_GIVEN.has(n)) !== undefined);
    if (!owner) continue;
    if (partOfPlaceName(scan, m.index)) continue;
    yield { type: 'person-name', value: word, confidence: 0.7, index: m.index };
  }
}

/**
 * A given name, then an Irish surname's particle and the surname ("Ciarán Ó Súilleabháin", "Máire Nic Giolla Phádraig",
 * "Seán Mac Cárthaigh", holdout-1001): the particle makes it a name, also where the given name is a word too ("Máire",
 * French's mayor; "Seán").
 */
const IRISH_PARTICLES = 'Ó|Ní|Nic|Mac|Mhic|Uí|Ua';
const IRISH_NAME = new RegExp(
  String.raw`(?<![\p{L}\d-])(\p{Lu}\p{Ll}{2,})[ \t]+(?:${IRISH_PARTICLES}|Bean Uí)[ \t]+\p{Lu}[\p{Ll}'’]+(?:[ \t]+\p{Lu}[\p{Ll}'’]+){0,2}`,
  'gu',
);
const HAS_IRISH_PARTICLE = new RegExp(String.raw`[ \t](?:${IRISH_PARTICLES})[ \t]+\p{Lu}`, 'u');
function* irishNames(scan: TextScan, inText: ReadonlySet<number>): Iterable<Match> {
  const { text } = scan;
  if (!HAS_IRISH_PARTICLE.test(text)) return;
  for (const m of allMatches(IRISH_NAME, text)) {
    const key = fold(m[1] as string);
    if (inText.has(m.index) || !(GIVEN.has(key) || AMBIGUOUS_GIVEN.has(key)) || CITY.has(key)) continue;
    yield { type: 'person-name', value: m[0], confidence: 0.8, index: m.index };
  }
}

/** A word of letters in lower case, four or more, not part of a hyphenated one. */
const LOWER_DECLINABLE_WORD = /(?<![\p{L}\d-])\p{Ll}{4,}(?![\p{L}\d-])/gu;

/**
 * The Polish surnames' endings, which other Slavic languages' adjectives share, and the Czech and Slovak "-ová" written
 * without its accent: alone, no surname in a text written in the South Slavic languages, Czech or Slovak.
 */
const NOT_ALONE_THERE = /(?:ski|ska|cki|cka|ova)$/;
/** A text with the letters of Croatian, Serbian, Slovene, Czech or Slovak and none that only Polish writes. */
const SOUTH_SLAVIC_TEXT = (text: string) => /[čšžđěřůČŠŽĐ]/.test(text) && !/[ąęłńśźżĄĘŁŃŚŹŻ]/.test(text);

/** Adjectives of countries, regions and towns that end like surnames ("Polska", "Warszawska", "Miejska"), and nouns. */
// biome-ignore format: a word table reads best packed
const NOT_SURNAMES = new Set(
  ['polska', 'polski', 'czeska', 'słowacka', 'niemiecka', 'francuska', 'angielska', 'włoska', 'hiszpańska', 'rosyjska',
    'ukraińska', 'litewska', 'śląska', 'mazowiecka', 'warszawska', 'krakowska', 'gdańska', 'poznańska', 'wrocławska',
    'łódzka', 'europejska', 'narodowa', 'ceska', 'slovenska',
    // A town's, a district's or a province's bodies ("Miejska Biblioteka Publiczna", "Městská knihovna").
    'miejska', 'miejski', 'gminna', 'gminny', 'powiatowa', 'powiatowy', 'wojewódzka', 'wojewódzki', 'městská',
    'městský', 'mestská', 'mestský', 'krajská', 'krajský', 'okresná', 'okresní',
    // Polish nouns that end so, common in notices ("Wnioski urlopowe należy składać …").
    'wnioski', 'pociski', 'piaski', ...VERBS_ENDING_AS_SURNAMES].map(fold),
);

/** Families whose words, right before a lone name, still point at a person ("Tochter Lena", "Hallo Jana"). */
const PERSON_BEFORE = [
  'person-word',
  'person-role',
  'salutation',
  'title',
  'closing',
  'given-name',
  'sentence-opener',
  'contact-verb',
  'met-or-thanked',
  'contacted-by',
  // "Soy Lucía, la del 3.º B", "Sono Giulia, del terzo piano": the writer names themself, no register's surname first
  // (holdout-552).
  'self-intro',
];

/** The capitalised word right before `index` on its line, spaces between, and whether it starts the line. */
function wordBefore(text: string, index: number): { word: string; start: number; lineStart: boolean } | undefined {
  // One or two spaces: a tab or a wider gap parts a table's columns ("Klinik<tab>Anna").
  let end = index;
  while (end > 0 && index - end < 2 && text[end - 1] === ' ') end--;
  if (end === index) return undefined;
  let start = end;
  while (start > 0 && /[\p{L}'’]/u.test(text[start - 1] as string)) start--;
  if (start === end || !isUpperAt(text, start)) return undefined;
  let lineStart = start;
  while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
  return { word: text.slice(start, end), start, lineStart: lineStart === 0 || text[lineStart - 1] === '\n' };
}

/**
 * A capitalised word right before, on the same line: the name is part of a longer proper name
 * ("Crêpes Suzette", "Tief Bernd"). Not after short words ("O Tiago", "Mit Anna": articles and
 * prepositions at a sentence's start) or words that point at a person ("Tochter Lena", "Hallo Jana").
 */
/** Surnames' endings that end no adjective (not Polish "-ski", "-ska", nor Czech "-ová": "Politechnika Warszawska"). */
const SIGNING_SUFFIXES = new Set(
  SURNAME_SUFFIXES.filter((s) => !['ski', 'ska', 'cki', 'cka', 'dzki', 'dzka', 'ová'].includes(s)),
);
/** A line of two words alone: a capitalised word of three letters or more, then the surname. */
const SIGNING_LINE = /^[ \t]*(\p{Lu}\p{Ll}{2,})[ \t]+$/u;
/**
 * Where a surname by an ending no adjective has (`SIGNING_SUFFIXES`) ends a line of two words that opens a paragraph,
 * and the text ends there or a blank line, a line in lower case or a date follows (a job's title: "Rasa Petrauskienė"
 * over "buhalterė"): the line's start, a signature's name. Not where the first word is a frequent word of the
 * languages.
 */
function signedByEnding(scan: TextScan, hit: Hit): number | undefined {
  if (!SIGNING_SUFFIXES.has(hit.phrase)) return undefined;
  const { text } = scan;
  const lineStart = text.lastIndexOf('\n', hit.start - 1) + 1;
  const first = SIGNING_LINE.exec(text.slice(lineStart, hit.start));
  if (!first || !/^[ \t]*(?:\r?\n|$)/.test(text.slice(hit.end))) return undefined;
  // A paragraph's first line: after a blank line or at the text's start.
  if (lineStart > 0 && !/(?:^|\n)[ \t]*\r?\n$/.test(text.slice(Math.max(0, lineStart - 4), lineStart))) return undefined;
  const next = /^[ \t]*\r?\n[ \t]*([^\n]*)/.exec(text.slice(hit.end))?.[1] ?? '';
  if (next.trim() !== '' && !/^(?:\p{Ll}|\d)/u.test(next)) return undefined;
  const key = fold(first[1] as string);
  const start = lineStart + first[0].indexOf(first[1] as string);
  if (frequentInLanguages(key) || otherLanguageWordAt(scan, key, start)) return undefined;
  return start;
}
function afterCapitalisedWord(scan: TextScan, index: number): boolean {
  const before = wordBefore(scan.text, index);
  if (before === undefined || before.word.length <= 3 || hitStartingAt(scan, PERSON_BEFORE, before.start)) return false;
  // A German noun after a possessive names kin or a role ("Unser Hausmeister Stefan", "Mein Mann Stefan"); after an
  // article, one that ends as people's nouns do ("die Nachbarin Sabine", "der Hausmeister Stefan"; not "die Firma Anna").
  const ahead = scan.text.slice(Math.max(0, before.start - 12), before.start);
  if (POSSESSIVE_BEFORE_NOUN.test(ahead)) return false;
  return !(
    ARTICLE_BEFORE_NOUN.test(ahead) &&
    PERSON_NOUN_ENDING.test(before.word) &&
    !hitsAt(scan, before.start).some((h) => NOT_PERSON_NOUNS.has(h.family))
  );
}
/**
 * An animal's kind or breed after its name, maybe after its age, as a shelter's or a breeder's list writes it ("Oskar,
 * 8 Jahre, Kater", "Bella (3), Labrador-Mischling", "Milo – chaton de 4 mois"): a pet, not someone. Not a person with
 * an animal ("Oskar hat seinen Hund mitgebracht").
 */
const PET_AFTER =
  /^(?:[ \t]+(?:und|and|et|e|y|en|i)[ \t]+\p{Lu}[\p{L}'’-]+)?[ \t]*[,(–-][ \t]*(?:\d{1,2}[ \t]*\p{L}*\.?[ \t]*[,)–-]?[ \t]*)?(?:(?:ein|eine|un|une|uno|una|a|an|een|um|uma|zwei|drei|two|three|deux|trois|due|tre|dos|tres|twee|drie|dwa|dwie|trzy|dois|duas|três)[ \t]+)?(?:katzen|hunde|cats|dogs|rabbits|chats|chiens|gatti|cani|gatos|perros|katten|honden|koty|psy|cães|kater|katze|kätzin|hund|hündin|rüde|welpe|mischling|kaninchen|hamster|meerschweinchen|cat|dog|tomcat|kitten|puppy|chat|chatte|chien|chienne|chaton|chiot|lapin|gatto|gatta|cane|cagnolin[oa]|gattin[oa]|coniglio|perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|conejo|cachorr[oa]|kat|hond|reu|teef|konijn|kot|kotka|kocur|pies|suczka|piesek|królik|gatinh[oa]|cão|cadela|coelho|labrador\p{L}*|schäferhund\p{L}*|terrier|retriever|husky|dackel|beagle|pudel|poodle|spaniel|collie|bulldog\p{L}*|chihuahua|malinois|maine coon|perser|siam\p{L}*|europäisch kurzhaar|bauernhofkatze)(?![\p{L}])/iu;

/** A zoo's animal right before a name: "onze olifant ▸Indra", "the giraffe ▸Zuri". */
const ANIMAL_BEFORE = new RegExp(`(?<![\\p{L}])(?:${ZOO_ANIMALS.join('|')})[ \\t]+$`, 'iu');
/** A zoo's animal after a name, with "our" or an article: "Kiko, onze rode panda", "Zuri, la giraffe". */
const ZOO_ANIMAL_AFTER = new RegExp(
  `^[ \\t]*[,(–-][ \\t]*(?:our|unser\\p{L}*|notre|nostr[oa]|nuestr[oa]|onze|ons|nasz[aey]?|noss[oa]|the|der|die|das|le|la|l'|il|el|de|het|o|a)[ \\t]*(?:\\p{Ll}+[ \\t]+){0,2}(?:${ZOO_ANIMALS.join('|')})(?![\\p{L}])`,
  'iu',
);
/** Families of nouns for things, animals and places, which end as nouns for people do too ("die Puppe Emma"). */
const NOT_PERSON_NOUNS = new Set(['thing-kind', 'animal', 'animal-breed', 'naming', 'dish', 'street', 'institution']);
/** A German definite article (not the neuter's: "das Hotel Anna") right before a word. */
const ARTICLE_BEFORE_NOUN = /(?<![\p{L}])(?:der|die|den|dem)[ \t]+$/iu;
/** How German nouns for people end: "-in", "-er", "-e", "-ant", "-ent", "-ist", "-or", "-ar". */
const PERSON_NOUN_ENDING = /(?:in|er|e|ant|ent|ist|or|ar)$/u;
/** A German possessive right before a word: "mein", "unsere", "Ihrem" … */
const POSSESSIVE_BEFORE_NOUN = /(?<![\p{L}])(?:mein|dein|sein|ihr|unser|euer|eur)(?:e|en|em|er|es)?[ \t]+$/iu;

/** A pronoun or a word for kin after the name, or shortly before: the text speaks of a person. */
function spokenOf(scan: TextScan, index: number): boolean {
  const words = scan.byFamily.get('person-word');
  if (!words) return false;
  for (let k = firstFrom(words, index - 100 - 40); k < words.length; k++) {
    const hit = words[k] as Hit;
    if (hit.start - index >= 250) break;
    if (hit.start > index || (hit.end <= index && index - hit.end < 100)) return true;
  }
  return false;
}

/**
 * An author in a reference list: initials after the surname, a year in brackets later on the line ("Smith, J. (2019).");
 * or cited in the text, with a co-author or "et al." and the year ("García and Rossi, 2021", "Müller et al. (2019)").
 */
/**
 * Works, then "by" or "of": a name after them is their maker's ("les meubles d'Émile Gallé", "Gemälde von …"); a
 * work attributed to its maker ("ritratti attribuiti a Giovan Battista Moroni", "attributed to the workshop of …"), or
 * a text adapted from one ("frei nach", "tratto da"; not French "d'après", which is "according to" too, nor English
 * "adapted from", which a README's credit to a software's author uses); a story's
 * character by that word ("el personaje de Adela"); a
 * programme's performance at a line's start, after a dash or a time ("19 h 30 – Concert : Zaz", holdout-366).
 */
const CREATOR_BEFORE =
  /(?:(?:["“”»«’]|(?<=\p{L})')[ \t]+(?:by|von|de|di|van|door|autorstwa|da|wg\.?|według)[ \t]*$)|(?<![\p{L}])(?:frei nach|naar een verhaal van|tratto da|basado en (?:la obra|el libro|la novela) de|personaje|personnage|personaggio|personagem|personage|romanfigur|bühnenfigur)[ \t]+(?:de[ \t]+|d['’]|di[ \t]+|van[ \t]+)?$|(?<![\p{L}])(?:ritratt[oi]|dipint[oi]|quadr[oi]|tel[ae]|tavol[ae]|affresc(?:o|hi)|scultur[ae]|statu[ae]|portraits?|paintings?|panels?|fresco(?:e?s)?|drawings?|sculptures?|tableaux?|toiles?|fresques?|dessins?|retratos?|cuadros?|tablas?|pinturas?|portret(?:ten)?|schilderij(?:en)?|panelen|quadros?|work|works|œuvres?|oeuvres?|opere|opera|obras?|werken|werk)(?:\s+[\p{L}'’-]+){0,3}?\s+(?:attribuit[oiae]|attributed|attribuée?s?|attribués|atribuid[oa]s?|atribuíd[oa]s?|toegeschreven)\s+(?:a|to|à|aan|al|ao)[ \t]+$|(?<![\p{L}])(?:spotkanie autorskie z|spotkanie z autork[ąa]|spotkanie z autorem|lesung mit|signierstunde mit|rencontre avec l['’]aut(?:eur|rice|eure)|incontro con l['’]aut(?:ore|rice)|encuentro con (?:el autor|la autora)|book signing with|author talk with|signeersessie met|schrijversavond met|auteursavond met|literaire avond met|autorenabend mit|autorenlesung mit|leseabend mit|soirée littéraire avec|séance de dédicaces avec|serata con l['’]aut(?:ore|rice)|velada literaria con|wieczór autorski z|sessão de autógrafos com|noite de autógrafos com)[ \t]+$|(?<![\p{L}])(?:réalisée?|directed|dirigida|dirigido|diretto|diretta|gedreht|geregisseerd|wyreżyserowany)[ \t]+(?:par|by|por|da|von|door|przez)[ \t]+$|(?<![\p{L}])(?:dirigeres|dirigeret|dirigeras|dirigerad|dirigeerd|instrueret|iscenesat|regisseret|regisserad|ledes|leds)[ \t]+(?:af|av|door)[ \t]+$|(?<![\p{L}])(?:dirección|direção|direcção)[ \t]*:[ \t]*$|(?<![\p{L}])(?:mise en scène|mis en scène|inszenierung|regie|regia|reżyseria|reż\.|encenação|set design|costume design|lighting design|bühnenbild|kostüme|kostümbild|ausstattung|lichtdesign|scénographie|décors|costumes|lumières|scenografia|scenografie|costumi|escenografía|vestuario|iluminación|decorontwerp|kostuums|kostiumy|cenografia|figurinos|starring|w rolach głównych|in den hauptrollen|avec dans les rôles principaux|interpretado por|interpretada por|protagonizada por)[ \t]*(?:par|de|d['’]|by|von|di|da|por|van|door|:)?[ \t]*$|(?:\n|[–—•·|-]|\d[ \t]*(?:h|uhr)?)[ \t]*(?:concert|concerts|konzert|concerto|concierto|koncert|dj[ -]set|récital|recital|spectacle|one[ -]man[ -]show|stand-up)(?:[ \t]+(?:de|d['’]|di|del|do|of)[ \t]*(?:abertura|ouverture|apertura|clôture|encerramento|chiusura|clausura|opening|closing|noël|natal|natale|navidad|nieuwjaar|new year))?[ \t]*(?:par|de|d['’]|by|von|mit|avec|di|con|com|da|por|van|door|met|z|:)?[ \t]*$|(?<![\p{L}])(?:fotografii|fotografie|zdjęcia|zdjęć|obrazy|obrazów|dzieła|dzieł|powieści|wiersze|wierszy|rzeźby|utwory|utworów|portrety|pejzaże|skladby|skladeb|skladbu|díla|děl|dílo|písně|písní|básně|básní|romány|diela|piesne|básne|pomnik|pomnika|pomniku|pomnikiem|mozaika|mozaiki|mozaiką|mozaice|fabryka|fabryki|fabryce|fabrykę|pałac|pałacu|pałacem|willa|willi|willę|kamienica|kamienicy|kamienicę|muzeum|walce|walców|polki|polek|mazurki|mazurków|nokturny|nokturnów|etiudy|etiud|sonaty|sonat|symfonie|symfonii|koncerty|koncertów|arie|arii|pieśni|opery|oper|preludia|preludiów|ballady|ballad|kantaty|kantat|suity|suit|uwertury|uwertur|kwartety|kwartetów|muzyka|muzykę|muzyki|muzyką)[ \t]+$|(?<![\p{L}])(?:book|novel|album|song|film|play|poem|painting|photograph|landscapes|portraits|symphonies|operas|landschaften|porträts|sinfonien|opern|paysages|symphonies|opéras|paesaggi|ritratti|sinfonie|paisajes|retratos|sinfonías|óperas|landschappen|portretten|symfonieën|pejzaże|portrety|symfonie|opery|paisagens|sinfonias|buch|roman|livre|libro|boek|książka|livro|works|paintings|sculptures|drawings|furniture|novels|poems|photographs|œuvres|oeuvres|tableaux|toiles|meubles|romans|poèmes|dessins|photographies|werke|gemälde|bilder|möbel|skulpturen|romane|gedichte|zeichnungen|fotografien|opere|dipinti|quadri|mobili|sculture|romanzi|poesie|disegni|fotografie|obras|cuadros|pinturas|muebles|esculturas|novelas|poemas|dibujos|fotografías|werken|schilderijen|meubels|beelden|gedichten|tekeningen|aquarellen|etsen|watercolours|watercolors|etchings|prints|aquarelles|gravures|acquerelli|incisioni|acuarelas|grabados|aquarelle|radierungen|akwarele|aquarelas|dzieła|obrazy|meble|rzeźby|powieści|wiersze|rysunki|quadros|móveis|romances|desenhos|books|stories|songs|films|plays|albums|series|arbeiten|serien|installationen|fotos|séries|installations|serie|statue|statues|monument|bust|statuen|büste|denkmal|statua|busto|monumento|estatua|estátua|standbeeld|borstbeeld|verhalen|liedjes|geschichten|lieder|livres|histoires|chansons|libri|racconti|canzoni|libros|cuentos|canciones|książki|opowiadania|piosenki|livros|contos|canções)[ \t]+(?:by|of|de|d['’]|des|du|di|del|della|von|van|door|autorstwa|do|da|dos|das)[ \t]*$|(?:boeken|büchern?|buch)[ \t]+(?:by|of|de|d['’]|des|du|di|del|della|von|van|door|autorstwa|do|da|dos|das)[ \t]*$|(?<![\p{L}])(?:skönlitteratur|böcker|boken|bok|romaner|romanen|dikter|noveller|texter|målningar|verk|pjäser|sånger|skønlitteratur|bøger|bogen|bog|digte|malerier|værker|tekster|sange|bøker|dikt)[ \t]+(?:av|af)[ \t]*$/iu;
/**
 * An art's or a learning's calling right before a name, as guides, programmes and timelines introduce the people of
 * history ("the novelist Elizabeth Gaskell", "el dramaturgo José Zorrilla", "des Dichters Heinrich Heine"). Not a
 * painter's word (a house painter comes on Tuesday: "der Maler Jan Becker", "el pintor Paco"), nor a writer's in English
 * (a letter's writer is its sender).
 */
const CALLING_WORDS = new Set(ART_CALLINGS);
const PERFORMER_CALLING_SET = new Set(PERFORMER_CALLINGS);
/** A lecture's or a talk's announcement by its first line ("Lezing in de bibliotheek: …", "Vortrag: …"). */
const LECTURE_TITLE =
  /^[^\n]*(?<![\p{L}])(?:lezing|lecture|talk|vortrag|conférence|conferenza|conferencia|wykład|palestra)(?![\p{L}])/iu;
/**
 * A title opening a line, then "by" ("- The Salt Road by …", "Holes by …"), not a participle
 * ("Report Prepared by …", "Cake Made by …").
 */
const TITLE_BY =
  /^[ \t]*(?:[-*•–]|\d{1,2}[.)])?[ \t]*["“'‘]?\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|of|the|a|an|and|in|on|for|to|at|with|from)){0,8}["”'’]?,?[ \t]+by[ \t]+$/u;
const PARTICIPLE_BEFORE_BY =
  /(?:ed|made|written|sent|taken|given|done|led|held|paid|built|brought|chosen|drawn|kept|told|shown|run)["”'’]?,?[ \t]+by[ \t]+$/i;
/** Works the lines of a shortlist, a reading list or a playlist name. */
const WORKS_WORD =
  /(?<![\p{L}])(?:books?|novels?|fiction|poems?|poetry|albums?|songs?|films?|reading|shortlist|longlist|playlist)(?![\p{L}])/iu;
/**
 * A name after a title and "by" on its line, in a list of three such lines or more about books, films or songs: the
 * works' makers, as shortlists and reading lists name them.
 */
function titleByLine(scan: TextScan, start: number): boolean {
  const { text } = scan;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const line = text.slice(lineStart, start);
  if (!TITLE_BY.test(line) || PARTICIPLE_BEFORE_BY.test(line)) return false;
  return memo(scan, 'title-by-list', () => {
    let lines = 0;
    for (const m of allMatches(/^.*?[ \t]by[ \t]+\p{Lu}/gmu, text)) {
      const prefix = m[0].slice(0, -1);
      if (TITLE_BY.test(prefix) && !PARTICIPLE_BEFORE_BY.test(prefix)) lines++;
    }
    return lines >= 3 && textHas(scan, WORKS_WORD);
  });
}
/** A work's title, a comma and its maker's word, as programmes list films and books: "Titane, de …", "Perfect Days, by …". */
const WORK_COMMA_BY = /\p{L}[ \t]*,[ \t]+(?:de|d'|di|by|von|van|door|por|par|réalisé par|directed by)[ \t]+$/u;
/**
 * A work's title in Polish quotes right before a name, its author in the genitive with no word between ("„Opowieść
 * wigilijna” Karola Dickensa", "„Dzieci z Bullerbyn” Astrid Lindgren", holdout-473): Polish names a book's author so.
 */
const TITLE_QUOTE_BEFORE = /„[^„”\n]{2,60}”[ \t]+$/u;
/** … in a text about reading: books, set books, a reading corner, novels, poems, tales, their authors. */
const POLISH_READING =
  /(?<![\p{L}])(?:książk\p{L}*|lektur\p{L}*|czytelni\p{L}*|powieś\p{L}*|polecamy|wiersz\p{L}*|autor\p{L}*|bibliote\p{L}*|baśń|baśni\p{L}*|bajk\p{L}*|opowiadani\p{L}*)(?![\p{L}])/iu;
/** A public event's speaking role right before a name: "Keynote by", "moderated by journalist", "animé par", "Referent:". */
const SPEAKER_BEFORE =
  /(?<![\p{L}])(?:keynote by|talk by|moderated by|chaired by|led by|presented by|hosted by|panel with|vortrag von|moderiert von|moderation:|animée? par|présentée? par|modérée? par|a cura di|moderat[oa] da|presentad[oa] por|moderad[oa] por|modera:|impartid[oa] por|gepresenteerd door|gemodereerd door|prowadzenie:|prowadząc[ya]:|moderowan[ya] przez|apresentad[oa] por|(?:referent(?:in)?|referenten|speakers?|intervenante?s?|relat(?:ore|rice|ori)|ponentes?|sprekers?|prelegent(?:ka)?|orador(?:a|es)?|palestrantes?)[ \t]*:)[ \t]+(?:(journalist|the journalist|la journaliste|le journaliste|die journalistin|der journalist|il giornalista|la giornalista|el periodista|la periodista|journalist|dziennikarz|dziennikarka|o jornalista|a jornalista)[ \t]+)?(?:(?:dr|prof|professor)\.?[ \t]+)?$/iu;
/** The speaker's company right after the name, by "of" or "from" ("Tomás Ferreira of Streamline Labs"). */
const SPEAKER_AFFILIATION_AFTER = /^[ \t]*,?[ \t]*(?:of|from|von|de|di|da|van|z)[ \t]+\p{Lu}/u;
/**
 * A speaker, a workshop's leader or a panel's moderator at a public event (what only a public audience is told stands in
 * the text: tickets, early-bird, free entry), by their affiliation or a journalist's word ("Keynote by Dr. Amara Osei
 * (University of Edinburgh)", "led by Tomás Ferreira of Streamline Labs", "moderated by journalist Helen Marsh"):
 * named in their public role. Not an internal talk's ("led by Anna Weber (Finance)" names a department, no affiliation).
 */
function publicSpeaker(scan: TextScan, before: string, end: number): boolean {
  if (!scan.byFamily.has('public-audience')) return false;
  // Markdown's emphasis around the role's word ("**Keynote** by …"), which the text as read holds as spaces.
  const m = SPEAKER_BEFORE.exec(before.replace(/[*_]+/g, '').replace(/[ \t]+/g, ' '));
  if (!m) return false;
  // Not one whose own illness their sentence tells ("Referentin: Anna Weber, … spricht über ihre Depression"): named for
  // the talk, not for that; a doctor speaking on a disease over-reads so, which the EU takes as personal.
  if (scan.byFamily.has('special:health') && termsOfOwnSentence(scan, end - 1, (family) => family === 'special:health').found)
    return false;
  if (m[1]) return true;
  const after = scan.text.slice(end, end + 80);
  const bracket = /^[ \t]*\(([^()\n]{2,60})\)/.exec(after)?.[1];
  if (bracket !== undefined) return AFFILIATION.test(bracket) || hitBetween(scan, 'legal-form', end, end + bracket.length + 4);
  // … or after a comma on its line ("Referent: Prof. Dr. Klaus Meyer, Meteorologisches Institut der Universität", holdout-724).
  const comma = /^[ \t]*,([^\n]{2,80})/.exec(after)?.[1];
  if (comma !== undefined && AFFILIATION.test(comma)) return true;
  return SPEAKER_AFFILIATION_AFTER.test(after);
}
/** A year in brackets right after a name: the work's ("… de Céline Sciamma (2019)"). */
const YEAR_IN_BRACKETS = /^[ \t]*\((?:19|20)\d\d\)/;
/** A first-person possessive, then up to two words, before a name: "my sister", "mia cugina", "mon compagnon", "unser Sohn". */
const OWN_BEFORE =
  /(?<![\p{L}])(?:my|our|mein|meine|meinen|meinem|meiner|unser|unsere|unseren|unserem|unserer|mon|ma|mes|notre|nos|mio|mia|miei|mie|nostro|nostra|nostri|nostre|mi|mis|nuestro|nuestra|nuestros|nuestras|mijn|onze|ons|mój|moja|moje|mojego|mojej|moim|moją|nasz|nasza|naszego|naszej|naszym|meu|minha|meus|minhas|nosso|nossa)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,2}$/iu;
/**
 * The last words CREATOR_BEFORE can end with, in lower case: its particles, and the words of its branches that end
 * without one ("Regie", "personaje", "Lesung mit", "obrazy"). A text before a name whose last word is none of them (nor a
 * colon, an apostrophe or a dot: "Regie:", "d'", "reż.") cannot match it, and most names' cannot: the pattern, tried at
 * each of 48 positions, was the slowest test per name.
 */
// biome-ignore format: a word table reads best packed
const CREATOR_LAST_WORDS = new Set([
  'by', 'von', 'de', 'di', 'van', 'door', 'autorstwa', 'wg', 'według', 'da', 'nach', 'personaje', 'personnage', 'personaggio',
  'personagem', 'personage', 'romanfigur', 'bühnenfigur', 'a', 'to', 'à', 'aan', 'al', 'ao', 'z', 'com', 'autorką',
  'autorka', 'autorem', 'mit', 'auteur', 'autrice', 'auteure', 'autore', 'autor', 'autora', 'with', 'met', 'par', 'por',
  'przez',
  'scène', 'inszenierung', 'regie', 'regia', 'reżyseria', 'encenação', 'design', 'starring', 'głównych', 'hauptrollen',
  'principaux', 'avec', 'con', 'concert', 'concerts', 'konzert', 'concerto', 'concierto', 'koncert', 'set', 'récital',
  'recital', 'spectacle', 'show', 'up', 'fotografii', 'fotografie', 'zdjęcia', 'zdjęć', 'obrazy', 'obrazów', 'dzieła', 'dzieł', 'powieści', 'wiersze', 'wierszy',
  'rzeźby', 'utwory', 'utworów', 'portrety', 'pejzaże', 'skladby', 'skladeb', 'skladbu', 'díla', 'děl', 'dílo', 'písně',
  'písní', 'básně', 'básní', 'romány', 'diela', 'piesne', 'básne', 'pomnik', 'pomnika', 'pomniku', 'pomnikiem', 'mozaika', 'mozaiki',
  'mozaiką', 'mozaice', 'fabryka', 'fabryki', 'fabryce', 'fabrykę', 'pałac', 'pałacu', 'pałacem', 'willa', 'willi', 'willę',
  'kamienica', 'kamienicy', 'kamienicę', 'muzeum', 'of', 'des', 'du', 'del', 'della', 'do', 'dos', 'das', 'av', 'af',
  // Music's works, whose composer's name follows in the genitive ("walce i polki Johanna Straussa", holdout-843).
  'walce', 'walców', 'polki', 'polek', 'mazurki', 'mazurków', 'nokturny', 'nokturnów', 'etiudy', 'etiud', 'sonaty', 'sonat', 'symfonie', 'symfonii', 'koncerty', 'koncertów', 'arie', 'arii', 'pieśni', 'opery', 'oper', 'preludia', 'preludiów', 'ballady', 'ballad', 'kantaty', 'kantat', 'suity', 'suit', 'uwertury', 'uwertur', 'kwartety', 'kwartetów', 'muzyka', 'muzykę', 'muzyki', 'muzyką',
]);
/** The run of letters ending `before` past its spaces and tabs, and whether any space or tab follows it. */
function lastWordOf(before: string): { word: string; spaced: boolean; mark: string } {
  let end = before.length;
  while (end > 0 && (before[end - 1] === ' ' || before[end - 1] === '\t')) end--;
  let start = end;
  while (start > 0 && LETTER.test(before[start - 1] as string)) start--;
  // A letter outside the basic plane, as a pair of surrogates: leave the word to the patterns.
  if (start > 0 && /[\uD800-\uDFFF]/.test(before[start - 1] as string))
    return { word: '', spaced: end < before.length, mark: '?' };
  return { word: before.slice(start, end), spaced: end < before.length, mark: start === end ? (before[end - 1] ?? '') : '' };
}
const LETTER = /\p{L}/u;
/** The word right before a name, in lower case. */
const WORD_BEFORE_NAME = /(\p{L}+)[ \t]+$/u;
const callingBefore = (before: string) => CALLING_WORDS.has(WORD_BEFORE_NAME.exec(before)?.[1]?.toLowerCase() ?? '');
/** An academic title between a calling and the name ("Historicus dr. Pieter van Dijk", "lo storico prof. …"). */
const TITLE_AT_END = /(?<![\p{L}])(?:dr|drs|prof|dott|dott\.ssa|mgr|ing)\.?[ \t]+$/iu;
/** A performer's or a historian's calling right before the name, an academic title maybe between, where the text is published so. */
function performerBefore(scan: TextScan, before: string): boolean {
  // The scan meets the callings' words (lexicon family `performer-calling`): a text with none asks nothing at each name.
  if (!scan.byFamily.has('performer-calling') || schoolText(scan)) return false;
  const title = TITLE_AT_END.exec(before);
  const word = WORD_BEFORE_NAME.exec(title ? before.slice(0, title.index) : before)?.[1]?.toLowerCase() ?? '';
  if (!PERFORMER_CALLING_SET.has(word)) return false;
  return scan.byFamily.has('public-audience') || programme(scan) || LECTURE_TITLE.test(firstLine(scan.text));
}
/** Works and "by", or an art's calling, right before a name: its maker's ("paintings by …", "the novelist …"). */
const makerBefore = (before: string) => {
  const { word, spaced, mark } = lastWordOf(before);
  if (mark === '?') return CREATOR_BEFORE.test(before) || callingBefore(before);
  const lower = word.toLowerCase();
  const possible = word === '' ? mark === ':' || mark === "'" || mark === '’' || mark === '.' : CREATOR_LAST_WORDS.has(lower);
  if ((possible && CREATOR_BEFORE.test(before)) || (spaced && CALLING_WORDS.has(lower))) return true;
  const title = TITLE_AT_END.exec(before);
  return title !== null && callingBefore(before.slice(0, title.index));
};
/**
 * Credited by the words before the name (`before`, the name ending at `end`): a maker's ("paintings by", "Regie:"), a
 * public concert's performer's label, or a public event's speaking role.
 */
const creditedBefore = (scan: TextScan, before: string, end: number) =>
  (makerBefore(before) ||
    performerBefore(scan, before) ||
    conductedBy(scan, before) ||
    ((PERFORMER_BEFORE.test(before) || PLAYED_BY_BEFORE.test(before)) &&
      (scan.byFamily.has('public-audience') || programme(scan))) ||
    publicSpeaker(scan, before, end)) &&
  // "Die Lesung mit Katrin Seidel war gut besucht. Die Autorin hat erzählt, dass sie mit ihrem Mann nach Lissabon zieht"
  // (holdout-780): their own family told of them, in their sentence or the next that speaks of them again.
  !ownFamilyTold(scan.text, end - 1) &&
  // Nor one person's own affairs ("A escritora Inês Carvalhal pediu o reembolso do comboio", a probe).
  !scan.byFamily.has('private-matter');
/** A hymn's or a song's credit by its label: "Text:", "Melodie:", "Words:", "Paroles :", "Testo:", "Letra:". */
const CREDIT_BEFORE =
  /(?:^|[^\p{L}])(?:text|melodie|musik|worte|satz|tonsatz|weise|words|music|tune|paroles|musique|testo|musica|letra|música|tekst|muziek|słowa|muzyka)[ \t]*:[ \t]*$/iu;
/** A year before living memory right after a credit's name, ending the credit ("Paul Gerhardt 1653 ·"). */
const CREDIT_YEAR_AFTER = (after: string) => {
  const m = /^[ \t]+(1\d{3})(?=[ \t]*(?:[·,;|/]|\r?\n|$))/.exec(after);
  return m !== null && beforeLivingMemory(Number(m[1]));
};
/** Whose works: "by", "of", "von", "di" … right before a name ("Texte von …", "lettere di …"). */
const OF_BEFORE = /(?<![\p{L}])(?:by|of|von|vom|de|di|da|van|door|du|des|del|della|av|af|przez|autorstwa)[ \t]+$/iu;
/** A school's own event or its pupils, in a maker's sentence: the makers are pupils ("beim Schulfest", "class 4b"). */
const PUPILS_WORK =
  /(?<![\p{L}])(?:schulfest\p{L}*|schulfeier|sommerfest der schule|elternabend|schüler(?:innen)?|klasse[ \t]+\d|school (?:fair|concert|assembly|play)|pupils|class[ \t]+\d|year[ \t]+\d{1,2}\b|fête de l['’]école|kermesse|élèves|classe[ \t]+de[ \t]+(?:cp|ce\d|cm\d|\d)|festa della scuola|alunni|classe[ \t]+\d|fiesta del colegio|alumnos|alumnas|schoolfeest|leerlingen|groep[ \t]+\d|uczniowie|uczniów|klas[ay]?[ \t]+\d|festa da escola|alunos|turma)(?![\p{L}])/iu;
/**
 * A workplace's own world in a maker's sentence: its intranet, its party, its departments, an intern, someone's office,
 * or a thing to give back to its owner ("Film von Jonas Becker über unser Sommerfest – jetzt im Intranet", "Les
 * tableaux de Julie Martin sont encore dans son bureau", "Fotos von Jonas Becker aus der Buchhaltung"): the maker is a
 * colleague, or "de" and "von" tell whose the thing is.
 */
const WORKPLACE_WORK =
  /(?<![\p{L}])(?:intranet|teamfrühstück|sommerfest|weihnachtsfeier|betriebsfeier|company party|office party|fête du personnel|festa aziendale|cena de empresa|personeelsfeest|buchhaltung|personalabteilung|accounting department|comptabilité|contabilità|contabilidad|boekhouding|księgowości?|praktikant(?:in)?|intern|stagiaire|tirocinante|becari[oa]|stagiair[e]?|stażyst\p{L}*|(?:son|mon|votre|ton) bureau|(?:im|ihr|sein|ihrem|seinem) büro|(?:her|his|the) office|(?:suo|nel suo) ufficio|(?:su|en su) oficina|(?:lui|leur) rendre|return (?:it|them) to|zurückgeben|restituirl[oae]|devolvérsel[oa]s?|teruggeven|oddać)(?![\p{L}])/iu;
/** A colleague's word after a name: "unserer Kollegin", "notre collègue", "our colleague from …". */
const COLLEAGUE_AFTER =
  /^[ \t]*,?[ \t]*(?:unser(?:e[rm]?)?|notre|nos|our|nostr[ao]|nuestr[ao]|onze|nasz[aey]?|a nossa|o nosso|mein(?:e[rm]?)?|ma|mon|my)[ \t]+(?:kolleg\p{L}*|collègue\p{L}*|colleague\p{L}*|collega|colleghi|compañer\p{L}*|colleg\p{L}*|koleżank\p{L}*|koleg\p{L}*|colega\p{L}*|mitarbeiter\p{L}*)/iu;
/** Who conducts a choir or an orchestra, right before the name: "diretto dal maestro", "unter der Leitung von". */
const CONDUCTED_BEFORE =
  /(?<![\p{L}])(?:dirett[oa] dal(?:la)? maestr[oa]|sotto la direzione del(?:la)? maestr[oa]|sous la direction d[eu]|unter der leitung von|onder leiding van|pod dyrekcją|sob a direção d[eo]|sob a direção do maestro|bajo la dirección del? (?:maestr[oa] )?|dirigid[oa] por el maestro|conducted by|dirigierte|a dirigé|dirigeait|ha diretto|dirigió|dirigeerde|dyrygował[a]?|dirigiu)[ \t]*$/iu;
/** A choir's or an orchestra's word: what a conductor leads. */
const ENSEMBLE_WORD =
  /(?<![\p{L}])(?:choir|chorus|orchestra|chor|kirchenchor|orchester|chœur|chorale|orchestre|coro|corale|orquesta|orquestra|koor|orkest|chór|orkiestr\p{L}*|coral)(?![\p{L}])/iu;
/**
 * A choir's or an orchestra's conductor by the words that credit them ("il coro parrocchiale, diretto dal maestro Luigi
 * Brambilla", holdout-775): named for the performance. Not a project's lead ("unter der Leitung von Anna Weber") in a
 * text that names no choir or orchestra.
 */
const conductedBy = (scan: TextScan, before: string) =>
  ensembleUnder(before) || (CONDUCTED_BEFORE.test(before) && memo(scan, 'ensemble', () => textHas(scan, ENSEMBLE_WORD)));
/** The words ENSEMBLE_UNDER ends with, before its spaces. */
const UNDER_WORDS = new Set(['under', 'unter', 'sous', 'sotto', 'bajo', 'onder', 'pod', 'sob']);
/**
 * ENSEMBLE_UNDER asked only where `before` ends with one of its last words and a space: the pattern, tried at each of
 * the slice's positions, was one of the costlier tests per name (1.6 % of the eval texts' time), and most names' text
 * before them ends otherwise.
 */
export function ensembleUnder(before: string): boolean {
  const { word, spaced, mark } = lastWordOf(before);
  if (mark !== '?' && (!spaced || !UNDER_WORDS.has(word.toLowerCase()))) return false;
  return ENSEMBLE_UNDER.test(before);
}
/** An orchestra, its name's compound too, under its conductor ("das Gewandhausorchester unter Andris Nelsons", holdout-851). */
export const ENSEMBLE_UNDER =
  /\p{L}*(?:orchester|orchestra|orchestre|orquesta|orquestra|orkest|orkiestra|philharmoniker|philharmonic|filarmonica)[ \t]+(?:under|unter|sous|sotto|bajo|onder|pod|sob)[ \t]+$/iu;
/** A performer by the verb of their playing or singing right before the name ("spielte Igor Levit Schuberts …"). */
const PLAYED_BY_BEFORE =
  /(?<![\p{L}])(?:spielte|played|a joué|ha suonato|ha interpretato|interpretó|tocó|speelde|zagrał[a]?|tocou|interpretou|sang|a chanté|ha cantato|cantó|zong|zaśpiewał[a]?|cantou)[ \t]+$/iu;
/** A concert's conductor or soloist by their label: "Conductor:", "Soloist:", "Dirigentin:", "Direttore:" (holdout-770). */
const PERFORMER_BEFORE =
  /(?<![\p{L}])(?:conductor|soloists?|solist(?:in|en)?|soliste|solista|dirigent(?:in)?|chef d['’]orchestre|direttore(?: d['’]orchestra)?|direzione musicale|direction musicale|director de orquesta|dirección musical|direção musical|musikalische leitung|chorleitung|dyrygent|maestro concertatore)[ \t]*:[ \t]*$/iu;
/** "and" in the EU's languages between two names of a list. */
const AND_BETWEEN = /^[ \t]+(?:and|und|et|e|y|en|i|oraz|och|og|és|a)[ \t]+$/u;
/**
 * A name the list of people of history holds right after this one and "and", and nothing capitalised after it: after
 * "by", "of", "von", the two are named together as makers ("Texte von Wilhelm Müller und Heinrich Heine", "lettere di Giulia Beccaria e
 * Alessandro Manzoni"). Not a pair's second name going on as someone else's surname ("Maria Santos e Victor Hugo Pereira").
 */
function beforeFigureOfHistory(scan: TextScan, end: number): boolean {
  const { text } = scan;
  for (const hit of scan.byFamily.get('historical-person') ?? []) {
    if (hit.start <= end) continue;
    if (hit.start - end > 8) break;
    if (AND_BETWEEN.test(text.slice(end, hit.start)) && !/^[ \t]*\p{Lu}/u.test(text.slice(hit.end, hit.end + 3))) return true;
  }
  return false;
}
/**
 * Between two makers, maybe past a first name no list holds: "… Gallé et de Louis Majorelle", "… Hammershøi, Peder
 * Severin Krøyer"; or past a whole maker no list reads as a name ("… Söderberg, Stig Dagerman och Karin Boye").
 */
const CREATOR_AND =
  /^(?:[ \t]*(?:,|[ \t](?:and|et|und|e|y|en|i|oraz|och|og))[ \t]+(?:\p{Lu}\p{Ll}+[ \t]*){1,3}(?=[, \t]))*[ \t]*(?:,|[ \t](?:and|et|und|e|y|en|i|oraz|och|og))(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?:(?:by|of|de|di|von|van|da|do)[ \t]+|d['’])?(?:\p{Lu}\p{Ll}+[ \t]+){0,2}$/u;
/** A capitalised particle elided before a name: "Sant'", "D'", "O'", "Dell'". */
const ELIDED_BEFORE = /(?<![\p{L}])\p{Lu}\p{Ll}{0,8}['’]$/u;
/** A cited author's initials, then the work's year in brackets on the line: ", K., & Toutanova, K. (2019)". */
const CITED_WITH_INITIALS = /^,\s(?:\p{Lu}\.[\s-]?){1,3}[^\n]*?\((?:19|20)\d\d[a-z]?\)/u;
/** Co-authors after a cited surname: " and Jones", " & Müller". */
const CO_AUTHOR = String.raw`(?:\s+(?:and|&|und|et|e|y|en|i)\s+\p{Lu}[\p{L}'’-]+)?`;
/**
 * An editor's mark after a name a bibliography cites, then the punctuation before the work's title: "In P. Moreira
 * (Ed.), Health …", "K. Weber (Hrsg.): Handbuch …", "(dir.),", "(a cura di),". Not "Anna Weber (Red.) wegen …".
 */
const EDITOR_MARK = String.raw`^,?[ \t]*\((?:[Ee]ds?|[Hh]rsg|[Dd]ir|[Cc]oords?|[Oo]rgs?|[Aa] cura di)\.?\)[,:.]`;
const EDITED = new RegExp(EDITOR_MARK, 'u');
/**
 * After a surname, a citation: initials and the year in brackets, "et al.", the year in brackets ("Smith (2019)",
 * "Smith and Jones (2019)", "Smith et al. 2019"), or an editor's mark.
 */
const CITATION = new RegExp(
  String.raw`${EDITOR_MARK}|${CITED_WITH_INITIALS.source}|^,\s(?:\p{Lu}\.\s?){1,3}et al\.|^${CO_AUTHOR}\s+et al\.?,?\s+\(?(?:19|20)\d\d(?!\d)|^${CO_AUTHOR},?\s+\((?:19|20)\d\d[a-z]?\)`,
  'u',
);
/** The year alone after a surname: a citation only inside brackets ("(Smith 2019; Jones, 2020)"), not "Kinder: Anna 2015, Lukas 2018". */
const BARE_YEAR_CITED = new RegExp(String.raw`^${CO_AUTHOR},?\s+(?:19|20)\d\d[a-z]?(?!\d)`, 'u');
const citation = (text: string, start: number, end: number) => {
  const after = text.slice(end, end + 160);
  return CITATION.test(after) || (/[(;][ \t]*$/.test(text.slice(Math.max(0, start - 3), start)) && BARE_YEAR_CITED.test(after));
};
/** ", P.", ", H.-J.", ", J. R." after a surname: its initials, and no word after them. */
const INITIALS_AFTER_COMMA = /^,[ \t]?(?:\p{Lu}\.(?:[ \t]?-?[ \t]?\p{Lu}\.){0,2})(?![\p{L}])/u;

/** Particles before a surname: Dutch and Flemish ("De Boer", "Van der Linden", "Ter Horst"), German, Romance, Irish. */
const SURNAME_PARTICLE =
  /(?:[Vv]an (?:[Dd]e[rn]? )?|[Dd]e |[Tt]e[rn] |[Vv]on (?:der )?|[Dd]i |[Dd]el |[Dd]a |[Dd]os |[Dd]u |[Ll]e |O'|O’)$/;

/** Separators around an item of a list, a register, a rota or a table's cell. */
const ITEM_BEFORE = ':,;/|(\t\n*•–-';
const ITEM_AFTER = ':,;/|()\t\r\n–-';

/** Whether an item ends at `index`: spaces, then a separator or the text's end. */
function itemEndsAt(text: string, index: number): boolean {
  let after = index;
  while (text[after] === ' ') after++;
  return after >= text.length || ITEM_AFTER.includes(text[after] as string);
}

const LINE_NUMBERING = /^[ \t]*(?:\d{1,3}[.)]|[-*•–])?[ \t]*$/;

/** Whether [start, end) is all of a line's item: only a number or a bullet before it, a separator or the line's end after. */
function registerLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return LINE_NUMBERING.test(text.slice(lineStart, start)) && itemEndsAt(text, end);
}

/**
 * Whether a word stands as an item of a list: after a rota's word ("Vertretung Schulze",
 * "covered by Visser"), or with a separator (or a line's start) before it and a separator
 * (or a line's end) after it.
 */
function listItem(scan: TextScan, hit: Hit): boolean {
  const { text } = scan;
  let before = hit.start;
  // A particle goes with the surname ("Week 12: De Boer", "Van der Linden, Smit").
  const particle = SURNAME_PARTICLE.exec(text.slice(Math.max(0, hit.start - 12), hit.start));
  if (particle) before -= particle[0].length;
  while (before > 0 && text[before - 1] === ' ') before--;
  if (near(scan, 'roster', before, 0) !== undefined) return true;
  if (before > 0 && !ITEM_BEFORE.includes(text[before - 1] as string)) return false;
  // A phone list's line: the surname, then its extension ("Müller 4412") in a text that speaks of phones.
  if (EXTENSION_AFTER.test(text.slice(hit.end, hit.end + 16)) && scan.byFamily.has('phone-context')) return true;
  return itemEndsAt(text, text[hit.end] === '.' ? hit.end + 1 : hit.end);
}

/** An extension or a short number ending the line after a name: "Müller 4412", "Schmidt   -4413". */
const EXTENSION_AFTER = /^[ \t]+-?\d{2,6}[ \t]*(?:\r?\n|$)/;

/** A column of staff by their role, as a timetable lists who leads each class ("Coach", "Trainer", "Kursleitung"). */
const STAFF_COLUMN =
  /^(?:coach|coachs|coaches|instructor|instructors|trainer(?:in)?|kursleit(?:ung|er|erin)|übungsleit(?:ung|er|erin)|animat(?:eur|rice)|moniteur|monitrice|istruttor[ei]|istruttrice|insegnante|docente|monitor(?:a)?|entrenador(?:a)?|profesor(?:a)?|instructeur|docent|trener|trenerka|instruktor|prowadząc[ya]|professor(?:a)?|treinador(?:a)?|teacher|lehrer(?:in)?|leader|guide|lecturer|tutor|dozent(?:in)?|lehrende[rn]?|enseignant(?:e)?|intervenant(?:e)?|formateur|formatrice|leraar|wykładowca|prowadzący zajęcia|föreläsare|lärare|lærer|underviser|opettaja|luennoitsija|vyučující|přednášející|vyučujúci|oktató|előadó|cadru didactic|predavač|nastavnik|predavatelj|dėstytoja[s]?|lektorius|pasniedzējs|docētājs|õppejõud|õpetaja|διδάσκων|διδάσκουσα|καθηγητής)$/iu;
/** A staff role's word as a table's cell, between delimiters or at a line's end (a header's "| Coach |"). */
const STAFF_HEADER_CELL = new RegExp(
  String.raw`(?:^|[|\t;])[ \t]*(?:${STAFF_COLUMN.source.slice(1, -1)})[ \t]*(?:[|\t;]|$)`,
  'imu',
);
/**
 * Whether a first name stands in a table's column of staff by their role (a gym's "| Lundi | 12h15 | Pilates | Julie |"
 * under "| Jour | Heure | Cours | Coach |"): who leads a class, named for its public as a programme names its speakers.
 */
function inStaffColumn(scan: TextScan, index: number): boolean {
  const { text } = scan;
  // Most texts have no such column: one look at the whole text for a role's header cell spares the walk at every name.
  if (!memo(scan, 'staff-column', () => STAFF_HEADER_CELL.test(text))) return false;
  return STAFF_COLUMN.test(headerOfCellAt(text, index) ?? '');
}

/** The confidence of first names standing alone that the text shows to be people's (two or more, a pronoun near). */
export const LONE_NAME = 0.6;

/** A verb of calling, writing or asking right after a first name, in the eight languages. */
const CONTACTS_AFTER =
  /^[ \t]+(?:called|rang|phoned|e-?mailed|texted|wrote|asked|(?:hat|heeft)\b[^.!?\n]{0,60}?\b(?:angerufen|geschrieben|gefragt|gebeld|gemaild|gevraagd)|rief an|ruft an|zurückrufen|anrufen|(?:m['’])?a (?:appelé|téléphoné|écrit|demandé)|(?:mi )?ha (?:chiamato|telefonato|scritto|chiesto)|(?:me )?llamó|(?:me )?ha llamado|escribió|preguntó|belde|dzwonił|dzwoniła|pisał|pisała|pytał|pytała|(?:me )?ligou|telefonou|escreveu|perguntou)(?![\p{L}])/u;

/** What a colleague is or does in a staff note: away, ill, back, covering, joining, leaving (the eight languages). */
const ABSENCE_AFTER = new RegExp(
  String.raw`^(?:['’]s[ \t]+(?:last|first)[ \t]+day|['’]s[ \t]+(?:leaving|birthday|farewell)|[ \t]+(?:${[
    'is (?:still |currently |today )?(?:off|away|out of (?:the )?office|on (?:holiday|leave|annual leave|vacation|sick leave)|back|sick|ill|unwell)',
    "(?:will|['’]ll) (?:cover|be (?:off|away|back))|joins|joined|is covering|covers for|has left|leaves (?:us|on)",
    'ist (?:heute |leider |noch |gerade |diese Woche )?(?:im Urlaub|in Urlaub|krank|krankgeschrieben|zurück|nicht da|abwesend|im Homeoffice)|hat (?:heute |morgen )?(?:Urlaub|frei|Geburtstag)',
    'übernimmt|vertritt|verlässt uns',
    "(?:est|sera) (?:encore |aujourd['’]hui )?(?:en congé|en vacances|absente?|malade|de retour|en arrêt|en télétravail)|remplace|rejoint|nous quitte",
    'è (?:ancora |oggi )?(?:in ferie|in malattia|assente|in permesso|tornat[oa]|in congedo|in smart working)|sostituisce|sarà (?:assente|in ferie)|ci lascia',
    'está (?:hoy |todavía )?(?:de vacaciones|de baja|enferm[oa]|ausente|de permiso|de vuelta|teletrabajando)|sustituye|se incorpora|nos deja',
    'is (?:vandaag |nog )?(?:vrij|ziek|afwezig|op vakantie|met vakantie|terug|er niet)|heeft (?:vandaag )?(?:vrij|vakantie|verlof)|vervangt|vertrekt',
    'ma (?:urlop|wolne|zwolnienie)|jest (?:na urlopie|chor[ya]|nieobecn[ya]|na zwolnieniu|na szkoleniu)|zastępuje|odchodzi|wraca',
    // on a course: "ist auf Fortbildung", "est en formation", "is op cursus"
    'is (?:on a course|on training|at a conference)|ist (?:auf (?:Fortbildung|Schulung|Dienstreise))|est en (?:formation|déplacement)',
    'è (?:in formazione|in trasferta)|está (?:en (?:un curso|formación)|de viaje)|is op (?:cursus|training)|heeft een cursus|está em formação',
    'está (?:de férias|de baixa|doente|de licença)|substitui|regressa|sai da empresa',
    // calls back later or has called: a person (a maker "recalls" cars with an object after the verb)
    "(?:will|['’]ll) call (?:you )?back|called (?:this morning|today|yesterday|earlier)|rang (?:this morning|today|earlier)",
    'ruft (?:morgen |heute |später |nachher )?zurück|hat (?:heute |gestern |vorhin )?angerufen',
    'rappelle(?:ra)? (?:demain|plus tard|ce soir|cet après-midi)|a appelé|a téléphoné',
    'richiama (?:domani|più tardi|stasera|oggi pomeriggio)|richiamerà|ha chiamato|ha telefonato',
    'llama(?:rá)? (?:mañana|luego|más tarde|esta tarde)|ha llamado|llamó',
    'belt (?:morgen |later |vanmiddag )?terug|heeft (?:vanochtend |gisteren )?gebeld',
    'oddzwoni|dzwonił[ao]?',
    'liga (?:amanhã|mais tarde|logo)|ligou|vai ligar',
  ].join('|')}))(?![\p{L}])`,
  'u',
);

/** A sentence opened by a day or a time, then at most three lower-case words, before a first name. */
const TIME_THEN_SUBJECT =
  /(?:^|[.!?][ \t]+)[ \t]*(?:[-*•][ \t]+)?(?:yesterday|today|tomorrow|tonight|this (?:week|morning|afternoon)|next week|from (?:monday|tuesday|wednesday|thursday|friday)|on (?:monday|tuesday|wednesday|thursday|friday)|gestern|heute|morgen|diese woche|ab (?:montag|dienstag|mittwoch|donnerstag|freitag|morgen|sofort)|am (?:montag|dienstag|mittwoch|donnerstag|freitag)|aujourd['’]hui|demain|cette semaine|lundi|mardi|mercredi|jeudi|vendredi|ieri|oggi|domani|stamattina|questa settimana|lunedì|martedì|mercoledì|giovedì|venerdì|ayer|hoy|mañana|esta semana|el (?:lunes|martes|miércoles|jueves|viernes)|gisteren|vandaag|deze week|vanochtend|maandag|dinsdag|woensdag|donderdag|vrijdag|wczoraj|dzisiaj|dziś|jutro|w tym tygodniu|w (?:poniedziałek|wtorek|środę|czwartek|piątek)|ontem|hoje|amanhã|na (?:segunda|terça|quarta|quinta|sexta)(?:-feira)?)(?![\p{L}])[ \t,]*(?:[\p{Ll}'’]+[ \t]+){0,3}$/iu;

/**
 * A first name as staff notes write a colleague: the sentence's subject away, back or covering ("Chiara è in ferie
 * fino al 10", "Anna's last day is Friday"); by their team ("Dominik from IT"); with today's whereabouts or the writer
 * ("Stefano oggi lavora da casa", "Gemma and I"); as an owner ending the clause ("el cargador de Lucía?"); or after a
 * day and a verb ("Ab Montag übernimmt Lukas"). Not a city that bears a given name.
 */
function staffNote(scan: TextScan, start: number, end: number): boolean {
  const { text } = scan;
  // The words right after and right before the name decide which rules may hold: most names meet none of them.
  const next = /^[ \t]+([\p{L}]+)/u.exec(text.slice(end, end + 24))?.[1]?.toLowerCase();
  const possessive = text[end] === "'" || text[end] === '’';
  let city: boolean | undefined;
  const isCity = () => (city ??= CITY.has(fold(text.slice(start, end))));
  if (possessive || (next !== undefined && AFTER_WORDS.has(next))) {
    if (sentenceStartAt(text, start) && ABSENCE_AFTER.test(text.slice(end, end + 40))) return true;
    if (SUBJECT_AFTER.test(text.slice(end, end + 32)) || HANDLER_AFTER.test(text.slice(end, end + 64))) return true;
    // "Has anyone seen Omar's laptop charger?": an owner's 's before a thing in lower case.
    if (possessive && /^['’]s[ \t]+\p{Ll}/u.test(text.slice(end, end + 5))) return !isCity();
    if (!isCity() && FROM_TEAM_AFTER.test(text.slice(end, end + 48))) return true;
  }
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const last = lastWordBefore(text, start, lineStart);
  const owner = last !== undefined && OWNER_WORDS.has(last);
  const preposition = last !== undefined && PREPOSITION_LAST_WORDS.has(last);
  const days = scan.byFamily.has('day-word');
  if (!owner && !preposition && !days) return false;
  if (isCity()) return false;
  // Not a story's character by that word ("describe el personaje de Adela").
  if (owner && OWNER_BEFORE.test(text.slice(Math.max(0, start - 24), start)))
    return CLAUSE_GOES_ON.test(text.slice(end, end + 16)) && !makerBefore(text.slice(Math.max(0, start - 48), start));
  // "Das Paket für Jürgen liegt am Empfang", "Qui peut remplacer Théo samedi ?", "Wie kan invallen voor Femke?": after
  // a preposition that is not of place, or a verb of standing in, and before the clause's end or a function word.
  if (
    preposition &&
    PERSON_PREPOSITION_BEFORE.test(text.slice(Math.max(lineStart, start - 60), start)) &&
    CLAUSE_GOES_ON.test(text.slice(end, end + 16))
  )
    return true;
  // A day, then at most three lower-case words (only in a text that names a day or a time at all).
  return days && TIME_THEN_SUBJECT.test(text.slice(Math.max(lineStart, start - 60), start));
}

/**
 * Prepositions a person follows and a place seldom does (not "in", "nach", "en"; "to", "à", "a" only after a verb of
 * sending or giving: "send the invoices to Bethany"), and verbs of standing in for someone.
 */
const PERSON_PREPOSITION_BEFORE =
  /(?:(?<![\p{L}])(?:for|with|für|mit|an|pour|avec|chez|per|con|para|voor|met|aan|dla|com|replace|cover|vertreten|remplacer|sostituire|sostituisca|cubrir a|sustituir a|substituir a|zastąpić|invallen voor)|(?<![\p{L}])(?:send|forward|give|pass|hand|return|deliver|envoyer|envoyez|transmettre|transmettez|donner|donnez|remettre|remettez|mandare|mandate|inviare|inviate|dare|date|passare|passate|enviar|enviad|mandar|mandad|dar|dad|pasar|pasad|entregar|entregad|passar)(?:[ \t]+[\p{L}'’-]+){0,4}[ \t]+(?:to|à|a|al|ao))[ \t]+(?:(?:o|a)[ \t]+)?$/u;
/**
 * After the name: the clause's end, or a function word or verb of the eight languages, an English verb's past too ("Ruby
 * fainted at work", session 50's probe; not a noun: "Holly wreath", "Dev team").
 */
const CLAUSE_GOES_ON =
  /^(?:[ \t]*(?:[?!.,;:)–—-]|\r?\n(?![ \t]*\p{Ll})|$)|[ \t]+(?:is|was|has|will|and|at|on|in|to|from|ist|hat|wird|und|am|im|liegt|kommt|zum|zur|nach|est|a|et|au|sera|samedi|è|ha|e|al|in|sarà|sabato|está|es|y|en|el|estará|el|ligt|heeft|en|bij|op|zaterdag|jest|ma|i|na|w|do|está|é|e|na|no|nos|às|queda|fica|blijft|bleibt|resta|rimane|reste|by|before|until|bis|avant|entro|antes|przed|até|about|regarding|wegen|über|bezüglich|weiterleiten|sur|concernant|su|riguardo|sobre|acerca|over|betreffende|o|w sprawie|\p{Ll}{2,}ed)(?![\p{L}]))/u;

/** Whether a storm's or a maker's word ("storm", "Tief", "hurricane", "Renault") stands in the sentence around a name. */
function namingInSentence(scan: TextScan, start: number, end: number): boolean {
  const hits = scan.byFamily.get('naming');
  if (!hits) return false;
  const { text } = scan;
  const from = Math.max(0, start - 120);
  const to = Math.min(text.length, end + 120);
  for (const hit of hits) {
    if (hit.start < from || hit.start >= to) continue;
    const between = hit.start < start ? text.slice(hit.end, start) : text.slice(end, hit.start);
    if (!/[.!?\n]/.test(between)) return true;
  }
  return false;
}

/**
 * A first name in a text's prose names someone: a lower-case word, a word opening a clause ("Since Oliver …", "Eftersom
 * Johanna …") or the sentence's start before the name, a lower-case word or the clause's end after it ("Mia ist ab
 * nächster Woche in Elternzeit", "Oscar has the spare keys", "Les contrats sont à faire signer par Inès.", "Hannah
 * from the platform team traced the failures"). Not in a table's row ("Holly wreath<tab>40 cm"), before a team's or a
 * thing's word ("Dev team", "Aurora desk lamp"), after a thing's kind ("pizza Margherita"), a vessel's preposition
 * ("à bord du Léonard") or a place's ("in Jena").
 */
function inProse(scan: TextScan, start: number, end: number): boolean {
  const { text } = scan;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  if (text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).includes('\t')) return false;
  const before = text.slice(Math.max(lineStart, start - 40), start);
  // The sentence's start (also a quoted field's: a CSV cell's or a JSON value's text, '4711,open,"Ruby is moving …'),
  // maybe with the Portuguese article ("A Ana fica na formação") or a word opening a clause
  // ("Since Oliver …"), a lead-in's colon ("Pour info : Yusuf sera …"), or a lower-case word, maybe with a comma
  // ("… entro la fine di gennaio, Federica aggiornerà").
  if (
    !/(?:(?:^|[.!?¿¡:][ \t]+|[,;|:][ \t]*")[ \t]*(?:[-*•][ \t]+)?(?:[OA][ \t]+)?|\p{Ll},?[ \t]+)$/u.test(before) &&
    !CLAUSE_OPENING.test(before)
  )
    return false;
  // After a colon, not a title's or a list's first name ("Family concert: Peter and the Wolf").
  if (/:[ \t]+$/.test(before) && /^[ \t]+(?:and|und|et|e|y|en|i|&)[ \t]/u.test(text.slice(end, end + 6))) return false;
  // "die Gemeinschaftsschule in Jena", "w Sofii", "nach Florence": a town after a place's preposition (not "in Anna's
  // office"); "à bord du Léonard", "aboard Aurora": a vessel.
  if ((PLACE_PREPOSITION.test(before) && !/^['’]s/.test(text.slice(end, end + 2))) || ABOARD.test(before)) return false;
  // "the ferry Amalia", "pizza Margherita", "The new Aurora desk lamp": a thing named after its kind, or before it.
  // "Olivia is de vijfde storm van dit seizoen": a storm's or a maker's word in the name's sentence.
  if (namingInSentence(scan, start, end)) return false;
  const previous = wordBefore(text, start);
  if (previous && kindAt(scan, previous.start)) return false;
  const lowerBefore = /([\p{Ll}]+)[ \t]+$/u.exec(before);
  if (lowerBefore && kindAt(scan, start - lowerBefore[0].length)) return false;
  if (thingAhead(scan, end)) return false;
  // "Brandenburg an der Havel", "Stratford-upon-Avon", "San Juan de los Reyes": the end of a longer proper name.
  if (
    /\p{Lu}[\p{L}'’-]+[ \t-]+(?:an der|am|an|upon|on|sur|sul|sulla|del|de la|de los|de las|dos|das|della|dei|degli|aan de|nad)[ \t-]+$/u.test(
      before,
    )
  )
    return false;
  // "Castilla y León y Galicia": one of a list of proper names joined by "and".
  if (/\p{Lu}[\p{L}'’-]+,?[ \t]+(?:y|e|i|and|und|et|en)[ \t]+$/u.test(before)) return false;
  // A team or a role in brackets may stand after the name ("Anna (Buchhaltung) ist heute krank").
  const aside = asideLength(text, end);
  const after = text.slice(end + aside, end + aside + 40);
  // A wrapped line may part the name from the word after it ("Federica\naggiornerà la procedura").
  if (!/^(?:['’]s)?,?(?:[ \t]+|[ \t]*\r?\n[ \t]*)\p{Ll}|^[ \t]*[?!.,;]/u.test(after)) return false;
  // After an aside, the sentence goes on with a verb ("… ist heute krank"), not a bracketed note that ends it
  // ("in het gebouw van sporthal De Willem (groep 1 en 2).").
  if (aside > 0 && !/^[ \t]+\p{Ll}/u.test(after)) return false;
  // "Smith, J. (2019)": a reference's author; "Sofia is a city in Bulgaria", "Sara is de naam van een woestijn": a place or a name defined.
  if (INITIALS_AFTER_COMMA.test(after) || NOT_A_PERSON_AFTER.test(after)) return false;
  // "Leia com atenção …": the polite imperative "read"; "Stan bardzo dobry", "Ata da reunião": a word opening its sentence.
  const key = fold(text.slice(start, end));
  return (
    !IMPERATIVE_NAMES.has(text.slice(start, end).toLowerCase()) &&
    !(WORD_NAMES.has(key) && !wordNameGoesOn(text, end)) &&
    !(OPENING_WORDS.has(key) && !/\p{Ll}[ \t]+$/u.test(before))
  );
}

/** Words opening a sentence's clause before its subject ("Since Oliver rewrote …", "Weil Anna krank ist", "Eftersom Johanna är …"). */
const CLAUSE_OPENING = new RegExp(
  String.raw`(?:^|[.!?¿¡][ \t]+)[ \t]*(?:${[
    'since because when once after before although while if as',
    'weil wenn als nachdem bevor obwohl sobald während seit',
    'quand lorsque comme puisque dès après avant bien si',
    'quando poiché perché dopo prima mentre siccome se',
    'cuando como porque aunque mientras desde si',
    'omdat wanneer toen nadat zodra hoewel terwijl sinds als',
    'gdy kiedy jeśli ponieważ bo chociaż odkąd',
    'quando como porque embora enquanto desde se',
    'eftersom när medan innan efter sedan om',
  ]
    .join(' ')
    .split(' ')
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join('|')})[ \t]+$`,
  'u',
);
/** A Polish verb opening the sentence, in the first person or the imperative: "Powiedziałam", "Dziękuję", "Przekaż". */
const POLISH_VERB_OPENING = /(?:^|[.!?][ \t]+)[ \t]*\p{Lu}\p{Ll}*(?:łam|łem|łaś|łeś|łyśmy|liśmy|ję|ę|aj|ij|uj|dz|ż|dź)[ \t]+$/u;
/** Whether a Polish text's sentence opens with a verb right before the name at `index` ("Powiedziałam Kasi, że …"). */
const polishVerbOpening = (scan: TextScan, index: number) =>
  POLISH_VERB_OPENING.test(scan.text.slice(Math.max(0, index - 40), index)) && (polishLetters(scan) || languageOf(scan) === 'pl');
/** Before a vessel's name: "à bord du Léonard", "aboard Aurora", "an Bord der Amalia", "a bordo del …". */
const ABOARD =
  /(?:^|[^\p{L}])(?:aboard|bord d[ue]|bord de la|Bord der|Bord des|bordo del|bordo della|bordo de|bordo do|bordo da|boord van de|boord van het)[ \t]+$/iu;

/** A thing's kind or a maker's word in the next two words ("Aurora desk lamp", "Oscar dining chair"): the name is the thing's. */
function thingAhead(scan: TextScan, end: number): boolean {
  if (!scan.byFamily.has('thing-kind') && !scan.byFamily.has('naming')) return false;
  const ahead = /^([ \t]+)([\p{L}'’-]+)(?:([ \t]+)[\p{L}'’-]+)?/u.exec(scan.text.slice(end, end + 40));
  if (!ahead) return false;
  const first = end + (ahead[1] as string).length;
  const second = first + (ahead[2] as string).length + (ahead[3]?.length ?? 0);
  // "Sophie chair of the meeting": a role of something, not a thing's kind.
  if (/^[ \t]+of[ \t]/.test(scan.text.slice(first + (ahead[2] as string).length, first + (ahead[2] as string).length + 5)))
    return false;
  return kindAt(scan, first) || (ahead[3] !== undefined && kindAt(scan, second));
}

/** A ship's kind the next word after `end` ("… baggerschip"), a space or a table's gap apart. */
function vesselAfter(scan: TextScan, end: number): boolean {
  if (!scan.byFamily.has('vessel-kind')) return false;
  const gap = /^[ \t]+/.exec(scan.text.slice(end, end + 24));
  return gap !== null && hitStartingAt(scan, ['vessel-kind'], end + gap[0].length);
}

/** A thing's kind ("ferry", "lamp") or a maker's or storm's word starting at `index`. */
const kindAt = (scan: TextScan, index: number) =>
  hitsAt(scan, index).some((h) => h.family === 'naming' || h.family === 'thing-kind');

/**
 * Given names that are words too, counted alone only beside a surname: months, feasts, virtues, places, the sea and the
 * sun ("May is the busiest month", "Noël approche", "Hope is …", "Mar está en calma", "la escena de la Anunciación").
 * Folded, as the words looked up are ("Κυριακή" is "κυριακη").
 */
// biome-ignore format: a word table reads best packed
const NOT_ALONE = new Set([
  'may', 'june', 'april', 'august', 'summer', 'noel', 'natale', 'domingo', 'domingos', 'domenica', 'παρασκευή', 'κυριακή',
  'hope', 'faith', 'joy',
  'grace', 'mercy', 'patience', 'prudence', 'felicity', 'charity', 'luz', 'paz', 'mar', 'sol', 'luce', 'vita', 'cielo',
  'estrella', 'nova', 'primo', 'modesto', 'severo', 'felice', 'esperanza', 'caridad', 'socorro', 'trinidad', 'concepción',
  'inmaculada', 'ascensión', 'lourdes', 'dulce', 'justo', 'vital', 'urban', 'harm', 'job', 'peer', 'wolf', 'till', 'else',
  'meta', 'edit', 'liga', 'can', 'said', 'amar', 'georgia', 'virginia', 'carolina', 'dakota', 'india', 'asia', 'israel',
  'chad', 'sierra', 'siena', 'salvador', 'savannah', 'austin', 'sydney', 'paris', 'florence', 'hunter', 'chase', 'grant',
  'bill', 'drew', 'miles', 'dawn', 'lane', 'dale', 'clay', 'brook', 'cliff', 'lance', 'sterling', 'genesis',
  'trinity', 'crystal', 'sunny', 'rocky', 'candy', 'brandy', 'sherry', 'penny', 'sandy', 'gene', 'kent', 'earl', 'dean',
  'ramadan', 'adoración', 'asunción', 'encarnación', 'natividad', 'anunciación', 'purificación', 'consolación',
  'visitación', 'resurrección', 'presentación',
].map(fold));
/**
 * A person's state right after a name, as a staff note or a message tells it: off sick, in hospital, on leave, pregnant,
 * recovering, a limb broken, an illness had, in the eight languages.
 */
const PERSON_STATE_AFTER =
  /^(?:(?:[ \t]+(?:is|was|has been)|['’]s)[ \t]+(?:off[ \t]+(?:sick|work|today|this week|ill)|in hospital|on (?:sick|maternity|paternity|parental|compassionate|annual) leave|on (?:antibiotics|medication|crutches)|pregnant|recovering from (?:surgery|an operation|his|her|covid|the flu)|unwell|poorly|ill|feeling unwell)|[ \t]+(?:has|had|has got)[ \t]+(?:the flu|flu|covid|a migraine|a cold|a fever|an operation)|[ \t]+(?:(?:broke|sprained|twisted|hurt|injured)[ \t]+(?:his|her|their)|called in sick|ist[ \t]+(?:krank|krankgeschrieben|schwanger|im krankenhaus)|liegt[ \t]+im[ \t]+krankenhaus|est[ \t]+(?:malade|en arrêt|hospitalisée?|enceinte)|è[ \t]+(?:malat[oa]|in malattia|ricoverat[oa]|incinta)|está[ \t]+(?:de baja|enferm[oa]|ingresad[oa]|embarazada|doente|de baixa|internad[oa]|grávida)|is[ \t]+(?:ziek|opgenomen|zwanger)|jest[ \t]+(?:chor[ya]|na zwolnieniu|w szpitalu|w ciąży)))(?![\p{L}])/iu;
/**
 * Whether a state of a person's follows the name at [start, end), which opens its sentence as its subject (not after a
 * word of its sentence: "Demand in June is recovering" is a month's).
 */
function personStateOf(text: string, start: number, end: number): boolean {
  return (
    SENTENCE_OPENS_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && PERSON_STATE_AFTER.test(text.slice(end, end + 60))
  );
}
/**
 * A sentence's start right before a name: the text's or a line's start, a sentence's or a clause's mark, an opening
 * quote after a comma or a colon; Portuguese sets its article before a name ("O Max anda no psicólogo", session 50).
 */
const SENTENCE_OPENS_BEFORE = /(?:^|[.!?¿¡:\n]|[,;|:][ \t]*")[ \t]*(?:[OA][ \t]+)?$/u;
/** … or a lower-case word of the sentence, a comma maybe after it ("ask Mark", "dann, Mark"). */
const LOWER_WORD_BEFORE = /\p{Ll},?[ \t]+$/u;
/** The third person of a verb right after a name at a clause's start ("Sam has …", "Nina is …", "Ben fährt …"). */
const VERB_AFTER = new RegExp(
  String.raw`^[ \t]+(?:${[
    'is was has had will would can could should starts started joins joined leaves left takes took covers works worked',
    'called asked says said needs wants drives goes went comes came sends sent brings brought gets got knows moves moved',
    // what someone told or reported, as notes of a conversation write it ("Sam (warehouse, nights) told me …")
    'told tells mentioned mentions reported reports explained explains rang phoned emailed texted replied complained',
    'confirmed admitted erzählte erzählt berichtete berichtet meldete',
    'ist war hat hatte wird kann soll muss möchte fährt kommt geht übernimmt arbeitet bringt holt ruft schickt braucht',
    'beginnt fängt macht sagt est était avait sera peut doit va vient part arrive prend travaille commence rejoint',
    'remplace fait dit è era aveva sarà può deve viene parte arriva prende lavora inizia sostituisce dice',
    'está es estaba tiene tenía será puede debe llega sale trabaja empieza sustituye hace heeft zal wordt kan moet gaat',
    'komt werkt begint neemt vervangt rijdt zegt jest był była ma miał miała będzie może musi idzie jedzie przychodzi',
    'pracuje zaczyna zastępuje przejmuje wraca é estava tem tinha vai vem chega sai trabalha começa substitui faz diz',
    // how someone feels, as notes on the sick begin ("Mark felt sick after lunch", "Grace fühlt sich nicht wohl")
    'felt feels fell seems seemed looks looked stays stayed fühlt fühlte bleibt blieb voelt voelde blijft bleef czuje',
    'czuła czuł sente sentiu siente sintió',
    // where someone lies, waits, goes or what they get or take, as health is told of them ("Ela czeka na wynik biopsji",
    // "Maks chodzi na terapię", "O Max anda no psicólogo", "Mila slikt antibiotica"; session 50's probe)
    'liegt lag nimmt bekommt bekam ligt zit zat krijgt kreeg slikt czeka leży bierze dostał dostała wrócił wróciła',
    'chodzi poszedł poszła anda foi teve ficou lleva tuvo fue',
  ]
    .join(' ')
    .split(' ')
    .join('|')}|(?:se|si) (?:sent|sente|sentait|sentiva|siente|sentía|sintió))(?![\p{L}])`,
  'u',
);
/** "is the", "war die", "es la", "is de": a word defined, not someone ("Max is the function …", "Mark war die Währung"). */
const DEFINED_AFTER =
  /^[ \t]+(?:is|was|ist|war|est|était|è|era|es|está|jest|był|była|é)[ \t]+(?:the|a|an|de|het|een|der|die|das|ein|eine|le|la|les|un|une|il|lo|uno|una|el|los|las|o|um|uma)(?![\p{L}])/u;
/** A short aside in brackets right after a name, with a word in it: "(Buchhaltung)", "(HR)"; not "(2)", an age or a model. */
const ASIDE_AFTER = /^[ \t]*\((?=[^()\n]*\p{L})[^()\n]{1,40}\)/u;
/** The length of such an aside at `end`, or 0. */
const asideLength = (text: string, end: number) => ASIDE_AFTER.exec(text.slice(end, end + 48))?.[0].length ?? 0;
/** A name at a sentence's start or after a lower-case word, with a verb right after it, not defining a word. */
function subjectOfVerb(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  // A team or a role in brackets may stand between ("Anna (Buchhaltung) ist heute krank").
  const aside = asideLength(text, end);
  const after = text.slice(end + aside, end + aside + 24);
  return (
    (SENTENCE_OPENS_BEFORE.test(before) || LOWER_WORD_BEFORE.test(before)) &&
    (VERB_AFTER.test(after) || (LIVES_AT.test(after) && !CALLED_BEFORE.test(before))) &&
    !DEFINED_AFTER.test(after) &&
    !PRONOUN_AFTER_VERB.test(after)
  );
}
/**
 * A subject's pronoun right after the verb: the word before it opened an inverted clause or a question, and is no one's
 * name ("Dan krijgt u een uitnodiging", Dutch "then"; "Will he come?"). In English only after an auxiliary, a question's
 * ("Ben mentioned he …" is Ben's, holdout-655); not the pronouns that may be objects too ("Nina bringt es mit", Dutch
 * "er", there).
 */
const PRONOUN_AFTER_VERB =
  /^[ \t]+(?:\p{L}+[ \t]+(?:u|jij|ik|hij|zij|wij|jullie|ich|du|wir|man)|(?:is|was|has|had|will|would|can|could|should)[ \t]+(?:he|she|they|we|i))(?![\p{L}])/iu;
/** Where someone lives, at an address or with someone ("Sean lives at 14 Cotham Vale", "Nina wohnt in der …"). */
const LIVES_AT =
  /^[ \t]+(?:lives|lived|wohnt|wohnte|lebt|habite|habitait|abita|abitava|vive|vivía|woont|woonde|mieszka|mieszkał|mieszkała|mora|morava)[ \t]+(?:at|in|on|with|bei|im|am|an der|in der|à|au|aux|chez|con|en|op|bij|aan|w|we|przy|na|em|no|com)(?![\p{L}])/u;
/** A pet's or a thing's name being given: "a dog called Max lives next door". */
const CALLED_BEFORE = /(?:called|named|genannt|namens|appelée?|chiamat[oa]|llamad[oa]|genaamd|chamad[oa]|o imieniu)[ \t]+$/iu;

/** The towns whose name opens with a given name, by that name: the words of each. */
const TOWNS_BY_FIRST = new Map<string, string[][]>();
/** Regions whose name opens with a given name, which faker's towns do not hold (a wine's appellation: "D.O. Rías Baixas"). */
const REGIONS_NAMED_LIKE_PEOPLE = ['rias_baixas', 'rias_altas'];
for (const town of [...TOWNS, ...REGIONS_NAMED_LIKE_PEOPLE]) {
  const words = town.split('_');
  addTo(TOWNS_BY_FIRST, words[0] as string, words.slice(1));
}

/** Where a town's name that opens with the given name at `start` ends, or -1 ("Santiago do Cacém", "Kazimierz Dolny"). */
function townAt(text: string, start: number, first: string): number {
  const towns = TOWNS_BY_FIRST.get(first);
  if (!towns) return -1;
  const ahead = /^[\p{L}'’]+((?:[\s-]+[\p{L}'’]+){1,4})/u.exec(text.slice(start, start + 60));
  if (!ahead) return -1;
  // The name's words and where each ends (only separators between them in the match).
  const words = allMatches(/[\p{L}'’]+/gu, ahead[0]);
  for (const rest of towns) {
    if (rest.every((w, i) => words[i + 1] !== undefined && fold(words[i + 1]?.[0] as string) === w)) {
      const last = words[rest.length] as RegExpMatchArray;
      return start + (last.index as number) + last[0].length;
    }
  }
  return -1;
}

/** Prepositions of place a town follows, never a person: "in", "nach", "aus", "w", "em", "dans". */
const PLACE_PREPOSITION = /(?:^|[^\p{L}])(?:in|nach|aus|w|we|em|dans)[ \t]+$/u;

/**
 * After such a name, a verb or a function word, not "and" or "or" ("Hazel and Willow rods"), nor a list of things
 * in lower case ("Holly, ivy and winter jasmine brighten …").
 */
const wordNameGoesOn = (text: string, end: number) => {
  const after = text.slice(end, end + 40);
  return (
    CLAUSE_GOES_ON.test(after) &&
    !/^[ \t]+(?:and|und|et|e|y|en|i|or|oder|ou|o|of|lub|ou)(?![\p{L}])/u.test(after) &&
    !LIST_OF_THINGS.test(after)
  );
};
/** A comma, one or two words in lower case, then "and": the name heads a list of things. */
const LIST_OF_THINGS =
  /^,[ \t]*\p{Ll}[\p{L}-]*(?:[ \t]+\p{Ll}[\p{L}-]*)?[ \t]+(?:and|und|et|e|y|en|i|or|oder|ou|o|lub)(?![\p{L}])/u;

/**
 * Given names that open sentences as words: Polish "stan" (condition), Portuguese "ata" (minutes), a colour ("Rosa ist
 * die Trendfarbe"), a victory ("Victoria por 2 a 1"), the northern lights, a tea, a fruit, a sign, a song ("Bella ciao").
 */
const OPENING_WORDS = new Set(['stan', 'ata', 'kerst', 'rosa', 'aurora', 'victoria', 'jasmine', 'clementine', 'leo', 'bella']);

/** After a name: a team's word ("Dev team"), or the name defined as a place ("is a city", "ist eine Stadt"). */
const NOT_A_PERSON_AFTER =
  /^[ \t]+(?:team|teams|group|department|squad|(?:is|ist|est|è|es|is|jest|é)[ \t]+(?:a|an|the|eine?|une?|una?|de|een|uma?|o|la|il)?[ \t]*(?:city|town|capital|country|river|region|village|desert|name|stadt|hauptstadt|wüste|ville|capitale|désert|nom|città|deserto|nome|ciudad|capital|desierto|nombre|stad|hoofdstad|woestijn|naam|miasto|stolica|pustynia|nazwa|cidade))(?![\p{L}])/iu;

/** The lower-case word right before `start` on its line (letters and apostrophes), or undefined. */
function lastWordBefore(text: string, start: number, lineStart: number): string | undefined {
  let end = start;
  while (end > lineStart && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end === start) return undefined;
  let from = end;
  while (from > lineStart && from > start - 24 && /[\p{L}'’]/u.test(text[from - 1] as string)) from--;
  return from < end ? text.slice(from, end).toLowerCase() : undefined;
}

/** The first words of ABSENCE_AFTER, SUBJECT_AFTER and FROM_TEAM_AFTER: the others need not be tried. */
const AFTER_WORDS = new Set(
  [
    'is will ll joins joined covers has leaves ist hat übernimmt vertritt verlässt est remplace rejoint nous è sostituisce',
    'sarà ci está sustituye se nos heeft vervangt vertrekt ma jest zastępuje odchodzi wraca substitui regressa sai today',
    'tomorrow yesterday heute morgen gestern aujourd demain hier oggi domani ieri stamattina hoy mañana ayer vandaag',
    'gisteren dziś dzisiaj jutro wczoraj hoje amanhã ontem works arbeitet travaille lavora trabaja trabalha werkt pracuje',
    'and und et e y en i from at in of von aus vom de du des della del dell di da dalla van z ze do',
    'kümmert si se zal zajmie vai reste sera resta sigue será blijft bleibt pozostaje continua remains',
    'call called rang ruft rappelle rappellera a richiama richiamerà ha llama llamará llamó belt oddzwoni dzwonił dzwoniła',
    'liga ligou',
  ]
    .join(' ')
    .split(' '),
);
/** The words that may stand right before a name for OWNER_BEFORE and PERSON_PREPOSITION_BEFORE to hold. */
const OWNER_WORDS = new Set(['de', 'van', 'di', 'del', 'do', 'da', 'della', 'dello', 'of', 'von']);
const PREPOSITION_LAST_WORDS = new Set(
  'for with für mit an pour avec chez per con para voor met aan dla com replace cover vertreten remplacer sostituire sostituisca a zastąpić voor to à al ao o'.split(
    ' ',
  ),
);

/** Right after a first name: a day's word, a verb of working, or "and I" (the eight languages). */
const SUBJECT_AFTER =
  /^[ \t]+(?:today|tomorrow|yesterday|heute|morgen|gestern|aujourd['’]hui|demain|hier|oggi|domani|ieri|stamattina|hoy|mañana|ayer|vandaag|gisteren|dziś|dzisiaj|jutro|wczoraj|hoje|amanhã|ontem|works|is working|arbeitet|travaille|lavora|trabaja|trabalha|werkt|pracuje|and I|und ich|et moi|e io|y yo|en ik|i ja|e eu)(?![\p{L}])/u;
/** A thing's word and "of" before its owner's name: "cargador de", "Durchwahl von", "crachá do" (not "Madonna del Carmine"). */
const OWNER_BEFORE = /(?:(?<![\p{L}])\p{Ll}+[ \t]+(?:de|van|di|del|do|da|della|dello|of)|\p{L}+[ \t]+von)[ \t]+$/u;

/** A team or a department after a first name and "from", "de la", "aus der", "z" … */
const FROM_TEAM_AFTER =
  /^[ \t]+(?:from|at|in|of|von|aus|vom|de|du|des|della|del|dell['’]|di|da|dalla|van|z|ze|do)[ \t]+(?:(?:the|der|dem|la|le|il|el|het|de|a|o)[ \t]+|l['’])?(?:IT|HR|RH|RRHH|EDV|accounts|accounting|finance|payroll|sales|marketing|reception|support|logistics|warehouse|legal|procurement|purchasing|facilities|compta|comptabilité|accueil|paie|Buchhaltung|Personalabteilung|Vertrieb|Einkauf|Empfang|Lager|Verwaltung|amministrazione|contabilità|magazzino|contabilidad|administración|almacén|recepción|boekhouding|administratie|receptie|magazijn|inkoop|verkoop|księgowości|kadr|recepcji|magazynu|contabilidade|receção|armazém|recursos humanos)(?![\p{L}])/iu;

/**
 * Who will see to something, and whom to turn to, after a first name anywhere in a sentence: "While I am away,
 * Jasmin will look after …", "Pour toute question, Romain reste votre interlocuteur principal".
 */
const HANDLER_AFTER = new RegExp(
  String.raw`^[ \t]+(?:${[
    "will (?:look after|take over|handle|cover|sign|deal with|be (?:your|the) (?:contact|point of contact))|kümmert sich|s['’]occupera|si occuperà|se encargará|zal (?:de|het) \\p{L}+ regelen|zajmie się|vai tratar",
    '(?:reste|est|sera|resta|è|sarà|sigue siendo|es|será|blijft|is|bleibt|ist|pozostaje|jest|continua a ser|é|será|remains|is) (?:votre |vostro |vostra |tu |uw |je |euer |eure |ihr |wasz |wasza |o vosso |a vossa |your )?(?:interlocut(?:eur|rice)|referente|persona de contacto|contactpersoon|aanspreekpunt|ansprechpartner(?:in)?|osob[ąa] kontaktow[ąa]|pessoa de contacto|contact person|point of contact)',
  ].join('|')})(?![\p{L}])`,
  'u',
);

/** Whether `index` starts a sentence: a line's start (after a bullet), or after its end's mark; Portuguese "O", "A" before a name. */
function sentenceStartAt(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const before = text.slice(Math.max(lineStart, index - 40), index).replace(/(?:^|[ \t])[OA][ \t]$/, (m) => m.slice(0, -2));
  return (index - lineStart <= 40 && /^[ \t]*(?:[-*•][ \t]+)?$/.test(before)) || /[.!?][ \t]+$/.test(before);
}

/** A sentence's reach on each side of a name. */
const SENTENCE = 150;

/** Given names that are also the polite imperative "read" ("Lea atentamente …", "Leia com atenção …"), as written: "Léa" is no verb. */
const IMPERATIVE_NAMES = new Set(['lea', 'leia', 'lia']);

/** Articles, prepositions, conjunctions and possessives of the eight languages: after an imperative, not a subject. */
// biome-ignore format: a word table reads best packed
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'to', 'of', 'in', 'on', 'with', 'for', 'at', 'by', 'and', 'or', 'this', 'that', 'your', 'my', 'all',
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'mit', 'von', 'zu', 'im', 'auf', 'für', 'und', 'oder',
  'bei', 'le', 'la', 'les', 'un', 'une', 'du', 'de', 'à', 'au', 'aux', 'avec', 'pour', 'et', 'ou', 'en', 'sur', 'il', 'lo',
  'gli', 'di', 'da', 'con', 'per', 'e', 'o', 'su', 'al', 'alla', 'el', 'los', 'las', 'una', 'del', 'por', 'para', 'y',
  'het', 'een', 'met', 'van', 'voor', 'op', 'aan', 'z', 'w', 'na', 'do', 'i', 'dla', 'od', 'os', 'as', 'um', 'uma',
  'com', 'no', 'em', 'atentamente', 'attentivement', 'attentamente', 'aandachtig', 'uważnie', 'sorgfältig',
  'carefully',
]);

/** A name opening a sentence as its subject: a copula after it, or a word that is no function word, and no imperative. */
function sentenceSubject(text: string, index: number): boolean {
  const m = /^(\p{Lu}[\p{L}'’-]*)[ \t]+(\p{Ll}[\p{L}'’]*)/u.exec(text.slice(index, index + 60));
  // "Leia a bula …": the imperative before an article that is also French "a" (has).
  if (!m || IMPERATIVE_NAMES.has((m[1] as string).toLowerCase())) return false;
  return COPULA_AFTER.test(text.slice(index, index + 40)) || !FUNCTION_WORDS.has(m[2] as string);
}

/** A name, then "is" or "has" in the eight languages, maybe after one word ("Marco oggi è …"): the sentence is about that person. */
const COPULA_AFTER =
  /^\p{Lu}[\p{L}'’-]*[ \t]+(?:\p{Ll}+[ \t]+)?(?:is|was|has|ist|war|hat|est|était|a|è|era|ha|está|estaba|es|tiene|heeft|jest|był|była|ma|estava|tem)[ \t]/u;

/**
 * A special-category term in the same sentence as the name at `index`, which stands inside
 * the sentence: the sentence is about that person ("bei Emil wurden Kopfläuse festgestellt",
 * "hoy Lucía tiene fiebre"), or a reading beyond the lists there (derivedSpecialTerms).
 */
function specialInSentence(scan: TextScan, index: number): boolean {
  const { text } = scan;
  // At a sentence's start any word is capitalised ("Leia com atenção …", "Lea el prospecto …": "read" in Portuguese and
  // Spanish): there the name counts with a copula right after it ("Anna ist krank", "Julie est malade") or as the
  // subject of a verb ("Giorgio chiede …", "Kevin ging heim"), not before a function word.
  let before = index;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  if ((before === 0 || /[\n.!?:;"“„«(]/.test(text[before - 1] as string)) && !sentenceSubject(text, index)) return false;
  const special = specialHits(scan);
  for (let k = firstFrom(special, index - SENTENCE); k < special.length; k++) {
    const hit = special[k] as Hit;
    if (hit.start > index + SENTENCE) break;
    const between = hit.start > index ? text.slice(index, hit.start) : text.slice(hit.end, index);
    if (!/[.!?]\s|\n/.test(between)) return true;
  }
  // … or a body part hurt or operated on, a medicine's dose … in its sentence, which no list holds ("Llamar a la familia
  // de Ana (la operaron de la cadera el lunes)", holdout-876).
  if (!anyDerived(scan)) return false;
  const [start, end] = sentenceAround(text, index);
  return derivedSpecialTerms(scan, start, end) > 0;
}

// … or a slash, as Swedes and Danes sign ("Hej!\nLasse har flyttat.\n/Eva", "Mvh //Ole", holdout-997's probe).
const DASH_BEFORE = /(?:^|[\s.!?])(?:[-–—~]|\/\/?)[ \t]*$/;
const INITIAL_THEN_END = /^[ \t]*(?:\p{Lu}\.)?[ \s]*$/u;

/**
 * A name after a dash or a slash that ends the text: "… see you Monday — Sofia", "- Marco K.", "/Eva"; or after a sentence's end, or alone
 * on the text's last line: "Back tomorrow hopefully. Dave", "…\nDave".
 */
function signsOff(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  return (
    (text.length - end < 16 &&
      INITIAL_THEN_END.test(text.slice(end)) &&
      (DASH_BEFORE.test(before) || SENTENCE_OR_LINE_BEFORE.test(before))) ||
    // Or a line's, where a field or a quote goes on after the note ("… drauf! – Birgit", "… hopefully. Dave" in a
    // ticket's body or a CSV export's cell).
    ((SENTENCE_DASH_BEFORE.test(before) || SENTENCE_END_BEFORE.test(before)) &&
      INITIAL_THEN_LINE_END.test(text.slice(end, end + 8)))
  );
}
const SENTENCE_DASH_BEFORE = /[.!?…][ \t]*[-–—~][ \t]*$/;
/** A sentence's end on the same line right before a name: "Back tomorrow hopefully. Dave". */
const SENTENCE_END_BEFORE = /[.!?…][ \t]+$/;
/** A sentence's end, or a line's, right before a name (not the text's start: a name alone is no note). */
const SENTENCE_OR_LINE_BEFORE = /(?:[.!?…][ \t]+|[.!?…]?[ \t]*\r?\n[ \t]*)$/;
const INITIAL_THEN_LINE_END = /^[ \t]*(?:\p{Lu}\.)?[ \t]*\r?\n/u;

const NUMBER_OR_VALUE_AFTER = /^(?:[ \t]+(?:€[ \t]?)?\d{1,4}(?:[.,]\d{2})?[ \t]*(?:€|EUR)?[ \t]*(?:\r?\n|$)|:[ \t]*\d)/;
const COMMA_BEFORE = /[\p{L}\d)],[ \t]*$/u;
const SENTENCE_END_AFTER = /^[ \t]*[!?.](?:\s|$)/;

const COMMA_THEN_SENTENCE = /^,[ \t]+\p{Ll}/u;

/**
 * A vocative: "See you then, David!", "Gracias por tu pedido, Lucía.", or a message that opens
 * with whom it asks ("Anna, kannst du morgen …", "Marco, puoi passare domani?").
 */
function addressed(text: string, start: number, end: number): boolean {
  if (COMMA_THEN_SENTENCE.test(text.slice(end, end + 4))) {
    let i = start - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
    if (i < 0 || text[i] === '\n') return true;
  }
  return COMMA_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && SENTENCE_END_AFTER.test(text.slice(end, end + 4));
}

/**
 * A short message's last words, a comma and the writer's first name: "Oggi lavoro da casa, Federica", "Hoy teletrabajo,
 * Nerea". Only where lower-case words come before the comma, so that a list's last item ("Farben: Blau, Grün, Rosa")
 * is none; a name that is a word too counts elsewhere only.
 */
function signsAfterComma(text: string, start: number, end: number): boolean {
  if (
    text.length > SHORT_MESSAGE ||
    !/^\s*$/.test(text.slice(end)) ||
    !COMMA_BEFORE.test(text.slice(Math.max(0, start - 4), start))
  )
    return false;
  const key = fold(text.slice(start, end));
  if (WORD_NAMES.has(key) || AMBIGUOUS_GIVEN.has(key)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const words = text.slice(Math.max(lineStart, start - 60), start).match(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu) ?? [];
  return words.length >= 2;
}

/** Where the next word starts: past one or two spaces after `index`. */
function nextWord(text: string, index: number): number {
  // One or two spaces: a tab or a wider gap parts a form's or a table's columns ("Anna Schmidt   Station 4").
  let i = index;
  while (i < index + 2 && text[i] === ' ') i++;
  return i;
}

const OPENING_QUOTES = '«“„"';
const QUOTE_MARKS = new RegExp(`[${OPENING_QUOTES}]`);
const CLOSING_QUOTES = '»”“"';

/**
 * Whether `index` lies inside a short quoted title on its line: an opening quote at most 60
 * characters before it, and the closing one within 60 after, with no sentence's end between
 * ("« Ernest et Célestine »", "„Die Physiker“", "the film "Frida"").
 */
function inTitleQuotes(text: string, index: number): boolean {
  let open = -1;
  for (let i = index - 1; i >= 0 && i >= index - 60; i--) {
    const c = text[i] as string;
    if (c === '\n' || c === '»' || c === '”' || c === '.' || c === '!' || c === '?') return false;
    if (OPENING_QUOTES.includes(c)) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  // A straight quote opens only when an even number of them stand before it on the line
  // (counted over the 200 characters before it: a long line is not read again for every name).
  if (text[open] === '"') {
    let straight = 0;
    for (let i = open - 1; i >= 0 && i >= open - 200 && text[i] !== '\n'; i--) if (text[i] === '"') straight++;
    if (straight % 2 === 1) return false;
  }
  for (let i = index; i < text.length && i < index + 60; i++) {
    const c = text[i] as string;
    if (c === '\n') return false;
    // A title, not a sentence someone says: at most one lower-case word of four letters or more
    // ("Ernest et Célestine", "Cléo de 5 à 7"; not "Tell Anna I will be late").
    if (CLOSING_QUOTES.includes(c) && i > index) {
      // A name alone in quotes is as often a person's, quoted ("con "Natalia Ginzburg" ieri").
      const quoted = text.slice(open + 1, i).trim();
      if (QUOTED_NAME.test(quoted)) return afterQuotedTitle(text, open);
      return (quoted.match(LONG_LOWER_WORD) ?? []).length <= 1;
    }
  }
  return false;
}
const LONG_LOWER_WORD = /(?<![\p{L}])\p{Ll}{4,}/gu;
/** A closing quote and a word joining a list's items, right before an opening quote: `"Canne al vento" a "`. */
const QUOTED_BEFORE = /[»”“"][ \t]*(?:,|and|or|to|a|e|o|et|ou|und|oder|bis|y|en|of|i|lub)?[ \t]*$/u;

/**
 * Whether the quotes opening at `open` follow another quoted title that is not a name, joined to it as a list joins
 * its items: a name in quotes is then a work's title too ("da "Canne al vento" a "Elias Portolu"").
 */
function afterQuotedTitle(text: string, open: number): boolean {
  const joined = QUOTED_BEFORE.exec(text.slice(Math.max(0, open - 8), open));
  if (!joined) return false;
  const close = open - joined[0].length;
  const start = Math.max(0, close - 60);
  const before = text.slice(start, close);
  const opening = Math.max(before.lastIndexOf('"'), before.lastIndexOf('«'), before.lastIndexOf('„'), before.lastIndexOf('“'));
  if (opening < 0 || before.slice(opening + 1).includes('\n')) return false;
  const title = before.slice(opening + 1).trim();
  return title.length > 0 && !QUOTED_NAME.test(title);
}
const QUOTED_NAME = /^\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}$/u;

/** Capitalised words, initials and hyphens after a name, as a street's name continues ("M.G. Schmidtlaan", "Blankers-Koen…"). */
const NAME_TOKENS_AHEAD = /^(?:[ \t]*(?:\p{Lu}\.)+|[ \t-]+\p{Lu}[\p{L}'’]*){1,3}/u;

/** Whether the words right after `index` end in a street's word: the name before is the street's. */
function streetAhead(scan: TextScan, index: number): boolean {
  const streets = scan.byFamily.get('street');
  const next = scan.text[index];
  if (!streets || (next !== ' ' && next !== '\t' && next !== '-')) return false;
  const m = NAME_TOKENS_AHEAD.exec(scan.text.slice(index, index + 48));
  if (!m) return false;
  const end = index + m[0].length;
  // Street words of three letters or more: "C." and "Pl." are also a middle name's initials ("Mary C. Johnson");
  // after a particle, a surname ("van Dijk", "van der Laan").
  for (let k = firstFrom(streets, index); k < streets.length && (streets[k] as Hit).start < end; k++) {
    const street = streets[k] as Hit;
    if (street.end > end || street.end - street.start < 3) continue;
    if (!surnameAfterParticle(scan.text, street.start, street.end)) return true;
  }
  return false;
}

/**
 * Naming words that name a thing only before a name ("Mostra Daniel Costa", "la mostra di …"): right after one, in lower
 * case, Italian's and Portuguese's verb ("o exame do Daniel mostra uma fratura", "Giulia mostra i risultati",
 * holdout-1005).
 */
const NAMING_ONLY_BEFORE = new Set(['mostra']);
/** A room's word and its number ("Room 214", "Suite 3B", "Sala 2"). */
const ROOM_NUMBER_AT = /^(?:room|suite|office|sala|salle|zaal|saal)[ \t]+\d/iu;
/** Whether a naming word (NAMING's families) stands at `index`; `afterName`: the word right after a name. */
function namingAt(scan: TextScan, index: number, afterName = false): boolean {
  // "Al-Masri", "El-Amrani": a particle joined to a surname by a hyphen names no place.
  const { text } = scan;
  // "Matteo al banco": a two-letter street word names a street only with its dot ("al. Jana Pawła II").
  return hitsAt(scan, index).some(
    (hit) =>
      NAMING.includes(hit.family) &&
      !(afterName && NAMING_ONLY_BEFORE.has(text.slice(hit.start, hit.end))) &&
      !(text[hit.end] === '-' && isUpperAt(text, hit.end + 1)) &&
      // "Contact John Smith Room 214": a room by its number after a name is where someone sits.
      !ROOM_NUMBER_AT.test(text.slice(hit.start, hit.end + 3)) &&
      !(
        hit.family === 'street' &&
        hit.end - hit.start <= 2 &&
        text[hit.end] !== '.' &&
        !/^st$/i.test(text.slice(hit.start, hit.end))
      ),
  );
}

/**
 * Chat exports and transcripts: a time (and date) at a line's start, then who speaks
 * ("[12-03-26 09:14:22] Sanne de Vries: …", "10/03/26, 21:14 - Pepe: …", "00:01:12 Sarah: …").
 * Two or more people speaking make a conversation, and each speaker a person.
 */
const CHAT_LINE = new RegExp(
  String.raw`[ \t]*\[?${CHAT_WEEKDAY}(${CHAT_DATE})?${CHAT_TIME}(?:[ \t]*[AaPp][Mm])?\]?[ \t]*(?:-[ \t]*)?(\p{Lu}[^:\n]{0,40}?|\p{Ll}[\p{Ll}'’-]{1,20}|\+[\d ]{6,20}):[ \t]`,
  'uy',
);

/** Whether some line starts with a digit, or with '[', maybe a weekday ("[Tue 09:12]"), and a digit: the only lines a chat's can be. */
function digitStartsALine(scan: TextScan): boolean {
  const { text, digitRuns } = scan;
  for (let r = 0; r < digitRuns.length; r += 2) {
    let i = (digitRuns[r] as number) - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
    const afterDay = i;
    while (i >= 0 && afterDay - i < 6 && (text[i] === '.' || text[i] === ',' || isLetterCode(text.charCodeAt(i)))) i--;
    if (i < afterDay && text[i] !== '[') i = afterDay;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '[')) i--;
    if (i < 0 || text[i] === '\n') return true;
  }
  return false;
}

/**
 * The chat's lines of a text, each CHAT_LINE's match where one opens a line (each line tried where it starts: a pattern
 * with "^" and the m flag would be tried at every character).
 */
function* chatTurns(text: string): Iterable<RegExpExecArray> {
  for (const { m } of atLineStarts(text, CHAT_LINE)) if (m) yield m;
}
/**
 * Each line of `text`, where it starts and ends (past its line feed), and what the sticky `pattern` matches at its start:
 * a pattern with "^" and the m flag would be tried at every character.
 */
function* atLineStarts(text: string, pattern: RegExp): Iterable<{ line: number; end: number; m: RegExpExecArray | null }> {
  for (let line = 0; line < text.length; ) {
    const next = text.indexOf('\n', line);
    pattern.lastIndex = line;
    const m = pattern.exec(text);
    const end = next < 0 ? text.length : next + 1;
    yield { line, end, m };
    line = end;
  }
}
/** Whether the word at `index` is who speaks on a chat's line ("[10:03] Cliente: …"). */
function chatSpeakerAt(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  if (!/\d/.test(text.slice(lineStart, index))) return false;
  CHAT_LINE.lastIndex = lineStart;
  const m = CHAT_LINE.exec(text);
  return m !== null && m.index + m[0].lastIndexOf(m[2] as string) === index;
}

function* chatSpeakers(scan: TextScan): Iterable<Match> {
  if (!digitStartsALine(scan)) return;
  const speakers = new Map<string, Match[]>();
  const numbers = new Set<string>();
  // Every label's turns, whoever speaks: a desk's or a role's too ("[09:16] IT Desk: on our way").
  const turns = new Map<string, number>();
  let givenNamed = false;
  for (const m of chatTurns(scan.text)) {
    const speaker = (m[2] as string).trim();
    turns.set(speaker, (turns.get(speaker) ?? 0) + 1);
    // A contact saved by no name: the export writes their number ("+39 347 218 9044: …"), which the phone rules read;
    // one more speaker all the same. So is one saved by their flat's or their class's number ("Interno 12:", "Tutora
    // 2ºA:", holdout-1032), no name.
    if (!/\p{L}/u.test(speaker) || /\d/.test(speaker)) {
      numbers.add(speaker);
      continue;
    }
    const at = m.index + m[0].lastIndexOf(m[2] as string);
    // With a date the line is a chat export's; with a time only ("10:00 Keynote:") the speaker must have a given name,
    // maybe after a role's word ("[19:42] Coach Dan:", holdout-847).
    const given = (from: number) => hitStartingAt(scan, ['given-name', 'given-name-ambiguous'], from);
    const named = given(at) || (/^\p{Lu}\p{L}+[ \t]\p{Lu}/u.test(speaker) && given(at + speaker.search(/[ \t]/) + 1));
    if (!personLike(speaker, 1) || (!m[1] && !named)) continue;
    // A speaker in lower case, as people set their own names ("dan:", "lucy:"), is one where it is a known given name.
    if (/^\p{Ll}/u.test(speaker) && !GIVEN.has(fold(speaker)) && !AMBIGUOUS_GIVEN.has(fold(speaker))) continue;
    addTo(speakers, speaker, { type: 'person-name', value: speaker, confidence: 0.7, index: at });
    if (named) givenNamed = true;
  }
  // Two people speaking, or one by a given name who speaks beside another label where someone speaks twice ("Sarah"
  // twice, "IT Desk" once); not a role's label alone ("Dispatch" beside "Shift lead", holdout-413).
  const repeated = turns.size >= 2 && [...turns.values()].some((n) => n >= 2);
  if (speakers.size + numbers.size >= 2 || (speakers.size === 1 && givenNamed && repeated))
    for (const matches of speakers.values()) yield* matches;
}

/**
 * A chat's line without a time: its speaker's label, a colon, and a message of words ("lisa: ik kan niet, moet
 * overwerken", "Priya: finished the refund webhook"). The label is one word, or two.
 */
const PLAIN_CHAT_LINE = /[ \t]*(\p{L}[\p{L}'’-]{1,20}(?:[ \t]\p{L}[\p{L}'’-]{1,20})?)[ \t]*:[ \t]+(\S[^\n]*)/uy;
/** A message's words: two at least, two letters in lower case among them (not a field's value: "Status: open", "Anna: 4"). */
const MESSAGE_WORDS = /^(?=[^\n]*\p{Ll}{2})(?:[^\s\d]*\p{L}[^\s]*\s+){2,}/u;
/** Lines a chat without times has at least, and speakers. */
const PLAIN_CHAT_LINES = 3;

/**
 * The speakers of a chat pasted without its times (a group chat's lines, a stand-up's notes): three lines or more of a
 * label and a message, by two speakers or more, of whom those whose label opens with a given name are people, typed in
 * lower case too ("lisa:", "fleur:" beside "coach:", holdout-649), two of them at least. Not a label that is a word too
 * ("Rosa:", "Olive:"), nor a tab's table or a form's fields, whose values are no messages.
 */
function* plainChatSpeakers(scan: TextScan): Iterable<Match> {
  const { text } = scan;
  if (text.includes('\t')) return;
  const labels = new Set<string>();
  const named: Match[] = [];
  let lines = 0;
  for (const { m } of atLineStarts(text, PLAIN_CHAT_LINE)) {
    if (!m || !MESSAGE_WORDS.test(`${m[2] as string} `)) continue;
    const speaker = m[1] as string;
    lines += 1;
    labels.add(speaker.toLowerCase());
    const word = speaker.split(/[ \t]/)[0] as string;
    const first = fold(word);
    const index = (m.index as number) + (m[0] as string).indexOf(speaker);
    // Not an acronym ("TOM: siehe Anlage 2", technical and organisational measures), nor the text's language's word
    // ("Amit kínálunk:", what we offer).
    if (word.length > 2 && word === word.toUpperCase()) continue;
    if (!GIVEN.has(first) || WORD_NAMES.has(first) || AMBIGUOUS_GIVEN.has(first) || CITY.has(first)) continue;
    if (otherLanguageWordAt(scan, first, index)) continue;
    named.push({ type: 'person-name', value: speaker, confidence: 0.7, index });
  }
  // Two speakers named at least: a form's one label that is a name too is no chat.
  if (lines >= PLAIN_CHAT_LINES && labels.size >= 2 && new Set(named.map((n) => fold(n.value))).size >= 2) yield* named;
}

/**
 * A chat copied from Slack or Teams: a header line of the speaker's display name, maybe a team in brackets, and the
 * time, the message on the lines below ("Sam K  09:12\nmorning all – …", "Jo (Facilities)  11:40\nReminder: …").
 */
const CHAT_HEADER_LINE =
  /[ \t]*(\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]*\.?){0,2})(?:[ \t]*\([^()\n]{1,30}\))?[ \t]+\[?\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?\]?[ \t]*\r?\n[ \t]*([^\n]+)/uy;

/** A clock's time ending a line, which every header line has: one plain look before CHAT_HEADER_LINE. */
const TIME_ENDS_LINE = /\d:\d{2}(?:[ \t]?[AaPp][Mm])?\]?[ \t]*\r?\n/;
/**
 * The speakers of such a chat whose first word is a known given name ("Sam", "Jo", "Priya"; not "Registration 09:00"
 * over a programme's line): where two header lines or more stand, every speaker of those whose first word is such a
 * name is someone, and so are the others ("Priti"); one header line alone only at the text's top or under a channel's
 * line ("#facilities", "[Teams – Kanal Spätschicht]").
 */
function* headedChatSpeakers(scan: TextScan): Iterable<Match> {
  const { text } = scan;
  if (!TIME_ENDS_LINE.test(text)) return;
  const found: { speaker: string; index: number; known: boolean; top: boolean }[] = [];
  let previous = -1;
  for (const { line, end, m } of atLineStarts(text, CHAT_HEADER_LINE)) {
    const top = previous < 0 || /^[ \t]*[#[]/.test(text.slice(previous, line));
    if (text.slice(line, end).trim() !== '') previous = line;
    if (!m || !MESSAGE_WORDS.test(`${m[2] as string} `)) continue;
    const speaker = m[1] as string;
    const first = fold(speaker.split(/[ \t]/)[0] as string);
    if (!personLike(speaker, 1)) continue;
    const known = (GIVEN.has(first) || AMBIGUOUS_GIVEN.has(first)) && !WORD_NAMES.has(first) && !CITY.has(first);
    found.push({ speaker, index: m.index + m[0].indexOf(speaker), known, top });
  }
  const known = found.filter((f) => f.known);
  if (known.length === 0) return;
  const speakers = found.length >= 2 ? found : known.filter((f) => f.top);
  for (const { speaker, index } of speakers) yield { type: 'person-name', value: speaker, confidence: 0.7, index };
}

// --- postal addresses ---------------------------------------------------------------

// Street, house number, postcode and town, anchored at a street word the scan found: an
// address alone is weak evidence (companies have addresses), personal only beside a person.
const POSTCODE = String.raw`(?:\d{5}|\d{3} \d{2}|\d{4}\s?[A-Z]{2}|\d{2}-\d{3}|\d{4}-\d{3}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{4})`;
/** A UK postcode ("NR3 1JP", "BS67QD"). */
const UK_POSTCODE = String.raw`[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}`;
/** An Irish Eircode ("D09 X2C4", "N91 K2T3"), after the town, its district or county ("Dublin 9", "Co. Westmeath"). */
const EIRCODE = String.raw`(?:(?:Co\.[ \t]+)?\p{Lu}[\p{L}'-]+(?:[ \t]+\d{1,2}[W]?)?,?\s+){0,2}(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[AC-FHKNPRTV-Y\d]{4}(?![\p{L}\d])`;
/**
 * The postcode then the town ("20121 Milano", or on the next line where a mail's lines are wrapped), or the town then a
 * UK postcode ("Norwich NR3 1JP", "Didsbury, M20 6RT"), after a comma, a space or a dash ("3.º B – 46009 Valencia").
 */
const TOWN = String.raw`(?:[,\s]+|[ \t]+[–-][ \t]+)(?:(?:[A-Z]{2}-)?${POSTCODE}(?:[ \t]+|[ \t]*\r?\n[ \t]*)\p{Lu}[\p{L}'-]+|${EIRCODE}|\p{Lu}[\p{L}'-]+(?:[ -]\p{Lu}[\p{L}'-]+)?,?[ \t]+${UK_POSTCODE}(?![\p{L}\d])|${UK_POSTCODE}(?![\p{L}\d])|\p{Lu}[\p{L}'-]+,?[ \t]+(?:LV|LT|EE)-\d{4,5}(?!\d)|\p{Lu}[\p{L}'-]+(?:[ -]\p{Lu}[\p{L}'-]+)?[ \t]+[A-Z]{3}[ \t]?\d{4}(?!\d))`;
/** A floor and door after the house number ("214, 4º B", "20 B 14" in Finnish, "41, 3.º B", "310, 2.º Esq.", "12, 3° piano", "118, 2. OG links", a Polish flat "57 m. 9" or "lok. 4"). */
const FLOOR = String.raw`(?:,?[ \t]*(?:\d{1,2}\.?[ \t]?[ºª°][ \t]?(?:[A-Za-z](?![\p{L}])|[Ii]zq\w*|[Dd]ch\w*|[Ee]sq\w*|[Dd]t\w*|[Ff]te|piano|\d{1,2}\.?[ \t]?[ºª])?\.?|(?:\d{1,2}\.[ \t]?(?:OG|Obergeschoss|Stock|Etage)|EG|DG)(?:[ \t]+(?:links|rechts|Mitte))?|lgh\.?[ \t]?\d{3,4}|(?:m|lok|apt|app)\.?[ \t]?\d{1,4}[a-z]?(?![\p{L}\d])|\d{1,3}(?=[ \t]*,)))?`;
/**
 * A building's, a staircase's or a flat's part of an address between the number and the postcode, up to three
 * ("14 rue des Lilas, bâtiment B, appartement 32, 69008 Lyon", "via Garibaldi 18, interno 5, scala B, 41121 Modena"),
 * their words also capitalised, as a label in capitals reads in title case ("Bâtiment B, Appartement 32").
 */
const UNITS = String.raw`(?:,?[ \t]*(?:${eitherCase(String.raw`bâtiment|bât\.|appartement|appt\.?|escalier|esc\.|interno|int\.|scala|stiege|tür|puerta|escalera|bloque|portal|bloco|apartamento|flat|apartment|unit`)}|Top)[ \t]+[A-Za-z0-9]{1,4}\.?(?![\p{L}\d])){0,3}`;
/** The house number (and flat: "48/7", a Dutch floor: "14-II", "14-hs"), a floor, then postcode and town. */
const NUMBER_THEN_TOWN = String.raw`\d{1,4}[ \t]?[a-zA-Z]?(?:[ \t]?[/-][ \t]?(?:\d{1,4}[a-zA-Z]?|I{1,3}|IV|hs|bis|ter)(?![\p{L}]))?(?!\d)${FLOOR}${UNITS}${TOWN}`;
/** After the street word: optional name words, the house number (and flat: "48/7"), then postcode and town ("Via Roma 1, 20121 Milano"). */
const NUMBER_AFTER = new RegExp(String.raw`^\.?[ \t]+(?:[\p{L}'’-]+,?[ \t]+){0,4}?${NUMBER_THEN_TOWN}`, 'u');
/** The house number before the street word ("12 rue de la Paix, 75002 Paris") or before the street's name ("23 Holloway Gardens"). */
const NUMBER_BEFORE = /\d{1,4}[a-z]?,?[ \t]+(?:\p{Lu}[\p{L}'’-]*[ \t]+){0,3}$/u;
const NAME_THEN_TOWN = new RegExp(String.raw`^(?:[ \t]+[\p{L}'’ -]{2,40}?)?${UNITS}${TOWN}`, 'u');
/**
 * The postcode and town first, then the street's name ("6720 Szeged, Kárász utca 9.", as Hungarian addresses
 * are written; "гр. София 1000, ул. …", the town and then its postcode, as Bulgarian ones are).
 */
const TOWN_BEFORE = new RegExp(
  String.raw`(?:(?<!\d)${POSTCODE}[ \t]+\p{Lu}[\p{L}'’-]+,?|\p{Lu}[\p{L}'’-]+[ \t]+\d{4},)[ \t]+(?:\p{Lu}[\p{L}'’.-]*[ \t]+){0,3}$`,
  'u',
);
/** A UK postcode, then the house number and the street's name before its word: "BS6 7QD, 14 Cotham ▸Vale", as a caller gives it. */
const POSTCODE_THEN_NUMBER_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\d])${UK_POSTCODE},?[ \t]+\d{1,4}[a-z]?,?[ \t]+(?:\p{Lu}[\p{L}'’-]*[ \t]+){0,3}$`,
  'u',
);
/** The house number after the street word, maybe after the street's name in quotes and a number sign ("„Граф Игнатиев“ № 15"). */
const HOUSE_NUMBER = /^\.?[ \t]+(?:[„"«][\p{L}'’. -]{2,40}[“"»][ \t]+)?(?:№[ \t]*)?\d{1,4}[ \t]?[a-zA-Z]?\.?(?!\d)/u;

/**
 * After an address's label, maybe its kind in lower-case words ("Dirección de suministro:", holdout-1014): a street's name
 * with no street word or with Spanish's "C/" ("C/ Mayor 14, 3.º B, 50001 Zaragoza"), its number, postcode and town
 * ("Vukovarska 112, 21000 Split").
 */
const LABELLED_ADDRESS = new RegExp(
  String.raw`^(?:[ \t]+\p{Ll}+){0,2}[ \t]*:[ \t]*(\p{Lu}[\p{L}'’.-]*\/?(?:[ \t]+[\p{L}'’.-]+){0,4}?[ \t]+${NUMBER_THEN_TOWN})`,
  'u',
);

/**
 * The writer saying an address is theirs, before it on its line: "My address is", "I live at", "Ich wohne in der",
 * "j'habite", "abito in", "vivo en la", "ik woon op", "mieszkam przy", "moro na"; a form's or a deed's resident
 * ("wohnhaft in", "domicilié au", "demeurant", "residente en", "woonachtig te", "wonende te", "zam. ul."); or a transcript's customer saying it, the address right
 * after their label ("Customer: BS6 7QD, 14 Cotham Vale"; not "Kunde: Bäckerei Brunner OHG, Marktplatz 3"). Where they live is no organisation's.
 */
const OWN_ADDRESS_BEFORE =
  /(?:^[ \t]*(?:customer|caller|kunde|kundin|anrufer|anruferin|client|cliente|klant|beller|klient|klientka)[ \t]*:[ \t]*$|(?<![\p{L}])(?:(?:my|our)(?: new| home)? address(?: is)?|I live|we live|I've moved to|meine?(?: neue)? (?:Adresse|Anschrift|Wohnung)(?: ist| lautet)?|ich wohne|wir wohnen|mon (?:nouvelle )?adresse(?: est)?|ma nouvelle adresse(?: est)?|j['’]habite|nous habitons|il mio (?:nuovo )?indirizzo(?: è)?|abito|abitiamo|mi (?:nueva )?dirección(?: es)?|mi domicilio(?: es)?|vivo en|vivimos en|vivo in|vivo em|mijn (?:nieuwe )?adres(?: is)?|ik woon|wij wonen|we wonen|mój (?:nowy )?adres(?: to)?|mieszkam|mieszkamy|a minha (?:nova )?morada(?: é)?|o meu (?:novo )?endereço(?: é)?|moro|moramos|wohnhaft|domiciliée?|demeurante?|résidante?|domiciliat[oa]|domiciliad[oa]|residente?|residing|woonachtig|wonende|morador[a]? (?:em|na|no)|zamieszkał[aey]?|zamieszkały|zam\.|residente em)(?![\p{L}])[^\n.!?]{0,24}$)/iu;
const ownAddress = (text: string, start: number) => {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return OWN_ADDRESS_BEFORE.test(text.slice(Math.max(lineStart, start - 80), start));
};

/**
 * A home's, by what is said around it: its neighbours, no one at home, or a flat's number in it ("Lindenweg 3 …, 2. OG
 * links. Falls niemand öffnet: bitte beim Nachbarn abgeben", "Flat 3, 27 Lime Grove", "als ik niet thuis ben … bij de
 * buren"); since 2.21.0 the writer at home there ("via dei Mille 44, scala B … Sono a casa tutte le mattine"). Not a
 * bell or an intercom alone: a practice's and a warehouse's have them ("citofono Studio Bianchi", "bitte klingeln"). An organisation's address has a reception, not neighbours to leave a parcel with.
 */
const HOME_AROUND =
  /(?<![\p{L}])(?:neighbou?rs?|next door|nachbarn?|nachbarin|voisine?s?|vicin[oa]|vicini|vecin[oa]s?|buren|buurvrouw|buurman|sąsiad\p{L}*|vizinh[oa]s?|not (?:at )?home|nicht zu ?hause|niemand öffnet|pas chez moi|non sono in casa|se non rispondo|no hay nadie|no estoy en casa|niet thuis|nie ma mnie|w razie nieobecności|não estiver ninguém|não estiver em casa|flat \d+|appartement \d+|wohnung \d+|whg\. ?\d+|interno \d+|apartamento \d+|sono a casa|sono in casa|i['’]m (?:at )?home|i am (?:at )?home|bin (?:zu ?hause|daheim)|je suis chez moi|estoy en casa|ik ben thuis|jestem w domu|estou em casa)(?![\p{L}])/iu;
const homeAddress = (text: string, start: number, end: number) =>
  HOME_AROUND.test(text.slice(Math.max(0, start - 160), end + 240));
/**
 * A flat's side or number after the house number ("22, 3.º esq.", "14, 2.º dcha.", "118, 2. OG links", "r/c dto.",
 * "57 m. 9", "lgh 1102"): a home's, as an office's floor is given without a side ("3.º andar", "5th floor").
 */
const DWELLING =
  /\d[^\n]{0,12}?(?:[ºª°.][ \t]?(?:esq|dto|drt|izq|izda|dcha|dch|dr)\.?(?![\p{L}])|(?:OG|Stock|Etage|EG|DG)[ \t]+(?:links|rechts|li\.|re\.)|r\/c\.?[ \t]*(?:esq|dto)|(?<![\p{L}])(?:m|lgh)\.?[ \t]?\d{1,4}(?![\d]))/iu;
/** Not a service's address on its line ("Kundenservice: Paketzentrum Nord, Industriestraße 12"), a company's beside it. */
const addressWeight = (scan: TextScan, start: number, end: number) =>
  ownAddress(scan.text, start) ||
  ((homeAddress(scan.text, start, end) || DWELLING.test(scan.text.slice(start, end))) &&
    !nearOnLine(scan, 'organisation-contact', start, 80) &&
    !near(scan, 'legal-form', start, 120) &&
    !hitBetween(scan, 'legal-form', end, end + 80))
    ? 0.7
    : 0.5;

/** A street's name and its house number in a table's cell, maybe a flat after it ("Rua das Flores 22, 3.º esq."). */
const ADDRESS_CELL = /^\p{L}[\p{L}'’. -]{2,60}?[ \t]\d{1,4}[ \t]?[a-zA-Z]?(?![\d])(?:[ \t]*[,/-][^\n]{0,30})?$/u;
/**
 * The addresses under an address's column ("morada", "address", "Anschrift"), as a list of homes or supply points
 * gives them without the town on their cell (holdout-802): a flat's side or number makes one a home's.
 */
function* addressColumn(scan: TextScan, hit: Hit): Iterable<Match> {
  for (const { cell, at, row, rowEnd } of cellsHeadedBy(scan, hit)) {
    if (!ADDRESS_CELL.test(cell)) continue;
    const home = DWELLING.test(cell) && !hitBetween(scan, 'legal-form', row, rowEnd);
    yield { type: 'postal-address', value: cell, confidence: home ? 0.7 : 0.5, index: at };
  }
}

export const postalAddressDetector = defineDetector('postal-address', 'personal', function* (scan) {
  if (scan.digitRuns.length === 0) return;
  const { text } = scan;
  let covered = -1;
  for (const hit of scan.byFamily.get('address-label') ?? []) {
    yield* addressColumn(scan, hit);
    const m = LABELLED_ADDRESS.exec(text.slice(hit.end, hit.end + 100));
    if (!m?.[1]) continue;
    const start = hit.end + m[0].length - m[1].length;
    covered = Math.max(covered, start + m[1].length);
    yield { type: 'postal-address', value: m[1], confidence: addressWeight(scan, start, start + m[1].length), index: start };
  }
  const streets = scan.byFamily.get('street');
  if (!streets) return;
  for (const hit of streets) {
    if (hit.start < covered) continue;
    const following = text.slice(hit.end, hit.end + 90);
    let m = NUMBER_AFTER.exec(following);
    let start = hit.start;
    if (!m) {
      const before = NUMBER_BEFORE.exec(text.slice(Math.max(0, hit.start - 48), hit.start));
      m = before ? NAME_THEN_TOWN.exec(following) : null;
      if (before) start = hit.start - before[0].length;
    }
    if (!m) {
      const townBefore = TOWN_BEFORE.exec(text.slice(Math.max(0, hit.start - 64), hit.start));
      m = townBefore ? HOUSE_NUMBER.exec(following) : null;
      if (townBefore) start = hit.start - townBefore[0].length;
    }
    // How far the address runs on after the street's word: nowhere where the postcode and number came first.
    let rest = m?.[0].length;
    if (rest === undefined) {
      const postcodeFirst = POSTCODE_THEN_NUMBER_BEFORE.exec(text.slice(Math.max(0, hit.start - 56), hit.start));
      if (postcodeFirst) {
        start = hit.start - postcodeFirst[0].length;
        rest = 0;
      }
    }
    if (rest === undefined) continue;
    covered = hit.end + rest;
    yield {
      type: 'postal-address',
      value: text.slice(start, covered),
      confidence: addressWeight(scan, start, covered),
      index: start,
    };
  }
});

// --- user handles -----------------------------------------------------------------------

/** "@raj.patel", "@lena_k": who a chat or ticket mentions. Not e-mail addresses, npm scopes ("@aws-sdk/…"), decorators or doc tags. */
const HANDLE = /(?<![\p{L}\d_.@-])@([a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,3})(?![\p{L}\d_@/(-]|\.[a-z])/gu;
// biome-ignore format: a word table reads best packed
const NOT_HANDLES = new Set([
  'param', 'returns', 'return', 'type', 'typedef', 'example', 'deprecated', 'see', 'since', 'throws', 'link', 'author',
  'version', 'override', 'todo', 'internal', 'private', 'public', 'module', 'property', 'prop', 'callback', 'template',
  'default', 'description', 'file', 'license', 'here', 'channel', 'everyone', 'all', 'media', 'import', 'charset',
  'font-face', 'keyframes', 'supports', 'page', 'layer', 'container', 'tailwind', 'apply', 'use', 'forward', 'extend',
  'include', 'mixin', 'if', 'else', 'each', 'function', 'at', 'home', 'work', 'test', 'types', 'latest', 'next',
]);

const LOGIN = /^[\p{L}][\p{L}\d._-]{1,38}[\p{L}\d]$/u;
const LOGIN_AFTER_KEY = /^[ \t]*[:=][ \t]*["']?([\p{L}][\p{L}\d._-]{1,38}[\p{L}\d])["']?[ \t]*(?:[,;()]|\r?\n|$)/u;
const USERNAME_HEADER = new RegExp(`^(?:${USERNAME_KEYS.map(escapeRegExp).join('|')})$`, 'iu');

/**
 * A login is a person's when it is made of their names: "anna.schmidt", "jweber" (an initial
 * and a surname), "kowalska2"; a service account's ("facturacion_app", "root") is weak evidence.
 */
function loginWeight(login: string): number {
  const parts = login
    .toLowerCase()
    .split(/[._\d-]+/)
    .filter(Boolean);
  // An initial and a surname in one word ("jweber"), unless a part says the account is a service's ("billing_app" is no
  // B. Illing).
  const service = parts.some((p) => SERVICE_ACCOUNT_PART.has(p));
  const named = parts.some(
    (p) => GIVEN.has(fold(p)) || SURNAME.has(fold(p)) || (!service && p.length > 3 && SURNAME.has(fold(p.slice(1)))),
  );
  return named ? 0.7 : 0.45;
}
/** Parts of a service's or an application's account name. */
const SERVICE_ACCOUNT_PART = new Set(
  'app|apps|svc|service|bot|api|sys|system|etl|batch|cron|worker|job|jobs|sync|backup|readonly|ro|rw|db|web|ci|cd|deploy|monitor|monitoring|prod|staging|dev|test|integration|reporting|replication|migrator|migration'.split(
    '|',
  ),
);

/**
 * A login as a system's log writes it: sshd's "Failed password for j.hoffmann from …", "session opened for user …",
 * sudo's "sudo: j.hoffmann :", a home directory ("/home/j.hoffmann", "/Users/mrossi").
 */
const LOG_LOGIN =
  /(?:(?:password|publickey|keyboard-interactive(?:\/pam)?) for (?:invalid user )?|session (?:opened|closed) for user |sudo:[ \t]+|\/home\/|\/Users\/|[A-Za-z]:\\Users\\)([a-z][a-z0-9._-]{1,30})(?![a-z0-9._-])/gi;

/** Accounts many people or none sign in with. */
const SHARED_ACCOUNTS = new Set(
  'admin|administrator|root|guest|anonymous|anon|user|users|nobody|www|data|apache|nginx|httpd|operator|support|info|public|demo|default|health|healthcheck|probe|nagios|zabbix|prometheus|grafana|jenkins|git|gitlab|github'.split(
    '|',
  ),
);
/** An access log's line up to its request: the client, the identity (mostly "-"), the user, the time in brackets. */
const ACCESS_LOG_USER =
  /^[ \t]*\S+[ \t]+\S+[ \t]+([a-z][a-z0-9._@-]{1,30})[ \t]+\[\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2}[ \t]+[+-]\d{4}\][ \t]+"/gimu;
/** A letter's or a mail's subject label, which the role lexicon holds for "Betreft: Jan Jansen". */
const SUBJECT_LABEL = /^(?:betreft|betrifft|objet|oggetto|asunto|dotyczy|assunto)$/iu;
/** Login names after their key ("username: jweber", "Benutzer = akowalska") and in a table's username column. */
function* loginNames(scan: TextScan): Iterable<Match> {
  const { text } = scan;
  // Only a login made of a name: "root", "deploy" and a web log's "GET /home/user" are no one's. Where the scan met a
  // log's word before a login, in any case ("C:\USERS\…", "Failed PASSWORD for"), as the pattern reads them.
  if (scan.byFamily.has('login-hint')) {
    for (const m of allMatches(LOG_LOGIN, text)) {
      const login = m[1] as string;
      if (loginWeight(login) >= 0.7)
        yield { type: 'user-handle', value: login, confidence: 0.7, index: m.index + m[0].length - login.length };
    }
  }
  // A web server's access log in the Common or Combined Log Format, its third field the user who signed in ("203.0.113.45
  // - jdoyle [14/Feb/2026:09:12:09 +0000] \"GET …", holdout-1019): someone's, unless it is a service's or a shared
  // account's ("deploy", "admin"); made of a name, surely.
  if (text.includes('] "')) {
    for (const m of allMatches(ACCESS_LOG_USER, text)) {
      const login = m[1] as string;
      const parts = login.toLowerCase().split(/[._@\d-]+/);
      if (parts.some((p) => SERVICE_ACCOUNT_PART.has(p) || SHARED_ACCOUNTS.has(p))) continue;
      const index = m.index + m[0].lastIndexOf(login, m[0].indexOf('['));
      yield { type: 'user-handle', value: login, confidence: loginWeight(login) >= 0.7 ? 0.7 : 0.6, index };
    }
  }
  // "assignee: tkowalski", "author = mnowak": a person's field holding a login made of their names. Not a letter's or a
  // mail's subject line, whose one word is a topic ("Oggetto: mensa", holdout-823).
  for (const hit of scan.byFamily.get('person-role') ?? []) {
    if (SUBJECT_LABEL.test(text.slice(hit.start, hit.end))) continue;
    const m = LOGIN_AFTER_KEY.exec(text.slice(hit.end, hit.end + 48));
    if (m?.[1] && !/\p{Lu}/u.test(m[1][0] ?? '') && loginWeight(m[1]) >= 0.7)
      yield { type: 'user-handle', value: m[1], confidence: 0.7, index: hit.start };
    // An "Assignee" or "Reporter" column of an issue tracker's export: the logins under it made of names.
    const column = columnAt(text, hit.start, memo(scan, 'tables', newTableCache));
    if (!column || fold(column.header) !== fold(text.slice(hit.start, hit.end))) continue;
    for (const { line, offset } of rowsUnder(text, column.headerEnd)) {
      const cell = cellText(line.split(column.delimiter)[column.index] ?? '');
      if (LOGIN.test(cell) && !/\p{Lu}/u.test(cell[0] ?? '') && /[._]/.test(cell) && loginWeight(cell) >= 0.7)
        yield { type: 'user-handle', value: cell, confidence: 0.7, index: offset };
    }
  }
  for (const hit of scan.byFamily.get('username-key') ?? []) {
    const m = LOGIN_AFTER_KEY.exec(text.slice(hit.end, hit.end + 48));
    if (m?.[1]) yield { type: 'user-handle', value: m[1], confidence: loginWeight(m[1]), index: hit.start };
    // A header line naming a username column: the cells under it, up to the first blank line.
    const column = columnAt(text, hit.start, memo(scan, 'tables', newTableCache));
    if (!column || !USERNAME_HEADER.test(column.header)) continue;
    for (const { line, offset } of rowsUnder(text, column.headerEnd)) {
      const cell = cellText(line.split(column.delimiter)[column.index] ?? '');
      if (LOGIN.test(cell)) yield { type: 'user-handle', value: cell, confidence: loginWeight(cell), index: offset };
    }
  }
}

/**
 * A handle whose first part is a given name ("@raj.patel") is a person's; other handles are
 * people when a text mentions two or more of them (a chat, a ticket thread), else weak.
 */
/** A person's profile on LinkedIn or XING by its address ("linkedin.com/in/marta-kowalczyk-42a1b7"); a company's is "/company/". */
const PROFILE_URL = /(?:linkedin\.com\/in|xing\.com\/profile)\/([A-Za-z0-9%._-]{3,100})/gi;

export const handleDetector = defineDetector('user-handle', 'personal', (scan) => {
  const found = [...handlesFound(scan)];
  // "grantee": "user:bob" in an API's examples whose cast is Alice and Bob: a stand-in's login.
  return placeholderCast(scan)
    ? found.map((m) => (PLACEHOLDER_CAST.has(fold(m.value)) ? { ...m, confidence: Math.min(m.confidence, 0.45) } : m))
    : found;
});

/** Logins and handles as the rules find them, before a technical example's stand-ins are weighed. */
function* handlesFound(scan: TextScan): Iterable<Match> {
  yield* loginNames(scan);
  // As written in any case ("LinkedIn.com/in/…"), where the scan met the site's name.
  if (scan.byFamily.has('profile-site')) {
    for (const m of allMatches(PROFILE_URL, scan.text))
      yield { type: 'user-handle', value: m[1] as string, confidence: 0.7, index: m.index };
  }
  if (scan.ats.length === 0) return;
  const found = new Map<string, number[]>();
  for (const m of allMatches(HANDLE, scan.text)) {
    const handle = m[1] as string;
    if (NOT_HANDLES.has(handle)) continue;
    addTo(found, handle, m.index);
  }
  for (const [handle, indexes] of found) {
    // "@anna.k", or one word made of an initial and a surname ("@lkowalczyk", "@jweber"), as loginWeight reads one;
    // not "@ts-check", whose parts only end as surnames do.
    const separated = /[._-]/.test(handle);
    const named = separated ? GIVEN.has(handle.split(/[._-]/)[0] as string) : loginWeight(handle) >= 0.7;
    // A release's notes credit their contributors for publication.
    const confidence = releaseNotes(scan) ? 0.45 : named ? 0.7 : found.size >= 2 ? 0.6 : 0.45;
    for (const index of indexes) yield { type: 'user-handle', value: `@${handle}`, confidence, index };
  }
}
