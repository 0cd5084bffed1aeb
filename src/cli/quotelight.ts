import { isMainThread, workerData } from 'node:worker_threads';
import { PagePool } from './page-pool.js';
import { emptyReport } from './page-report.js';
import { servePages, type PageJob } from './page-worker.js';
import { parseArgs, USAGE, UsageError, type ExtractCommand, type PageInput } from './parse-args.js';
import { readBatch } from './read-batch.js';
import { resultWriter } from './write-results.js';

declare const QUOTELIGHT_VERSION: string | undefined;
/** package.json's version, set by the build (scripts/build.mjs). */
const VERSION = typeof QUOTELIGHT_VERSION === 'string' ? QUOTELIGHT_VERSION : 'unknown';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function* listed(pages: PageInput[]): AsyncGenerator<PageInput> {
  yield* pages;
}

/**
 * Every page through the worker pool; each result is written as soon as it and every page before it are
 * done, so the output keeps the input's order and still streams. Resolves to the exit status.
 */
async function extract(command: ExtractCommand): Promise<number> {
  const pool = new PagePool({ size: command.jobs, timeoutMs: command.timeoutMs, memoryMb: command.memoryMb, script: new URL(import.meta.url) });
  const write = resultWriter(command.format, command.out, command.batch !== null || (command.pages?.length ?? 0) > 1);
  let status = 0;
  let written: Promise<void> = Promise.resolve();
  let id = 0;
  try {
    for await (const page of command.pages ? listed(command.pages) : readBatch(command.batch as string)) {
      id += 1;
      const stdinTaken = page.file === '-' && command.batch === '-';
      const job: PageJob = { id, file: page.file, url: page.url, bytes: page.file === '-' && !stdinTaken ? await readStdin() : null };
      const result = stdinTaken
        ? Promise.resolve({ id, kind: 'unreadable' as const, reason: 'standard input holds the --batch list' })
        : pool.run(job);
      written = written.then(async () => {
        const outcome = await result;
        if (outcome.kind === 'report') return write(outcome.report);
        status = 1;
        process.stderr.write(`quotelight: cannot read ${page.file}: ${outcome.reason}\n`);
        if (command.format === 'json' && command.out === null) {
          write(emptyReport(page.file, page.url, `The file could not be read (${outcome.reason}).`));
        }
      });
    }
  } finally {
    // A usage error in the list still lets the pages before it finish and be written.
    await written;
    await pool.close();
  }
  return status;
}

async function main(argv: readonly string[]): Promise<number> {
  const command = parseArgs(argv);
  if (command.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command.command === 'version') {
    process.stdout.write(`quotelight ${VERSION}\n`);
    return 0;
  }
  return extract(command);
}

if (!isMainThread && (workerData as { quotelightPageWorker?: boolean } | null)?.quotelightPageWorker) {
  servePages();
} else {
  // Output into a pipe closed early (`quotelight ... | head -3`) ends the run quietly, as command-line tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`quotelight: ${error.message}\n${USAGE}\n`);
        process.exitCode = 2;
        return;
      }
      process.stderr.write(`quotelight: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
