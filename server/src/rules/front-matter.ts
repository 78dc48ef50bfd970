import type { Rule } from '../engine/types';
import { opensWithFence } from '../parse/parse';

/**
 * The front matter, when a draft has one, is YAML the tools can read as keys
 * and values. When it is not, none of its settings is used (the draft is
 * checked against the default profile, whatever its `profile:` says), which
 * nothing else would show. A draft whose first line `---` opens front matter
 * that no later `---` line closes (a closing `...`, say) has none at all: it
 * is read as Markdown from its first line, and that line is reported.
 */
export const frontMatter: Rule = {
  id: 'front-matter',
  description: 'The front matter, when a draft has one, is YAML of keys and values, so that its settings (such as `profile`) are used',
  defaultSeverity: 'error',
  fixable: false,
  check(ctx) {
    const { text } = ctx.draft;
    if (!ctx.draft.frontMatter && opensWithFence(text)) {
      const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
      ctx.report({
        span: { start, end: start + 3 },
        message: 'Expected a line `---` closing the front matter this line opens, found none; the draft is read as having no front matter, and none of its settings is used',
      });
      return;
    }
    const error = ctx.draft.frontMatter?.error;
    if (!error) return;
    ctx.report({ span: error.span, message: `Front matter is not YAML keys and values (${error.message}); none of its settings is used` });
  },
};
