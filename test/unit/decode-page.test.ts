import { describe, expect, it } from 'vitest';
import { decodePage } from '../../src/cli/decode-page.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? Array.from(Buffer.from(part, 'latin1')) : part)));

describe('decodePage', () => {
  it('reads valid UTF-8 as UTF-8, despite a stale charset declaration', () => {
    const page = '<html><head><meta charset="iso-8859-1"></head><body><p>“Quoted,” said Zelenskyy — naïve café, 日本語, العربية</p></body></html>';
    expect(decodePage(new TextEncoder().encode(page))).toBe(page);
  });

  it('reads pure ASCII unchanged', () => {
    expect(decodePage(bytes('<p>plain "ascii" text</p>'))).toBe('<p>plain "ascii" text</p>');
  });

  it('falls back to windows-1252 for invalid UTF-8 without a declaration', () => {
    // 0x93 0x94 are curly double quotes and 0xE9 is é in windows-1252; none is valid UTF-8 here.
    const page = bytes('<p>', [0x93], 'Caf', [0xe9], ' open', [0x94], ' he said ', [0x80], '5</p>');
    expect(decodePage(page)).toBe('<p>“Café open” he said €5</p>');
  });

  it('uses a declared shift_jis charset', () => {
    // 日本 in Shift_JIS.
    const page = bytes('<meta charset="shift_jis"><p>', [0x93, 0xfa, 0x96, 0x7b], '</p>');
    expect(decodePage(page)).toBe('<meta charset="shift_jis"><p>日本</p>');
  });

  it('uses a charset declared in http-equiv content', () => {
    // Привет in ISO-8859-5.
    const page = bytes('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-5"><p>', [0xbf, 0xe0, 0xd8, 0xd2, 0xd5, 0xe2], '</p>');
    expect(decodePage(page)).toContain('<p>Привет</p>');
  });

  it('uses a declared windows-1251 charset with quotes around it', () => {
    const page = bytes("<meta charset='windows-1251'><p>", [0xc4, 0xe0], '</p>');
    expect(decodePage(page)).toContain('<p>Да</p>');
  });

  it('falls back to windows-1252 for an unknown declared charset', () => {
    const page = bytes('<meta charset="x-no-such-charset"><p>', [0x93], 'hi', [0x94], '</p>');
    expect(decodePage(page)).toContain('<p>“hi”</p>');
  });

  it('keeps a UTF-8 byte order mark out of the text', () => {
    const page = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>ok</p>')]);
    expect(decodePage(page)).toBe('<p>ok</p>');
  });
});

describe('decodePage and windows-1252', () => {
  it('maps every byte 0x80–0x9F as windows-1252 does, also under a latin1 or iso-8859-1 label', () => {
    const high = Array.from({ length: 32 }, (_, i) => 0x80 + i);
    const expected = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
    expect(decodePage(bytes('<p>', high, '</p>'))).toBe(`<p>${expected}</p>`);
    for (const label of ['iso-8859-1', 'latin1', 'us-ascii', 'windows-1252']) {
      expect(decodePage(bytes(`<meta charset="${label}"><p>`, high, [0xe9], '</p>')), label).toContain(`<p>${expected}é</p>`);
    }
  });
});
