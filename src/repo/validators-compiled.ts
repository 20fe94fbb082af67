import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { kinds, type Kind } from '../model/kinds.js';

/**
 * Validators compiled from the schemas when first asked for: what tests and `tsx` runs use. The
 * build (scripts/build.mjs) replaces this module with validators generated ahead of time by ajv's
 * standalone code, so that the shipped tool never compiles a schema at start-up.
 */
export const ajvOptions = { allErrors: true, strict: true, allowUnionTypes: true } as const;

let ajv: Ajv2020 | undefined;
const cache = new Map<Kind, ValidateFunction>();

export function validatorFor(kind: Kind): ValidateFunction {
  let validate = cache.get(kind);
  if (!validate) {
    ajv ??= new Ajv2020(ajvOptions);
    validate = ajv.compile(kinds[kind].schema);
    cache.set(kind, validate);
  }
  return validate;
}
