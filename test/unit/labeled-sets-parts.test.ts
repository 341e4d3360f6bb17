import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PARTS, setsOfPart } from './labeled-sets.js';

it('reads every labeled set in exactly one part', () => {
  const bench = join(import.meta.dirname, '../../bench');
  const all = readdirSync(bench).filter((d) => existsSync(join(bench, d, 'labels.jsonl')));
  const parts = Array.from({ length: PARTS }, (_, i) => setsOfPart(i + 1));
  expect(parts.flat().sort()).toEqual(all.sort());
  for (let part = 1; part <= PARTS; part++) {
    expect(existsSync(join(import.meta.dirname, `labeled-sets-${part}.test.ts`))).toBe(true);
  }
});
