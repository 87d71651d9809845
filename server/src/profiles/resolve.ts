// Profile data files → profiles. A file with `extends` is merged over its parent:
// - label, description, requiredSections, maxPages: the file's value replaces the parent's;
// - sections: merged by kind, field by field (a new kind needs title, description and template);
// - synonyms: the file's are added to the parent's, per kind and language;
// - contact, severities: merged key by key;
// - guidance: merged key by key (per section kind, per keyword group id, per role field);
// - keywordGroups: merged by id (a new id needs label, section, minPresent and concepts); inside a group,
//   concepts are merged by id (the file's concept replaces the parent's whole), `removeConcepts` and
//   `removeKeywordGroups` drop what the parent had.
// Pure: no file system here (profiles/custom-file.ts reads files).
import { SECTION_KINDS, type SectionKind } from '../engine/types';
import type { ConceptData, KeywordConcept, KeywordGroup, Profile, ProfileData, ProfileGuidance, SectionSpec } from './types';
import { formatProfileProblem, validateProfileData, type ProfileProblem } from './validate';

export interface ProfileSource {
  data: ProfileData;
  /** Where the data comes from, for messages: a file path, or `built-in`. */
  origin: string;
}

export interface ResolvedProfiles {
  profiles: Map<string, Profile>;
  /** One line per problem: `origin: field "path": message`. */
  problems: string[];
}

function compileOtherSense(concept: ConceptData, path: string, problems: ProfileProblem[]): KeywordConcept['otherSense'] | undefined {
  if (!concept.otherSense) return undefined;
  const out: NonNullable<KeywordConcept['otherSense']> = {};
  for (const side of ['before', 'after'] as const) {
    const source = concept.otherSense[side];
    if (source === undefined) continue;
    try {
      out[side] = new RegExp(source);
    } catch (error) {
      problems.push({ field: `${path}.otherSense.${side}`, message: `not a valid regular expression (${error instanceof Error ? error.message : String(error)})` });
    }
  }
  return out;
}

function toConcept(concept: ConceptData, path: string, problems: ProfileProblem[]): KeywordConcept {
  const terms = { it: concept.terms.it ?? [], en: concept.terms.en ?? [] };
  if (terms.it.length + terms.en.length === 0) problems.push({ field: `${path}.terms`, message: 'needs at least one term (in "it" or "en")' });
  const out: KeywordConcept = { id: concept.id, terms };
  const otherSense = compileOtherSense(concept, path, problems);
  if (otherSense) out.otherSense = otherSense;
  if (concept.sources) out.sources = concept.sources;
  return out;
}

function mergeGroups(parent: readonly KeywordGroup[], data: ProfileData, problems: ProfileProblem[]): KeywordGroup[] {
  const removed = new Set(data.removeKeywordGroups ?? []);
  (data.removeKeywordGroups ?? []).forEach((id, i) => {
    if (!parent.some((g) => g.id === id)) problems.push({ field: `removeKeywordGroups[${i}]`, message: `the parent profile has no keyword group "${id}"` });
  });
  const groups = parent.filter((g) => !removed.has(g.id)).map((g) => ({ ...g, concepts: [...g.concepts] }));
  (data.keywordGroups ?? []).forEach((groupData, gi) => {
    const path = `keywordGroups[${gi}]`;
    let group = groups.find((g) => g.id === groupData.id);
    if (!group) {
      const missing = (['label', 'section', 'minPresent', 'concepts'] as const).filter((key) => groupData[key] === undefined);
      if (missing.length > 0) {
        for (const key of missing) problems.push({ field: `${path}.${key}`, message: `is required for a new keyword group ("${groupData.id}" is not in the parent profile)` });
        return;
      }
      group = { id: groupData.id, label: groupData.label!, section: groupData.section!, minPresent: groupData.minPresent!, concepts: [] };
      groups.push(group);
    } else {
      if (groupData.label) group.label = groupData.label;
      if (groupData.section) group.section = groupData.section;
      if (groupData.minPresent !== undefined) group.minPresent = groupData.minPresent;
    }
    if (groupData.factual !== undefined) group.factual = groupData.factual;
    if (groupData.sources) group.sources = groupData.sources;
    const target = group;
    (groupData.removeConcepts ?? []).forEach((id, ci) => {
      const at = target.concepts.findIndex((c) => c.id === id);
      if (at < 0) problems.push({ field: `${path}.removeConcepts[${ci}]`, message: `the group "${target.id}" has no concept "${id}"` });
      else target.concepts.splice(at, 1);
    });
    (groupData.concepts ?? []).forEach((conceptData, ci) => {
      const conceptPath = `${path}.concepts[${ci}]`;
      const concept = toConcept(conceptData, conceptPath, problems);
      const at = target.concepts.findIndex((c) => c.id === concept.id);
      if (at >= 0) target.concepts[at] = concept;
      else target.concepts.push(concept);
    });
  });
  return groups;
}

