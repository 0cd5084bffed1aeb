import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/ui/features/split-sentences.js';

const texts = (text: string, lang?: string | null, fallback = false): string[] =>
  splitSentences(text, lang, fallback ? null : undefined).map((sentence) => sentence.text);

describe('splitSentences', () => {
  for (const fallback of [false, true]) {
    const how = fallback ? 'without Intl.Segmenter' : 'with Intl.Segmenter';
    it(`splits at full stops, question and exclamation marks (${how})`, () => {
      expect(texts('The river rose. Was anyone hurt? Nobody! The town slept.', 'en', fallback)).toEqual([
        'The river rose.', 'Was anyone hurt?', 'Nobody!', 'The town slept.',
      ]);
    });

    it(`keeps a closing quotation mark with its sentence (${how})`, () => {
      expect(texts('“We will rebuild.” The mayor left. She said: "Soon."', 'en', fallback)).toEqual([
        '“We will rebuild.”', 'The mayor left.', 'She said: "Soon."',
      ]);
    });

    it(`gives offsets that point at the sentence in the text (${how})`, () => {
      const text = '  First one.   Second one.  ';
      for (const sentence of splitSentences(text, 'en', fallback ? null : undefined)) {
        expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      }
    });

    it(`returns nothing for blank text and one sentence for text without a stop (${how})`, () => {
      expect(texts('   \n ', 'en', fallback)).toEqual([]);
      expect(texts('A caption without a full stop', 'en', fallback)).toEqual(['A caption without a full stop']);
    });

    it(`splits Hindi at the danda and Russian at its stops (${how})`, () => {
      expect(texts('नदी का पानी बढ़ा। लोग घर लौटे।', 'hi', fallback)).toEqual(['नदी का पानी बढ़ा।', 'लोग घर लौटे।']);
      expect(texts('Река поднялась. Жители ушли?', 'ru', fallback)).toEqual(['Река поднялась.', 'Жители ушли?']);
    });
  }

  it('does not split a decimal number', () => {
    expect(texts('Prices rose 2.5 percent. Then fell.', 'en')).toEqual(['Prices rose 2.5 percent.', 'Then fell.']);
  });

  it('accepts a page language that is no valid language tag', () => {
    expect(texts('One. Two.', 'english_UK!!')).toEqual(['One.', 'Two.']);
    expect(texts('One. Two.', null)).toEqual(['One.', 'Two.']);
  });
});
