// The CV report: its data (sent by the server with cvlint/report, built by the CLI for --format html) and the one
// renderer both use, so the editor's view and the standalone page cannot disagree. No runtime imports: the client
// bundles this file, and the engine must not come with it.
import type { Language, Severity } from '../engine/types';

export interface CvReportSection {
  /** Heading as the profile writes it. */
  title: string;
  required: boolean;
  present: boolean;
  /** Zero-based line of the CV's heading, when present. */
  line: number | null;
}

export interface CvReportGroup {
  id: string;
  label: string;
  present: string[];
  absent: string[];
  wanted: number;
  total: number;
}

export interface CvReportRequirement {
  term: string;
  concept: string | null;
  importance: 'required' | 'preferred';
  found: boolean;
  unconfirmed: boolean;
  /** Zero-based CV line that covers it, if any. */
  cvLine: number | null;
  /** Zero-based line of the posting, and the sentence quoted. */
  postingLine: number;
  sentence: string;
}

export interface CvReportJob {
  name: string;
  language: Language;
  score: number;
  required: { found: number; total: number };
  preferred: { found: number; total: number };
  requirements: CvReportRequirement[];
  /** The posting's file URI when it is a file (clicks open it); else its text, to show in a new editor. */
  postingUri: string | null;
}

export interface CvReport {
  /** CV file name. */
  title: string;
  /** Language of the report's words. */
  language: Language;
  /** 0–100, or null when the file is not checked as a CV. */
  score: number | null;
  profile: string;
  findingCounts: Record<Severity, number>;
  sections: CvReportSection[];
  groups: CvReportGroup[];
  job: CvReportJob | null;
}

export interface RenderOptions {
  /** 'webview': VS Code theme colours, clicks post messages to the extension; 'standalone': a page of its own. */
  mode: 'webview' | 'standalone';
  /** Webview only: the nonce of the one inline script, and the webview's CSP source. */
  nonce?: string;
  cspSource?: string;
}

const WORDS: Record<Language, Record<string, string>> = {
  it: {
    report: 'Rapporto CV',
    score: 'Punteggio del CV',
    profile: 'Profilo',
    sections: 'Sezioni del profilo',
    required: 'obbligatoria',
    optional: 'facoltativa',
    missing: 'manca',
    present: 'presente',
    keywords: 'Parole chiave per gruppo',
    chartAlt: 'Grafico a barre: parole chiave trovate per gruppo, sul totale del gruppo; il segno indica quante ne servono.',
    found: 'trovate',
    wanted: 'attese',
    of: 'su',
    toAdd: 'da aggiungere',
    job: 'Confronto con l’annuncio',
    match: 'Corrispondenza',
    requiredReqs: 'Requisiti richiesti',
    preferredReqs: 'Requisiti graditi',
    covered: 'nel CV',
    notCovered: 'non nel CV',
    unconfirmed: 'da confermare',
    cvLine: 'riga del CV',
    postingLine: 'riga dell’annuncio',
    noJob: 'Nessun annuncio scelto: usa «Confronta con un annuncio di lavoro…», la voce «job:» del front matter o l’impostazione cvlint.jobPosting.',
    notCv: 'Il file non è controllato come CV.',
    findings: 'Segnalazioni',
    none: 'nessuno',
    term: 'Requisito',
    where: 'Dove',
  },
  en: {
    report: 'CV report',
    score: 'CV score',
    profile: 'Profile',
    sections: 'Profile sections',
    required: 'required',
    optional: 'optional',
    missing: 'missing',
    present: 'present',
    keywords: 'Keywords per group',
    chartAlt: 'Bar chart: keywords found per group, out of the group’s total; the mark shows how many are expected.',
    found: 'found',
    wanted: 'expected',
    of: 'of',
    toAdd: 'to add',
    job: 'Comparison with the job posting',
    match: 'Match',
    requiredReqs: 'Required',
    preferredReqs: 'Preferred',
    covered: 'in the CV',
    notCovered: 'not in the CV',
    unconfirmed: 'to confirm',
    cvLine: 'CV line',
    postingLine: 'posting line',
    noJob: 'No job posting chosen: use “Compare with a job posting…”, a “job:” entry in the front matter or the cvlint.jobPosting setting.',
    notCv: 'The file is not checked as a CV.',
    findings: 'Findings',
    none: 'none',
    term: 'Requirement',
    where: 'Where',
  },
};

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A place to jump to: a button in the editor's view, plain text in a standalone page. */
function jump(mode: RenderOptions['mode'], target: 'cv' | 'posting', line: number, label: string): string {
  if (mode === 'webview') return `<button type="button" class="jump" data-target="${target}" data-line="${line}">${escapeHtml(label)}</button>`;
  return `<span class="line">${escapeHtml(label)}</span>`;
}

