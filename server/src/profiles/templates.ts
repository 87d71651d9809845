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

/** A template's body with its own sub-headings ("### Ruolo — Azienda") one level under a section of `level`.
 *  Under a level-6 heading no level is left, and a sixth-level entry would end the section: bold lines. */
function bodyUnder(template: string, level: number): string {
  if (level >= 6) return template.replace(/^#{1,6} (.*)$/gm, '**$1**');
  return template.replace(/^#{1,6} /gm, headingPrefix(level + 1));
}

/** A section (heading + body) as snippet text with tab stops. */
export function sectionSnippet(spec: SectionSpec, lang: Language, level = 2): string {
  return `${headingPrefix(level)}${spec.title[lang]}\n\n${bodyUnder(spec.template[lang], level)}\n`;
}

/** A section as plain text, for fixes: exactly the snippet without its tab stops, so the editor can
 *  find the fix's text and offer the snippet in its place. */
export function sectionText(spec: SectionSpec, lang: Language, level = 2): string {
  return templateToText(sectionSnippet(spec, lang, level));
}

/** A section's body alone as plain text (to fill an empty section whose heading is at `level`). */
export function sectionBodyText(spec: SectionSpec, lang: Language, level: number): string {
  return templateToText(bodyUnder(spec.template[lang], level));
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
