// The core stays pure: no node:* modules, no process/console, no third-party I/O libraries.
// A scan of the imports and globals used under src/core keeps that true as the code grows.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './helpers/repo.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

const core = files(join(projectRoot, 'src', 'core'));

test('src/core has modules to check', () => {
  assert.ok(core.length > 3);
});

test('src/core imports only other core modules', () => {
  const offenders: string[] = [];
  for (const file of core) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const spec = m[1] ?? m[2]!;
      if (!spec.startsWith('.')) offenders.push(`${file.slice(projectRoot.length + 1)} imports ${spec}`);
    }
  }
  assert.equal(offenders, []);
});

test('src/core touches no process, console, clock or randomness', () => {
  const offenders: string[] = [];
  for (const file of core) {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    for (const word of ['process.', 'console.', 'Date.now', 'new Date(', 'Math.random', 'require(']) {
      if (code.includes(word)) offenders.push(`${file.slice(projectRoot.length + 1)} uses ${word}`);
    }
  }
  assert.equal(offenders, []);
});

test.run();
