// LineIndex maps UTF-16 offsets to LSP positions; every range the engine reports goes through it.
import assert from 'node:assert/strict';
import { LineIndex, parseMarkdown } from '../../server/src/engine/parse';

describe('LineIndex', () => {
  it('splits on \\n, \\r\\n and \\r like LSP, without the line breaks', () => {
    const index = new LineIndex('uno\ndue\r\ntre\rquattro');
    assert.deepEqual(index.lines, ['uno', 'due', 'tre', 'quattro']);
    assert.deepEqual(index.lineStarts, [0, 4, 9, 13]);
    assert.equal(index.lastLine, 3);
  });

  it('a trailing line break ends with an empty last line', () => {
    const index = new LineIndex('a\n');
    assert.deepEqual(index.lines, ['a', '']);
    assert.equal(index.lastLine, 1);
  });

  it('an empty text has one empty line', () => {
    const index = new LineIndex('');
    assert.deepEqual(index.lines, ['']);
    assert.deepEqual(index.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(index.lineRange(0), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });

  it('blank lines and \\r\\n\\r\\n count as separate lines', () => {
    assert.deepEqual(new LineIndex('a\r\n\r\nb').lines, ['a', '', 'b']);
    assert.deepEqual(new LineIndex('a\n\n\nb').lines, ['a', '', '', 'b']);
    // "\n\r" is two line breaks, not one.
    assert.deepEqual(new LineIndex('a\n\rb').lines, ['a', '', 'b']);
  });

  describe('positionAt', () => {
    const index = new LineIndex('uno\r\ndue\ntre');

    it('maps offsets to line and character', () => {
      assert.deepEqual(index.positionAt(0), { line: 0, character: 0 });
      assert.deepEqual(index.positionAt(3), { line: 0, character: 3 });
      assert.deepEqual(index.positionAt(5), { line: 1, character: 0 });
      assert.deepEqual(index.positionAt(8), { line: 1, character: 3 });
      assert.deepEqual(index.positionAt(9), { line: 2, character: 0 });
      assert.deepEqual(index.positionAt(12), { line: 2, character: 3 });
    });

    it('an offset between \\r and \\n stays at the end of its line', () => {
      assert.deepEqual(index.positionAt(4), { line: 0, character: 3 });
    });

    it('clamps offsets outside the text', () => {
      assert.deepEqual(index.positionAt(-5), { line: 0, character: 0 });
      assert.deepEqual(index.positionAt(1000), { line: 2, character: 3 });
    });

    it('counts UTF-16 code units (an emoji is two)', () => {
      const emoji = new LineIndex('💼 Lavoro\nx');
      assert.deepEqual(emoji.positionAt(2), { line: 0, character: 2 });
      assert.deepEqual(emoji.positionAt(9), { line: 0, character: 9 });
      assert.deepEqual(emoji.positionAt(10), { line: 1, character: 0 });
    });
  });

  describe('offsetAt', () => {
    const index = new LineIndex('uno\r\ndue\ntre');

    it('is the inverse of positionAt', () => {
      for (const offset of [0, 1, 3, 5, 8, 9, 12]) assert.equal(index.offsetAt(index.positionAt(offset)), offset, String(offset));
    });

    it('clamps lines and characters', () => {
      assert.equal(index.offsetAt({ line: 0, character: 99 }), 3);
      assert.equal(index.offsetAt({ line: 99, character: 1 }), 10);
      assert.equal(index.offsetAt({ line: -1, character: -1 }), 0);
    });
  });

  it('rangeOf and lineRange', () => {
    const index = new LineIndex('## Esperienze\n\nImpiegata');
    assert.deepEqual(index.rangeOf(3, 13), { start: { line: 0, character: 3 }, end: { line: 0, character: 13 } });
    assert.deepEqual(index.rangeOf(3, 24), { start: { line: 0, character: 3 }, end: { line: 2, character: 9 } });
    assert.deepEqual(index.lineRange(2), { start: { line: 2, character: 0 }, end: { line: 2, character: 9 } });
    // Out-of-range lines clamp to the document.
    assert.deepEqual(index.lineRange(10), { start: { line: 2, character: 0 }, end: { line: 2, character: 9 } });
    assert.deepEqual(index.lineRange(-3), { start: { line: 0, character: 0 }, end: { line: 0, character: 13 } });
  });

  it('agrees with remark on CRLF heading positions', () => {
    const text = '# Anna\r\n\r\n## Lingue\r\n\r\nInglese';
    const index = new LineIndex(text);
    const heading = parseMarkdown(text).children[1];
    assert.equal(heading.type, 'heading');
    const start = index.positionAt(heading.position!.start.offset!);
    assert.deepEqual(start, { line: heading.position!.start.line - 1, character: heading.position!.start.column - 1 });
    assert.deepEqual(start, { line: 2, character: 0 });
  });
});

describe('parseMarkdown', () => {
  it('reads GFM tables and YAML and TOML front matter', () => {
    const types = (text: string) => parseMarkdown(text).children.map((c) => c.type as string);
    assert.deepEqual(types('---\nlang: it\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |'), ['yaml', 'table']);
    assert.deepEqual(types('+++\nlang = "it"\n+++\n\nx'), ['toml', 'paragraph']);
  });
});
