import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../shared/domain/matches.js';

/** What `String.prototype.matchAll` gives, as plain values to compare. */
const plain = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => ({ index: m.index, groups: [...m], named: m.groups }));

describe('allMatches', () => {
  const patterns = [
    /(?<![\p{L}])(?:anna|marie|jean-paul)(?![\p{L}])/giu,
    /\d{2,}/g,
    /(?<word>\p{Lu}\p{Ll}+)|(?=x)/gu,
    /a*/g,
    /(?:)/gu,
    /[\uD83D\uDE00]?/gu,
  ];
  it('finds what matchAll finds, empty matches and surrogate pairs included', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...patterns),
        fc.string({ unit: fc.constantFrom('a', 'x', 'Anna', ' ', '12', 'É', 'marie', '😀', '\uD83D', 'b', '-') }),
        fc.nat(5),
        (pattern, text, from) => {
          pattern.lastIndex = from;
          const expected = plain(text.matchAll(pattern));
          expect(plain(allMatches(pattern, text))).toEqual(expected);
          // The pattern's lastIndex is left as it was, as matchAll, which searches a copy, leaves it.
          expect(pattern.lastIndex).toBe(from);
          pattern.lastIndex = 0;
        },
      ),
    );
  });
  it('is not disturbed by the same pattern used inside the loop', () => {
    const pattern = /\d+/g;
    const seen: string[] = [];
    for (const m of allMatches(pattern, 'a1 b22 c333')) {
      seen.push(m[0]);
      pattern.test('999');
    }
    expect(seen).toEqual(['1', '22', '333']);
  });
  it('refuses a pattern without the global flag, as matchAll does', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
  });
  it('is what the classifier searches with: no matchAll copies a pattern in the domain code', () => {
    const dir = join(import.meta.dirname, '../../shared/domain');
    const using = readdirSync(dir).filter((f) => f.endsWith('.ts') && /\.matchAll\(/.test(readFileSync(join(dir, f), 'utf8')));
    expect(using).toEqual([]);
  });
});
