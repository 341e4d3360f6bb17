// Text of the markup formats that carry no layout library worth its weight: RTF, and the
// line-based contact and calendar formats (vCard, iCalendar), whose property names become
// readable labels so that the detectors see "date of birth: 1987-09-22", not "BDAY:…".

import { TextDecoder } from 'node:util';

/** Destinations whose text is not document text: fonts, colours, styles, pictures, metadata. */
const SKIPPED_DESTINATIONS = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'listtable',
  'listoverridetable',
  'info',
  'pict',
  'object',
  'themedata',
  'colorschememapping',
  'datastore',
  'latentstyles',
  'rsidtbl',
  'generator',
  'xmlnstbl',
  'revtbl',
  'fldinst',
]);

const BREAKS: Record<string, string> = { par: '\n', line: '\n', row: '\n', sect: '\n', page: '\n', cell: '\t', tab: '\t' };
const SYMBOLS: Record<string, string> = {
  emdash: '—',
  endash: '–',
  bullet: '•',
  lquote: '‘',
  rquote: '’',
  ldblquote: '“',
  rdblquote: '”',
};

/** A code page's decoder: "\ansicpg1250" names Windows-1250; unknown pages fall back to Windows-1252. */
function decoderFor(codePage: number): TextDecoder {
  try {
    return new TextDecoder(`windows-${codePage}`);
  } catch {
    return new TextDecoder('windows-1252');
  }
}

/**
 * The text of an RTF document: paragraphs and cells as line breaks and tabs, "\'e9" through
 * the document's code page, "\u233?" as Unicode; fonts, styles, pictures and fields' codes skipped.
 */
export function rtfToText(rtf: string): string {
  let out = '';
  let decoder = decoderFor(1252);
  let pendingBytes: number[] = [];
  const flush = () => {
    if (pendingBytes.length) out += decoder.decode(new Uint8Array(pendingBytes));
    pendingBytes = [];
  };
  // Per group: whether its text is skipped, and how many characters follow a \uN as its fallback.
  const stack: { skip: boolean; uc: number }[] = [];
  let skip = false;
  let uc = 1;
  let fallback = 0;
  let i = 0;
  const n = rtf.length;
  while (i < n) {
    const c = rtf[i] as string;
    if (c === '{') {
      flush();
      stack.push({ skip, uc });
      i++;
      // "{\*\dest …}": a destination this reader may not know; skip it whole.
      if (rtf.startsWith('\\*', i)) skip = true;
      continue;
    }
    if (c === '}') {
      flush();
      const top = stack.pop();
      if (top) ({ skip, uc } = top);
      fallback = 0;
      i++;
      continue;
    }
    if (c === '\\') {
      const next = rtf[i + 1];
      if (next === "'") {
        const byte = Number.parseInt(rtf.slice(i + 2, i + 4), 16);
        i += 4;
        if (fallback > 0) fallback--;
        else if (!skip && Number.isFinite(byte)) pendingBytes.push(byte);
        continue;
      }
      if (next !== undefined && !/[a-zA-Z]/.test(next)) {
        // Control symbols: escaped braces and backslash, non-breaking space, optional hyphen.
        i += 2;
        if (skip) continue;
        flush();
        if (next === '\\' || next === '{' || next === '}') out += next;
        else if (next === '~') out += ' ';
        else if (next === '_') out += '-';
        else if (next === '\n' || next === '\r') out += '\n';
        continue;
      }
      const m = /^\\([a-zA-Z]{1,32})(-?\d{1,10})? ?/.exec(rtf.slice(i, i + 48));
      if (!m) {
        i++;
        continue;
      }
      i += m[0].length;
      const word = m[1] as string;
      const param = m[2] === undefined ? undefined : Number(m[2]);
      if (SKIPPED_DESTINATIONS.has(word)) {
        skip = true;
        continue;
      }
      if (word === 'ansicpg' && param !== undefined) {
        flush();
        decoder = decoderFor(param);
        continue;
      }
      if (word === 'uc' && param !== undefined) {
        uc = param;
        continue;
      }
      if (skip) continue;
      if (word === 'u' && param !== undefined) {
        flush();
        out += String.fromCharCode(param < 0 ? param + 65536 : param);
        fallback = uc;
        continue;
      }
      const text = BREAKS[word] ?? SYMBOLS[word];
      if (text) {
        flush();
        out += text;
      }
      continue;
    }
    i++;
    if (c === '\r' || c === '\n') continue;
    if (fallback > 0) {
      fallback--;
      continue;
    }
    if (!skip) {
      flush();
      out += c;
    }
  }
  flush();
  return out;
}

