// The Word export, with the `docx` library: it writes the .docx (Office Open XML) directly, with no office suite.
// Real Word styles (Title, Heading 1, Heading 2, list bullets), so the document can be restyled in Word and
// screen readers and applicant-tracking systems find its structure.
import { AlignmentType, BorderStyle, Document, ExternalHyperlink, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { Block, ExportDocument, Run } from './document';
import type { PaperSize } from './pdf';

const ACCENT = '1F3A5F';
const MUTED = '5A6270';
/** Word has no Source Sans 3 on most machines: a sans-serif it has everywhere. */
const FONT = 'Calibri';

/** Twentieths of a point. */
const PAGE_SIZES: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
};

export interface DocxOptions {
  paper: PaperSize;
}

function runChildren(runs: readonly Run[], look: { size?: number; color?: string; italics?: boolean } = {}): ParagraphChild[] {
  return runs.map((run) => {
    const text = new TextRun({ text: run.text, bold: run.bold, italics: run.italic || look.italics, size: look.size, color: run.href ? undefined : look.color, style: run.href ? 'Hyperlink' : undefined });
    return run.href ? new ExternalHyperlink({ link: run.href, children: [text] }) : text;
  });
}

function blockParagraphs(block: Block): Paragraph[] {
  switch (block.kind) {
    case 'entry':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: runChildren(block.runs), keepNext: true })];
    case 'dates':
      return [new Paragraph({ children: runChildren(block.runs, { size: 19, color: MUTED, italics: true }), keepNext: true, spacing: { after: 80 } })];
    case 'paragraph':
      return [new Paragraph({ children: runChildren(block.runs), spacing: { after: 120 } })];
    case 'list':
      return block.items.map(
        (item) => new Paragraph({ children: runChildren(item.runs), numbering: { reference: block.ordered ? 'cv-numbers' : 'cv-bullets', level: Math.min(item.depth, 2) }, spacing: { after: 40 } }),
      );
    case 'table':
      return block.rows.map((row) => new Paragraph({ children: row.filter((cell) => cell.length > 0).flatMap((cell, index) => [...(index > 0 ? [new TextRun('  ·  ')] : []), ...runChildren(cell)]), spacing: { after: 60 } }));
  }
}

export async function writeDocx(document: ExportDocument, options: DocxOptions): Promise<Uint8Array> {
  const language = document.language === 'it' ? 'it-IT' : 'en-GB';
  const children: Paragraph[] = [];
  if (document.name) children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(document.name)] }));
  if (document.subtitle) children.push(new Paragraph({ children: [new TextRun({ text: document.subtitle, size: 26, color: MUTED })], spacing: { after: 240 } }));
  for (const block of document.intro) children.push(...blockParagraphs(block));
  for (const section of document.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.title)], keepNext: true }));
    for (const block of section.blocks) children.push(...blockParagraphs(block));
  }
  for (const block of document.privacy) children.push(new Paragraph({ children: runChildren(block.runs, { size: 16, color: MUTED }), spacing: { before: 360 } }));

  const bulletLevels = [0, 1, 2].map((level) => ({
    level,
    format: LevelFormat.BULLET,
    text: level === 0 ? '•' : '–',
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 360 + level * 360, hanging: 240 } } },
  }));
  const numberLevels = [0, 1, 2].map((level) => ({
    level,
    format: LevelFormat.DECIMAL,
    text: `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 360 + level * 360, hanging: 300 } } },
  }));

  const doc = new Document({
    title: document.title,
    creator: document.name ?? 'cvlint',
    subject: 'Curriculum Vitae',
    description: document.title,
    lastModifiedBy: 'cvlint',
    styles: {
      default: {
        document: { run: { font: FONT, size: 21, language: { value: language } }, paragraph: { spacing: { line: 276 } } },
        title: { run: { font: FONT, size: 48, bold: true, color: ACCENT }, paragraph: { spacing: { after: 200 } } },
        heading1: {
          run: { font: FONT, size: 26, bold: true, color: ACCENT },
          paragraph: { spacing: { before: 320, after: 120 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'B8C2CF', space: 2 } } },
        },
        heading2: { run: { font: FONT, size: 22, bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 200, after: 40 } } },
      },
    },
    numbering: {
      config: [
        { reference: 'cv-bullets', levels: bulletLevels },
        { reference: 'cv-numbers', levels: numberLevels },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: PAGE_SIZES[options.paper],
            margin: { top: 1080, bottom: 1080, left: 1134, right: 1134 },
          },
        },
        children,
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer);
}
