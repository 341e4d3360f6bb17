// The evaluation set in bench/eval-set is what its generator writes: same seed, same files,
// whatever the day (faker's relative dates count from a fixed day), so it cannot drift from
// its generator or be edited by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL_DIR, generate } from '../../bench/eval-generator.js';

describe('bench/eval-set', () => {
  it('is exactly what `npx tsx bench/eval-generator.ts` writes', { timeout: 60_000 }, () => {
    const docs = generate(20261125, 2);
    expect(docs).toHaveLength(544);
    for (const d of docs) expect(readFileSync(join(EVAL_DIR, d.file), 'utf8'), d.file).toBe(d.body);
    const labels = `${docs.map((d) => JSON.stringify(d.label)).join('\n')}\n`;
    expect(readFileSync(join(EVAL_DIR, 'labels.jsonl'), 'utf8')).toBe(labels);
  });
});