const BAR_HEIGHT = 22;
const LABEL_WIDTH = 210;
const BAR_WIDTH = 260;

/** A horizontal bar per group: found out of total, with a mark where the expected number is. Plain SVG. */
function keywordChart(groups: readonly CvReportGroup[], words: Record<string, string>): string {
  if (groups.length === 0) return '';
  const height = groups.length * (BAR_HEIGHT + 10) + 10;
  const rows = groups.map((group, i) => {
    const y = 10 + i * (BAR_HEIGHT + 10);
    const total = Math.max(group.total, 1);
    const width = Math.round((BAR_WIDTH * group.present.length) / total);
    const mark = LABEL_WIDTH + Math.round((BAR_WIDTH * Math.min(group.wanted, total)) / total);
    const ok = group.present.length >= group.wanted;
    const text = `${group.label}: ${group.present.length} ${words.of} ${group.total} (${words.wanted} ${group.wanted})`;
    return [
      `<g role="listitem" aria-label="${escapeHtml(text)}"><title>${escapeHtml(text)}</title>`,
      `<text x="0" y="${y + BAR_HEIGHT * 0.7}" class="chart-label">${escapeHtml(group.label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${BAR_WIDTH}" height="${BAR_HEIGHT}" class="bar-bg" rx="3"/>`,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${width}" height="${BAR_HEIGHT}" class="${ok ? 'bar-ok' : 'bar-low'}" rx="3"/>`,
      `<line x1="${mark}" x2="${mark}" y1="${y - 3}" y2="${y + BAR_HEIGHT + 3}" class="bar-mark"/>`,
      `<text x="${LABEL_WIDTH + BAR_WIDTH + 8}" y="${y + BAR_HEIGHT * 0.7}" class="chart-value">${group.present.length}/${group.total}</text>`,
      '</g>',
    ].join('');
  });
  return `<svg class="chart" role="list" aria-label="${escapeHtml(words.chartAlt)}" viewBox="0 0 ${LABEL_WIDTH + BAR_WIDTH + 50} ${height}" width="${LABEL_WIDTH + BAR_WIDTH + 50}" height="${height}"><desc>${escapeHtml(words.chartAlt)}</desc>${rows.join('')}</svg>`;
}

function requirementList(job: CvReportJob, importance: 'required' | 'preferred', mode: RenderOptions['mode'], words: Record<string, string>): string {
  const list = job.requirements.filter((r) => r.importance === importance);
  if (list.length === 0) return `<p class="muted">${escapeHtml(words.none)}</p>`;
  const items = list.map((r) => {
    const state = r.found ? 'found' : r.unconfirmed ? 'unconfirmed' : 'missing';
    const stateText = r.found ? words.covered : r.unconfirmed ? words.unconfirmed : words.notCovered;
    const links = [
      r.cvLine !== null ? jump(mode, 'cv', r.cvLine, `${words.cvLine} ${r.cvLine + 1}`) : '',
      jump(mode, 'posting', r.postingLine, `${words.postingLine} ${r.postingLine + 1}`),
    ].filter(Boolean).join(' ');
    return `<li class="req ${state}"><span class="mark" aria-hidden="true">${r.found ? '✓' : r.unconfirmed ? '?' : '✗'}</span> <strong>${escapeHtml(r.term)}</strong> <span class="state">(${escapeHtml(stateText)})</span> ${links}<div class="quote">“${escapeHtml(r.sentence)}”</div></li>`;
  });
  return `<ul class="reqs">${items.join('')}</ul>`;
}

const STYLE = `
body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 14px); color: var(--vscode-foreground, #1f1f1f); background: var(--vscode-editor-background, #ffffff); padding: 0 16px 24px; line-height: 1.45; }
h1 { font-size: 1.4em; margin: 16px 0 4px; } h2 { font-size: 1.1em; margin: 20px 0 8px; border-bottom: 1px solid var(--vscode-panel-border, #ddd); padding-bottom: 4px; }
.score { font-size: 2.2em; font-weight: 600; } .muted { opacity: .75; }
ul { padding-left: 0; list-style: none; } li { margin: 4px 0; }
.ok .mark, .found .mark { color: var(--vscode-testing-iconPassed, #2e7d32); } .missing .mark { color: var(--vscode-errorForeground, #c62828); } .unconfirmed .mark { color: var(--vscode-editorWarning-foreground, #b26a00); }
.mark { display: inline-block; width: 1.2em; font-weight: 700; }
.quote { margin-left: 1.5em; opacity: .8; font-style: italic; font-size: .92em; }
.jump { background: none; border: none; padding: 0 2px; color: var(--vscode-textLink-foreground, #0b63c1); cursor: pointer; font: inherit; text-decoration: underline; }
.line { opacity: .7; font-size: .9em; }
.chart text { fill: var(--vscode-foreground, #1f1f1f); font-size: 13px; }
.bar-bg { fill: var(--vscode-editorWidget-background, #eeeeee); stroke: var(--vscode-panel-border, #cccccc); }
.bar-ok { fill: var(--vscode-charts-green, #388e3c); } .bar-low { fill: var(--vscode-charts-orange, #f57c00); }
.bar-mark { stroke: var(--vscode-foreground, #1f1f1f); stroke-width: 2; }
table { border-collapse: collapse; margin-top: 8px; } td, th { text-align: left; padding: 2px 10px 2px 0; vertical-align: top; }
details { margin-top: 6px; }
`;

const SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button.jump') : null;
  if (!button) return;
  vscode.postMessage({ type: 'reveal', target: button.getAttribute('data-target'), line: Number(button.getAttribute('data-line')) });
});
`;

/** The whole report as one HTML page. */
export function renderReportHtml(report: CvReport, options: RenderOptions): string {
  const words = WORDS[report.language] ?? WORDS.en;
  const mode = options.mode;
  const parts: string[] = [];
  parts.push(`<h1>${escapeHtml(words.report)}: ${escapeHtml(report.title)}</h1>`);
  if (report.score === null) {
    parts.push(`<p>${escapeHtml(words.notCv)}</p>`);
  } else {
    const counts = report.findingCounts;
    parts.push(
      `<p><span class="score" id="score">${report.score}</span>/100 <span class="muted">${escapeHtml(words.score)} · ${escapeHtml(words.profile)}: ${escapeHtml(report.profile)} · ${escapeHtml(words.findings)}: ${counts.error + counts.warning + counts.info + counts.hint}</span></p>`,
    );
    parts.push(`<h2>${escapeHtml(words.sections)}</h2><ul class="sections">`);
    for (const section of report.sections) {
      const state = section.present ? words.present : words.missing;
      const link = section.line !== null ? ` ${jump(mode, 'cv', section.line, `${words.cvLine} ${section.line + 1}`)}` : '';
      parts.push(
        `<li class="${section.present ? 'ok' : 'missing'}"><span class="mark" aria-hidden="true">${section.present ? '✓' : '✗'}</span> ${escapeHtml(section.title)} <span class="muted">(${escapeHtml(section.required ? words.required : words.optional)}, ${escapeHtml(state)})</span>${link}</li>`,
      );
    }
    parts.push('</ul>');
    if (report.groups.length > 0) {
      parts.push(`<h2>${escapeHtml(words.keywords)}</h2>`, keywordChart(report.groups, words));
      // The chart's text alternative, also for reading the words themselves.
      parts.push(`<details><summary>${escapeHtml(words.keywords)}</summary><table><tr><th></th><th>${escapeHtml(words.found)}</th><th>${escapeHtml(words.toAdd)}</th></tr>`);
      for (const group of report.groups) {
        parts.push(
          `<tr><th>${escapeHtml(group.label)} (${group.present.length} ${escapeHtml(words.of)} ${group.total}, ${escapeHtml(words.wanted)} ${group.wanted})</th><td>${escapeHtml(group.present.join(', ') || '—')}</td><td>${escapeHtml(group.absent.join(', ') || '—')}</td></tr>`,
        );
      }
      parts.push('</table></details>');
    }
    parts.push(`<h2>${escapeHtml(words.job)}</h2>`);
    const job = report.job;
    if (!job) parts.push(`<p class="muted">${escapeHtml(words.noJob)}</p>`);
    else {
      parts.push(
        `<p><span class="score" id="job-score">${job.score}</span>/100 <span class="muted">${escapeHtml(words.match)} · ${escapeHtml(job.name)} · ${escapeHtml(words.requiredReqs)} ${job.required.found}/${job.required.total} · ${escapeHtml(words.preferredReqs)} ${job.preferred.found}/${job.preferred.total}</span></p>`,
      );
      parts.push(`<h3>${escapeHtml(words.requiredReqs)} (${job.required.found}/${job.required.total})</h3>`, requirementList(job, 'required', mode, words));
      parts.push(`<h3>${escapeHtml(words.preferredReqs)} (${job.preferred.found}/${job.preferred.total})</h3>`, requirementList(job, 'preferred', mode, words));
    }
  }
  const csp =
    mode === 'webview'
      ? `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline' ${options.cspSource ?? ''}; img-src ${options.cspSource ?? ''} data:; script-src 'nonce-${options.nonce ?? ''}';">`
      : `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;">`;
  const script = mode === 'webview' ? `<script nonce="${options.nonce ?? ''}">${SCRIPT}</script>` : '';
  return `<!DOCTYPE html>
<html lang="${report.language}">
<head>
<meta charset="utf-8">
${csp}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(words.report)}: ${escapeHtml(report.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${parts.join('\n')}
${script}
</body>
</html>
`;
}
