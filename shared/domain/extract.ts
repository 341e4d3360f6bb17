// Turns stored bytes into text for the detectors, per format; anything it cannot read
// is reported as such so that routing can fail closed.

// The parsers of the binary and structured formats are imported the first time a document
// needs one: a text file (and a cold start) does not pay for PDF, Word or e-mail libraries.
import { decodeHTMLStrict } from 'entities';
import { contactLinesToText, hl7ToText, isHl7, rtfToText } from './extract-markup.js';
import type { OfficeFormat } from './extract-office.js';

export type TextFormat =
  | 'txt'
  | 'md'
  | 'csv'
  | 'tsv'
  | 'json'
  | 'html'
  | 'xml'
  | 'yaml'
  | 'vcard'
  | 'ics'
  | 'rtf'
  | 'hl7'
  | 'pdf'
  | 'docx'
  | OfficeFormat
  | 'eml';

/**
 * The text of a document, or why there is none. `incomplete` says what part could not be
 * read (an e-mail's image attachment): the text is classified, and the document still counts
 * as not fully read.
 */
export type Extraction =
  | { readonly ok: true; readonly format: TextFormat; readonly text: string; readonly incomplete?: string }
  | { readonly ok: false; readonly reason: 'unsupported-format' | 'extraction-failed'; readonly detail: string };

const BY_EXTENSION: Record<string, TextFormat> = {
  txt: 'txt',
  text: 'txt',
  log: 'txt',
  ini: 'txt',
  cfg: 'txt',
  conf: 'txt',
  env: 'txt',
  properties: 'txt',
  toml: 'txt',
  sql: 'txt',
  srt: 'txt',
  vtt: 'txt',
  tex: 'txt',
  rst: 'txt',
  adoc: 'txt',
  md: 'md',
  markdown: 'md',
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  json: 'json',
  jsonl: 'json',
  ndjson: 'json',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  xml: 'xml',
  yaml: 'yaml',
  yml: 'yaml',
  vcf: 'vcard',
  vcard: 'vcard',
  ics: 'ics',
  ical: 'ics',
  rtf: 'rtf',
  hl7: 'hl7',
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  pptx: 'pptx',
  odt: 'odt',
  ods: 'ods',
  odp: 'odp',
  eml: 'eml',
};

const BY_CONTENT_TYPE: Record<string, TextFormat> = {
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/csv': 'csv',
  'text/tab-separated-values': 'tsv',
  'application/json': 'json',
  'application/x-ndjson': 'json',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/xml': 'xml',
  'text/xml': 'xml',
  'application/yaml': 'yaml',
  'application/x-yaml': 'yaml',
  'text/yaml': 'yaml',
  'text/vcard': 'vcard',
  'text/x-vcard': 'vcard',
  'text/calendar': 'ics',
  'x-application/hl7-v2+er7': 'hl7',
  'application/hl7-v2': 'hl7',
  'application/rtf': 'rtf',
  'text/rtf': 'rtf',
  'application/pdf': 'pdf',
  'message/rfc822': 'eml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
};

/**
 * Formats known to be binary that this extractor does not read (images, archives, audio,
 * video, the pre-2007 Office formats, Outlook items): never sniffed as text.
 */
const KNOWN_BINARY = new Set(
  (
    'zip gz tgz bz2 xz 7z rar tar jar jpg jpeg png gif bmp tif tiff heic heif webp ico psd mp3 wav m4a ogg flac mp4 mov ' +
    'avi mkv webm exe dll so bin iso dmg doc xls ppt msg pst ost odg p12 pfx der sqlite db'
  ).split(' '),
);

/** Fewer characters per page than this means pages without a text layer (scans): not fully read. */
const MIN_CHARS_PER_PAGE = 20;

/** How deep attached e-mails are opened (an e-mail forwarded as an attachment of another). */
const MAX_ATTACHMENT_DEPTH = 3;

/**
 * An e-mail as "Header: value" lines, its text body (HTML parts as text) and the text of each
 * attachment this extractor reads. Images embedded in the HTML body (logos, signatures) are
 * decoration; any other attachment it cannot read leaves the e-mail not fully read.
 */
