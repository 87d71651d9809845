// Registry of role profiles. A new profile is a new folder here plus one line below.
import type { Profile } from './types';
import { backOfficeProfile } from './back-office';

const profiles: Record<string, Profile> = {
  [backOfficeProfile.id]: backOfficeProfile,
};

export const defaultProfileId = backOfficeProfile.id;
export const profileIds: string[] = Object.keys(profiles);

export function getProfile(id: string): Profile | undefined {
  return Object.prototype.hasOwnProperty.call(profiles, id) ? profiles[id] : undefined;
}

export function sectionSpec(profile: Profile, kind: string) {
  return profile.sections.find((s) => s.kind === kind);
}
