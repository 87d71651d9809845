// Plain data shared by the engine, the CLI and the language server.
// Nothing here may import from `vscode-*`: the engine is editor-independent.

export type Language = 'it' | 'en';

/** Languages a CV may be written in. Messages and keyword lists exist for `Language` only; a CV in
 *  another of these gets section and contact checks, with English messages, and no keyword advice. */
export type TextLanguage = Language | 'es' | 'fr' | 'de' | 'pt';

/** Exactly one kind per section; `skills` is a generic or mixed skills section. */
export type SectionKind =
  | 'contact'
  | 'summary'
  | 'experience'
  | 'education'
  | 'technical-skills'
  | 'language-skills'
  | 'personal-skills'
  | 'skills'
  | 'other';

export const SECTION_KINDS: readonly SectionKind[] = [
  'contact',
  'summary',
  'experience',
  'education',
  'technical-skills',
  'language-skills',
  'personal-skills',
  'skills',
  'other',
];

/** Zero-based line and UTF-16 character offset, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** True when the fix changes what cvlint expects of this file (an inline setting such as
   *  `<!-- cvlint-contact-position start -->`) instead of the CV: a choice the person makes, which
   *  "fix all" never makes for them. */
  setting?: boolean;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Rendered text, in the message language. */
  message: string;
  /** Message key and arguments, so front ends can re-render or inspect. */
  messageKey: string;
  messageArgs: Record<string, string | number>;
  range: Range;
  fixes: Fix[];
}

/** How a heading came to be a section. */
export type HeadingSource = 'atx' | 'setext' | 'bold' | 'html' | 'caps' | 'line';

/** Why a section got its kind (shown by `cvlint --explain`). */
export interface KindReason {
  /** 'synonym' = the title matched a profile synonym; 'keyword' = a word in the title;
   *  'fuzzy' = a near-miss spelling; 'context' = decided by its parent or content;
   *  'name' = the heading is the person's name; 'none' = not recognised. */
  by: 'synonym' | 'keyword' | 'fuzzy' | 'context' | 'content' | 'name' | 'none';
  /** The synonym or word that matched, if any. */
  matched?: string;
  detail?: Record<Language, string>;
}

export interface Section {
  kind: SectionKind;
  /** Heading text without Markdown/HTML decoration. */
  title: string;
  /** 1–6 for headings; pseudo-headings get one more than the heading they sit under. */
  level: number;
  /** True for lines that act as headings (bold line, HTML heading, ALL-CAPS line...). */
  pseudo: boolean;
  source: HeadingSource;
  /** Range of the heading line (the text line for setext headings). */
  headingRange: Range;
  /** From the heading to the line before the next heading of the same or a higher level. */
  range: Range;
  /** Zero-based last line of the section's own body (before its first sub-section). */
  bodyEndLine: number;
  /** Index of the enclosing section in `CvDocument.sections`, or -1. */
  parent: number;
  /** Recognised as a CV section (false for job titles, unknown headings...). */
  recognised: boolean;
  reason: KindReason;
  /** Kinds the section also covers: a mixed heading ("Competenze tecniche e linguistiche") or its content
   *  ("Competenze" listing tools and languages). */
  covers: SectionKind[];
  /** 'entry' for a job or degree under Experience/Education (a heading, bold line or table row): part of
   *  that section, never a section of its own. */
  role: 'section' | 'entry';
}

/** What content shows about section kinds (see engine/content.ts). */
export type EvidenceSignal = 'label' | 'language-level' | 'mother-tongue' | 'language-list' | 'tools' | 'qualities' | 'dated-entry' | 'degree' | 'work-mention' | 'role-title';

/** A line whose content shows a section kind, wherever it sits. */
export interface KindEvidence {
  kind: SectionKind;
  /** strong: a labelled line, a language with its level, a list of tools or qualities in a skills block;
   *  weak: mentions in prose (tools named in a job's duties). */
  strength: 'strong' | 'weak';
  signal: EvidenceSignal;
  /** Zero-based line. */
  line: number;
  /** The words that showed it (shortened). */
  text: string;
  sectionIndex: number;
}

