/**
 * The process's own standard streams as a CommandIO, made so that a run that prints a line costs
 * no more than writing it. Node builds `process.stdout` and `process.stderr` on first use, and for
 * a pipe or a terminal that loads its whole stream and socket machinery (~3 ms, an eighth of
 * Node's start, on every commit); a hook's one line needs none of it. So text goes to the file
 * descriptor with a synchronous write, which is what Node's own streams do on Linux and macOS
 * for files, pipes and terminals anyway, and the stream is built only when the descriptor cannot
 * take the text at once (a non-blocking pipe that is full: EAGAIN), from then on for every later
 * write so that the order is kept.
 */
import { fstatSync, writeSync } from 'node:fs';
import type { CommandIO } from '../app/command-io.js';

type Stream = 'stdout' | 'stderr';

/**
 * A writer for one standard stream. Output into a closed pipe (`migcheck graph | head`) is dropped
 * quietly, as is anything after any other failure: the command still finishes with its own code.
 */
function streamWriter(name: Stream, fd: number): (text: string) => void {
  let route: 'fd' | 'stream' | 'closed' = 'fd';
  const toStream = (text: string | Buffer) => {
    if (route === 'fd') {
      route = 'stream';
      process[name].on('error', () => { route = 'closed'; });
    }
    process[name].write(text);
  };
  return (text) => {
    if (route === 'closed' || text === '') return;
    if (route === 'stream') { toStream(text); return; }
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(fd, bytes, done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') toStream(bytes.subarray(done));
      else route = 'closed';
    }
  };
}

function isCharacterDevice(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false; // A closed descriptor is no terminal.
  }
}

async function readAllStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The process's stdio, environment and folder; whether stdout is a terminal is asked when needed. */
export function processIO(): CommandIO {
  let tty: boolean | undefined;
  return {
    stdout: streamWriter('stdout', 1),
    stderr: streamWriter('stderr', 2),
    readStdin: () => readAllStdin(),
    // A getter: `node:tty` is as heavy as the streams, and only colour choices need it. Only a
    // character device can be a terminal: a pipe or a file (CI, editors, a hook's captured
    // output) is answered by one fstat.
    get stdoutIsTTY() {
      tty ??= isCharacterDevice(1) && (require('node:tty') as typeof import('node:tty')).isatty(1);
      return tty;
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

/** `io` with `parts` replaced; accessors (processIO's stdoutIsTTY) stay unevaluated. */
export function withIO(io: CommandIO, parts: Partial<CommandIO>): CommandIO {
  return Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(io), ...Object.getOwnPropertyDescriptors(parts) }) as CommandIO;
}
