// Detectors of contact, financial and secret data. Each finds one kind of identifier and
// validates it (checksums, numbering plans) so that look-alikes such as order numbers do
// not count, and weighs the words around it: context raises or lowers its confidence.
import { isValidIBAN } from 'ibantools';
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { classifierTerms, LANGUAGE_WORDS } from './lexicons.js';
import { type DigitText, digitText, Lexicon, near, scanText, type TextScan } from './text-scan.js';

export type FindingCategory = 'personal' | 'special' | 'secret' | 'marker';

export interface Match {
  readonly type: string;
  readonly value: string;
  readonly confidence: number;
  /** Where the match starts in the text searched. */
  readonly index: number;
}

export interface Detector {
  readonly type: string;
  readonly category: FindingCategory;
  /** Finds matches in a text, or in a text already scanned. */
  find(input: string | TextScan): Iterable<Match>;
}

const LEXICON = new Lexicon(classifierTerms());

/** The one pass every detector reads from. */
export function scanFor(text: string): TextScan {
  return scanText(text, LEXICON);
}

export function defineDetector(type: string, category: FindingCategory, find: (scan: TextScan) => Iterable<Match>): Detector {
  return { type, category, find: (input) => find(typeof input === 'string' ? scanFor(input) : input) };
}

/** Characters around each digit that the numeric detectors see (an IBAN's country code, an address's street). */
const DIGIT_MARGIN = 40;
const digitTexts = new WeakMap<TextScan, DigitText>();

/** The text around the digits, shared by every numeric detector of one scan. */
export function digitsOf(scan: TextScan): DigitText {
  let d = digitTexts.get(scan);
  if (!d) {
    d = digitText(scan, DIGIT_MARGIN);
    digitTexts.set(scan, d);
  }
  return d;
}

/** Regex matches in the text around the digits, with their positions in the scanned text. */
export function* digitMatches(
  scan: TextScan,
  pattern: RegExp,
): Iterable<{ value: string; index: number; groups: RegExpMatchArray }> {
  const d = digitsOf(scan);
  if (!d.text) return;
  for (const m of d.text.matchAll(pattern)) yield { value: m[0], index: d.toSource(m.index ?? 0), groups: m };
}

/** Words before a match that raise its confidence, and words that lower it. */
export function weigh(scan: TextScan, index: number, base: number, raise?: string, lower?: string, reach = 40): number {
  if (lower && near(scan, lower, index, reach)) return Math.min(base, 0.45);
  if (raise && near(scan, raise, index, reach)) return Math.min(0.99, base + 0.1);
  return base;
}

// --- e-mail -------------------------------------------------------------------------

const EMAIL_AT = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}/;
const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
/** Words of mailboxes that belong to a function, not a person ("press", "jobs", "datenschutz", …). */
const ROLE_WORDS = new Set(
  (
    'info contact contacts kontakt contacto contatto contato kontakty support help helpdesk service services servicio ' +
    'servizio servico serwis klantenservice kundenservice sales vertrieb ventas vendite vendas verkoop sprzedaz ' +
    'press presse prensa stampa pers prasa imprensa media news newsletter marketing communication communications ' +
    'kommunikation comunicacion comunicazione comunicacao office buero bureau ufficio oficina kantoor biuro escritorio ' +
    'admin administrator administration webmaster postmaster hostmaster abuse noreply no reply donotreply do not ' +
    'mailer daemon privacy privacidad privacidade datenschutz dpo gdpr rgpd dsgvo dsb iod rodo avg legal juridique ' +
    'legale juridico compliance security billing invoice invoices rechnung rechnungen facturation factures fatture ' +
    'fatturazione facturas facturacion faturacao faktury accounts accounting buchhaltung comptabilite contabilita ' +
    'contabilidad boekhouding ksiegowosc finance finanzas hr rh rrhh personal personnel jobs job careers career karriere ' +
    'bewerbung recrutement recrutamento reclutamento empleo empleos trabajo lavora lavoro con noi carriere vacatures ' +
    'vacature werken praca kariera rekrutacja team equipe hello hallo bonjour ciao hola ola orders order bestellung ' +
    'commande ordini pedidos shop store boutique negozio tienda loja winkel sklep reception empfang accueil segreteria ' +
    'secretaria secretariaat sekretariat feedback enquiries inquiries anfragen events tickets it ops dev devops root test ' +
    'example mail general zentrale central centrale'
  ).split(' '),
);
/** Mailbox providers of private persons: an address there is a person's. */
const PERSONAL_PROVIDERS =
  /^(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|icloud|me|aol|proton|protonmail|gmx|web|t-online|freenet|orange|wanadoo|free|laposte|sfr|libero|virgilio|alice|tiscali|telefonica|ziggo|kpnmail|hetnet|wp|onet|o2|interia|sapo|portugalmail|btinternet|sky|seznam|mail)\./i;

