// `job: path/to/posting.md` in a CV's YAML front matter: the posting this CV is written for (a path relative to
// the CV). Read from the text alone, before the analysis, so the front end can load the posting file.
import { parse } from 'yaml';

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** The `job` (or `posting`, `annuncio`) path of the front matter, or null. Never throws. */
export function jobPathFromFrontMatter(text: string): string | null {
  const block = FRONT_MATTER.exec(text.slice(0, 20_000));
  if (!block) return null;
  try {
    const data = parse(block[1]) as unknown;
    if (!data || typeof data !== 'object') return null;
    const record = data as Record<string, unknown>;
    const value = record.job ?? record.posting ?? record.annuncio;
    return typeof value === 'string' && value.trim() ? value.trim() : null;
  } catch {
    return null;
  }
}
