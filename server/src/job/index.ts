// Comparing a CV with a job posting: read the posting once per text, then match it against the CV.
import type { CvDocument } from '../engine/types';
import { matchPosting } from './match';
import { readPosting } from './posting';
import type { JobMatch, JobPosting, JobPostingSource } from './types';

// The same posting is compared with every version of the CV being typed: read it once.
const postingCache = new Map<string, JobPosting>();
const POSTING_CACHE_LIMIT = 20;

export function postingOf(source: JobPostingSource): JobPosting {
  const key = `${source.name}\u0000${source.text}`;
  let posting = postingCache.get(key);
  if (!posting) {
    posting = readPosting(source);
    if (postingCache.size >= POSTING_CACHE_LIMIT) postingCache.clear();
    postingCache.set(key, posting);
  }
  return posting;
}

/** The CV compared with the posting; null if the comparison failed (it never throws). */
export function compareWithPosting(doc: CvDocument, source: JobPostingSource): JobMatch | null {
  try {
    return matchPosting(doc, postingOf(source));
  } catch {
    return null;
  }
}

export { readPosting } from './posting';
export { matchPosting } from './match';
export type * from './types';
