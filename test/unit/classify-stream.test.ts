// Classifying in windows gives the same answer as classifying the whole text, and a match
// that crosses a window boundary is counted exactly once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyStream, classifyText, LOOKAHEAD, WINDOW } from '../../shared/domain/classify.js';

async function* pieces(text: string, size: number): AsyncIterable<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

// Longer than three windows, so that identifiers and names land in different windows.
const filler = 'The reading rooms open in March and welcome visitors every day. '.repeat(600);
const document = `${filler}Contact jane.roe@example.com or IBAN DE89 3704 0044 0532 0130 00.\n${filler}Patient: Herr Markus Weber, Diagnose: Bronchitis.\n${filler}`;

describe('classifyStream', () => {
  it.each([7, 100, LOOKAHEAD - 1, LOOKAHEAD + 1, 4096, document.length])(
    'agrees with classifyText in pieces of %i characters',
    async (size) => {
      const whole = classifyText(document);
      const streamed = await classifyStream(pieces(document, size));
      expect(streamed.sensitivity).toBe(whole.sensitivity);
      expect(streamed.findings).toEqual(whole.findings);
    },
  );

  it('reads a long text in windows, whole or streamed, counting a match across a window boundary once', () => {
    expect(document.length).toBeGreaterThan(3 * WINDOW);
    const at = WINDOW - 10;
    // Not a stand-in's mailbox ("jane.roe@example.com"), which is weak since 2.33.0: a person's address, strong.
    const crossing = `${'x '.repeat(at / 2)}jane.rowe@example.com ${'y '.repeat(WINDOW)}`;
    expect(crossing.indexOf('jane.rowe@')).toBeLessThan(WINDOW);
    expect(crossing.indexOf('.com')).toBeGreaterThan(WINDOW);
    expect(classifyText(crossing).findings).toEqual([{ type: 'email', category: 'personal', count: 1, confidence: 0.95 }]);
  });

  it('counts an identifier split between two pieces once', async () => {
    const at = document.indexOf('jane.roe@') + 4;
    const split = async function* () {
      yield document.slice(0, at);
      yield document.slice(at);
    };
    const streamed = await classifyStream(split());
    expect(streamed.findings.find((f) => f.type === 'email')?.count).toBe(1);
    expect(streamed.findings.find((f) => f.type === 'iban')?.count).toBe(1);
  });

  it("keeps a long table's header in view: a column's rule holds for every row, whole or streamed", async () => {
    // A diversity-monitoring export by reference number only: no names, no identifier of its own.
    const rows = Array.from({ length: 3000 }, (_, i) => `A-${10_000 + i};${i % 7 === 0 ? 'Roma' : 'prefer not to say'};${i % 3}`);
    const csv = `applicant_ref;ethnicity;interviews\n${rows.join('\n')}\n`;
    expect(csv.length).toBeGreaterThan(2 * WINDOW);
    const whole = classifyText(csv);
    expect(whole.sensitivity).toBe('special');
    expect(whole.findings.find((f) => f.type === 'person-number')?.count).toBe(3000);
    const streamed = await classifyStream(pieces(csv, 1000));
    expect(streamed.findings).toEqual(whole.findings);
    // A second table after a blank line has its own header; prose after it carries none.
    const two = `${csv}\nsku;price;stock\n${'A-20001;9.99;4\n'.repeat(5000)}\nThe reading rooms open in March.`;
    expect(classifyText(two).findings.find((f) => f.type === 'person-number')?.count).toBe(3000);
  });

  // Windows' line ends are read as line ends before anything else reads the text, wherever the pieces are cut (a
  // carriage return ending one piece waits for the next): the same words read alike on Windows and elsewhere. The
  // labeled sets' check (labeled-sets.ts) relies on this instead of classifying every labeled text a second time.
  it("reads Windows' line ends as line ends, whole or in pieces cut anywhere", async () => {
    // Synthetic lines: fields, a table, a greeting and signature, a letter's addressee, a sick note's words, public prose.
    const lines = [
      'Patient: Herr Markus Weber',
      'Diagnose: Bronchitis, krankgeschrieben bis Freitag.',
      'Dear Ms Novak,',
      'Kind regards,',
      'Anna Kowalska',
      // An addressee in capitals over a street and a town in capitals.
      'FERRARI GIULIA',
      'VIA GARIBALDI 14',
      '20121 MILANO MI',
      'name;email;iban',
      'Jane Roe;jane.rowe@example.org;DE89 3704 0044 0532 0130 00',
      'The reading rooms open in March and welcome visitors every day.',
      'Tel. +49 30 901820',
      '',
      '   ',
      'Bestellnummer 4711-2026, Lieferung am 03.12.2026.',
      // A carriage return alone (old Mac line ends) stays what it is.
      'Name: Jane Roe\rTel. 0171 2345678\r',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...lines), { minLength: 1, maxLength: 30 }),
        fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 20 }),
        async (chosen, sizes) => {
          const text = chosen.join('\n');
          const windows = chosen.join('\r\n');
          const cut = async function* () {
            let at = 0;
            for (let i = 0; at < windows.length; i++) {
              const size = sizes[i % sizes.length] ?? 1;
              yield windows.slice(at, at + size);
              at += size;
            }
          };
          const expected = classifyText(text);
          for (const read of [classifyText(windows), await classifyStream(cut())]) {
            expect(read.sensitivity).toBe(expected.sensitivity);
            expect(read.findings).toEqual(expected.findings);
            expect(read.reasons).toEqual(expected.reasons);
          }
        },
      ),
      {
        numRuns: 60,
        examples: [
          [
            ['Dear Ms Novak,', 'FERRARI GIULIA', 'VIA GARIBALDI 14', '20121 MILANO MI'],
            [13, 1],
          ],
        ],
      },
    );
  });
});
