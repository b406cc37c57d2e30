/**
 * Turns what buildGraph met (graph problems) and what the reader met (file problems) into the
 * contract's findings, each with a one-line message and the exact fix.
 */
import * as say from '../messages.js';
import type { Finding, Graph, GraphProblem, RevisionField, RevisionFile } from '../types.js';

// A check asks for the findings of the same graph several times (base and target are often one
// graph); graphs are never changed after buildGraph, so the answer is kept per graph.
const known = new WeakMap<Graph, readonly Finding[]>();

/** The findings of one graph: its problems, then unreadable values file by file (load order). */
export function graphFindings(graph: Graph): Finding[] {
  let findings = known.get(graph);
  if (!findings) {
    findings = computeFindings(graph);
    known.set(graph, findings);
  }
  return [...findings];
}

function computeFindings(graph: Graph): Finding[] {
  const files = graph.files ?? [...[...graph.nodes.values()].map((n) => n.file), ...graph.unreadable];
  // A healthy graph has no problems: no path index is built for it.
  const byPath = graph.problems.length === 0 ? new Map<string, RevisionFile>() : new Map(files.map((f) => [f.path, f]));
  const findings = graph.problems.map((p) => problemFinding(graph, p, byPath));
  for (const file of files) {
    // Most files have nothing to say: skip the per-file array.
    if (file.problems.length === 0 && allStrings(file.branchLabels) && allStrings(file.dependsOn)) continue;
    findings.push(...fileFindings(file));
  }
  return findings;
}

const allStrings = (items: readonly { kind: string }[]) => items.length === 0 || items.every(isString);

const isString = (item: { kind: string }) => item.kind === 'string';

function problemFinding(graph: Graph, problem: GraphProblem, byPath: ReadonlyMap<string, RevisionFile>): Finding {
  const fileOf = (id: string) => graph.nodes.get(id)?.file;
  const at = (file: RevisionFile | undefined, field: RevisionField) =>
    file === undefined ? {} : { file: file.path, ...lineOf(file, field) };
  switch (problem.kind) {
    case 'missing-parent': {
      const file = byPath.get(problem.file) ?? fileOf(problem.revision);
      const field = problem.via;
      const written = field === 'down_revision' ? file?.downRevisions ?? [] : (file?.dependsOn ?? []).filter((i) => i.kind === 'string').map((i) => i.value);
      const meant = problem.meant;
      return {
        code: 'missing-parent',
        severity: 'error',
        message: meant ? say.missingParentMeant(field, problem.missing, meant.revision, meant.file) : say.missingParent(problem.revision, field, problem.missing),
        fix: meant ? say.missingParentMeantFix(field, problem.missing, meant.revision, written.length === 1) : say.missingParentFix(field, problem.missing),
        ...at(file, field),
        revision: problem.revision,
        ...(file?.downRevisions ? { downRevision: file.downRevisions } : {}),
        ...(meant && field === 'down_revision' ? { suggestedDownRevision: written.map((w) => (w === problem.missing ? meant.revision : w)) } : {}),
      };
    }
    case 'duplicate-revision': {
      const last = byPath.get(problem.files[problem.files.length - 1]!);
      return {
        code: 'duplicate-revision',
        severity: 'error',
        message: say.duplicateRevision(problem.revision, problem.files),
        fix: say.duplicateRevisionFix(problem.revision),
        ...at(last, 'revision'),
        revision: problem.revision,
        files: problem.files,
      };
    }
    case 'cycle':
      return {
        code: 'cycle',
        severity: 'error',
        message: say.cycle(problem.revisions, problem.via),
        fix: say.cycleFix(problem.revisions, problem.via),
        ...at(fileOf(problem.revisions[0]!), problem.via),
        revision: problem.revisions[0]!,
        revisions: problem.revisions,
      };
    case 'label-as-parent': {
      const file = byPath.get(problem.file) ?? fileOf(problem.revision);
      return {
        code: 'alembic-compat',
        severity: 'warning',
        message: say.compatLabelAsParent(problem.revision, problem.label, problem.resolved),
        fix: say.compatLabelAsParentFix(problem.label, problem.resolved),
        ...at(file, 'down_revision'),
        revision: problem.revision,
        ...(file?.downRevisions ? { downRevision: file.downRevisions } : {}),
        suggestedDownRevision: (file?.downRevisions ?? []).map((d) => (d === problem.label ? problem.resolved : d)),
      };
    }
    case 'duplicate-label': {
      const isRevisionId = graph.nodes.has(problem.label) && problem.revisions[0] === problem.label;
      const last = problem.revisions[problem.revisions.length - 1]!;
      return {
        code: 'duplicate-label',
        severity: 'error',
        message: say.duplicateLabel(problem.label, problem.revisions, isRevisionId),
        fix: say.duplicateLabelFix(problem.label),
        ...at(fileOf(last), 'branch_labels'),
        revision: last,
        revisions: problem.revisions,
      };
    }
  }
}

function fileFindings(file: RevisionFile): Finding[] {
  const findings: Finding[] = [];
  for (const problem of file.problems) {
    if (problem.code === 'alembic-compat') {
      findings.push({
        code: 'alembic-compat',
        severity: 'warning',
        message: problem.reason,
        ...(problem.fix ? { fix: problem.fix } : {}),
        file: file.path,
        line: problem.line,
        ...(file.revision !== undefined ? { revision: file.revision } : {}),
      });
      continue;
    }
    if (problem.severity !== 'error') continue;
    findings.push({
      code: 'unparseable',
      severity: 'error',
      message: say.unparseable(problem.reason),
      fix: problem.fix ?? say.unparseableFix(problem.field),
      file: file.path,
      line: problem.line,
      ...(file.revision !== undefined ? { revision: file.revision } : {}),
    });
  }
  for (const field of ['branch_labels', 'depends_on'] as const) {
    const items = field === 'branch_labels' ? file.branchLabels : file.dependsOn;
    for (const item of items) {
      if (item.kind !== 'expression') continue;
      findings.push({
        code: 'unresolved-label',
        severity: 'warning',
        message: say.unresolvedLabel(file.revision ?? file.path, field, item.text),
        fix: say.unresolvedLabelFix(field),
        file: file.path,
        ...lineOf(file, field),
        ...(file.revision !== undefined ? { revision: file.revision } : {}),
      });
    }
  }
  return findings;
}

function lineOf(file: RevisionFile, field: RevisionField): { line?: number } {
  const line = file.sites[field]?.line;
  return line === undefined ? {} : { line };
}
