/**
 * The files a step talks to the runner through: `GITHUB_OUTPUT` (step outputs) and
 * `GITHUB_STEP_SUMMARY` (the job summary), both appended to, never overwritten (other steps'
 * commands share them within the step).
 */
import { appendFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';

/**
 * Appends outputs in the runner's heredoc form (`name<<DELIMITER`, value, `DELIMITER`), which
 * holds any value, newlines included; the delimiter is random so no value can end it early.
 */
export async function appendOutputs(path: string, outputs: Record<string, string>): Promise<void> {
  let text = '';
  for (const [name, value] of Object.entries(outputs)) {
    const delimiter = `migcheck_${randomUUID()}`;
    text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
  }
  await appendFile(path, text);
}

/** Appends Markdown to the job summary. */
export async function appendSummary(path: string, markdown: string): Promise<void> {
  await appendFile(path, markdown.endsWith('\n') ? `${markdown}\n` : `${markdown}\n\n`);
}
