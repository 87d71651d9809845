// Issue 10, in a real VS Code (code-server) in headless Chromium: "Choose CV profile" on an invented Italian bank
// back-office CV. The status bar shows the profile; a click on it opens the picker (served by the language server
// through cvlint/profiles); choosing "Back office bancario e finanziario" for this CV writes `profile:` into the
// front matter, the status bar follows and Problems asks for the bank terms the CV lacks.
// Screenshots go to test-results/ui/ (prof-NN-*.png). Started by test/e2e/code-server/run.sh after the other UI files.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { openWorkspaceFile, uiSession } from '../code-server/browser';

const CV_FILE = 'cv-banca-ui-it.md';
const BANK_LABEL = 'Back office bancario e finanziario';
const BANK_FINDING = 'Operatività bancaria: trovate 2 parole chiave su 3 attese';

describe('ui: Choose CV profile', function () {
  this.timeout(60000);
  const ui = uiSession('prof');
  const { port, folder, log } = ui;
  const cvPath = path.join(folder, CV_FILE);
  const original = readFileSync(path.resolve(__dirname, '../../fixtures/profiles/cv-banca-it.md'), 'utf8');
  let browser: Browser;
  let page: Page;

  const screenshot = (name: string): Promise<void> => ui.screenshot(page, name);

  const editor = (): Locator => page.locator('.editor-group-container .monaco-editor').first();
  const profileItem = (): Locator => page.locator('.statusbar-item').filter({ hasText: /back office|Back office/ }).first();
  const quickInput = (): Locator => page.locator('.quick-input-widget');
  const quickInputRows = (): Locator => page.locator('.quick-input-widget .quick-input-list .monaco-list-row');

  before(async () => {
    writeFileSync(cvPath, original);
    ({ browser, page } = await ui.openPage());
  });
  after(async () => {
    await browser?.close();
  });

  it('shows the profile of the CV in the status bar', async () => {
    await openWorkspaceFile(page, port, folder, CV_FILE);
    await editor().locator('.view-lines').waitFor({ timeout: 20000 });
    await expectEventually(async () => /Impiegato\/a di back office/.test(await profileItem().innerText()), 'the back-office profile in the status bar');
    await screenshot('status-back-office');
  });

  it('a click on it lists the profiles; choosing the bank profile for this CV writes the front matter', async () => {
    await profileItem().click();
    await quickInput().waitFor({ state: 'visible', timeout: 10000 });
    let rows: string[] = [];
    await expectEventually(async () => {
      rows = (await quickInputRows().allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
      return rows.some((r) => r.includes(BANK_LABEL)) && rows.some((r) => r.includes('Qualsiasi ruolo'));
    }, 'the profiles in the picker');
    log(`profiles: ${JSON.stringify(rows)}`);
    await screenshot('picker');
    await page.keyboard.type('bank-back-office');
    await expectEventually(async () => (await quickInputRows().first().innerText()).includes(BANK_LABEL), 'the bank profile first');
    await page.keyboard.press('Enter');
    // Second step: where the choice applies. The first item is this CV.
    await expectEventually(async () => (await quickInputRows().count()) === 2, 'the two places to apply the profile');
    await screenshot('where');
    await page.keyboard.press('Enter');
    await quickInput().waitFor({ state: 'hidden', timeout: 10000 });

    await expectEventually(async () => /profile: bank-back-office/.test((await editor().locator('.view-lines').innerText()).replace(/\u00a0/g, ' ')), 'the front matter in the editor');
    await expectEventually(async () => (await profileItem().innerText()).includes(BANK_LABEL), 'the bank profile in the status bar');
    await page.keyboard.press('Control+Shift+M');
    await expectEventually(async () => (await page.locator('.markers-panel').innerText()).includes(BANK_FINDING), 'the bank keywords in Problems');
    await screenshot('bank-profile');
    await page.keyboard.press('Control+S');
    await expectEventually(async () => readFileSync(cvPath, 'utf8') !== original, 'the saved file');
    assert.equal(readFileSync(cvPath, 'utf8'), `---\nprofile: bank-back-office\n---\n\n${original}`);
  });

  const expectEventually = (probe: () => Promise<boolean>, what: string, timeoutMs = 20000): Promise<void> => ui.expectEventually(page, probe, what, timeoutMs);
});
