// National identifiers of the EU (and of the European non-EU UK, CH, NO and IS), each found
// by its written format and validated by its checksum with `stdnum`. Formats that are
// only digits (BSN, PESEL, tax ids, …) collide with order and invoice numbers, so they
// count only with a context word nearby; distinctive formats count on their own.
import { stdnum } from 'stdnum';
import { type DigitShape, defineDetector, digitMatches, type Match, shapeOf } from './detectors.js';
import { cellsUnder, columnAt, newTableCache } from './tables.js';
import { exampleCodeBlock, fold, hitBetween, hitOnLine, memo, near, type TextScan } from './text-scan.js';

interface Scheme {
  readonly type: string;
  /** Candidates as written, separators included. */
  readonly pattern: RegExp;
  readonly valid: (value: string) => boolean;
  /** A format unlikely to occur by chance (letters in fixed places, a country prefix, …). */
  readonly distinctive: boolean;
  /** Whether the text's digits can hold this format at all (skips the pattern when not). */
  readonly possible?: (shape: DigitShape) => boolean;
  /** Companies are numbered so too (Croatia's OIB): not after a legal form on the number's line or the one before. */
  readonly companiesToo?: boolean;
  /** A way of writing a digits-only scheme that is distinctive on its own, and whether the text's digits can hold it. */
  readonly distinctiveWritten?: { readonly pattern: RegExp; readonly possible: (shape: DigitShape) => boolean };
  /**
   * The scheme's letters typed in lower case, as people fill in forms ("dni: 48213907l"): counted in the scheme's
   * context only, and checked in capitals.
   */
  readonly lowerCase?: RegExp;
  /** Its letters come first too ("nino: cx 84 70 11 c"), so no small letter right after its digits tells the text holds one. */
  readonly lowerCaseLettersFirst?: boolean;
}

const letterAfter = (s: DigitShape) => s.letterAfter;

type Validator = { validate(value: string): { isValid: boolean; isIndividual?: boolean } };
const check = (country: string, scheme: string, value: string) => {
  // stdnum reports an invalid number by building an Error: without a stack trace that is cheap.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return (stdnum as unknown as Record<string, Record<string, Validator>>)[country]?.[scheme]?.validate(value);
  } finally {
    Error.stackTraceLimit = limit;
  }
};
const by = (country: string, scheme: string) => (value: string) => check(country, scheme, value)?.isValid ?? false;
/** Valid, and a person's: schemes that also number companies (Latvia's, Iceland's) tell which. */
const byPerson = (country: string, scheme: string) => (value: string) => {
  const result = check(country, scheme, value);
  return (result?.isValid ?? false) && result?.isIndividual !== false;
};

