// cvlint's own LSP messages (beyond the standard protocol), typed once for the server and the client.
// Types only and string constants: no runtime imports, so the client bundle does not pull in the engine.
// Server and client use different copies of vscode-languageserver-protocol, so methods are plain strings:
//   client.sendRequest<DocumentStatus | null>(DOCUMENT_STATUS_REQUEST, { uri } satisfies DocumentStatusParams)
//   client.onNotification(DOCUMENT_STATUS_NOTIFICATION, (status: DocumentStatus) => …)
import type { Language, Range, SectionKind, Severity, TextEdit } from '../engine/types';

/** Request: the status of one open document. Params `DocumentStatusParams`, result `DocumentStatus | null`
 *  (null when the server does not know the document). Answers with the document's current version. */
export const DOCUMENT_STATUS_REQUEST = 'cvlint/documentStatus';

/** Notification server → client after every check of an open document (right after its
 *  publishDiagnostics; checks are throttled, so at most a few per second). Params `DocumentStatus`.
 *  Also sent for documents that are not checked (`state` says why), so a status bar can hide. */
export const DOCUMENT_STATUS_NOTIFICATION = 'cvlint/didChangeDocumentStatus';

/** Notification server → client once the server has read its settings after `initialized`.
 *  Params `ServerReadyParams`. Clients and tests can await it before measuring anything. */
export const SERVER_READY_NOTIFICATION = 'cvlint/ready';

/** Request: a whole CV from the profile's section templates ("New CV from template").
 *  Params `CvTemplateParams`, result `CvTemplate`. */
export const CV_TEMPLATE_REQUEST = 'cvlint/cvTemplate';

export interface DocumentStatusParams {
  uri: string;
}

/** Why a document was or was not checked. */
export type CheckState =
  /** Checked as a CV: findings and score are meaningful. */
  | 'checked'
  /** Looked at, but it does not look like a CV (and is not in `cvlint.files.include`). */
  | 'not-a-cv'
  /** `cvlint.detect` is false and the file is not in `cvlint.files.include`. */
  | 'not-included'
  /** `cvlint.enable` is false. */
  | 'disabled';

export interface DocumentStatus {
  uri: string;
  /** The document version this status describes. */
  version: number;
  state: CheckState;
  /** Language of the CV (detected or forced). */
  language: Language;
  /** Language of messages, titles and labels in this status. */
  messageLanguage: Language;
  /** The profile the CV was checked with, and where it was chosen: the CV's front matter (`profile: ID`) or the settings. */
  profile: { id: string; label: string; source: ProfileChoiceSource };
  /** 0–100 (README "Score"); null when not checked. */
  score: number | null;
  findingCounts: Record<Severity, number>;
  /** Required sections that are missing, in the profile's order. */
  missingSections: MissingSection[];
  /** Every section of the outline, in document order. */
  sections: SectionStatus[];
  /** The match with the job posting the CV is compared with (README "Comparing with a job posting"), if any. */
  job?: { name: string; score: number; required: { found: number; total: number }; preferred: { found: number; total: number } } | null;
}

export interface MissingSection {
  kind: SectionKind;
  /** Heading as the profile writes it, in the CV's language. */
  title: string;
  /** What the profile expects there, in the message language. */
  description: string;
  /** Edits that insert the section where the `missing-section` fix puts it (same template); empty if none. */
  insertEdits: TextEdit[];
  /** The same section as a snippet with tab stops (`## Title\n\n${1:…}`), for insertion at the cursor. */
  snippet: string;
}

export type SectionState =
  /** Recognised and without findings inside it. */
  | 'ok'
  | 'empty'
  | 'duplicate'
  /** Some other finding lies inside the section. */
  | 'findings'
  /** A heading that is not a CV section (job title, project name, …). */
  | 'unrecognised';

export interface SectionStatus {
  kind: SectionKind;
  title: string;
  /** Kind label in the message language ("Esperienza professionale", "Work experience"). */
  kindLabel: string;
  level: number;
  /** Zero-based line of the heading. */
  line: number;
  range: Range;
  headingRange: Range;
  /** The profile requires this kind. */
  required: boolean;
  state: SectionState;
  findingCount: number;
}

