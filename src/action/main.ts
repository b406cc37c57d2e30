/**
 * The action's entry (action.yml `runs.main`): runs on the runner's Node with the environment the
 * runner sets, and owns the process (its exit code) as the CLI's main does.
 */
import { packageVersion } from '../app/package-version.js';
import { runAction } from './run-action.js';

// No top-level await: the bundle is CommonJS.
void packageVersion().then((version) => runAction({
  stdout: (text) => { process.stdout.write(text); },
  env: process.env,
  cwd: process.cwd(),
  version,
})).then((code) => { process.exitCode = code; });
