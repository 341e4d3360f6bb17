// First-generation detectors: each finds one kind of identifier and validates it
// (checksums, numbering plans) so that look-alikes such as order numbers do not count.
import { isValidIBAN } from 'ibantools';
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import {
  dateOfBirthDetector,
  identityDocumentDetector,
  ipAddressDetector,
  personNameDetector,
  postalAddressDetector,
} from './context-detectors.js';
import { nationalIdDetector } from './national-ids.js';

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
  find(text: string): Iterable<Match>;
}

function* regexMatches(text: string, pattern: RegExp, type: string, accept: (value: string) => number): Iterable<Match> {
  for (const m of text.matchAll(pattern)) {
    const confidence = accept(m[0]);
    if (confidence > 0) yield { type, value: m[0], confidence, index: m.index ?? 0 };
  }
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b/g;

export const emailDetector: Detector = {
  type: 'email',
  category: 'personal',
  find: (text) => regexMatches(text, EMAIL, 'email', () => 0.95),
};

// International numbers: a + or 00, then digits with the usual separators. Cheap to scan
// for; only these candidates go to libphonenumber for validation.
const PHONE_CANDIDATE = /(?:\+|\b00)[1-9][\d\s()./-]{5,20}\d/g;

export const phoneDetector: Detector = {
  type: 'phone',
  category: 'personal',
  *find(text) {
    // Only numbers written in international form are unambiguous without knowing the
    // writer's country; national formats are the full classifier's job.
    for (const m of text.matchAll(PHONE_CANDIDATE)) {
      const candidate = m[0].startsWith('00') ? `+${m[0].slice(2)}` : m[0];
      for (const found of findPhoneNumbersInText(candidate, { extended: false })) {
        if (found.number.isValid()) {
          yield {
            type: 'phone',
            value: m[0].slice(0, found.endsAt - (candidate.length - m[0].length)),
            confidence: 0.9,
            index: m.index ?? 0,
          };
        }
      }
    }
  },
};

// Country code, check digits, then 11–30 alphanumerics, optionally grouped by spaces.
const IBAN_CANDIDATE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;

export const ibanDetector: Detector = {
  type: 'iban',
  category: 'personal',
  *find(text) {
    for (const m of text.matchAll(IBAN_CANDIDATE)) {
      const compact = m[0].replace(/ /g, '');
      // The greedy candidate may run into the next word: try the longest valid prefix.
      for (let length = compact.length; length >= 15; length--) {
        if (isValidIBAN(compact.slice(0, length))) {
          yield { type: 'iban', value: compact.slice(0, length), confidence: 0.99, index: m.index ?? 0 };
          break;
        }
      }
    }
  },
};

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
function cardIssuerKnown(digits: string): boolean {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p4 = Number(digits.slice(0, 4));
  if (digits.startsWith('4')) return n === 13 || n === 16 || n === 19; // Visa
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16; // Mastercard
  if (p2 === 34 || p2 === 37) return n === 15; // American Express
  if (digits.startsWith('6011') || digits.startsWith('65')) return n >= 16 && n <= 19; // Discover
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19; // JCB
  if (/^(5018|5020|5038|5893|6304|6759|676[1-3])/.test(digits)) return n >= 12 && n <= 19; // Maestro
  if (/^62/.test(digits)) return n >= 16 && n <= 19; // UnionPay
  return false;
}

const CARD_CANDIDATE = /\b\d(?:[ -]?\d){11,18}\b/g;

export const paymentCardDetector: Detector = {
  type: 'payment-card',
  category: 'personal',
  find: (text) =>
    regexMatches(text, CARD_CANDIDATE, 'payment-card', (raw) => {
      const digits = raw.replace(/[ -]/g, '');
      return cardIssuerKnown(digits) && luhnValid(digits) ? 0.95 : 0;
    }),
};

const SECRET_PATTERNS: ReadonlyArray<[string, RegExp]> = [
  ['aws-access-key', /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g],
  ['private-key', /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/g],
  ['password-assignment', /\b(?:password|passwd|pwd|secret|api[_-]?key)\s*[:=]\s*["']?[^\s"']{8,}/gi],
];

export const secretDetector: Detector = {
  type: 'secret',
  category: 'secret',
  *find(text) {
    for (const [type, pattern] of SECRET_PATTERNS) {
      yield* regexMatches(text, pattern, type, () => 0.9);
    }
  },
};

export const PERSONAL_DETECTORS: readonly Detector[] = [
  emailDetector,
  phoneDetector,
  ibanDetector,
  paymentCardDetector,
  nationalIdDetector,
  ipAddressDetector,
  dateOfBirthDetector,
  identityDocumentDetector,
  personNameDetector,
  postalAddressDetector,
];
