import { sliceBlock, textBlocks } from '../../core/text-blocks.js';
import { splitSentences } from './split-sentences.js';

/** One utterance: the words to say and where they are on screen, to highlight while they are read. */
export interface SpeechItem {
  text: string;
  /** The text-node ranges the words come from. */
  ranges: Range[];
  /** The elements to mark where the Custom Highlight API is missing: a sentence's block, a quote's marks. */
  elements: Element[];
}

/** Added for screen readers only (quote-speakers.ts): never spoken twice, never highlighted. */
export const NOT_SPOKEN = '[data-ql-not-spoken]';

function range(doc: Document, node: Text, start: number, end: number): Range {
  const result = doc.createRange();
  result.setStart(node, start);
  result.setEnd(node, end);
  return result;
}

/** The article body, sentence by sentence, in reading order. */
export function sentenceScript(body: Element, lang: string | null): SpeechItem[] {
  const doc = body.ownerDocument;
  const items: SpeechItem[] = [];
  for (const block of textBlocks(body)) {
    for (const sentence of splitSentences(block.text, lang)) {
      const slices = sliceBlock(block, sentence.start, sentence.end).filter((slice) => !slice.node.parentElement?.closest(NOT_SPOKEN));
      const text = slices.map((slice) => slice.node.data.slice(slice.start, slice.end)).join('').replace(/\s+/g, ' ').trim();
      // A "sentence" of only punctuation or an image caption's dash has nothing to say.
      if (!/[\p{L}\p{N}]/u.test(text)) continue;
      items.push({ text, ranges: slices.map((slice) => range(doc, slice.node, slice.start, slice.end)), elements: [block.element] });
    }
  }
  return items;
}

/**
 * The highlighted quotations only, one item per quotation: the engine marks a quotation that crosses
 * elements with several `mark`s sharing one `data-quote`, read together in order of appearance.
 */
export function quotationScript(body: Element): SpeechItem[] {
  const doc = body.ownerDocument;
  const groups = new Map<string, HTMLElement[]>();
  for (const mark of body.querySelectorAll<HTMLElement>('mark[data-quote]')) {
    const id = mark.dataset['quote'] as string;
    const group = groups.get(id);
    if (group) group.push(mark);
    else groups.set(id, [mark]);
  }
  const items: SpeechItem[] = [];
  for (const marks of groups.values()) {
    const text = marks.map((mark) => mark.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    const ranges = marks.map((mark) => {
      const whole = doc.createRange();
      whole.selectNodeContents(mark);
      return whole;
    });
    items.push({ text, ranges, elements: marks });
  }
  return items;
}
