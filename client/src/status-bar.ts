// The status bar items for the active CV: score and missing sections (a click lists what is missing), and the
// profile it is checked with (a click runs "Choose CV profile").
import * as vscode from 'vscode';
import type { DocumentStatus } from '../../server/src/shared/protocol';
import { COMMANDS } from './command-ids';
import type { DocumentStatusStore } from './document-status';

export class CvStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('cvlint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly profileItem = vscode.window.createStatusBarItem('cvlint.profile', vscode.StatusBarAlignment.Right, 99);
  private readonly disposables: vscode.Disposable[] = [this.item, this.profileItem];

  constructor(private readonly store: DocumentStatusStore) {
    this.item.name = vscode.l10n.t('CV check');
    this.item.command = COMMANDS.showMissing;
    this.profileItem.name = vscode.l10n.t('CV profile');
    this.profileItem.command = COMMANDS.chooseProfile;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh(true)),
      store.onDidChange((status) => {
        if (status.uri === vscode.window.activeTextEditor?.document.uri.toString()) this.refresh(false);
      }),
    );
    this.refresh(true);
  }

  /** Shows the active editor's status; asks the server for it when none is cached yet. */
  refresh(requestIfUnknown: boolean): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'markdown') {
      this.item.hide();
      this.profileItem.hide();
      return;
    }
    const status = this.store.get(document.uri);
    if (!status && requestIfUnknown) void this.store.request(document.uri);
    if (!status || status.state !== 'checked') {
      // Not a CV (a README, notes...): no CV status to show.
      this.item.hide();
      this.profileItem.hide();
      return;
    }
    this.render(status);
    this.item.show();
    this.profileItem.show();
  }

  private render(status: DocumentStatus): void {
    const missing = status.missingSections.length;
    const score = status.score ?? 0;
    // The status speaks about this CV in the language of its messages (the CV's own by default), like the
    // diagnostics beside it, not in VS Code's display language.
    const words = STATUS_WORDS[status.messageLanguage] ?? STATUS_WORDS.en;
    const job = status.job;
    // The match with the job posting, next to the CV score, when the CV is compared with one.
    this.item.text = (missing > 0 ? words.textMissing(score, missing) : words.text(score)) + (job ? ` $(briefcase) ${job.score}/100` : '');
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**cvlint** — ${escapeMarkdown(status.profile.label)}\n\n`);
    tooltip.appendMarkdown(words.score(score) + '\n\n');
    if (missing > 0) {
      tooltip.appendMarkdown(words.missing(status.missingSections.map((s) => escapeMarkdown(s.title)).join(', ')) + '\n\n');
      tooltip.appendMarkdown(words.clickInsert);
    } else {
      tooltip.appendMarkdown(words.allThere);
    }
    if (job) {
      tooltip.appendMarkdown('\n\n' + words.job(escapeMarkdown(job.name), job.score, `${job.required.found}/${job.required.total}`, `${job.preferred.found}/${job.preferred.total}`));
    }
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: words.accessible(score, missing) };
    this.profileItem.text = `$(briefcase) ${status.profile.label}`;
    this.profileItem.tooltip = words.profile(status.profile.label, status.profile.id, status.profile.source);
    this.profileItem.accessibilityInformation = { label: words.profile(status.profile.label, status.profile.id, status.profile.source) };
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}

interface StatusWords {
  text(score: number): string;
  textMissing(score: number, missing: number): string;
  score(score: number): string;
  missing(list: string): string;
  clickInsert: string;
  allThere: string;
  accessible(score: number, missing: number): string;
  profile(label: string, id: string, source: DocumentStatus['profile']['source']): string;
  job(name: string, score: number, required: string, preferred: string): string;
}

const STATUS_WORDS: Record<DocumentStatus['messageLanguage'], StatusWords> = {
  en: {
    text: (score) => `$(checklist) CV ${score}/100`,
    textMissing: (score, missing) => `$(checklist) CV ${score}/100 $(warning) ${missing} missing`,
    score: (score) => `Score: ${score}/100`,
    missing: (list) => `Missing sections: ${list}`,
    clickInsert: 'Click to insert a missing section.',
    allThere: 'Every required section is there. Click for the outline.',
    accessible: (score, missing) => `CV score ${score} out of 100, ${missing} sections missing`,
    profile: (label, id, source) =>
      `CV profile: ${label} (${id}), ${source === 'front-matter' ? "chosen in this CV's front matter" : 'from the settings'}. Click to choose another.`,
    job: (name, score, required, preferred) => `Job posting ${name}: match ${score}/100 (required ${required}, preferred ${preferred}). "Show CV report" lists them.`,
  },
  it: {
    text: (score) => `$(checklist) CV ${score}/100`,
    textMissing: (score, missing) => `$(checklist) CV ${score}/100 $(warning) ${missing} ${missing === 1 ? 'mancante' : 'mancanti'}`,
    score: (score) => `Punteggio: ${score}/100`,
    missing: (list) => `Sezioni mancanti: ${list}`,
    clickInsert: 'Fai clic per inserire una sezione mancante.',
    allThere: 'Ci sono tutte le sezioni richieste. Fai clic per la struttura.',
    accessible: (score, missing) => `Punteggio del CV ${score} su 100, ${missing} sezioni mancanti`,
    profile: (label, id, source) =>
      `Profilo del CV: ${label} (${id}), ${source === 'front-matter' ? 'scelto nel front matter di questo CV' : 'dalle impostazioni'}. Fai clic per sceglierne un altro.`,
    job: (name, score, required, preferred) => `Annuncio ${name}: corrispondenza ${score}/100 (richiesti ${required}, graditi ${preferred}). «Mostra il rapporto del CV» li elenca.`,
  },
};