async function emailText(bytes: Uint8Array, depth: number): Promise<Extraction> {
  const { simpleParser } = await import('mailparser');
  let mail: Awaited<ReturnType<typeof simpleParser>>;
  try {
    mail = await simpleParser(Buffer.from(bytes));
  } catch {
    return { ok: false, reason: 'extraction-failed', detail: 'unreadable eml file' };
  }
  const headers = (['from', 'to', 'cc', 'replyTo'] as const)
    .map((h) => [h, mail[h]] as const)
    .filter(([, v]) => v)
    .map(([h, v]) => `${h}: ${(Array.isArray(v) ? v : [v]).map((a) => a?.text ?? '').join(', ')}`);
  const body = mail.text ?? (typeof mail.html === 'string' ? htmlToText(mail.html) : '');
  const parts = [...headers, `subject: ${mail.subject ?? ''}`, '', body];
  const unread: string[] = [];
  for (const attachment of mail.attachments) {
    if (attachment.related && attachment.contentType.startsWith('image/')) continue;
    // File names can name people: reasons and records carry only the content type.
    const inner =
      depth < MAX_ATTACHMENT_DEPTH
        ? await extractAt(attachment.content, attachment.filename ?? '', attachment.contentType, depth + 1)
        : undefined;
    if (inner?.ok) {
      parts.push('', inner.text);
      if (inner.incomplete) unread.push(inner.incomplete);
    } else unread.push(`an attachment of type ${attachment.contentType} not read`);
  }
  const text = parts.join('\n');
  return unread.length > 0 ? { ok: true, format: 'eml', text, incomplete: unread.join('; ') } : { ok: true, format: 'eml', text };
}

/** A run of text on a PDF page as PDF.js gives it: its string, where it starts (transform[4], [5]), its width and height. */
interface PdfTextItem {
  readonly str?: string;
  readonly transform?: readonly number[];
  readonly width?: number;
  readonly height?: number;
}

/**
 * A PDF page's text in its lines, as it is laid out: runs on one baseline make a line, left
 * to right; a wide gap between two runs (a form's label and its value, a table's columns, a
 * letterhead's two sides) becomes a tab; a gap of more than a line's height between lines a
 * blank line. (unpdf's own extractText collapses all whitespace to one space when it merges
 * pages, and starts no line where a generator positions each run on its own.)
 */
export function pdfPageText(items: readonly PdfTextItem[]): string {
  const runs = items
    // PDF.js fills a gap with a run of one space as wide as the gap: the gap itself tells.
    .filter((item) => item.str !== undefined && item.str.trim() !== '' && item.transform)
    .map((item) => {
      const t = item.transform as readonly number[];
      const size = Math.abs(item.height || t[3] || t[0] || 10);
      return { str: item.str as string, x: t[4] ?? 0, y: t[5] ?? 0, width: item.width ?? 0, size };
    });
  // Top to bottom, then left to right; runs within half a line's height share a baseline.
  runs.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Array<{ y: number; size: number; runs: typeof runs }> = [];
  for (const run of runs) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - run.y) <= Math.max(line.size, run.size) * 0.5) line.runs.push(run);
    else lines.push({ y: run.y, size: run.size, runs: [run] });
  }
  const out: string[] = [];
  let previous: (typeof lines)[number] | undefined;
  for (const line of lines) {
    line.runs.sort((a, b) => a.x - b.x);
    if (previous && previous.y - line.y > Math.max(previous.size, line.size) * 2.2) out.push('');
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const run of line.runs) {
      const gap = run.x - end;
      if (text && gap > run.size * 2) text = `${text.trimEnd()}\t`;
      else if (text && gap > run.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(run.str)) text += ' ';
      text += run.str;
      end = run.x + run.width;
    }
    out.push(text.trimEnd());
    previous = line;
  }
  return out.join('\n');
}

