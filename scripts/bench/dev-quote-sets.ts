/**
 * Readers for the real annotated news the quote engine is developed against (../shared/docs/dev-data.md):
 * PolNeAR's train split (brat standoff attributions over US political news) and the German Wikinews
 * quotation set's train and dev splits. Each document becomes a headline, its paragraphs and its gold
 * quotes, read exactly as dev-data.md defines them. The data stays outside the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GoldQuote } from './quote-metric.js';

export interface DevDocument {
  id: string;
  lang: string;
  title: string;
  paragraphs: string[];
  gold: GoldQuote[];
}

interface Span {
  start: number;
  /** Exclusive, marks included. */
  end: number;
}

const OPEN_DOUBLE = '\u201c';
const CLOSE_DOUBLE = '\u201d';
const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/u.test(ch);

/**
 * Quotation spans of a text: double marks (curly or straight), and single marks outside them
 * (headline style); an apostrophe, an elision or an inch mark is not a mark. A quotation left open at
 * a paragraph's end runs on when the next paragraph reopens it with the same mark (S8); otherwise it
 * is dropped. Single quotes never cross a paragraph.
 */
export function quotationSpans(text: string, paragraphs: readonly Span[]): Span[] {
  const spans: Span[] = [];
  let double: { at: number; mark: string } | null = null;
  paragraphs.forEach((paragraph) => {
    let single: number | null = null;
    let i = paragraph.start;
    if (double !== null) {
      const reopen = text[i];
      if (reopen === OPEN_DOUBLE || reopen === '"') i += 1;
      else double = null;
    }
    for (; i < paragraph.end; i += 1) {
      const ch = text[i] as string;
      const before = i > paragraph.start ? text[i - 1] : undefined;
      const after = i + 1 < paragraph.end ? text[i + 1] : undefined;
      if (ch === OPEN_DOUBLE) {
        if (double === null) double = { at: i, mark: ch };
      } else if (ch === CLOSE_DOUBLE) {
        if (double !== null) spans.push({ start: double.at, end: i + 1 });
        double = null;
      } else if (ch === '"') {
        if (double !== null && !isSpace(before)) {
          spans.push({ start: double.at, end: i + 1 });
          double = null;
        } else if (double === null && !isSpace(after) && !/\d/u.test(before ?? '')) {
          double = { at: i, mark: ch };
        }
      } else if (double === null && (ch === '\u2018' || ch === '\'') && !isLetter(before) && isLetter(after)
        && !/^'(?:\d\ds|em|n|tis|til|cause)\b/iu.test(`'${text.slice(i + 1, i + 6)}`)) {
        single = i;
      } else if (double === null && single !== null && (ch === '\u2019' || ch === '\'') && !isSpace(before) && !isLetter(after)) {
        spans.push({ start: single, end: i + 1 });
        single = null;
      }
    }
  });
  return spans;
}

/** Paragraph ranges: blank-line separated, or line separated when the text has no blank lines. */
function paragraphRanges(text: string): Span[] {
  const separator = /\n\s*\n/u.test(text) ? /\n\s*\n/gu : /\n/gu;
  const ranges: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(separator)) {
    ranges.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  ranges.push({ start, end: text.length });
  return ranges.filter((range) => text.slice(range.start, range.end).trim() !== '');
}

interface BratSpan {
  type: string;
  fragments: Span[];
  text: string;
}

interface Relation {
  source: BratSpan | null;
  cue: BratSpan | null;
  contents: BratSpan[];
}

const CUE_LIKE = /^(?:said|says|say|told|tells|added|asked|wrote|according|stated|noted|explained|argued)$/iu;

function readBrat(ann: string): Relation[] {
  const spans = new Map<string, BratSpan>();
  const relations: Relation[] = [];
  for (const line of ann.split('\n')) {
    const [id, head, text] = line.split('\t');
    if (id === undefined || head === undefined) continue;
    if (id.startsWith('T')) {
      const [type, ...rest] = head.split(' ');
      const fragments = rest.join(' ').split(';').map((pair) => {
        const [a, b] = pair.split(' ').map(Number);
        return { start: a as number, end: b as number };
      });
      spans.set(id, { type: type as string, fragments, text: text ?? '' });
    } else if (id.startsWith('E')) {
      const relation: Relation = { source: null, cue: null, contents: [] };
      const [kind, ...args] = head.split(' ');
      if (!kind?.startsWith('Attribution')) continue;
      for (const arg of args) {
        const [role, ref] = arg.split(':');
        const span = spans.get(ref ?? '');
        if (span === undefined) continue;
        if (role === 'Source') relation.source = span;
        else if (role === 'Cue') relation.cue = span;
        else if (role?.startsWith('Content')) relation.contents.push(span);
      }
      // A handful of relations have Source and Cue swapped ("said" as the source, a name as the cue).
      if (relation.source && relation.cue && CUE_LIKE.test(relation.source.text.trim()) && /^\p{Lu}/u.test(relation.cue.text)) {
        [relation.source, relation.cue] = [relation.cue, relation.source];
      }
      if (relation.contents.length > 0) relations.push(relation);
    }
  }
  return relations;
}

function covered(fragments: readonly Span[], from: number, to: number): number {
  let total = 0;
  for (const fragment of fragments) total += Math.max(0, Math.min(to, fragment.end) - Math.max(from, fragment.start));
  return total;
}

/** PolNeAR's train split: data/train/text/NAME.txt with data/train/attributions/NAME_*.ann. */
export function readPolnear(dir: string): DevDocument[] {
  const base = existsSync(path.join(dir, 'data', 'train')) ? path.join(dir, 'data', 'train') : dir;
  const textDir = path.join(base, 'text');
  const annDir = path.join(base, 'attributions');
  const annotations = readdirSync(annDir).filter((name) => name.endsWith('.ann')).sort();
  const documents: DevDocument[] = [];
  for (const file of readdirSync(textDir).filter((name) => name.endsWith('.txt')).sort()) {
    const name = file.replace(/\.txt$/u, '');
    const ann = annotations.find((candidate) => candidate.startsWith(`${name}_`));
    if (ann === undefined) continue;
    const text = readFileSync(path.join(textDir, file), 'utf8');
    const relations = readBrat(readFileSync(path.join(annDir, ann), 'utf8'));
    const ranges = paragraphRanges(text);
    const gold: GoldQuote[] = [];
    for (const span of quotationSpans(text, ranges)) {
      const inner = span.end - span.start - 2;
      if (inner <= 0) continue;
      let best: Relation | null = null;
      let bestSize = Infinity;
      for (const relation of relations) {
        const fragments = relation.contents.flatMap((content) => content.fragments);
        if (covered(fragments, span.start + 1, span.end - 1) * 2 < inner) continue;
        const size = fragments.reduce((sum, fragment) => sum + fragment.end - fragment.start, 0);
        if (size < bestSize) {
          best = relation;
          bestSize = size;
        }
      }
      if (best === null) continue;
      gold.push({ text: text.slice(span.start, span.end), speakers: best.source ? [best.source.text] : [] });
    }
    const [first, ...rest] = ranges.map((range) => text.slice(range.start, range.end).replace(/\s+/gu, ' ').trim());
    // The first line is the headline; its quotations are scored like the body's (the engine reports them at -1).
    documents.push({ id: name, lang: 'en', title: first ?? '', paragraphs: rest, gold });
  }
  return documents;
}

interface GermanAnnotation {
  type: string;
  quote: { text: string; spans: Array<{ charBegin: number; charEnd: number }> };
  speaker: { text: string } | null;
}

const GERMAN_QUOTE = /^\s*(?:\u201e[\s\S]*[\u201c\u201d]|\u00bb[\s\S]*\u00ab)\s*$/u;

/** The German Wikinews set's train and dev splits: data/{train,dev}/*.pretty.json. */
export function readGerman(dir: string): DevDocument[] {
  const base = existsSync(path.join(dir, 'data')) ? path.join(dir, 'data') : dir;
  const documents: DevDocument[] = [];
  for (const split of ['train', 'dev']) {
    const folder = path.join(base, split);
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')).sort()) {
      const data = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as {
        originalText: string; documentName: string; annotations: GermanAnnotation[];
      };
      const text = data.originalText;
      const bySpan = new Map<string, GoldQuote>();
      for (const annotation of data.annotations) {
        if (annotation.type !== 'Direct' || annotation.quote.spans.length === 0) continue;
        const begin = Math.min(...annotation.quote.spans.map((span) => span.charBegin));
        const end = Math.max(...annotation.quote.spans.map((span) => span.charEnd));
        const quoted = text.slice(begin, end);
        if (!GERMAN_QUOTE.test(quoted)) continue;
        const key = `${begin}:${end}`;
        const gold = bySpan.get(key) ?? { text: quoted, speakers: [] };
        const speaker = annotation.speaker?.text.trim();
        if (speaker) gold.speakers.push(speaker);
        bySpan.set(key, gold);
      }
      const title = data.documentName.replace(/^\d+\s*-\s*/u, '').replace(/\s*\(\d{4}-\d\d-\d\d\)\s*$/u, '');
      const paragraphs = paragraphRanges(text).map((range) => text.slice(range.start, range.end).replace(/\s+/gu, ' ').trim());
      documents.push({ id: `${split}/${file}`, lang: 'de', title, paragraphs, gold: [...bySpan.values()] });
    }
  }
  return documents;
}

const escapeHtml = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** A saved page for one document, as the command line reads it: the headline, then one <p> a paragraph. */
export function documentPage(doc: DevDocument): string {
  const title = escapeHtml(doc.title);
  return `<!DOCTYPE html><html lang="${doc.lang}"><head><meta charset="utf-8"><title>${title}</title></head>`
    + `<body><article><h1>${title}</h1>${doc.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article></body></html>`;
}
