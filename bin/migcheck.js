#!/usr/bin/env node
// CommonJS on purpose (bin/package.json), and one file read up front: dist/migcheck.cjs holds the
// command table, argv parsing, the fast lane of `check` and the one catch, and loads the bundle
// of the command that runs (scripts/build.mjs says which code sits where). A commit that stages
// nothing migcheck reads is answered before any command's code is read.
'use strict';
require('../dist/migcheck.cjs').main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
