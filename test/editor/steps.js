// What a writer sees in the editor, step by step. Each step is a specification:
// its name says what must hold, and a failure says what was expected and what
// the page showed. Steps run in order in one browser page; `extension: true`
// steps need the packaged extension installed.
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { broken, sutton, where, lineAt, cliProblems } = require('./lib/drafts');
const { TIMEOUT } = require('./lib/workbench');

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

/**
 * The Node.js options the extension starts the language server with, from the
 * module the extension takes them from, for the V8 of the Node.js at `exe`
 * (the editor's own, which the extension starts the server with).
 */
function serverNodeOptions(exe) {
  const { require: requireTs } = require('tsx/cjs/api');
  const v8 = execFileSync(exe, ['-p', 'process.versions.v8'], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } }).trim();
  return requireTs(path.join(root, 'server/src/boot/node-options.ts'), __filename).serverNodeOptions(v8);
}

/** The running language servers the extension started (`dist/server.js --node-ipc`): their command lines and executables. */
function runningServers() {
  const out = [];
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let args;
    let exe;
    try {
      args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      exe = fs.readlinkSync(`/proc/${pid}/exe`);
    } catch {
      continue; // gone meanwhile
    }
    if (args.some((a) => /[\\/]dist[\\/]server\.js$/.test(a)) && args.includes('--node-ipc')) out.push({ args, exe });
  }
  return out;
}

/** What the extension's output channel holds so far: VS Code writes it to a log file under `logs`. */
function outputLog(logs) {
  const files = [];
  const walk = (dir) => {
    let entries = [];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // not written yet
    }
    for (const e of entries) {
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else if (e.name === 'Inspection Report.log') files.push(path.join(dir, e.name));
    }
  };
  walk(logs);
  return files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

