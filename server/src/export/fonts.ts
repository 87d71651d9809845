// The fonts embedded in the PDF: Source Sans 3 (SIL Open Font License) from the @fontsource/source-sans-3 npm
// package. Its files are split by script: "latin" covers Italian and English (à è é ì ò ù, € and typographic
// quotes); "latin-ext" the other European letters a name may have (ł, ş, ő…). scripts/build.mjs copies them to
// dist/fonts, beside the bundles; from the sources they are read in node_modules.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type FontFace = 'regular' | 'italic' | 'semibold' | 'bold';
export type FontScript = 'latin' | 'latin-ext';

export const FONT_FAMILY = 'Source Sans 3';
export const FONT_PACKAGE = '@fontsource/source-sans-3';

const FACE_FILES: Record<FontFace, string> = {
  regular: '400-normal',
  italic: '400-italic',
  semibold: '600-normal',
  bold: '700-normal',
};

export function fontFileName(face: FontFace, script: FontScript): string {
  return `source-sans-3-${script}-${FACE_FILES[face]}.woff`;
}

/** Every file the PDF writer may embed (scripts/build.mjs copies these). */
export const FONT_FILES: readonly string[] = (['latin', 'latin-ext'] as const).flatMap((script) =>
  (Object.keys(FACE_FILES) as FontFace[]).map((face) => fontFileName(face, script)),
);

/** The `unicode-range` of the latin files (the package's index.css): what they can draw. */
const LATIN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x00ff], [0x0131, 0x0131], [0x0152, 0x0153], [0x02bb, 0x02bc], [0x02c6, 0x02c6], [0x02da, 0x02da], [0x02dc, 0x02dc],
  [0x0304, 0x0304], [0x0308, 0x0308], [0x0329, 0x0329], [0x2000, 0x206f], [0x20ac, 0x20ac], [0x2122, 0x2122], [0x2191, 0x2191],
  [0x2193, 0x2193], [0x2212, 0x2212], [0x2215, 0x2215], [0xfeff, 0xfeff], [0xfffd, 0xfffd],
];

export function latinCovers(codePoint: number): boolean {
  return LATIN_RANGES.some(([first, last]) => codePoint >= first && codePoint <= last);
}

let directory: string | undefined;

/** dist/fonts beside the bundle, or the package's files in the nearest node_modules. */
function fontDirectory(): string {
  if (directory) return directory;
  const candidates = [path.join(__dirname, 'fonts')];
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    candidates.push(path.join(dir, 'node_modules', ...FONT_PACKAGE.split('/'), 'files'));
    if (path.dirname(dir) === dir) break;
  }
  const found = candidates.find((candidate) => existsSync(path.join(candidate, fontFileName('regular', 'latin'))));
  if (!found) throw new Error(`the PDF fonts (${FONT_PACKAGE}) are missing: looked in ${candidates[0]} and node_modules`);
  directory = found;
  return found;
}

export function readFont(face: FontFace, script: FontScript): Buffer {
  return readFileSync(path.join(fontDirectory(), fontFileName(face, script)));
}
