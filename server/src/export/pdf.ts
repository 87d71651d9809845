// The PDF export, with pdfkit: pure JavaScript, so it works offline with nothing else installed (no browser, no
// office suite). One column, text drawn as text in reading order (pdftotext reads it back section by section),
// the Source Sans 3 font embedded (fonts.ts), the document's title, author and language in its metadata.
import PDFDocument from 'pdfkit';
import type { Block, ExportDocument, Run } from './document';
import { latinCovers, readFont, type FontFace, type FontScript } from './fonts';

export type PaperSize = 'A4' | 'Letter';

const ACCENT = '#1F3A5F';
const TEXT = '#1A1A1A';
const MUTED = '#5A6270';
const LINK = '#1F4E8C';
const RULE = '#B8C2CF';

const MARGIN = 54;
const BODY_SIZE = 10.5;
const LINE_GAP = 2.2;

export interface PdfOptions {
  paper: PaperSize;
  /** Fixed dates make the output reproducible (tests); default now. */
  creationDate?: Date;
}

function fontKey(face: FontFace, script: FontScript): string {
  return `${face}-${script}`;
}

function faceOf(run: Run, base: FontFace): FontFace {
  if (run.bold) return base === 'regular' || base === 'italic' ? 'semibold' : 'bold';
  if (run.italic) return 'italic';
  return base;
}

/** Splits a run where its letters leave the latin font's range, so each piece is drawn by a font that has it. */
function scriptPieces(text: string): { text: string; script: FontScript }[] {
  const pieces: { text: string; script: FontScript }[] = [];
  for (const char of text) {
    const script: FontScript = latinCovers(char.codePointAt(0)!) ? 'latin' : 'latin-ext';
    const last = pieces[pieces.length - 1];
    if (last && last.script === script) last.text += char;
    else pieces.push({ text: char, script });
  }
  return pieces;
}

export function writePdf(document: ExportDocument, options: PdfOptions): Promise<Uint8Array> {
  const language = document.language === 'it' ? 'it-IT' : 'en';
  const pdf = new PDFDocument({
    size: options.paper === 'Letter' ? 'LETTER' : 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN + 4, right: MARGIN + 4 },
    // Our own font from the start: pdfkit then never loads its built-in Helvetica metrics.
    // (pdfkit takes a font's bytes here too; its types say only a name.)
    font: readFont('regular', 'latin') as unknown as string,
    lang: language,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: document.title,
      Author: document.name ?? '',
      Subject: 'Curriculum Vitae',
      Creator: 'cvlint',
      CreationDate: options.creationDate ?? new Date(),
    },
  });
  for (const face of ['regular', 'italic', 'semibold', 'bold'] as const) {
    for (const script of ['latin', 'latin-ext'] as const) pdf.registerFont(fontKey(face, script), readFont(face, script));
  }
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
  });

  const left = pdf.page.margins.left;
  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
  const bottom = () => pdf.page.height - pdf.page.margins.bottom;
  /** Starts a new page when less than `height` is left, so a heading never ends a page alone. */
  const keepRoom = (height: number) => {
    if (pdf.y + height > bottom()) pdf.addPage();
  };

  /** Draws runs as one paragraph at `x`, `columnWidth` wide, in `size` points. */
  const drawRuns = (runs: readonly Run[], x: number, columnWidth: number, size: number, base: FontFace, color: string) => {
    const pieces = runs.flatMap((run) => scriptPieces(run.text).map((piece) => ({ run, ...piece })));
    if (pieces.length === 0) return;
    pieces.forEach((piece, index) => {
      const last = index === pieces.length - 1;
      pdf.font(fontKey(faceOf(piece.run, base), piece.script)).fontSize(size).fillColor(piece.run.href ? LINK : color);
      const textOptions = { continued: !last, link: piece.run.href ?? null, underline: false, lineGap: LINE_GAP, width: columnWidth };
      if (index === 0) pdf.text(piece.text, x, pdf.y, textOptions);
      else pdf.text(piece.text, textOptions);
    });
    pdf.fillColor(TEXT);
  };

  const drawBlock = (block: Block, previous: Block | undefined) => {
    switch (block.kind) {
      case 'entry':
        pdf.moveDown(previous ? 0.55 : 0.1);
        keepRoom(48);
        drawRuns(block.runs, left, width, 11, 'semibold', TEXT);
        return;
      case 'dates':
        pdf.moveDown(0.05);
        drawRuns(block.runs, left, width, 9.5, 'italic', MUTED);
        pdf.moveDown(0.2);
        return;
      case 'paragraph':
        if (previous && previous.kind !== 'dates') pdf.moveDown(0.35);
        drawRuns(block.runs, left, width, BODY_SIZE, 'regular', TEXT);
        return;
      case 'list':
        if (previous && previous.kind !== 'dates') pdf.moveDown(0.3);
        for (const item of block.items) {
          const indent = 12 + item.depth * 14;
          keepRoom(14);
          const y = pdf.y;
          pdf.font(fontKey('regular', 'latin')).fontSize(BODY_SIZE).fillColor(ACCENT);
          const marker = block.ordered && item.depth === 0 ? `${block.items.indexOf(item) + 1}.` : item.depth === 0 ? '•' : '–';
          pdf.text(marker, left + indent - 10, y, { lineBreak: false });
          pdf.y = y;
          drawRuns(item.runs, left + indent, width - indent, BODY_SIZE, 'regular', TEXT);
          pdf.moveDown(0.12);
        }
        return;
      case 'table':
        if (previous) pdf.moveDown(0.3);
        for (const row of block.rows) {
          const cells = row.filter((cell) => cell.length > 0);
          const joined: Run[] = cells.flatMap((cell, index) => (index === 0 ? cell : [{ text: '  ·  ' }, ...cell]));
          drawRuns(joined, left, width, BODY_SIZE, 'regular', TEXT);
          pdf.moveDown(0.15);
        }
        return;
    }
  };

  const drawBlocks = (blocks: readonly Block[]) => blocks.forEach((block, index) => drawBlock(block, blocks[index - 1]));

  // The name, as the title of the page.
  if (document.name) {
    drawRuns([{ text: document.name }], left, width, 24, 'bold', ACCENT);
    pdf.moveDown(0.15);
  }
  if (document.subtitle) {
    drawRuns([{ text: document.subtitle }], left, width, 13, 'regular', MUTED);
    pdf.moveDown(0.15);
  }
  if (document.intro.length > 0) {
    pdf.moveDown(0.3);
    drawBlocks(document.intro);
  }
  for (const section of document.sections) {
    pdf.moveDown(1);
    keepRoom(64);
    drawRuns([{ text: section.title }], left, width, 13, 'semibold', ACCENT);
    const ruleY = pdf.y + 1;
    pdf.moveTo(left, ruleY).lineTo(left + width, ruleY).lineWidth(0.7).strokeColor(RULE).stroke();
    pdf.y = ruleY + 6;
    drawBlocks(section.blocks);
  }
  if (document.privacy.length > 0) {
    pdf.moveDown(1.6);
    keepRoom(30);
    for (const block of document.privacy) drawRuns(block.runs, left, width, 8.5, 'regular', MUTED);
  }
  pdf.end();
  return done;
}
