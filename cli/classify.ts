// `cris classify`: the classifier on local files, with the same code the Lambda runs.
import { readFileSync } from 'node:fs';
import { type Classification, classifyText, type FoundValue } from '../shared/domain/classify.js';
import { extractText } from '../shared/domain/extract.js';
import type { Sensitivity } from '../shared/domain/sensitivity.js';

export interface FileClassification {
  readonly file: string;
  readonly sensitivity: Sensitivity;
  readonly findings: readonly { readonly type: string; readonly count: number; readonly confidence: number }[];
  readonly reasons: readonly string[];
  readonly complete: boolean;
  /** Only with --show-values: never logged, stored or sent anywhere. */
  readonly values?: readonly FoundValue[];
}

export async function classifyFile(file: string, showValues = false): Promise<FileClassification> {
  const extraction = await extractText(readFileSync(file), file);
  if (!extraction.ok) {
    // Fail closed, as the pipeline does: unreadable means not known to be safe.
    return {
      file,
      sensitivity: 'internal',
      findings: [],
      reasons: [`${extraction.reason}: ${extraction.detail}; routed to the EU`],
      complete: false,
    };
  }
  const values: FoundValue[] = [];
  const c: Classification = classifyText(extraction.text, showValues ? values : undefined);
  return {
    file,
    sensitivity: c.sensitivity,
    findings: c.findings.map(({ type, count, confidence }) => ({ type, count, confidence })),
    reasons: c.reasons,
    complete: true,
    ...(showValues ? { values } : {}),
  };
}

export function renderClassification(r: FileClassification): string {
  const lines = [`${r.file}: ${r.sensitivity}${r.complete ? '' : ' (not fully read)'}`];
  for (const f of r.findings) lines.push(`  ${f.type} ×${f.count} (confidence ${f.confidence})`);
  for (const reason of r.reasons) lines.push(`  because ${reason}`);
  for (const v of r.values ?? []) lines.push(`  value ${v.type}: ${v.value}`);
  return lines.join('\n');
}
