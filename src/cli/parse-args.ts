import { availableParallelism } from 'node:os';

export type OutputFormat = 'json' | 'html' | 'text';

export interface PageInput {
  file: string;
  url: string | null;
}

export interface ExtractCommand {
  command: 'extract';
  format: OutputFormat;
  /** The FILE arguments, or null with --batch. */
  pages: PageInput[] | null;
  /** The --batch list's path; `-` is standard input. */
  batch: string | null;
  /** Worker threads. */
  jobs: number;
  /** A page that takes longer is stopped and reported `"ok": false`. */
  timeoutMs: number;
  /** Heap limit of each worker, in megabytes. */
  memoryMb: number;
  /** One file per page in this folder instead of standard output. */
  out: string | null;
}

export type CliCommand = ExtractCommand | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `usage:
  quotelight extract [options] [--url URL] FILE...
  quotelight extract [options] --batch LIST.jsonl     (--batch - reads the list from standard input)
  quotelight --version

FILE is a saved HTML page, or - for standard input. The list has one {"file": "...", "url": "..."} object a
line ("url" optional). Results come out in input order, each as soon as it and the pages before it are done.

options:
  --format json|html|text  json (default): one object a line; text: the article's plain text (with several
                           pages, each after a "==> FILE: TITLE <==" line); html: a standalone page (with
                           several pages, only with --out)
  --out DIR                one file per page in DIR (NAME.json, NAME.txt or NAME.html); prints each path
  --jobs N                 pages processed at once, in worker threads (default: the machine's cores)
  --timeout SECONDS        a page that takes longer is stopped and reported as not ok (default 30)
  --memory MB              heap limit of each worker; a page that needs more is reported as not ok (default 1024)
  --url URL                the page's address, for relative links and citations (one FILE only)
  -h, --help               this help;  -V, --version  the version`;

const positive = (arg: string, text: string): number => {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new UsageError(`${arg} needs a positive number, not "${text}"`);
  return value;
};

/** The command line's arguments, checked; a UsageError says what is wrong. */
export function parseArgs(argv: readonly string[]): CliCommand {
  if (argv.length === 0 || ['--help', '-h', 'help'].includes(argv[0] as string)) return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-V') return { command: 'version' };
  if (argv[0] !== 'extract') throw new UsageError(`unknown command "${argv[0]}"`);
  if (argv.includes('--help') || argv.includes('-h')) return { command: 'help' };
  let format: OutputFormat = 'json';
  let url: string | null = null;
  let batch: string | null = null;
  let out: string | null = null;
  let jobs = availableParallelism();
  let timeoutMs = 30_000;
  let memoryMb = 1024;
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
    else if (arg === '--out') out = value();
    else if (arg === '--jobs') jobs = Math.floor(positive(arg, value()));
    else if (arg === '--timeout') timeoutMs = positive(arg, value()) * 1000;
    else if (arg === '--memory') memoryMb = Math.floor(positive(arg, value()));
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (batch !== null && files.length > 0) throw new UsageError('--batch takes no FILE arguments');
  if (batch === null && files.length === 0) throw new UsageError('no FILE given');
  if (url !== null && files.length !== 1) throw new UsageError('--url goes with exactly one FILE');
  if (format === 'html' && out === null && (batch !== null || files.length > 1)) {
    throw new UsageError('--format html writes one document per page: with several pages, give --out DIR');
  }
  const pages = batch === null ? files.map((file) => ({ file, url })) : null;
  return { command: 'extract', format, batch, pages, jobs: Math.max(1, jobs), timeoutMs, memoryMb, out };
}

/** One line of a --batch list (`number` counts from 1), or null for a blank line. */
export function parseBatchLine(line: string, number: number): PageInput | null {
  if (line.trim() === '') return null;
  let entry: unknown;
  try {
    entry = JSON.parse(line);
  } catch {
    throw new UsageError(`batch line ${number} is not JSON`);
  }
  const { file, url } = (entry ?? {}) as { file?: unknown; url?: unknown };
  if (typeof file !== 'string') throw new UsageError(`batch line ${number} has no "file"`);
  return { file, url: typeof url === 'string' ? url : null };
}
