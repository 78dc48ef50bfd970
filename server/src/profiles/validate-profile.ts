import Ajv from 'ajv';
import schema from './profile.schema.json';

const ajv = new Ajv({ allErrors: false, strict: false });
const validate = ajv.compile(schema);

/** Problems with a profile, for people; empty when it is valid. */
export function validateProfile(data: unknown): string[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(top level)'} ${e.message ?? 'is not valid'}`);
}
