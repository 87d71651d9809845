// Turns command-line arguments into files to check, and file bytes into CV text.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export type InputSource =
  | { kind: 'file'; absolutePath: string; displayPath: string }
  | { kind: 'stdin'; displayPath: string };

export interface ExpandedInputs {
  sources: InputSource[];
  /** Arguments that named nothing readable: [argument, why]. */
  failures: { displayPath: string; message: string }[];
}

const MARKDOWN_IN_DIRECTORY = ['**/*.md', '**/*.markdown'];
const NEVER_SEARCHED = ['**/node_modules/**', '**/.git/**'];

/** Relative to the working directory with `/` separators, so output reads the same everywhere. */
export function displayPathFor(absolutePath: string, cwd: string): string {
  const relative = path.relative(cwd, absolutePath);
  const shown = relative === '' || path.isAbsolute(relative) ? absolutePath : relative;
  return shown.split(path.sep).join('/');
}

function statOrNull(target: string) {
  try {
    return statSync(target);
  } catch {
    return null;
  }
}

export function expandInputs(inputs: string[], cwd: string, stdinFileName: string | undefined): ExpandedInputs {
  const sources: InputSource[] = [];
  const failures: ExpandedInputs['failures'] = [];
  const seen = new Set<string>();
  const addFile = (absolutePath: string) => {
    if (seen.has(absolutePath)) return;
    seen.add(absolutePath);
    sources.push({ kind: 'file', absolutePath, displayPath: displayPathFor(absolutePath, cwd) });
  };

  for (const input of inputs) {
    if (input === '-') {
      sources.push({ kind: 'stdin', displayPath: stdinFileName ?? '<stdin>' });
      continue;
    }
    const absolutePath = path.resolve(cwd, input);
    const stats = statOrNull(absolutePath);
    if (stats?.isDirectory()) {
      const found = globSync(MARKDOWN_IN_DIRECTORY, { cwd: absolutePath, absolute: true, ignore: NEVER_SEARCHED });
      if (found.length === 0) {
        failures.push({ displayPath: input, message: 'directory has no .md or .markdown files' });
      }
      for (const file of found.sort()) addFile(path.resolve(file));
    } else if (stats) {
      addFile(absolutePath);
    } else if (isDynamicPattern(input)) {
      const found = globSync(input, { cwd, absolute: true, ignore: NEVER_SEARCHED });
      if (found.length === 0) failures.push({ displayPath: input, message: 'no files match this pattern' });
      for (const file of found.sort()) addFile(path.resolve(file));
    } else {
      failures.push({ displayPath: input, message: 'file not found' });
    }
  }
  return { sources, failures };
}

export type DecodedText = { ok: true; text: string } | { ok: false; message: string };

/** UTF-8 only, BOM allowed; anything else is refused with a reason a person can act on. */
export function decodeCvBytes(bytes: Uint8Array): DecodedText {
  const startsWith = (...prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);
  if (startsWith(0xff, 0xfe) || startsWith(0xfe, 0xff)) {
    return { ok: false, message: 'UTF-16 text; save it as UTF-8' };
  }
  if (bytes.includes(0)) return { ok: false, message: 'binary file (contains NUL bytes), not a Markdown CV' };
  try {
    // The decoder drops a leading BOM (ignoreBOM defaults to false).
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: 'not valid UTF-8 text; save it as UTF-8' };
  }
}

export function readFileBytes(absolutePath: string): { ok: true; bytes: Uint8Array } | { ok: false; message: string } {
  try {
    return { ok: true, bytes: readFileSync(absolutePath) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reasons: Record<string, string> = {
      ENOENT: 'file not found',
      EACCES: 'cannot read: permission denied',
      EPERM: 'cannot read: permission denied',
      EISDIR: 'is a directory',
    };
    return { ok: false, message: (code && reasons[code]) ?? `cannot read (${code ?? 'unknown error'})` };
  }
}