/** A fenced code block or an HTML block: fixes never insert inside one. */
export interface OpaqueBlock {
  kind: 'code' | 'html';
  startLine: number;
  endLine: number;
  /** False for a code fence, or an HTML block that only its closing marker ends (<pre>, <!--), that
   *  runs to the end of the file. */
  closed: boolean;
}

export type ContactPosition = 'top' | 'middle' | 'end' | 'none';

export interface ContactItem {
  value: string;
  range: Range;
  /** For emails and phones: false if the value looks malformed. */
  valid: boolean;
}

/** A placeholder found where a contact detail belongs, with the detail it stands for. */
export interface ContactPlaceholder extends ContactItem {
  detail: 'name' | 'email' | 'phone' | 'address';
}

export interface ContactInfo {
  name: string | null;
  nameRange: Range | null;
  emails: ContactItem[];
  phones: ContactItem[];
  address: ContactItem | null;
  /** Index of the contact section in `CvDocument.sections`, or -1. */
  sectionIndex: number;
  position: ContactPosition;
  /** Template placeholders turned down as details ("[Your Email]", "+39 000 0000000", "Nome Cognome"),
   *  so a missing detail is still reported; see engine/placeholder.ts. */
  placeholders: ContactPlaceholder[];
}

/** A span of prose the keyword matcher may read (no code, no URLs, no HTML tags). */
export interface TextSpan {
  text: string;
  /** Start of `text` in the document; `text` never crosses a line break. */
  line: number;
  character: number;
  /** Index of the innermost section containing this span, or -1. */
  sectionIndex: number;
}

export interface FrontMatter {
  /** `metadata`: a Pelican/MultiMarkdown "Key: value" header (engine/metadata-header.ts). */
  format: 'yaml' | 'toml' | 'metadata';
  data: Record<string, unknown>;
  range: Range;
  /** Parse error, if the front matter could not be read. */
  error?: string;
}

export interface InlineDirective {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids; empty = all rules. */
  rules: string[];
  line: number;
}

/** `<!-- cvlint-contact-position start -->` in the CV: where its contact details belong, whatever the
 *  setting or the profile say (the person chose it for this file). */
export interface ContactPositionDirective {
  placement: 'end' | 'start' | 'any';
  line: number;
}

export interface CvDocument {
  text: string;
  lines: string[];
  fileName: string | null;
  frontMatter: FrontMatter | null;
  language: Language;
  /** The language the CV is written in, also when cvlint has no messages for it (es, fr, de, pt). */
  textLanguage: TextLanguage;
  /** How the language was decided. */
  languageSource: 'option' | 'front-matter' | 'detected' | 'default';
  sections: Section[];
  /** Headings that were not recognised as CV sections (for --explain). */
  contact: ContactInfo;
  spans: TextSpan[];
  directives: InlineDirective[];
  /** The file's own contact placement, if it sets one. */
  contactPositionDirective: ContactPositionDirective | null;
  /** Content that shows section kinds, wherever it sits. */
  evidence: KindEvidence[];
  opaqueBlocks: OpaqueBlock[];
  /** Made to be filled by a template engine (Liquid/Jinja tags such as `{% include %}`, `{{ site.x }}`):
   *  sections may come from elsewhere, so "missing" is uncertain. */
  templated: boolean;
  isCv: boolean;
  /** Why it is (or is not) a CV, for --explain, in both languages. */
  isCvReason: Record<Language, string>;
}

/** Why a file was not analysed in full: larger than the size limit, over the time budget or the memory
 *  limit, or the analysis stopped unexpectedly. Only its headings were then read (engine/headings-only.ts). */
export type AnalysisLimitReason = 'size' | 'time' | 'memory' | 'crash';

export interface AnalysisLimit {
  reason: AnalysisLimitReason;
  /** The limit that was reached: KB for `size`, milliseconds for `time`, MB for `memory`; 0 for `crash`. */
  limit: number;
  /** The file's size in KB. */
  sizeKb: number;
}
