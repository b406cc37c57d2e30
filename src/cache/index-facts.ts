/**
 * What a walk of the index file found (read-index's facts: the discovery entries, the links, and
 * whether an entry hides the working tree), kept in `<commonDir>/migcheck/index-facts-v1.json`
 * under the file's trailing checksum. That checksum is git's hash of every byte before it, which
 * git checks whenever it reads the file, so it names the entries and their flags by content: a
 * kept answer is exact, and `heads` at 10,000 revisions no longer walks 10,000 entries (~5 ms)
 * to learn that two of them are configs. An index without a checksum (`index.skipHash`), or
 * without a cache-tree readIndexTail can find, is walked every time.
 *
 * An optimisation only: a missing, damaged or foreign file is a miss, writes are atomic, failures
 * are ignored. The key carries migcheck's version, so a version that reads more of the index
 * never takes an older one's facts (a change to what read-index collects also renames the file).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adoptIndexFacts, readIndexFacts, readIndexTail, type IndexEntryFact, type IndexFacts } from '../git/read-index.cjs';
import { writeFileAtomicSync } from '../fs/write-file-atomic-sync.cjs';
import { cacheSalt } from './environment-cache.cjs';

/** The file's format version is in its name, so an old migcheck never reads a new format. */
export const INDEX_FACTS_FILE = 'index-facts-v1.json';

/** Indexes kept at most: the index changes with every `git add`, and only the current one is asked about. */
const MAX_ENTRIES = 4;

interface Kept {
  key: string;
  /** The cache-tree's root id when walked: a hit whose tail says otherwise is not taken. */
  root: string;
  configs: IndexEntryFact[];
  links: IndexEntryFact[];
  hidesWorktree: boolean;
}

const isFact = (fact: IndexEntryFact) => !!fact && typeof fact.path === 'string' && typeof fact.mode === 'string'
  && typeof fact.oid === 'string' && Number.isInteger(fact.stage);

function readKept(file: string): Kept[] {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown; entries?: unknown };
    return stored?.version === 1 && Array.isArray(stored.entries) ? (stored.entries as Kept[]) : [];
  } catch {
    return [];
  }
}

/**
 * The facts of the index file `indexFile` (read-index's readIndexFacts without a choice): kept
 * ones when the file's checksum was walked before, else walked and kept. Whichever it is, later
 * readIndexFacts calls of this run on the same file answer them without a walk. Never throws.
 */
export function indexFactsKept(commonDir: string, indexFile: string): IndexFacts | undefined {
  const tail = readIndexTail(indexFile);
  const root = tail?.trees.get('');
  if (!tail?.checksum || root === undefined) return readIndexFacts(indexFile);
  const file = join(commonDir, 'migcheck', INDEX_FACTS_FILE);
  const key = `${cacheSalt()} ${tail.checksum}`;
  const entries = readKept(file);
  const kept = entries.find((entry) => entry && entry.key === key);
  if (kept && kept.root === root && typeof kept.hidesWorktree === 'boolean' && Array.isArray(kept.configs) && kept.configs.every(isFact)
    && Array.isArray(kept.links) && kept.links.every(isFact)) {
    const facts: IndexFacts = { configs: kept.configs, links: kept.links, hidesWorktree: kept.hidesWorktree, trees: tail.trees, identity: tail.identity };
    adoptIndexFacts(indexFile, facts);
    return facts;
  }
  // The walk of the very file whose tail was read (its identity checked), or nothing kept.
  const facts = readIndexFacts(indexFile, tail.identity);
  if (facts && facts.trees.get('') === root) {
    const fresh: Kept = { key, root, configs: [...facts.configs], links: [...facts.links], hidesWorktree: facts.hidesWorktree };
    writeFileAtomicSync(file, JSON.stringify({ version: 1, entries: [fresh, ...entries.filter((entry) => entry && entry.key !== key)].slice(0, MAX_ENTRIES) }));
  }
  return facts;
}
