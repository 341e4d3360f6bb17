// Classifying in windows gives the same answer as classifying the whole text, and a match
// that crosses a window boundary is counted exactly once.
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
});
