// Text of the zipped office formats besides DOCX: spreadsheets (XLSX, ODS) as one line per
// row with tab-separated cells, so a header row names its columns as a CSV's would;
// presentations (PPTX, ODP) slide by slide with their speaker notes; ODT as paragraphs.

import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';

export type OfficeFormat = 'xlsx' | 'pptx' | 'odt' | 'ods' | 'odp';

/** Unpacked XML this reader will inflate at most: a zip bomb is not read, and so fails closed. */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

/** Cells of one row a spreadsheet may repeat ("number-columns-repeated"): past this, blank padding. */
const MAX_REPEAT = 64;

export class OfficeTooLarge extends Error {
  override readonly name = 'OfficeTooLarge';
}

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
});

const tagOf = (node: XmlNode) => Object.keys(node).find((k) => k !== ':@') as string;
const childrenOf = (node: XmlNode) => (node[tagOf(node)] as XmlNode[] | undefined) ?? [];
const attr = (node: XmlNode, name: string) => (node[':@'] as Record<string, string> | undefined)?.[name];

function parse(xml: string | undefined): XmlNode[] {
  return xml ? (parser.parse(xml) as XmlNode[]) : [];
}

/** The first descendant (depth first) with this tag. */
function find(nodes: XmlNode[], tag: string): XmlNode | undefined {
  for (const node of nodes) {
    if (tagOf(node) === tag) return node;
    const inner = find(childrenOf(node), tag);
    if (inner) return inner;
  }
  return undefined;
}

/** Every descendant with this tag, not looking inside a match. */
function findAll(nodes: XmlNode[], tag: string, out: XmlNode[] = []): XmlNode[] {
  for (const node of nodes) {
    if (tagOf(node) === tag) out.push(node);
    else findAll(childrenOf(node), tag, out);
  }
  return out;
}

/** How each element shapes the text: a line break after blocks, a tab after cells, nothing for skipped parts. */
type Layout = Readonly<Record<string, 'block' | 'cell' | 'skip' | 'tab' | 'break' | 'spaces'>>;

function textOf(nodes: XmlNode[], layout: Layout): string {
  let out = '';
  const walk = (list: XmlNode[]) => {
    for (const node of list) {
      const tag = tagOf(node);
      if (tag === '#text') {
        out += node[tag] as string;
        continue;
      }
      const role = layout[tag];
      if (role === 'skip') continue;
      if (role === 'tab') out += '\t';
      else if (role === 'break') out += '\n';
      else if (role === 'spaces') out += ' '.repeat(Math.min(MAX_REPEAT, Number(attr(node, 'c') ?? 1) || 1));
      walk(childrenOf(node));
      if (role === 'block') out += '\n';
      else if (role === 'cell') out += '\t';
    }
  };
  walk(nodes);
  return out;
}

/**
 * The zip's entries this format needs, as text, refusing to inflate more than MAX_UNPACKED_BYTES; with `everyEntry`,
 * refusing a zip whose entries all together declare more (for DOCX, which a library then unpacks whole).
 */
function unpack(bytes: Uint8Array, wanted: (name: string) => boolean, everyEntry = false): Map<string, string> {
  let total = 0;
  const files = unzipSync(bytes, {
    filter: (file) => {
      if (!everyEntry && !wanted(file.name)) return false;
      total += file.originalSize;
      if (total > MAX_UNPACKED_BYTES) throw new OfficeTooLarge();
      return wanted(file.name);
    },
  });
  const decoder = new TextDecoder('utf-8');
  return new Map(Object.entries(files).map(([name, data]) => [name, decoder.decode(data)]));
}

/** Entries named prefix + number + ".xml", in their number's order ("slide2" before "slide10"). */
function numbered(files: Map<string, string>, prefix: string): string[] {
  const pattern = new RegExp(`^${prefix}(\\d+)\\.xml$`);
  return [...files.keys()]
    .filter((name) => pattern.test(name))
    .sort((a, b) => Number(pattern.exec(a)?.[1]) - Number(pattern.exec(b)?.[1]))
    .map((name) => files.get(name) as string);
}

