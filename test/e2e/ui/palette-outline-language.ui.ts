// Issue 9, in a real VS Code (code-server 4.100.3) in headless Chromium, on an invented Italian
// Europass-shaped CV (contacts first, test/e2e/workspace-ui/cv-europass-it.md):
//   - the command palette finds the extension's commands by "cvlint" and by "CV";
//   - the breadcrumbs show VS Code's own Markdown outline, with no extra "cvlint" level (the client
//     sends `hasMarkdownOutline`, so the server registers no document symbol provider);
//   - the status bar item and the Problems entries are in Italian, the CV's language;
//   - the contact-position warning offers both "move to the end" and "keep at the top"; keeping them
//     writes `<!-- cvlint-contact-position start -->` and the warning goes.
// A screenshot of each step goes to test-results/ui/ (pol-NN-*.png). The steps depend on each other:
// run with --bail. Started by test/e2e/code-server/run.sh after cv-editing.ui.ts, in the same workspace.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { openWorkspaceFile, uiSession } from '../code-server/browser';

const CV_FILE = 'cv-europass-it.md';
const STATUS_ITEM = /CV \d+\/100/;
const COMMAND_TITLES = [
  'New CV from template',
  'Insert missing section…',
  'Check this file as a CV',
  'Show missing sections and outline',
  'Restart language server',
  'Show output',
  'Choose CV profile',
  'Export CV to PDF',
  'Export CV to Word (.docx)',
  'Export CV to plain text',
  'Compare with a job posting…',
  'Show CV report',
];
const MOVE_TO_END = 'Sposta la sezione «Informazioni personali» in fondo al CV';
const KEEP_AT_TOP = 'Tieni i recapiti in cima per questo CV';
const AT_TOP_MESSAGE = 'La sezione «Informazioni personali» è in cima al CV, come nel formato Europass';

