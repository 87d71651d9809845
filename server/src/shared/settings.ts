// The `cvlint.*` settings: their type, defaults and validation. Shared by the language server
// (which validates what `workspace/configuration` and `.cvlintrc.json` return) and the client
// (package.json `contributes.configuration` mirrors SETTINGS_SPEC; a test can compare them).
// No runtime dependencies: the client imports this file too.

export type RuleSeveritySetting = 'off' | 'hint' | 'info' | 'warning' | 'error';
export type LanguageSetting = 'auto' | 'it' | 'en';
export type ContactPositionSetting = 'end' | 'start' | 'any';
export type RunSetting = 'onType' | 'onSave';
export type TraceSetting = 'off' | 'messages' | 'verbose';

/** The `cvlint` configuration section, nested the way VS Code returns dotted keys
 *  (`cvlint.messages.language` → `messages.language`). */
export interface CvlintSettings {
  enable: boolean;
  /** Role profile id, e.g. `back-office` (built-in, or the id of one of `profileFiles`). */
  profile: string;
  /** The person's own profile files (JSON, schemas/profile.schema.json), relative to the workspace folder or absolute. */
  profileFiles: string[];
  /** Language of the CV: auto-detected, or forced. */
  language: LanguageSetting;
  messages: {
    /** Language of messages: `auto` = the editor's display language (falls back to the CV's). */
    language: LanguageSetting;
  };
  /** Where contact details belong. */
  contactPosition: ContactPositionSetting;
  /** Rule id → severity or `off`. */
  rules: Record<string, RuleSeveritySetting>;
  keywords: {
    /** Keyword group id → extra terms counted in that group. */
    extra: Record<string, string[]>;
    /** Terms never asked for. */
    ignore: string[];
  };
  files: {
    /** Globs (relative to the workspace folder, or absolute) of files always checked as CVs. */
    include: string[];
  };
  /** Also check Markdown files that look like CVs (false: only `files.include`). */
  detect: boolean;
  /** A job posting (.md/.txt) to compare CVs with: absolute, or relative to the workspace folder. Empty = none. */
  jobPosting: string;
  run: RunSetting;
  /** Delay between the last edit and the check, per document. */
  throttleMs: number;
  analysis: {
    /** Milliseconds the line scan, and then the full analysis, of one document may take. */
    timeBudgetMs: number;
    /** Files larger than this many KB get only their headings checked. */
    maxFileSizeKb: number;
  };
  trace: {
    server: TraceSetting;
  };
}

export const CONFIGURATION_SECTION = 'cvlint';
/** Workspace file with the same settings (nested or dotted keys, without the `cvlint.` prefix). */
export const CONFIG_FILE_NAME = '.cvlintrc.json';

export const RULE_SEVERITY_SETTINGS: readonly RuleSeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];
export const LANGUAGE_SETTINGS: readonly LanguageSetting[] = ['auto', 'it', 'en'];
export const CONTACT_POSITION_SETTINGS: readonly ContactPositionSetting[] = ['end', 'start', 'any'];
export const RUN_SETTINGS: readonly RunSetting[] = ['onType', 'onSave'];
export const TRACE_SETTINGS: readonly TraceSetting[] = ['off', 'messages', 'verbose'];
export const THROTTLE_MS_MAX = 10_000;
export const TIME_BUDGET_MS_MIN = 100;
export const TIME_BUDGET_MS_MAX = 600_000;
export const MAX_FILE_SIZE_KB_MIN = 1;
export const MAX_FILE_SIZE_KB_MAX = 1_048_576;

export const DEFAULT_SETTINGS: CvlintSettings = {
  enable: true,
  profile: 'back-office',
  profileFiles: [],
  language: 'auto',
  messages: { language: 'auto' },
  contactPosition: 'end',
  rules: {},
  keywords: { extra: {}, ignore: [] },
  files: { include: [] },
  detect: true,
  jobPosting: '',
  run: 'onType',
  throttleMs: 250,
  analysis: { timeBudgetMs: 2000, maxFileSizeKb: 1024 },
  trace: { server: 'off' },
};

