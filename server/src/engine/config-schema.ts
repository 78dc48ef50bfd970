/**
 * The JSON Schema of `.inspection-lint.json`, derived from the rule registry
 * so that it always names the rules that exist and the options they take.
 * `schemas/inspection-lint.schema.json` is this, written out for editors
 * (a test proves the file is current).
 */
import type { RuleMeta } from './types';
import { UNUSED_DIRECTIVE_RULE } from './types';

export const SEVERITY_SETTINGS = ['off', 'info', 'warning', 'error'] as const;

/** A rule-like entry the config may name although it is not in the rule registry. */
export const UNUSED_DIRECTIVE_META: RuleMeta = {
  id: UNUSED_DIRECTIVE_RULE,
  description: 'A disable comment that suppressed nothing',
  defaultSeverity: 'warning',
  fixable: false,
};

type JsonSchema = Record<string, unknown>;

function schemaOfValue(value: unknown, description?: string): JsonSchema {
  const withDoc = (s: JsonSchema): JsonSchema => (description ? { description, ...s } : s);
  if (Array.isArray(value)) {
    const first = value[0];
    const itemType = first === undefined ? 'string' : typeof first === 'number' ? 'number' : typeof first === 'boolean' ? 'boolean' : 'string';
    return withDoc({ type: 'array', items: { type: itemType }, default: value });
  }
  switch (typeof value) {
    case 'number':
      return withDoc({ type: 'number', default: value });
    case 'boolean':
      return withDoc({ type: 'boolean', default: value });
    case 'string':
      return withDoc({ type: 'string', default: value });
    default:
      return withDoc({ type: 'object', default: value });
  }
}

function ruleSchema(rule: RuleMeta): JsonSchema {
  const options: Record<string, JsonSchema> = {};
  for (const [key, value] of Object.entries(rule.defaultOptions ?? {})) options[key] = schemaOfValue(value, rule.optionDocs?.[key]);
  const severity = { $ref: '#/definitions/severity' };
  const fixable = rule.fixable ? ' (fixable)' : '';
  return {
    description: `${rule.description}${fixable}. Default: \`${rule.defaultSeverity}\``,
    oneOf: [
      severity,
      {
        type: 'object',
        properties: { severity, ...options },
        additionalProperties: false,
      },
    ],
  };
}

/** Every id a config may set: the registered rules, and the engine's report of unused disable comments. */
export function configurableRules(rules: readonly RuleMeta[]): RuleMeta[] {
  return rules.some((r) => r.id === UNUSED_DIRECTIVE_META.id) ? [...rules] : [...rules, UNUSED_DIRECTIVE_META];
}

/** The config file's schema for these rules and built-in profiles. */
export function configSchema(rules: readonly RuleMeta[], profileIds: readonly string[]): JsonSchema {
  const all = configurableRules(rules);
  const ruleProps: Record<string, JsonSchema> = {};
  for (const r of all) ruleProps[r.id] = ruleSchema(r);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'inspection-lint configuration',
    description: 'Settings for checking inspection report drafts: the report profile, and each rule\'s severity and options. File name: `.inspection-lint.json`, found by walking up from the draft\'s folder.',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'The schema of this file, for editors' },
      profile: {
        type: 'string',
        minLength: 1,
        description: `The report structure drafts are checked against: a built-in profile id (${profileIds.map((p) => `\`${p}\``).join(', ')}) or a path to a profile JSON file, relative to this file`,
        examples: [...profileIds],
      },
      rules: {
        type: 'object',
        description: 'Each rule\'s severity (`off`, `info`, `warning`, `error`), or an object with `severity` and the rule\'s options',
        properties: ruleProps,
        additionalProperties: false,
      },
    },
    additionalProperties: false,
    definitions: {
      severity: { type: 'string', enum: [...SEVERITY_SETTINGS], description: '`off` turns the rule off' },
    },
  };
}
