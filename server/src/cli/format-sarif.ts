// `--format sarif`: SARIF 2.1.0 for code-scanning tools. Lines and columns are 1-based here;
// columns count UTF-16 code units, like the engine's ranges (declared with `columnKind`).
import type { Language, Range, Severity } from '../engine/types';
import type { Rule } from '../rules/types';
import type { FileReport, OutputFormat, RunSummary } from './types';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface ToolInfo {
  version: string;
  /** Project home page, if package.json names one. */
  informationUri?: string;
}

type SarifLevel = 'error' | 'warning' | 'note';

const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function sarifLevel(severity: Severity): SarifLevel {
  return LEVELS[severity];
}

export function sarifRegion(range: Range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** A relative path as a URI reference: spaces, `<`, `%` and the like percent-encoded. */
export function artifactUri(displayPath: string): string {
  return encodeURI(displayPath).replace(/[?#]/g, encodeURIComponent);
}

type SarifResult = Record<string, unknown>;

export function sarifFormat(rules: readonly Rule[], tool: ToolInfo, descriptionLanguage: Language): OutputFormat<SarifResult[]> {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  // The README's "Rules" table describes every rule (the home page may already carry a #readme fragment).
  const helpUri = tool.informationUri ? `${tool.informationUri.replace(/#.*$/, '')}#rules` : undefined;

  return {
    renderFile(report: FileReport): SarifResult[] {
      if (!report.result.checked) return [];
      const artifactLocation = { uri: artifactUri(report.displayPath) };
      return report.findings.map((finding) => {
        const index = ruleIndex.get(finding.ruleId);
        return {
          ruleId: finding.ruleId,
          ...(index === undefined ? {} : { ruleIndex: index }),
          level: sarifLevel(finding.severity),
          message: { text: finding.message },
          locations: [{ physicalLocation: { artifactLocation, region: sarifRegion(finding.range) } }],
          ...(finding.fixes.length === 0
            ? {}
            : {
                fixes: finding.fixes.map((fix) => ({
                  description: { text: fix.title },
                  artifactChanges: [
                    {
                      artifactLocation,
                      // An insertion is a replacement of an empty region (SARIF §3.57.3).
                      replacements: fix.edits.map((edit) => ({
                        deletedRegion: sarifRegion(edit.range),
                        insertedContent: { text: edit.newText },
                      })),
                    },
                  ],
                })),
              }),
        };
      });
    },

    finish(files: SarifResult[][], summary: RunSummary): string {
      const log = {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'cvlint',
                version: tool.version,
                ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
                rules: rules.map((rule) => ({
                  id: rule.id,
                  shortDescription: { text: rule.description[descriptionLanguage] },
                  defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
                  ...(helpUri ? { helpUri } : {}),
                })),
              },
            },
            invocations: [
              {
                executionSuccessful: summary.failures.length === 0,
                toolExecutionNotifications: summary.failures.map((failure) => ({
                  level: 'error',
                  message: { text: `${failure.displayPath}: ${failure.message}` },
                  locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(failure.displayPath) } } }],
                })),
              },
            ],
            columnKind: 'utf16CodeUnits',
            results: files.flat(),
          },
        ],
      };
      return `${JSON.stringify(log, null, 2)}\n`;
    },
  };
}
