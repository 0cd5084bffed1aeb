import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PageReport } from './page-report.js';
import type { OutputFormat } from './parse-args.js';
import { standaloneHtml } from './standalone-html.js';

const EXTENSION: Record<OutputFormat, string> = { json: 'json', text: 'txt', html: 'html' };

/** The line that opens a page's text when several pages share standard output. */
export function textHeading(report: PageReport): string {
  const what = report.ok ? (report.title ?? '(untitled)') : `no article (${report.error ?? 'unknown reason'})`;
  return `==> ${report.file}: ${what} <==`;
}

function render(report: PageReport, format: OutputFormat): string {
  if (format === 'html') return standaloneHtml(report);
  if (format === 'text') return `${report.text}\n`;
  return `${JSON.stringify(report)}\n`;
}

/**
 * Where each page's result goes: standard output (JSON lines; text, after a heading line when there are
 * several pages; HTML, one page only), or with `out` one file per page in that folder, named after the
 * input file, whose path is printed.
 */
export function resultWriter(format: OutputFormat, out: string | null, several: boolean): (report: PageReport) => void {
  if (out === null) {
    let first = true;
    return (report) => {
      const heading = format === 'text' && several ? `${first ? '' : '\n'}${textHeading(report)}\n` : '';
      first = false;
      process.stdout.write(heading + render(report, format));
    };
  }
  mkdirSync(out, { recursive: true });
  const taken = new Set<string>();
  return (report) => {
    const stem = report.file === '-' ? 'stdin' : path.basename(report.file).replace(/\.[^.]*$/, '') || 'page';
    let name = `${stem}.${EXTENSION[format]}`;
    for (let n = 2; taken.has(name); n += 1) name = `${stem}-${n}.${EXTENSION[format]}`;
    taken.add(name);
    const file = path.join(out, name);
    writeFileSync(file, render(report, format));
    process.stdout.write(`${file}\n`);
  };
}
