// `cris schemas`: writes the published JSON Schemas to schemas/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedSchemas } from '../shared/domain/json-schemas.js';

export function writeSchemas(projectRoot: string): string[] {
  const dir = join(projectRoot, 'schemas');
  mkdirSync(dir, { recursive: true });
  return Object.entries(publishedSchemas()).map(([file, text]) => {
    writeFileSync(join(dir, file), text);
    return join('schemas', file);
  });
}
