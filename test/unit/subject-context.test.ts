// Keyword credit only for what the person did: a term that names what a product they built is for,
// what a study is about, or a project's own acronym is not a task of theirs (issue 7, holdout3 family).
import assert from 'node:assert/strict';
import { keywordStatus } from '../../server/src/engine/keyword-status';
import { analyzeCv } from '../../server/src/engine/analyze';
import { technologyNames } from '../../server/src/engine/content';
import { getProfile } from '../../server/src/profiles';

const backOffice = getProfile('back-office')!;

function credited(body: string): string[] {
  const doc = analyzeCv(`# Anna Bianchi\n\n## Work experience\n\n${body}\n`, { fileName: 'cv.md' }).document;
  return keywordStatus(doc, backOffice).flatMap((group) => group.present.map((status) => status.id));
}

describe('technology names: a season with a year is a semester', () => {
  it('"Spring 2026" is no Spring framework; "Spring Boot, Java" is', () => {
    assert.deepEqual(technologyNames('MSc in Computer Science, Spring 2026'), []);
    assert.deepEqual(technologyNames('Java, Spring Boot, PostgreSQL'), ['java', 'spring', 'postgresql']);
  });
});

describe('keyword credit: the subject of a product or a study is not a task', () => {
  const subjects: Array<[string, string]> = [
    ['Helped the development of a Python application to detect and report misconfigurations.', 'reporting'],
    ['Working in a team to deliver a Django\nbased tool used internally by the customer care.', 'customer-requests'],
    ["Ho progettato un'applicazione web per la gestione delle multe, pagamenti online per il comune.", 'payments'],
    ['**Nefta** — Startup personale su NFC smart tag per scheduling e automazione B2B', 'secretarial-tasks'],
    ['Research on explainable AI for anomaly detection in financial transactions with graph networks.', 'banking-operations'],
    ['Designed a new compliance system to store documents digitally.', 'compliance'],
    ['My passion is for building and shipping software.', 'shipping-documents'],
    ['### [KYC — Know Your Cards](/project/kyc/)', 'compliance'],
    // What something else does, in a relative clause, is not the person's quality.
    ['Member of an association that organizes weekly public meetings.', 'organisation'],
  ];
  for (const [text, concept] of subjects) {
    it(`no credit for ${concept}: ${JSON.stringify(text.slice(0, 50))}`, () => {
      assert.ok(!credited(text).includes(concept), `credited ${concept}`);
    });
  }

  const tasks: Array<[string, string]> = [
    ['- Prepared monthly reports for the finance director.', 'reporting'],
    ['- Customer care and complaint handling by phone and email.', 'customer-requests'],
    ['- Gestione pagamenti e incassi, riconciliazione bancaria.', 'payments'],
    ['- Managed patient scheduling and collected co-pays.', 'secretarial-tasks'],
    ['- Implemented a new filing system for the office.', 'archiving'],
    ['- KYC (Know Your Customer) checks on new accounts.', 'compliance'],
    ['- AML - Anti-Money Laundering controls on wire transfers.', 'compliance'],
    ['- Designed an Excel workbook with Excel macros for the team.', 'excel'],
    ['Research on an experimental language based on spreadsheets.', 'excel'],
    // A table row is a text of its own: the product in the row above says nothing of this one.
    ['| 2021 | Sviluppatore | _Sviluppo siti web per imprese locali_ |\n| 2019 | Magazziniere | _Preparazione ordini clienti_ |', 'order-processing'],
  ];
  for (const [text, concept] of tasks) {
    it(`credit kept for ${concept}: ${JSON.stringify(text.slice(0, 50))}`, () => {
      assert.ok(credited(text).includes(concept), `not credited: ${concept} in ${JSON.stringify(credited(text))}`);
    });
  }
});
