// Bugs `npm run fuzz` found, each pinned by the smallest input that showed it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeCv } from '../../server/src/engine/analyze';
import { applyEdits } from '../support/apply-edits';
import { findingIdentity } from '../support/fix-checks';
import { fixAllEdits } from '../../server/src/lsp/code-actions';
import { insertBlockAtEnd } from '../../server/src/engine/edits';
import type { Finding } from '../../server/src/engine/types';

const forced = { fileName: 'cv.md', force: true } as const;

function fixOf(findings: Finding[], ruleId: string, messageKey: string, groupId?: string): Finding['fixes'][number] {
  const finding = findings.find((f) => f.ruleId === ruleId && f.messageKey === messageKey && (!groupId || f.messageArgs.groupId === groupId));
  assert.ok(finding && finding.fixes.length > 0, `no ${ruleId}/${messageKey} fix`);
  return finding.fixes[0];
}

/** Fix all until nothing is offered; the texts of each round. */
function fixAllRounds(text: string, rounds: number): string[] {
  const texts = [text];
  for (let round = 0; round < rounds; round++) {
    const edits = fixAllEdits(analyzeCv(texts[texts.length - 1], forced).findings);
    if (edits.length === 0) break;
    texts.push(applyEdits(texts[texts.length - 1], edits));
  }
  return texts;
}