/** @type {{name: string, extension?: boolean, shot?: string, region?: (wb: any) => any, run: (ctx: any) => Promise<void>}[]} */
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
      // a click on the problem shows it in the text
      const slip = expected.find((m) => m.message.startsWith('Expected paragraph `41`'));
      // on the message itself: the middle of the row can be the rule's docs link, which opens a website
      const row = wb.problemsPanel().locator('.monaco-list-row', { hasText: 'Expected paragraph `41`' }).first();
      await row.getByText(/^Expected paragraph `41`/).first().click();
      await wb.page
        .locator('#status\\.editor\\.selection', { hasText: `Ln ${slip.line}, ` })
        .waitFor()
        .catch(() => {
          throw new Error(`Expected a click on the problem to select it on line ${slip.line}`);
        });
    },
  },
  {
    name: 'the outline shows the judged sections with their grades',
    extension: true,
    shot: 'outline',
    run: async ({ wb }) => {
      await wb.open('sutton-2017.report.md');
      await wb.command('Explorer: Focus on Outline View');
      await wb.roomInSideBar();
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
    // the editor alone: the hint is small
    region: (wb) => wb.page.locator('.editor-group-container.active'),
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
    name: 'a click on a "Supported by" code lens peeks at the findings that support the recommendation',
    extension: true,
    run: async ({ wb }) => {
      await wb.open('sutton-2017.report.md');
      const rec4 = where(sutton, '\n4. Ensure that strategy discussions').line + 1;
      await wb.goTo(rec4, 1);
      const lens = wb.editor().locator('.codelens-decoration a', { hasText: /^Supported by 2 findings/ }).first();
      await lens.waitFor({ timeout: TIMEOUT }).catch(async () => {
        const shown = await wb.editor().locator('.codelens-decoration').allInnerTexts().catch(() => []);
        throw new Error(`Expected a code lens \`Supported by 2 findings…\` above line ${rec4}; the lenses shown were:\n${shown.join('\n') || '(none)'}`);
      });
      // VS Code replaces a document's lenses whenever it asks for them again, and a click on a
      // lens it has just replaced runs nothing but VS Code's own "Actual command not found":
      // click a lens that has stayed in place for a second.
      await settled(lens);
      await lens.click();
      const peek = wb.page.locator('.peekview-widget').first();
      try {
        // VS Code titles the peek `Locations (2)` (older versions: `2 references`)
        await wb.waitForText(peek.locator('.peekview-title'), (t) => /Locations \(2\)|\b2 references/.test(t), 'a peek on `Locations (2)` (the two findings) after the click', 30_000).catch(async (e) => {
          const toasts = await wb.page.locator('.notification-toast').allInnerTexts().catch(() => []);
          throw new Error(`${e.message}${toasts.length ? `\nnotifications shown:\n${toasts.map((t) => t.replace(/\s+/g, ' ').trim()).join('\n')}` : ''}`);
        });
        await wb.waitForText(peek.locator('.ref-tree'), (t) => (t.match(/\(Recommendation\)/g) ?? []).length === 2, 'the two findings\' markers `(Recommendation)` listed in the peek');
      } finally {
        await wb.page.keyboard.press('Escape');
        await peek.waitFor({ state: 'hidden' }).catch(() => {});
      }
    },
  },
  {
    name: 'the Recommendations view lists each recommendation with the findings that support it',
    extension: true,
    shot: 'recommendations-view',
    run: async ({ wb }) => {
      await wb.open('sutton-2017.report.md');
      // open the view from its header in the Explorer, as a reviewer would
      const header = wb.page.locator('.pane-header', { hasText: /^Recommendations/i }).first();
      await header.waitFor();
      if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
      const view = wb.pane('Recommendations');
      // a report with both parts groups them: open the local authority's
      await wb.waitForText(view, (t) => /Recommendation 1\b|The local authority/.test(t), 'the Recommendations view to list the draft\'s recommendations');
      const part = view.locator('.monaco-list-row[aria-expanded="false"]', { hasText: 'The local authority' });
      if (await part.count()) await part.first().click();
      const first = view.locator('.monaco-list-row', { has: wb.page.locator('.label-name', { hasText: /^Recommendation 1$/ }) }).first();
      await wb.waitForText(
        first.locator('.label-description'),
        (t) => /^\d+ findings? · /.test(t),
        '`Recommendation 1` with the number of findings that support it in the Recommendations view',
      );
      await wb.roomInSideBar();
      // its findings, one level down
      if ((await first.getAttribute('aria-expanded')) === 'false') await first.locator('.monaco-tl-twistie').click();
      const finding = view.locator('.monaco-list-row[aria-level="3"]', { has: wb.page.locator('.label-name', { hasText: /^Paragraph \d+$/ }) }).first();
      await finding.waitFor().catch(() => {
        throw new Error('Expected `Paragraph N` findings under `Recommendation 1` when it is expanded');
      });
      // a click on a recommendation jumps to its text
      const from = await wb.cursor();
      await first.locator('.label-name').click();
      const to = await wb.cursorMovedFrom(from);
      const rec1 = where(sutton, '\n1. ', where(sutton, '\n## Recommendations\n').offset).line + 1;
      if (to.line !== rec1) throw new Error(`Expected a click on \`Recommendation 1\` to go to line ${rec1}, found line ${to.line}`);
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
      await bulb.waitFor({ timeout: TIMEOUT }).catch(() => {
        throw new Error(`Expected a light bulb on line ${at.line}`);
      });
      await bulb.click();
      const action = wb.page.locator('.action-widget .monaco-list-row', { hasText: /Renumber paragraph/ }).first();
      await action.waitFor({ timeout: TIMEOUT }).catch(async () => {
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
      await row.waitFor({ timeout: TIMEOUT }).catch(async () => {
        const list = await wb.page.locator('.suggest-widget').innerText().catch(() => '(no suggestions)');
        throw new Error(`Expected the snippet \`${snippet.name}\` among the suggestions for \`${snippet.prefix}\`; they were:\n${list}`);
      });
      await row.click();
      await wb.waitForText(wb.viewLines().first(), (t) => t.replace(/\u00a0/g, ' ').trim() === snippet.firstLine.trim(), `the snippet to insert \`${snippet.firstLine}\``);
    },
  },
  {
    name: 'with the trace setting on, the output says how long each check of the draft took',
    extension: true,
    run: async ({ wb, workspace, logs }) => {
      const settings = path.join(workspace, '.vscode', 'settings.json');
      fs.mkdirSync(path.dirname(settings), { recursive: true });
      fs.writeFileSync(settings, JSON.stringify({ 'inspectionReport.trace.server': 'messages' }, null, 2));
      try {
        // A keystroke in the draft from the last step, once the setting has reached the client, then again
        // until the check's line is in the extension's output (VS Code writes it to the channel's log file).
        const line = /Checked file:\/\/\S*new\.report\.md \(version \d+\) in \d+\.\d ms/;
        const deadline = Date.now() + TIMEOUT;
        let found;
        while (!(found = line.exec(outputLog(logs))) && Date.now() < deadline) {
          await wb.page.keyboard.type(' ');
          await new Promise((r) => setTimeout(r, 1000));
        }
        if (!found) throw new Error(`Expected a line like "Checked file:///…/new.report.md (version N) in X ms" in the output; its last lines were:\n${outputLog(logs).split('\n').slice(-10).join('\n')}`);
      } finally {
        fs.rmSync(path.dirname(settings), { recursive: true, force: true });
      }
    },
  },
  {
    name: 'the language server runs with the Node.js options the extension gives it',
    extension: true,
    run: async () => {
      const servers = runningServers();
      if (servers.length === 0) throw new Error('Expected a running `dist/server.js --node-ipc` process, found none');
      for (const { args, exe } of servers) {
        const expected = serverNodeOptions(exe);
        const missing = expected.filter((o) => !args.includes(o));
        if (missing.length) throw new Error(`Expected the server to run with ${expected.join(' ')}, found: ${args.join(' ')}`);
      }
    },
  },
  {
    name: 'the extension reports no errors of its own',
    extension: true,
    run: async ({ wb }) => {
      await wb.command('Notifications: Show Notifications');
      const center = wb.page.locator('.notifications-center');
      await center.waitFor();
      const errors = center.locator('.notification-list-item', { has: wb.page.locator('.codicon-error') });
      const texts = await errors.allInnerTexts();
      await wb.command('Notifications: Hide Notifications');
      if (texts.length) throw new Error(`Expected no error notifications, found:\n${texts.map((t) => t.replace(/\s+/g, ' ').trim()).join('\n')}`);
    },
  },
];

/** Waits until the element `locator` finds has stayed attached, unreplaced, for `ms`. */
async function settled(locator, ms = 1000, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const handle = await locator.elementHandle({ timeout: Math.max(1000, deadline - Date.now()) });
    await new Promise((r) => setTimeout(r, ms));
    if (await handle.evaluate((el) => el.isConnected)) return;
    if (Date.now() > deadline) throw new Error('Expected the code lens to stay in place; it kept being replaced');
  }
}

module.exports = { steps };
