// Runs the engine on open documents with each document's settings, and keeps the latest result
// per document version. Deciding *whether* a document is checked (enable, include, detect) lives here;
// the analysis itself runs in a worker thread (analysis/worker-host.ts), within the document's budget.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisHost } from '../analysis/worker-host';
import type { AnalysisResult, AnalyzeOptions } from '../engine/analyze';
import type { Language } from '../engine/types';
import type { CheckState } from '../shared/protocol';
import type { CvlintSettings } from '../shared/settings';
import { isIncluded, uriToPath, type ConfigurationStore } from './configuration';
import type { ResolvedPosting } from './job-postings';

export interface DocumentCheck {
  uri: string;
  version: number;
  state: CheckState;
  /** The engine's answer; null when the document was not analysed (disabled / not included / engine failure). */
  result: AnalysisResult | null;
  settings: CvlintSettings;
  /** Language for the server's own words about this document (hover, outline details, action titles). */
  uiLanguage: Language;
  durationMs: number;
  /** The posting this check compared the CV with (its file URI when it is a file). */
  posting?: ResolvedPosting | null;
}

export interface CheckerHost {
  configuration: ConfigurationStore;
  analysis: AnalysisHost;
  /** Locale the client shows its UI in (initialize `locale`), if any. */
  clientLocale(): string | undefined;
  /** Setting problems, reported once each by the host. */
  reportSettingsProblems(problems: string[]): void;
  logError(message: string, error: unknown): void;
  /** The job posting a document is compared with, if any (lsp/job-postings.ts). */
  jobPosting?(uri: string, text: string, settings: CvlintSettings, folderPath: string | null): ResolvedPosting | null;
}

export class DocumentChecker {
  private latest = new Map<string, DocumentCheck>();
  private inFlight = new Map<string, { version: number; promise: Promise<DocumentCheck | null> }>();
  /** Bumped when settings change, so a check that started with old settings is not kept. */
  private generation = 0;

  constructor(private readonly host: CheckerHost) {}

  /** The check of the document's current version, computing it if needed. Null when the document
   *  changed while its settings were being fetched (a newer check will follow). */
  async current(document: TextDocument, getDocument: (uri: string) => TextDocument | undefined): Promise<DocumentCheck | null> {
    const cached = this.latest.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const pending = this.inFlight.get(document.uri);
    if (pending && pending.version === document.version) return pending.promise;
    const promise = this.run(document, getDocument).finally(() => {
      if (this.inFlight.get(document.uri)?.promise === promise) this.inFlight.delete(document.uri);
    });
    this.inFlight.set(document.uri, { version: document.version, promise });
    return promise;
  }

  /** The last check whatever its version (code actions on diagnostics computed a moment ago). */
  last(uri: string): DocumentCheck | undefined {
    return this.latest.get(uri);
  }

  forget(uri: string): void {
    this.latest.delete(uri);
    this.inFlight.delete(uri);
    this.host.analysis.cancel(uri);
  }

  /** Settings changed: every document must be checked again. */
  invalidateAll(): void {
    this.generation++;
    this.latest.clear();
    this.inFlight.clear();
  }

  private async run(document: TextDocument, getDocument: (uri: string) => TextDocument | undefined): Promise<DocumentCheck | null> {
    const { uri, version } = document;
    const generation = this.generation;
    const resolved = await this.host.configuration.forDocument(uri);
    if (resolved.problems.length > 0) this.host.reportSettingsProblems(resolved.problems);
    // Settings arrive asynchronously: if the document moved on meanwhile, this check is stale.
    const now = getDocument(uri);
    if (!now || now.version !== version) return null;

    const { settings } = resolved;
    const localeLanguage = languageOfLocale(this.host.clientLocale());
    const fallbackUi: Language =
      settings.messages.language !== 'auto' ? settings.messages.language : (localeLanguage ?? 'en');
    const started = performance.now();
    const check: DocumentCheck = { uri, version, state: 'checked', result: null, settings, uiLanguage: fallbackUi, durationMs: 0 };

    const included = isIncluded(uri, settings, resolved.folderPath);
    if (!settings.enable) {
      check.state = 'disabled';
    } else if (!included && !settings.detect) {
      check.state = 'not-included';
    } else {
      const text = now.getText();
      const posting = this.host.jobPosting?.(uri, text, settings, resolved.folderPath) ?? null;
      check.posting = posting;
      const options: AnalyzeOptions & { profile: string } = {
        jobPosting: posting?.source ?? null,
        fileName: fileNameOf(uri),
        profile: settings.profile,
        customProfiles: resolved.customProfiles,
        language: settings.language,
        // `auto` means the CV's language, as in the CLI: the person reads about an Italian CV in Italian, and the
        // text fixes insert is in the CV's language anyway (see README, "Which language cvlint speaks").
        messageLanguage: settings.messages.language,
        force: included,
        contactPlacement: settings.contactPosition,
        rules: Object.fromEntries(Object.entries(settings.rules)),
        keywordsExtra: settings.keywords.extra,
        keywordsIgnore: settings.keywords.ignore,
      };
      try {
        const outcome = await this.host.analysis.analyze({ key: uri, text, options, limits: settings.analysis });
        // A newer version (or closing the document) replaced this analysis: a newer check follows.
        if (outcome.kind === 'superseded') return null;
        const result = outcome.result;
        check.result = result;
        check.uiLanguage = result.messageLanguage;
        check.state = result.checked ? 'checked' : 'not-a-cv';
      } catch (error) {
        // The engine promises never to throw; if it does, the document is left unchecked, not the server.
        this.host.logError(`analysis of ${uri} failed`, error);
        check.state = 'not-a-cv';
      }
    }
    check.durationMs = performance.now() - started;
    if (generation === this.generation) this.latest.set(uri, check);
    return check;
  }
}

export function languageOfLocale(locale: string | undefined): Language | null {
  if (!locale) return null;
  const primary = locale.toLowerCase().split(/[-_]/)[0];
  return primary === 'it' || primary === 'en' ? primary : null;
}

/** Path for file URIs (the engine looks at the name: cv.md, curriculum.md…), last segment otherwise. */
function fileNameOf(uri: string): string | null {
  const filePath = uriToPath(uri);
  if (filePath) return filePath;
  const lastSegment = uri.split(/[/:]/).pop();
  if (!lastSegment) return null;
  try {
    return decodeURIComponent(lastSegment);
  } catch {
    return lastSegment;
  }
}
