// Checks a profile data file against schemas/profile.schema.json, by hand: no schema library at run time
// (the server and the CLI load this on every start). test/unit/profile-schema.test.ts runs the schema with
// ajv on the same valid and invalid files and asserts both agree, so the two cannot drift apart.
// Every problem names the field as a path (`keywordGroups[2].concepts[0].terms.it`).
import { SECTION_KINDS, type SectionKind } from '../engine/types';
import type { ProfileData } from './types';

export interface ProfileProblem {
  /** Field path, e.g. `keywordGroups[0].minPresent`; empty for the whole file. */
  field: string;
  message: string;
}

export const PROFILE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CONTACT_DETAILS = ['name', 'email', 'phone', 'address'] as const;
export const CONTACT_PLACEMENTS = ['end', 'start', 'any'] as const;
export const PROFILE_SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'] as const;

type Problems = ProfileProblem[];

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === 'object' ? 'an object' : String(value);
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object with only `allowed` keys (and `required` ones present); false when not an object at all. */
function checkObject(value: unknown, path: string, allowed: readonly string[], required: readonly string[], problems: Problems): value is Record<string, unknown> {
  if (!isObject(value)) {
    problems.push({ field: path, message: `expected an object, got ${describe(value)}` });
    return false;
  }
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) problems.push({ field: join(path, key), message: `unknown field (known: ${allowed.join(', ')})` });
  }
  for (const key of required) {
    if (!(key in value)) problems.push({ field: join(path, key), message: 'is required' });
  }
  return true;
}

function checkString(value: unknown, path: string, problems: Problems, pattern?: RegExp, patternText?: string): void {
  if (typeof value !== 'string' || value.trim() === '') problems.push({ field: path, message: `expected a non-empty text, got ${describe(value)}` });
  else if (pattern && !pattern.test(value)) problems.push({ field: path, message: `expected ${patternText}, got ${describe(value)}` });
}

function checkChoice(value: unknown, path: string, allowed: readonly string[], problems: Problems): void {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    problems.push({ field: path, message: `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describe(value)}` });
  }
}

function checkList(value: unknown, path: string, problems: Problems, item: (value: unknown, path: string) => void, unique = false): void {
  if (!Array.isArray(value)) {
    problems.push({ field: path, message: `expected a list, got ${describe(value)}` });
    return;
  }
  value.forEach((entry, i) => item(entry, join(path, i)));
  if (unique) {
    const seen = new Set<string>();
    value.forEach((entry, i) => {
      const key = JSON.stringify(entry);
      if (seen.has(key)) problems.push({ field: join(path, i), message: `repeats ${describe(entry)}` });
      seen.add(key);
    });
  }
}

const ID_TEXT = 'an id of lower-case letters, digits and single hyphens (e.g. "bank-back-office")';

function checkId(value: unknown, path: string, problems: Problems): void {
  checkString(value, path, problems, PROFILE_ID_PATTERN, ID_TEXT);
}

function checkLocalized(value: unknown, path: string, problems: Problems): void {
  if (!checkObject(value, path, ['it', 'en'], ['it', 'en'], problems)) return;
  for (const language of ['it', 'en'] as const) if (language in value) checkString(value[language], join(path, language), problems);
}

function checkTexts(value: unknown, path: string, problems: Problems): void {
  checkList(value, path, problems, (entry, at) => checkString(entry, at, problems));
}

function checkSection(value: unknown, path: string, problems: Problems): void {
  if (!checkObject(value, path, ['kind', 'title', 'description', 'template'], ['kind'], problems)) return;
  if ('kind' in value) checkChoice(value.kind, join(path, 'kind'), SECTION_KINDS, problems);
  for (const key of ['title', 'description', 'template']) if (key in value) checkLocalized(value[key], join(path, key), problems);
}

function checkSynonyms(value: unknown, path: string, problems: Problems): void {
  if (!checkObject(value, path, SECTION_KINDS, [], problems)) return;
  for (const kind of Object.keys(value) as SectionKind[]) {
    if (!SECTION_KINDS.includes(kind)) continue;
    const at = join(path, kind);
    const entry = value[kind];
    if (!checkObject(entry, at, ['it', 'en', 'other'], [], problems)) continue;
    for (const key of Object.keys(entry)) if (['it', 'en', 'other'].includes(key)) checkTexts(entry[key], join(at, key), problems);
  }
}

function checkConcept(value: unknown, path: string, problems: Problems): void {
  if (!checkObject(value, path, ['id', 'terms', 'otherSense', 'sources'], ['id', 'terms'], problems)) return;
  if ('id' in value) checkId(value.id, join(path, 'id'), problems);
  if ('terms' in value && checkObject(value.terms, join(path, 'terms'), ['it', 'en'], [], problems)) {
    const terms = value.terms;
    for (const language of ['it', 'en']) if (language in terms) checkTexts(terms[language], join(join(path, 'terms'), language), problems);
  }
  if ('otherSense' in value && checkObject(value.otherSense, join(path, 'otherSense'), ['before', 'after'], [], problems)) {
    const otherSense = value.otherSense;
    for (const key of ['before', 'after']) if (key in otherSense) checkString(otherSense[key], join(join(path, 'otherSense'), key), problems);
  }
  if ('sources' in value) checkTexts(value.sources, join(path, 'sources'), problems);
}

