/**
 * The action's entry (action.yml `runs.main`): runs on the runner's Node with the environment the
 * runner sets, and owns the process (its exit code) as the CLI's main does.
 */
import { readFileSync } from 'node:fs';
import { runAction } from './run-action.js';

/** migcheck's version from its package.json, for the SARIF log; undefined when it cannot be read. */
function packageVersion(): string | undefined {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

process.exitCode = await runAction({
  stdout: (text) => { process.stdout.write(text); },
  env: process.env,
  cwd: process.cwd(),
  version: packageVersion(),
});
