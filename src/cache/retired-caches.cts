/**
 * The caches earlier versions of migcheck kept in `<commonDir>/migcheck/` and this one never
 * reads: each format's version is in its name, so a new format leaves the old one behind, up to
 * 256 MB of summaries or 8 raw trees of 3 MB. They are removed when a check writes a cache of its
 * own (a few stats then; a commit that writes nothing pays nothing). CommonJS, for the fast lane's
 * writers too. Never throws: a folder that cannot be removed is only disk space.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Names of earlier formats, oldest first. A format replaced later is added here. */
export const RETIRED_CACHES: readonly string[] = ['trees-v1', 'environments-v1.json', 'trees-v2', 'raw-trees-v1', 'code-cache-v1'];

/** Removes the retired caches in `cacheDir` (`<commonDir>/migcheck`). */
export function removeRetiredCaches(cacheDir: string): void {
  for (const name of RETIRED_CACHES) {
    const path = join(cacheDir, name);
    try {
      if (existsSync(path)) rmSync(path, { recursive: true, force: true });
    } catch {
      // Left for the next write.
    }
  }
}