/** How sure an address is a person's: a function's mailbox is weak evidence, "jan.kowalski@" strong. */
export function mailboxWeight(address: string): number {
  const at = address.indexOf('@');
  const tokens = address
    .slice(0, at)
    .toLowerCase()
    .split(/[._+-]+/)
    .filter(Boolean);
  if (PERSONAL_PROVIDERS.test(address.slice(at + 1))) return 0.95;
  if (tokens.some((t) => ROLE_WORDS.has(t.replace(/\d+$/, '')))) return 0.4;
  return tokens.filter((t) => /^[a-z]{2,}$/.test(t)).length >= 2 ? 0.95 : 0.75;
}

export const emailDetector = defineDetector('email', 'personal', function* (scan) {
  const { text } = scan;
  let lastEnd = -1;
  for (const at of scan.ats) {
    let start = at;
    while (start > 0 && start > at - 64 && LOCAL_CHAR.test(text[start - 1] as string)) start--;
    if (start === at || start < lastEnd) continue;
    const m = EMAIL_AT.exec(text.slice(start, at + 256));
    if (!m) continue;
    lastEnd = start + m[0].length;
    yield { type: 'email', value: m[0], confidence: mailboxWeight(m[0]), index: start };
  }
});

// --- phone --------------------------------------------------------------------------

