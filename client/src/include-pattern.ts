// The pattern "Check this file as a CV" adds to `cvlint.files.include`. Pure (no `vscode` import).

/** Escapes glob syntax in a path with one-character classes (`[*]`), which work on every platform
 *  (a backslash would be a path separator on Windows). */
export function escapeGlob(filePath: string): string {
  return filePath.replace(/[*?[\]{}()]/g, (c) => `[${c}]`);
}

/** `relativePath` when the file is in a workspace folder (settings travel with the project), else
 *  the absolute path with forward slashes. */
export function includePattern(relativePath: string | null, absolutePath: string): string {
  return escapeGlob(relativePath ?? absolutePath.split('\\').join('/'));
}
