// The Markdown preview's CV style (client/src/cv-preview.ts) with a real markdown-it, as VS Code's preview runs
// it: a CV is wrapped and its parts marked; a README, or a file the server has not called a CV, is left alone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { cvPreviewPlugin } from '../../client/src/cv-preview';
import { analyzeCv } from '../../server/src/engine/analyze';
import type { DocumentStatus } from '../../server/src/shared/protocol';

const CV_URI = 'file:///work/cv.md';
const README_URI = 'file:///work/README.md';

/** The part of a status the plugin reads, from the engine's reading of the text. */
function statusFor(uri: string, text: string, fileName: string): DocumentStatus {
  const result = analyzeCv(text, { fileName });
  return {
    uri,
    version: 1,
    state: result.checked ? 'checked' : 'not-a-cv',
    language: result.document.language,
    messageLanguage: result.document.language,
    profile: { id: 'back-office', label: 'Back office', source: 'settings' },
    score: result.score,
    findingCounts: { error: 0, warning: 0, info: 0, hint: 0 },
    missingSections: [],
    sections: result.document.sections.map((section) => ({
      kind: section.kind,
      title: section.title,
      kindLabel: section.kind,
      level: section.level,
      line: section.headingRange.start.line,
      range: section.range,
      headingRange: section.headingRange,
      required: false,
      state: 'ok' as const,
      findingCount: 0,
    })),
  };
}

function render(text: string, uri: string, status: DocumentStatus | undefined): string {
  const md = new MarkdownIt({ html: true });
  cvPreviewPlugin((asked) => (asked === uri ? status : undefined))(md);
  return md.render(text, { currentDocument: { toString: () => uri } });
}

describe('CV preview (markdown-it plugin)', () => {
  const cv = readFileSync('examples/cv-back-office-it.md', 'utf8');

  it('wraps a CV, one <section> per section with its kind, and marks the name, entries, dates and privacy clause', () => {
    const html = render(cv, CV_URI, statusFor(CV_URI, cv, 'cv.md'));
    assert.match(html, /^<div class="cvlint-cv" lang="it">\n<h1 class="cvlint-name">Giulia Bianchi<\/h1>/);
    assert.match(html, /<\/div>\n$/);
    const kinds = [...html.matchAll(/<section class="cvlint-section" data-cvlint-kind="([\w-]+)">\n<h2>([^<]+)<\/h2>/g)].map((match) => `${match[1]}: ${match[2]}`);
    assert.deepEqual(kinds, [
      'contact: Informazioni personali',
      'experience: Esperienza professionale',
      'education: Istruzione e formazione',
      'technical-skills: Competenze tecniche',
      'language-skills: Competenze linguistiche',
    ]);
    assert.equal(html.split('<section').length, html.split('</section>').length, 'every section closed');
    assert.match(html, /<h3 class="cvlint-entry">Addetta back office amministrativo — Logistica Padana S.r.l., Verona<\/h3>\n<p class="cvlint-dates">Marzo 2021 – oggi<\/p>/);
    assert.match(html, /<p class="cvlint-privacy">Autorizzo il trattamento/);
  });

  it('works as VS Code calls it: tokens parsed once without the document, rendered with it; the tokens stay unmarked', () => {
    const md = new MarkdownIt({ html: true });
    const status = statusFor(CV_URI, cv, 'cv.md');
    cvPreviewPlugin((asked) => (asked === CV_URI ? status : undefined))(md);
    const tokens = md.parse(cv, {});
    const before = JSON.stringify(tokens);
    const first = md.renderer.render(tokens, md.options, { currentDocument: { toString: () => CV_URI } });
    const second = md.renderer.render(tokens, md.options, { currentDocument: { toString: () => CV_URI } });
    assert.equal(second, first, 'the same page on every render');
    assert.equal(first.match(/class="cvlint-privacy"/g)?.length, 1);
    assert.equal(JSON.stringify(tokens), before, 'the cached tokens are not changed');
    assert.equal(md.renderer.render(tokens, md.options, {}), new MarkdownIt({ html: true }).render(cv), 'without a document: plain');
  });

  it('leaves a README as VS Code renders it', () => {
    const readme = readFileSync('README.md', 'utf8').slice(0, 4000);
    const plain = new MarkdownIt({ html: true }).render(readme);
    assert.equal(render(readme, README_URI, statusFor(README_URI, readme, 'README.md')), plain);
    assert.equal(render(cv, CV_URI, undefined), new MarkdownIt({ html: true }).render(cv), 'no status yet: plain too');
  });
});
