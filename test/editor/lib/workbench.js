// What a person does in VS Code's workbench, as playwright-core calls on the page:
// the command palette, quick open, go to line, and reading what panels and the
// editor show. Every wait is on something the page shows, with a timeout that
// says what was expected.

const TIMEOUT = 90_000;

class Workbench {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  async ready() {
    await this.page.locator('.monaco-workbench').waitFor({ timeout: TIMEOUT });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: TIMEOUT });
  }

  quickInput() {
    return this.page.locator('.quick-input-widget');
  }

  async closeQuickInput() {
    if (await this.quickInput().isVisible()) {
      await this.page.keyboard.press('Escape');
      await this.quickInput().waitFor({ state: 'hidden' });
    }
  }

  /** Runs a command from the palette by its title, e.g. "View: Focus Problems". */
  async command(title) {
    await this.closeQuickInput();
    await this.page.keyboard.press('F1');
    const input = this.quickInput().locator('input');
    await input.waitFor();
    await input.fill(`>${title}`);
    const row = this.quickInput().locator('.monaco-list-row', { hasText: title }).first();
    await row.waitFor({ timeout: TIMEOUT }).catch(() => {
      throw new Error(`Expected the command palette to offer \`${title}\``);
    });
    await row.click();
    await this.quickInput().waitFor({ state: 'hidden' }).catch(() => {});
  }

  /** Opens a workspace file by name with quick open and waits for its editor. */
  async open(name) {
    await this.closeQuickInput();
    await this.page.keyboard.press('Control+P');
    const input = this.quickInput().locator('input');
    await input.waitFor();
    await input.fill(name);
    // the best match is on top and focused: Enter opens it (a click can land on a row being re-rendered)
    await this.quickInput().locator('.monaco-list-row.focused', { hasText: name }).first().waitFor({ timeout: TIMEOUT });
    await this.page.keyboard.press('Enter');
    await this.activeTab(name).waitFor();
    await this.editor().locator('.view-lines').waitFor();
  }

  activeTab(name) {
    return this.page.locator('.tab.active', { hasText: name });
  }

  editor() {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /** Moves the cursor to a 1-based line and column and waits for the status bar to say so. */
  async goTo(line, column = 1) {
    await this.closeQuickInput();
    await this.page.keyboard.press('Control+G');
    const input = this.quickInput().locator('input');
    await input.waitFor();
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.quickInput().waitFor({ state: 'hidden' });
    await this.page
      .locator('#status\\.editor\\.selection', { hasText: `Ln ${line}, Col ${column}` })
      .waitFor()
      .catch(() => {
        throw new Error(`Expected the cursor at Ln ${line}, Col ${column}`);
      });
  }

  /** The cursor's 1-based line and column, as the status bar shows them. */
  async cursor() {
    const text = await this.page.locator('#status\\.editor\\.selection').innerText();
    const m = /Ln (\d+), Col (\d+)/.exec(text);
    if (!m) throw new Error(`Expected the status bar to show the cursor, found \`${text}\``);
    return { line: Number(m[1]), column: Number(m[2]) };
  }

  /** Waits until the cursor leaves `from` and returns where it went. */
  async cursorMovedFrom(from) {
    const sel = this.page.locator('#status\\.editor\\.selection');
    await this.page.waitForFunction(
      ([el, text]) => el && !el.textContent.includes(text),
      [await sel.elementHandle(), `Ln ${from.line}, Col ${from.column}`],
      { timeout: TIMEOUT },
    );
    return this.cursor();
  }

  /** The rendered lines of the active editor (what is on screen, with inlay hints). */
  viewLines() {
    return this.editor().locator('.view-lines .view-line');
  }

  /** A view part of the workbench (a view pane in a side bar or panel) by its title. */
  pane(title) {
    return this.page.locator('.pane', { has: this.page.locator('.pane-header', { hasText: title }) });
  }

  problemsPanel() {
    return this.page.locator('.markers-panel');
  }

  async showProblems() {
    await this.command('View: Focus Problems');
    await this.problemsPanel().waitFor();
  }

  /** Room for the Explorer's other views: the file list folded, the side bar wider. */
  async roomInSideBar() {
    const files = this.page.locator('.pane-header[aria-expanded="true"]', { hasText: /^drafts/i }).first();
    if (await files.count()) await files.click();
    await this.widenSideBar(560);
  }

  /** Drags the side bar's edge to `x` pixels from the left of the window. */
  async widenSideBar(x) {
    const side = await this.page.locator('.part.sidebar').boundingBox();
    if (!side || side.x + side.width >= x) return;
    const edge = side.x + side.width;
    const y = side.y + side.height / 2;
    await this.page.mouse.move(edge, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x, y, { steps: 5 });
    await this.page.mouse.up();
  }

  /** No hover, no notification toasts over what a screenshot shows (they stay in the notification centre). */
  async tidyForScreenshot() {
    await this.page.mouse.move(24, 500);
    if (await this.page.locator('.notification-toast').count()) await this.command('Notifications: Hide Notification Toasts').catch(() => {});
  }

  /** Waits until a region's text satisfies `test`; the error names what was expected. */
  async waitForText(locator, test, expected, timeout = TIMEOUT) {
    const deadline = Date.now() + timeout;
    let last = '';
    for (;;) {
      // the editor renders spaces as no-break spaces
      const text = await locator.innerText({ timeout: Math.max(1000, deadline - Date.now()) }).catch((e) => {
        if (!last) last = `(${e.message.split('\n')[0]})`;
        return undefined;
      });
      if (text !== undefined) last = text.replace(/\u00a0/g, ' ');
      if (text !== undefined && test(last)) return last;
      if (Date.now() > deadline) throw new Error(`Expected ${expected}; the page showed:\n${last.slice(0, 1500) || '(nothing)'}`);
      // wait for the region to change rather than polling on a clock
      await locator
        .evaluate(
          (el, ms) =>
            new Promise((resolve) => {
              const obs = new MutationObserver(() => {
                obs.disconnect();
                resolve();
              });
              obs.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
              setTimeout(() => {
                obs.disconnect();
                resolve();
              }, ms);
            }),
          Math.min(5000, Math.max(1, deadline - Date.now())),
          { timeout: Math.max(1000, deadline - Date.now()) },
        )
        .catch(() => {});
    }
  }
}

module.exports = { Workbench, TIMEOUT };
