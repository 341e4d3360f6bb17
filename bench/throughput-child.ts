// Times one contender alone in this process: run by classifier.ts as
// `node --import tsx throughput-child.ts <contender> <texts.json>`, where the file holds the texts as a JSON array.
// Prints one JSON line: the contender's Timing.
import { readFileSync } from 'node:fs';
import { loadContender, throughput } from './contenders.js';

const [name, file] = process.argv.slice(2);
if (!name || !file) {
  process.stderr.write('usage: throughput-child.ts <contender> <texts.json>\n');
  process.exit(2);
}
const texts = JSON.parse(readFileSync(file, 'utf8')) as string[];
const timing = await throughput(await loadContender(name), texts);
process.stdout.write(`${JSON.stringify(timing)}\n`);
