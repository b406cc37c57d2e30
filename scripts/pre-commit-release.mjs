#!/usr/bin/env node
// Makes the commit a pre-commit framework user pins (`rev:` in .pre-commit-config.yaml), and tags it.
//   node scripts/pre-commit-release.mjs [TAG]      TAG defaults to v<version>
// pre-commit installs a `language: node` hook by running `npm install --dev --prod` in its clone
// of the repository and then `npm pack`: every devDependency of this repository would be
// downloaded on each user's machine (and the install fails offline), and a lifecycle script would
// break `npm pack`'s output. The release commit is HEAD's tree with a package.json that keeps
// only what the package needs (no scripts, no devDependencies); it sits on no branch, only under
// its tag. HEAD must hold the committed bundle (dist/), built from HEAD's src/ (pre-commit runs
// dist/ as it is: nothing is built on the user's machine), and no runtime dependency.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const git = (args, options = {}) => execFileSync('git', args, { encoding: 'utf8', ...options }).trim();
const fail = (line) => {
  process.stderr.write(`pre-commit-release: ${line}\n`);
  process.exit(2);
};

const pkg = JSON.parse(git(['show', 'HEAD:package.json']));
const tag = process.argv[2] ?? `v${pkg.version}`;
if (tag.startsWith('-') || !/^[\w./-]+$/.test(tag)) fail(`"${tag}" is not a tag name`);
if (Object.keys(pkg.dependencies ?? {}).length > 0) fail('package.json has runtime dependencies; the bundle must carry none');
if (!git(['ls-tree', '--name-only', 'HEAD', '--', 'dist'])) fail('HEAD holds no dist/: commit the bundle first');
// The bundle released is HEAD's; it is checked in the working tree, so that must be HEAD's too.
const root = git(['rev-parse', '--show-toplevel']);
const changed = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'src', 'dist', 'scripts/build.mjs', 'package.json', 'bin', 'hooks'], { cwd: root, encoding: 'utf8' }).trimEnd();
if (changed) fail(`the working tree differs from HEAD in what the bundle is built from or ships:\n${changed}\ncommit or stash it first`);
try {
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--check'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
} catch (error) {
  fail(`${String(error.stderr ?? error.message).trim()}`);
}
if (git(['tag', '--list', tag])) fail(`tag ${tag} exists already`);

delete pkg.scripts;
delete pkg.devDependencies;
delete pkg.dependencies;
const blob = git(['hash-object', '-w', '--stdin'], { input: `${JSON.stringify(pkg, null, 2)}\n` });
// A private index: the working tree, the real index and the branch stay as they are.
const scratch = mkdtempSync(join(tmpdir(), 'migcheck-release-'));
try {
  const env = { ...process.env, GIT_INDEX_FILE: join(scratch, 'index') };
  git(['read-tree', 'HEAD'], { env });
  git(['update-index', '--cacheinfo', `100644,${blob},package.json`], { env });
  const tree = git(['write-tree'], { env });
  const commit = git(['commit-tree', tree, '-p', 'HEAD', '-m', `${tag} for the pre-commit framework (package.json without scripts and devDependencies)`]);
  git(['tag', tag, commit]);
  process.stdout.write(`${tag} ${commit}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
