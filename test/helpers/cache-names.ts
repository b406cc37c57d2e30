/** Everything migcheck keeps in `<git dir>/migcheck/` (docs/architecture.md, "Caches"). */
export const CACHE_NAMES: readonly string[] = ['environments-v2.json', 'index-facts-v1.json', 'merge-bases-v1.json', 'parse-cache-v1.json', 'raw-trees-v2', 'tree-marks-v1', 'trees-v3', 'verdicts-v1'];
