// The word gate answers "could this pattern match this text at all?" from the first letters of
// the text's words. It may say yes where the pattern finds nothing; it must never say no where
// the pattern matches: these tests hold it to that, on written cases and on generated texts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanFor } from '../../shared/domain/detectors.js';
import { gateOf, mayMatch, textHas, textMatches, wordStarts } from '../../shared/domain/word-gate.js';

describe('the word gate', () => {
  it("reads a word list's first letters, its optional letters, classes and groups, case-folded", () => {
    const gate = gateOf(
      /(?<![\p{L}])(?:oil|Acrylic|watercolou?r|mixed media|(?:bau|sozial)?dezernent(?:in)?|niñ[oa]s?|schüler\p{L}*)(?![\p{L}])/iu,
    );
    expect(new Set(gate)).toEqual(
      new Set(['oil', 'acryl', 'water', 'mixed', 'dezer', 'baude', 'sozia', 'niño', 'niños', 'niña', 'niñas', 'schül']),
    );
  });

  it('tells nothing for a pattern not at a word start, one that may start with no letter, or one without the u flag', () => {
    expect(gateOf(/(?:room|rm)\d/iu)).toBeUndefined();
    expect(gateOf(/(?<![\p{L}])(?:[12][ \t]?)?(?:Mt|Matth?)/u)).toBeUndefined();
    expect(gateOf(/(?<![\p{L}])(?:oil)|acrylic/iu)).toBeUndefined();
    expect(gateOf(/(?<![\p{L}])(?:oil|\p{L}*schule)/iu)).toBeUndefined();
    expect(gateOf(/(?<![p{L}])(?:oil|acrylic)/i)).toBeUndefined();
  });

  it("folds a text's words as the engine folds letters: long s, final sigma, capitals", () => {
    const starts = wordStarts('ſtraße ΟΔΟΣ Öl-Gemälde');
    for (const start of ['straß', 'οδοσ', 'öl', 'gemäl']) expect(starts.has(start)).toBe(true);
    const scan = scanFor('Die ſtraße');
    expect(mayMatch(scan, /(?<![\p{L}])straße(?![\p{L}])/iu)).toBe(true);
  });

  it("folds every cased letter of the basic plane as the engine's i and u flags do", () => {
    const cased: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (ch.toUpperCase() !== ch || ch.toLowerCase() !== ch) cased.push(ch);
    }
    const pool = [...cased, '\u0345', '\u1fbe', 'ſ', 'ς', 'K', 'Å', 'Ω', 'ẞ', 'µ'].join('');
    const first = (ch: string) => [...wordStarts(ch)][0];
    let pairs = 0;
    for (const ch of cased) {
      if (!/\p{L}/u.test(ch)) continue;
      for (const same of pool.match(new RegExp(`\\u{${(ch.codePointAt(0) as number).toString(16)}}`, 'giu')) ?? []) {
        if (!/\p{L}/u.test(same)) continue;
        pairs++;
        expect(first(same), `${ch} and ${same}`).toBe(first(ch));
      }
    }
    expect(pairs).toBeGreaterThan(2000);
  });

  it("answers for the scan's whole text as the pattern does, and refuses a pattern that keeps a place", () => {
    const scan = scanFor('Oil on canvas, and a watercolour.');
    expect(textHas(scan, /(?<![\p{L}])(?:watercolou?r)(?![\p{L}])/iu)).toBe(true);
    expect(textHas(scan, /(?<![\p{L}])(?:gouache)(?![\p{L}])/iu)).toBe(false);
    expect(textMatches(scan, /(?<![\p{L}])(?:oil|watercolou?r)(?![\p{L}])/giu).map((m) => m[0])).toEqual(['Oil', 'watercolour']);
    expect(() => textHas(scan, /(?<![\p{L}])oil/giu)).toThrow(TypeError);
  });

  it('never says no where the pattern matches (generated texts)', () => {
    const patterns = [
      /(?<![\p{L}])(?:oil|acrylic|watercolou?r|mixed media|öl|d['’]après|(?:bau|sozial)?dezernent(?:in)?|niñ[oa]s?)(?![\p{L}])/iu,
      /(?<![\p{L}\d])(?:GmbH|AG|S\.?A\.?|Sp\. z o\.o\.)(?![\p{L}])/u,
      /(?<![\p{L}])(?:ha ricordato|recordó|według|σημείωμα)(?![\p{L}])|(?<![\p{L}])kin(?:d|der)?/giu,
    ];
    const pieces = [
      'oil',
      'OIL',
      'Watercolour',
      'mixed media',
      'Öl',
      "d'après",
      'Baudezernentin',
      'NIÑAS',
      'GmbH',
      'gmbh',
      'S.A.',
      'ha ricordato',
      'RECORDÓ',
      'Według',
      'ΣΗΜΕΊΩΜΑ',
      'Kinder',
      'kind',
      'x',
      'é',
      ' ',
      '.',
      '-',
      '\n',
      '1',
      '😀',
      'ſ',
      'ß',
      'ǅ',
      'İ',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const scan = scanFor(text);
        for (const pattern of patterns) {
          pattern.lastIndex = 0;
          if (pattern.test(text)) expect(mayMatch(scan, pattern)).toBe(true);
          pattern.lastIndex = 0;
        }
      }),
      { numRuns: 2000 },
    );
  });
});
