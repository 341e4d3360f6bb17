// Tables in text (CSV, TSV, Markdown, and spreadsheets as the extractor writes them): the
// column a header word heads and the cells under it.

/** Cell delimiters, in the order a header line is tried for them. */
export const CELL_DELIMITERS = ['\t', ';', '|', ','] as const;

/** A table cell's text: trimmed, without the quotes CSV puts around it. */
export const cellText = (cell: string) => cell.trim().replace(/^"|"$/g, '');

/** A table's rows under the header line ending at `headerEnd`, up to the first blank line, without splitting the rest of the text. */
export function* rowsUnder(text: string, headerEnd: number): Iterable<{ line: string; offset: number }> {
  for (let offset = headerEnd + 1; offset < text.length; ) {
    const end = text.indexOf('\n', offset);
    const line = text.slice(offset, end < 0 ? text.length : end);
    if (line.trim() === '') return;
    yield { line, offset };
    offset += line.length + 1;
  }
}

/** A header cell and where its column is. */
export interface Column {
  /** The header cell's text. */
  readonly header: string;
  readonly index: number;
  readonly delimiter: string;
  /** Cells in the header line. */
  readonly width: number;
  /** Where the header line ends. */
  readonly headerEnd: number;
}

/**
 * Lines already split into cells, by where they start and the delimiter: a header word after
 * another on one wide line, or a second column over the same rows, splits nothing again.
 */
interface SplitLine {
  readonly cells: string[];
  /** Where each cell starts in the line. */
  readonly starts: number[];
}

export interface TableCache {
  readonly headers: Map<number, (SplitLine & { delimiter: string }) | null>;
  readonly rows: Map<string, SplitLine>;
  /** Where the text's line breaks are, found once: a line of 60,000 cells is not searched back per cell. */
  breaks?: number[];
}

/**
 * A line's cells: split at the delimiter, but not inside a CSV's quotes ("Müller, Hans"), where
 * a comma or a semicolon is the cell's own.
 */
export function splitCells(line: string, delimiter: string): string[] {
  if ((delimiter !== ',' && delimiter !== ';') || !line.includes('"')) return line.split(delimiter);
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === '"') quoted = !quoted;
    if (c === delimiter && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

function split(line: string, delimiter: string): SplitLine {
  const cells = splitCells(line, delimiter);
  const starts: number[] = [];
  let at = 0;
  for (const cell of cells) {
    starts.push(at);
    at += cell.length + delimiter.length;
  }
  return { cells, starts };
}

export const newTableCache = (): TableCache => ({ headers: new Map(), rows: new Map() });

function headerLine(text: string, lineStart: number, lineEnd: number, cache: TableCache) {
  let header = cache.headers.get(lineStart);
  if (header === undefined) {
    const line = text.slice(lineStart, lineEnd);
    const delimiter = CELL_DELIMITERS.find((d) => line.includes(d));
    header = delimiter ? { delimiter, ...split(line, delimiter) } : null;
    cache.headers.set(lineStart, header);
  }
  return header;
}

/**
 * The column headed by the cell that holds `index` (a lexicon hit in a header line), or
 * undefined when that line has no cell delimiter or no line follows it.
 */
export function columnAt(text: string, index: number, cache: TableCache = newTableCache()): Column | undefined {
  if (!cache.breaks) {
    cache.breaks = [];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) cache.breaks.push(i);
  }
  const { breaks } = cache;
  // The first line break at or after the index ends its line; the one before starts it.
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((breaks[mid] as number) < index) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= breaks.length) return undefined;
  const lineEnd = breaks[lo] as number;
  const lineStart = lo > 0 ? (breaks[lo - 1] as number) + 1 : 0;
  const header = headerLine(text, lineStart, lineEnd, cache);
  if (!header) return undefined;
  // The last cell that starts at or before the index.
  const offset = index - lineStart;
  let cell = 0;
  let last = header.starts.length - 1;
  while (cell < last) {
    const mid = (cell + last + 1) >> 1;
    if ((header.starts[mid] as number) <= offset) cell = mid;
    else last = mid - 1;
  }
  return {
    header: cellText(header.cells[cell] ?? ''),
    index: cell,
    delimiter: header.delimiter,
    width: header.cells.length,
    headerEnd: lineEnd,
  };
}

/** A table row's cells, split at `delimiter`: a Markdown row's leading pipe opens no cell ("| Day | Coach |"). */
export function rowCells(row: string, delimiter: string): string[] {
  const cells = splitCells(row, delimiter);
  return delimiter === '|' && row.trim().startsWith('|') ? cells.slice(1) : cells;
}

/**
 * The header of the column whose cell holds `index`, in a table delimited by one of `delimiters`: up from the cell's row
 * past the rows with the same delimiter to the table's first line, which heads it (at most 200 rows up). A Markdown
 * table's leading pipe opens no cell. Undefined outside such a table, on its header line, or, split at commas, in a row
 * with another number of cells than the header (prose under a comma list).
 */
