import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, jsonLines, removeCli, repoRoot, runCli, type Run } from '../support/cli.js';

/**
 * The command line's contract (docs/cli-contract.md), checked on the bundled CLI in a child process:
 * output shape, formats, batch and exit codes. The pipeline's results are the fixture test's business.
 */

const fixture = (slug: string): string => path.join('test/fixtures', slug, 'source.html');
const ARTICLE = fixture('wire-story');
const ARTICLE_URL = 'https://www.reuters.com/sustainability/climate-energy/glacier-monitoring-pact-agreed-geneva-2025-03-03/';
const HOME_PAGE = fixture('not-article');

let cli = '';
let scratch = '';

beforeAll(async () => {
  cli = await buildCli('contract');
  scratch = mkdtempSync(path.join(tmpdir(), 'quotelight-cli-'));
}, 60_000);

afterAll(() => {
  removeCli(cli);
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const run = (args: string[], input?: string): Run => runCli(cli, args, input);

const PAGE_FIELDS = [
  'file', 'url', 'ok', 'error', 'title', 'byline', 'siteName', 'publishedTime', 'lang', 'dir', 'excerpt', 'html', 'text',
  'wordCount', 'readingMinutes', 'quotes', 'timings',
];

describe('quotelight extract', () => {
  it('prints one JSON object per page and line, with every field of the contract', () => {
    const result = run(['extract', '--url', ARTICLE_URL, ARTICLE]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const [page, ...rest] = jsonLines(result.stdout);
    expect(rest).toEqual([]);
    expect(Object.keys(page ?? {}).sort()).toEqual([...PAGE_FIELDS].sort());
    expect(page).toMatchObject({ file: ARTICLE, url: ARTICLE_URL, ok: true, error: null, siteName: 'Reuters' });
    expect(Object.keys(page?.timings as object).sort()).toEqual(['clean', 'parse', 'quotes', 'readability', 'sanitize', 'total']);
  });

  it('resolves relative addresses against --url', () => {
    const url = 'https://meridian-magazine.example/features/2024/oct/12/river-under-the-car-park';
    const [page] = jsonLines(run(['extract', '--url', url, fixture('long-read')]).stdout);
    expect(page?.url).toBe(url);
    expect(page?.html).toContain('src="https://meridian-magazine.example/features/2024/oct/12/channel-map.svg"');
  });

  it('keeps the order of several files, and exits 0 when a page has no article', () => {
    const result = run(['extract', HOME_PAGE, ARTICLE]);
    expect(result.status).toBe(0);
    const pages = jsonLines(result.stdout);
    expect(pages.map((page) => [page.file, page.ok, page.url])).toEqual([[HOME_PAGE, false, null], [ARTICLE, true, null]]);
    expect(pages[0]?.error).toEqual(expect.stringMatching(/\w/));
  });

  it('reads standard input for -', () => {
    const result = run(['extract', '-'], readFileSync(path.join(repoRoot, ARTICLE), 'utf8'));
    expect(result.status).toBe(0);
    expect(jsonLines(result.stdout)[0]).toMatchObject({ file: '-', ok: true, title: 'Glacier monitoring pact agreed in Geneva after all-night talks' });
  });

  it('prints the plain text with --format text', () => {
    const json = jsonLines(run(['extract', ARTICLE]).stdout)[0];
    const result = run(['extract', '--format', 'text', ARTICLE]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${json?.text as string}\n`);
  });

  it('prints a standalone HTML document with --format html', () => {
    const result = run(['extract', '--format', 'html', '--url', ARTICLE_URL, ARTICLE]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^<!DOCTYPE html>/i);
    expect(result.stdout).toContain('<title>Glacier monitoring pact agreed in Geneva after all-night talks</title>');
    expect(result.stdout).toContain('<h1>Glacier monitoring pact agreed in Geneva after all-night talks</h1>');
    expect(result.stdout).toContain('GENEVA, March 3 (Reuters)');
    expect(result.stdout).not.toMatch(/<script/i);
    // A file opened from disk gets the extension pages' policy: nothing runs even if something slipped through.
    expect(result.stdout).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src http: https: data:;`);
  });

  it('runs a --batch list, one object a line in the same order', () => {
    const list = path.join(scratch, 'list.jsonl');
    writeFileSync(list, `${JSON.stringify({ file: ARTICLE, url: ARTICLE_URL })}\n${JSON.stringify({ file: HOME_PAGE })}\n`);
    const result = run(['extract', '--batch', list]);
    expect(result.status).toBe(0);
    const pages = jsonLines(result.stdout);
    expect(pages.map((page) => [page.file, page.url, page.ok])).toEqual([[ARTICLE, ARTICLE_URL, true], [HOME_PAGE, null, false]]);
  });

  it.each([
    ['no file', ['extract']],
    ['an unknown command', ['summarize', ARTICLE]],
    ['an unknown option', ['extract', '--verbose', ARTICLE]],
    ['an unknown format', ['extract', '--format', 'xml', ARTICLE]],
    ['--url with two files', ['extract', '--url', ARTICLE_URL, ARTICLE, HOME_PAGE]],
    ['--batch with a file', ['extract', '--batch', 'list.jsonl', ARTICLE]],
    ['an option without its value', ['extract', ARTICLE, '--format']],
  ])('exits 2 for a usage error: %s', (_name, args) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/usage:/);
  });

  it('exits 2 for a batch line that is not JSON', () => {
    const list = path.join(scratch, 'broken.jsonl');
    writeFileSync(list, `${JSON.stringify({ file: ARTICLE })}\nnot json\n`);
    const result = run(['extract', '--batch', list]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/line 2/);
  });

  it('exits 1 for a missing file, and still reports the other pages', () => {
    const missing = path.join(scratch, 'no-such-page.html');
    const result = run(['extract', missing, ARTICLE]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(missing);
    const pages = jsonLines(result.stdout);
    expect(pages.map((page) => [page.file, page.ok])).toEqual([[missing, false], [ARTICLE, true]]);
    expect(pages[0]?.error).toEqual(expect.stringMatching(/could not be read/));
  });

  it('prints usage and exits 0 for --help', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/usage:/);
  });
});
