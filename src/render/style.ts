/**
 * Colour for human output: on only when asked for, or when stdout is a TTY and NO_COLOR is unset
 * (https://no-color.org). Renderers take a Style so they stay pure strings-in, strings-out.
 */
export interface Style {
  error(text: string): string;
  warning(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  ok(text: string): string;
}

const plain: Style = { error: (t) => t, warning: (t) => t, dim: (t) => t, bold: (t) => t, ok: (t) => t };

// ANSI SGR codes written directly: node:util's styleText drops them when stdout is not a
// terminal, which would make --color (colour into a pipe or a CI log) do nothing.
const sgr = (on: number, off: number) => (t: string) => `\x1b[${on}m${t}\x1b[${off}m`;

const coloured: Style = {
  error: sgr(31, 39),
  warning: sgr(33, 39),
  dim: sgr(2, 22),
  bold: sgr(1, 22),
  ok: sgr(32, 39),
};

/**
 * Chooses colour from the --color/--no-color flag, NO_COLOR/FORCE_COLOR and whether stdout is a
 * TTY — asked last, since finding out can cost a module load (cli/process-io).
 */
export function chooseStyle(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: () => boolean): Style {
  if (flag !== undefined) return flag ? coloured : plain;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return plain;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return coloured;
  return isTTY() ? coloured : plain;
}

export { plain as plainStyle };
