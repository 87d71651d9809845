// What the scanners collect before the extractor picks and dedupes.
import type { ContactItem, Range } from '../types';

export interface FoundItem {
  kind: 'email' | 'phone';
  item: ContactItem;
  /** Dedupe key (lower-case email, phone digits). */
  key: string;
  fromFrontMatter: boolean;
}

export interface AddressCandidate {
  item: ContactItem;
  /** Lower is better: front matter, strong label, contact section, weak label / pattern. */
  rank: number;
  fromFrontMatter: boolean;
}

export interface NameCandidate {
  name: string;
  range: Range;
}
