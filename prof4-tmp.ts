import { readFileSync } from 'node:fs';
import { classifyText } from './shared/domain/classify.js';
import { extractText } from './shared/domain/extract.js';

const labels = readFileSync('bench/eval-set/labels.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l))
  .filter((l: any) => !process.env.KINDS || process.env.KINDS.split(',').includes(l.kind));
const texts: string[] = [];
for (const l of labels) {
  const e = await extractText(readFileSync('bench/eval-set/' + l.file), l.file);
  if (e.ok) texts.push(e.text);
}
const s = performance.now();
let passes = 0;
while (performance.now() - s < 4000) {
  for (const t of texts) classifyText(t);
  passes++;
}
console.log(((((performance.now() - s) / passes) * 1000) / texts.length).toFixed(1), 'µs/doc');
