/**
 * What a check said of a tree against a merge-base and a target (its verdict), kept so the next
 * commit, whose HEAD that tree becomes, starts from it: `<commonDir>/migcheck/verdicts-v1/<key>`.
 * The key hashes the three trees' summary keys (content-addressed), the mode, the target's name
 * (it is in the messages), the allowed heads and migcheck's version (messages change between
 * versions). And merge-bases, which git computes from commit ids alone, in `merge-bases-v1.json`.
 * Both are optimisations only: a missing or damaged entry is a miss, writes are atomic, failures
 * are ignored, and only the newest entries are kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, RevisionId } from '../core/types.js';
import type { Verdict } from '../core/analysis/extend-verdict.js';
import { cacheSalt } from './environment-cache.cjs';
import { pruneOldest } from './prune-oldest.cjs';
import { writeFileAtomicSync } from '../fs/write-file-atomic-sync.cjs';
import { sha256Hex } from './sha256-hex.js';

/** The folder and file, versioned by name. */
export const VERDICT_DIR = 'verdicts-v1';
export const MERGE_BASE_FILE = 'merge-bases-v1.json';

const MAX_VERDICTS = 64;
const MAX_MERGE_BASES = 64;

/** What decides a verdict besides the trees. */
export interface VerdictQuestion {
  readonly checked: string;
  readonly base: string | undefined;
  readonly target: string | undefined;
  readonly mode: string;
  readonly targetName: string;
  readonly allowedHeads: readonly RevisionId[];
  readonly readerVersion: string;
}

/** The file name of a question's verdict. */
export function verdictKey(question: VerdictQuestion): string {
  const text = JSON.stringify([cacheSalt(), question.readerVersion, question.checked, question.base ?? null, question.target ?? null, question.mode, question.targetName, [...question.allowedHeads].sort()]);
  return sha256Hex(text).slice(0, 40);
}

const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isFinding = (value: unknown): value is Finding => {
  const f = value as Finding | null;
  return !!f && typeof f === 'object' && typeof f.code === 'string' && (f.severity === 'error' || f.severity === 'warning') && typeof f.message === 'string';
};

function isVerdict(value: unknown): value is Verdict {
  const v = value as Verdict | null;
  return !!v && typeof v === 'object' && !!v.heads && strings(v.heads.target) && strings(v.heads.mergeBase)
    && Array.isArray(v.heads.result) && v.heads.result.every((h) => h && typeof h.id === 'string' && typeof h.path === 'string')
    && Array.isArray(v.findings) && v.findings.every(isFinding);
}

/** The verdicts of one repository. */
export class Verdicts {
  private constructor(private readonly dir: string, private readonly mergeBaseFile: string) {}

  static at(commonDir: string): Verdicts {
    return new Verdicts(join(commonDir, 'migcheck', VERDICT_DIR), join(commonDir, 'migcheck', MERGE_BASE_FILE));
  }

  /** The verdict kept for `question`, or undefined. Never throws. */
  async read(question: VerdictQuestion): Promise<Verdict | undefined> {
    try {
      const stored: unknown = JSON.parse(readFileSync(join(this.dir, verdictKey(question)), 'utf8'));
      return isVerdict(stored) ? stored : undefined;
    } catch {
      return undefined;
    }
  }

  /** Keeps `verdict` for `question`. Never throws. */
  async write(question: VerdictQuestion, verdict: Verdict): Promise<void> {
    writeFileAtomicSync(join(this.dir, verdictKey(question)), JSON.stringify(verdict));
    pruneOldest(this.dir, { files: MAX_VERDICTS });
  }

  private async mergeBases(): Promise<Record<string, string | null>> {
    try {
      const stored = JSON.parse(readFileSync(this.mergeBaseFile, 'utf8')) as unknown;
      return stored && typeof stored === 'object' && !Array.isArray(stored) ? stored as Record<string, string | null> : {};
    } catch {
      return {};
    }
  }

  /** The merge-base kept for two commits: an id, null (unrelated histories), or undefined (not known). */
  async mergeBase(a: string, b: string): Promise<string | null | undefined> {
    const value = (await this.mergeBases())[`${a} ${b}`];
    return value === null || (typeof value === 'string' && /^[0-9a-f]{40,64}$/.test(value)) ? value : undefined;
  }

  /** Keeps the merge-base of two commits (the newest MAX_MERGE_BASES pairs). Never throws. */
  async rememberMergeBase(a: string, b: string, base: string | null): Promise<void> {
    const entries = Object.entries(await this.mergeBases()).filter(([key]) => key !== `${a} ${b}`);
    const kept = Object.fromEntries([...entries.slice(-(MAX_MERGE_BASES - 1)), [`${a} ${b}`, base]]);
    writeFileAtomicSync(this.mergeBaseFile, JSON.stringify(kept));
  }
}
