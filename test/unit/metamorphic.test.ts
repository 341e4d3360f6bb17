// The labeled sets' text files in shapes that carry the same words: Windows' line ends and a reply's quote marks must
// change no file's level. Other shapes (wrapped lines, a CSV cell, a JSON field, capitals) still change some, and
// `npm run bench -- metamorphic` prints how many.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labeledTexts, SHAPES } from '../../bench/shapes.js';
import { classifyText } from '../../shared/domain/classify.js';

const BENCH = join(import.meta.dirname, '../../bench');
const sets = readdirSync(BENCH).filter((d) => existsSync(join(BENCH, d, 'labels.jsonl')));

describe('the same words in another shape', () => {
  const shapes = SHAPES.filter((s) => s.name === 'Windows line ends' || s.name === 'quoted reply ("> ")');
  it('holds the two shapes this test is about', () => {
    expect(shapes).toHaveLength(2);
  });

  it.each(sets)('%s: Windows line ends and quote marks change no level', { timeout: 120_000 }, async (set) => {
    const changed: string[] = [];
    for (const { file, text } of await labeledTexts(join(BENCH, set))) {
      const level = classifyText(text).sensitivity;
      for (const shape of shapes) {
        const shaped = await shape.apply(text);
        if (shaped !== undefined && classifyText(shaped).sensitivity !== level) changed.push(`${file} (${shape.name})`);
      }
    }
    expect(changed).toEqual([]);
  });
});
