// Contact details of a CV: name, emails, phone numbers, postal address, and where they sit.
// Works on the prose the model already extracted (spans), so code and HTML tags never count,
// plus a few raw-line scans for things spans cannot carry (mailto:/tel: link targets).
// The flow: front matter, then each prose line (labelled values, then unlabelled ones), then link
// targets; the pieces live beside this file, one concern each.
import type { ContactInfo, ContactItem, ContactPlaceholder, ContactPosition, FrontMatter, Section, TextSpan } from '../types';
import type { AddressCandidate, FoundItem, NameCandidate } from './candidates';
import { readFrontMatter } from './front-matter';
import { headingLabelLines, iconClassLabel, standaloneLabel, type LabelKind } from './labels';
import { buildLineViews, nonProseLines } from './line-views';
import { scanLinkTargets } from './link-targets';
import { nameCandidates } from './name';
import { findPlaceholders, isPlaceholderValue, isSampleName } from '../placeholder';
import { compareRanges } from './ranges';
import { scanLine } from './scan-line';
import { contactSectionLineTest, contactZone, labelledContactBlocks } from './zones';

export { looksLikePersonName } from './name';

export interface ContactInput {
  lines: string[];
  frontMatter: FrontMatter | null;
  sections: Section[];
  spans: TextSpan[];
}

/** Contact details of the document. Pure; never throws (returns "nothing found" instead). */
export function extractContact(input: ContactInput): ContactInfo {
  try {
    return extractContactUnsafe(input);
  } catch {
    return emptyContact(input?.sections ?? []);
  }
}

export function emptyContact(sections: Section[]): ContactInfo {
  return {
    name: null,
    nameRange: null,
    emails: [],
    phones: [],
    address: null,
    sectionIndex: findContactSectionIndex(sections),
    position: 'none',
    placeholders: [],
  };
}

