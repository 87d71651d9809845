// The extension as a person uses it, in a real VS Code (code-server 4.100.3) in headless Chromium:
// open a CV from the explorer, see the squiggle and the Problems entry, Ctrl+. → Enter applies the
// quick fix, Ctrl+Space → a section snippet whose tab stops get filled, Ctrl+S, then the file on
// disk and the status bar item. A screenshot of each step goes to test-results/ui/.
// The steps depend on each other: run with --bail. Started by test/e2e/code-server/run.sh, which
// starts code-server with the packaged extension installed (CVLINT_E2E_PORT, CVLINT_E2E_FOLDER).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { openWorkspaceFile, uiSession } from '../code-server/browser';

const CV_FILE = 'cv-ui-it.md';
const STATUS_ITEM = /CV \d+\/100/;

describe('ui: a person editing a CV in VS Code', function () {
  this.timeout(60000);
  const ui = uiSession('');
  const { port, folder, log } = ui;
  const cvPath = path.join(folder, CV_FILE);
  const original = readFileSync(cvPath, 'utf8');
  let browser: Browser;
  let page: Page;

  const screenshot = (name: string): Promise<void> => ui.screenshot(page, name);

  const editor = (): Locator => page.locator('.editor-group-container .monaco-editor').first();
  const statusItem = (): Locator => page.locator('.statusbar-item').filter({ hasText: STATUS_ITEM }).first();
  const problems = (): Locator => page.locator('.markers-panel');

  /** The editor's text as shown (the lines the viewport renders; the CV fits on one screen). */
  async function visibleText(): Promise<string> {
    return (await editor().locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
  }

  before(async () => {
    ({ browser, page } = await ui.openPage({ emptyShots: true }));
  });
  after(async () => {
    await browser?.close();
  });

  it('opens the CV from the explorer', async () => {
    await openWorkspaceFile(page, port, folder, CV_FILE, () => screenshot('explorer'));
    await editor().locator('.view-lines').waitFor({ timeout: 20000 });
    assert.match(await visibleText(), /# Anna Galli/);
  });

  it('shows the squiggle, the Problems entries and the status bar item', async () => {
    await editor().locator('.squiggly-error').first().waitFor({ timeout: 30000 });
    await page.keyboard.press('Control+Shift+M');
    await problems().locator('.monaco-tl-row').first().waitFor({ timeout: 20000 });
    await page.waitForTimeout(300);
    const entries = await problems().innerText();
    log(`problems: ${JSON.stringify(entries.slice(0, 300))}`);
    assert.match(entries, /Language skills|Competenze linguistiche/);
    assert.match(entries, /Personal skills|Competenze personali/);
    assert.match(entries, /cvlint/);
    const status = await statusItem().innerText({ timeout: 20000 });
    log(`status bar: ${JSON.stringify(status)}`);
    assert.match(status, /2 (missing|mancanti)/);
    await screenshot('squiggle-and-problems');
  });

  it('Ctrl+. then Enter applies the quick fix that adds the language section', async () => {
    // The findings sit on the name heading (line 1): put the cursor there, as a click would.
    await editor().locator('.view-line').first().click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget').first();
    await menu.waitFor({ state: 'visible', timeout: 20000 });
    await page.waitForTimeout(300);
    log(`code action menu: ${JSON.stringify((await menu.innerText()).slice(0, 400))}`);
    // Both missing sections have a fix; walk down to the language one, as a person would with the arrow keys.
    const wanted = /Competenze linguistiche|Language skills/;
    for (let step = 0; step < 20; step++) {
      const focused = await menu.locator('.monaco-list-row.focused').first().innerText().catch(() => '');
      if (wanted.test(focused) && !/disable|disattiva/i.test(focused)) break;
      await page.keyboard.press('ArrowDown');
    }
    const chosen = await menu.locator('.monaco-list-row.focused').first().innerText();
    assert.match(chosen, wanted);
    await screenshot('quick-fix-menu');
    await page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden', timeout: 10000 });
    await expectEventually(async () => /## Competenze linguistiche/.test(await visibleText()), 'the inserted section in the editor');
    await expectEventually(async () => /1 (missing|mancante)/.test(await statusItem().innerText()), 'the status bar to say 1 missing');
    await expectEventually(async () => !/Language skills|Competenze linguistiche»/.test(await problems().innerText()), 'the Problems entry to go');
    await screenshot('after-quick-fix');
  });

  it('Ctrl+Space offers the personal skills snippet; its tab stops are filled in', async () => {
    // Go to the contact section with the outline (Ctrl+Shift+O), and open a line above it.
    await page.keyboard.press('Control+Shift+O');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type('Contatti');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Contatti' }).first().waitFor({ timeout: 10000 });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.type('cv-competenze-pers');
    await page.keyboard.press('Control+Space');
    const suggest = page.locator('.suggest-widget.visible');
    await suggest.waitFor({ timeout: 20000 });
    await page.waitForTimeout(300);
    const focused = await suggest.locator('.monaco-list-row.focused').first().innerText();
    log(`suggestion: ${JSON.stringify(focused)}`);
    assert.match(focused, /cv-competenze-personali/);
    await screenshot('snippet-suggestion');
    await page.keyboard.press('Enter');
    // The first placeholder is selected: typing replaces it; Tab goes to the next one.
    await page.keyboard.type('Precisione e puntualità');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Gestione del tempo');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expectEventually(async () => /## Competenze personali/.test(await visibleText()), 'the snippet in the editor');
    await screenshot('snippet-filled');
  });

  it('Ctrl+S saves the CV: on disk it has both sections, and everything that was there', async () => {
    await page.keyboard.press('Control+S');
    let onDisk = '';
    await expectEventually(async () => {
      onDisk = readFileSync(cvPath, 'utf8');
      return onDisk !== original;
    }, 'the saved file');
    log(`on disk:\n${onDisk}`);
    assert.match(onDisk, /\n## Competenze linguistiche\n\n- Lingua madre: \[lingua\]\n- \[Lingua\]: \[livello QCER\]\n/);
    assert.match(onDisk, /\n## Competenze personali\n\n- Precisione e puntualità\n- Gestione del tempo\n- \[Qualità personale\]\n/);
    assert.ok(onDisk.indexOf('## Competenze personali') < onDisk.indexOf('## Contatti'), 'the snippet went above the contact section');
    let cursor = 0;
    for (const line of original.split('\n')) {
      const at = onDisk.indexOf(line, cursor);
      assert.ok(at >= 0, `line lost: ${line}`);
      cursor = at + line.length;
    }
    await page.locator('.tab.dirty').first().waitFor({ state: 'detached', timeout: 10000 });
  });

  it('the status bar item shows the score with nothing missing', async () => {
    let text = '';
    await expectEventually(async () => {
      text = await statusItem().innerText();
      return !/missing|mancant[ei]/.test(text);
    }, 'a status without missing sections');
    log(`status bar: ${JSON.stringify(text)}`);
    assert.match(text, /^\s*CV \d+\/100\s*$/);
    const label = (await statusItem().locator('[aria-label]').first().getAttribute('aria-label')) ?? (await statusItem().getAttribute('aria-label')) ?? '';
    log(`status bar label: ${JSON.stringify(label)}`);
    assert.match(label, /CV score \d+ out of 100, 0 sections missing|Punteggio del CV \d+ su 100, 0 sezioni mancanti/);
    await expectEventually(async () => (await editor().locator('.squiggly-error').count()) === 0, 'no error squiggle');
    // What is left in Problems are the fields the inserted section asks the person to fill in ("[livello QCER]"):
    // placeholder warnings, no missing section.
    await expectEventually(async () => !/missing-section/.test(await problems().innerText()), 'no missing-section entry left in Problems');
    assert.match(await problems().innerText(), /placeholder/);
    await screenshot('saved-status-bar');
  });

  const expectEventually = (probe: () => Promise<boolean>, what: string, timeoutMs = 15000): Promise<void> => ui.expectEventually(page, probe, what, timeoutMs);
});
