/**
 * What a command may touch of the process, passed in so commands stay testable and the CLI's
 * main module remains the only owner of `process`.
 */
import type { LaneHandOff } from './lane-hand-off.js';
import type { StartedGit } from '../git/git-process.cjs';

export interface CommandIO {
  /** Writes to standard output (text is written as given; add the newline yourself). */
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads all of standard input; resolves to '' when stdin is a TTY or closed. */
  readStdin(): Promise<string>;
  stdoutIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** The directory to run in (after --cwd). */
  cwd: string;
  /** What the commit-time fast lane read before it left this run to the command. */
  lane?: LaneHandOff;
  /** Git commands the CLI started before loading the command (fast-lane/start-heads). */
  started?: readonly StartedGit[];
}
