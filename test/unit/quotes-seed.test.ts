/**
 * The user's example page and its answer key (quotes-spec.md, "Targets"): 12 of 12 spans, every kind
 * right, 11 of 11 speakers right, no apostrophe taken for a mark. Read from the shared seed text file,
 * and again from the saved HTML page through the real pipeline (Readability, DOMPurify, jsdom).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { processArticle } from '../../src/core/process-article.js';
import { findQuotes } from '../../src/core/quotes/find-quotes.js';
import { createSanitizer } from '../../src/core/sanitize.js';
import { textBlocks, type TextBlock } from '../../src/core/text-blocks.js';
import { extractArticle } from '../../src/extract/extract-article.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedDir = path.join(path.resolve(repoRoot, '../shared'), 'seed');
const seedText = path.join(seedDir, 'news-page-example.txt');
const seedKey = path.join(seedDir, 'news-page-example.quotes.json');
const hasSeed = existsSync(seedText) && existsSync(seedKey);
if (!hasSeed) console.warn(`quotes-seed: skipped, the shared seed is not at ${seedDir}`);

interface GoldQuote {
  start: number;
  end: number;
  text: string;
  kind: string;
  speaker: string | null;
}
interface AnswerKey {
  quotes: GoldQuote[];
  apostrophesNotQuotes: Array<{ offset: number; char: string }>;
}

/** One <p> per non-empty line; each block's characters map back to file offsets. */
function seedDocument(text: string): { blocks: TextBlock[]; fileOffset: (block: TextBlock, local: number) => number; title: string } {
  const doc = new JSDOM('<!DOCTYPE html><body></body>').window.document;
  const lineStarts = new Map<Element, number>();
  let offset = 0;
  let title = '';
  for (const line of text.split('\n')) {
    if (line.trim() !== '') {
      const p = doc.createElement('p');
      p.textContent = line;
      doc.body.appendChild(p);
      lineStarts.set(p, offset);
      // The headline is the line the answer key's first quotation sits on.
      if (title === '' && /^'He could get offended'/u.test(line)) title = line.trim();
    }
    offset += line.length + 1;
  }
  const blocks = textBlocks(doc.body);
  const fileOffset = (block: TextBlock, local: number): number => {
    const piece = block.pieces.find((candidate) => local >= candidate.start && local < candidate.start + candidate.nodeOffsets.length);
    if (piece === undefined) throw new Error(`offset ${local} is outside block "${block.text.slice(0, 30)}"`);
    return (lineStarts.get(block.element) as number) + (piece.nodeOffsets[local - piece.start] as number);
  };
  return { blocks, fileOffset, title };
}

describe.skipIf(!hasSeed)('the seed page from the text file', () => {
  const text = hasSeed ? readFileSync(seedText, 'utf8') : '';
  const key: AnswerKey = hasSeed ? JSON.parse(readFileSync(seedKey, 'utf8')) : { quotes: [], apostrophesNotQuotes: [] };
  const { blocks, fileOffset, title } = seedDocument(text);
  const found = findQuotes(blocks, { title, lang: null });
  const located = found.map((quote) => {
    const block = blocks.find((candidate) => quote.start >= candidate.start && quote.start < candidate.start + candidate.text.length);
    if (block === undefined) return { ...quote, fileStart: -1, fileEnd: -1 };
    return { ...quote, fileStart: fileOffset(block, quote.start - block.start), fileEnd: fileOffset(block, quote.end - 1 - block.start) + 1 };
  });

  it('finds 12 of 12 spans exactly, and nothing else', () => {
    const spans = located.map((quote) => [quote.fileStart, quote.fileEnd]);
    expect(spans).toEqual(key.quotes.map((gold) => [gold.start, gold.end]));
    for (const gold of key.quotes) expect(text.slice(gold.start, gold.end)).toBe(gold.text);
  });

  it('gets every kind right', () => {
    for (const gold of key.quotes) {
      const quote = located.find((candidate) => candidate.fileStart === gold.start);
      expect({ text: gold.text, kind: quote?.kind }).toEqual({ text: gold.text, kind: gold.kind });
    }
  });

  it('names 11 of 11 speakers as fully named in the article', () => {
    const attributed = key.quotes.filter((gold) => gold.speaker !== null);
    expect(attributed).toHaveLength(11);
    for (const gold of key.quotes) {
      const quote = located.find((candidate) => candidate.fileStart === gold.start);
      expect({ text: gold.text, speaker: quote?.speaker }).toEqual({ text: gold.text, speaker: gold.speaker });
    }
  });

  it('takes no apostrophe for a quotation mark', () => {
    const markOffsets = new Set(located.flatMap((quote) => [quote.fileStart, quote.fileEnd - 1]));
    for (const quote of found) for (const child of quote.children) markOffsets.add(child.start);
    for (const apostrophe of key.apostrophesNotQuotes) {
      expect(text[apostrophe.offset]).toBe(apostrophe.char);
      expect(markOffsets.has(apostrophe.offset)).toBe(false);
    }
  });
});

const fixture = path.join(repoRoot, 'test/fixtures/news-example/source.html');

describe.skipIf(!hasSeed || !existsSync(fixture))('the seed page through the real pipeline', () => {
  const key: AnswerKey = hasSeed ? JSON.parse(readFileSync(seedKey, 'utf8')) : { quotes: [], apostrophesNotQuotes: [] };
  const html = existsSync(fixture) ? readFileSync(fixture, 'utf8') : '';

  it('finds the 11 body quotations and the headline quotation, with kinds and speakers', () => {
    const result = extractArticle(new JSDOM(html, { url: 'https://www.business-standard.com/world-news/putin-trump-call' }).window.document);
    expect(result.status).toBe('article');
    if (result.status !== 'article') return;
    const processed = processArticle(result.article, createSanitizer(new JSDOM('').window as unknown as Window));
    const strip = (text: string): string => text.replace(/^['"\u2018\u2019\u201c\u201d]|['"\u2018\u2019\u201c\u201d]$/gu, '');
    const byText = (text: string) => processed.quotes.filter((quote) => quote.text === strip(text));
    for (const gold of key.quotes) {
      const matches = byText(gold.text);
      expect({ text: gold.text, count: matches.length }).toEqual({ text: gold.text, count: 1 });
      expect({ text: gold.text, kind: matches[0]?.kind, speaker: matches[0]?.speaker })
        .toEqual({ text: gold.text, kind: gold.kind, speaker: gold.speaker });
    }
    expect(processed.quotes).toHaveLength(key.quotes.length);
    const headline = processed.quotes.find((quote) => quote.text === 'He could get offended');
    expect(headline?.start).toBe(-1);
    // Highlights are <mark> elements with the speaker on them.
    const marks = processed.body.querySelectorAll('mark[data-quote]');
    expect(marks.length).toBeGreaterThanOrEqual(10);
    const pasechnik = [...marks].find((mark) => mark.textContent?.startsWith('\u201cJust a couple'));
    expect(pasechnik?.getAttribute('data-speaker')).toBe('Leonid Pasechnik');
    expect(pasechnik?.getAttribute('title')).toBe('Leonid Pasechnik');
    expect(pasechnik?.getAttribute('data-kind')).toBe('speech');
  });
});
