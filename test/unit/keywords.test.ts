// The keyword matcher: whole words, case and accents, phrases, synonyms in both languages,
// inflection, no silly matches, exact positions. Spans are built by hand, as the model would.
import assert from 'node:assert/strict';
import { findConcepts, type ConceptMatch, type FindConceptsOptions } from '../../server/src/engine/keywords';
import type { Language, TextSpan } from '../../server/src/engine/types';
import type { KeywordConcept } from '../../server/src/profiles/types';
import { getProfile } from '../../server/src/profiles/index';

const backOfficeKeywordGroups = getProfile('back-office')!.keywordGroups;

function span(text: string, line = 0, character = 0, sectionIndex = 0): TextSpan {
  return { text, line, character, sectionIndex };
}

function concept(id: string, it: string[], en: string[] = []): KeywordConcept {
  return { id, terms: { it, en } };
}

/** The words each match covers, read back from one-line spans. */
function matchedText(spans: TextSpan[], matches: ConceptMatch[]): string[] {
  return matches.map((m) => {
    const s = spans.find((candidate) => candidate.line === m.range.start.line)!;
    return s.text.slice(m.range.start.character - s.character, m.range.end.character - s.character);
  });
}

function conceptsFound(text: string, concepts: KeywordConcept[], options: FindConceptsOptions = {}): string[] {
  return [...new Set(findConcepts([span(text)], concepts, options).map((m) => m.conceptId))];
}

function matches(text: string, concepts: KeywordConcept[], options: FindConceptsOptions = {}): string[] {
  const spans = [span(text)];
  return matchedText(spans, findConcepts(spans, concepts, options));
}

