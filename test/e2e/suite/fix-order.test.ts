// Issue 9's sequence, tried as a person would in the real editor: on a Europass CV whose personal information
// comes first between `---` rules and whose language section is missing, "move the contact section to the end"
// and "add the language section" give the same CV in either order: the new section among the others, the
// contact section after it, the privacy clause last, no two rules back to back, both findings gone.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, codeActionsAt, copyFixture, cvlintApi, openInEditor, ruleId, waitFor, waitForDiagnostics } from './helpers';

const MOVE = /Sposta la sezione «INFORMAZIONI PERSONALI» in fondo|Move the "INFORMAZIONI PERSONALI" section to the end/;
const ADD_LANGUAGES = /Competenze linguistiche|Language skills/;

async function applyFix(uri: vscode.Uri, rule: string, title: RegExp): Promise<void> {
  const diagnostic = (await waitForDiagnostics(uri, `the ${rule} finding`, (d) => d.some((x) => ruleId(x) === rule))).find((d) => ruleId(d) === rule)!;
  const fix = await waitFor(
    `the ${rule} quick fix`,
    async () => (await codeActionsAt(uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value)).find((a) => title.test(a.title) && a.edit),
    15000,
  );
  assert.ok(await vscode.workspace.applyEdit(fix.edit!), `the editor applied "${fix.title}"`);
  await waitForDiagnostics(uri, `the ${rule} finding to go`, (d) => !d.some((x) => ruleId(x) === rule));
}

async function sequence(copyName: string, order: Array<[string, RegExp]>): Promise<string> {
  const uri = await copyFixture('cv-europass-order-it.md', copyName);
  const editor = await openInEditor(uri);
  await waitForDiagnostics(uri, 'both findings', (d) => d.some((x) => ruleId(x) === 'missing-section') && d.some((x) => ruleId(x) === 'contact-position'));
  for (const [rule, title] of order) await applyFix(uri, rule, title);
  return editor.document.getText();
}

suite('fixes in either order (issue 9)', () => {
  suiteSetup(async () => {
    await cvlintApi();
  });
  suiteTeardown(closeAllEditors);

  test('move the contact section then add the language section, and the other way round: the same CV', async () => {
    const moveFirst = await sequence('order-move-first.md', [
      ['contact-position', MOVE],
      ['missing-section', ADD_LANGUAGES],
    ]);
    const addFirst = await sequence('order-add-first.md', [
      ['missing-section', ADD_LANGUAGES],
      ['contact-position', MOVE],
    ]);
    assert.equal(moveFirst, addFirst);
    const text = moveFirst;
    const at = (needle: string) => {
      // The added heading follows the CV's capitals: compare without case.
      const index = text.toLowerCase().indexOf(needle.toLowerCase());
      assert.ok(index >= 0, `${needle} is in the CV:\n${text}`);
      return index;
    };
    assert.ok(at('## COMPETENZE TECNICHE') < at('Competenze linguistiche'), text);
    assert.ok(at('Competenze linguistiche') < at('## INFORMAZIONI PERSONALI'), text);
    assert.ok(at('## INFORMAZIONI PERSONALI') < at('Autorizzo il trattamento'), text);
    assert.doesNotMatch(text, /^---\s*\n(?:\s*\n)*---\s*$/m, 'two rules back to back');
    // Every line the person wrote is still there.
    for (const line of ['**Sara Colombo**', '- Email: sara.colombo@example.com', '- Precisione, capacità organizzative, lavoro di squadra']) at(line);
  });
});
