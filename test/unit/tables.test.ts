import { describe, expect, it } from 'vitest';
import { classifyText } from '../../shared/domain/classify.js';
import { personNumberDetector } from '../../shared/domain/context-detectors.js';
import {
  alignedColumns,
  cellsUnder,
  columnAt,
  headerOfCellAt,
  newTableCache,
  splitCells,
  tableHeaderAt,
} from '../../shared/domain/tables.js';

// Synthetic rows: references, categories and names made up for these tests.
const findings = (text: string) =>
  Object.fromEntries(classifyText(text).findings.map((f) => [f.type, `${f.count}@${f.confidence}`]));

describe('table columns', () => {
  it('finds the column a header cell heads and the cells under it, where each starts', () => {
    const text = 'ref;name;faith\nA-1; Ana ;"Catholic"\nA-2;Jo;\n\nafter the table;x;y\n';
    const column = columnAt(text, text.indexOf('faith'));
    expect(column).toMatchObject({ header: 'faith', index: 2, delimiter: ';', width: 3 });
    const cells = [...cellsUnder(text, column!)];
    expect(cells.map((c) => c.cell)).toEqual(['Catholic', '']);
    expect(text.slice(cells[0]!.at, cells[0]!.at + 8)).toBe('Catholic');
  });
  it('reads no rows that have another number of cells than the header (prose under a comma list)', () => {
    const text = 'We never ask for: health, religion, ethnicity\nWe only process what you give us.\n';
    const column = columnAt(text, text.indexOf('religion'));
    expect([...cellsUnder(text, column!)]).toEqual([]);
  });
  it('splits a header line and each row once, however many of its cells are read', () => {
    const text = 'religion,ethnicity,disability\nnone,x,y\n';
    const cache = newTableCache();
    const columns = ['religion', 'ethnicity', 'disability'].map((h) => columnAt(text, text.indexOf(h), cache));
    expect(columns.map((c) => c?.index)).toEqual([0, 1, 2]);
    expect(columns.flatMap((c) => [...cellsUnder(text, c!, cache)].map((x) => x.cell))).toEqual(['none', 'x', 'y']);
    expect(cache.headers.size).toBe(1);
    expect(cache.rows.size).toBe(1);
  });
  it('is no column on a line without cell delimiters', () => {
    expect(columnAt('Religion is a private matter\nnext', 3)).toBeUndefined();
  });
});

describe('person numbers in table columns', () => {
  const numbers = (text: string) => [...personNumberDetector.find(text)].map((m) => `${m.value}@${m.confidence}`);

  it('reads a column headed by a role with a number word, before or after it', () => {
    expect(numbers('applicant_ref,vacancy,age_band\nAPP-26-0412,Porter,25-34\nAPP-26-0413,Porter,35-44\n')).toEqual([
      'APP-26-0412@0.7',
      'APP-26-0413@0.7',
    ]);
    expect(numbers('N° salarié;service\n40331;Ortho\n')).toEqual(['40331@0.7']);
    expect(numbers('Patient No.\tWard\n7781\tB2\n')).toEqual(['7781@0.7']);
  });
  it('counts a cell once when a label inside it is also a person-number word', () => {
    expect(numbers('patient_id,test\nMRN-0048213,HbA1c\n')).toEqual(['MRN-0048213@0.7']);
  });
  it("is weak where the row names a company (a company's customer number)", () => {
    expect(numbers('customer_id;company\nK-1001;Bäckerei Brunner OHG\n')).toEqual(['K-1001@0.45']);
  });
  it('reads nothing under a role alone, a role with other words, or cells that are not numbers', () => {
    expect(numbers('applicant,vacancy\nAPP-1,Porter\n')).toEqual([]);
    expect(numbers('applicant_status,vacancy\nA-12,Porter\n')).toEqual([]);
    expect(numbers('employee_id,team\nnot assigned,Ops\n2026,Ops\n')).toEqual([]);
  });
});

describe('special-category fields and columns', () => {
  const monitoring = [
    'applicant_ref,age_band,ethnic_group,religion,sexual_orientation,disability',
    'APP-101,25-34,White - Irish,Roman Catholic,Heterosexual,No',
    'APP-102,35-44,Black British - Caribbean,Prefer not to say,Prefer not to say,Yes - dyslexia',
    'APP-103,16-24,Asian British - Pakistani,,Prefer not to say,No',
  ].join('\n');

  it('counts the answers under special-category columns of a table of people', () => {
    const f = findings(monitoring);
    expect(classifyText(monitoring).sensitivity).toBe('special');
    // Three answers under the column, and "Black British" is a term of its own too.
    expect(f['special:ethnic-origin']).toBe('4@0.8');
    expect(f['person-number']).toBe('3@0.7');
  });
  it('reads a column headed by the field abbreviated ("Konf." for the church tax), not its blanks', () => {
    const payroll = 'PersNr;Name;Vorname;Konf.;Brutto\n1021;Hofer;Markus;rk;3.850,00\n1023;Aydin;Emre;--;3.300,00\n';
    expect(findings(payroll)['special:religion']).toBe('1@0.8');
    expect(classifyText(payroll).sensitivity).toBe('special');
  });
  it('does not count blanks and answers that give nothing away', () => {
    // "ethnicity" is an ethnic-origin term itself: one, and nothing for the rows.
    const text = 'employee_id,ethnicity\nE-101,Prefer not to say\nE-102,\nE-103,none\n';
    expect(findings(text)['special:ethnic-origin']).toBe('1@0.8');
  });
  it('without a person in view, the same columns stay non-personal (an anonymous survey)', () => {
    const text = 'age_band,ethnic_group\n25-34,White - Irish\n35-44,Black British - Caribbean\n';
    expect(classifyText(text).sensitivity).toBe('public');
  });
  it('counts a form field with an answer, not a blank or a box to tick', () => {
    // "Konfession" and "Ethnicity" are terms themselves (one each): an answer adds one more.
    const count = (text: string) => findings(`Name: Jana Hoffmann\n${text}\n`);
    expect(count('Konfession: ________')['special:religion']).toBe('1@0.8');
    expect(count('Konfession: rk')['special:religion']).toBe('2@0.8');
    expect(count('Ethnicity: Mixed - White and Asian')['special:ethnic-origin']).toBe('2@0.8');
    expect(count('Ethnic origin: [ ] White [ ] Black [ ] Asian')['special:ethnic-origin']).toBe('1@0.8');
  });
  it('does not read a sentence after a colon as an answer, nor a label inside a sentence', () => {
    const count = (text: string) => findings(`Name: Jana Hoffmann\n${text}\n`);
    expect(count('Ethnicity: optional. Leave it blank.')['special:ethnic-origin']).toBe('1@0.8');
    expect(count('We never record your ethnicity: ask HR')['special:ethnic-origin']).toBe('1@0.8');
  });
});

