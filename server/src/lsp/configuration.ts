// Settings for each document: the client's `cvlint` section (workspace/configuration, or pushed with
// didChangeConfiguration) with the workspace's `.cvlintrc.json` on top. Invalid values are reported
// once and replaced by the layer below (defaults in the end); nothing here throws.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import {
  CONFIG_FILE_NAME,
  CONFIGURATION_SECTION,
  DEFAULT_SETTINGS,
  validateSettings,
  type CvlintSettings,
} from '../shared/settings';
import type { LoadedProfiles } from '../profiles/custom-file';
import type { ProfileSource } from '../profiles/resolve';

export interface ResolvedSettings {
  settings: CvlintSettings;
  problems: string[];
  /** Workspace folder (or the file's directory) the document belongs to, as a file system path. */
  folderPath: string | null;
  /** The person's own profiles (`profileFiles`), validated; their problems are in `problems`. */
  customProfiles: ProfileSource[];
}

export interface ConfigurationHost {
  /** Pulls the client's `cvlint` section for a document; null when the client cannot answer. */
  fetchSection(scopeUri: string | undefined): Promise<unknown>;
  knownRuleIds(): readonly string[];
  knownProfileIds(): readonly string[];
  /** Reads and validates profile files (profiles/custom-file.ts, loaded with the engine's features). */
  loadProfileFiles(paths: readonly string[], baseDir: string | null): LoadedProfiles;
}

interface RcFileEntry {
  mtimeMs: number;
  size: number;
  raw: unknown;
  error: string | null;
}

export class ConfigurationStore {
  private clientSettings = new Map<string, Promise<unknown>>();
  private pushedSettings: unknown = undefined;
  private rcFiles = new Map<string, RcFileEntry | null>();
  private folderPaths: string[] = [];

  constructor(
    private readonly host: ConfigurationHost,
    private readonly supportsPull: boolean,
  ) {}

  setWorkspaceFolders(uris: readonly string[]): void {
    this.folderPaths = uris
      .map(uriToPath)
      .filter((p): p is string => p !== null)
      // Longest first, so nested folders win.
      .sort((a, b) => b.length - a.length);
  }

  /** After didChangeConfiguration: forget pulled settings; keep pushed ones if the client sent them. */
  invalidate(pushed?: unknown): void {
    this.clientSettings.clear();
    if (pushed !== undefined && pushed !== null && typeof pushed === 'object') {
      const section = (pushed as Record<string, unknown>)[CONFIGURATION_SECTION];
      if (section !== undefined) this.pushedSettings = section;
    }
  }

  /** After a `.cvlintrc.json` changed on disk (mtime is also checked on every read). */
  invalidateFiles(): void {
    this.rcFiles.clear();
  }

  async forDocument(uri: string): Promise<ResolvedSettings> {
    const folderPath = this.folderFor(uri);
    const raw = await this.clientSection(uri);
    const rcPath = folderPath ? path.join(folderPath, CONFIG_FILE_NAME) : null;
    const rc = rcPath ? this.readRcFile(rcPath) : null;
    const ruleIds = this.host.knownRuleIds();
    // First the profile files (either layer may name them): their ids are valid values of `profile`.
    const profileFiles = validateSettings(rc && !rc.error ? rc.raw : undefined, validateSettings(raw, DEFAULT_SETTINGS).settings).settings.profileFiles;
    const loaded = profileFiles.length > 0 ? this.host.loadProfileFiles(profileFiles, folderPath) : { sources: [], problems: [] };
    const profileIds = [...this.host.knownProfileIds(), ...loaded.sources.map((source) => source.data.id)];
    const options = { ruleIds, profileIds };
    const user = validateSettings(raw, DEFAULT_SETTINGS, { ...options, origin: 'settings: ' });
    const problems = [...user.problems];
    let settings = user.settings;
    if (rcPath && rc?.error) problems.push(`${rcPath}: ${rc.error}`);
    if (rc && !rc.error) {
      const fromFile = validateSettings(rc.raw, settings, { ...options, origin: `${CONFIG_FILE_NAME}: ` });
      settings = fromFile.settings;
      problems.push(...fromFile.problems);
    }
    problems.push(...loaded.problems);
    return { settings, problems, folderPath, customProfiles: loaded.sources };
  }

  private clientSection(uri: string): Promise<unknown> {
    if (!this.supportsPull) return Promise.resolve(this.pushedSettings);
    let pending = this.clientSettings.get(uri);
    if (!pending) {
      pending = this.host.fetchSection(uri || undefined).catch(() => this.pushedSettings);
      this.clientSettings.set(uri, pending);
    }
    return pending;
  }

  private folderFor(uri: string): string | null {
    const filePath = uriToPath(uri);
    if (!filePath) return this.folderPaths.length === 1 ? this.folderPaths[0] : null;
    for (const folder of this.folderPaths) {
      if (filePath === folder || filePath.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep)) return folder;
    }
    // A file opened outside any workspace folder: its own directory is its workspace.
    return path.dirname(filePath);
  }

  private readRcFile(rcPath: string): RcFileEntry | null {
    let stat;
    try {
      stat = statSync(rcPath);
    } catch {
      this.rcFiles.set(rcPath, null);
      return null;
    }
    const cached = this.rcFiles.get(rcPath);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached;
    const entry: RcFileEntry = { mtimeMs: stat.mtimeMs, size: stat.size, raw: undefined, error: null };
    try {
      const text = readFileSync(rcPath, 'utf8').replace(/^\uFEFF/, '');
      entry.raw = text.trim() === '' ? {} : JSON.parse(text);
    } catch (error) {
      entry.error = `cannot be read as JSON (${error instanceof Error ? error.message : String(error)})`;
    }
    this.rcFiles.set(rcPath, entry);
    return entry;
  }
}

/** Whether `cvlint.files.include` names this document. Globs are relative to the workspace folder
 *  (a pattern without `/` matches the file name anywhere) or absolute. */
export function isIncluded(uri: string, settings: CvlintSettings, folderPath: string | null): boolean {
  if (settings.files.include.length === 0) return false;
  const filePath = uriToPath(uri);
  if (!filePath) return settings.files.include.includes(uri);
  const absolute = toSlashes(filePath);
  const relative = folderPath ? toSlashes(path.relative(folderPath, filePath)) : null;
  for (const pattern of settings.files.include) {
    try {
      const glob = toSlashes(pattern);
      const isMatch = picomatch(glob, { dot: true, basename: !glob.includes('/'), nocase: process.platform === 'win32' });
      if (path.isAbsolute(pattern) ? isMatch(absolute) : (relative !== null && isMatch(relative.replace(/^\.\//, ''))) || isMatch(absolute)) {
        return true;
      }
    } catch {
      // A pattern picomatch cannot compile matches nothing.
    }
  }
  return false;
}

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function pathToUri(filePath: string): string {
  return pathToFileURL(filePath).href;
}

function toSlashes(p: string): string {
  return p.split(path.sep).join('/');
}
