import type { Rule } from '../engine/types';

/**
 * The front matter, when a draft has one, is YAML the tools can read as keys
 * and values. When it is not, none of its settings is used (the draft is
 * checked against the default profile, whatever its `profile:` says), which
 * nothing else would show.
 */
export const frontMatter: Rule = {
  id: 'front-matter',
  description: 'The front matter, when a draft has one, is YAML of keys and values, so that its settings (such as `profile`) are used',
  defaultSeverity: 'error',
  fixable: false,
  check(ctx) {
    const error = ctx.draft.frontMatter?.error;
    if (!error) return;
    ctx.report({ span: error.span, message: `Front matter is not YAML keys and values (${error.message}); none of its settings is used` });
  },
};
