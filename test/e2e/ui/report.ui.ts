// Issue 11, in a real VS Code (code-server 4.100.3) in headless Chromium: an invented Italian CV whose front
// matter names an invented posting (test/e2e/workspace-ui/cv-report-it.md, job: annuncio-contabile.md):
//   - the status bar shows the match with the posting next to the CV score;
//   - "Show CV report" opens the report beside the editor: score, sections, the keyword chart, the requirements;
//   - typing "SAP" in the CV's skills updates the report (SAP moves to found);
//   - the posting-line button of a requirement opens the posting.
// Screenshots go to test-results/ui/ (rep-NN-*.png). Runs after the other UI files, in the same workspace.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { openWorkspaceFile, uiSession } from '../code-server/browser';

const CV_FILE = 'cv-report-it.md';
const POSTING_FILE = 'annuncio-contabile.md';

describe('ui: the CV report and the comparison with a job posting', function () {
  this.timeout(90000);
  const ui = uiSession('rep');
  const { port, folder, log } = ui;
  const cvLines = readFileSync(path.join(folder, CV_FILE), 'utf8').split('\n');
  let browser: Browser;
  let page: Page;

  const screenshot = (name: string): Promise<void> => ui.screenshot(page, name);

  const editor = (): Locator => page.locator('.editor-group-container .monaco-editor').first();
  /** The report's page: VS Code puts a webview's content in an iframe inside an iframe. */
  const report = (): FrameLocator => page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');

  const expectEventually = (probe: () => Promise<boolean>, what: string, timeoutMs = 20000): Promise<void> => ui.expectEventually(page, probe, what, timeoutMs);

  async function runCommand(title: string): Promise<void> {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10000 });
    await page.keyboard.type(title);
    await expectEventually(async () => (await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).count()) > 0, `"${title}" in the palette`);
    await page.keyboard.press('Enter');
  }

  before(async () => {
    ({ browser, page } = await ui.openPage({ width: 1500, height: 950 }));
  });
  after(async () => {
    await browser?.close();
  });

  it('opens the CV: the status bar shows the CV score and the match with the posting named in its front matter', async () => {
    await openWorkspaceFile(page, port, folder, CV_FILE);
    await editor().locator('.view-lines').waitFor({ timeout: 20000 });
    const status = page.locator('.statusbar-item').filter({ hasText: /CV \d+\/100[\s\S]*\d+\/100/ }).first();
    await status.waitFor({ timeout: 30000 });
    log(`status bar: ${await status.innerText()}`);
  });

  it('"Show CV report" opens the report beside the editor with the score, the sections, the chart and the requirements', async () => {
    await editor().locator('.view-line').first().click();
    await runCommand('cvlint: Show CV report');
    await report().locator('#job-score').waitFor({ timeout: 30000 });
    const title = await report().locator('h1').innerText();
    assert.match(title, /Rapporto CV: cv-report-it\.md/);
    assert.match(await report().locator('#score').innerText(), /^\d+$/);
    assert.equal(await report().locator('svg.chart').count(), 1, 'the keyword chart');
    assert.ok((await report().locator('svg.chart rect.bar-bg').count()) >= 4, 'a bar per keyword group');
    assert.match(await report().locator('ul.sections').innerText(), /Competenze linguistiche/);
    const missing = await report().locator('li.req.missing').allInnerTexts();
    const found = await report().locator('li.req.found').allInnerTexts();
    log(`missing: ${JSON.stringify(missing)}`);
    log(`found: ${JSON.stringify(found)}`);
    assert.ok(missing.some((t) => t.includes('SAP')), 'SAP missing');
    assert.ok(found.some((t) => t.includes('Excel')), 'Excel found');
    await screenshot('report-open');
  });

  it('typing in the CV updates the report', async () => {
    const skills = cvLines.findIndex((line) => line.startsWith('- Pacchetto Office'));
    assert.ok(skills > 0);
    await editor().locator('.view-line').first().click();
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 10000 });
    await page.keyboard.type(String(skills + 1));
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await page.keyboard.type(', SAP');
    await expectEventually(async () => (await report().locator('li.req.found', { hasText: 'SAP' }).count()) === 1, 'SAP among the found requirements');
    await screenshot('report-updated');
  });

  it('a requirement\'s posting-line button opens the posting', async () => {
    await report().locator('li.req', { hasText: 'fatturazione elettronica' }).locator('button.jump[data-target="posting"]').click();
    await page.locator('.tab.active', { hasText: POSTING_FILE }).first().waitFor({ timeout: 20000 });
    // The editor renders spaces as no-break spaces; the cursor lands on the posting's line (16).
    await expectEventually(
      async () => /Nice to have[\s\S]*fatturazione elettronica/.test((await editor().locator('.view-lines').innerText()).replace(/\u00a0/g, ' ')),
      'the posting in the editor',
    );
    await expectEventually(async () => (await page.locator('.statusbar-item', { hasText: /Ln 16, Col 1/ }).count()) > 0, 'the cursor on the posting line');
    await screenshot('posting-opened');
  });
});
