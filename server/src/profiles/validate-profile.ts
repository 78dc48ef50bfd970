import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import schema from './profile.schema.json';

let compiled: ValidateFunction | undefined;

/**
 * The compiled profile schema. Compiled on first use, not when the module
 * loads: only a profile read from a file needs it, and compiling (Ajv's
 * meta-schema included) takes about 60 ms, which every CLI run and worker
 * thread would otherwise pay at startup.
 */
function validator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: false, strict: false }).compile(schema);
  return compiled;
}

/** Problems with a profile, for people; empty when it is valid. */
export function validateProfile(data: unknown): string[] {
  const validate = validator();
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(top level)'} ${e.message ?? 'is not valid'}`);
}

/** Compiles the schema now (a server warming up before the first draft), so that the first profile read from a file does not wait for it. */
export function prepareProfileValidation(): void {
  validator();
}
