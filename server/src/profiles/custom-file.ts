// A person's own profile files (`cvlint.profileFiles`, `--profile PATH`): read, parsed and validated here, with
// every problem naming the file and the field. The engine gets the validated data (profiles/resolve.ts merges it).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { profileCatalog } from './index';
import { readProfileData, type ProfileSource } from './resolve';

export interface LoadedProfiles {
  sources: ProfileSource[];
  /** One line per problem: `FILE: field "PATH": message`. */
  problems: string[];
}

interface CachedFile {
  mtimeMs: number;
  size: number;
  source: ProfileSource | null;
  problems: string[];
}

const cache = new Map<string, CachedFile>();

/** Reads one profile file (cached by modification time and size). */
export function readProfileFile(filePath: string): { source: ProfileSource | null; problems: string[] } {
  let stat;
  try {
    stat = statSync(filePath);
  } catch {
    return { source: null, problems: [`${filePath}: profile file not found`] };
  }
  const cached = cache.get(filePath);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached;
  let entry: CachedFile;
  try {
    const raw: unknown = JSON.parse(readFileSync(filePath, 'utf8').replace(/^\uFEFF/, ''));
    entry = { mtimeMs: stat.mtimeMs, size: stat.size, ...readProfileData(raw, filePath) };
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    entry = { mtimeMs: stat.mtimeMs, size: stat.size, source: null, problems: [`${filePath}: cannot be read as JSON (${why})`] };
  }
  cache.set(filePath, entry);
  return entry;
}

/**
 * Reads profile files (paths relative to `baseDir`, or absolute) and resolves them over the built-in profiles:
 * the sources that resolve, and the problems of those that do not (shape, `extends`, merge).
 */
export function loadProfileFiles(paths: readonly string[], baseDir: string | null): LoadedProfiles {
  const read: ProfileSource[] = [];
  const problems: string[] = [];
  for (const entry of paths) {
    const filePath = path.isAbsolute(entry) || !baseDir ? path.resolve(entry) : path.resolve(baseDir, entry);
    const file = readProfileFile(filePath);
    problems.push(...file.problems);
    if (file.source) read.push(file.source);
  }
  const catalog = profileCatalog(read);
  problems.push(...catalog.problems);
  // Only the sources that resolved go on to the engine: a broken file is reported, not half-used.
  const sources = read.filter((source) => catalog.get(source.data.id) && !catalog.problems.some((p) => p.startsWith(`${source.origin}:`)));
  return { sources, problems };
}

/** `--profile` given a path rather than an id: anything with a slash or a `.json` ending. */
export function looksLikeProfilePath(value: string): boolean {
  return /[\\/]/.test(value) || /\.json$/i.test(value);
}
