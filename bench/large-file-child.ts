// Classifies one file as `cris classify` does and reports peak RSS: run by large-file.ts.
import { classifyFile } from '../cli/classify.js';

const started = performance.now();
const result = await classifyFile(process.argv[2] ?? '');
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${JSON.stringify({ sensitivity: result.sensitivity, findings: result.findings, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