export function headerOfCellAt(
  text: string,
  index: number,
  delimiters: readonly string[] = ['|', '\t', ';'],
): string | undefined {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const lineEnd = text.indexOf('\n', index);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const delimiter = delimiters.find((d) => line.includes(d));
  if (!delimiter) return undefined;
  let top = lineStart;
  for (let rows = 0; top > 0 && rows < 200; rows++) {
    const before = text.lastIndexOf('\n', top - 2) + 1;
    if (!text.slice(before, top - 1).includes(delimiter)) break;
    top = before;
  }
  if (top === lineStart) return undefined;
  const columns = rowCells(text.slice(top, text.indexOf('\n', top)).replace(/\r$/, ''), delimiter);
  const cells = rowCells(line.replace(/\r$/, ''), delimiter);
  if (delimiter === ',' && cells.length !== columns.length) return undefined;
  let at = lineStart;
  for (const [i, cell] of cells.entries()) {
    const from = line.indexOf(cell, at - lineStart) + lineStart;
    if (index >= from && index < from + cell.length) return cellText(columns[i] ?? '');
    at = from + cell.length;
  }
  return undefined;
}

/**
 * The cells of `column` in the rows under its header, with where each cell's text starts and
 * where its row starts and ends. Rows with another number of cells than the header are not
 * the table's (prose under a comma list).
 */
export function* cellsUnder(
  text: string,
  column: Column,
  cache: TableCache = newTableCache(),
): Iterable<{ cell: string; at: number; row: number; rowEnd: number }> {
  for (const { line, offset } of rowsUnder(text, column.headerEnd)) {
    const key = `${offset}${column.delimiter}`;
    let row = cache.rows.get(key);
    if (!row) {
      row = split(line, column.delimiter);
      cache.rows.set(key, row);
    }
    if (row.cells.length !== column.width) continue;
    const at = offset + (row.starts[column.index] as number);
    const raw = row.cells[column.index] as string;
    const cell = cellText(raw);
    yield { cell, at: cell ? at + raw.indexOf(cell) : at, row: offset, rowEnd: offset + line.length };
  }
}

/** A table's header line longer than this is not carried into later windows. */
const MAX_HEADER = 4096;
/** Nor one with a cell longer than this: such a line is prose with commas, not a header. */
const MAX_HEADER_CELL = 64;

/**
 * The line starting at `start` when it heads a table: it splits on a cell delimiter into two
 * or more short cells, and the line under it splits into as many. Undefined otherwise, or when
 * the line under it has not arrived whole.
 */
export function tableHeaderAt(text: string, start: number): string | undefined {
  const end = text.indexOf('\n', start);
  if (end < 0 || end - start > MAX_HEADER) return undefined;
  const nextEnd = text.indexOf('\n', end + 1);
  if (nextEnd < 0) return undefined;
  const line = text.slice(start, end).replace(/\r$/, '');
  const delimiter = CELL_DELIMITERS.find((d) => line.includes(d));
  if (!delimiter) return undefined;
  const cells = splitCells(line, delimiter);
  if (cells.some((cell) => cell.trim().length > MAX_HEADER_CELL)) return undefined;
  // Split as the rows are ("\"Müller, Hans\",Kassel" is two cells), or a quoted comma would end the table here.
  const under = splitCells(text.slice(end + 1, nextEnd), delimiter).length;
  return under === cells.length ? line : undefined;
}

/** Words apart by two spaces or more: a line that may be a row of a table aligned by spaces. */
const GAP = /\S {2,}\S/;
/** A rule under a header ("------  ------"): no cells of its own. */
const RULE = /^[ \t=_+|-]*$/;

/**
 * A table aligned by spaces, as fixed-width exports and reports print it ("PERSNR NACHNAME
 * VORNAME GEBDAT …" over rows in the same columns), with a tab where each column starts, so
 * that its columns read as a delimited table's. A column starts where the header has a word
 * and every row a space before it; after a single space in the header, every row must have
 * a word there too ("Date of birth" over "1985" is one column). Three columns or more, two
 * rows or more. Each tab replaces a space: the text keeps its length and every offset in it.
 */
export function alignedColumns(text: string): string {
  if (!text.includes('  ')) return text;
  let out: string[] | undefined;
  let block: Array<{ start: number; line: string }> = [];
  const flush = () => {
    const starts = block.length >= 3 ? columnStarts(block) : undefined;
    if (starts) {
      out ??= text.split('');
      for (const { start, line } of block) if (!RULE.test(line)) for (const p of starts) out[start + p - 1] = '\t';
    }
    block = [];
  };
  for (let start = 0; start <= text.length; ) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    const line = text.slice(start, stop);
    if (GAP.test(line) || (block.length > 0 && RULE.test(line) && line.trim() !== '')) block.push({ start, line });
    else flush();
    if (end < 0) break;
    start = end + 1;
  }
  flush();
  return out ? out.join('') : text;
}

/** Where the columns of a block of aligned lines start (its first line the header), or undefined where it is no table. */
function columnStarts(block: ReadonlyArray<{ start: number; line: string }>): number[] | undefined {
  const [header, ...rows] = block as [{ start: number; line: string }, ...{ start: number; line: string }[]];
  if (/[\t|;,]/.test(header.line)) return undefined;
  const cells = rows.filter((row) => !RULE.test(row.line));
  if (cells.length < 2) return undefined;
  const starts: number[] = [];
  for (let p = 1; p < header.line.length; p++) {
    if (header.line[p - 1] !== ' ' || header.line[p] === ' ') continue;
    const wide = header.line[p - 2] === ' ';
    if (cells.every((row) => row.line[p - 1] === ' ' && (wide || (row.line[p] ?? ' ') !== ' '))) starts.push(p);
  }
  return starts.length >= 2 ? starts : undefined;
}