function mergeSections(parent: readonly SectionSpec[], data: ProfileData, problems: ProfileProblem[]): SectionSpec[] {
  const sections = parent.map((s) => ({ ...s }));
  (data.sections ?? []).forEach((sectionData, i) => {
    const existing = sections.find((s) => s.kind === sectionData.kind);
    if (existing) {
      if (sectionData.title) existing.title = sectionData.title;
      if (sectionData.description) existing.description = sectionData.description;
      if (sectionData.template) existing.template = sectionData.template;
      return;
    }
    const missing = (['title', 'description', 'template'] as const).filter((key) => sectionData[key] === undefined);
    for (const key of missing) problems.push({ field: `sections[${i}].${key}`, message: `is required for a section kind the parent profile does not describe ("${sectionData.kind}")` });
    if (missing.length === 0) sections.push({ kind: sectionData.kind, title: sectionData.title!, description: sectionData.description!, template: sectionData.template! });
  });
  return sections;
}

function mergeSynonyms(parent: Profile['synonyms'] | null, data: ProfileData): Profile['synonyms'] {
  const out = {} as Profile['synonyms'];
  for (const kind of SECTION_KINDS) {
    const base = parent?.[kind];
    const add = data.synonyms?.[kind];
    const merge = (a: readonly string[] | undefined, b: readonly string[] | undefined) => (b ? [...(a ?? []), ...b.filter((t) => !(a ?? []).includes(t))] : [...(a ?? [])]);
    const entry: Profile['synonyms'][SectionKind] = { it: merge(base?.it, add?.it), en: merge(base?.en, add?.en) };
    if (base?.other || add?.other) entry.other = merge(base?.other, add?.other);
    out[kind] = entry;
  }
  return out;
}

function mergeGuidance(parent: ProfileGuidance | undefined, data: ProfileGuidance | undefined): ProfileGuidance | undefined {
  if (!parent && !data) return undefined;
  const out: ProfileGuidance = {};
  if (parent?.sections || data?.sections) out.sections = { ...parent?.sections, ...data?.sections };
  if (parent?.keywordGroups || data?.keywordGroups) out.keywordGroups = { ...parent?.keywordGroups, ...data?.keywordGroups };
  if (parent?.role || data?.role) out.role = { ...parent?.role, ...data?.role };
  return out;
}

