import { sentenceEndOffsets } from '../../core/text-measure.js';

/** A sentence of a text: its offsets (end exclusive) and its words, trimmed of surrounding space. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** The part of Intl.Segmenter this module needs, so tests can pass `null` to force the fallback. */
export type SegmenterConstructor = new (locale: string | undefined, options: { granularity: 'sentence' }) => {
  segment(text: string): Iterable<{ segment: string; index: number }>;
};

const BUILTIN: SegmenterConstructor | null =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? (Intl.Segmenter as unknown as SegmenterConstructor) : null;


function trimmed(text: string, start: number, end: number): Sentence | null {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] as string)) from += 1;
  while (to > from && /\s/.test(text[to - 1] as string)) to -= 1;
  return from < to ? { start: from, end: to, text: text.slice(from, to) } : null;
}

function segmenterFor(Segmenter: SegmenterConstructor, lang: string | null | undefined): InstanceType<SegmenterConstructor> | null {
  // A page's lang attribute can be anything ("en_US", "english"): an invalid tag throws RangeError.
  try {
    return new Segmenter(lang ?? undefined, { granularity: 'sentence' });
  } catch {
    try {
      return new Segmenter(undefined, { granularity: 'sentence' });
    } catch {
      return null;
    }
  }
}

/** Splits `text` into sentences, with Intl.Segmenter in the article's language where it exists. */
export function splitSentences(
  text: string, lang?: string | null, Segmenter: SegmenterConstructor | null = BUILTIN,
): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number): void => {
    const sentence = trimmed(text, start, end);
    if (sentence) sentences.push(sentence);
  };
  const segmenter = Segmenter ? segmenterFor(Segmenter, lang) : null;
  if (segmenter) {
    for (const { segment, index } of segmenter.segment(text)) push(index, index + segment.length);
    return sentences;
  }
  // Without Intl.Segmenter: at every sentence end core/text-measure.ts knows. Abbreviations split too;
  // acceptable for speech, where a split only adds a short pause.
  let start = 0;
  for (const end of sentenceEndOffsets(text)) {
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return sentences;
}
