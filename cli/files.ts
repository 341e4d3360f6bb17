// Files of a folder, recursively, in a stable order; hidden files left out.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function filesIn(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      if (entry.startsWith('.')) continue;
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(full);
    }
  };
  walk(folder);
  return out;
}
