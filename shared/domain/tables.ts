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
export interface TableCache {
  readonly headers: Map<number, { delimiter: string; cells: string[]; starts: number[] } | null>;
  readonly rows: Map<string, string[]>;
}

export const newTableCache = (): TableCache => ({ headers: new Map(), rows: new Map() });

function headerLine(text: string, lineStart: number, lineEnd: number, cache: TableCache) {
  let header = cache.headers.get(lineStart);
  if (header === undefined) {
    const line = text.slice(lineStart, lineEnd);
    const delimiter = CELL_DELIMITERS.find((d) => line.includes(d));
    if (delimiter) {
      const cells = line.split(delimiter);
      const starts: number[] = [];
      let at = 0;
      for (const cell of cells) {
        starts.push(at);
        at += cell.length + delimiter.length;
      }
      header = { delimiter, cells, starts };
    } else header = null;
    cache.headers.set(lineStart, header);
  }
  return header;
}

/**
 * The column headed by the cell that holds `index` (a lexicon hit in a header line), or
 * undefined when that line has no cell delimiter or no line follows it.
 */
export function columnAt(text: string, index: number, cache: TableCache = newTableCache()): Column | undefined {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const lineEnd = text.indexOf('\n', index);
  if (lineEnd < 0) return undefined;
  const header = headerLine(text, lineStart, lineEnd, cache);
  if (!header) return undefined;
  // The last cell that starts at or before the index.
  const offset = index - lineStart;
  let lo = 0;
  let hi = header.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((header.starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return {
    header: cellText(header.cells[lo] ?? ''),
    index: lo,
    delimiter: header.delimiter,
    width: header.cells.length,
    headerEnd: lineEnd,
  };
}

/**
 * The cells of `column` in the rows under its header, with where each cell's text starts.
 * Rows with another number of cells than the header are not the table's (prose under a
 * comma list).
 */
export function* cellsUnder(
  text: string,
  column: Column,
  cache: TableCache = newTableCache(),
): Iterable<{ cell: string; at: number }> {
  for (const { line, offset } of rowsUnder(text, column.headerEnd)) {
    const key = `${offset}${column.delimiter}`;
    let cells = cache.rows.get(key);
    if (!cells) {
      cells = line.split(column.delimiter);
      cache.rows.set(key, cells);
    }
    if (cells.length !== column.width) continue;
    let at = offset;
    for (let c = 0; c < column.index; c++) at += (cells[c] as string).length + column.delimiter.length;
    const raw = cells[column.index] as string;
    const cell = cellText(raw);
    yield { cell, at: cell ? at + raw.indexOf(cell) : at };
  }
}
