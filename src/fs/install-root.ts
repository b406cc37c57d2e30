/**
 * Where this installation of migcheck lives (the folder holding package.json, bin/ and hooks/),
 * found from this module's own file. The same code runs from src/ (tests through tsx) and from a
 * bundle in dist/, at different depths, so the folder is looked for instead of counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | undefined;

/** The installation's root folder. */
export function installRoot(): string {
  if (found !== undefined) return found;
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'bin', 'migcheck.js'))) return (found = dir);
    if (dirname(dir) === dir) throw new Error(`no migcheck installation (package.json beside bin/migcheck.js) above ${start}`);
  }
}

/** The version in the installation's package.json. */
export function installedVersion(): string {
  return (JSON.parse(readFileSync(join(installRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
