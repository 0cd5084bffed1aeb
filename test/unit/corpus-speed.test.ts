import { JSDOM } from 'jsdom';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportPage } from '../../src/cli/page-report.js';
import { createSanitizer } from '../../src/core/sanitize.js';

/**
 * Every page of Readability's corpus goes through the whole pipeline (src/cli/page-report.ts) without a
 * crash, each in under a second once parsed: extraction (prepare + Readability), sanitize, clean, quotes. jsdom's own parsing
 * is left out; it stands for the browser's, which the page has already paid for. Time is this process's
 * CPU time, not the wall clock: the machine is shared, and other work there would otherwise count.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.join(path.resolve(repoRoot, '../shared'), 'corpus/readability');
const LIMIT_MS = 1000;

/** CPU milliseconds this process has used (user and system). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

interface PageSpeed {
  slug: string;
  ms: number;
  ok: boolean;
  error: string | null;
}

function measureCorpus(): PageSpeed[] {
  const sanitize = createSanitizer(new JSDOM('').window as unknown as Window);
  const slugs = readdirSync(corpus, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return slugs.map((slug) => {
    const html = readFileSync(path.join(corpus, slug, 'source.html'), 'utf8');
    // The clock's second reading is the end of parsing (page-report.ts reads it once before, once after).
    const readings: number[] = [];
    const now = (): number => {
      const t = cpuMs();
      readings.push(t);
      return t;
    };
    const report = reportPage(slug, html, 'http://fakehost/test/page.html', { sanitize, now });
    const ms = cpuMs() - (readings[1] ?? readings[0] ?? 0);
    if (process.env.CORPUS_SPEED_LOG) console.log(`${slug} ${ms.toFixed(0)} ms`);
    return { slug, ms, ok: report.ok, error: report.error };
  });
}

describe.skipIf(!existsSync(corpus))('the Readability corpus, for speed', () => {
  let results: PageSpeed[] = [];

  beforeAll(() => {
    results = measureCorpus();
    const slowest = results.reduce((a, b) => (b.ms > a.ms ? b : a));
    console.log(`corpus speed: ${results.length} pages, ${results.filter((r) => r.ok).length} articles, `
      + `${results.filter((r) => r.ms >= LIMIT_MS).length} at or over ${LIMIT_MS} ms, slowest ${slowest.slug} ${slowest.ms.toFixed(0)} ms`);
  }, 600_000);

  it('reads every page without a crash', () => {
    expect(results.length).toBeGreaterThan(100);
    const crashed = results.filter((r) => r.error?.startsWith('The page could not be processed'));
    expect(crashed.map((r) => `${r.slug}: ${r.error}`)).toEqual([]);
  });

  /*
   * KNOWN BUG (speed, in extraction and cleaning, not in this test): measured in CPU time under jsdom,
   * 5 to 7 of 130 pages take a second or more after parsing, from run to run: wikipedia-2 5.5-5.9 s,
   * nytimes-5 1.6 s, wikipedia 1.5 s, wikipedia-4 1.4 s, 002 1.3 s, cnet and lazy-image-2 about 1.0 s
   * (jsdom is slower than a browser; run with CORPUS_SPEED_LOG=1 for every page). Remove `.fails` once they are all under a second.
   */
  it.fails(`reads each page in under ${LIMIT_MS} ms of CPU after parsing`, () => {
    expect(results.filter((r) => r.ms >= LIMIT_MS).map((r) => `${r.slug}: ${r.ms.toFixed(0)} ms`)).toEqual([]);
  });
});
