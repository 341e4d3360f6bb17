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
 * The column headed by the cell that holds `index` (a lexicon hit in a header line), or
 * undefined when that line has no cell delimiter or no line follows it.
 */
export function columnAt(text: string, index: number): Column | undefined {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const lineEnd = text.indexOf('\n', index);
  if (lineEnd < 0) return undefined;
  const header = text.slice(lineStart, lineEnd);
  const delimiter = CELL_DELIMITERS.find((d) => header.includes(d));
  if (!delimiter) return undefined;
  const cells = header.split(delimiter);
  const column = text.slice(lineStart, index).split(delimiter).length - 1;
  return { header: cellText(cells[column] ?? ''), index: column, delimiter, width: cells.length, headerEnd: lineEnd };
}

/**
 * The cells of `column` in the rows under its header, with where each cell's text starts.
 * Rows with another number of cells than the header are not the table's (prose under a
 * comma list).
 */
export function* cellsUnder(text: string, column: Column): Iterable<{ cell: string; at: number }> {
  for (const { line, offset } of rowsUnder(text, column.headerEnd)) {
    const cells = line.split(column.delimiter);
    if (cells.length !== column.width) continue;
    let at = offset;
    for (let c = 0; c < column.index; c++) at += (cells[c] as string).length + column.delimiter.length;
    const raw = cells[column.index] as string;
    const cell = cellText(raw);
    yield { cell, at: cell ? at + raw.indexOf(cell) : at };
  }
}
