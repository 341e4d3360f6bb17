// `npm run bench -- <name>`: the project's benchmarks. Figures, never pass/fail: targets live here, not in tests.
import { benchClassifier } from './classifier.js';
import { benchLargeFile } from './large-file.js';
import { benchMetamorphic } from './metamorphic.js';

const BENCHES: Record<string, (args: readonly string[]) => Promise<void>> = {
  classifier: benchClassifier,
  'large-file': benchLargeFile,
  metamorphic: benchMetamorphic,
};

const args = process.argv.slice(2);
const names = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
for (const name of names.length > 0 ? names : Object.keys(BENCHES)) {
  const bench = BENCHES[name];
  if (!bench) {
    process.stderr.write(`unknown benchmark ${name}; known: ${Object.keys(BENCHES).join(', ')}\n`);
    process.exit(2);
  }
  process.stdout.write(`== ${name}\n`);
  await bench(args);
}
