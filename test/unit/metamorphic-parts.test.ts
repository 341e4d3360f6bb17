import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { METAMORPHIC_PARTS, setsOfPart } from './metamorphic.js';

it('reads every labeled set in exactly one part of the metamorphic check', () => {
  const bench = join(import.meta.dirname, '../../bench');
  const all = readdirSync(bench).filter((d) => existsSync(join(bench, d, 'labels.jsonl')));
  const parts = Array.from({ length: METAMORPHIC_PARTS }, (_, i) => setsOfPart(i + 1));
  expect(parts.flat().sort()).toEqual(all.sort());
  for (let part = 1; part <= METAMORPHIC_PARTS; part++) {
    expect(existsSync(join(import.meta.dirname, `metamorphic-${part}.test.ts`))).toBe(true);
  }
});
