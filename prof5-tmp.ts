import { readFileSync } from 'node:fs';
import { DETECTORS } from './shared/domain/classify.js';
import { scanFor } from './shared/domain/detectors.js';
import { extractText } from './shared/domain/extract.js';
import { findSpecialCategoryTerms, selfDisclosures } from './shared/domain/special-categories.js';

const labels = readFileSync('bench/eval-set/labels.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const texts: string[] = [];
const kinds: string[] = [];
for (const l of labels) {
  const e = await extractText(readFileSync('bench/eval-set/' + l.file), l.file);
  if (e.ok) {
    texts.push(e.text);
    kinds.push(l.kind);
  }
}
const time = (name: string, fn: () => void, n = 30) => {
  fn();
  const s = performance.now();
  for (let k = 0; k < n; k++) fn();
  console.log(name.padEnd(20), ((((performance.now() - s) / n) * 1000) / texts.length).toFixed(2), 'µs/doc');
};
time('scan', () => {
  for (const t of texts) scanFor(t);
});
const scans = texts.map(scanFor);
for (const d of DETECTORS)
  time(d.type, () => {
    for (const s of scans) for (const _ of d.find(s));
  });
time('special', () => {
  for (const s of scans) {
    findSpecialCategoryTerms(s);
    selfDisclosures(s);
  }
});

// per kind cost of whole classify
import { classifyText } from './shared/domain/classify.js';

const perKind = new Map<string, [number, number]>();
for (let i = 0; i < texts.length; i++) {
  const s = performance.now();
  for (let k = 0; k < 20; k++) classifyText(texts[i]!);
  const e = perKind.get(kinds[i]!) ?? [0, 0];
  perKind.set(kinds[i]!, [e[0] + (performance.now() - s) / 20, e[1] + texts[i]!.length]);
}
console.log(
  [...perKind]
    .sort((a, b) => b[1][0] - a[1][0])
    .slice(0, 12)
    .map(([k, [ms, ch]]) => `${k} ${((ms * 1000) / 16).toFixed(0)}µs ${(ch / 16).toFixed(0)}ch`)
    .join('\n'),
);