/** One setting as contributed in package.json (`cvlint.` + key). */
export interface SettingSpec {
  /** Full key, e.g. `cvlint.messages.language`. */
  key: string;
  type: 'boolean' | 'string' | 'number' | 'array' | 'object';
  default: unknown;
  enum?: readonly string[];
  /** For `type: 'number'`. */
  minimum?: number;
  maximum?: number;
}

/** Every setting, in the order the README and package.json list them. */
export const SETTINGS_SPEC: readonly SettingSpec[] = [
  { key: 'cvlint.enable', type: 'boolean', default: DEFAULT_SETTINGS.enable },
  { key: 'cvlint.profile', type: 'string', default: DEFAULT_SETTINGS.profile },
  { key: 'cvlint.profileFiles', type: 'array', default: DEFAULT_SETTINGS.profileFiles },
  { key: 'cvlint.language', type: 'string', enum: LANGUAGE_SETTINGS, default: DEFAULT_SETTINGS.language },
  { key: 'cvlint.messages.language', type: 'string', enum: LANGUAGE_SETTINGS, default: DEFAULT_SETTINGS.messages.language },
  { key: 'cvlint.contactPosition', type: 'string', enum: CONTACT_POSITION_SETTINGS, default: DEFAULT_SETTINGS.contactPosition },
  { key: 'cvlint.rules', type: 'object', default: DEFAULT_SETTINGS.rules },
  { key: 'cvlint.keywords.extra', type: 'object', default: DEFAULT_SETTINGS.keywords.extra },
  { key: 'cvlint.keywords.ignore', type: 'array', default: DEFAULT_SETTINGS.keywords.ignore },
  { key: 'cvlint.files.include', type: 'array', default: DEFAULT_SETTINGS.files.include },
  { key: 'cvlint.detect', type: 'boolean', default: DEFAULT_SETTINGS.detect },
  { key: 'cvlint.jobPosting', type: 'string', default: DEFAULT_SETTINGS.jobPosting },
  { key: 'cvlint.run', type: 'string', enum: RUN_SETTINGS, default: DEFAULT_SETTINGS.run },
  { key: 'cvlint.throttleMs', type: 'number', minimum: 0, maximum: THROTTLE_MS_MAX, default: DEFAULT_SETTINGS.throttleMs },
  {
    key: 'cvlint.analysis.timeBudgetMs',
    type: 'number',
    minimum: TIME_BUDGET_MS_MIN,
    maximum: TIME_BUDGET_MS_MAX,
    default: DEFAULT_SETTINGS.analysis.timeBudgetMs,
  },
  {
    key: 'cvlint.analysis.maxFileSizeKb',
    type: 'number',
    minimum: MAX_FILE_SIZE_KB_MIN,
    maximum: MAX_FILE_SIZE_KB_MAX,
    default: DEFAULT_SETTINGS.analysis.maxFileSizeKb,
  },
  { key: 'cvlint.trace.server', type: 'string', enum: TRACE_SETTINGS, default: DEFAULT_SETTINGS.trace.server },
];

export interface SettingsValidation {
  settings: CvlintSettings;
  /** One line per rejected value, naming the key; empty when everything was valid. */
  problems: string[];
}

export interface ValidateOptions {
  /** Known rule ids; unknown ids in `rules` are reported when given. */
  ruleIds?: readonly string[];
  /** Known profile ids; an unknown `profile` is reported (and the base kept) when given. */
  profileIds?: readonly string[];
  /** Prefix for problem lines, e.g. `.cvlintrc.json: `. */
  origin?: string;
}

export function cloneSettings(settings: CvlintSettings): CvlintSettings {
  return {
    ...settings,
    messages: { ...settings.messages },
    rules: { ...settings.rules },
    keywords: {
      extra: Object.fromEntries(Object.entries(settings.keywords.extra).map(([group, terms]) => [group, [...terms]])),
      ignore: [...settings.keywords.ignore],
    },
    profileFiles: [...settings.profileFiles],
    files: { include: [...settings.files.include] },
    analysis: { ...settings.analysis },
    trace: { ...settings.trace },
  };
}

