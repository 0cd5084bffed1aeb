/**
 * The labelled real pages' reader (scripts/bench/labelled-pages.ts), on label files and two small pages
 * written for this test (test/unit/labelled-pages/): one page stored gzipped as its origin names it, one
 * unpacked beside a `.gz` origin, one label file whose page is absent.
 */
import { JSDOM } from 'jsdom';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  findPage, goldQuotes, parseLabelFile, readLabelledPages, readPage, runLabelledPages,
} from '../../scripts/bench/labelled-pages.js';
import { createSanitizer } from '../../src/core/sanitize.js';

const here = path.join(path.dirname(fileURLToPath(import.meta.url)), 'labelled-pages');
const labelsDir = path.join(here, 'labels');
const pagesDir = path.join(here, 'pages');

describe('labelled real pages', () => {
  const pages = readLabelledPages(labelsDir);

  it('reads every label file under <lang>/, with its origin, passes and labels', () => {
    expect(pages.map((page) => page.id)).toEqual(['es/plaza', 'fr/gare', 'pl/brak']);
    const [plaza] = pages;
    expect(plaza?.lang).toBe('es');
    expect(plaza?.origin).toEqual({
      repository: 'example/extractor-tests', path: 'pages/es/plaza.html.gz',
      commit: '0123456789abcdef0123456789abcdef01234567', url: 'https://example.org/villarejo/plaza',
    });
    expect(plaza?.passes[1]?.disagreements).toBe(1);
    expect(plaza?.labels.map((label) => label.kind)).toEqual(['quotation', 'title', 'quotation', 'scare']);
    expect(pages[1]?.origin.url).toBeNull();
  });

  it('finds a page by its origin under DIR/<owner>/<name>/<path>, gzipped or unpacked, and reads it', () => {
    const plaza = findPage(pagesDir, pages[0]!.origin);
    expect(plaza).toBe(path.join(pagesDir, 'example/extractor-tests/pages/es/plaza.html.gz'));
    expect(readPage(plaza!)).toContain('«Plaza Abierta»');
    const gare = findPage(pagesDir, pages[1]!.origin);
    expect(gare).toBe(path.join(pagesDir, 'example/extractor-tests/pages/fr/gare.html'));
    expect(readPage(gare!)).toContain('« Gardons notre gare »');
    expect(findPage(pagesDir, pages[2]!.origin)).toBeNull();
  });

  it('takes the labelled quotations as gold, with the labelled name as speaker', () => {
    expect(goldQuotes(pages[0]!)).toEqual([
      { text: 'Queremos que la plaza vuelva a ser el lugar donde se encuentra todo el pueblo', speakers: ['Marta Ruiz Olmedo'] },
      { text: 'no aguanta otro invierno', speakers: ['Andrés Pellicer'] },
    ]);
  });

  it('refuses a label file that is wrong, naming the file and the fault', () => {
    const good = {
      origin: { repository: 'a/b', path: 'p.html', commit: 'f'.repeat(40) },
      lang: 'it',
      passes: [{ pass: 1, date: 'x' }, { pass: 2, date: 'y' }],
      labels: [{ text: 'ciao', kind: 'quotation', speaker: 'Anna' }],
    };
    const parse = (data: unknown) => () => parseLabelFile('it/x', JSON.stringify(data));
    expect(parse(good)).not.toThrow();
    expect(() => parseLabelFile('it/x', '{')).toThrow(/^it\/x: not JSON/u);
    expect(parse({ ...good, labels: [{ text: 'ciao', kind: 'speech', speaker: null }] })).toThrow(/it\/x: label 0 \("ciao"\) has kind "speech"/u);
    expect(parse({ ...good, labels: [{ text: 'Il libro', kind: 'title', speaker: 'Anna' }] })).toThrow(/is a title with a speaker/u);
    expect(parse({ ...good, origin: { ...good.origin, commit: 'main' } })).toThrow(/"origin" needs/u);
    expect(parse({ ...good, passes: [{ pass: 1, date: 'x' }] })).toThrow(/both labelling passes/u);
  });

  it('scores each language through the command line pipeline, beside the every-span baseline, and lists pages not found', () => {
    const results = runLabelledPages(pages, pagesDir, createSanitizer(new JSDOM('').window as unknown as Window));
    expect(results.map((r) => r.lang)).toEqual(['es', 'fr', 'pl']);
    const [es, fr, pl] = results;
    expect(es?.result.documents).toBe(1);
    expect(es?.result.refused).toBe(0);
    expect(es?.result.counts.gold).toBe(2);
    expect(es?.labelled).toEqual({ spans: 4, quotations: 2 });
    // Every span in marks highlighted: both quotations found, two of four highlights right.
    expect(es?.baseline.exact.recall).toBe(1);
    expect(es?.baseline.exact.precision).toBe(0.5);
    expect(es?.baseline.speakers.abstained).toBe(2);
    // The engine's own output is measured, not pinned; it did run on the page's text.
    expect(es?.result.details[0]?.quotes.map((quote) => quote.text)).toContain('Plaza Abierta');
    expect(fr?.result.counts.gold).toBe(1);
    expect(fr?.baseline.exact.f1).toBeCloseTo(2 / 3);
    expect(pl?.result.documents).toBe(0);
    expect(pl?.missing).toEqual(['pl/brak (example/extractor-tests/pages/pl/brak.html)']);
  });
});
