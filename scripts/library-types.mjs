#!/usr/bin/env node
// Writes the library's declaration file (package.json "types"): tsc emits declarations for src/
// into a temporary folder, and library/index.d.ts is kept. src/library/index.ts declares every
// public type itself, so that file must stand alone; an import in it fails the build instead of
// shipping a declaration that points at files the package does not contain.
//   node scripts/library-types.mjs [OUT]     (default dist/index.d.ts)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, process.argv[2] ?? 'dist/index.d.ts');
const work = mkdtempSync(join(tmpdir(), 'migcheck-types-'));
try {
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit', 'false', '--declaration', '--emitDeclarationOnly', '--outDir', work], { cwd: root, stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  const text = readFileSync(join(work, 'library', 'index.d.ts'), 'utf8');
  const imports = text.split('\n').filter((line) => /^\s*(import|export .* from)\b/.test(line) || /import\(/.test(line));
  if (imports.length > 0) {
    console.error(`library-types: src/library/index.ts must declare its public types itself; its declarations import:\n${imports.join('\n')}`);
    process.exit(1);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `// migcheck's library entry (generated from src/library/index.ts by scripts/library-types.mjs)\n${text}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
