#!/usr/bin/env node
// CommonJS on purpose (bin/package.json): a commit that stages no migration is answered by the
// fast lane before Node's ES module loader starts; everything else runs the ES module CLI in
// dist/cli/main.js (built from src/ by `npm run build`).
'use strict';
const { quickCheck } = require('../dist/fast-lane/quick-check.cjs');

const argv = process.argv.slice(2);
quickCheck(argv, process.env, process.cwd(), (text) => process.stdout.write(text)).then(async (answer) => {
  if (typeof answer === 'number') process.exitCode = answer;
  // What the lane read (the staged changes, the index's environments) goes to the check: no git call twice.
  else process.exitCode = await (await import('../dist/cli/main.js')).main(argv, answer);
});
