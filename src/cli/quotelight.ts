import { JSDOM } from 'jsdom';
import { readFile } from 'node:fs/promises';
import { createSanitizer } from '../core/sanitize.js';
import { decodePage } from './decode-page.js';
import { emptyReport, reportPage, type PageReport } from './page-report.js';
import { parseArgs, parseBatch, USAGE, UsageError, type OutputFormat, type PageInput } from './parse-args.js';
import { standaloneHtml } from './standalone-html.js';

async function readInput(file: string): Promise<Uint8Array> {
  if (file !== '-') return readFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function render(report: PageReport, format: OutputFormat): string {
  if (format === 'html') return standaloneHtml(report);
  if (format === 'text') return `${report.text}\n`;
  return `${JSON.stringify(report)}\n`;
}

async function main(argv: readonly string[]): Promise<number> {
  const command = parseArgs(argv);
  if (command.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const pages: PageInput[] = command.pages ?? parseBatch(await readFile(command.batch as string, 'utf8'));
  // One sanitizer window for the whole run: a batch of 200 pages stays one process.
  const sanitizerWindow = new JSDOM('').window as unknown as Window;
  const sanitize = createSanitizer(sanitizerWindow);
  let status = 0;
  for (const page of pages) {
    let bytes: Uint8Array;
    try {
      bytes = await readInput(page.file);
    } catch (error) {
      status = 1;
      const reason = error instanceof Error ? error.message : String(error);
      process.stderr.write(`quotelight: cannot read ${page.file}: ${reason}\n`);
      if (command.format === 'json') {
        process.stdout.write(`${JSON.stringify(emptyReport(page.file, page.url, `The file could not be read (${reason}).`))}\n`);
      }
      continue;
    }
    const report = reportPage(page.file, decodePage(bytes), page.url, { sanitize });
    process.stdout.write(render(report, command.format));
  }
  return status;
}

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
