/**
 * SARIF 2.1.0 (the OASIS format GitHub code scanning reads): one run for migcheck, one rule per
 * finding code (rule id = the code), one result per finding at the file and line the finding
 * names — for a bypass, the down_revision line. Several reports (a push of several tips) become
 * one run: code scanning wants a single run per tool and category.
 */
import type { CheckReport, EnvironmentReport, Finding } from '../core/types.js';
import { FINDING_RULES, unknownRule } from '../core/messages.js';

export interface SarifOptions {
  /** migcheck's version, for `tool.driver.version`. */
  version?: string;
}

/** A finding's location: its file and line, else the environment's config, else its versions folder. */
function locationOf(finding: Finding, env: EnvironmentReport): { uri: string; line?: number } {
  if (finding.file) return { uri: finding.file, ...(finding.line ? { line: finding.line } : {}) };
  return { uri: env.config ?? env.dir };
}

/**
 * A repository-relative path as a relative URI reference: every character a URI may not hold
 * raw (spaces, `%`, `#`, `?`, non-ASCII) is percent-encoded; `/` stays a separator.
 */
export function pathToUri(path: string): string {
  return path.split('/').map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/');
}

function messageOf(finding: Finding): string {
  const lines = [finding.message];
  if (finding.bypassed && finding.bypassed.length > 0) lines.push(`bypassed: ${finding.bypassed.join(' → ')}`);
  if (finding.fix) lines.push(`fix: ${finding.fix}`);
  return lines.join('\n');
}

/** The finding's revision data, kept as result properties for scripts that read the log. */
function propertiesOf(finding: Finding): Record<string, unknown> | undefined {
  const props: Record<string, unknown> = {};
  for (const key of ['revision', 'downRevision', 'suggestedDownRevision', 'bypassed', 'revisions', 'files', 'preexisting'] as const) {
    if (finding[key] !== undefined) props[key] = finding[key];
  }
  return Object.keys(props).length > 0 ? props : undefined;
}

/** Builds the SARIF log (an object, ready for JSON.stringify). */
export function checkSarif(reports: readonly CheckReport[], options: SarifOptions = {}): object {
  const ruleIndex = new Map<string, number>();
  const rules: object[] = [];
  const results: object[] = [];
  const seen = new Set<string>();
  for (const report of reports) {
    for (const env of report.environments) {
      for (const finding of env.findings) {
        const where = locationOf(finding, env);
        // The same finding in two pushed tips is one problem in the code.
        const key = JSON.stringify([finding.code, finding.severity, where.uri, where.line, finding.message]);
        if (seen.has(key)) continue;
        seen.add(key);
        if (!ruleIndex.has(finding.code)) {
          const text = FINDING_RULES[finding.code] ?? unknownRule(finding.code);
          ruleIndex.set(finding.code, rules.length);
          rules.push({
            id: finding.code,
            name: finding.code.replace(/(^|-)([a-z])/g, (_, _dash, c: string) => c.toUpperCase()),
            shortDescription: { text: text.title },
            fullDescription: { text: `${text.title}. ${text.help}` },
            help: { text: text.help },
            defaultConfiguration: { level: finding.severity === 'error' ? 'error' : 'warning' },
            properties: { tags: ['alembic', 'migrations'] },
          });
        }
        const properties = propertiesOf(finding);
        results.push({
          ruleId: finding.code,
          ruleIndex: ruleIndex.get(finding.code),
          level: finding.severity === 'error' ? 'error' : 'warning',
          message: { text: messageOf(finding) },
          locations: [{
            physicalLocation: {
              artifactLocation: { uri: pathToUri(where.uri), uriBaseId: '%SRCROOT%' },
              ...(where.line ? { region: { startLine: where.line } } : {}),
            },
          }],
          ...(properties ? { properties } : {}),
        });
      }
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'migcheck',
          ...(options.version ? { version: options.version, semanticVersion: options.version } : {}),
          rules,
        },
      },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
}

/** Renders the SARIF log as JSON, newline-terminated. */
export function renderCheckSarif(reports: readonly CheckReport[], options: SarifOptions = {}): string {
  return `${JSON.stringify(checkSarif(reports, options), null, 2)}\n`;
}