/** NHS numbers: ten digits, mod-11 check digit (not in stdnum). */
export function nhsNumberValid(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((acc, d, i) => acc + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  return check !== 10 && (check === 11 ? 0 : check) === Number(digits[9]);
}

const SCHEMES: readonly Scheme[] = [
  {
    type: 'national-id:de-tax-id',
    pattern: /\b\d{2}[ ]?\d{3}[ ]?\d{3}[ ]?\d{3}\b/g,
    valid: by('DE', 'idnr'),
    distinctive: false,
  },
  {
    type: 'national-id:fr-nir',
    pattern: /\b[12][ ]?\d{2}[ ]?\d{2}[ ]?(?:\d{2}|2[AB])[ ]?\d{3}[ ]?\d{3}[ ]?\d{2}\b/g,
    valid: by('FR', 'nir'),
    distinctive: false,
    // As the carte Vitale prints it, in seven groups with its key ("2 87 03 69 123 456 55"): no other number is so.
    distinctiveWritten: {
      pattern: /^[12] \d{2} \d{2} (?:\d{2}|2[AB]) \d{3} \d{3} \d{2}$/,
      possible: (s) => s.longestSpacedGroup >= 15,
    },
  },
  {
    type: 'national-id:it-codice-fiscale',
    // In capitals, or typed all in small letters in a chat ("rssmra85t10a562s"), not mixed.
    pattern: /\b[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]\b|\b[a-z]{6}\d{2}[a-ehlmprst]\d{2}[a-z]\d{3}[a-z]\b/g,
    valid: by('IT', 'codicefiscale'),
    distinctive: true,
    possible: (s) => s.lettersBefore || s.smallBefore,
  },
  {
    type: 'national-id:es-dni',
    // "48213907L", "48213907-L", or in dotted thousands as printed on forms ("48.213.907-L").
    pattern: /\b\d{8}-?[A-Z]\b|\b\d{2}\.\d{3}\.\d{3}[- ]?[A-Z]\b/g,
    lowerCase: /\b\d{8}-?[a-z]\b|\b\d{2}\.\d{3}\.\d{3}[- ]?[a-z]\b/g,
    valid: (value) => by('ES', 'dni')(value.replace(/[. ]/g, '')),
    distinctive: true,
    possible: letterAfter,
  },
  {
    type: 'national-id:es-nie',
    pattern: /\b[XYZ]-?\d{7}-?[A-Z]\b/g,
    lowerCase: /\b[xyz]-?\d{7}-?[a-z]\b/g,
    valid: by('ES', 'nie'),
    distinctive: true,
    // "Y1813801N", or "Y-1813801-N" with its hyphens.
    possible: (s) => s.lettersBefore || s.letterAfter,
  },
  {
    type: 'national-id:nl-bsn',
    pattern: /\b\d{4}[. ]?\d{2}[. ]?\d{3}\b|\b\d{9}\b/g,
    valid: by('NL', 'bsn'),
    distinctive: false,
  },
  {
    type: 'national-id:be-national-number',
    pattern: /\b\d{2}[.]?\d{2}[.]?\d{2}[-. ]?\d{3}[-. ]?\d{2}\b/g,
    valid: by('BE', 'nn'),
    distinctive: false,
  },
  { type: 'national-id:pl-pesel', pattern: /\b\d{11}\b/g, valid: by('PL', 'pesel'), distinctive: false },
  {
    type: 'national-id:pt-nif',
    pattern: /\b\d{3}[ ]?\d{3}[ ]?\d{3}\b/g,
    valid: byPerson('PT', 'nif'),
    distinctive: false,
  },
  {
    type: 'national-id:se-personnummer',
    pattern: /\b(?:19|20)?\d{6}[-+]?\d{4}\b/g,
    valid: by('SE', 'personnummer'),
    distinctive: false,
  },
  {
    type: 'national-id:fi-hetu',
    pattern: /\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b/g,
    lowerCase: /\b\d{6}[-+a-fu-y]\d{3}[a-y]\b/g,
    valid: by('FI', 'hetu'),
    distinctive: true,
    possible: (s) => s.sixThenSign,
  },
  {
    type: 'national-id:dk-cpr',
    pattern: /\b\d{6}-?\d{4}\b/g,
    valid: by('DK', 'cpr'),
    distinctive: false,
  },
  {
    // Area, date of birth, the surname's initial, a serial and a check digit ("12 150980 M 004").
    type: 'national-id:de-social-security',
    pattern: /\b\d{2}[ ]?\d{6}[ ]?[A-Z][ ]?\d{3}\b/g,
    valid: by('DE', 'svnr'),
    distinctive: false,
  },
  {
    type: 'national-id:at-social-security',
    pattern: /\b\d{4}[ ]?\d{6}\b/g,
    valid: by('AT', 'vnr'),
    distinctive: false,
  },
  {
    type: 'national-id:ie-ppsn',
    pattern: /\b\d{7}[A-W][ABWTXZ]?\b/g,
    lowerCase: /\b\d{7}[a-w][abwtxz]?\b/g,
    valid: by('IE', 'pps'),
    distinctive: true,
    possible: letterAfter,
  },
  {
    type: 'national-id:cz-birth-number',
    pattern: /\b\d{6}\/?\d{3,4}\b/g,
    valid: by('CZ', 'rc'),
    distinctive: false,
  },
  {
    type: 'national-id:sk-birth-number',
    pattern: /\b\d{6}\/?\d{3,4}\b/g,
    valid: by('SK', 'rc'),
    distinctive: false,
  },
  {
    type: 'national-id:ro-cnp',
    pattern: /\b[1-9]\d{12}\b/g,
    valid: by('RO', 'cnp'),
    distinctive: false,
  },
  {
    type: 'national-id:bg-egn',
    pattern: /\b\d{10}\b/g,
    valid: by('BG', 'egn'),
    distinctive: false,
  },
  {
    // Estonia's and Lithuania's personal codes share a format: sex and century, date of birth, serial, check digit.
    type: 'national-id:ee-isikukood',
    pattern: /\b[1-6]\d{10}\b/g,
    valid: by('EE', 'ik'),
    distinctive: false,
  },
  {
    type: 'national-id:lt-asmens-kodas',
    pattern: /\b[1-6]\d{10}\b/g,
    valid: by('LT', 'asmens'),
    distinctive: false,
  },
  {
    // Date of birth, a dash, five digits ("161175-19997"); since 2017 also "32…" without a date.
    type: 'national-id:lv-personas-kods',
    pattern: /\b\d{6}-?\d{5}\b/g,
    valid: byPerson('LV', 'pvn'),
    distinctive: false,
  },
  {
    type: 'national-id:si-emso',
    pattern: /\b\d{13}\b/g,
    valid: by('SI', 'emso'),
    distinctive: false,
  },
  {
    type: 'national-id:gr-amka',
    pattern: /\b\d{11}\b/g,
    valid: by('GR', 'amka'),
    distinctive: false,
  },
  {
    type: 'national-id:hr-oib',
    pattern: /\b\d{11}\b/g,
    valid: by('HR', 'oib'),
    distinctive: false,
    companiesToo: true,
  },
  {
    type: 'national-id:no-fodselsnummer',
    pattern: /\b\d{6}[ ]?\d{5}\b/g,
    valid: by('NO', 'fodselsnummer'),
    distinctive: false,
  },
  {
    type: 'national-id:is-kennitala',
    pattern: /\b\d{6}-?\d{4}\b/g,
    valid: byPerson('IS', 'kennitala'),
    distinctive: false,
  },
  {
    type: 'national-id:uk-nino',
    pattern: /\b[A-CEGHJ-PR-TW-Z]{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D]\b/g,
    valid: by('GB', 'nino'),
    distinctive: false,
    lowerCase: /\b[a-ceghj-pr-tw-z]{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[a-d]\b/g,
    lowerCaseLettersFirst: true,
  },
  {
    type: 'national-id:uk-nhs-number',
    pattern: /\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/g,
    valid: nhsNumberValid,
    distinctive: false,
  },
  {
    type: 'national-id:ch-ahv',
    pattern: /\b756[.]?\d{4}[.]?\d{4}[.]?\d{2}\b/g,
    valid: by('CH', 'ssn'),
    distinctive: true,
    possible: (s) => s.ahv,
  },
];

/** A legal form ("d.o.o.", "GmbH") on the line of `index` or the line before: a company's number. */
function companyBefore(scan: TextScan, index: number): boolean {
  const { text } = scan;
  const lineStart = text.lastIndexOf('\n', index - 1);
  const from = lineStart < 0 ? 0 : text.lastIndexOf('\n', lineStart - 1) + 1;
  return hitBetween(scan, 'legal-form', from, index);
}

/** The lexicon family of each scheme's context words. */
const CONTEXT_FAMILY = new Map(SCHEMES.map((s) => [s, `id-context:${s.type.slice('national-id:'.length)}`]));

/** How far before a candidate a context word may stand (a "Label: value" line, a table header). */
const CONTEXT_WINDOW = 60;

/**
 * Where the cells start under a column the scheme's word heads ("nif", "PESEL", "BSN"): a table's later rows are
 * further from their header than a line's label is from its value.
 */
function underContextColumn(scan: TextScan, family: string): ReadonlySet<number> {
  return memo(scan, `id-column:${family}`, () => {
    const starts = new Set<number>();
    const tables = memo(scan, 'tables', newTableCache);
    for (const hit of scan.byFamily.get(family) ?? []) {
      const column = columnAt(scan.text, hit.start, tables);
      if (!column || fold(column.header).trim() !== fold(scan.text.slice(hit.start, hit.end))) continue;
      for (const { at } of cellsUnder(scan.text, column, tables)) starts.add(at);
    }
    return starts;
  });
}

/**
 * The example numbers of the schemes' own documentation and of the validation libraries' READMEs (the NHS's "943 476
 * 5919", Spain's "12345678Z", Sweden's tax agency's "811218-9876"): weak evidence where the line says it shows an
 * example; test data also gives them to people, so elsewhere they count, and an example's word elsewhere in the text
 * does not make a document less than personal (the property test's "np." beside a PESEL).
 */
// biome-ignore format: a table reads best packed
const EXAMPLE_IDS = new Set([
  '9434765919', '12345678Z', 'X1234567L', '111222333', '123456782', '44051401359', 'RSSMRA85T10A562S', '7561234567897',
  '8112189876', '131052308T', 'QQ123456C', 'AB123456C', '86095742719', 'RSSMRA80A01H501U',
  // Finland's other documented example of a personal identity code ("esimerkiksi 010101-123N", holdout-928)
  '010101123N',
]);
const EXAMPLE_ID_CONFIDENCE = 0.3;
/**
 * A documented example, with an example's word on its line ("for example 943 476 5919") or on the line that introduces
 * the fenced code block it stands in ("## Esempio" above "```python … cessionario_cf=\"RSSMRA80A01H501U\""): not a word
 * elsewhere in the text.
 */
function exampleId(scan: TextScan, value: string, index: number): boolean {
  if (!EXAMPLE_IDS.has(value.replace(/[\s./-]/g, '').toUpperCase())) return false;
  return hitOnLine(scan, 'example-marker', index) || exampleCodeBlock(scan, index);
}
/** How far before a candidate its word may stand in the same sentence, when no other number comes between. */
const SENTENCE_WINDOW = 200;

/**
 * The number is the first after its scheme's word, in the same sentence: "die neue Steuer-ID von unserer
 * Werkstudentin, die Bescheinigung kam gestern per Post: 57 382 910 462". Not across a sentence's end or a blank
 * line ("… a Swedish personnummer with the Luhn algorithm.\n// Example: 811218-9876").
 */
function firstNumberInSentence(scan: TextScan, family: string, index: number): boolean {
  const hit = near(scan, family, index, SENTENCE_WINDOW);
  return hit !== undefined && !/\d|\n[ \t]*\n|[.!?](?:\s|$)/.test(scan.text.slice(hit.end, index));
}

export const nationalIdDetector = defineDetector('national-id', 'personal', function* (scan) {
  const birthNumbers = new Set<number>();
  for (const scheme of SCHEMES) {
    for (const match of [...idsOf(scan, scheme), ...idsInLowerCase(scan, scheme)]) {
      // The Czech and the Slovak birth numbers are one scheme, Czechoslovakia's: one finding, named by the text's letters.
      if (BIRTH_NUMBERS.has(match.type)) {
        if (birthNumbers.has(match.index)) continue;
        birthNumbers.add(match.index);
        yield { ...match, type: czechOrSlovak(scan.text) };
      } else yield match;
    }
  }
});

const BIRTH_NUMBERS = new Set(['national-id:cz-birth-number', 'national-id:sk-birth-number']);
/**
 * Slovak by its own letters (ä, ô, ĺ, ľ, ŕ) and diphthongs ("Žiadosť", "priezvisko") where they outnumber the Czech
 * letters (ř, ů, ě); Czech otherwise.
 */
function czechOrSlovak(text: string): string {
  const slovak = text.match(/[äôĺľŕÄÔĹĽŔ]|\p{L}i[aeu]\p{L}/gu)?.length ?? 0;
  const czech = text.match(/[řůěŘŮĚ]/g)?.length ?? 0;
  return slovak > czech ? 'national-id:sk-birth-number' : 'national-id:cz-birth-number';
}

/** The scheme's word within reach before `index` ("PESEL: …") or heading its column (a "BSN" column's cell). */
const besideWord = (scan: TextScan, family: string, index: number) =>
  near(scan, family, index, CONTEXT_WINDOW) !== undefined || underContextColumn(scan, family).has(index);

/** A scheme's numbers as written. */
function* idsOf(scan: TextScan, scheme: Scheme): Iterable<Match> {
  const family = CONTEXT_FAMILY.get(scheme) as string;
  const written = scheme.distinctiveWritten?.possible(shapeOf(scan)) ? scheme.distinctiveWritten.pattern : undefined;
  // A digits-only scheme counts only in context: without its words anywhere, skip it.
  if (!scheme.distinctive && !written && !scan.byFamily.has(family)) return;
  if (scheme.possible && !scheme.possible(shapeOf(scan))) return;
  for (const m of digitMatches(scan, scheme.pattern)) {
    if (!scheme.valid(m.value)) continue;
    if (scheme.companiesToo && companyBefore(scan, m.index)) continue;
    const inContext = besideWord(scan, family, m.index) || firstNumberInSentence(scan, family, m.index);
    if (inContext || scheme.distinctive || written?.test(m.value)) {
      const confidence = exampleId(scan, m.value, m.index) ? EXAMPLE_ID_CONFIDENCE : inContext ? 0.95 : 0.8;
      yield { type: scheme.type, value: m.value, confidence, index: m.index };
    }
  }
}

/** A scheme's numbers with their letters in lower case, beside the scheme's words only ("DNI: 48213907l"). */
function* idsInLowerCase(scan: TextScan, scheme: Scheme): Iterable<Match> {
  const family = CONTEXT_FAMILY.get(scheme) as string;
  if (!scheme.lowerCase || !scan.byFamily.has(family) || (!shapeOf(scan).smallAfter && !scheme.lowerCaseLettersFirst)) return;
  for (const m of digitMatches(scan, scheme.lowerCase)) {
    if (!scheme.valid(m.value.toUpperCase())) continue;
    if (besideWord(scan, family, m.index))
      yield {
        type: scheme.type,
        value: m.value,
        confidence: exampleId(scan, m.value, m.index) ? EXAMPLE_ID_CONFIDENCE : 0.9,
        index: m.index,
      };
  }
}

// --- VAT numbers --------------------------------------------------------------------

/** The stdnum validator of each EU member state's VAT number (GR writes EL), and the UK's and Switzerland's. */
// biome-ignore format: a table reads best packed
const VAT_VALIDATORS: Record<string, [string, string]> = {
  AT: ['AT', 'uid'], BE: ['BE', 'vat'], BG: ['BG', 'vat'], CY: ['CY', 'vat'], CZ: ['CZ', 'dic'], DE: ['DE', 'vat'],
  DK: ['DK', 'cvr'], EE: ['EE', 'kmkr'], EL: ['GR', 'vat'], ES: ['ES', 'nif'], FI: ['FI', 'alv'], FR: ['FR', 'tva'],
  HR: ['HR', 'oib'], HU: ['HU', 'anum'], IE: ['IE', 'vat'], IT: ['IT', 'iva'], LT: ['LT', 'pvm'], LU: ['LU', 'tva'],
  LV: ['LV', 'pvn'], MT: ['MT', 'vat'], NL: ['NL', 'btw'], PL: ['PL', 'nip'], PT: ['PT', 'nif'], RO: ['RO', 'cif'],
  SE: ['SE', 'vat'], SI: ['SI', 'ddv'], SK: ['SK', 'dph'], GB: ['GB', 'vat'], CH: ['CH', 'vat'],
};
const VAT_CANDIDATE =
  /\b(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|GB|CH)[ -]?((?:U|E|[0-9A-Z])[0-9A-Z .-]{6,14}[0-9A-Z])\b/g;

/** Whether a VAT number is valid, and whether its scheme says it belongs to a natural person. */
export function checkVatNumber(country: string, number: string): { valid: boolean; individual: boolean } {
  const v = VAT_VALIDATORS[country];
  const result = v ? check(v[0], v[1], number) : undefined;
  return { valid: result?.isValid ?? false, individual: result?.isIndividual ?? false };
}

/**
 * A VAT number identifies a business; it is a person's where the business is one person
 * trading in their own name (a sole trader, a freelancer): only then is it strong evidence.
 */
export const vatNumberDetector = defineDetector('vat-number', 'personal', function* (scan) {
  if (!shapeOf(scan).lettersBefore) return;
  for (const m of digitMatches(scan, VAT_CANDIDATE)) {
    const country = m.groups[1] ?? '';
    const number = (m.groups[2] ?? '').replace(/[ .-]/g, '');
    const { valid, individual } = checkVatNumber(country, number);
    if (!valid) continue;
    const soleTrader = individual || near(scan, 'sole-trader', m.index, 400) !== undefined;
    yield { type: 'vat-number', value: m.value, confidence: soleTrader ? 0.85 : 0.3, index: m.index };
  }
});
