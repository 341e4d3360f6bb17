// Validates JSON against the published schemas with an independent validator (ajv).
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { PROJECT_ROOT } from './local.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormatsModule as unknown as (a: Ajv2020) => void)(ajv);

const compiled = new Map<string, ReturnType<Ajv2020['compile']>>();

export function validatorFor(file: string): (data: unknown) => string[] {
  let validate = compiled.get(file);
  if (!validate) {
    validate = ajv.compile(JSON.parse(readFileSync(`${PROJECT_ROOT}/schemas/${file}`, 'utf8')));
    compiled.set(file, validate);
  }
  const check = validate;
  return (data) => (check(data) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}
