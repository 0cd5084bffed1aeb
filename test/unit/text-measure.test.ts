import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readsAsProse } from '../../src/core/clean/block-measure.js';
import { endsOnStop, hasSentenceEnd, sentenceEndOffsets, wordCount } from '../../src/core/text-measure.js';
import { judgeArticle } from '../../src/extract/judge-article.js';
import { splitSentences } from '../../src/ui/features/split-sentences.js';

// Our own sentences, in the manner of a local news story.
const HINDI = 'नगर निगम ने सोमवार को बताया कि पुराने पुल की मरम्मत अगले महीने शुरू होगी। अधिकारियों के अनुसार काम तीन हफ्ते चलेगा और इस दौरान '
  + 'बसें दूसरे रास्ते से जाएँगी। स्थानीय दुकानदारों ने कहा कि वे इस फैसले से खुश हैं।';
const ARABIC = 'هل تبدأ أعمال إصلاح الجسر القديم الشهر المقبل؟ أعلنت البلدية يوم الاثنين أن الأعمال ستستمر ثلاثة أسابيع، وقال المسؤولون إن الحافلات '
  + 'ستسلك طريقاً آخر خلال هذه الفترة، فهل يكفي ذلك لتخفيف الزحام في وسط المدينة؟ ورحب أصحاب المتاجر بالقرار'

const paragraph = (text: string): Element => {
  const { document } = new JSDOM('').window;
  const p = document.createElement('p');
  p.textContent = text;
  return p;
};

describe('one text measure for every module (core/text-measure.ts)', () => {
  it('reads a Hindi paragraph ending in "।" as prose, in the cleaner as in the article judge', () => {
    expect(readsAsProse(paragraph(HINDI))).toBe(true);
    expect(judgeArticle(paragraph(`${HINDI} ${HINDI}`)).accept).toBe(true);
  });

  it('reads an Arabic paragraph with "؟" as prose', () => {
    expect(readsAsProse(paragraph(ARABIC))).toBe(true);
  });

  it('splits Hindi and Arabic sentences at their own stops without Intl.Segmenter', () => {
    const hindi = splitSentences(HINDI, 'hi', null);
    expect(hindi).toHaveLength(3);
    expect(hindi.every((sentence) => sentence.text.endsWith('।'))).toBe(true);
    expect(splitSentences(ARABIC, 'ar', null).map((sentence) => sentence.text.at(-1))).toEqual(['؟', '؟', 'ر']);
    expect(splitSentences('東京は晴れ。大阪は雨。', 'ja', null).map((s) => s.text)).toEqual(['東京は晴れ。', '大阪は雨。']);
  });

  it('knows where a text ends a sentence, closing marks included', () => {
    expect(hasSentenceEnd('He said so. Then left')).toBe(true);
    expect(hasSentenceEnd('v1.2 release notes')).toBe(false);
    expect(endsOnStop('बसें दूसरे रास्ते से जाएँगी।')).toBe(true);
    expect(endsOnStop('“We will not build it.”')).toBe(true);
    expect(endsOnStop('By Morgan Reed')).toBe(false);
    expect(sentenceEndOffsets('One. Two! Three')).toEqual([4, 9]);
  });

  it('knows the closing quotation marks of German, Polish and Czech („…“, „…”, ‚…‘, »…«) after a stop', () => {
    expect(hasSentenceEnd('– „Dann sag es nicht.“')).toBe(true);
    expect(endsOnStop('Er sagte: „Wir bauen sie nicht.“')).toBe(true);
    expect(endsOnStop('Sie sagte: »Das reicht.«')).toBe(true);
    expect(endsOnStop('Er rief: ‚Halt!‘')).toBe(true);
    expect(sentenceEndOffsets('„Eins.“ Zwei. Drei')).toEqual([7, 13]);
  });

  it('counts words in spaced scripts and characters in unspaced ones', () => {
    expect(wordCount('The mayor said — “no” • 42 times.')).toBe(6);
    expect(wordCount(HINDI)).toBeGreaterThan(30);
    expect(wordCount('東京都は今日')).toBe(3);
  });
});
