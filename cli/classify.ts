// `cris classify`: the classifier on local files, with the same code the Lambda runs.
import { createReadStream, readFileSync } from 'node:fs';
import { TextDecoder } from 'node:util';
import { type Classification, classifyStream, classifyText, type FoundValue } from '../shared/domain/classify.js';
import { detectEncoding, detectFormat, extractText, repairedPieces } from '../shared/domain/extract.js';
import { levelOf } from '../shared/domain/routing.js';
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

/** Formats whose bytes are the text: these are classified as a stream, in bounded memory. */
const STREAMED = new Set(['txt', 'md', 'csv', 'tsv']);

/** The file's text in pieces: UTF-16 by its BOM, else UTF-8, else Windows-1252; undefined for binary data. */
async function* textPieces(file: string): AsyncIterable<string> {
  let decoder: TextDecoder | undefined;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 15 }) as AsyncIterable<Buffer>) {
    if (!decoder) {
      const encoding = detectEncoding(chunk, true);
      if (!encoding) throw new BinaryContent();
      decoder = new TextDecoder(encoding);
    }
    yield decoder.decode(chunk, { stream: true });
  }
  if (decoder) yield decoder.decode();
}

class BinaryContent extends Error {}

export async function classifyFile(file: string, showValues = false): Promise<FileClassification> {
  const values: FoundValue[] | undefined = showValues ? [] : undefined;
  if (STREAMED.has(detectFormat(file) ?? '')) {
    try {
      return summary(file, await classifyStream(repairedPieces(textPieces(file)), values), values);
    } catch (error) {
      if (!(error instanceof BinaryContent)) throw error;
      return unread(file, 'extraction-failed: binary data in a text file');
    }
  }
  const extraction = await extractText(readFileSync(file), file);
  if (!extraction.ok) return unread(file, `${extraction.reason}: ${extraction.detail}`);
  return summary(file, classifyText(extraction.text, values), values, extraction.incomplete);
}

/** Fail closed, as the pipeline does: what could not be read is not known to be free of personal data. */
function unread(file: string, why: string): FileClassification {
  return {
    file,
    sensitivity: levelOf(undefined, why),
    findings: [],
    reasons: [`${why}; not read, so treated as personal and routed to the EU`],
    complete: false,
  };
}

function summary(file: string, c: Classification, values?: FoundValue[], incomplete?: string): FileClassification {
  return {
    file,
    sensitivity: levelOf(c, incomplete),
    findings: c.findings.map(({ type, count, confidence }) => ({ type, count, confidence })),
    reasons: incomplete ? [...c.reasons, `${incomplete}: not fully read, so at least personal`] : c.reasons,
    complete: incomplete === undefined,
    ...(values ? { values } : {}),
  };
}

export function renderClassification(r: FileClassification): string {
  const lines = [`${r.file}: ${r.sensitivity}${r.complete ? '' : ' (not fully read)'}`];
  for (const f of r.findings) lines.push(`  ${f.type} ×${f.count} (confidence ${f.confidence})`);
  for (const reason of r.reasons) lines.push(`  because ${reason}`);
  for (const v of r.values ?? []) lines.push(`  value ${v.type}: ${v.value}`);
  return lines.join('\n');
}