// International numbers: a + or 00, then digits with the usual separators. Cheap to scan
// for; only these candidates go to libphonenumber for validation.
const PHONE_INTERNATIONAL = /(?:\+|\b00)[1-9][\d \u00a0()./-]{5,20}\d/g;
// National numbers only after a phone word ("Tel.: 030 1234567"), parsed for the document's countries.
const PHONE_NATIONAL = /^[\s.:#-]{0,4}(?:\([^)]{0,12}\)[\s.:]{0,3})?(\(?0[\d \u00a0()./-]{5,18}\d)/;
const COUNTRIES: Record<string, CountryCode[]> = {
  en: ['GB', 'IE', 'MT'],
  de: ['DE', 'AT', 'CH', 'LU'],
  fr: ['FR', 'BE', 'LU', 'CH'],
  it: ['IT', 'CH'],
  es: ['ES'],
  nl: ['NL', 'BE'],
  pl: ['PL'],
  pt: ['PT'],
};

/** The languages of a text by their frequent words, most likely first. */
export function languagesOf(scan: TextScan): string[] {
  return Object.keys(LANGUAGE_WORDS)
    .map((lang) => [lang, scan.byFamily.get(`language:${lang}`)?.length ?? 0] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([lang]) => lang);
}

function phoneValid(candidate: string, country?: CountryCode): number {
  const parsed = parsePhoneNumberFromString(candidate, country ? { defaultCountry: country } : undefined);
  if (!parsed?.isValid()) return 0;
  // The number as it was written: the candidate may run on into the next digits.
  return parsed.number.length;
}

export const phoneDetector = defineDetector('phone', 'personal', function* (scan) {
  const seen = new Set<number>();
  for (const m of digitMatches(scan, PHONE_INTERNATIONAL)) {
    const candidate = m.value.startsWith('00') ? `+${m.value.slice(2)}` : m.value;
    if (!phoneValid(candidate)) continue;
    seen.add(m.index);
    yield {
      type: 'phone',
      value: m.value,
      confidence: weigh(scan, m.index, 0.8, 'phone-context', 'organisation-phone'),
      index: m.index,
    };
  }
  const contexts = scan.byFamily.get('phone-context');
  if (!contexts) return;
  const countries = languagesOf(scan).flatMap((lang) => COUNTRIES[lang] ?? []);
  if (countries.length === 0) countries.push('DE', 'FR', 'IT', 'ES', 'NL', 'PL', 'PT', 'GB');
  for (const hit of contexts) {
    const m = PHONE_NATIONAL.exec(scan.text.slice(hit.end, hit.end + 48));
    const value = m?.[1];
    if (!m || !value) continue;
    const index = hit.end + m[0].length - value.length;
    if (seen.has(index) || !countries.some((c) => phoneValid(value, c))) continue;
    yield { type: 'phone', value, confidence: weigh(scan, index, 0.85, undefined, 'organisation-phone'), index };
  }
});

// --- IBAN and payment cards ---------------------------------------------------------

// Country code, check digits, then 11–30 alphanumerics, optionally grouped by spaces.
const IBAN_CANDIDATE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;

export const ibanDetector = defineDetector('iban', 'personal', function* (scan) {
  for (const m of digitMatches(scan, IBAN_CANDIDATE)) {
    const compact = m.value.replace(/ /g, '');
    // The greedy candidate may run into the next word: try the longest valid prefix.
    for (let length = compact.length; length >= 15; length--) {
      if (isValidIBAN(compact.slice(0, length))) {
        // A company's account (a legal form just before it, as on an invoice footer) is not a person's.
        const confidence = weigh(scan, m.index, 0.9, 'iban-context', 'legal-form', 160);
        yield { type: 'iban', value: compact.slice(0, length), confidence, index: m.index };
        break;
      }
    }
  }
});

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** Issuer identification ranges of the major card schemes, with their valid lengths. */
function cardIssuerKnown(digits: string, inCardContext: boolean): boolean {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p4 = Number(digits.slice(0, 4));
  // Visa: 16 or 19 digits; 13 only beside a card word (13 digits starting with 4 are mostly EAN barcodes).
  if (digits.startsWith('4')) return n === 16 || n === 19 || (n === 13 && inCardContext);
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16; // Mastercard
  if (p2 === 34 || p2 === 37) return n === 15; // American Express
  if (digits.startsWith('6011') || digits.startsWith('65')) return n >= 16 && n <= 19; // Discover
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19; // JCB
  if (/^(5018|5020|5038|5893|6304|6759|676[1-3])/.test(digits)) return n >= 12 && n <= 19; // Maestro
  if (/^62/.test(digits)) return n >= 16 && n <= 19; // UnionPay
  return false;
}

const CARD_CANDIDATE = /\b\d(?:[ -]?\d){11,18}\b/g;

export const paymentCardDetector = defineDetector('payment-card', 'personal', function* (scan) {
  for (const m of digitMatches(scan, CARD_CANDIDATE)) {
    const digits = m.value.replace(/[ -]/g, '');
    const inCardContext = near(scan, 'card-context', m.index, 60) !== undefined;
    if (cardIssuerKnown(digits, inCardContext) && luhnValid(digits))
      yield { type: 'payment-card', value: m.value, confidence: 0.95, index: m.index };
  }
});

// --- secrets ------------------------------------------------------------------------

const TOKEN_PATTERNS: ReadonlyArray<[string, RegExp]> = [
  ['aws-access-key', /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g],
  ['github-token', /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g],
  ['slack-token', /\bxox[abprs]-[A-Za-z0-9-]{10,}/g],
  ['google-api-key', /\bAIza[0-9A-Za-z_-]{35}\b/g],
  ['stripe-secret-key', /\b[rs]k_live_[0-9A-Za-z]{20,}\b/g],
];
const PRIVATE_KEY = /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/g;
const ASSIGNED = /^["']?\s*[:=]\s*["']?([^\s"'<>]{8,})/;
/** Credentials in a connection string: scheme://user:password@host. */
const URL_CREDENTIALS = /[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:([^\s@/]{3,})$/i;

export const secretDetector = defineDetector('secret', 'secret', function* (scan) {
  const { text } = scan;
  for (const [type, pattern] of TOKEN_PATTERNS) {
    for (const m of digitMatches(scan, pattern)) yield { type, value: m.value, confidence: 0.9, index: m.index };
  }
  if (text.includes('-----BEGIN')) {
    for (const m of text.matchAll(PRIVATE_KEY)) yield { type: 'private-key', value: m[0], confidence: 0.99, index: m.index ?? 0 };
  }
  for (const hit of scan.byFamily.get('secret-key') ?? []) {
    const m = ASSIGNED.exec(text.slice(hit.end, hit.end + 200));
    // A placeholder is not a secret: "password: <your password>", "${DB_PASSWORD}", "********".
    if (m?.[1] && !/^(?:\$\{|\*{4}|x{4}|\.{3}|<)/i.test(m[1]))
      yield { type: 'password-assignment', value: m[1], confidence: 0.9, index: hit.start };
  }
  for (const at of scan.ats) {
    const m = URL_CREDENTIALS.exec(text.slice(Math.max(0, at - 200), at));
    if (m) yield { type: 'credentials-in-url', value: m[1] ?? '', confidence: 0.9, index: at - (m[0].length ?? 0) };
  }
});
