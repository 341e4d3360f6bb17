// Turns stored bytes into text for the detectors, per format; anything it cannot read
// is reported as such so that routing can fail closed.

import { simpleParser } from 'mailparser';
import mammoth from 'mammoth';
import { getDocumentProxy, extractText as pdfText } from 'unpdf';

export type TextFormat = 'txt' | 'md' | 'csv' | 'tsv' | 'json' | 'html' | 'pdf' | 'docx' | 'eml';

export type Extraction =
  | { readonly ok: true; readonly format: TextFormat; readonly text: string }
  | { readonly ok: false; readonly reason: 'unsupported-format' | 'extraction-failed'; readonly detail: string };

const BY_EXTENSION: Record<string, TextFormat> = {
  txt: 'txt',
  text: 'txt',
  log: 'txt',
  md: 'md',
  markdown: 'md',
  csv: 'csv',
  tsv: 'tsv',
  json: 'json',
  jsonl: 'json',
  ndjson: 'json',
  html: 'html',
  htm: 'html',
  pdf: 'pdf',
  docx: 'docx',
  eml: 'eml',
};

const BY_CONTENT_TYPE: Record<string, TextFormat> = {
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/csv': 'csv',
  'text/tab-separated-values': 'tsv',
  'application/json': 'json',
  'text/html': 'html',
  'application/pdf': 'pdf',
  'message/rfc822': 'eml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

/** Fewer characters per page than this means pages without a text layer (scans): not fully read. */
const MIN_CHARS_PER_PAGE = 20;

/** An e-mail as "Header: value" lines and its text body (HTML parts as text); attachments are not read. */
async function emailText(bytes: Uint8Array): Promise<Extraction> {
  try {
    const mail = await simpleParser(Buffer.from(bytes));
    const headers = (['from', 'to', 'cc', 'replyTo'] as const)
      .map((h) => [h, mail[h]] as const)
      .filter(([, v]) => v)
      .map(([h, v]) => `${h}: ${(Array.isArray(v) ? v : [v]).map((a) => a?.text ?? '').join(', ')}`);
    const body = mail.text ?? (typeof mail.html === 'string' ? htmlToText(mail.html) : '');
    const text = [...headers, `subject: ${mail.subject ?? ''}`, '', body].join('\n');
    if (mail.attachments.length > 0) {
      // Attachments are documents of their own that this extractor does not open: not fully read.
      return {
        ok: false,
        reason: 'extraction-failed',
        detail: `e-mail with ${mail.attachments.length} attachments that are not read`,
      };
    }
    return { ok: true, format: 'eml', text };
  } catch {
    return { ok: false, reason: 'extraction-failed', detail: 'unreadable eml file' };
  }
}

async function binaryText(format: 'pdf' | 'docx', bytes: Uint8Array): Promise<Extraction> {
  try {
    if (format === 'pdf') {
      const pdf = await getDocumentProxy(new Uint8Array(bytes));
      const { totalPages, text } = await pdfText(pdf, { mergePages: true });
      if (text.replace(/\s+/g, '').length < totalPages * MIN_CHARS_PER_PAGE) {
        return {
          ok: false,
          reason: 'extraction-failed',
          detail: `pdf without a text layer on some of its ${totalPages} pages (scanned?)`,
        };
      }
      return { ok: true, format, text };
    }
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return { ok: true, format, text: value };
  } catch {
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
  return encoding ? new TextDecoder(encoding).decode(bytes) : undefined;
}

export type TextEncoding = 'utf-16le' | 'utf-16be' | 'utf-8' | 'windows-1252';

/**
 * UTF-16 by its byte-order mark, else UTF-8 when the bytes are valid UTF-8, else
 * Windows-1252; undefined for binary data. `partial` when the bytes are the start of a
 * longer file, whose last character may be cut at the end.
 */
export function detectEncoding(bytes: Uint8Array, partial = false): TextEncoding | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.includes(0)) return undefined;
  try {
    // A partial chunk may end inside a character: streaming decode accepts that, and only that.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: partial });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(?:br|\/p|\/div|\/li|\/tr|\/h[1-6])\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+/g, ' ');
}

/** JSON as "path: value" lines, so field names stay next to their values as context. */
function jsonToText(value: unknown, path = '', out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) jsonToText(item, `${path}[${i}]`, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) jsonToText(v, path ? `${path}.${k}` : k, out);
  } else {
    out.push(`${path}: ${String(value)}`);
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

export async function extractText(bytes: Uint8Array, key: string, contentType?: string): Promise<Extraction> {
  const format = detectFormat(key, contentType);
  if (!format) {
    return { ok: false, reason: 'unsupported-format', detail: `no text extractor for ${describe(key, contentType)}` };
  }
  if (format === 'pdf' || format === 'docx') return binaryText(format, bytes);
  if (format === 'eml') return emailText(bytes);
  const text = decodeText(bytes);
  if (text === undefined) {
    return { ok: false, reason: 'extraction-failed', detail: `${format} file holds binary data` };
  }
  switch (format) {
    case 'html':
      return { ok: true, format, text: htmlToText(text) };
    case 'json': {
      const lines = jsonOrJsonLines(text);
      // The parser's message quotes document text, so it must not travel into records or logs.
      return lines
        ? { ok: true, format, text: lines.join('\n') }
        : { ok: false, reason: 'extraction-failed', detail: 'invalid JSON' };
    }
    default:
      return { ok: true, format, text };
  }
}

function describe(key: string, contentType?: string): string {
  const ext = extensionOf(key);
  const what = ext ? `.${ext}` : 'files without extension';
  return contentType ? `${what} (${contentType})` : what;
}