describe('keyword matcher', () => {
  describe('words that are not prose and acronyms in other case', () => {
    const swift = [concept('banking', ['SWIFT'], ['SWIFT'])];
    it('"SWIFT" in capitals is the banking network; "Swift" the programming language is not', () => {
      assert.deepEqual(matches('Bonifici SEPA e SWIFT verso l\'estero', swift), ['SWIFT']);
      assert.deepEqual(matches('Linguaggi: Swift, Kotlin, Java', swift), []);
    });
    it('a code identifier holds no keyword ("access_token", "report_id")', () => {
      const access = [concept('access', [], ['Access']), concept('reporting', [], ['reports'])];
      assert.deepEqual(matches('OAuth flow with access_token and report_id fields', access), []);
      assert.deepEqual(matches('Access databases and monthly reports', access), ['Access', 'reports']);
      // Emphasis with underscores is prose.
      assert.deepEqual(matches('_Monthly reports_ for the board', access), ['reports']);
    });
    it('template tags hold no keyword ("{% include archive-single.html %}", "{{ site.archive }}")', () => {
      const archive = [concept('archiving', [], ['archive'])];
      assert.deepEqual(matches('{% include archive-single.html %} {{ site.archive }}', archive), []);
      assert.deepEqual(matches('Kept the paper archive in order', archive), ['archive']);
    });
  });

  describe('Italian inflection and derivation', () => {
    const invoicing = [concept('invoicing', ['fatturazione'])];
    for (const word of ['fattura', 'fatture', 'fatturazione', 'fatturazioni', 'Fatturazione']) {
      it(`"${word}" counts as fatturazione`, () => {
        assert.deepEqual(matches(`Mi occupo di ${word} ogni giorno.`, invoicing), [word]);
      });
    }

    it('the singular term "fattura" finds the derived noun "fatturazione"', () => {
      assert.deepEqual(matches('Gestione della fatturazione passiva', [concept('invoice', ['fattura'])]), ['fatturazione']);
    });

    const organisation = [concept('organisation', ['organizzazione'])];
    for (const word of ['organizzato', 'organizzata', 'organizzazione', 'organizzativo', 'organizzative', 'organizzare']) {
      it(`"${word}" counts as organizzazione`, () => {
        assert.deepEqual(matches(`Sono una persona ${word}.`, organisation), [word]);
      });
    }

    const archiving = [concept('archiving', ['archiviazione'])];
    for (const word of ['archiviazione', 'archiviare', 'archivio', 'archivi', 'archiviato']) {
      it(`"${word}" counts as archiviazione`, () => {
        assert.deepEqual(matches(`Tenuta dell'${word} aziendale`, archiving), [word]);
      });
    }

    const accounting = [concept('accounting', ['contabilità'])];
    for (const word of ['contabile', 'contabili', 'contabilità', "contabilita'", 'CONTABILITÀ', 'contabilita']) {
      it(`"${word}" counts as contabilità`, () => {
        assert.deepEqual(matches(`Supporto ${word} generale`, accounting), [word.replace(/'$/, '')]);
      });
    }

    it('"pagamenti" and "pagamento" match each other', () => {
      assert.deepEqual(matches('Gestione del pagamento fornitori', [concept('payments', ['pagamenti'])]), ['pagamento']);
    });
  });

  describe('English inflection and derivation', () => {
    const invoicing = [concept('invoicing', [], ['invoicing'])];
    for (const word of ['invoice', 'invoices', 'invoicing', 'invoiced', 'Invoicing']) {
      it(`"${word}" counts as invoicing`, () => {
        assert.deepEqual(matches(`Handled ${word} for 40 clients.`, invoicing), [word]);
      });
    }

    const organised = [concept('organisation', [], ['organised'])];
    for (const word of ['organised', 'organized', 'organising', 'organize', 'organise']) {
      it(`"${word}" counts as organised (British and American spelling)`, () => {
        assert.deepEqual(matches(`I ${word} the archive.`, organised), [word]);
      });
    }

    it('"management" and "managing" share a key (time management / managing time)', () => {
      assert.deepEqual(matches('Good at time managing.', [concept('time', [], ['time management'])]), ['time managing']);
    });

    it('plural and singular: "reconciliation" finds "reconciliations"', () => {
      assert.deepEqual(matches('Monthly bank reconciliations.', [concept('rec', [], ['reconciliation'])]), ['reconciliations']);
    });
  });

  describe('phrases', () => {
    const dataEntry = [concept('data-entry', ['data entry'], ['data entry'])];

    it('matches a phrase across several spaces and a hyphen', () => {
      assert.deepEqual(matches('Data   entry and data-entry', dataEntry), ['Data   entry', 'data-entry']);
    });

    it('matches Italian phrases with articles and apostrophes', () => {
      const concepts = [
        concept('office', ['pacchetto Office']),
        concept('email', ['posta elettronica']),
        concept('detail', ['attenzione ai dettagli']),
        concept('equipment', ["attrezzature d'ufficio"]),
      ];
      const text = 'Pacchetto office, posta  elettronica, grande attenzione ai dettagli, attrezzature d’ufficio';
      assert.deepEqual(matches(text, concepts), ['Pacchetto office', 'posta  elettronica', 'attenzione ai dettagli', 'attrezzature d’ufficio']);
    });

    it('inflects every word of a phrase', () => {
      assert.deepEqual(matches('Richiesta del cliente; capacità organizzativa', [
        concept('requests', ['richieste dei clienti']),
        concept('organisation', ['capacità organizzative']),
      ]), ['capacità organizzativa']);
      assert.deepEqual(matches('Richiesta cliente gestita', [concept('requests', ['richieste clienti'])]), ['Richiesta cliente']);
    });

    it('does not join words across a comma or a full stop', () => {
      assert.deepEqual(matches('Big data, entry level. Data. Entry', dataEntry), []);
    });

    it('does not match part of a phrase', () => {
      assert.deepEqual(matches('data analysis and entry', dataEntry), []);
    });

    it('follows a phrase across a soft line break when the lines are given', () => {
      const lines = ['Experienced in data', 'entry and filing.'];
      const spans = [span(lines[0], 0, 0), span(lines[1], 1, 0)];
      const found = findConcepts(spans, dataEntry, { lines });
      assert.equal(found.length, 1);
      assert.deepEqual(found[0].range, { start: { line: 0, character: 15 }, end: { line: 1, character: 5 } });
    });

    it('does not join two list items', () => {
      const lines = ['- data', '- entry'];
      const spans = [span('data', 0, 2), span('entry', 1, 2)];
      assert.deepEqual(findConcepts(spans, dataEntry, { lines }), []);
    });

    it('follows a phrase across inline markup between two spans (**data** entry)', () => {
      const lines = ['**data** entry'];
      const spans = [span('data', 0, 2), span(' entry', 0, 8)];
      const found = findConcepts(spans, dataEntry, { lines });
      assert.deepEqual(found.map((m) => m.range), [{ start: { line: 0, character: 2 }, end: { line: 0, character: 14 } }]);
    });

    it('keeps the longest of two overlapping terms of one concept', () => {
      const concepts = [concept('reconciliation', ['riconciliazione', 'riconciliazione bancaria'])];
      assert.deepEqual(matches('Riconciliazione bancaria mensile', concepts), ['Riconciliazione bancaria']);
    });

    it('lets two concepts share words ("fatturazione elettronica" is also "fatturazione")', () => {
      const concepts = [concept('invoicing', ['fatturazione']), concept('e-invoicing', ['fatturazione elettronica'])];
      assert.deepEqual(conceptsFound('Fatturazione elettronica e SdI', concepts).sort(), ['e-invoicing', 'invoicing']);
    });
  });

  describe('synonyms in both languages', () => {
    const invoicing = [concept('invoicing', ['fatturazione', 'emissione fatture'], ['invoicing', 'billing'])];

    it('finds an English term in an Italian CV', () => {
      assert.deepEqual(conceptsFound('Mi occupo di invoicing e data entry', invoicing, { language: 'it' }), ['invoicing']);
    });

    it('finds an Italian term in an English CV', () => {
      assert.deepEqual(conceptsFound('Italian-speaking, used the term fatture daily', invoicing, { language: 'en' }), ['invoicing']);
    });

    it('finds every synonym', () => {
      assert.deepEqual(matches('Emissione fatture; billing', invoicing), ['Emissione fatture', 'billing']);
    });
  });

  describe('names and acronyms', () => {
    const software = [
      concept('word', ['Word', 'videoscrittura'], ['Word', 'word processing']),
      concept('databases', ['database', 'Access'], ['databases', 'Access']),
      concept('excel', ['Excel'], ['Excel']),
      concept('erp', ['SAP'], ['SAP']),
      concept('cefr', ['B2'], ['B2']),
    ];

    it('matches brand names written as in the data', () => {
      assert.deepEqual(conceptsFound('Word, Excel, Access, SAP, B2', software, { language: 'en' }).sort(), ['cefr', 'databases', 'erp', 'excel', 'word']);
    });

    it('does not stem brand names (Access ≠ accessibility, Word ≠ wording, Excel ≠ excellent)', () => {
      assert.deepEqual(conceptsFound('Accessibility, wording, excellent, words, Excels', software, { language: 'en' }), []);
    });

    it('in English text, everyday words that are brand names need a capital', () => {
      assert.deepEqual(conceptsFound('I had access to the word count and excel at teamwork', software, { language: 'en' }), []);
      assert.deepEqual(conceptsFound('MS Word and MS Access', software, { language: 'en' }).sort(), ['databases', 'word']);
    });

    it('in Italian text, lower-case "word", "excel" and "access" are the products', () => {
      assert.deepEqual(conceptsFound('conoscenza di word, excel e access', software, { language: 'it' }).sort(), ['databases', 'excel', 'word']);
    });

    it('short acronyms need capitals (sap, b2 are not SAP, B2) and do not match inside words (B2B)', () => {
      assert.deepEqual(conceptsFound('la linfa (sap) delle piante, livello b2, vendite B2B', software, { language: 'it' }), []);
    });

    it('a lower-case word of a phrase still matches any case, and the longer term wins', () => {
      assert.deepEqual(matches('Word processing', software, { language: 'en' }), ['Word processing']);
      assert.deepEqual(matches('Videoscrittura', software, { language: 'it' }), ['Videoscrittura']);
    });
  });

  describe('text that is not prose', () => {
    const concepts = [concept('invoicing', ['fatturazione', 'fatture'], ['invoicing'])];

    it('ignores URLs, bare web addresses, emails and @handles', () => {
      const text = 'https://example.com/fatturazione www.fatture.it fatture.example.com fatturazione@example.com @fatturazione';
      assert.deepEqual(matches(text, concepts), []);
    });

    it('still finds the keyword next to a URL', () => {
      assert.deepEqual(matches('Fatturazione (https://example.com/invoicing)', concepts), ['Fatturazione']);
    });
  });

  describe('no silly matches', () => {
    const cases: { text: string; term: string; language: Language }[] = [
      { text: 'organo di controllo', term: 'organizzazione', language: 'it' },
      { text: 'organico aziendale', term: 'organizzazione', language: 'it' },
      { text: 'Comune di Milano', term: 'comunicazione', language: 'it' },
      { text: 'aumento del fatturato', term: 'fatturazione', language: 'it' },
      { text: 'busta paga', term: 'pagamenti', language: 'it' },
      { text: 'software gestionale', term: 'gestione', language: 'it' },
      { text: 'amministratore di sistema', term: 'amministrazione', language: 'it' },
      { text: 'volunteer in the local community', term: 'communication', language: 'en' },
      { text: 'organ donor', term: 'organised', language: 'en' },
      { text: 'a large organization', term: 'organised', language: 'en' },
      { text: '2020 – present', term: 'presentation software', language: 'en' },
      { text: 'Excel files', term: 'filing', language: 'en' },
      { text: 'Key account manager', term: 'accounting', language: 'en' },
      { text: 'Bill Gates', term: 'billing', language: 'en' },
      { text: 'reported to the director', term: 'reporting', language: 'en' },
      { text: 'customs clearance', term: 'customer', language: 'en' },
    ];
    for (const { text, term, language } of cases) {
      it(`"${text}" is not "${term}"`, () => {
        assert.deepEqual(conceptsFound(text, [concept('c', language === 'it' ? [term] : [], language === 'en' ? [term] : [])], { language }), []);
      });
    }
  });

  describe('positions', () => {
    it('gives the exact range of each match, offset by the span start', () => {
      const spans = [span('Emissione fatture e archiviazione', 12, 4, 3)];
      const found = findConcepts(spans, [concept('invoicing', ['fatture']), concept('archiving', ['archiviazione'])]);
      assert.deepEqual(found, [
        { conceptId: 'invoicing', term: 'fatture', range: { start: { line: 12, character: 14 }, end: { line: 12, character: 21 } }, sectionIndex: 3 },
        { conceptId: 'archiving', term: 'archiviazione', range: { start: { line: 12, character: 24 }, end: { line: 12, character: 37 } }, sectionIndex: 3 },
      ]);
    });

    it('counts UTF-16 code units (an emoji before the word is two)', () => {
      const found = findConcepts([span('📊 fatture')], [concept('invoicing', ['fatture'])]);
      assert.deepEqual(found[0].range, { start: { line: 0, character: 3 }, end: { line: 0, character: 10 } });
    });

    it('reports every occurrence, in document order', () => {
      const spans = [span('fatture', 0), span('niente', 1), span('Fatture e fatture', 2)];
      const found = findConcepts(spans, [concept('invoicing', ['fatture'])]);
      assert.deepEqual(found.map((m) => [m.range.start.line, m.range.start.character]), [[0, 0], [2, 0], [2, 10]]);
    });
  });

  describe('robustness', () => {
    it('returns nothing for no spans, no concepts, empty terms or terms without words', () => {
      assert.deepEqual(findConcepts([], [concept('a', ['x'])]), []);
      assert.deepEqual(findConcepts([span('fatture')], []), []);
      assert.deepEqual(findConcepts([span('fatture')], [concept('a', ['', '—', '  '])]), []);
    });

    it('handles long text with many words without trouble', () => {
      const text = 'fatture data entry '.repeat(20_000);
      const found = findConcepts([span(text)], [concept('invoicing', ['fatture']), concept('data', ['data entry'])]);
      assert.equal(found.length, 40_000);
    });
  });
});

describe('back-office keyword data', () => {
  const allConcepts = backOfficeKeywordGroups.flatMap((group) => group.concepts);

  it('has the five groups, each with sensible minPresent', () => {
    assert.deepEqual(
      backOfficeKeywordGroups.map((g) => [g.id, g.section, g.minPresent]),
      [
        ['administrative-tasks', 'technical-skills', 4],
        ['office-software', 'technical-skills', 3],
        ['personal-qualities', 'personal-skills', 3],
        ['languages', 'language-skills', 1],
        ['education', 'education', 1],
      ],
    );
    for (const group of backOfficeKeywordGroups) assert.ok(group.concepts.length >= group.minPresent * 2, group.id);
  });

  it('has unique concept ids within each group and terms in both languages', () => {
    for (const group of backOfficeKeywordGroups) {
      const ids = group.concepts.map((c) => c.id);
      assert.equal(new Set(ids).size, ids.length, group.id);
      for (const c of group.concepts) {
        assert.ok(c.terms.it.length > 0 && c.terms.en.length > 0, c.id);
      }
    }
  });

  // A fix inserts the label (capitalised at the start of a bullet): it must then be found.
  for (const c of allConcepts) {
    for (const language of ['it', 'en'] as const) {
      const label = c.terms[language][0];
      it(`label "${label}" (${language}) is found as ${c.id}, also capitalised`, () => {
        const capitalised = label.charAt(0).toUpperCase() + label.slice(1);
        for (const text of [label, capitalised]) {
          const found = findConcepts([span(text)], allConcepts, { language }).map((m) => m.conceptId);
          assert.ok(found.includes(c.id), `${text} → ${found.join(', ') || 'nothing'}`);
        }
      });
    }
  }

  it('every term of every concept finds its own concept', () => {
    const missed: string[] = [];
    for (const c of allConcepts) {
      for (const language of ['it', 'en'] as const) {
        for (const term of c.terms[language]) {
          const found = findConcepts([span(term)], [c], { language });
          if (found.length === 0) missed.push(`${c.id}: ${term}`);
        }
      }
    }
    assert.deepEqual(missed, []);
  });
});