/** A PDF annotation as PDF.js gives it; a filled-in form field (an AcroForm widget) has a name, a value and a place. */
export interface PdfWidget {
  readonly subtype?: string;
  readonly fieldType?: string;
  readonly fieldName?: string;
  readonly fieldValue?: unknown;
  readonly rect?: readonly number[];
  readonly checkBox?: boolean;
  readonly radioButton?: boolean;
  readonly buttonValue?: unknown;
}

/** Field names that say nothing ("Text1", "Textfeld 3", "Campo_12"): the value stands alone. */
const GENERIC_FIELD = /^(?:text|textfeld|textfield|field|feld|champ|campo|veld|pole|fill|untitled|undefined)?[\s_-]*\d*$/i;

/**
 * The values of a page's filled-in form fields as runs of text where the fields sit, so that each value
 * reads on its printed label's line ("Nachname:<tab>Kowalczyk"), a ticked box as "☒" before its label.
 * A value with no printed label on its line takes the field's own name ("vorname: Agnieszka" from
 * "form1[0].seite1[0].vorname[0]"). Viewers draw these values; the page's text holds none of them, so a
 * filled-in form read without them is a blank one.
 */
export function widgetRuns(widgets: readonly PdfWidget[], items: readonly PdfTextItem[]): PdfTextItem[] {
  const runs: PdfTextItem[] = [];
  for (const w of widgets) {
    if (w.subtype !== 'Widget' || !w.rect || w.rect.length < 4) continue;
    let value: string | undefined;
    if (w.fieldType === 'Tx' && typeof w.fieldValue === 'string') value = w.fieldValue.trim();
    else if (w.fieldType === 'Ch')
      value = (Array.isArray(w.fieldValue) ? w.fieldValue : [w.fieldValue]).filter((v) => typeof v === 'string').join(', ');
    else if (w.fieldType === 'Btn' && w.checkBox) value = w.fieldValue && w.fieldValue !== 'Off' ? '☒' : undefined;
    else if (w.fieldType === 'Btn' && w.radioButton) value = w.fieldValue === w.buttonValue ? '☒' : undefined;
    if (!value) continue;
    const [x1, y1, x2, y2] = w.rect as [number, number, number, number];
    const size = Math.min(12, Math.max(6, (y2 - y1) * 0.7));
    const y = y1 + (y2 - y1 - size) / 2;
    // A text field's label stands to its left; a check box's on either side.
    const box = value === '☒';
    const labelled = items.some((item) => {
      const t = item.transform;
      return t !== undefined && item.str?.trim() && (box || (t[4] ?? 0) < x1) && Math.abs((t[5] ?? 0) - y) <= size * 0.6;
    });
    const name =
      (w.fieldName ?? '')
        .split('.')
        .pop()
        ?.replace(/\[\d+\]/g, '')
        .replace(/_/g, ' ')
        .trim() ?? '';
    const str = labelled || GENERIC_FIELD.test(name) ? value : `${name}: ${value}`;
    runs.push({
      str,
      transform: [size, 0, 0, size, x1 + 1, y],
      width: Math.min(x2 - x1, str.length * size * 0.55),
      height: size,
    });
  }
  return runs;
}