function checkGroup(value: unknown, path: string, problems: Problems): void {
  const allowed = ['id', 'label', 'section', 'minPresent', 'factual', 'concepts', 'removeConcepts', 'sources'];
  if (!checkObject(value, path, allowed, ['id'], problems)) return;
  if ('id' in value) checkId(value.id, join(path, 'id'), problems);
  if ('label' in value) checkLocalized(value.label, join(path, 'label'), problems);
  if ('section' in value) checkChoice(value.section, join(path, 'section'), SECTION_KINDS, problems);
  if ('minPresent' in value) {
    const n = value.minPresent;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) problems.push({ field: join(path, 'minPresent'), message: `expected a whole number from 0, got ${describe(n)}` });
  }
  if ('factual' in value && typeof value.factual !== 'boolean') problems.push({ field: join(path, 'factual'), message: `expected true or false, got ${describe(value.factual)}` });
  if ('concepts' in value) checkList(value.concepts, join(path, 'concepts'), problems, (entry, at) => checkConcept(entry, at, problems));
  if ('removeConcepts' in value) checkList(value.removeConcepts, join(path, 'removeConcepts'), problems, (entry, at) => checkId(entry, at, problems));
  if ('sources' in value) checkTexts(value.sources, join(path, 'sources'), problems);
}

function checkGuidance(value: unknown, path: string, problems: Problems): void {
  if (!checkObject(value, path, ['sections', 'keywordGroups', 'role'], [], problems)) return;
  if ('sections' in value && checkObject(value.sections, join(path, 'sections'), SECTION_KINDS, [], problems)) {
    const sections = value.sections;
    for (const kind of Object.keys(sections)) if ((SECTION_KINDS as readonly string[]).includes(kind)) checkLocalized(sections[kind], join(join(path, 'sections'), kind), problems);
  }
  if ('keywordGroups' in value) {
    const groups = value.keywordGroups;
    const at = join(path, 'keywordGroups');
    if (!isObject(groups)) problems.push({ field: at, message: `expected an object of keyword group id → reason, got ${describe(groups)}` });
    else {
      for (const [id, reason] of Object.entries(groups)) {
        if (!PROFILE_ID_PATTERN.test(id)) problems.push({ field: join(at, id), message: `expected ${ID_TEXT} as the key, got ${describe(id)}` });
        else checkLocalized(reason, join(at, id), problems);
      }
    }
  }
  if ('role' in value && checkObject(value.role, join(path, 'role'), ['careers', 'pay', 'source'], [], problems)) {
    const role = value.role;
    for (const key of ['careers', 'pay']) if (key in role) checkLocalized(role[key], join(join(path, 'role'), key), problems);
    if ('source' in role) checkString(role.source, join(join(path, 'role'), 'source'), problems);
  }
}

export const PROFILE_FIELDS = [
  '$schema', 'id', 'extends', 'label', 'description', 'sources', 'requiredSections', 'sections', 'synonyms', 'contact',
  'keywordGroups', 'removeKeywordGroups', 'maxPages', 'severities', 'guidance',
] as const;

/** Checks the shape of a profile file (what the JSON schema says). Merging with the parent checks the rest (resolve.ts). */
export function validateProfileData(raw: unknown): { data: ProfileData | null; problems: ProfileProblem[] } {
  const problems: Problems = [];
  if (!checkObject(raw, '', PROFILE_FIELDS, ['id', 'label', 'description'], problems)) return { data: null, problems };
  const value = raw;
  if ('$schema' in value && typeof value.$schema !== 'string') problems.push({ field: '$schema', message: `expected a text, got ${describe(value.$schema)}` });
  if ('id' in value) checkId(value.id, 'id', problems);
  if ('extends' in value) checkId(value.extends, 'extends', problems);
  if ('label' in value) checkLocalized(value.label, 'label', problems);
  if ('description' in value) checkLocalized(value.description, 'description', problems);
  if ('sources' in value) checkTexts(value.sources, 'sources', problems);
  if ('requiredSections' in value) checkList(value.requiredSections, 'requiredSections', problems, (entry, at) => checkChoice(entry, at, SECTION_KINDS, problems), true);
  if ('sections' in value) checkList(value.sections, 'sections', problems, (entry, at) => checkSection(entry, at, problems));
  if ('synonyms' in value) checkSynonyms(value.synonyms, 'synonyms', problems);
  if ('contact' in value && checkObject(value.contact, 'contact', ['required', 'placement'], [], problems)) {
    const contact = value.contact;
    if ('required' in contact) checkList(contact.required, 'contact.required', problems, (entry, at) => checkChoice(entry, at, CONTACT_DETAILS, problems), true);
    if ('placement' in contact) checkChoice(contact.placement, 'contact.placement', CONTACT_PLACEMENTS, problems);
  }
  if ('keywordGroups' in value) checkList(value.keywordGroups, 'keywordGroups', problems, (entry, at) => checkGroup(entry, at, problems));
  if ('removeKeywordGroups' in value) checkList(value.removeKeywordGroups, 'removeKeywordGroups', problems, (entry, at) => checkId(entry, at, problems));
  if ('maxPages' in value) {
    const n = value.maxPages;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 1) problems.push({ field: 'maxPages', message: `expected a number of pages from 1, got ${describe(n)}` });
  }
  if ('severities' in value) {
    const severities = value.severities;
    if (!isObject(severities)) problems.push({ field: 'severities', message: `expected an object of rule id → severity, got ${describe(severities)}` });
    else for (const [rule, severity] of Object.entries(severities)) checkChoice(severity, join('severities', rule), PROFILE_SEVERITIES, problems);
  }
  if ('guidance' in value) checkGuidance(value.guidance, 'guidance', problems);
  return { data: problems.length === 0 ? (value as unknown as ProfileData) : null, problems };
}

/** "field `keywordGroups[0].minPresent`: expected …", or the message alone for the whole file. */
export function formatProfileProblem(problem: ProfileProblem): string {
  return problem.field ? `field "${problem.field}": ${problem.message}` : problem.message;
}
