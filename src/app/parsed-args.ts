/** What the command line asked for, as every use case receives it (the CLI's parser makes it). */
export interface ParsedArgs {
  command: string;
  positionals: string[];
  options: Record<string, string | boolean | string[] | undefined>;
}
