// What a writer sees in the editor, step by step. Each step is a specification:
// its name says what must hold, and a failure says what was expected and what
// the page showed. Steps run in order in one browser page; `extension: true`
// steps need the packaged extension installed.
const fs = require('node:fs');
const path = require('node:path');
const { broken, sutton, where, lineAt, cliProblems } = require('./lib/drafts');

const root = path.resolve(__dirname, '../..');

/** The first line a snippet inserts, with placeholders replaced by their defaults. */
function expand(line) {
  return line
    .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '');
}

function findingSnippet() {
  const file = path.join(root, 'snippets/inspection-report.code-snippets');
  const all = JSON.parse(fs.readFileSync(file, 'utf8'));
  const list = Object.entries(all).map(([name, s]) => ({ name, prefixes: [].concat(s.prefix), body: [].concat(s.body) }));
  const s = list.find((x) => x.prefixes.includes('finding')) ?? list.find((x) => x.body.length === 1) ?? list[0];
  return { name: s.name, prefix: s.prefixes[0], firstLine: expand(s.body[0]) };
}

/** @type {{name: string, extension?: boolean, shot?: string, run: (ctx: any) => Promise<void>}[]} */
const steps = [
  {
    name: 'code-server serves VS Code with the drafts folder open',
    run: async ({ wb }) => {
      await wb.ready();
      await wb.waitForText(wb.page.locator('.explorer-folders-view'), (t) => t.includes(broken.name), `\`${broken.name}\` in the Explorer`);
      await wb.command('Notifications: Clear All Notifications').catch(() => {});
    },
  },
  {
    name: 'a draft opens in an editor as an inspection report',
    run: async ({ wb, hasExtension }) => {
      await wb.open(broken.name);
      await wb.waitForText(wb.editor().locator('.view-lines'), (t) => t.includes('# London Borough of Sutton'), "the draft's title `# London Borough of Sutton` in the editor");
      const mode = wb.page.locator('#status\\.editor\\.mode');
      const expected = hasExtension ? 'Inspection Report' : 'Markdown';
      await wb.waitForText(mode, (t) => t.includes(expected), `the language mode \`${expected}\` in the status bar`);
    },
  },
  {
    name: "the Problems panel lists the broken draft's problems with the engine's messages",
    extension: true,
    shot: 'diagnostics',
    run: async ({ wb, workspace }) => {
      const expected = cliProblems(path.join(workspace, broken.name)).filter((m) => m.severity === 'error');
      if (expected.length === 0) throw new Error('Expected the CLI to find errors in the broken draft');
      if (!expected.some((m) => m.message.startsWith('Expected paragraph `41`, found `42`'))) {
        throw new Error(`Expected the CLI to report \`Expected paragraph \`41\`, found \`42\`\`, found: ${expected.map((m) => m.message).join(' | ')}`);
      }
      await wb.showProblems();
      await wb.waitForText(
        wb.problemsPanel(),
        (t) => expected.every((m) => t.includes(m.message)),
        `every error the CLI finds in the draft in the Problems panel:\n  ${expected.map((m) => m.message).join('\n  ')}`,
      );
    },
  },
  {
    name: 'the outline shows the judged sections with their grades',
    extension: true,
    shot: 'outline',
    run: async ({ wb }) => {
      await wb.open('sutton-2017.report.md');
      await wb.command('Explorer: Focus on Outline View');
      const outline = wb.pane('Outline');
      await wb.waitForText(
        outline,
        (t) => /Leadership, management and governance[\s\S]{0,80}Good/.test(t) && /Headline judgements/.test(t),
        'the outline to list `Headline judgements` and `Leadership, management and governance` with its grade `Good`',
      );
    },
  },
  {
    name: 'an inlay hint after a bare marker names the recommendation it is linked to',
    extension: true,
    shot: 'inlay-hints',
    run: async (ctx) => {
      const { wb } = ctx;
      await wb.open('sutton-2017.report.md');
      // the first marker on a line of its own, as writers often put it
      const at = where(sutton, '\n(Recommendation)\n');
      const line = at.line + 1;
      await wb.goTo(line, 1);
      const withHint = wb.viewLines().filter({ hasText: /\(Recommendation\)\s*→\s*\d+/ }).first();
      const text = await wb.waitForText(withHint, (t) => /→\s*\d+/.test(t), 'a hint `→ N` after `(Recommendation)` on line ' + line);
      ctx.hinted = { line, recommendation: /→\s*(\d+)/.exec(text)[1] };
    },
  },
  {
    name: 'go to definition from a marker jumps to its recommendation',
    extension: true,
    run: async (ctx) => {
      const { wb } = ctx;
      if (!ctx.hinted) throw new Error('Expected the inlay hint step to have found a linked marker');
      await wb.open('sutton-2017.report.md');
      const from = { line: ctx.hinted.line, column: 3 };
      await wb.goTo(from.line, from.column);
      await wb.page.keyboard.press('F12');
      const to = await wb.cursorMovedFrom(from);
      const target = lineAt(sutton, to.line);
      const recs = where(sutton, '\n## Recommendations\n').line;
      if (!(to.line > recs && target.startsWith(`${ctx.hinted.recommendation}. `))) {
        throw new Error(`Expected the cursor on recommendation ${ctx.hinted.recommendation} (after line ${recs}), found line ${to.line}: \`${target.slice(0, 80)}\``);
      }
    },
  },
  {
    name: 'the Recommendations view lists each recommendation with the findings that support it',
    extension: true,
    shot: 'recommendations-view',
    run: async ({ wb }) => {
      await wb.open('sutton-2017.report.md');
      await wb.command('Explorer: Focus on Recommendations View');
      const view = wb.pane('Recommendations');
      // recommendation 1 of the Sutton report, in its own words
      const first = /\n1\. (.{0,30})/.exec(sutton.slice(where(sutton, '\n## Recommendations\n').offset))[1].split(' ').slice(0, 3).join(' ');
      await wb.waitForText(view, (t) => t.includes(first), `recommendation 1 (\`${first}…\`) in the Recommendations view`);
    },
  },
  {
    name: 'a quick fix from the light bulb renumbers the paragraph and the problem goes',
    extension: true,
    shot: 'quick-fix',
    run: async ({ wb }) => {
      await wb.open(broken.name);
      const at = where(broken.text, broken.misnumbered);
      await wb.goTo(at.line, 1);
      const bulb = wb.page.locator('.lightBulbWidget, .lightbulb-glyph').first();
      await bulb.waitFor({ timeout: 30_000 }).catch(() => {
        throw new Error(`Expected a light bulb on line ${at.line}`);
      });
      await bulb.click();
      const action = wb.page.locator('.action-widget .monaco-list-row', { hasText: /Renumber paragraph/ }).first();
      await action.waitFor({ timeout: 15_000 }).catch(async () => {
        const menu = await wb.page.locator('.action-widget').innerText().catch(() => '(no menu)');
        throw new Error(`Expected a quick fix \`Renumber paragraph…\` from the light bulb; the menu showed:\n${menu}`);
      });
      await action.click();
      const line = wb.viewLines().filter({ hasText: 'Children looked after make good progress' }).first();
      await wb.waitForText(line, (t) => t.startsWith('41. '), `line ${at.line} to start with \`41. \` after the fix`);
      await wb.showProblems();
      await wb.waitForText(wb.problemsPanel(), (t) => !t.includes('Expected paragraph `41`, found `42`'), 'the numbering problem gone from the Problems panel');
    },
  },
  {
    name: 'a snippet expands into a numbered finding',
    extension: true,
    shot: 'snippet',
    run: async ({ wb }) => {
      const snippet = findingSnippet();
      await wb.open('new.report.md');
      await wb.editor().locator('.view-lines').click();
      await wb.page.keyboard.type(snippet.prefix);
      await wb.page.keyboard.press('Control+Space');
      const row = wb.page.locator('.suggest-widget .monaco-list-row', { hasText: snippet.name }).first();
      await row.waitFor({ timeout: 20_000 }).catch(async () => {
        const list = await wb.page.locator('.suggest-widget').innerText().catch(() => '(no suggestions)');
        throw new Error(`Expected the snippet \`${snippet.name}\` among the suggestions for \`${snippet.prefix}\`; they were:\n${list}`);
      });
      await row.click();
      await wb.waitForText(wb.viewLines().first(), (t) => t.replace(/\u00a0/g, ' ').trim() === snippet.firstLine.trim(), `the snippet to insert \`${snippet.firstLine}\``);
    },
  },
];

module.exports = { steps };
