// National identifiers of the EU (and the European non-EU regions' UK and CH), each found
// by its written format and validated by its checksum with `stdnum`. Formats that are
// only digits (BSN, PESEL, tax ids, …) collide with order and invoice numbers, so they
// count only with a context word nearby; distinctive formats count on their own.
import { stdnum } from 'stdnum';
import type { Detector, Match } from './detectors.js';

interface Scheme {
  readonly type: string;
  /** Candidates as written, separators included. */
  readonly pattern: RegExp;
  readonly valid: (value: string) => boolean;
  /** Words that say "this is that identifier", in the country's language and English. */
  readonly context: RegExp;
  /** A format unlikely to occur by chance (letters in fixed places, a country prefix, …). */
  readonly distinctive: boolean;
}

type Validator = { validate(value: string): { isValid: boolean } };
const by = (country: string, scheme: string) => (value: string) =>
  (stdnum as unknown as Record<string, Record<string, Validator>>)[country]?.[scheme]?.validate(value).isValid ?? false;

/** NHS numbers: ten digits, mod-11 check digit (not in stdnum). */
export function nhsNumberValid(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((acc, d, i) => acc + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  return check !== 10 && (check === 11 ? 0 : check) === Number(digits[9]);
}

const ctx = (words: string) => new RegExp(`(?<![\\p{L}])(?:${words})`, 'iu');

const SCHEMES: readonly Scheme[] = [
  {
    type: 'national-id:de-tax-id',
    pattern: /\b\d{2}[ ]?\d{3}[ ]?\d{3}[ ]?\d{3}\b/g,
    valid: by('DE', 'idnr'),
    context: ctx('steuer-?id|steueridentifikationsnummer|identifikationsnummer|idnr|tax id'),
    distinctive: false,
  },
  {
    type: 'national-id:fr-nir',
    pattern: /\b[12][ ]?\d{2}[ ]?\d{2}[ ]?(?:\d{2}|2[AB])[ ]?\d{3}[ ]?\d{3}[ ]?\d{2}\b/g,
    valid: by('FR', 'nir'),
    context: ctx('n° de sécurité sociale|numéro de sécurité sociale|sécurité sociale|nir|insee|social security'),
    distinctive: false,
  },
  {
    type: 'national-id:it-codice-fiscale',
    pattern: /\b[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]\b/g,
    valid: by('IT', 'codicefiscale'),
    context: ctx('codice fiscale|c\\.f\\.|cf'),
    distinctive: true,
  },
  {
    type: 'national-id:es-dni',
    pattern: /\b\d{8}-?[A-Z]\b/g,
    valid: by('ES', 'dni'),
    context: ctx('dni|documento nacional|nif'),
    distinctive: true,
  },
  {
    type: 'national-id:es-nie',
    pattern: /\b[XYZ]-?\d{7}-?[A-Z]\b/g,
    valid: by('ES', 'nie'),
    context: ctx('nie|extranjero'),
    distinctive: true,
  },
  {
    type: 'national-id:nl-bsn',
    pattern: /\b\d{4}[. ]?\d{2}[. ]?\d{3}\b|\b\d{9}\b/g,
    valid: by('NL', 'bsn'),
    context: ctx('bsn|burgerservicenummer|sofinummer|sofi-nummer'),
    distinctive: false,
  },
  {
    type: 'national-id:be-national-number',
    pattern: /\b\d{2}[.]?\d{2}[.]?\d{2}[-. ]?\d{3}[-. ]?\d{2}\b/g,
    valid: by('BE', 'nn'),
    context: ctx('rijksregisternummer|numéro national|national number|nationaal nummer|rrn|niss|insz'),
    distinctive: false,
  },
  { type: 'national-id:pl-pesel', pattern: /\b\d{11}\b/g, valid: by('PL', 'pesel'), context: ctx('pesel'), distinctive: false },
  {
    type: 'national-id:pt-nif',
    pattern: /\b\d{3}[ ]?\d{3}[ ]?\d{3}\b/g,
    valid: by('PT', 'nif'),
    context: ctx('nif|contribuinte|número fiscal'),
    distinctive: false,
  },
  {
    type: 'national-id:se-personnummer',
    pattern: /\b(?:19|20)?\d{6}[-+]?\d{4}\b/g,
    valid: by('SE', 'personnummer'),
    context: ctx('personnummer|personnr|pnr'),
    distinctive: false,
  },
  {
    type: 'national-id:fi-hetu',
    pattern: /\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b/g,
    valid: by('FI', 'hetu'),
    context: ctx('henkilötunnus|hetu|personbeteckning'),
    distinctive: true,
  },
  {
    type: 'national-id:dk-cpr',
    pattern: /\b\d{6}-?\d{4}\b/g,
    valid: by('DK', 'cpr'),
    context: ctx('cpr|personnummer|cpr-nummer'),
    distinctive: false,
  },
  {
    type: 'national-id:at-social-security',
    pattern: /\b\d{4}[ ]?\d{6}\b/g,
    valid: by('AT', 'vnr'),
    context: ctx('sozialversicherungsnummer|versicherungsnummer|svnr|sv-nummer|vnr'),
    distinctive: false,
  },
  {
    type: 'national-id:ie-ppsn',
    pattern: /\b\d{7}[A-W][ABWTXZ]?\b/g,
    valid: by('IE', 'pps'),
    context: ctx('pps|ppsn|personal public service'),
    distinctive: true,
  },
  {
    type: 'national-id:cz-birth-number',
    pattern: /\b\d{6}\/?\d{3,4}\b/g,
    valid: by('CZ', 'rc'),
    context: ctx('rodné číslo|rodne cislo|r\\.č\\.|rč|birth number'),
    distinctive: false,
  },
  {
    type: 'national-id:sk-birth-number',
    pattern: /\b\d{6}\/?\d{3,4}\b/g,
    valid: by('SK', 'rc'),
    context: ctx('rodné číslo|rodne cislo|r\\.č\\.|rč|birth number'),
    distinctive: false,
  },
  {
    type: 'national-id:ro-cnp',
    pattern: /\b[1-8]\d{12}\b/g,
    valid: by('RO', 'cnp'),
    context: ctx('cnp|cod numeric personal'),
    distinctive: false,
  },
  {
    type: 'national-id:bg-egn',
    pattern: /\b\d{10}\b/g,
    valid: by('BG', 'egn'),
    context: ctx('егн|egn|единен граждански номер'),
    distinctive: false,
  },
  {
    type: 'national-id:uk-nino',
    pattern: /\b[A-CEGHJ-PR-TW-Z]{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D]\b/g,
    valid: by('GB', 'nino'),
    context: ctx('national insurance|nino|ni number'),
    distinctive: true,
  },
  {
    type: 'national-id:uk-nhs-number',
    pattern: /\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/g,
    valid: nhsNumberValid,
    context: ctx('nhs'),
    distinctive: false,
  },
  {
    type: 'national-id:ch-ahv',
    pattern: /\b756[.]?\d{4}[.]?\d{4}[.]?\d{2}\b/g,
    valid: by('CH', 'ssn'),
    context: ctx('ahv|avs|sozialversicherungsnummer|numéro avs'),
    distinctive: true,
  },
];

/** How far before a candidate a context word may stand (a "Label: value" line, a table header). */
const CONTEXT_WINDOW = 60;

export const nationalIdDetector: Detector = {
  type: 'national-id',
  category: 'personal',
  *find(text: string): Iterable<Match> {
    for (const scheme of SCHEMES) {
      // A digits-only scheme counts only in context: without its words anywhere, skip it.
      if (!scheme.distinctive && !scheme.context.test(text)) continue;
      for (const m of text.matchAll(scheme.pattern)) {
        if (!scheme.valid(m[0])) continue;
        const before = text.slice(Math.max(0, (m.index ?? 0) - CONTEXT_WINDOW), m.index ?? 0);
        const inContext = scheme.context.test(before);
        if (inContext) yield { type: scheme.type, value: m[0], confidence: 0.95, index: m.index ?? 0 };
        else if (scheme.distinctive) yield { type: scheme.type, value: m[0], confidence: 0.8, index: m.index ?? 0 };
      }
    }
  },
};
