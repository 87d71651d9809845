// Files that take remark-parse minutes (or gigabytes) to read, sent to the real server: each gets one
// information diagnostic in plain words within its budget, while another document's hover and completion
// are answered before it. Then a newer version replacing a slow one, and a worker that runs out of memory.
// Nothing here asserts a duration: only what arrives, and in which order.
import assert from 'node:assert/strict';
import {
  CompletionRequest,
  DiagnosticSeverity,
  HoverRequest,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type Hover,
} from 'vscode-languageserver-protocol/node';
import { fixture, messageOf, ruleIds, virtualUri } from './helpers';
import { TestClient } from './lsp-client';

const ONE_LINE_PARAGRAPH = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. '.repeat(26_000); // 2 MB
const FIVE_MB = Array.from(
  { length: 42_000 },
  (_, n) => `## Esperienza ${n}\n\nImpiegata amministrativa presso l'azienda ${n}: fatturazione, archiviazione e *data entry*.\n\n`,
).join('');

const cases: { name: string; text: string; says: RegExp }[] = [
  { name: 'a 2 MB one-line paragraph', text: ONE_LINE_PARAGRAPH, says: /^This file is too large to check fully: only its headings were checked/ },
  { name: "50,000 × '*a' in one paragraph", text: '*a'.repeat(50_000), says: /^This file is too large or too complex to check fully: only its headings were checked/ },
  { name: "20,000 × '[a](' in one paragraph", text: '[a]('.repeat(20_000), says: /^This file is too large or too complex to check fully: only its headings were checked/ },
  { name: 'a 5 MB CV-like file', text: FIVE_MB, says: /^Questo file è troppo grande per un controllo completo: sono stati controllati solo i titoli/ },
];

describe('server: files too large or too complex to check', function () {
  this.timeout(180_000);
  let client: TestClient;
  const cvUri = virtualUri('cv-beside-the-big-one.md');

  before(async () => {
    client = new TestClient({ settings: { analysis: { timeBudgetMs: 1500 } } });
    await client.start();
    await client.open(cvUri, fixture('cv-impiegata-it.md'));
    assert.ok((await client.diagnosticsFor(cvUri, 1)).diagnostics.length > 0);
  });
  after(async () => {
    await client.stop();
  });

  const hoverOnCv = (): Promise<Hover | null> =>
    client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: cvUri }, position: { line: 19, character: 5 } });
  const completeOnCv = (): Promise<CompletionList | CompletionItem[] | null> =>
    client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: cvUri }, position: { line: 0, character: 0 } });

  for (const { name, text, says } of cases) {
    it(`${name}: one information diagnostic, and the other CV answers hover and completion before it`, async () => {
      // "cv-" in the name: the first look cannot rule these files out, so they reach the limits.
      const uri = virtualUri(`cv-${name.replace(/\W+/g, '-')}.md`);
      const since = client.mark();
      await client.open(uri, text);
      const [hover, completion] = await Promise.all([hoverOnCv(), completeOnCv()]);
      const bigOneDone = client.received.slice(since).some((r) => r.method === 'diagnostics' && r.params.uri === uri);
      assert.equal(bigOneDone, false, 'the other CV was answered before the big file was checked');
      assert.ok(hover);
      assert.ok(completion && (Array.isArray(completion) ? completion : completion.items).length > 0);

      const { diagnostics } = await client.diagnosticsFor(uri, 1, since);
      assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
      const [only] = diagnostics as [Diagnostic];
      assert.equal(only.code, 'analysis-limit');
      assert.equal(only.severity, DiagnosticSeverity.Information);
      assert.equal(only.range.start.line, 0);
      assert.match(messageOf(only), says);
      const status = await client.statusFor(uri, 1, since);
      assert.equal(status.state, 'checked');
      assert.deepEqual(status.missingSections, []);
      assert.equal(status.score, null);
      await client.close(uri);
    });
  }

  it('keeps the outline of the headings of a file checked only by its headings', async () => {
    const uri = virtualUri('cv-five-mb-outline.md');
    await client.open(uri, FIVE_MB);
    const status = await client.statusFor(uri, 1);
    assert.ok(status.sections.length > 100, `${status.sections.length} sections`);
    assert.deepEqual(status.sections.slice(0, 2).map((s) => [s.title, s.line]), [['Esperienza 0', 0], ['Esperienza 1', 4]]);
    await client.close(uri);
  });

  it('a newer version replaces a slow one: only the newer one is published', async () => {
    const uri = virtualUri('cv-superseded.md');
    const since = client.mark();
    await client.open(uri, `# Curriculum Vitae\n\n## Esperienza\n\n${'[a]('.repeat(20_000)}\n`);
    const version = await client.replace(uri, fixture('cv-impiegata-it.md'));
    const { diagnostics } = await client.diagnosticsFor(uri, version, since);
    assert.ok(!ruleIds(diagnostics).includes('analysis-limit'));
    assert.ok(diagnostics.length > 0);
    const published = client.diagnosticsReceived(uri).map((d) => d.version);
    assert.deepEqual(published, [version]);
    await client.close(uri);
  });
});

describe('server: an analysis worker that runs out of memory', function () {
  this.timeout(180_000);
  let client: TestClient;
  before(async () => {
    // A tiny heap: the long CV below exhausts it.
    client = new TestClient({ env: { CVLINT_ANALYSIS_MEMORY_MB: '24' }, settings: { analysis: { timeBudgetMs: 120_000, maxFileSizeKb: 100_000 } } });
    await client.start();
  });
  after(async () => {
    await client.stop();
  });

  it('is replaced: the document says it was checked by its headings only, the next one is checked in full', async () => {
    const uri = virtualUri('cv-out-of-memory.md');
    await client.open(uri, `# Curriculum Vitae\n\n## Experience\n\n${'- Worked on *many* [things](x) with `code` and **bold** text.\n'.repeat(40_000)}`);
    const { diagnostics } = await client.diagnosticsFor(uri, 1);
    assert.deepEqual(ruleIds(diagnostics), ['analysis-limit']);
    assert.match(messageOf(diagnostics[0]), /only its headings were checked/);

    const next = virtualUri('cv-after-the-crash.md');
    await client.open(next, fixture('cv-impiegata-it.md'));
    const after = await client.diagnosticsFor(next, 1);
    assert.ok(after.diagnostics.length > 0);
    assert.ok(!ruleIds(after.diagnostics).includes('analysis-limit'));
  });
});
