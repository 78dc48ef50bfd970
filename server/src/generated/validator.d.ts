/** The shape of a validator Ajv generated ahead of time (`npm run schema`). */
import type { ErrorObject } from 'ajv';

export interface GeneratedValidator {
  (data: unknown): boolean;
  /** The errors of the last call that failed. */
  errors?: ErrorObject[] | null;
}
