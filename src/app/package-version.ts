/**
 * migcheck's own version, from its package.json, for the reports that name the tool (SARIF's
 * `tool.driver.version`). The file is looked for above this module, as built from src/ or bundled
 * into dist/ at whatever depth; undefined when it cannot be found.
 */
import { readFileSync } from 'node:fs';

export async function packageVersion(): Promise<string | undefined> {
  for (const up of ['../', '../../', '../../../']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(`${up}package.json`, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'migcheck' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // Not here: one level up.
    }
  }
  return undefined;
}