export interface ServerReadyParams {
  /** cvlint version. */
  version: string;
  /** Setting problems found while reading the configuration (also shown once as a message). */
  settingsProblems: string[];
  /** The server's process id (the extension tests stop it to see the client start it again). */
  processId: number;
}

/** Where a document's profile was chosen. */
export type ProfileChoiceSource = 'front-matter' | 'settings';

/** Request: the profiles a document can be checked with (built-in and the person's own files), for the
 *  "Choose CV profile" picker. Params `ProfilesParams`, result `ProfilesResult`. */
export const PROFILES_REQUEST = 'cvlint/profiles';

/** Request: the edits that set `profile: ID` in a document's front matter (adding the front matter if it has
 *  none). Params `ProfileEditParams`, result `ProfileEditResult`; `edits` is empty for an unknown id or document. */
export const PROFILE_EDIT_REQUEST = 'cvlint/profileEdit';

export interface ProfilesParams {
  /** The document the choice is for (its settings, its own profile files); none = the workspace's. */
  uri?: string;
}

export interface ProfileChoice {
  id: string;
  /** Name and description in the language of messages. */
  label: string;
  description: string;
  extends: string | null;
  /** `built-in`, or the file a custom profile comes from. */
  origin: string;
}

export interface ProfilesResult {
  profiles: ProfileChoice[];
  /** Language `label` and `description` are in. */
  messageLanguage: Language;
  /** The `cvlint.profile` setting that applies to the document. */
  settingsProfile: string;
  /** The profile the document was last checked with, and where it was chosen; null when it was not checked. */
  current: { id: string; source: ProfileChoiceSource } | null;
  /** Problems of the person's profile files (each names the file and the field). */
  problems: string[];
}

export interface ProfileEditParams {
  uri: string;
  profileId: string;
}

export interface ProfileEditResult {
  /** Edits to the document's current version. */
  version: number;
  edits: TextEdit[];
}

export interface CvTemplateParams {
  language: Language;
  /** Profile id; default the `cvlint.profile` setting. */
  profile?: string;
}

export interface CvTemplate {
  /** With `${n:placeholder}` tab stops (for `SnippetString`). */
  snippet: string;
  /** Same text with the placeholders filled in. */
  text: string;
}

/** Key in `initializationOptions` for what the editor tells the server about itself (not settings):
 *  `{ hasMarkdownOutline: true }` when the editor has its own Markdown outline, so the server adds none. */
export const EDITOR_OPTIONS_KEY = 'cvlintEditor';

export interface EditorOptions {
  hasMarkdownOutline?: boolean;
}

/** Request: the CV in an open document, exported (server/src/export). Params `ExportCvParams`, result
 *  `ExportCvResult`, or null when the server does not know the document. The server returns the bytes and the
 *  client writes them where the person chose: the client can write to every file system the editor has (remote,
 *  virtual), the server only to its own disk. */
export const EXPORT_CV_REQUEST = 'cvlint/exportCv';

export type ExportFormatName = 'pdf' | 'docx' | 'txt';
export type PaperSizeName = 'A4' | 'Letter';

export interface ExportCvParams {
  uri: string;
  format: ExportFormatName;
  /** Default A4. */
  paper?: PaperSizeName;
}

export interface ExportCvResult {
  /** The file's bytes, base64. */
  data: string;
  /** Error findings the CV still has: the client asks before saving when there are any. */
  errorCount: number;
  /** The person's name, as the export's title shows it. */
  name: string | null;
  /** The CV's file name with the format's extension. */
  fileName: string;
}

/** Request: the CV report of a document (shared/report.ts renders it). Params `DocumentStatusParams`, result
 *  `CvReport | null` (null when the server does not know the document). */
export const CV_REPORT_REQUEST = 'cvlint/report';

/** Request: compare a document with a job posting given by the editor ("Compare with a job posting…": a file, the
 *  selection or the clipboard), or stop (posting null). Params `SetJobPostingParams`, result `boolean` (accepted).
 *  The document is checked again and its diagnostics and status follow. */
export const SET_JOB_POSTING_REQUEST = 'cvlint/setJobPosting';

export interface SetJobPostingParams {
  uri: string;
  posting: { text: string; name: string; uri?: string } | null;
}
