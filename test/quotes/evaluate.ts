/**
 * Scores the quote engine on the labelled set (test/quotes/labelled/<lang>.json) the way
 * quotes-spec.md measures it: span precision/recall/F1 (exact, and by 80% overlap of the gold span),
 * highlight precision, and speakers right / wrong / abstained on matched speech and partial quotes.
 * Shared by test/unit/quotes-labelled.test.ts and scripts/bench-quotes.mjs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import type { QuoteKind } from '../../src/core/article.js';
import { findQuotes, type FoundQuote } from '../../src/core/quotes/find-quotes.js';
import { blocksToText, textBlocks } from '../../src/core/text-blocks.js';

export interface LabelledQuote {
  /** The quotation as it stands in the text, marks included (a <q> or <blockquote> has none). */
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  /** In the headline (`title`), not in the body. */
  headline?: boolean;
}

export interface LabelledItem {
  id: string;
  /** The spec rows (S1…S21, A1…A14) the item exercises. */
  covers: string[];
  lang: string;
  title?: string;
  /** Paragraphs separated by a blank line; or `html` for the body. */
  text?: string;
  html?: string;
  quotes: LabelledQuote[];
}

export interface Counts {
  gold: number;
  found: number;
  exactMatched: number;
  overlapFoundMatched: number;
  overlapGoldMatched: number;
  exactFoundMatched: number;
  highlighted: number;
  highlightedRight: number;
  kindRight: number;
  kindTotal: number;
  speakerRight: number;
  speakerWrong: number;
  speakerAbstained: number;
  chars: number;
  ms: number;
}

export interface ItemResult {
  item: LabelledItem;
  found: FoundQuote[];
  counts: Counts;
  /** Human-readable differences, for failure messages. */
  problems: string[];
}

const HIGHLIGHT = new Set<QuoteKind>(['speech', 'partial']);
const MARKS = /^[\s"'\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\u2033\uff02]+|[\s"'\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\u2033\uff02]+$/gu;

export const emptyCounts = (): Counts => ({
  gold: 0, found: 0, exactMatched: 0, overlapFoundMatched: 0, overlapGoldMatched: 0, exactFoundMatched: 0, highlighted: 0,
  highlightedRight: 0, kindRight: 0, kindTotal: 0, speakerRight: 0, speakerWrong: 0, speakerAbstained: 0, chars: 0, ms: 0,
});

export function addCounts(into: Counts, from: Counts): Counts {
  for (const key of Object.keys(into) as Array<keyof Counts>) into[key] += from[key];
  return into;
}

/** Every labelled file, by language (the file name). */
export function loadLabelled(dir: string): Map<string, LabelledItem[]> {
  const sets = new Map<string, LabelledItem[]>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    sets.set(file.replace(/\.json$/u, ''), JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as LabelledItem[]);
  }
  return sets;
}

function itemDocument(item: LabelledItem): Document {
  const doc = new JSDOM(`<!DOCTYPE html><html lang="${item.lang}"><body></body></html>`).window.document;
  if (item.html !== undefined) {
    doc.body.innerHTML = item.html;
  } else {
    for (const paragraph of (item.text ?? '').split(/\n\n/u)) {
      const p = doc.createElement('p');
      p.textContent = paragraph;
      doc.body.appendChild(p);
    }
  }
  return doc;
}

