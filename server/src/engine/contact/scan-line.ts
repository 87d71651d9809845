// One line: labelled values first, then unlabelled emails, phones and addresses.
import { NOT_GIVEN, unlabelledAddress } from './address';
import type { AddressCandidate, FoundItem, NameCandidate } from './candidates';
import { EMAIL_TOKEN, emailItem, isWellFormedEmail, readLabelledEmail, trimEmailToken } from './email';
import { labelledValues, trimValue, type LabelKind } from './labels';
import { looksLikePersonName } from './name';
import { classifyPhone, NOT_PHONE_LABEL, phoneItem, phoneRuns, readLabelledPhone, splitRun } from './phone';
import { spanItem } from './ranges';
import { isPlaceholderValue } from '../placeholder';
import type { Range } from '../types';

interface LineScan {
  found: FoundItem[];
  addresses: AddressCandidate[];
  names: NameCandidate[];
}

// What a line yields depends on its text and zone, not on where it is: kept at line 0 and moved to the
// line asked for, so re-analysing an edited document does not scan its unchanged lines again.
const scans = new Map<string, LineScan>();
const SCANS_LIMIT = 50_000;

const atLine = <T extends { range: Range }>(item: T, line: number): T => ({
  ...item,
  range: { start: { line: item.range.start.line + line, character: item.range.start.character }, end: { line: item.range.end.line + line, character: item.range.end.character } },
});

export function scanLine(
  line: number,
  view: string,
  raw: string,
  inZone: boolean,
  inContactSection: boolean,
  found: FoundItem[],
  addresses: AddressCandidate[],
  names: NameCandidate[],
  iconLabel: LabelKind | null = null,
): void {
  const key = `${inZone ? 1 : 0}${inContactSection ? 1 : 0}${iconLabel ?? ''}\u0000${view}\u0000${raw}`;
  let scan = scans.get(key);
  if (scan === undefined) {
    scan = { found: [], addresses: [], names: [] };
    scanLineAt(view, raw, inZone, inContactSection, scan, iconLabel);
    if (scans.size >= SCANS_LIMIT) scans.clear();
    scans.set(key, scan);
  }
  for (const f of scan.found) found.push({ ...f, item: atLine(f.item, line) });
  for (const a of scan.addresses) addresses.push({ ...a, item: atLine(a.item, line) });
  for (const n of scan.names) names.push(atLine(n, line));
}

/** What one line yields, with its items at line 0 (scanLine moves them to the line asked for). */
function scanLineAt(view: string, raw: string, inZone: boolean, inContactSection: boolean, scan: LineScan, iconLabel: LabelKind | null): void {
  const line = 0;
  const { found, addresses, names } = scan;
  const values = labelledValues(view);
  if (iconLabel && values.length === 0) {
    // Definition-list value ": Trento" after an icon term: the whole line is the value.
    const start = /^[\s:>*+-]*/.exec(view)?.[0].length ?? 0;
    values.push({ kind: iconLabel, start, end: view.length });
  }
  const taken: Array<[number, number]> = [];

  for (const value of values) {
    // "Telefono: [numero di telefono]": a template field in place of the value, kept as that detail so it is
    // reported as a placeholder to fill in, not as a missing detail.
    if (value.kind === 'email' || value.kind === 'phone') {
      const trimmed = trimValue(view, value.start, value.end);
      const text = trimmed ? view.slice(trimmed.start, trimmed.end) : '';
      if (trimmed && /^\[[^\]]+\]$/.test(text) && isPlaceholderValue(text)) {
        taken.push([value.start, value.end]);
        found.push(value.kind === 'email' ? emailItem(raw, line, trimmed.start, text, false) : phoneItem(raw, line, trimmed.start, text, false));
        continue;
      }
    }
    if (value.kind === 'email') {
      taken.push([value.start, value.end]);
      readLabelledEmail(line, view, value, raw, found);
    } else if (value.kind === 'phone') {
      taken.push([value.start, value.end]);
      readLabelledPhone(line, view, value, raw, found);
    } else if (value.kind === 'address' || (value.kind === 'weak-address' && inZone)) {
      const trimmed = trimValue(view, value.start, value.end);
      if (!trimmed) continue;
      const addressText = view.slice(trimmed.start, trimmed.end);
      if (!/\p{L}/u.test(addressText) || NOT_GIVEN.test(addressText) || /@/.test(addressText)) continue;
      taken.push([value.start, value.end]);
      addresses.push({
        // "Via …, CAP Città": a template line still waiting to be filled in.
        item: spanItem(line, trimmed.start, trimmed.end, addressText, !/…|\.\.\./.test(addressText)),
        rank: value.kind === 'address' ? 1 : 2,
        fromFrontMatter: false,
      });
    } else if (value.kind === 'name' && inZone) {
      const trimmed = trimValue(view, value.start, value.end);
      if (!trimmed) continue;
      const candidate = view.slice(trimmed.start, trimmed.end);
      const name = candidate.replace(/\s+/g, ' ');
      if (looksLikePersonName(name)) names.push({ name, range: spanItem(line, trimmed.start, trimmed.end, name, true).range });
    } else if (value.kind === 'number') {
      taken.push([value.start, value.end]);
    }
  }

  const isTaken = (start: number): boolean => taken.some(([a, b]) => start >= a && start < b);

  // Unlabelled emails: only well-formed (or masked) ones.
  for (const m of view.includes('@') ? view.matchAll(EMAIL_TOKEN) : []) {
    const start = m.index ?? 0;
    if (isTaken(start)) continue;
    const value = trimEmailToken(m[0]);
    if (!isWellFormedEmail(value)) continue;
    if (view[start + m[0].length] === ':' && /\S/.test(view[start + m[0].length + 1] ?? '')) continue; // git@host:repo
    found.push(emailItem(raw, line, start, value, true));
  }

  // Unlabelled phones: only number shapes that are clearly phones.
  for (const run of /\d/.test(view) ? phoneRuns(view) : []) {
    if (isTaken(run.start)) continue;
    if (NOT_PHONE_LABEL.test(view.slice(Math.max(0, run.start - 24), run.start))) continue;
    for (const piece of splitRun(run)) {
      if (classifyPhone(piece.text, false) === 'valid') found.push(phoneItem(raw, line, piece.start, piece.text, true));
    }
  }

  // Unlabelled addresses: street, postcode, "City (PR)" or "City, Country", near the contact details.
  if (inZone || inContactSection) {
    const address = unlabelledAddress(view, taken);
    if (address) {
      addresses.push({
        item: spanItem(line, address.start, address.end, address.text, true),
        rank: inContactSection ? 2 : 3,
        fromFrontMatter: false,
      });
    }
  }
}
