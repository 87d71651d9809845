// The CV score (0–100), documented in the README: sections 50, contact details 20, placement 5, keywords 25.
import type { CvDocument } from './types';
import type { ContactPlacement, Profile } from '../profiles/types';
import { missingRequiredKinds } from './model';

export interface KeywordCoverage {
  /** Concepts present / concepts the group asks for (minPresent), per group. */
  groups: { present: number; wanted: number }[];
}

export function computeScore(doc: CvDocument, profile: Profile, placement: ContactPlacement, keywords: KeywordCoverage): number {
  const required = profile.requiredSections;
  const sectionsFound = required.length - missingRequiredKinds(doc, profile).length;
  const sectionsPart = required.length ? (50 * sectionsFound) / required.length : 50;

  const details = profile.contact.required;
  const detailFound = (d: string) =>
    d === 'name' ? doc.contact.name !== null : d === 'email' ? doc.contact.emails.length > 0 : d === 'phone' ? doc.contact.phones.length > 0 : doc.contact.address !== null;
  const contactPart = details.length ? (20 * details.filter(detailFound).length) / details.length : 20;

  const pos = doc.contact.position;
  const placementOk = placement === 'any' ? pos !== 'none' : placement === 'end' ? pos === 'end' : pos === 'top';
  const placementPart = placementOk ? 5 : 0;

  const groups = keywords.groups.filter((g) => g.wanted > 0);
  const keywordPart = groups.length ? (25 * groups.reduce((sum, g) => sum + Math.min(1, g.present / g.wanted), 0)) / groups.length : 25;

  return Math.round(sectionsPart + contactPart + placementPart + keywordPart);
}