/** One profile from its data over its resolved parent (null for a root profile). */
export function mergeProfile(parent: Profile | null, data: ProfileData, problems: ProfileProblem[]): Profile {
  if (!parent) {
    const missing: string[] = [];
    if (!data.requiredSections) missing.push('requiredSections');
    if (!data.sections) missing.push('sections');
    if (!data.synonyms) missing.push('synonyms');
    if (!data.contact?.required) missing.push('contact.required');
    if (!data.contact?.placement) missing.push('contact.placement');
    for (const field of missing) problems.push({ field, message: 'is required for a profile without "extends"' });
  }
  const profile: Profile = {
    id: data.id,
    label: data.label,
    description: data.description,
    requiredSections: [...(data.requiredSections ?? parent?.requiredSections ?? [])],
    sections: mergeSections(parent?.sections ?? [], data, problems),
    synonyms: mergeSynonyms(parent?.synonyms ?? null, data),
    contact: {
      required: [...(data.contact?.required ?? parent?.contact.required ?? [])],
      placement: data.contact?.placement ?? parent?.contact.placement ?? 'any',
    },
    keywordGroups: mergeGroups(parent?.keywordGroups ?? [], data, problems),
  };
  if (data.extends) profile.extends = data.extends;
  const sources = data.sources ?? parent?.sources;
  if (sources) profile.sources = sources;
  const maxPages = data.maxPages ?? parent?.maxPages;
  if (maxPages !== undefined) profile.maxPages = maxPages;
  if (parent?.severities || data.severities) profile.severities = { ...parent?.severities, ...data.severities };
  const guidance = mergeGuidance(parent?.guidance, data.guidance);
  if (guidance) profile.guidance = guidance;
  profile.requiredSections.forEach((kind, i) => {
    if (!profile.sections.some((s) => s.kind === kind)) problems.push({ field: `requiredSections[${i}]`, message: `"${kind}" has no entry in "sections" (its heading and template)` });
  });
  return profile;
}

/**
 * Resolves profile data over `base` (already resolved profiles, e.g. the built-in ones): each may extend a
 * base profile or another one of `sources`. A source with problems is left out and its problems reported,
 * each naming its origin and field; a source whose id is already taken is reported and left out.
 */
export function resolveProfiles(sources: readonly ProfileSource[], base: ReadonlyMap<string, Profile> = new Map()): ResolvedProfiles {
  const profiles = new Map(base);
  const problems: string[] = [];
  const byId = new Map<string, ProfileSource>();
  for (const source of sources) {
    if (base.has(source.data.id) || byId.has(source.data.id)) {
      const where = byId.get(source.data.id)?.origin ?? 'a built-in profile';
      problems.push(`${source.origin}: field "id": "${source.data.id}" is already the id of ${where}`);
      continue;
    }
    byId.set(source.data.id, source);
  }
  const failed = new Set<string>();
  const resolving = new Set<string>();
  const resolve = (id: string): Profile | null => {
    const done = profiles.get(id);
    if (done) return done;
    const source = byId.get(id);
    if (!source || failed.has(id)) return null;
    const report = (list: ProfileProblem[]) => {
      for (const p of list) problems.push(`${source.origin}: ${formatProfileProblem(p)}`);
      failed.add(id);
      return null;
    };
    if (resolving.has(id)) return report([{ field: 'extends', message: `"${source.data.extends}" leads back to "${id}" (a cycle)` }]);
    resolving.add(id);
    let parent: Profile | null = null;
    if (source.data.extends) {
      parent = resolve(source.data.extends);
      if (!parent) {
        resolving.delete(id);
        if (failed.has(id)) return null;
        const known = [...new Set([...profiles.keys(), ...byId.keys()])].filter((k) => k !== id && !failed.has(k));
        const why = byId.has(source.data.extends) ? 'which has errors' : `(known: ${known.join(', ')})`;
        return report([{ field: 'extends', message: `cannot extend "${source.data.extends}" ${why}` }]);
      }
    }
    const list: ProfileProblem[] = [];
    const profile = mergeProfile(parent, source.data, list);
    resolving.delete(id);
    if (list.length > 0) return report(list);
    profiles.set(id, profile);
    return profile;
  };
  for (const id of byId.keys()) resolve(id);
  return { profiles, problems };
}

/** Validates raw JSON (a parsed profile file) and names `origin` in every problem. */
export function readProfileData(raw: unknown, origin: string): { source: ProfileSource | null; problems: string[] } {
  const { data, problems } = validateProfileData(raw);
  if (!data) return { source: null, problems: problems.map((p) => `${origin}: ${formatProfileProblem(p)}`) };
  return { source: { data, origin }, problems: [] };
}