/** Readable labels for the properties of contacts (vCard) and events (iCalendar). */
const LABELS: Record<string, string> = {
  FN: 'name',
  N: 'name',
  NICKNAME: 'nickname',
  BDAY: 'date of birth',
  ANNIVERSARY: 'anniversary',
  GENDER: 'gender',
  TEL: 'phone',
  EMAIL: 'email',
  ADR: 'address',
  ORG: 'organisation',
  TITLE: 'job title',
  ROLE: 'role',
  NOTE: 'note',
  URL: 'url',
  IMPP: 'chat',
  SUMMARY: 'subject',
  DESCRIPTION: 'description',
  LOCATION: 'location',
  ATTENDEE: 'attendee',
  ORGANIZER: 'organiser',
  CONTACT: 'contact',
  COMMENT: 'comment',
  CATEGORIES: 'categories',
};

/** Properties that say nothing about content: structure, versions, identifiers, timestamps. */
const STRUCTURAL = /^(?:BEGIN|END|VERSION|PRODID|UID|REV|DTSTAMP|SEQUENCE|CALSCALE|METHOD|X-[A-Z0-9-]+|PHOTO|LOGO|SOUND|KEY)$/;

/** "\n", "\,", "\;" and "\\" as written in vCard and iCalendar values. */
const unescapeValue = (value: string) => value.replace(/\\([nN,;\\])/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? ' ' : ch));

function quotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(value.charCodeAt(i) & 0xff);
  }
  try {
    return new TextDecoder(charset).decode(new Uint8Array(bytes));
  } catch {
    return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
  }
}

/**
 * vCard (2.1, 3.0, 4.0) and iCalendar as "label: value" lines: folded lines joined, quoted-printable
 * decoded, structured names and addresses written out ("Whitcombe;Harriet;;;" → "Harriet Whitcombe"),
 * attendees with their common names. Binary properties (photos, keys) are left out.
 */
export function contactLinesToText(text: string): string {
  // Unfold: a line starting with a space or tab continues the previous one; vCard 2.1's
  // quoted-printable values continue after a line ending in "=".
  const lines: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const last = lines.length - 1;
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && last >= 0) lines[last] += raw.slice(1);
    else if (last >= 0 && (lines[last] as string).endsWith('=') && /QUOTED-PRINTABLE/i.test(lines[last] as string))
      lines[last] = (lines[last] as string).slice(0, -1) + raw;
    else lines.push(raw);
  }
  const out: string[] = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const [rawName = '', ...params] = line.slice(0, colon).split(';');
    // Grouped properties: "item1.EMAIL".
    const name = rawName.slice(rawName.lastIndexOf('.') + 1).toUpperCase();
    if (STRUCTURAL.test(name)) continue;
    let value = line.slice(colon + 1);
    const param = (key: string) =>
      params
        .find((p) => p.toUpperCase().startsWith(`${key}=`))
        ?.slice(key.length + 1)
        .replace(/^"|"$/g, '');
    if (params.some((p) => /QUOTED-PRINTABLE/i.test(p))) value = quotedPrintable(value, param('CHARSET') ?? 'utf-8');
    if (name === 'N') {
      // Family; given; additional; prefixes; suffixes.
      const [family = '', given = '', additional = '', prefix = '', suffix = ''] = value.split(';').map(unescapeValue);
      value = [prefix, given, additional, family, suffix].filter(Boolean).join(' ');
    } else if (name === 'ADR') {
      // P.O. box; extended; street; locality; region; postcode; country. Written as an address is, the postcode before
      // the town ("Lindengracht 112, 1015 KM Amsterdam"), so that it reads as one.
      const [box = '', extended = '', street = '', locality = '', region = '', postcode = '', country = ''] = value
        .split(';')
        .map(unescapeValue);
      value = [box, street, extended, [postcode, locality].filter(Boolean).join(' '), region, country].filter(Boolean).join(', ');
    } else if (name === 'ATTENDEE' || name === 'ORGANIZER') {
      const commonName = param('CN');
      const address = value.replace(/^mailto:/i, '');
      value = commonName ? `${commonName} <${address}>` : address;
    } else value = unescapeValue(value.replace(/^(?:tel|mailto):/i, ''));
    if (!value.trim()) continue;
    out.push(`${LABELS[name] ?? name.toLowerCase()}: ${value.trim()}`);
  }
  return out.join('\n');
}

// --- HL7 version 2 ------------------------------------------------------------------

/**
 * The fields of HL7 v2 segments that hold a person's data, by segment and field number, with
 * the label they are read under, and how their components join: a name's family and given
 * names ("SCHNEIDER^KLAUS" → "KLAUS SCHNEIDER"), an address's parts, a code and its text.
 */