// --- XLSX ----------------------------------------------------------------------------------

/** Built-in number formats that are dates (ECMA-376 18.8.30). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Whether a custom format code shows a date: d, m or y outside quotes and brackets ("[Red]", "\"days\""). */
const isDateCode = (code: string) => /[dmy]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));

/** Which cell styles (by index) show numbers as dates. */
function dateStyles(stylesXml: string | undefined): Set<number> {
  const styles = parse(stylesXml);
  const custom = new Map<number, string>();
  for (const f of findAll(styles, 'numFmt')) custom.set(Number(attr(f, 'numFmtId')), attr(f, 'formatCode') ?? '');
  const dates = new Set<number>();
  const cellXfs = find(styles, 'cellXfs');
  findAll(cellXfs ? childrenOf(cellXfs) : [], 'xf').forEach((xf, index) => {
    const id = Number(attr(xf, 'numFmtId') ?? 0);
    if (BUILT_IN_DATES.has(id) || isDateCode(custom.get(id) ?? '')) dates.add(index);
  });
  return dates;
}

/** A spreadsheet serial date (days since 1899-12-30) as an ISO date. */
function serialDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400 * 1000);
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : String(serial);
}

/** "C7" → column index 2. */
function columnOf(ref: string | undefined, fallback: number): number {
  const letters = /^[A-Z]+/.exec(ref ?? '')?.[0];
  if (!letters) return fallback;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const RICH_TEXT: Layout = { rPh: 'skip', phoneticPr: 'skip' };

function xlsxText(files: Map<string, string>): string {
  const shared = findAll(parse(files.get('xl/sharedStrings.xml')), 'si').map((si) => textOf(childrenOf(si), RICH_TEXT));
  const dates = dateStyles(files.get('xl/styles.xml'));
  // Sheet files in the workbook's order, through its relationships.
  const targets = new Map<string, string>();
  for (const rel of findAll(parse(files.get('xl/_rels/workbook.xml.rels')), 'Relationship'))
    targets.set(attr(rel, 'Id') ?? '', `xl/${(attr(rel, 'Target') ?? '').replace(/^\/?xl\//, '')}`);
  const sheets = findAll(parse(files.get('xl/workbook.xml')), 'sheet').map((s) =>
    files.get(targets.get(attr(s, 'id') ?? '') ?? ''),
  );
  // Sheets one after the other, a blank line between; their names are left out so that each
  // sheet's first line is its header, as in a CSV file.
  const parts: string[] = [];
  for (const xml of sheets.some(Boolean) ? sheets : numbered(files, 'xl/worksheets/sheet')) {
    const lines: string[] = [];
    for (const row of findAll(parse(xml), 'row')) {
      const cells: string[] = [];
      for (const c of findAll(childrenOf(row), 'c')) {
        const type = attr(c, 't');
        const raw = textOf(childrenOf(find(childrenOf(c), type === 'inlineStr' ? 'is' : 'v') ?? {}), RICH_TEXT);
        let value = raw;
        if (type === 's') value = shared[Number(raw)] ?? '';
        else if ((type === undefined || type === 'n') && raw && dates.has(Number(attr(c, 's') ?? -1)))
          value = serialDate(Number(raw));
        cells[columnOf(attr(c, 'r'), cells.length)] = value.replace(/[\t\r\n]+/g, ' ');
      }
      if (cells.some((v) => v)) lines.push(Array.from(cells, (v) => v ?? '').join('\t'));
    }
    parts.push(lines.join('\n'));
  }
  return parts.join('\n\n');
}

// --- OpenDocument ----------------------------------------------------------------------------

const ODF_TEXT: Layout = {
  p: 'block',
  h: 'block',
  'table-row': 'block',
  'table-cell': 'cell',
  s: 'spaces',
  tab: 'tab',
  'line-break': 'break',
  'tracked-changes': 'skip',
  'sequence-decls': 'skip',
};

/** An ODS table as rows of tab-separated cells, dates from their value, repeated cells written out (within reason). */
function odsText(body: XmlNode[]): string {
  const parts: string[] = [];
  for (const table of findAll(body, 'table')) {
    const lines: string[] = [];
    for (const row of findAll(childrenOf(table), 'table-row')) {
      const cells: string[] = [];
      for (const cell of childrenOf(row)) {
        const tag = tagOf(cell);
        if (tag !== 'table-cell' && tag !== 'covered-table-cell') continue;
        const date = attr(cell, 'date-value');
        const value = (date ? date.slice(0, 10) : textOf(childrenOf(cell), ODF_TEXT).trim()).replace(/[\t\r\n]+/g, ' ');
        const repeat = Math.min(MAX_REPEAT, Number(attr(cell, 'number-columns-repeated') ?? 1) || 1);
        for (let k = 0; k < repeat; k++) cells.push(value);
      }
      while (cells.length && !cells[cells.length - 1]) cells.pop();
      if (cells.length) lines.push(cells.join('\t'));
    }
    parts.push(lines.join('\n'));
  }
  return parts.join('\n\n');
}

// --- PPTX ------------------------------------------------------------------------------------

const DRAWING_TEXT: Layout = { p: 'block', br: 'break', tc: 'cell', tr: 'block' };

function pptxText(files: Map<string, string>): string {
  const slides = numbered(files, 'ppt/slides/slide').map((xml) => textOf(parse(xml), DRAWING_TEXT).trim());
  const notes = numbered(files, 'ppt/notesSlides/notesSlide').map((xml) => textOf(parse(xml), DRAWING_TEXT).trim());
  return [...slides, ...notes].filter(Boolean).join('\n\n');
}

// --- DOCX headers and footers ---------------------------------------------------------------

const WORD_TEXT: Layout = { p: 'block', tab: 'tab', br: 'break', tc: 'cell', tr: 'block', instrText: 'skip', delText: 'skip' };

/**
 * A Word file's headers and footers (letterheads, a sender's line, a footer's contact and register
 * details), which mammoth leaves out: each distinct one once, headers first. Throws OfficeTooLarge
 * when the whole file declares more than MAX_UNPACKED_BYTES unpacked, before mammoth unpacks it.
 */
export function docxHeadersFooters(bytes: Uint8Array): { headers: string; footers: string } {
  const files = unpack(bytes, (n) => /^word\/(?:header|footer)\d+\.xml$/.test(n), true);
  const read = (prefix: string) =>
    [...new Set(numbered(files, prefix).map((xml) => textOf(parse(xml), WORD_TEXT).trim()))].filter(Boolean).join('\n\n');
  return { headers: read('word/header'), footers: read('word/footer') };
}

/** The text of an XLSX, PPTX or OpenDocument file; throws on a broken zip or one that unpacks too large. */
export function officeText(format: OfficeFormat, bytes: Uint8Array): string {
  if (format === 'xlsx') {
    return xlsxText(
      unpack(bytes, (n) => /^xl\/(?:sharedStrings|styles|workbook)\.xml$|^xl\/(?:_rels|worksheets)\/[^/]+$/.test(n)),
    );
  }
  if (format === 'pptx') return pptxText(unpack(bytes, (n) => /^ppt\/(?:slides|notesSlides)\/[^/]+\.xml$/.test(n)));
  const content = unpack(bytes, (n) => n === 'content.xml').get('content.xml');
  if (content === undefined) throw new Error('no content.xml');
  const body = find(parse(content), 'body');
  const nodes = body ? childrenOf(body) : [];
  return format === 'ods' ? odsText(nodes) : textOf(nodes, ODF_TEXT);
}