/** Formats read by a parser from their bytes rather than decoded as text. */
type BinaryFormat = 'pdf' | 'docx' | OfficeFormat;
const BINARY_FORMATS: ReadonlySet<string> = new Set<BinaryFormat>(['pdf', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp']);
const isBinaryFormat = (format: TextFormat): format is BinaryFormat => BINARY_FORMATS.has(format);

async function binaryText(format: BinaryFormat, bytes: Uint8Array): Promise<Extraction> {
  try {
    if (format === 'pdf') {
      const { getDocumentProxy } = await import('unpdf');
      // pdf.js prints its warnings on a broken file ("Warning: Indexing all PDF objects") with console.log: in a
      // Lambda, unstructured lines among the structured logs. Errors only; a file it cannot read fails closed below.
      const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
      const totalPages = pdf.numPages;
      const pages: string[] = [];
      for (let n = 1; n <= totalPages; n++) {
        const page = await pdf.getPage(n);
        const items = (await page.getTextContent()).items as PdfTextItem[];
        // A filled-in form's values are its fields', not the page's text.
        const widgets = (await page.getAnnotations().catch(() => [])) as PdfWidget[];
        pages.push(pdfPageText([...items, ...widgetRuns(widgets, items)]));
      }
      const text = pages.join('\n\n');
      if (text.replace(/\s+/g, '').length < totalPages * MIN_CHARS_PER_PAGE) {
        return {
          ok: false,
          reason: 'extraction-failed',
          detail: `pdf without a text layer on some of its ${totalPages} pages (scanned?)`,
        };
      }
      return { ok: true, format, text };
    }
    if (format === 'docx') {
      const [{ default: mammoth }, { docxHeadersFooters }] = await Promise.all([
        import('mammoth'),
        import('./extract-office.js'),
      ]);
      // A letterhead's or a footer's names and numbers are the document's too; reading them first also refuses a
      // file that unpacks too large before mammoth unpacks it whole.
      const { headers, footers } = docxHeadersFooters(bytes);
      // As HTML, so that a table's rows come out as tab-separated lines under their header
      // (raw text gives every cell a paragraph of its own); images are not read.
      const { value } = await mammoth.convertToHtml(
        { buffer: Buffer.from(bytes) },
        { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
      );
      // Word's paragraphs are its lines (a letterhead's, an address's): one line each, as written.
      const body = htmlToText(cellParagraphsJoined(value), false);
      return { ok: true, format, text: [headers, body, footers].filter(Boolean).join('\n\n') };
    }
    const { officeText } = await import('./extract-office.js');
    return { ok: true, format, text: officeText(format, bytes) };
  } catch (error) {
    if ((error as Error).name === 'OfficeTooLarge') {
      return { ok: false, reason: 'extraction-failed', detail: `${format} file that unpacks to more than the reader allows` };
    }
    // Parser messages can quote document content: keep only the fact.
    return { ok: false, reason: 'extraction-failed', detail: `unreadable ${format} file` };
  }
}

/** The lower-case extension of a key's file name ("pdf"), undefined when it has none. */
export function extensionOf(key: string): string | undefined {
  const name = key.slice(key.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : undefined;
}

/** The format from the key's extension, else from the content type; undefined when unknown. */
export function detectFormat(key: string, contentType?: string): TextFormat | undefined {
  const ext = extensionOf(key);
  const byExt = ext ? BY_EXTENSION[ext] : undefined;
  if (byExt) return byExt;
  const mime = contentType?.split(';')[0]?.trim().toLowerCase();
  return mime ? BY_CONTENT_TYPE[mime] : undefined;
}

/** UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252/Latin-1; undefined for binary data. */
export function decodeText(bytes: Uint8Array): string | undefined {
  const encoding = detectEncoding(bytes);
  // The decoder drops a byte-order mark itself.
  return encoding ? repairMojibake(new TextDecoder(encoding).decode(bytes)) : undefined;
}

/**
 * repairMojibake over a text read in pieces: the last two characters of each piece wait for the next, so that no
 * sequence (three characters at most) is cut.
 */
export async function* repairedPieces(pieces: AsyncIterable<string>): AsyncIterable<string> {
  let carry = '';
  for await (const piece of pieces) {
    const text = carry + piece;
    // Wait with the last two characters, and with a sequence's first character among the two before them.
    let cut = Math.max(0, text.length - 2);
    for (let i = cut - 1; i >= cut - 2 && i >= 0; i--) if (LEAD.test(text[i] as string)) cut = i;
    carry = text.slice(cut);
    yield repairMojibake(text.slice(0, cut));
  }
  if (carry) yield repairMojibake(carry);
}

/** The first character of a UTF-8 sequence read as Latin-1. */
const LEAD = /[\u00C2-\u00EF]/;
/** Windows-1252's characters for the bytes 0x80–0x9F, which Latin-1 leaves to control characters. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
/** A UTF-8 character's bytes read one by one as Latin-1 or Windows-1252 ("MÃ¼ller", "Ã–mer"). */
const CONTINUATION = `[\\u0080-\\u00BF${CP1252_HIGH}]`;
const MOJIBAKE = new RegExp(`[\\u00C2-\\u00DF]${CONTINUATION}|[\\u00E0-\\u00EF]${CONTINUATION}{2}`, 'g');

/**
 * Text whose UTF-8 was decoded once too often ("JÃ¼rgen MÃ¼ller", as exports re-encoded by another tool write it) has
 * its characters back ("Jürgen Müller"): each pair or triple that is a valid UTF-8 character once read as bytes.
 */
export function repairMojibake(text: string): string {
  if (!LEAD.test(text)) return text;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return text.replace(MOJIBAKE, (seq) => {
    const bytes = Uint8Array.from(
      [...seq].map((ch) => {
        const code = ch.charCodeAt(0);
        const high = CP1252_HIGH.indexOf(ch);
        return code <= 0xff ? code : high >= 0 ? 0x80 + high : 0;
      }),
    );
    try {
      return decoder.decode(bytes);
    } catch {
      return seq;
    }
  });
}

export type TextEncoding = 'utf-16le' | 'utf-16be' | 'utf-8' | 'windows-1252';

/**
 * UTF-16 by its byte-order mark, or without one where its bytes show it, else UTF-8 when the bytes are valid UTF-8, else
 * Windows-1252; undefined for binary data. `partial` when the bytes are the start of a
 * longer file, whose last character may be cut at the end.
 */
export function detectEncoding(bytes: Uint8Array, partial = false): TextEncoding | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.includes(0)) return utf16WithoutBom(bytes);
  try {
    // A partial chunk may end inside a character: streaming decode accepts that, and only that.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: partial });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** How many bytes the test for UTF-16 without a byte-order mark reads. */
const UTF16_SAMPLE = 4096;

/**
 * UTF-16 written without a byte-order mark, as some Windows tools and exports write it: in text of the Latin scripts
 * every other byte is zero (the high byte of each character, the second in little-endian order, the first in
 * big-endian), and the other bytes almost never are. Read so only where the sample then decodes as text, with no more
 * control characters than text has and its words apart: anything else is binary data, which is not read and so fails
 * closed.
 */
function utf16WithoutBom(bytes: Uint8Array): TextEncoding | undefined {
  const n = Math.min(bytes.length, UTF16_SAMPLE) & ~1;
  if (n < 8) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = n / 2;
  const encoding: TextEncoding | undefined =
    oddZeros >= units / 2 && evenZeros <= units / 100
      ? 'utf-16le'
      : evenZeros >= units / 2 && oddZeros <= units / 100
        ? 'utf-16be'
        : undefined;
  if (!encoding) return undefined;
  try {
    const sample = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
    return looksLikeText(sample) && separated(sample) ? encoding : undefined;
  } catch {
    return undefined;
  }
}

/** Words apart: spaces, line ends, tabs, commas or semicolons, as text has and numbers read as characters do not. */
function separated(text: string): boolean {
  let separators = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 44 || c === 59) separators++;
  }
  return separators >= text.length * 0.03;
}

/** Marks a table cell's end while tags are stripped: cells become tab-separated, as in a TSV file. */
const CELL_END = '\uE000';

/**
 * Paragraphs and line breaks inside a table cell as spaces, so that a Word table's row stays one
 * line ("Name<tab>Anna Schmidt") when its cells hold several paragraphs.
 */
function cellParagraphsJoined(html: string): string {
  let depth = 0;
  return html.replace(/<(\/?)(t[dh]|p|br)\b[^>]*>/gi, (tag, close: string, name: string) => {
    const element = name.toLowerCase();
    if (element !== 'p' && element !== 'br') {
      depth = Math.max(0, depth + (close ? -1 : 1));
      return tag;
    }
    if (depth === 0) return tag;
    return close || element === 'br' ? ' ' : '';
  });
}

/** Structured data a page carries about itself ("author": {"@type": "Person", "name": …}), read as JSON is. */
const JSON_LD = /<script\b[^>]*type=["']application\/ld\+json["'][^>]*>([\s\S]*?)<\/script\s*>/gi;
/**
 * Elements whose class or microdata names whom they hold (`<span class="author">`, `itemprop="reviewer"`):
 * their text is read after that field's name, as a form's would be.
 */
const PERSON_ELEMENT =
  /<[a-z][a-z0-9]*\b[^>]*\b(?:class|itemprop)=["'][^"']*?\b(author|username|user-name|byline|reviewer|commenter|poster|nickname)\b[^"']*["'][^>]*>([^<]{1,80})/gi;

function structuredData(json: string): string {
  try {
    // Its own keywords ("@context", "@type") are no one's handle; its lines stay lines ("<br>" survives the spaces' collapse).
    const lines = jsonToText(JSON.parse(json)).filter((line) => !/(?:^|[.\]])@/.test(line.slice(0, line.indexOf(':'))));
    return `<br>${lines.map((line) => line.replace(/</g, '‹')).join('<br>')}<br>`;
  } catch {
    return ' ';
  }
}

/**
 * The end of a paragraph, a heading, a list, a table or a quotation: a block of a page; and of the page's title, which
 * a browser shows apart from the page (holdout-1106: "<title>Rencontre d'auteur …</title>" had run into its first heading).
 */
const BLOCK_END = /<\/(?:p|h[1-6]|ul|ol|table|blockquote|title)\s*>/gi;
/** The end of a paragraph or a heading: a line of a Word file. */
const PARAGRAPH_END = /<\/(?:p|h[1-6])\s*>/gi;

/**
 * A page's or a mail's HTML as text. `blocks`: a paragraph, a heading, a list or a table ends with a blank line, as a
 * text's paragraphs are written; not for a Word file's HTML, whose paragraphs are its lines.
 */
function htmlToText(html: string, blocks = true): string {
  return (
    html
      .replace(JSON_LD, (_, json: string) => structuredData(json))
      .replace(PERSON_ELEMENT, (_, field: string, value: string) => `<br>${field}: ${value.trim()}<br>`)
      .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      // Line breaks in the source are only white space in HTML: the elements below make the lines.
      .replace(/\s+/g, ' ')
      .replace(/<\/t[dh]\s*>/gi, CELL_END)
      // A block ends with a blank line (`blocks`), or a paragraph its line; a line break, a division, a list's item or a
      // row ends a line.
      .replace(blocks ? BLOCK_END : PARAGRAPH_END, blocks ? '\n\n' : '\n')
      .replace(/<(?:br|\/div|\/li|\/tr)\b[^>]*>/gi, '\n')
      .replace(/<[^>]+>/g, ' ')
      // A space where a page writes one that does not break; every other entity as the character it stands for, by
      // HTML's own table ("M&eacute;decin", "&uuml;", "&euro;"), where a page's editor or a mail client wrote them so.
      .replace(/&nbsp;/gi, ' ')
      .replace(/&[#a-z0-9]+;/gi, (entity) => decodeHTMLStrict(entity))
      // A soft hyphen is a break's hint within a word ("pneu&shy;monie"), not a character of it.
      .replace(/\u00AD/g, '')
      .replace(/[ \t]+/g, ' ')
      .replace(/[ \uE000]*\uE000 *(?=\n|$)/g, '')
      .replace(/ ?\uE000 ?/g, '\t')
      .replace(/^ +| +$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/\n\n$/, '\n')
  );
}

/** JSON as "path: value" lines, so field names stay next to their values as context. */
function jsonToText(value: unknown, path = '', out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) jsonToText(item, `${path}[${i}]`, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) jsonToText(v, path ? `${path}.${k}` : k, out);
  } else {
    // A text of its own lines (a ticket's message) starts on the line after its name, as it was written.
    const text = String(value);
    out.push(text.includes('\n') ? `${path}:\n${text}` : `${path}: ${text}`);
  }
  return out;
}

/** One JSON document, or JSON Lines (one document per line, as logs are written: "[3].userId: …"). */
function jsonOrJsonLines(text: string): string[] | undefined {
  try {
    return jsonToText(JSON.parse(text));
  } catch {
    const out: string[] = [];
    let n = 0;
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        jsonToText(JSON.parse(line), `[${n}]`, out);
      } catch {
        return undefined;
      }
      n++;
    }
    return n > 1 ? out : undefined;
  }
}

/** Element names and attributes as "path: value" lines, like JSON: `klant.naam.voornaam: Ruben`. */
async function xmlToText(text: string): Promise<string> {
  const { XMLParser } = await import('fast-xml-parser');
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    htmlEntities: true,
    textNodeName: 'text',
    ignoreDeclaration: true,
    ignorePiTags: true,
  });
  try {
    return jsonToText(parser.parse(text)).join('\n');
  } catch {
    // Not well-formed: its text between the tags is still its text.
    return htmlToText(text);
  }
}