type Hl7Field = readonly [label: string, kind: 'name' | 'address' | 'date' | 'id' | 'coded' | 'text'];
const HL7_FIELDS: Readonly<Record<string, Readonly<Record<number, Hl7Field>>>> = {
  PID: {
    3: ['patient id', 'id'],
    5: ['patient name', 'name'],
    6: ["mother's maiden name", 'name'],
    7: ['date of birth', 'date'],
    11: ['address', 'address'],
    13: ['phone', 'text'],
    14: ['phone', 'text'],
    17: ['religion', 'coded'],
    19: ['social security number', 'text'],
    22: ['ethnic group', 'coded'],
  },
  NK1: { 2: ['next of kin name', 'name'], 3: ['relationship', 'coded'], 4: ['address', 'address'], 5: ['phone', 'text'] },
  PV1: { 7: ['attending doctor', 'name'], 8: ['referring doctor', 'name'], 17: ['admitting doctor', 'name'] },
  DG1: { 3: ['diagnosis', 'coded'], 4: ['diagnosis', 'text'] },
  AL1: { 3: ['allergy', 'coded'] },
  PR1: { 3: ['procedure', 'coded'] },
  OBX: { 3: ['observation', 'coded'], 5: ['result', 'coded'] },
  GT1: { 3: ['guarantor name', 'name'], 5: ['address', 'address'], 6: ['phone', 'text'] },
  IN1: { 16: ['name of insured', 'name'], 19: ['address', 'address'] },
};

/** Whether a text is an HL7 v2 message: it starts with its header segment ("MSH|^~\&|"). */
export const isHl7 = (text: string): boolean => /^\uFEFF?\s*(?:FHS|BHS|MSH)[|^~\\&]{5}/.test(text);

/**
 * An HL7 v2 message as lines of labels and values ("patient name: KLAUS SCHNEIDER",
 * "date of birth: 1956-04-23", "diagnosis: I21.4 Akuter … Myokardinfarkt"); other segments'
 * fields as text. A file named .hl7 without a header segment is read as plain text.
 */
export function hl7ToText(text: string): string {
  const start = text.search(/(?:FHS|BHS|MSH)/);
  // No header segment, so no separators to read it by: the text as it stands, not nothing.
  if (start < 0) return text;
  const field = text[start + 3] ?? '|';
  const [component = '^', repetition = '~', escapeChar = '\\', sub = '&'] = [...text.slice(start + 4, start + 8)];
  // Escapes of the separators ("\T\" for "&"); any other escape sequence is left out.
  const escapes: Record<string, string> = { F: field, S: component, R: repetition, E: escapeChar, T: sub };
  const decoded = (value: string) =>
    value
      .split(escapeChar)
      .map((part, i) => (i % 2 === 1 ? (escapes[part] ?? '') : part))
      .join('');
  const parts = (value: string) => value.split(component).map((c) => decoded(c.split(sub).join(' ')).trim());
  const out: string[] = [];
  for (const segment of text.slice(start).split(/\r\n|\r|\n/)) {
    const fields = segment.split(field);
    const type = (fields[0] ?? '').trim();
    if (!/^[A-Z][A-Z0-9]{2}$/.test(type)) continue;
    const known = HL7_FIELDS[type] ?? {};
    // MSH's first field is the separator itself: its fields count from one further on.
    const offset = type === 'MSH' ? 1 : 0;
    const free: string[] = [];
    fields.forEach((raw, i) => {
      if (i === 0 || !raw.trim() || (type === 'MSH' && i === 1)) return;
      const spec = known[i + offset];
      for (const value of raw.split(repetition)) {
        const c = parts(value);
        if (!spec) {
          free.push(c.filter(Boolean).join(' '));
          continue;
        }
        const [label, kind] = spec;
        let read: string;
        if (kind === 'name') {
          // XPN: family^given^middle^suffix^prefix^degree; XCN (a doctor) starts with an id.
          const [family = '', given = '', middle = '', suffix = '', prefix = ''] = type === 'PV1' ? c.slice(1) : c;
          read = [prefix, given, middle, family, suffix].filter(Boolean).join(' ');
        } else if (kind === 'address') {
          const [street = '', other = '', city = '', state = '', zip = '', country = ''] = c;
          read = [street, other, [zip, city].filter(Boolean).join(' '), state, country].filter(Boolean).join(', ');
        } else if (kind === 'date') {
          const m = /^(\d{4})(\d{2})(\d{2})/.exec(c[0] ?? '');
          read = m ? `${m[1]}-${m[2]}-${m[3]}` : (c[0] ?? '');
        } else if (kind === 'id') read = c[0] ?? '';
        else read = c.filter(Boolean).join(' ');
        if (read) out.push(`${label}: ${read}`);
      }
    });
    const rest = free.filter(Boolean).join(' ');
    if (rest) out.push(`${type}: ${rest}`);
  }
  return out.join('\n');
}