describe('ui: palette, outline, message language and the Europass fix', function () {
  this.timeout(60000);
  const ui = uiSession('pol');
  const { port, folder, log } = ui;
  const cvPath = path.join(folder, CV_FILE);
  const original = readFileSync(cvPath, 'utf8');
  let browser: Browser;
  let page: Page;
  let scoreBefore = -1;

  const screenshot = (name: string): Promise<void> => ui.screenshot(page, name);

  const editor = (): Locator => page.locator('.editor-group-container .monaco-editor').first();
  const statusItem = (): Locator => page.locator('.statusbar-item').filter({ hasText: STATUS_ITEM }).first();
  const problems = (): Locator => page.locator('.markers-panel');
  const quickInputRows = (): Locator => page.locator('.quick-input-widget .quick-input-list .monaco-list-row');

  async function visibleText(): Promise<string> {
    return (await editor().locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
  }

  async function rowTexts(rows: Locator): Promise<string[]> {
    return (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  function score(status: string): number {
    return Number(/CV (\d+)\/100/.exec(status)?.[1] ?? NaN);
  }

  before(async () => {
    ({ browser, page } = await ui.openPage());
  });
  after(async () => {
    await browser?.close();
  });

  it('opens the Europass CV: the contact-position warning is underlined', async () => {
    await openWorkspaceFile(page, port, folder, CV_FILE);
    await editor().locator('.view-lines').waitFor({ timeout: 20000 });
    await expectEventually(async () => /# CURRICULUM VITAE[\s\S]*## Informazioni personali/.test(await visibleText()), 'the Europass CV in the editor');
    await editor().locator('.squiggly-warning').first().waitFor({ timeout: 30000 });
    await screenshot('europass-open');
  });

  it('the command palette lists the cvlint commands when typing "cvlint", and finds them by "CV"', async () => {
    await editor().locator('.view-line').first().click();
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10000 });
    await page.keyboard.type('cvlint');
    let rows: string[] = [];
    await expectEventually(async () => {
      rows = await rowTexts(quickInputRows());
      return COMMAND_TITLES.every((title) => rows.some((r) => r.includes(`cvlint: ${title}`)));
    }, 'every cvlint command in the palette');
    log(`palette "cvlint": ${JSON.stringify(rows)}`);
    assert.equal(await input.inputValue(), '>cvlint');
    // Nothing but the extension's commands matches its name.
    assert.ok(rows.every((r) => r.startsWith('cvlint: ')), `rows: ${JSON.stringify(rows)}`);
    await screenshot('palette-cvlint');

    await input.fill('>CV');
    await expectEventually(async () => {
      rows = await rowTexts(quickInputRows());
      return COMMAND_TITLES.every((title) => rows.some((r) => r.includes(`cvlint: ${title}`)));
    }, 'the cvlint commands found by "CV"');
    log(`palette "CV": ${JSON.stringify(rows)}`);
    // They come first: "CV" matches the start of the category, other commands only scattered letters.
    assert.deepEqual(rows.slice(0, COMMAND_TITLES.length).map((r) => r.replace(/^cvlint: /, '')).sort(), [...COMMAND_TITLES].sort());
    await screenshot('palette-cv');
    await page.keyboard.press('Escape');
    await input.waitFor({ state: 'hidden', timeout: 10000 });
  });

  it('the breadcrumbs show the Markdown outline with no "cvlint" level', async () => {
    // Go to a section with the outline (Ctrl+Shift+O): each heading is listed once.
    await page.keyboard.press('Control+Shift+O');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 10000 });
    await expectEventually(async () => (await quickInputRows().count()) >= 6, 'the outline in the quick pick');
    const symbols = await rowTexts(quickInputRows());
    log(`Ctrl+Shift+O: ${JSON.stringify(symbols)}`);
    const esperienza = symbols.filter((s) => /Esperienza professionale/.test(s));
    assert.equal(esperienza.length, 1, `one "Esperienza professionale" symbol: ${JSON.stringify(symbols)}`);
    assert.ok(!symbols.some((s) => /^cvlint\b/.test(s)), `no cvlint symbols: ${JSON.stringify(symbols)}`);
    await page.keyboard.type('Esperienza');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10000 });

    const crumbs = page.locator('.breadcrumbs-control .monaco-breadcrumb-item');
    let items: string[] = [];
    await expectEventually(async () => {
      items = await rowTexts(crumbs);
      return items.some((i) => /Esperienza professionale/.test(i));
    }, 'the section in the breadcrumbs');
    log(`breadcrumbs: ${JSON.stringify(items)}`);
    const file = items.findIndex((i) => i.includes(CV_FILE));
    assert.ok(file >= 0, `the file in the breadcrumbs: ${JSON.stringify(items)}`);
    // File › title heading › section: the Markdown outline, straight after the file name. With a second
    // symbol provider VS Code adds a group level per provider (seen with hasMarkdownOutline false: the
    // breadcrumbs read cv-europass-it.md › Markdown Language Features › …, and Ctrl+Shift+O lists each heading twice).
    assert.deepEqual(
      items.slice(file + 1).map((i) => i.replace(/^#+\s*/, '')),
      ['CURRICULUM VITAE', 'Esperienza professionale'],
    );
    assert.ok(!items.some((i) => /^cvlint$/i.test(i)), `no cvlint level: ${JSON.stringify(items)}`);

    // The breadcrumb picker (Ctrl+Shift+.) lists the sibling sections, again with no cvlint group.
    await page.keyboard.press('Control+Shift+.');
    const picker = page.locator('.monaco-breadcrumbs-picker').first();
    await picker.waitFor({ state: 'visible', timeout: 10000 });
    let pickerRows: string[] = [];
    await expectEventually(async () => {
      pickerRows = await rowTexts(picker.locator('.monaco-list-row'));
      return pickerRows.some((r) => /Competenze linguistiche/.test(r));
    }, 'the sections in the breadcrumb picker');
    log(`breadcrumb picker: ${JSON.stringify(pickerRows)}`);
    assert.ok(pickerRows.some((r) => /Informazioni personali/.test(r)));
    assert.ok(!pickerRows.some((r) => /^cvlint$/i.test(r)), `no cvlint group: ${JSON.stringify(pickerRows)}`);
    await screenshot('breadcrumbs-picker');
    await page.keyboard.press('Escape');
    await picker.waitFor({ state: 'hidden', timeout: 10000 });
  });

  it('the status bar item and the Problems entries are in Italian, the CV’s language', async () => {
    let status = '';
    await expectEventually(async () => {
      status = await statusItem().innerText();
      return /mancant/.test(status);
    }, 'the status bar item for the Europass CV');
    log(`status bar: ${JSON.stringify(status)}`);
    assert.match(status, /^\s*CV \d+\/100\s+1 mancante\s*$/);
    scoreBefore = score(status);
    const label = (await statusItem().locator('[aria-label]').first().getAttribute('aria-label')) ?? (await statusItem().getAttribute('aria-label')) ?? '';
    log(`status bar label: ${JSON.stringify(label)}`);
    assert.match(label, /^Punteggio del CV \d+ su 100, 1 sezioni mancanti$/);

    await page.keyboard.press('Control+Shift+M');
    await problems().locator('.monaco-tl-row').first().waitFor({ timeout: 20000 });
    let entries = '';
    await expectEventually(async () => {
      entries = await problems().innerText();
      return entries.includes(AT_TOP_MESSAGE) && entries.includes('Manca la sezione «Competenze personali».');
    }, 'the Europass findings in Problems');
    log(`problems: ${JSON.stringify(entries.slice(0, 600))}`);
    assert.doesNotMatch(entries, /\bMissing\b|\bScore\b/);

    // The tooltip of the status bar item.
    await statusItem().hover();
    const hover = page.locator('.workbench-hover, .monaco-hover').filter({ hasText: /Punteggio/ }).first();
    await hover.waitFor({ state: 'visible', timeout: 10000 });
    const tooltip = await hover.innerText();
    log(`status bar tooltip: ${JSON.stringify(tooltip)}`);
    assert.match(tooltip, /Punteggio: \d+\/100/);
    assert.match(tooltip, /Sezioni mancanti: .*Competenze personali/);
    assert.doesNotMatch(tooltip, /\bMissing\b|\bScore\b/);
    await screenshot('italian-status-and-problems');
    await page.mouse.move(700, 300);
  });

  it('the contact-position warning offers moving the section and keeping it at the top; keeping it adds the comment', async () => {
    // The warning sits on the "## Informazioni personali" heading, line 3.
    await editor().locator('.view-line').first().click();
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 10000 });
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10000 });
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget').first();
    await menu.waitFor({ state: 'visible', timeout: 20000 });
    let offered = '';
    await expectEventually(async () => {
      offered = await menu.innerText();
      return offered.includes(MOVE_TO_END) && offered.includes(KEEP_AT_TOP);
    }, 'both contact-position fixes in the menu');
    log(`code action menu: ${JSON.stringify(offered.slice(0, 500))}`);
    for (let step = 0; step < 20; step++) {
      const focused = await menu.locator('.monaco-list-row.focused').first().innerText().catch(() => '');
      if (focused.includes(KEEP_AT_TOP)) break;
      await page.keyboard.press('ArrowDown');
    }
    assert.match(await menu.locator('.monaco-list-row.focused').first().innerText(), new RegExp(KEEP_AT_TOP));
    await screenshot('keep-at-top-menu');
    await page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden', timeout: 10000 });

    await expectEventually(
      async () => (await editor().locator('.view-line').allInnerTexts()).some((l) => l.replace(/\u00a0/g, ' ') === '<!-- cvlint-contact-position start -->'),
      'the comment in the editor',
    );
    await expectEventually(async () => !(await problems().innerText()).includes(AT_TOP_MESSAGE), 'the contact-position entry to go from Problems');
    await expectEventually(async () => score(await statusItem().innerText()) > scoreBefore, 'a higher score');
    await expectEventually(async () => (await editor().locator('.squiggly-warning').count()) === 0, 'no warning squiggle');
    // The missing section is still reported, in Italian.
    assert.match(await problems().innerText(), /Manca la sezione «Competenze personali»/);
    await screenshot('kept-at-top');

    await page.keyboard.press('Control+S');
    let onDisk = '';
    await expectEventually(async () => {
      onDisk = readFileSync(cvPath, 'utf8');
      return onDisk !== original;
    }, 'the saved file');
    assert.equal(onDisk, `<!-- cvlint-contact-position start -->\n${original}`);
  });

  const expectEventually = (probe: () => Promise<boolean>, what: string, timeoutMs = 15000): Promise<void> => ui.expectEventually(page, probe, what, timeoutMs);
});
