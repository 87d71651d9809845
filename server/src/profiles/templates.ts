// One source for fixes, snippets and completion: the profile's section templates.
import type { Language, SectionKind } from '../engine/types';
import type { Profile, SectionSpec } from './types';

const TAB_STOP = /\$\{(\d+):((?:[^}\\]|\\.)*)\}|\$(\d+)/g;

/** Template text as a person sees it: tab stops replaced by their placeholder text. */
export function templateToText(template: string): string {
  return template.replace(TAB_STOP, (_m, _n, placeholder: string | undefined) => (placeholder ?? '').replace(/\\(.)/g, '$1'));
}

/** Renumbers a template's tab stops starting after `offset` (to join several templates in one snippet). */
function shiftTabStops(template: string, offset: number): string {
  return template.replace(TAB_STOP, (_m, n: string | undefined, placeholder: string | undefined, bare: string | undefined) =>
    n !== undefined ? `\${${Number(n) + offset}:${placeholder ?? ''}}` : `$${Number(bare) + offset}`,
  );
}

function maxTabStop(template: string): number {
  let max = 0;
  for (const m of template.matchAll(TAB_STOP)) max = Math.max(max, Number(m[1] ?? m[3]));
  return max;
}

function headingPrefix(level: number): string {
  return '#'.repeat(Math.min(Math.max(level, 1), 6)) + ' ';
}

/** A section (heading + body) as snippet text with tab stops. */
export function sectionSnippet(spec: SectionSpec, lang: Language, level = 2): string {
  return `${headingPrefix(level)}${spec.title[lang]}\n\n${spec.template[lang]}\n`;
}

/** A section as plain text, for fixes. Sub-headings in the template are shifted under `level`. */
export function sectionText(spec: SectionSpec, lang: Language, level = 2): string {
  return templateToText(sectionSnippet(spec, lang, level)).replace(/^(#{1,6}) /gm, (m, hashes: string, offset: number) =>
    offset === 0 ? m : headingPrefix(Math.max(level + 1, hashes.length)),
  );
}

/** The kinds a complete CV has, in the profile's order, with a short profile first. */
export function cvKinds(profile: Profile): SectionKind[] {
  const kinds: SectionKind[] = [];
  if (profile.sections.some((s) => s.kind === 'summary')) kinds.push('summary');
  for (const kind of profile.requiredSections) if (!kinds.includes(kind)) kinds.push(kind);
  return kinds;
}

/** A whole CV as one snippet: name heading, then every section in profile order. */
export function wholeCvSnippet(profile: Profile, lang: Language): string {
  const name = lang === 'it' ? 'Nome Cognome' : 'First Last';
  let offset = 1;
  const parts = [`# \${1:${name}}\n`];
  for (const kind of cvKinds(profile)) {
    const spec = profile.sections.find((s) => s.kind === kind);
    if (!spec) continue;
    parts.push(shiftTabStops(sectionSnippet(spec, lang, 2), offset));
    offset += maxTabStop(spec.template[lang]);
  }
  return parts.join('\n');
}

/** A whole CV as plain text (New CV from template). */
export function wholeCvText(profile: Profile, lang: Language): string {
  return templateToText(wholeCvSnippet(profile, lang));
}
