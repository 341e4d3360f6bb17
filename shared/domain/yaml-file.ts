// Parses a YAML text against a zod schema and names the line of the first bad value.
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';

export class ConfigFileError extends Error {
  override readonly name = 'ConfigFileError';
}

export function parseYamlFile<T extends z.ZodType>(text: string, fileName: string, schema: T): z.infer<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, merge: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const line = first?.linePos?.[0].line ?? 0;
    throw new ConfigFileError(`${fileName}:${line}: ${first?.message.split('\n')[0]}`);
  }
  const parsed = schema.safeParse(doc.toJS({ maxAliasCount: 1000 }));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path ?? [];
  // Walk up the path until a node with a source position is found.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number] } | undefined;
    if (node?.range) {
      const { line } = lineCounter.linePos(node.range[0]);
      throw new ConfigFileError(`${fileName}:${line}: ${path.join('.') || '(root)'}: ${issue?.message}`);
    }
  }
  throw new ConfigFileError(`${fileName}: ${path.join('.')}: ${issue?.message}`);
}