describe('fuzz regressions', () => {
  it('a leading byte order mark shifts nothing: same findings, contacts on the same lines', () => {
    // micromark drops the BOM, so its offsets were one character short of the text's: the contact
    // section lost its email and a "missing email" fix was offered again after every fix.
    const plain = readFileSync('examples/cv-gaps-it.md', 'utf8');
    const withBom = `\ufeff${plain}`;
    const a = analyzeCv(plain, { fileName: 'cv.md' });
    const b = analyzeCv(withBom, { fileName: 'cv.md' });
    assert.deepEqual(b.findings.map(findingIdentity), a.findings.map(findingIdentity));
    assert.deepEqual(
      b.document.contact.emails.map((email) => [email.value, email.range]),
      a.document.contact.emails.map((email) => [email.value, email.range]),
    );
    assert.ok(a.document.contact.emails.length > 0, 'the example has an email');
    assert.deepEqual(
      b.document.sections.map((s) => [s.kind, s.title]),
      a.document.sections.map((s) => [s.kind, s.title]),
    );
    const line = b.document.contact.emails[0].range.start.line;
    const { start, end } = b.document.contact.emails[0].range;
    assert.equal(withBom.split('\n')[line].slice(start.character, end.character), b.document.contact.emails[0].value);
    // A fix applied to the BOM text gives the BOM text of the same fix on the plain text.
    const fixable = (f: { fixes: { edits: { range: { start: { line: number } } }[] }[] }) => f.fixes.length > 0 && f.fixes[0].edits.every((edit) => edit.range.start.line > 0);
    const fixPlain = a.findings.find(fixable);
    const fixBom = b.findings.find(fixable);
    assert.ok(fixPlain && fixBom, 'the example offers a fix below its first line');
    assert.equal(applyEdits(withBom, fixBom.fixes[0].edits), `\ufeff${applyEdits(plain, fixPlain.fixes[0].edits)}`);
  });
  it('a section added to a CV that ends in an unclosed HTML comment or <pre> goes before it, not into it', () => {
    // Only code fences counted as unclosed, so "<!--" swallowed every section fix-all appended, forever.
    const comment = analyzeCv('<!--', forced);
    assert.deepEqual(comment.document.opaqueBlocks, [{ kind: 'html', startLine: 0, endLine: 0, closed: false }]);
    const added = applyEdits('<!--', fixOf(comment.findings, 'missing-section', 'missing').edits);
    assert.match(added, /^## Work experience\n[^]*\n<!--$/);
    assert.equal(fixAllRounds('<!--', 4).length, 2, 'one round of fix all, then nothing left to fix');

    const pre = '# Anna Neri\n\n## Esperienza\n\nImpiegata.\n\n<pre>\ncodice';
    const withEducation = applyEdits(pre, fixOf(analyzeCv(pre, forced).findings, 'missing-section', 'missing').edits);
    assert.ok(withEducation.indexOf('## Istruzione e formazione') < withEducation.indexOf('<pre>'), withEducation);
    assert.ok(analyzeCv(withEducation, forced).document.sections.some((s) => s.kind === 'education'));
  });

  it('keywords for a section whose body opens an unclosed fence go above the fence, and count', () => {
    const text = '# Soft skills\n```\n\n';
    const fix = fixOf(analyzeCv(text, forced).findings, 'missing-keywords', 'none', 'personal-qualities');
    const fixed = applyEdits(text, fix.edits);
    assert.equal(fixed, '# Soft skills\n\n- Organisational skills\n\n```\n\n');
    const after = analyzeCv(fixed, forced).findings.find((f) => f.messageArgs.groupId === 'personal-qualities');
    assert.notEqual(after?.messageKey, 'none');
  });

  it('a contact detail added to a contact section that opens an unclosed fence goes above the fence', () => {
    const text = '**Contact information**\n\n```a';
    const fixed = applyEdits(text, fixOf(analyzeCv(text, forced).findings, 'missing-contact-detail', 'missingEmail').edits);
    assert.equal(fixed, '**Contact information**\n\n- Email: [email address]\n\n```a');
  });

  it('a section template under a level-6 heading writes its entries as bold lines, so fix all ends', () => {
    // "###### Role — Employer" under "###### Work experience" closed the section: it stayed empty,
    // and each round of fix all inserted the template again.
    const rounds = fixAllRounds('###### Languages\n\na@b.', 6);
    assert.ok(rounds.length <= 3, `fix all still fixing after ${rounds.length - 1} rounds`);
    const last = rounds[rounds.length - 1];
    assert.match(last, /###### Work experience\n\n\*\*\[Role\] — \[Employer\], \[City\]\*\*/);
    assert.deepEqual(analyzeCv(last, forced).findings.filter((f) => f.ruleId === 'empty-section'), []);
  });
  it('moving the contacts to the top of a CV whose first section heading sits in an HTML block puts them above the block', () => {
    // The insertion point was pushed past the block, i.e. after that section: the move changed nothing,
    // and fix all moved the contacts to the same place forever.
    const text = '# Giulia Bianchi\n\n<div>\n<h2>Esperienza</h2>\n<p>Impiegata amministrativa, 2019 – 2023.</p>\n</div>\n\n## Contatti\n\n- giulia@example.com\n';
    const options = { fileName: 'cv.md', contactPlacement: 'start' } as const;
    const fixed = applyEdits(text, fixOf(analyzeCv(text, options).findings, 'contact-position', 'sectionNotFirst').edits);
    assert.ok(fixed.startsWith('# Giulia Bianchi\n\n## Contatti\n\n- giulia@example.com\n\n<div>\n'), fixed);
    assert.deepEqual(analyzeCv(fixed, options).findings.filter((f) => f.ruleId === 'contact-position'), []);
  });
  it('front matter whose YAML alias makes a list contain itself does not cost the contacts', () => {
    // Reading `name: &a [*a]` recursed until the stack overflowed, and the contact section came out empty.
    const text = '---\nname: &a [*a]\n---\n\n## Contatti\n\n- Email: giulia@example.com\n';
    const result = analyzeCv(text, forced);
    assert.deepEqual(result.document.contact.emails.map((email) => email.value), ['giulia@example.com']);
    assert.equal(result.findings.some((f) => f.messageKey === 'missingEmail'), false);
  });

  it('a line break written right after a lone CR stays a line break of its own', () => {
    // "\n## Section" inserted after a line ending in a lone CR fused into one CRLF: the blank line
    // before the heading vanished and the heading fell into the HTML block above it.
    const text = '+++\nname = "Davide Ricci"\nlang = "it"\ncv = true\n+++\n<h1>Esperienza professionale\r';
    const fix = analyzeCv(text, forced).findings.find((f) => f.messageKey === 'missing' && f.messageArgs.kind === 'experience');
    assert.ok(fix && fix.fixes.length === 1);
    const fixed = applyEdits(text, fix.fixes[0].edits);
    assert.ok(fixed.includes('<h1>Esperienza professionale\r\r\n## Esperienza professionale\n'), JSON.stringify(fixed));
    assert.ok(analyzeCv(fixed, forced).document.sections.some((s) => s.kind === 'experience' && s.source === 'atx'));
  });

  it('a document with old Mac line endings (CR) gets CR in its fixes', () => {
    const text = readFileSync('examples/cv-gaps-it.md', 'utf8').replace(/\r?\n/g, '\r');
    const fixes = analyzeCv(text, { fileName: 'cv.md' }).findings.flatMap((f) => f.fixes);
    assert.ok(fixes.length > 0);
    for (const fix of fixes) assert.ok(!applyEdits(text, fix.edits).includes('\n'), fix.title);
  });
  it('an indented code block that looks like a list is not extended with keywords', () => {
    // "    1. Excel" under a heading is code: the new item "    3. Fatturazione" was code too.
    const text = '# Competenze\n    1. Excel\n    2. Word\n';
    // missing-section off: otherwise the keyword fix waits for the technical-skills section it would add.
    const fix = fixOf(analyzeCv(text, { ...forced, rules: { 'missing-section': 'off' } }).findings, 'missing-keywords', 'none', 'administrative-tasks');
    const fixed = applyEdits(text, fix.edits);
    assert.equal(fixed, '# Competenze\n    1. Excel\n    2. Word\n\n- Fatturazione\n');
    const after = analyzeCv(fixed, forced).findings.find((f) => f.messageArgs.groupId === 'administrative-tasks');
    assert.equal(after?.messageArgs.present, 1);
  });
  it('a list nested 1,000 deep does not cost the headings after it', () => {
    // The model's walk recursed once per level and overflowed the stack; the whole model came out empty,
    // so every section fix-all appended was reported missing again.
    const text = `${'- '.repeat(1000)}Excel\n\n## Work experience\n\n### Role — Employer, City\n\n- Duty\n`;
    assert.deepEqual(analyzeCv(text, forced).document.sections.map((s) => s.title), ['Work experience', 'Role — Employer, City']);
  });
});

describe('fuzz regressions: text nested too deep to walk', () => {
  it('words inside 300 nested block quotes still count, so a keyword a fix appends there clears its finding', () => {
    const deep = `${'> '.repeat(300)}Contatti\nProblem solving.`;
    const text = `# Emma Collins\n\n## Work experience\n\n### Clerk — Acme Ltd\n*2019 – 2023*\n\n## Interpersonal skills\n\n${deep}\n`;
    const before = analyzeCv(text, forced);
    const finding = before.findings.find((f) => f.ruleId === 'missing-keywords' && f.messageArgs.groupId === 'personal-qualities');
    assert.ok(finding, 'the personal-qualities group is below its minimum');
    const fixed = applyEdits(text, finding.fixes[0].edits);
    const after = analyzeCv(fixed, forced).findings.find((f) => f.ruleId === 'missing-keywords' && f.messageArgs.groupId === 'personal-qualities');
    assert.ok(!after || Number(after.messageArgs.present) > Number(finding.messageArgs.present), 'the added keyword is seen');
  });
  it('a keyword item goes before an HTML block that interrupts the list, not into it (after its last item)', () => {
    // "<table>" under an item starts an HTML block that takes in the items after it, to the blank line.
    const text = '# Rachel Whitmore\n\n## Work Experience\n\n### Accounts Assistant — Harbour Freight Ltd\n*June 2020 – Present*\n\n## Skill Set\n\n- Microsoft Excel\n<table>\n- Sage 50\n- Xero\n\n## Languages\n\n- English: native\n';
    const before = analyzeCv(text, forced);
    const html = before.document.opaqueBlocks.find((b) => b.kind === 'html');
    assert.ok(html, 'the <table> line starts an HTML block');
    const finding = before.findings.find((f) => f.ruleId === 'missing-keywords' && f.messageArgs.groupId === 'office-software');
    assert.ok(finding && finding.fixes.length > 0, 'a keyword fix for office software');
    for (const edit of finding.fixes[0].edits) {
      assert.ok(edit.range.start.line < html.startLine || edit.range.start.line > html.endLine, `edit on line ${edit.range.start.line}, inside lines ${html.startLine}–${html.endLine}`);
    }
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.ok(fixed.includes('- Microsoft Excel\n- '), fixed);
    const after = analyzeCv(fixed, forced).findings.find((f) => f.ruleId === 'missing-keywords' && f.messageArgs.groupId === 'office-software');
    assert.ok(!after || Number(after.messageArgs.present) > Number(finding.messageArgs.present), 'the added keyword is seen');
  });
});

describe('fuzz regressions: contact lines in an HTML block', () => {
  it('a missing contact line goes after the HTML block that took in the contact list, not into it', () => {
    const text = '# Rachel Whitmore\n\n## Work Experience\n\n### Accounts Assistant — Harbour Freight Ltd\n*June 2020 – Present*\n\n## Contact\n\n<table>\n- Email: rachel.whitmore@example.com\n- Phone: +44 7700 900123\n';
    const options = { ...forced, contactPlacement: 'any' as const };
    const before = analyzeCv(text, options);
    const html = before.document.opaqueBlocks.find((b) => b.kind === 'html');
    assert.ok(html, 'the <table> line starts an HTML block');
    const finding = before.findings.find((f) => f.ruleId === 'missing-contact-detail' && f.messageKey === 'missingAddress');
    assert.ok(finding && finding.fixes.length > 0, 'a fix adding the address line');
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.ok(fixed.includes('+44 7700 900123\n\nAddress: ') || fixed.includes('+44 7700 900123\n\nIndirizzo: '), fixed);
    const after = analyzeCv(fixed, options);
    assert.ok(after.document.opaqueBlocks.every((b) => b.kind !== 'html' || b.endLine < fixed.split('\n').findIndex((l) => /^(?:Address|Indirizzo): /.test(l))));
    assert.ok(!after.findings.some((f) => f.ruleId === 'missing-contact-detail' && f.messageKey === 'missingAddress'), 'the address finding is cleared');
  });
});

describe('fuzz regressions: a document that ends in spaces', () => {
  it('a block appended at the end goes before a last line of spaces, at the margin (not indented into code)', () => {
    const text = '# Mario Rossi\n\n## Esperienza\n\n    > indirizzo in un blocco di codice\n    \n    ';
    const doc = analyzeCv(text, forced).document;
    const fixed = applyEdits(text, [insertBlockAtEnd(doc, '## Lingue\n\n- Italiano: madrelingua\n')]);
    assert.ok(fixed.startsWith(text.slice(0, -4)) && fixed.endsWith('\n    '), JSON.stringify(fixed));
    assert.ok(fixed.includes('\n## Lingue\n'), JSON.stringify(fixed));
    assert.deepEqual(analyzeCv(fixed, forced).document.sections.map((s) => s.title), ['Mario Rossi', 'Esperienza', 'Lingue']);
  });
});

describe('fuzz regressions: code is not what a section says', () => {
  it('a "Competenze personali" section followed by code that names the mother tongue stays personal skills', () => {
    // The section added by a missing-section fix lands before an unclosed fence; the fence's "Madrelingua"
    // made it a languages section, and the fix was offered again.
    const text = '# Mario Rossi\n\n## Competenze personali\n\n- [Qualità personale]\n- [Qualità personale]\n\n```\nMadrelingua: italiano\nAltre lingue: inglese\n';
    const sections = analyzeCv(text, forced).document.sections;
    assert.deepEqual(sections.map((s) => [s.title, s.kind]), [['Mario Rossi', sections[0].kind], ['Competenze personali', 'personal-skills']]);
    // Written as text, the same lines do make it a languages section.
    const prose = text.replace('```\n', '');
    assert.equal(analyzeCv(prose, forced).document.sections[1].kind, 'language-skills');
  });
});

describe('fuzz regressions: headings inside raw HTML', () => {
  it('an unclosed <pre> holds raw text: its "#" lines are not headings (fix-all once wrote two overlapping edits)', () => {
    const text = '<pre>\n# Daniel Carter\n\nBack office administrator.\n\n## Work experience\n\n- 2019 – 2023: clerk\n';
    assert.deepEqual(analyzeCv(text, forced).document.sections.map((s) => s.title), []);
  });
  it('a "### Role" line right after <section> is a heading (site generators render it as one)', () => {
    const text = '## Esperienza\n\n<section>\n### Impiegata contabile presso Rossi S.r.l.\n\nda 2019 a oggi\n</section>\n';
    assert.deepEqual(analyzeCv(text, forced).document.sections.map((s) => [s.title, s.role]), [['Esperienza', 'section'], ['Impiegata contabile presso Rossi S.r.l.', 'entry']]);
  });
});

describe('real-world HTML layouts: where the prose is', () => {
  it('indented HTML after a blank line (a code block to CommonMark, the page to kramdown) is prose: the language is Italian', () => {
    const para = 'Nel corso della mia esperienza mi sono occupato della gestione delle fatture e dei rapporti con i fornitori presso la sede di Varese.';
    const text = `---\ntitle: Curriculum Vitae\n---\n\n<div class="cv">\n  <div class="title">Professional Experience</div>\n\n    <div class="entry">\n      <p>${para}</p>\n    </div>\n\n</div>\n`;
    const result = analyzeCv(text, { fileName: 'cv.md', force: true });
    assert.equal(result.document.textLanguage, 'it');
    assert.ok(result.document.opaqueBlocks.some((b) => b.kind === 'code'), 'fixes still keep out of it');
  });
  it('CSS after a blank line inside <style> is not prose (its words voted for English)', () => {
    const css = Array.from({ length: 30 }, (_, i) => `  .c${i} { margin: 0 auto; transition: all 0.3s ease-in-out; }`).join('\n');
    const text = `<style>\n${css}\n\n${css}\n</style>\n\n# Maria Bianchi\n\n## Esperienza\n\nHo lavorato presso lo studio Rossi della città di Como per la gestione delle pratiche.\n`;
    assert.equal(analyzeCv(text, { fileName: 'cv.md', force: true }).document.textLanguage, 'it');
  });
});
