// Online identifiers and identifiers that are only recognisable by the words before them:
// IP addresses, dates of birth, and passport, identity-card and driving-licence numbers.
import type { Detector, Match } from './detectors.js';

const IPV4 = /(?<![\w.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\w.])/g;
// Eight hextets, or a compressed form with "::"; at least three colons either way.
const IPV6 =
  /(?<![\w:])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})(?![\w:])/gi;
/** Words that make a dotted quad a version or section number rather than an address. */
const NOT_AN_ADDRESS = /(?:version|v|release|section|§|chapter|isbn|oid)\s*$/i;

export const ipAddressDetector: Detector = {
  type: 'ip-address',
  category: 'personal',
  *find(text: string): Iterable<Match> {
    for (const m of text.matchAll(IPV4)) {
      const before = text.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0);
      if (!NOT_AN_ADDRESS.test(before)) yield { type: 'ip-address', value: m[0], confidence: 0.8, index: m.index ?? 0 };
    }
    for (const m of text.matchAll(IPV6)) {
      if ((m[0].match(/:/g) ?? []).length >= 3) yield { type: 'ip-address', value: m[0], confidence: 0.85, index: m.index ?? 0 };
    }
  },
};

const DATE = String.raw`(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}\.?\s+\p{L}{3,10}\.?\s+(?:19|20)\d{2})`;
const BIRTH_WORDS =
  'date of birth|born on|born|dob|d\\.o\\.b\\.|geburtsdatum|geboren am|geb\\.|date de naissance|né le|née le|data di nascita|nato il|nata il|fecha de nacimiento|nacido el|nacida el|geboortedatum|geboren op|data urodzenia|urodzony|urodzona|data de nascimento|nascido em|nascida em';
const DATE_OF_BIRTH = new RegExp(`(?<![\\p{L}])(?:${BIRTH_WORDS})\\s*:?\\s*(${DATE})`, 'giu');

export const dateOfBirthDetector: Detector = {
  type: 'date-of-birth',
  category: 'personal',
  *find(text: string): Iterable<Match> {
    for (const m of text.matchAll(DATE_OF_BIRTH))
      yield { type: 'date-of-birth', value: m[1] ?? m[0], confidence: 0.9, index: m.index ?? 0 };
  },
};

const DOCUMENT_WORDS: Record<string, string> = {
  passport:
    'passport(?:\\s+(?:no|number|nr))?|reisepass(?:nummer)?|passnummer|passeport|passaporto|pasaporte|paspoort(?:nummer)?|paszport(?:u)?|passaporte',
  'identity-card':
    'identity card(?:\\s+(?:no|number))?|id card(?:\\s+(?:no|number))?|personalausweis(?:nummer)?|ausweisnummer|carte d.identité|carta d.identità|documento de identidad|identiteitskaart|id-kaart|dowód osobisty|dowodu osobistego|cartão de cidadão|bilhete de identidade',
  'driving-licence':
    'driving licen[cs]e(?:\\s+(?:no|number))?|driver.s license|führerschein(?:nummer)?|permis de conduire|patente di guida|patente|permiso de conducir|carnet de conducir|rijbewijs(?:nummer)?|prawo jazdy|prawa jazdy|carta de condução',
};
const NUMBER_WORDS = '(?:\\s*(?:no\\.?|nr\\.?|n°|n\\.|number|nummer|numéro|numero|número|numer))?';

const DOCUMENT_NUMBERS = Object.entries(DOCUMENT_WORDS).map(
  ([kind, words]) =>
    [
      kind,
      new RegExp(`(?<![\\p{L}])(?:${words})${NUMBER_WORDS}\\s*[:#]?\\s*([A-Z0-9][A-Z0-9 /-]{4,16}[A-Z0-9])`, 'giu'),
    ] as const,
);

export const identityDocumentDetector: Detector = {
  type: 'identity-document',
  category: 'personal',
  *find(text: string): Iterable<Match> {
    for (const [kind, pattern] of DOCUMENT_NUMBERS) {
      for (const m of text.matchAll(pattern)) {
        const value = (m[1] ?? '').trim();
        // A document number has digits, no lower-case words (the keywords match in any case,
        // so the pattern alone would take "photos since 2019"), and is not just a year.
        if (/\d/.test(value) && !/[a-z]/.test(value) && !/^(?:19|20)\d{2}$/.test(value))
          yield { type: `identity-document:${kind}`, value, confidence: 0.85, index: m.index ?? 0 };
      }
    }
  },
};
