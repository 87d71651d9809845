// The plain-text export: ready to paste into a job portal's form. Headings in capitals, one entry or list item a
// line, links as "text (address)", and no Markdown marks at all.
import type { Block, ExportDocument, Run } from './document';

const BULLET = '•';

function runsToText(runs: readonly Run[]): string {
  let text = '';
  for (const run of runs) {
    text += run.text;
    if (run.href) {
      const target = run.href.replace(/^mailto:/, '');
      if (target !== run.text.trim() && !run.text.includes(target)) text += ` (${target})`;
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'entry':
    case 'dates':
    case 'paragraph':
      return [runsToText(block.runs)];
    case 'list':
      return block.items.map((item, index) => `${'  '.repeat(item.depth)}${block.ordered && item.depth === 0 ? `${index + 1}.` : BULLET} ${runsToText(item.runs)}`);
    case 'table':
      return block.rows.map((row) => row.map(runsToText).filter(Boolean).join(' | '));
  }
}

/** Blank lines between blocks, except between an entry and its dates and the list that follows them. */
function blocksText(blocks: readonly Block[]): string[] {
  const lines: string[] = [];
  blocks.forEach((block, index) => {
    const previous = blocks[index - 1];
    const together = previous && (previous.kind === 'entry' || previous.kind === 'dates') && block.kind !== 'entry';
    if (index > 0 && !together) lines.push('');
    lines.push(...blockLines(block));
  });
  return lines;
}

export function writeText(document: ExportDocument): string {
  const upper = (text: string) => text.toLocaleUpperCase(document.language);
  const parts: string[][] = [];
  if (document.name || document.subtitle) parts.push([...(document.name ? [upper(document.name)] : []), ...(document.subtitle ? [document.subtitle] : [])]);
  if (document.intro.length > 0) parts.push(blocksText(document.intro));
  for (const section of document.sections) parts.push([upper(section.title), ...blocksText(section.blocks)]);
  if (document.privacy.length > 0) parts.push(blocksText(document.privacy));
  return `${parts.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
