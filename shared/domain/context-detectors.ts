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

/** Keys that always mean a person's name, in the EU languages, in any case or separator style. */
const PERSON_NAME_KEYS =
  'first[_ ]?name|last[_ ]?name|full[_ ]?name|given[_ ]?name|family[_ ]?name|sur[_ ]?name|forename|vorname|nachname|familienname|prénom|prenom|nom de famille|nome completo|cognome|apellidos?|voornaam|achternaam|imię|imie|nazwisko|sobrenome|apelido';
/** A generic "name" counts only under a parent that is a person. */
const PERSON_PARENTS =
  'customer|client|employee|patient|person|contact|user|member|applicant|tenant|student|passenger|cliente|kunde|mitarbeiter|patientin|klant|klient|pracownik|paciente|dipendente|salarié|empleado|funcionário';
// Words of a name on one line: spaces and tabs only, never a line break.
const NAME_VALUE = String.raw`\p{Lu}[\p{Ll}'’-]+(?:[ \t]+(?:(?:de|van|der|den|von|da|di|del|dos|la|le)[ \t]+)*\p{Lu}[\p{Ll}'’-]+){0,3}`;

// "firstName: Jane", "Nachname: Weber", "customer.name: Jane Roe" (JSON paths as the extractor writes them).
const NAME_FIELD = new RegExp(
  `(?:^|[\\n\\s.\\]])(?:(?:${PERSON_NAME_KEYS})|(?:(?:${PERSON_PARENTS})s?(?:\\[\\d+\\])?[._ ]?name))[ \\t]*[:=][ \\t]*(${NAME_VALUE})`,
  'giu',
);
// "Name: Jane Roe" with a generic key: two to four capitalised words, not an organisation.
const GENERIC_NAME_FIELD = new RegExp(`(?:^|\\n)\\s*(?:name|nom|nome|nombre|naam)[ \\t]*:[ \\t]*(${NAME_VALUE})[ \\t]*$`, 'gimu');
const ORGANISATION_WORDS =
  /\b(?:library|branch|office|school|university|hospital|bank|city|council|gmbh|ag|ltd|limited|inc|llc|sa|sas|spa|s\.p\.a\.|bv|nv|oy|ab|kg|centre|center|museum|foundation|stiftung|verein|association)\b/iu;

const CSV_PERSON_COLUMN = new RegExp(`^(?:${PERSON_NAME_KEYS}|name|nom|nome|nombre|naam)$`, 'iu');
const CSV_PERSONAL_COLUMN =
  /^(?:e-?mail|mail|phone|telephone|tel|mobile|handy|telefon|telefono|teléfono|telefoon|birth|dob|date_of_birth|geburtsdatum|iban)$/iu;
const NAME_CELL = new RegExp(`^${NAME_VALUE}$`, 'u');

function* csvNames(text: string): Iterable<Match> {
  const lines = text.split('\n');
  const headerAt = lines.findIndex((l) => l.trim() !== '' && !l.startsWith('#'));
  const header = lines[headerAt];
  if (headerAt < 0 || !header) return;
  const delimiter = [',', ';', '\t'].find((d) => header.includes(d));
  if (!delimiter) return;
  const columns = header.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, ''));
  const nameColumns = columns.map((c, i) => (CSV_PERSON_COLUMN.test(c) ? i : -1)).filter((i) => i >= 0);
  const specific = columns.some((c) => CSV_PERSON_COLUMN.test(c) && !/^(?:name|nom|nome|nombre|naam)$/i.test(c));
  if (nameColumns.length === 0 || !(specific || columns.some((c) => CSV_PERSONAL_COLUMN.test(c)))) return;
  let offset = lines.slice(0, headerAt + 1).reduce((n, l) => n + l.length + 1, 0);
  for (const line of lines.slice(headerAt + 1)) {
    const cells = line.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, ''));
    for (const i of nameColumns) {
      const cell = cells[i] ?? '';
      if (NAME_CELL.test(cell)) yield { type: 'person-name', value: cell, confidence: 0.8, index: offset };
    }
    offset += line.length + 1;
  }
}

export const personNameDetector: Detector = {
  type: 'person-name',
  category: 'personal',
  *find(text: string): Iterable<Match> {
    for (const m of text.matchAll(NAME_FIELD))
      yield { type: 'person-name', value: m[1] ?? '', confidence: 0.85, index: m.index ?? 0 };
    for (const m of text.matchAll(GENERIC_NAME_FIELD)) {
      const value = m[1] ?? '';
      if (value.split(/\s+/).length >= 2 && !ORGANISATION_WORDS.test(value))
        yield { type: 'person-name', value, confidence: 0.75, index: m.index ?? 0 };
    }
    yield* csvNames(text);
  },
};

// Street and postcode patterns per country. An address alone is weak evidence (companies
// have addresses): it makes a document personal only when a person is otherwise in view.
const STREET_WORDS =
  'straße|strasse|str\\.|weg|gasse|platz|allee|rue|avenue|boulevard|bd|chemin|place|via|viale|piazza|corso|calle|c/|avenida|avda\\.|plaza|paseo|straat|laan|plein|gracht|ul\\.|ulica|al\\.|aleja|rua|travessa|largo|road|street|lane|avenue';
const POSTCODE = String.raw`(?:\b\d{5}\b|\b\d{4}\s?[A-Z]{2}\b|\b\d{2}-\d{3}\b|\b\d{4}-\d{3}\b|\b(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b|\b\d{4}\b)`;
const ADDRESS = new RegExp(
  String.raw`(?:\p{L}[\p{L}.'-]*\s?(?:${STREET_WORDS})\s+\d{1,4}[a-z]?|\d{1,4}[a-z]?,?\s+(?:${STREET_WORDS})\s+\p{L}[\p{L} '-]{2,30}|(?:${STREET_WORDS})\s+\p{Lu}[\p{L} '-]{2,30}\s\d{1,4}[a-z]?)[,\s]+${POSTCODE}[ \t]+\p{Lu}\p{L}+`,
  'giu',
);

export const postalAddressDetector: Detector = {
  type: 'postal-address',
  category: 'personal',
  *find(text: string): Iterable<Match> {
    for (const m of text.matchAll(ADDRESS)) yield { type: 'postal-address', value: m[0], confidence: 0.5, index: m.index ?? 0 };
  },
};
