// Which job posting each open CV is compared with: the one given by the command (selection, clipboard, file), else
// the front matter's `job: path` (relative to the CV), else the `cvlint.jobPosting` setting (relative to the
// workspace folder). Posting files are read from disk, remembered by modification time.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { jobPathFromFrontMatter } from '../job/front-matter';
import type { JobPostingSource } from '../job/types';
import type { CvlintSettings } from '../shared/settings';
import { uriToPath } from './configuration';

/** A posting file larger than this is no posting. */
const MAX_POSTING_BYTES = 512 * 1024;

export interface ResolvedPosting {
  source: JobPostingSource;
  /** The posting's file URI, when it is a file. */
  uri: string | null;
}

export class JobPostings {
  private readonly given = new Map<string, ResolvedPosting>();
  private readonly files = new Map<string, { mtimeMs: number; text: string }>();

  /** The command's posting for a document (null: stop comparing). */
  set(uri: string, posting: { text: string; name: string; uri?: string } | null): void {
    if (posting && typeof posting.text === 'string') this.given.set(uri, { source: { text: posting.text.slice(0, MAX_POSTING_BYTES), name: String(posting.name || 'posting') }, uri: posting.uri ?? null });
    else this.given.delete(uri);
  }

  forget(uri: string): void {
    this.given.delete(uri);
  }

  /** The posting a document is compared with, or null. Never throws. */
  resolve(uri: string, text: string, settings: CvlintSettings, folderPath: string | null): ResolvedPosting | null {
    const given = this.given.get(uri);
    if (given) return given;
    const cvPath = uriToPath(uri);
    const fromFrontMatter = jobPathFromFrontMatter(text);
    if (fromFrontMatter && cvPath) return this.readFile(path.resolve(path.dirname(cvPath), fromFrontMatter), fromFrontMatter);
    if (settings.jobPosting) {
      const base = folderPath ?? (cvPath ? path.dirname(cvPath) : null);
      if (!base && !path.isAbsolute(settings.jobPosting)) return null;
      return this.readFile(path.resolve(base ?? '/', settings.jobPosting), settings.jobPosting);
    }
    return null;
  }

  private readFile(absolutePath: string, name: string): ResolvedPosting | null {
    try {
      const stat = statSync(absolutePath);
      if (!stat.isFile() || stat.size > MAX_POSTING_BYTES) return null;
      let cached = this.files.get(absolutePath);
      if (!cached || cached.mtimeMs !== stat.mtimeMs) {
        cached = { mtimeMs: stat.mtimeMs, text: readFileSync(absolutePath, 'utf8') };
        this.files.set(absolutePath, cached);
      }
      return { source: { text: cached.text, name }, uri: pathToFileURL(absolutePath).toString() };
    } catch {
      return null;
    }
  }
}
