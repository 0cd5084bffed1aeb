import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, jsonLines, removeCli, repoRoot, runCli, version, type Run } from '../support/cli.js';

/**
 * The command line as a tool among others: --version and help, batches streamed from standard input,
 * worker threads that keep the input's order, pages that hang or crash their worker, closed pipes, and
 * text or HTML output for several pages.
 */

const fixture = (slug: string): string => path.join('test/fixtures', slug, 'source.html');
const ARTICLE = fixture('wire-story');
const ARTICLE_URL = 'https://www.reuters.com/world/glacier-pact';
const LONG_READ = fixture('long-read');
const HOME_PAGE = fixture('not-article');

let cli = '';
let scratch = '';
/** A page of our own big enough to take seconds and hundreds of megabytes in jsdom. */
let hugePage = '';

beforeAll(async () => {
  cli = await buildCli('batch');
  scratch = mkdtempSync(path.join(tmpdir(), 'quotelight-cli-batch-'));
  hugePage = path.join(scratch, 'huge.html');
  const paragraph = '<p>The committee met again on <b>Tuesday</b> to read the <i>report</i>, line by line, and <a href="#n">agreed</a> nothing.</p>';
  writeFileSync(hugePage, `<!doctype html><html><head><title>Minutes</title></head><body><article>${paragraph.repeat(250_000)}</article></body></html>`);
}, 60_000);

afterAll(() => {
  removeCli(cli);
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const run = (args: string[], input?: string): Run => runCli(cli, args, input);
const list = (...pages: object[]): string => `${pages.map((page) => JSON.stringify(page)).join('\n')}\n`;
const withoutTimings = (pages: Record<string, unknown>[]): Record<string, unknown>[] =>
  pages.map(({ timings: _timings, ...rest }) => rest);

describe('quotelight as a command-line tool', () => {
  it('prints its version, package.json\'s', () => {
    for (const flag of ['--version', '-V']) {
      const result = run([flag]);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(`quotelight ${version}\n`);
    }
  });

  it('extract --help prints the help and exits 0', () => {
    const result = run(['extract', '--help']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/usage:[\s\S]*--batch -[\s\S]*--jobs N/);
  });

  it('--batch - reads the list from standard input and writes each result before the next line arrives', async () => {
    const child = spawn(process.execPath, [cli, 'extract', '--jobs', '1', '--batch', '-'], { cwd: repoRoot });
    let stdout = '';
    const lines = (): number => stdout.split('\n').length - 1;
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.write(list({ file: ARTICLE, url: ARTICLE_URL }));
    // Standard input stays open: the first result must come out anyway.
    const deadline = Date.now() + 60_000;
    while (lines() < 1 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lines()).toBe(1);
    child.stdin.end(list({ file: HOME_PAGE }));
    expect(await closed).toBe(0);
    expect(jsonLines(stdout).map((page) => [page.file, page.url, page.ok])).toEqual([[ARTICLE, ARTICLE_URL, true], [HOME_PAGE, null, false]]);
  }, 90_000);

  it('--jobs 2 gives the same results in the same order as --jobs 1', () => {
    const pages = [LONG_READ, HOME_PAGE, ARTICLE, fixture('live-blog'), fixture('rtl-article'), HOME_PAGE];
    const one = run(['extract', '--jobs', '1', ...pages]);
    const two = run(['extract', '--jobs', '2', ...pages]);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(jsonLines(two.stdout).map((page) => page.file)).toEqual(pages);
    expect(withoutTimings(jsonLines(two.stdout))).toEqual(withoutTimings(jsonLines(one.stdout)));
  }, 120_000);

  it('a page that takes too long is stopped and reported not ok, and the batch goes on', () => {
    const file = path.join(scratch, 'slow.jsonl');
    writeFileSync(file, list({ file: hugePage }, { file: ARTICLE }));
    const result = run(['extract', '--jobs', '1', '--timeout', '3', '--batch', file]);
    expect(result.status).toBe(0);
    const [slow, next] = jsonLines(result.stdout);
    expect(slow).toMatchObject({ file: hugePage, ok: false, error: expect.stringMatching(/took longer than 3 s/) });
    expect(next).toMatchObject({ file: ARTICLE, ok: true });
  }, 120_000);

  it('a page that exhausts its worker\'s memory is reported not ok, and the batch goes on', () => {
    const result = run(['extract', '--jobs', '1', '--memory', '96', hugePage, ARTICLE]);
    expect(result.status).toBe(0);
    const [crashed, next] = jsonLines(result.stdout);
    expect(crashed).toMatchObject({ file: hugePage, ok: false, error: expect.stringMatching(/stopped the worker.*memory/i) });
    expect(next).toMatchObject({ file: ARTICLE, ok: true });
  }, 120_000);

  it('ends quietly when its output pipe closes early', () => {
    const pages = Array.from({ length: 8 }, () => ARTICLE).join(' ');
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" extract --jobs 2 --format text ${pages} | head -c 200 >/dev/null`],
      { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  }, 120_000);

  it('--format text with several pages opens each with a heading line naming the file and the title', () => {
    const result = run(['extract', '--format', 'text', ARTICLE, HOME_PAGE]);
    expect(result.status).toBe(0);
    const text = jsonLines(run(['extract', ARTICLE]).stdout)[0]?.text as string;
    expect(result.stdout).toBe(
      `==> ${ARTICLE}: Glacier monitoring pact agreed in Geneva after all-night talks <==\n${text}\n`
      + `\n==> ${HOME_PAGE}: no article (No article was found on this page.) <==\n\n`,
    );
  }, 60_000);

  it('--format html with several pages needs --out, which writes one document per page and prints its path', () => {
    expect(run(['extract', '--format', 'html', ARTICLE, LONG_READ]).status).toBe(2);
    const out = path.join(scratch, 'pages');
    const file = path.join(scratch, 'html.jsonl');
    writeFileSync(file, list({ file: ARTICLE }, { file: LONG_READ }));
    const result = run(['extract', '--format', 'html', '--out', out, '--batch', file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${path.join(out, 'source.html')}\n${path.join(out, 'source-2.html')}\n`);
    expect(readdirSync(out).sort()).toEqual(['source-2.html', 'source.html']);
    expect(readFileSync(path.join(out, 'source.html'), 'utf8')).toContain('<h1>Glacier monitoring pact agreed in Geneva after all-night talks</h1>');
    expect(readFileSync(path.join(out, 'source-2.html'), 'utf8')).toContain('<h1>The river under the car park: how Ashcombe dug up its buried stream</h1>');
  }, 60_000);

  it('the standalone page names the site once, linked to the page, and shows a readable date', () => {
    const html = run(['extract', '--format', 'html', '--url', ARTICLE_URL, ARTICLE]).stdout;
    const header = html.slice(html.indexOf('<article>'), html.indexOf('<div>', html.indexOf('<article>')));
    expect(header.match(/Reuters/g)).toHaveLength(1);
    expect(header).toContain(`<p><a href="${ARTICLE_URL}">Reuters</a></p>`);
    expect(header).toContain('<time datetime="2025-03-03T09:42:00Z">March 3, 2025</time>');
  }, 60_000);
});
