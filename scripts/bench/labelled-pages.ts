/**
 * Real article pages in Spanish, French, Italian, Portuguese and Polish, labelled by hand
 * (test/quotes/real-pages/<lang>/<name>.json): every span in quotation marks of the article as the
 * command line extracts it, with its kind and, for a quotation, the speaker the article names. The
 * pages themselves belong to their sites and stay outside the repository: each label file names its
 * page's origin (a public repository, a path in it and a commit), and the page is looked up under a
 * folder that mirrors those repositories, DIR/<owner>/<name>/<path> (a `.gz` page may also sit there
 * unpacked, without the `.gz`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodePage } from '../../src/cli/decode-page.js';
import type { Sanitizer } from '../../src/core/sanitize.js';
import { runPages, type DevSetResult } from './dev-quotes.js';
import {
  addQuoteCounts, emptyQuoteCounts, quoteMetrics, scoreDocument, type GoldQuote, type QuoteCounts, type QuoteMetrics,
} from './quote-metric.js';

export const LABEL_KINDS = ['quotation', 'title', 'term', 'scare', 'word', 'other'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

export interface PageLabel {
  /** The words between the marks, as the extracted text has them. */
  text: string;
  kind: LabelKind;
  /** For a quotation: the speaker as the article names them; null when the article names nobody. */
  speaker: string | null;
}

export interface PageOrigin {
  /** owner/name of the public repository the page comes from. */
  repository: string;
  path: string;
  commit: string;
  url: string | null;
}

export interface LabellerPass {
  pass: number;
  date: string;
  /** Labels this pass gave differently from the other pass (kind, speaker or span), before reconciling. */
  disagreements?: number;
}

export interface LabelledPage {
  /** <lang>/<name>, the label file's place under the labels folder. */
  id: string;
  lang: string;
  origin: PageOrigin;
  passes: LabellerPass[];
  labels: PageLabel[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads one label file, or throws a message that names the file and what is wrong in it. */
export function parseLabelFile(id: string, source: string): LabelledPage {
  const fail = (what: string): never => {
    throw new Error(`${id}: ${what}`);
  };
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return fail(`not JSON (${(error as Error).message})`);
  }
  if (!isObject(data)) return fail('not a JSON object');
  const { lang, origin, passes, labels } = data;
  if (typeof lang !== 'string' || lang === '') fail('no "lang"');
  if (!isObject(origin) || typeof origin.repository !== 'string' || !/^[\w.-]+\/[\w.-]+$/u.test(origin.repository)
    || typeof origin.path !== 'string' || origin.path === '' || typeof origin.commit !== 'string' || !/^[0-9a-f]{40}$/u.test(origin.commit)) {
    fail('"origin" needs "repository" (owner/name), "path" and "commit" (40 hex digits)');
  }
  if (!Array.isArray(passes) || passes.length < 2) fail('"passes" must record both labelling passes');
  if (!Array.isArray(labels)) return fail('no "labels" list');
  const checked = labels.map((label: unknown, at): PageLabel => {
    if (!isObject(label) || typeof label.text !== 'string' || label.text === '') return fail(`label ${at} has no "text"`);
    if (!LABEL_KINDS.includes(label.kind as LabelKind)) return fail(`label ${at} ("${label.text}") has kind ${JSON.stringify(label.kind)}; one of ${LABEL_KINDS.join(', ')}`);
    const speaker = label.speaker ?? null;
    if (speaker !== null && typeof speaker !== 'string') return fail(`label ${at} ("${label.text}") has a speaker that is not a string`);
    if (speaker !== null && label.kind !== 'quotation') return fail(`label ${at} ("${label.text}") is a ${label.kind as string} with a speaker`);
    return { text: label.text, kind: label.kind as LabelKind, speaker };
  });
  const o = origin as Record<string, unknown>;
  return {
    id,
    lang: lang as string,
    origin: { repository: o.repository as string, path: o.path as string, commit: o.commit as string, url: typeof o.url === 'string' ? o.url : null },
    passes: passes as LabellerPass[],
    labels: checked,
  };
}

/** Every label file under DIR/<lang>/*.json, in a stable order. */
export function readLabelledPages(dir: string): LabelledPage[] {
  const pages: LabelledPage[] = [];
  for (const lang of readdirSync(dir).sort()) {
    const folder = path.join(dir, lang);
    if (!statSync(folder).isDirectory()) continue;
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')).sort()) {
      pages.push(parseLabelFile(`${lang}/${file.replace(/\.json$/u, '')}`, readFileSync(path.join(folder, file), 'utf8')));
    }
  }
  return pages;
}

/** Where a page's origin lies under the pages folder: DIR/<owner>/<name>/<path>, or unpacked without `.gz`; null when absent. */
export function findPage(pagesDir: string, origin: PageOrigin): string | null {
  const at = path.join(pagesDir, ...origin.repository.split('/'), ...origin.path.split('/'));
  const candidates = origin.path.endsWith('.gz') ? [at, at.slice(0, -3)] : [at];
  return candidates.find((file) => existsSync(file)) ?? null;
}

/** A saved page's text as the command line reads it (gunzipped first when the file is `.gz`). */
export function readPage(file: string): string {
  const bytes = readFileSync(file);
  return decodePage(file.endsWith('.gz') ? gunzipSync(bytes) : bytes);
}

/** The gold quotes: the labelled quotations, with the labelled name as their speaker. */
export const goldQuotes = (page: LabelledPage): GoldQuote[] => page.labels
  .filter((label) => label.kind === 'quotation')
  .map((label) => ({ text: label.text, speakers: label.speaker === null ? [] : [label.speaker] }));

export interface LanguageResult {
  lang: string;
  result: DevSetResult;
  /** The naive reader: every span in marks highlighted, no speaker. */
  baseline: QuoteMetrics;
  labelled: { spans: number; quotations: number };
  missing: string[];
}

/** Scores the pipeline per language on every labelled page found under pagesDir; pages not found are listed. */
export function runLabelledPages(pages: readonly LabelledPage[], pagesDir: string, sanitize: Sanitizer): LanguageResult[] {
  const langs = [...new Set(pages.map((page) => page.lang))].sort();
  return langs.map((lang) => {
    const mine = pages.filter((page) => page.lang === lang);
    const found = mine.map((page) => ({ page, file: findPage(pagesDir, page.origin) }));
    const present = found.filter((entry): entry is { page: LabelledPage; file: string } => entry.file !== null);
    const result = runPages(present.map(({ page, file }) => ({
      id: page.id, lang, gold: goldQuotes(page), get html() { return readPage(file); },
    })), sanitize);
    const baseline: QuoteCounts = emptyQuoteCounts();
    for (const { page } of present) {
      const everySpan = page.labels.map((label) => ({ text: label.text, speaker: null }));
      addQuoteCounts(baseline, scoreDocument(goldQuotes(page), everySpan, lang).counts);
    }
    return {
      lang,
      result,
      baseline: quoteMetrics(baseline),
      labelled: {
        spans: present.reduce((sum, { page }) => sum + page.labels.length, 0),
        quotations: present.reduce((sum, { page }) => sum + goldQuotes(page).length, 0),
      },
      missing: found.filter((entry) => entry.file === null).map(({ page }) => `${page.id} (${page.origin.repository}/${page.origin.path})`),
    };
  });
}