/**
 * Reads raw settings (the `cvlint` section or a `.cvlintrc.json` object) over `base`.
 * Every valid value overrides `base`; an invalid one is reported and `base` is kept,
 * so one bad key never throws away the rest. Never throws.
 * Layering: `validateSettings(rcFile, validateSettings(userSettings).settings)` — the file wins.
 */
export function validateSettings(
  raw: unknown,
  base: CvlintSettings = DEFAULT_SETTINGS,
  options: ValidateOptions = {},
): SettingsValidation {
  const settings = cloneSettings(base);
  const problems: string[] = [];
  const origin = options.origin ?? '';
  const problem = (key: string, text: string): void => {
    problems.push(`${origin}cvlint.${key}: ${text}`);
  };

  if (raw === undefined || raw === null) return { settings, problems };
  if (!isPlainObject(raw)) {
    problems.push(`${origin}settings must be an object, got ${describe(raw)}`);
    return { settings, problems };
  }
  const values = flatten(raw);
  const known = new Set(SETTINGS_SPEC.map((spec) => spec.key.slice('cvlint.'.length)));

  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue;
    if (!known.has(key)) {
      problem(key, 'unknown setting, ignored');
      continue;
    }
    switch (key) {
      case 'enable':
      case 'detect':
        if (typeof value === 'boolean') settings[key] = value;
        else problem(key, `expected true or false, got ${describe(value)}`);
        break;
      case 'profile':
        if (typeof value !== 'string' || value.trim() === '') problem(key, `expected a profile id, got ${describe(value)}`);
        else if (options.profileIds && !options.profileIds.includes(value))
          problem(key, `unknown profile "${value}" (known: ${options.profileIds.join(', ')})`);
        else settings.profile = value;
        break;
      case 'jobPosting':
        if (typeof value === 'string') settings.jobPosting = value.trim();
        else problem(key, `expected a file path, got ${describe(value)}`);
        break;
      case 'language':
        readChoice(key, value, LANGUAGE_SETTINGS, problem, (choice) => (settings.language = choice));
        break;
      case 'messages.language':
        readChoice(key, value, LANGUAGE_SETTINGS, problem, (choice) => (settings.messages.language = choice));
        break;
      case 'contactPosition':
        readChoice(key, value, CONTACT_POSITION_SETTINGS, problem, (choice) => (settings.contactPosition = choice));
        break;
      case 'run':
        readChoice(key, value, RUN_SETTINGS, problem, (choice) => (settings.run = choice));
        break;
      case 'trace.server':
        readChoice(key, value, TRACE_SETTINGS, problem, (choice) => (settings.trace.server = choice));
        break;
      case 'throttleMs':
        readNumber(key, value, 0, THROTTLE_MS_MAX, 'milliseconds', problem, (number) => (settings.throttleMs = number));
        break;
      case 'analysis.timeBudgetMs':
        readNumber(key, value, TIME_BUDGET_MS_MIN, TIME_BUDGET_MS_MAX, 'milliseconds', problem, (number) => (settings.analysis.timeBudgetMs = number));
        break;
      case 'analysis.maxFileSizeKb':
        readNumber(key, value, MAX_FILE_SIZE_KB_MIN, MAX_FILE_SIZE_KB_MAX, 'KB', problem, (number) => (settings.analysis.maxFileSizeKb = number));
        break;
      case 'rules':
        readRules(value, settings, problem, options.ruleIds);
        break;
      case 'keywords.extra':
        readKeywordsExtra(value, settings, problem);
        break;
      case 'keywords.ignore':
      case 'files.include':
      case 'profileFiles': {
        const list = readStringList(value);
        if (!list) problem(key, `expected a list of strings, got ${describe(value)}`);
        else if (key === 'keywords.ignore') settings.keywords.ignore = list;
        else if (key === 'profileFiles') settings.profileFiles = list;
        else settings.files.include = list;
        break;
      }
    }
  }
  return { settings, problems };
}

