#!/usr/bin/env node
// CommonJS on purpose (bin/package.json). dist/boot.cjs is the code cache's loader: it loads
// dist/migcheck.cjs (argv parsing, the command table, the fast lane of `check`, the one catch)
// with the bytecode earlier runs kept in the user's cache folder, and every bundle after it the
// same way (scripts/build.mjs says which code sits where). A commit that stages nothing migcheck
// reads is answered before any command's code is read.
'use strict';
const boot = require('../dist/boot.cjs');
boot.enableCodeCache(process.env);
boot.requireBundle('migcheck').main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