/** YAML (every document in the file) as "path: value" lines; YAML that does not parse is read as it stands. */
async function yamlToText(text: string): Promise<string> {
  const { parseAllDocuments } = await import('yaml');
  try {
    const docs = parseAllDocuments(text);
    if (!Array.isArray(docs) || docs.some((d) => d.errors.length > 0)) return text;
    return docs.flatMap((d, i) => jsonToText(d.toJS({ maxAliasCount: 100 }), docs.length > 1 ? `[${i}]` : '')).join('\n');
  } catch {
    return text;
  }
}

/** Control characters other than white space: binary data decoded as text has many. */
function looksLikeText(text: string): boolean {
  let control = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return control <= n / 100;
}

/**
 * The format of a file neither its name nor its content type tells: a PDF or RTF by its
 * first bytes, otherwise plain text when it decodes as text; undefined for binary data.
 */
function sniff(bytes: Uint8Array): TextFormat | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 16));
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('{\\rtf')) return 'rtf';
  const text = decodeText(bytes.subarray(0, 65536));
  return text !== undefined && looksLikeText(text) ? 'txt' : undefined;
}

export async function extractText(bytes: Uint8Array, key: string, contentType?: string): Promise<Extraction> {
  return extractAt(bytes, key, contentType, 0);
}