function readRules(
  value: unknown,
  settings: CvlintSettings,
  problem: (key: string, text: string) => void,
  ruleIds: readonly string[] | undefined,
): void {
  if (!isPlainObject(value)) {
    problem('rules', `expected an object of rule id → ${RULE_SEVERITY_SETTINGS.join('|')}, got ${describe(value)}`);
    return;
  }
  // Rules are merged, not replaced: a workspace file can turn one rule off and keep the user's others.
  for (const [ruleId, severity] of Object.entries(value)) {
    if (ruleIds && !ruleIds.includes(ruleId)) {
      problem(`rules.${ruleId}`, `unknown rule (known: ${ruleIds.join(', ')})`);
    } else if (!isOneOf(severity, RULE_SEVERITY_SETTINGS)) {
      problem(`rules.${ruleId}`, expectedOneOf(RULE_SEVERITY_SETTINGS, severity));
    } else {
      settings.rules[ruleId] = severity;
    }
  }
}

/** A whole number in a range (rounded): take it, else report the range. */
function readNumber(
  key: string,
  value: unknown,
  minimum: number,
  maximum: number,
  unit: string,
  problem: (key: string, text: string) => void,
  assign: (number: number) => void,
): void {
  if (typeof value === 'number' && Number.isFinite(value) && value >= minimum && value <= maximum) assign(Math.round(value));
  else problem(key, `expected a number of ${unit} from ${minimum} to ${maximum}, got ${describe(value)}`);
}

/** An enumerated setting: take the value when it is one of `allowed`, else report what was expected. */
function readChoice<T extends string>(
  key: string,
  value: unknown,
  allowed: readonly T[],
  problem: (key: string, text: string) => void,
  assign: (choice: T) => void,
): void {
  if (isOneOf(value, allowed)) assign(value);
  else problem(key, expectedOneOf(allowed, value));
}

function readKeywordsExtra(value: unknown, settings: CvlintSettings, problem: (key: string, text: string) => void): void {
  if (!isPlainObject(value)) {
    problem('keywords.extra', `expected an object of keyword group id → list of terms, got ${describe(value)}`);
    return;
  }
  const extra: Record<string, string[]> = {};
  for (const [group, terms] of Object.entries(value)) {
    const list = readStringList(terms);
    if (list) extra[group] = list;
    else problem(`keywords.extra.${group}`, `expected a list of strings, got ${describe(terms)}`);
  }
  settings.keywords.extra = extra;
}

/** Nested objects (`{messages: {language}}`) and dotted keys (`"messages.language"`) both work;
 *  a leading `cvlint.` is accepted too. Only the containers of nested settings are opened. */
function flatten(raw: Record<string, unknown>): Record<string, unknown> {
  const containers = new Set(['messages', 'keywords', 'files', 'analysis', 'trace']);
  const out: Record<string, unknown> = {};
  for (const [rawKey, value] of Object.entries(raw)) {
    const key = rawKey.startsWith('cvlint.') ? rawKey.slice('cvlint.'.length) : rawKey;
    if (key === '$schema') continue;
    if (key === 'cvlint' && isPlainObject(value)) {
      Object.assign(out, flatten(value));
    } else if (containers.has(key) && isPlainObject(value)) {
      for (const [inner, innerValue] of Object.entries(value)) out[`${key}.${inner}`] = innerValue;
    } else {
      out[key] = value;
    }
  }
  return out;
}

function readStringList(value: unknown): string[] | null {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return null;
  return value.map((item: string) => item.trim()).filter((item) => item !== '');
}

function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

function expectedOneOf(allowed: readonly string[], value: unknown): string {
  return `expected one of ${allowed.map((item) => `"${item}"`).join(', ')}, got ${describe(value)}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) {
    const odd = value.find((item) => typeof item !== 'string');
    return odd === undefined ? 'a list' : `a list containing ${describe(odd)}`;
  }
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
}