const sameSpeaker = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Runs the engine on one item and compares it with the gold quotations. */
export function runItem(item: LabelledItem, now: () => number = () => performance.now()): ItemResult {
  const doc = itemDocument(item);
  const blocks = textBlocks(doc.body);
  const text = blocksToText(blocks);
  const started = now();
  const found = findQuotes(blocks, { title: item.title ?? null, lang: item.lang });
  const ms = now() - started;
  const counts = emptyCounts();
  counts.chars = text.length;
  counts.ms = ms;
  const problems: string[] = [];

  // Locate the gold spans in the article text, in order (white space collapsed as textBlocks does).
  let cursor = 0;
  const gold = item.quotes.map((quote) => {
    if (quote.headline) return { quote, start: -1, end: -1 };
    const wanted = quote.text.replace(/\u00a0/gu, ' ');
    const start = text.indexOf(wanted, cursor);
    if (start < 0) throw new Error(`${item.id}: gold quotation not in the text: ${quote.text}`);
    cursor = start + wanted.length;
    return { quote, start, end: start + wanted.length };
  });
  counts.gold = gold.length;
  counts.found = found.length;

  const exactOf = (g: (typeof gold)[number]): FoundQuote | undefined => found.find((f) =>
    g.start < 0 ? f.start < 0 && f.text === g.quote.text.replace(MARKS, '') : f.start === g.start && f.end === g.end);
  const overlapOf = (g: (typeof gold)[number]): FoundQuote | undefined => found.find((f) => {
    if (g.start < 0) return f.start < 0 && f.text === g.quote.text.replace(MARKS, '');
    const shared = Math.min(f.end, g.end) - Math.max(f.start, g.start);
    return f.start >= 0 && shared >= 0.8 * (g.end - g.start);
  });

  for (const g of gold) {
    const exact = exactOf(g);
    const overlap = exact ?? overlapOf(g);
    if (exact) counts.exactMatched += 1;
    if (overlap) counts.overlapGoldMatched += 1;
    if (!exact) problems.push(`${item.id}: missed ${g.quote.text}${overlap ? ` (overlapping ${overlap.text})` : ''}`);
    if (!overlap) continue;
    counts.kindTotal += 1;
    if (overlap.kind === g.quote.kind) counts.kindRight += 1;
    else problems.push(`${item.id}: kind ${overlap.kind}, want ${g.quote.kind}: ${g.quote.text}`);
    if (!HIGHLIGHT.has(g.quote.kind)) continue;
    const want = g.quote.speaker;
    const got = overlap.speaker;
    if (want === null ? got === null : got !== null && sameSpeaker(got, want)) counts.speakerRight += 1;
    else if (got === null) counts.speakerAbstained += 1;
    else counts.speakerWrong += 1;
    if (!(want === null ? got === null : got !== null && sameSpeaker(got, want))) {
      problems.push(`${item.id}: speaker ${JSON.stringify(got)}, want ${JSON.stringify(want)}: ${g.quote.text}`);
    }
  }
  for (const f of found) {
    const exact = gold.find((g) => (g.start < 0 ? f.start < 0 && f.text === g.quote.text.replace(MARKS, '') : f.start === g.start && f.end === g.end));
    const overlap = exact ?? gold.find((g) => g.start >= 0 && f.start >= 0
      && Math.min(f.end, g.end) - Math.max(f.start, g.start) >= 0.8 * (g.end - g.start));
    if (exact) counts.exactFoundMatched += 1;
    if (overlap) counts.overlapFoundMatched += 1;
    if (!exact) problems.push(`${item.id}: extra ${f.kind} span: ${f.start < 0 ? '(headline) ' : ''}${f.text}`);
    if (HIGHLIGHT.has(f.kind)) {
      counts.highlighted += 1;
      if (exact && HIGHLIGHT.has(exact.quote.kind)) counts.highlightedRight += 1;
    }
  }
  return { item, found, counts, problems };
}

export interface Metrics {
  exact: { precision: number; recall: number; f1: number };
  overlap: { precision: number; recall: number; f1: number };
  highlightPrecision: number;
  kindAccuracy: number;
  speakers: { right: number; wrong: number; abstained: number; total: number };
  msPer10k: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function metrics(c: Counts): Metrics {
  const ep = ratio(c.exactFoundMatched, c.found);
  const er = ratio(c.exactMatched, c.gold);
  const op = ratio(c.overlapFoundMatched, c.found);
  const or = ratio(c.overlapGoldMatched, c.gold);
  const total = c.speakerRight + c.speakerWrong + c.speakerAbstained;
  return {
    exact: { precision: ep, recall: er, f1: f1(ep, er) },
    overlap: { precision: op, recall: or, f1: f1(op, or) },
    highlightPrecision: ratio(c.highlightedRight, c.highlighted),
    kindAccuracy: ratio(c.kindRight, c.kindTotal),
    speakers: { right: c.speakerRight, wrong: c.speakerWrong, abstained: c.speakerAbstained, total },
    msPer10k: c.chars === 0 ? 0 : (c.ms / c.chars) * 10_000,
  };
}