function extractContactUnsafe(input: ContactInput): ContactInfo {
  const lines = Array.isArray(input.lines) ? input.lines : [];
  const sections = Array.isArray(input.sections) ? input.sections : [];
  const spans = Array.isArray(input.spans) ? input.spans : [];
  const frontMatter = input.frontMatter ?? null;

  const skipped = nonProseLines(lines, frontMatter);
  const views = buildLineViews(lines, spans, skipped);
  const inTopOrEnd = contactZone(lines, sections);
  const inContactBlock = labelledContactBlocks(views);
  const inZone = (line: number) => inTopOrEnd(line) || inContactBlock(line);

  const found: FoundItem[] = [];
  const addresses: AddressCandidate[] = [];
  const labelledNames: NameCandidate[] = [];

  if (frontMatter) readFrontMatter(frontMatter, lines, found, addresses);

  const contactSectionLines = contactSectionLineTest(sections, lines.length);
  // A heading that is itself a label ("## Address", "### Telefono") labels the first line under it.
  const headingLabels = headingLabelLines(sections, views);
  // An icon (<i class="fa fa-envelope">) labels its own line, or the next one in a definition list.
  let pendingIcon: { kind: LabelKind; until: number } | null = null;
  for (let line = 0; line < views.length; line++) {
    const view = views[line];
    const headingLabel = headingLabels.get(line);
    if (headingLabel && view !== null) {
      scanLine(line, view, lines[line] ?? '', true, contactSectionLines(line), found, addresses, labelledNames, headingLabel);
      continue;
    }
    const iconKind = skipped.has(line) ? null : iconClassLabel(lines[line] ?? '');
    const hasText = view !== null && view.trim() !== '';
    if (iconKind && !hasText) {
      pendingIcon = { kind: iconKind, until: line + 2 };
      continue;
    }
    // "<th>Residenza</th>" then "<td>Sesto San Giovanni, 20099, MI</td>": a label alone labels the next line.
    const aloneKind = hasText && !iconKind ? standaloneLabel(view) : null;
    if (aloneKind) {
      pendingIcon = { kind: aloneKind, until: line + 2 };
      continue;
    }
    if (view === null) continue;
    const forced = iconKind ?? (pendingIcon && line <= pendingIcon.until ? pendingIcon.kind : null);
    if (hasText) pendingIcon = null;
    scanLine(line, view, lines[line] ?? '', inZone(line), contactSectionLines(line), found, addresses, labelledNames, forced);
  }
  scanLinkTargets(lines, skipped, found);

  // A template's "[Your Email]" or "+39 000 0000000" is not the person's detail: set aside, never counted.
  const placeholders: ContactPlaceholder[] = [];
  const emails: ContactItem[] = [];
  const phones: ContactItem[] = [];
  const seen = new Set<string>();
  const ordered = [...found].sort((a, b) => (a.fromFrontMatter === b.fromFrontMatter ? compareRanges(a.item.range, b.item.range) : a.fromFrontMatter ? -1 : 1));
  for (const f of ordered) {
    const key = `${f.kind}:${f.key}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (isPlaceholderValue(f.item.value)) placeholders.push({ ...f.item, detail: f.kind === 'email' ? 'email' : 'phone' });
    else (f.kind === 'email' ? emails : phones).push(f.item);
  }

  addresses.sort((a, b) => a.rank - b.rank || compareRanges(a.item.range, b.item.range));
  const addressPlaceholders = addresses.filter((a) => isPlaceholderValue(a.item.value));
  const chosenAddress = addresses.find((a) => !addressPlaceholders.includes(a));
  const address = chosenAddress?.item ?? null;
  const addressFromFrontMatter = chosenAddress?.fromFrontMatter ?? false;
  placeholders.push(...addressPlaceholders.map((a) => ({ ...a.item, detail: 'address' as const })));

  // "Mario Rossi" is a real name until the CV shows it is a template ("[Your Email]" elsewhere).
  let templateSignals: boolean | null = placeholders.length > 0 ? true : null;
  const isTemplate = (text: string): boolean => {
    if (isPlaceholderValue(text)) return true;
    if (!isSampleName(text)) return false;
    templateSignals ??= findPlaceholders({ lines, frontMatter }).length > 0;
    return templateSignals;
  };
  const names = nameCandidates(frontMatter, lines, sections, labelledNames, skipped);
  const name = names.find((n) => !isTemplate(n.name)) ?? null;
  for (const candidate of names) {
    if (candidate === name) break;
    if (!placeholders.some((p) => compareRanges(p.range, candidate.range) === 0)) placeholders.push({ value: candidate.name, range: candidate.range, valid: false, detail: 'name' });
  }
  // "# [Your Name]": the title a template leaves for the name.
  const titleSection = sections.find((s) => s.level === 1 && !s.pseudo);
  if (!name && titleSection && isPlaceholderValue(titleSection.title) && !placeholders.some((p) => p.detail === 'name')) {
    placeholders.push({ value: titleSection.title, range: titleSection.headingRange, valid: false, detail: 'name' });
  }
  placeholders.sort((a, b) => compareRanges(a.range, b.range));

  const frontMatterItems = new Set(found.filter((f) => f.fromFrontMatter).map((f) => f.item));
  const itemLines: Array<number | 'front-matter'> = [];
  // Placeholders still show where the contact block is.
  for (const item of [...emails, ...phones, ...placeholders.filter((p) => found.some((f) => compareRanges(f.item.range, p.range) === 0))]) {
    itemLines.push(frontMatterItems.has(item) ? 'front-matter' : item.range.start.line);
  }
  if (address) itemLines.push(addressFromFrontMatter ? 'front-matter' : address.range.start.line);
  else if (addressPlaceholders[0]) itemLines.push(addressPlaceholders[0].fromFrontMatter ? 'front-matter' : addressPlaceholders[0].item.range.start.line);
  const sectionIndex = findContactSectionIndex(sections, itemLines.filter((l): l is number => l !== 'front-matter'));
  const position = contactPosition(sections, sectionIndex, itemLines);

  return {
    name: name?.name ?? null,
    nameRange: name?.range ?? null,
    emails,
    phones,
    address,
    sectionIndex,
    position,
    placeholders,
  };
}

function findContactSectionIndex(sections: Section[], itemLines: number[] = []): number {
  const holds = (s: Section) => itemLines.some((l) => l >= s.range.start.line && l <= s.range.end.line);
  // A section guessed to be the contact section from its content ("its lines look like contact lines")
  // only counts if contact details were really found in it.
  const candidates = sections
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s && s.kind === 'contact' && (s.reason?.by !== 'context' || holds(s)));
  if (candidates.length <= 1) return candidates[0]?.i ?? -1;
  // Several: the first that holds contact details, else the first.
  return (candidates.find(({ s }) => holds(s)) ?? candidates[0]).i;
}

function contactPosition(sections: Section[], sectionIndex: number, itemLines: Array<number | 'front-matter'>): ContactPosition {
  if (itemLines.length === 0) return 'none';
  const cvSectionLines = sections
    .filter((s) => s && s.kind !== 'other' && s.kind !== 'contact')
    .map((s) => s.headingRange.start.line);
  if (sectionIndex >= 0) {
    const line = sections[sectionIndex].headingRange.start.line;
    if (cvSectionLines.length === 0) return 'top';
    if (cvSectionLines.every((l) => l > line)) return 'top';
    if (cvSectionLines.every((l) => l < line)) return 'end';
    return 'middle';
  }
  if (cvSectionLines.length === 0) return 'top';
  const first = Math.min(...cvSectionLines);
  const lastStart = Math.max(...cvSectionLines);
  const zones = itemLines.map((l): ContactPosition => (l === 'front-matter' || l < first ? 'top' : l >= lastStart ? 'end' : 'middle'));
  const counts: Record<string, number> = {};
  for (const z of zones) counts[z] = (counts[z] ?? 0) + 1;
  const best = Math.max(...Object.values(counts));
  const leaders = (['top', 'end', 'middle'] as ContactPosition[]).filter((z) => counts[z] === best);
  return leaders.length === 1 ? leaders[0] : zones.find((z) => leaders.includes(z)) ?? 'middle';
}
