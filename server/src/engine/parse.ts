// Markdown → mdast with GFM tables and YAML/TOML front matter; offsets → LSP positions.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root } from 'mdast';
import type { Position, Range } from './types';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

export function parseMarkdown(text: string): Root {
  const root = processor.parse(text) as Root;
  // micromark drops a leading byte order mark, so its offsets count from the character after it.
  if (text.charCodeAt(0) === 0xfeff) shiftPastByteOrderMark(root);
  return root;
}

function shiftPastByteOrderMark(root: Root): void {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      if (point.offset !== undefined) point.offset += 1;
      if (point.line === 1) point.column += 1;
    }
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
}

/** Maps UTF-16 offsets to zero-based line/character, with \r\n, \r and \n as line ends (as LSP). */
export class LineIndex {
  readonly lineStarts: number[];
  readonly lines: string[];

  constructor(readonly text: string) {
    this.lineStarts = [0];
    this.lines = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13 /* \r */ || ch === 10 /* \n */) {
        this.lines.push(text.slice(start, i));
        if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
        start = i + 1;
        this.lineStarts.push(start);
      }
    }
    this.lines.push(text.slice(start));
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= o) low = mid;
      else high = mid - 1;
    }
    const character = Math.min(o - this.lineStarts[low], this.lines[low].length);
    return { line: low, character };
  }

  offsetAt(position: Position): number {
    const line = Math.max(0, Math.min(position.line, this.lines.length - 1));
    return this.lineStarts[line] + Math.max(0, Math.min(position.character, this.lines[line].length));
  }

  rangeOf(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }

  lineRange(line: number): Range {
    const l = Math.max(0, Math.min(line, this.lines.length - 1));
    return { start: { line: l, character: 0 }, end: { line: l, character: this.lines[l].length } };
  }

  get lastLine(): number {
    return this.lines.length - 1;
  }
}