describe('tableHeaderAt', () => {
  it('takes a line of short cells with as many under it, not prose with commas', () => {
    expect(tableHeaderAt('name,email\nJane Roe,j@x.eu\n', 0)).toBe('name,email');
    expect(tableHeaderAt('x\nname\temail\nJane\tj@x.eu\n', 2)).toBe('name\temail');
    expect(tableHeaderAt('name,email\nJane Roe\n', 0)).toBeUndefined();
    // A quoted cell's comma is the cell's own, as the rows are read.
    expect(tableHeaderAt('name,ort\n"Müller, Hans",Kassel\n', 0)).toBe('name,ort');
    expect(tableHeaderAt('name,email\nJane Roe,j@x.eu', 0)).toBeUndefined();
    const prose = `Dear all, ${'the rooms open in March and welcome visitors every day '.repeat(2)}, thanks`;
    expect(tableHeaderAt(`${prose}\n${prose}\n`, 0)).toBeUndefined();
  });
});

describe('tables aligned by spaces', () => {
  const payroll = [
    'PERSNR NACHNAME   VORNAME   GEBDAT     KONF',
    '004711 HOFMANN    ANDREAS   12.03.1979 RK',
    '004712 YILMAZ     ELIF      28.11.1990 --',
  ].join('\n');

  it("puts a tab where each column starts, keeping the text's length", () => {
    const aligned = alignedColumns(payroll);
    expect(aligned.length).toBe(payroll.length);
    expect(aligned.split('\n').map((line) => line.split('\t').map((cell) => cell.trim()))).toEqual([
      ['PERSNR', 'NACHNAME', 'VORNAME', 'GEBDAT', 'KONF'],
      ['004711', 'HOFMANN', 'ANDREAS', '12.03.1979', 'RK'],
      ['004712', 'YILMAZ', 'ELIF', '28.11.1990', '--'],
    ]);
  });

  it('reads its columns as a delimited table: names, birth dates and a church tax column', () => {
    expect(findings(payroll)).toMatchObject({ 'date-of-birth': '2@0.9', 'special:religion': '1@0.8' });
  });

  it('keeps a header of several words one column, and leaves prose and label–value lines alone', () => {
    const table = 'Date of birth   Name\n1985            Anna\n1990            Jan';
    expect(alignedColumns(table)).toBe(table);
    const lines =
      'Heizung und Warmwasser      1.124,60 €\nWasser/Abwasser               312,18 €\nMüllabfuhr                    148,90 €';
    expect(alignedColumns(lines)).toBe(lines);
    const prose = 'It rained.  We left early.\nThe bus came late.  Nobody minded.\nWe sang.  Then we slept.';
    expect(alignedColumns(prose)).toBe(prose);
  });
});

describe('cells of a CSV line', () => {
  it("keep a quoted cell's own commas and semicolons", () => {
    expect(splitCells('"Müller, Hans",Kassel,"a;b"', ',')).toEqual(['"Müller, Hans"', 'Kassel', '"a;b"']);
    expect(splitCells('"Schmidt; Anna";Hof', ';')).toEqual(['"Schmidt; Anna"', 'Hof']);
    expect(splitCells('a|"b|c"', '|')).toEqual(['a', '"b', 'c"']);
  });
});

describe('the header of the column a cell is in', () => {
  it("walks up a table's rows to its header, past a Markdown table's leading pipe", () => {
    const markdown = 'Timetable\n\n| Day | Class | Coach |\n|---|---|---|\n| Monday | Pilates | Julie |\n';
    expect(headerOfCellAt(markdown, markdown.indexOf('Julie'))).toBe('Coach');
    expect(headerOfCellAt(markdown, markdown.indexOf('Pilates'))).toBe('Class');
    const csv = 'member_no,name,workplace\nUN-1,"Kettle, Sarah",Northgate Hospital\n';
    expect(headerOfCellAt(csv, csv.indexOf('Northgate'), [','])).toBe('workplace');
  });
  it('gives none on the header line, outside a table, or where a comma row has another number of cells', () => {
    const csv = 'member_no,name,workplace\nUN-1,Sarah Kettle,Northgate Hospital,extra\n';
    expect(headerOfCellAt(csv, csv.indexOf('workplace'), [','])).toBeUndefined();
    expect(headerOfCellAt(csv, csv.indexOf('Northgate'), [','])).toBeUndefined();
    expect(headerOfCellAt('She works at Northgate Hospital.', 14)).toBeUndefined();
  });
});
