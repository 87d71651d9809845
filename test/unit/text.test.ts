// foldCase is memoised and takes a shortcut for ASCII; engine/memo.ts memoises per-line readings. Both must
// give exactly what the plain definitions give.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldCase, foldCaseReference } from '../../server/src/engine/text';
import { memoByText } from '../../server/src/engine/memo';
import { findDates, periodOf, timelineDates } from '../../server/src/engine/dates';

describe('foldCase', () => {
  it('folds every ASCII character as the definition does', () => {
    for (let code = 0; code < 128; code++) {
      const text = `A${String.fromCharCode(code)}z`;
      assert.equal(foldCase(text), foldCaseReference(text), `U+${code.toString(16)}`);
    }
  });

  it('equals the definition on any text, asked once or again', () => {
    const samples = ['Esperienza Professionale', 'CAFFÈ ☕ Ünïcödé', 'İstanbul', 'ﬁ ligature', 'Ｆｕｌｌ', '\ud83d\ude00 emoji', 'x'.repeat(2_100) + 'É'];
    for (const text of samples) {
      assert.equal(foldCase(text), foldCaseReference(text), text.slice(0, 30));
      assert.equal(foldCase(text), foldCaseReference(text), `${text.slice(0, 30)} (again)`);
    }
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
        assert.equal(foldCase(text), foldCaseReference(text));
        assert.equal(foldCase(text), foldCaseReference(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('memoByText', () => {
  it('computes a text once, and again past its length limit', () => {
    let calls = 0;
    const memo = memoByText((text: string) => {
      calls++;
      return { length: text.length };
    }, { maxLength: 5 });
    assert.deepEqual(memo('abc'), { length: 3 });
    assert.deepEqual(memo('abc'), { length: 3 });
    assert.equal(calls, 1);
    memo('abcdefgh');
    memo('abcdefgh');
    assert.equal(calls, 3);
  });

  it('hands out frozen results, so no caller can change them for the next', () => {
    const memo = memoByText((text: string) => [{ text }]);
    const result = memo('x');
    assert.throws(() => (result as { text: string }[]).push({ text: 'y' }), TypeError);
    assert.throws(() => {
      (result[0] as { text: string }).text = 'y';
    }, TypeError);
    assert.deepEqual(memo('x'), [{ text: 'x' }]);
  });

  it('starts over when full, and keeps answering right', () => {
    const memo = memoByText((text: string) => text.toUpperCase(), { maxEntries: 3 });
    for (const text of ['a', 'b', 'c', 'd', 'e', 'a', 'b']) assert.equal(memo(text), text.toUpperCase());
  });

  it('gives the memoised date readings of a line as often as asked', () => {
    const line = 'Impiegata amministrativa, 03/2019 – oggi (dal 2016 al 2018 stage)';
    const first = JSON.stringify([findDates(line), timelineDates(line), periodOf(line)]);
    assert.ok(findDates(line).length >= 3, first);
    assert.equal(JSON.stringify([findDates(line), timelineDates(line), periodOf(line)]), first);
  });
});
