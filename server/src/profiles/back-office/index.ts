// The back-office profile (Italian and English), from the founding brief and ESCO 4312.2.
import type { Profile } from '../types';
import { backOfficeKeywordGroups } from './keywords';
import { backOfficeRequiredSections, backOfficeSections, backOfficeSynonyms } from './sections';

export const backOfficeProfile: Profile = {
  id: 'back-office',
  label: { it: 'Impiegato/a di back office', en: 'Back-office clerk' },
  requiredSections: backOfficeRequiredSections,
  sections: backOfficeSections,
  synonyms: backOfficeSynonyms,
  contact: {
    required: ['name', 'email', 'phone', 'address'],
    // The brief asks for contact details at the end; Europass puts them first, so it is a setting.
    placement: 'end',
  },
  keywordGroups: backOfficeKeywordGroups,
  // Italian job guides and recruiters: two pages at most for an office role.
  maxPages: 2,
};
