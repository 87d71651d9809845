// Registry of role profiles. Profiles are data: a new built-in profile is a JSON file in data/
// (schemas/profile.schema.json) plus one line below; a person's own profile is a file in their workspace
// (profiles/custom-file.ts reads it), resolved over these the same way.
import type { Profile, ProfileData } from './types';
import { resolveProfiles, type ProfileSource } from './resolve';
import generic from './data/generic.json';
import backOffice from './data/back-office.json';
import bankBackOffice from './data/bank-back-office.json';
import accountingBackOffice from './data/accounting-back-office.json';
import hrBackOffice from './data/hr-back-office.json';
import logisticsBackOffice from './data/logistics-back-office.json';
import customerServiceBackOffice from './data/customer-service-back-office.json';

/** The built-in profile files, in the order they are listed. */
export const BUILT_IN_PROFILE_DATA: readonly ProfileData[] = [
  generic,
  backOffice,
  bankBackOffice,
  accountingBackOffice,
  hrBackOffice,
  logisticsBackOffice,
  customerServiceBackOffice,
] as ProfileData[];

const builtIn = resolveProfiles(BUILT_IN_PROFILE_DATA.map((data) => ({ data, origin: `built-in profile ${data.id}` })));
// The built-in files are checked by tests (test/unit/profiles.test.ts); a broken one must not go unnoticed.
if (builtIn.problems.length > 0) throw new Error(`cvlint: broken built-in profile data:\n${builtIn.problems.join('\n')}`);
const profiles: ReadonlyMap<string, Profile> = builtIn.profiles;

export const defaultProfileId = 'back-office';
export const profileIds: string[] = [...profiles.keys()];

export function getProfile(id: string): Profile | undefined {
  return profiles.get(id);
}

export function sectionSpec(profile: Profile, kind: string) {
  return profile.sections.find((s) => s.kind === kind);
}

/** What `cvlint --list-profiles` and the editor's profile picker show. */
export interface ProfileSummary {
  id: string;
  label: Profile['label'];
  description: Profile['description'];
  extends: string | null;
  /** `built-in`, or the file a custom profile was read from. */
  origin: string;
}

/** Built-in and custom profiles by id, with the problems of the custom ones. */
export interface ProfileCatalog {
  get(id: string): Profile | undefined;
  ids: readonly string[];
  summaries(): ProfileSummary[];
  problems: readonly string[];
}

function summaries(map: ReadonlyMap<string, Profile>, origins: ReadonlyMap<string, string>): ProfileSummary[] {
  return [...map.values()].map((p) => ({ id: p.id, label: p.label, description: p.description, extends: p.extends ?? null, origin: origins.get(p.id) ?? 'built-in' }));
}

const BUILT_IN_CATALOG: ProfileCatalog = {
  get: getProfile,
  ids: profileIds,
  summaries: () => summaries(profiles, new Map()),
  problems: [],
};

// Custom profiles cross to the analysis worker as plain data with every check: the resolved catalog is kept
// for the last few distinct sets, so a document checked on each keystroke does not merge them again.
const catalogCache = new Map<string, ProfileCatalog>();
const CATALOG_CACHE_SIZE = 8;

/** The built-in profiles plus `custom` ones (already validated data, see profiles/custom-file.ts). */
export function profileCatalog(custom: readonly ProfileSource[] | undefined): ProfileCatalog {
  if (!custom || custom.length === 0) return BUILT_IN_CATALOG;
  const key = JSON.stringify(custom);
  const cached = catalogCache.get(key);
  if (cached) return cached;
  const resolved = resolveProfiles(custom, profiles);
  const origins = new Map(custom.filter((s) => resolved.profiles.get(s.data.id) && !profiles.has(s.data.id)).map((s) => [s.data.id, s.origin]));
  const catalog: ProfileCatalog = {
    get: (id) => resolved.profiles.get(id),
    ids: [...resolved.profiles.keys()],
    summaries: () => summaries(resolved.profiles, origins),
    problems: resolved.problems,
  };
  if (catalogCache.size >= CATALOG_CACHE_SIZE) catalogCache.delete(catalogCache.keys().next().value!);
  catalogCache.set(key, catalog);
  return catalog;
}
