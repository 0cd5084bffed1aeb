/**
 * `<blockquote>` as a quotation block (S16): a pull quote, a long excerpt or an embedded post, whose
 * speaker is in its `<cite>`, footer, figure caption or a closing "— Name" line. A pull quote that
 * repeats the body's words is not counted twice.
 */
import { treeHolds, type TextBlock } from '../text-blocks.js';
import { normalWords } from './headline-quote.js';

export interface QuoteBlock {
  /** Indices of the blocks holding the quoted words. */
  content: number[];
  /** The speaker as written on the attribution line, or null. */
  source: string | null;
}

const DASH_LINE = /^[\u2014\u2015\u2013-]{1,2}\s*(.+)$/u;
const ATTRIBUTION_ELEMENTS = 'cite, footer, figcaption';

/** Groups the blocks inside each `<blockquote>`: content blocks and the attribution line. */
export function quoteBlocks(blocks: readonly TextBlock[]): QuoteBlock[] {
  if (!treeHolds(blocks, 'blockquote')) return [];
  const groups = new Map<Element, QuoteBlock>();
  blocks.forEach((block, index) => {
    const quote = block.element.closest('blockquote');
    if (quote === null) return;
    const group = groups.get(quote) ?? { content: [], source: null };
    groups.set(quote, group);
    const inAttribution = block.element.closest(ATTRIBUTION_ELEMENTS);
    const dash = DASH_LINE.exec(block.text);
    if ((inAttribution !== null && quote.contains(inAttribution)) || dash !== null) {
      group.source ??= sourceName(dash ? (dash[1] as string) : block.text);
    } else {
      group.content.push(index);
    }
  });
  // A figure's caption names the speaker of the blockquote it holds.
  for (const [quote, group] of groups) {
    if (group.source !== null) continue;
    const caption = quote.parentElement?.tagName === 'FIGURE' ? quote.parentElement.querySelector('figcaption') : null;
    const text = caption?.textContent?.trim();
    if (text) group.source = sourceName(text.replace(/^[\u2014\u2015\u2013-]{1,2}\s*/u, ''));
  }
  return [...groups.values()].filter((group) => group.content.length > 0);
}

/** "Jane Doe (@jdoe) June 5, 2025" -> "Jane Doe"; "Jane Doe, minister of health" -> "Jane Doe". */
function sourceName(line: string): string | null {
  const name = line.split(/\s*[(,@|]|\s+on\s+|\s+\d/u)[0]?.trim() ?? '';
  return name.length > 0 && name.length <= 80 ? name : null;
}

/** Three-word shingles of a text, for the fuzzy "does the body already say this" test. */
export function shingles(text: string): Set<string> {
  const words = normalWords(text);
  const set = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i += 1) set.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  if (words.length > 0 && words.length < 3) set.add(words.join(' '));
  return set;
}

/** Whether most of `text`'s shingles are already in the body: a pull quote that repeats it. */
export function repeatsBody(text: string, body: ReadonlySet<string>): boolean {
  const own = shingles(text);
  if (own.size === 0) return false;
  let found = 0;
  for (const shingle of own) if (body.has(shingle)) found += 1;
  return found / own.size >= 0.7;
}
