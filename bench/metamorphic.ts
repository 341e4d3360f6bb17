// `npm run bench -- metamorphic [--set DIR]`: the labeled sets' text files in the shapes other tools give the same
// text (Windows line ends, a reply's quote marks, lines wrapped at 72 columns, a CSV export's cell, a JSON ticket's
// field, an HTML page, a long public text before it, all capitals, all in lower case), each classified again. Prints, per shape, how many
// files changed level, how many of those are leaks (personal or special read public or internal) and how many false
// personals. Figures, not pass/fail: the shapes that should change nothing are held by
// test/unit/labeled-sets.ts (quote marks, a JSON ticket, a CSV cell) and test/unit/classify-stream.test.ts (Windows line ends).
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { classifyText } from '../shared/domain/classify.js';
import { isPersonal } from '../shared/domain/sensitivity.js';
import { labeledTexts, SHAPES, type Shape } from './shapes.js';

const BENCH = import.meta.dirname;

interface Doc {
  readonly name: string;
  readonly text: string;
}

/** The text, Markdown and e-mail files of the sets in `dirs`. */
async function load(dirs: readonly string[]): Promise<Doc[]> {
  const docs: Doc[] = [];
  for (const dir of dirs) for (const { file, text } of await labeledTexts(dir)) docs.push({ name: `${dir}/${file}`, text });
  return docs;
}

async function run(shape: Shape, docs: readonly Doc[]): Promise<string> {
  let files = 0;
  let changed = 0;
  let leaks = 0;
  let falsePersonal = 0;
  for (const doc of docs) {
    const shaped = await shape.apply(doc.text);
    if (shaped === undefined || shaped === doc.text) continue;
    files += 1;
    const before = classifyText(doc.text).sensitivity;
    const after = classifyText(shaped).sensitivity;
    if (before === after) continue;
    changed += 1;
    if (isPersonal(before) && !isPersonal(after)) leaks += 1;
    if (!isPersonal(before) && isPersonal(after)) falsePersonal += 1;
  }
  const pct = (n: number) => (files ? `${((100 * n) / files).toFixed(1)}%` : '-');
  return `${shape.name.padEnd(28)} ${String(files).padStart(6)} ${String(changed).padStart(8)} ${pct(changed).padStart(7)} ${String(leaks).padStart(6)} ${String(falsePersonal).padStart(8)}`;
}

export async function benchMetamorphic(args: readonly string[] = []): Promise<void> {
  const at = args.indexOf('--set');
  const dirs =
    at >= 0 && args[at + 1]
      ? [resolve(args[at + 1] as string)]
      : readdirSync(BENCH)
          .map((d) => join(BENCH, d))
          .filter((d) => existsSync(join(d, 'labels.jsonl')));
  const docs = await load(dirs);
  process.stdout.write(`${docs.length} text, Markdown and e-mail files of ${dirs.length} labeled sets\n\n`);
  process.stdout.write(
    `${'shape'.padEnd(28)} ${'files'.padStart(6)} ${'changed'.padStart(8)} ${''.padStart(7)} ${'leaks'.padStart(6)} ${'false p.'.padStart(8)}\n`,
  );
  for (const shape of SHAPES) process.stdout.write(`${await run(shape, docs)}\n`);
  process.stdout.write('\nleaks: personal or special read public or internal once shaped; false p.: the other way\n');
}
