export type OutputFormat = 'json' | 'html' | 'text';

export interface PageInput {
  file: string;
  url: string | null;
}

export type CliCommand =
  | { command: 'extract'; format: OutputFormat; pages: PageInput[] | null; batch: string | null }
  | { command: 'help' };

export class UsageError extends Error {}

export const USAGE = `usage:
  quotelight extract [--url URL] [--format json|html|text] FILE...
  quotelight extract --batch LIST.jsonl

FILE is a saved HTML page, or - for standard input. Prints one JSON object per page and line by default.`;

/** The command line's arguments, checked; a UsageError says what is wrong. */
export function parseArgs(argv: readonly string[]): CliCommand {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] !== 'extract') throw new UsageError(`unknown command "${argv[0]}"`);
  let format: OutputFormat = 'json';
  let url: string | null = null;
  let batch: string | null = null;
  const files: string[] = [];
  for (let i = 1; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const value = (): string => {
      const next = argv[i + 1];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      i += 1;
      return next;
    };
    if (arg === '--format') {
      const chosen = value();
      if (chosen !== 'json' && chosen !== 'html' && chosen !== 'text') throw new UsageError(`unknown format "${chosen}"`);
      format = chosen;
    } else if (arg === '--url') url = value();
    else if (arg === '--batch') batch = value();
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (batch !== null && files.length > 0) throw new UsageError('--batch takes no FILE arguments');
  if (batch === null && files.length === 0) throw new UsageError('no FILE given');
  if (url !== null && files.length !== 1) throw new UsageError('--url goes with exactly one FILE');
  return { command: 'extract', format, batch, pages: batch === null ? files.map((file) => ({ file, url })) : null };
}

/** The pages listed in a --batch file: one {"file", "url"} object per line. */
export function parseBatch(text: string): PageInput[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      let entry: unknown;
      try {
        entry = JSON.parse(line);
      } catch {
        throw new UsageError(`batch line ${number} is not JSON`);
      }
      const { file, url } = (entry ?? {}) as { file?: unknown; url?: unknown };
      if (typeof file !== 'string') throw new UsageError(`batch line ${number} has no "file"`);
      return { file, url: typeof url === 'string' ? url : null };
    });
}
