import type { GeneratedValidator } from './validator';

declare const validate: GeneratedValidator;
export default validate;