async function extractAt(bytes: Uint8Array, key: string, contentType: string | undefined, depth: number): Promise<Extraction> {
  const ext = extensionOf(key);
  const format = detectFormat(key, contentType) ?? (ext && KNOWN_BINARY.has(ext) ? undefined : sniff(bytes));
  if (!format) {
    return { ok: false, reason: 'unsupported-format', detail: `no text extractor for ${describe(key, contentType)}` };
  }
  if (isBinaryFormat(format)) return binaryText(format, bytes);
  if (format === 'eml') return emailText(bytes, depth);
  const text = decodeText(bytes);
  if (text === undefined) {
    return { ok: false, reason: 'extraction-failed', detail: `${format} file holds binary data` };
  }
  switch (format) {
    case 'html':
      return { ok: true, format, text: htmlToText(text) };
    case 'json':
      // JSON that does not parse is still text, and is read as it stands.
      return { ok: true, format, text: jsonOrJsonLines(text)?.join('\n') ?? text };
    case 'xml':
      return { ok: true, format, text: await xmlToText(text) };
    case 'yaml':
      return { ok: true, format, text: await yamlToText(text) };
    case 'vcard':
    case 'ics':
      return { ok: true, format, text: contactLinesToText(text) };
    case 'rtf':
      return { ok: true, format, text: rtfToText(text) };
    case 'hl7':
      return { ok: true, format, text: hl7ToText(text) };
    default:
      // A hospital's HL7 v2 message under another name (".txt", ".msg", none) is read as one.
      return { ok: true, format, text: isHl7(text) ? hl7ToText(text) : text };
  }
}

function describe(key: string, contentType?: string): string {
  const ext = extensionOf(key);
  const what = ext ? `.${ext}` : 'files without extension';
  return contentType ? `${what} (${contentType})` : what;
}
