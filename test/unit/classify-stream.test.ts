// Classifying in windows gives the same answer as classifying the whole text, and a match
// that crosses a window boundary is counted exactly once.
import { describe, expect, it } from 'vitest';
import { classifyStream, classifyText, LOOKAHEAD } from '../../shared/domain/classify.js';

async function* pieces(text: string, size: number): AsyncIterable<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

const filler = 'The reading rooms open in March and welcome visitors every day. '.repeat(60);
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
});
