import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * WCAG 2.x contrast of the theme tokens in reader.css, computed from the stylesheet itself so a token
 * edited later is checked again. AA asks 4.5:1 for body-size text, 3:1 for large text and for the
 * outlines of controls (the focus ring).
 */
const css = readFileSync(path.resolve(__dirname, '../../src/ui/reader.css'), 'utf8');

type Tokens = Record<string, string>;

function tokenBlocks(source: string): Map<string, Tokens> {
  const blocks = new Map<string, Tokens>();
  for (const match of source.matchAll(/(:root(?:\[data-scheme="(\w+)"\])?)\s*\{([^}]*)\}/g)) {
    const scheme = match[2] ?? 'base';
    const tokens: Tokens = { ...blocks.get(scheme) };
    for (const declaration of (match[3] as string).matchAll(/--ql-([\w-]+)\s*:\s*([^;]+);/g)) {
      tokens[declaration[1] as string] = (declaration[2] as string).trim();
    }
    blocks.set(scheme, tokens);
  }
  return blocks;
}

/** The tokens a scheme draws with: the base (light) ones, overridden by the scheme's own block. */
function themeTokens(scheme: string): Tokens {
  const blocks = tokenBlocks(css);
  const tokens = { ...blocks.get('base'), ...(scheme === 'light' ? {} : blocks.get(scheme)) };
  // `inherit` for the mark's text means the text colour around it.
  if (tokens['mark-fg'] === 'inherit') tokens['mark-fg'] = tokens['fg'] as string;
  return tokens;
}

export function parseHex(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) throw new Error(`not a hex colour: ${color}`);
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance, WCAG 2.2 definition (sRGB, 0.04045 threshold). */
export function luminance([r, g, b]: [number, number, number]): number {
  const linear = (channel: number): number => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(parseHex(a)), luminance(parseHex(b))].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

const SCHEMES = ['light', 'dark', 'sepia', 'contrast'] as const;

/** Text drawn on a background somewhere in the reader; every pair must reach 4.5:1. */
const TEXT_PAIRS: readonly [fg: string, bg: string, where: string][] = [
  ['fg', 'bg', 'article text'],
  ['muted', 'bg', 'byline line, captions, blockquotes'],
  ['link', 'bg', 'links; the sentence read aloud (bg on link)'],
  ['accent', 'bg', 'site name above the headline'],
  ['mark-fg', 'mark', 'highlighted quotation'],
  ['fg', 'toolbar', 'toolbar buttons and panel labels'],
  ['muted', 'toolbar', 'brand and status text in the toolbar and panels'],
  ['link', 'toolbar', 'link buttons in panels'],
];

describe('WCAG contrast formula', () => {
  it('gives the known extremes and a known middle value', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#fff', '#fff')).toBeCloseTo(1, 5);
    // #767676 on white is the classic lightest grey that passes AA (4.54:1).
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });
});

describe('theme tokens in reader.css', () => {
  it('finds every scheme with every colour token', () => {
    for (const scheme of SCHEMES) {
      const tokens = themeTokens(scheme);
      for (const name of ['bg', 'fg', 'muted', 'link', 'accent', 'toolbar', 'mark', 'mark-fg', 'rule']) {
        expect(() => parseHex(tokens[name] ?? ''), `${scheme} --ql-${name}`).not.toThrow();
      }
    }
  });

  it('draws links inside a quotation in the mark\'s text colour, since the link colour can vanish on the mark', () => {
    const a11y = readFileSync(path.resolve(__dirname, '../../src/ui/styles/a11y.css'), 'utf8');
    expect(a11y).toMatch(/\.ql-body mark\[data-quote\] a\s*\{[^}]*color:\s*var\(--ql-mark-fg\)/);
    // Why the rule exists: without it the contrast theme's link is invisible inside a quotation.
    const tokens = themeTokens('contrast');
    expect(contrast(tokens['link'] as string, tokens['mark'] as string)).toBeLessThan(1.5);
  });

  for (const scheme of SCHEMES) {
    it(`meets WCAG AA for text in the ${scheme} theme`, () => {
      const tokens = themeTokens(scheme);
      const failures = TEXT_PAIRS
        .map(([fg, bg, where]) => ({ pair: `${fg}/${bg} (${where})`, ratio: contrast(tokens[fg] as string, tokens[bg] as string) }))
        .filter(({ ratio }) => ratio < 4.5)
        .map(({ pair, ratio }) => `${pair}: ${ratio.toFixed(2)}`);
      expect(failures).toEqual([]);
    });

    it(`shows the focus ring and a quotation's edge in the ${scheme} theme (3:1 for non-text)`, () => {
      const tokens = themeTokens(scheme);
      expect(contrast(tokens['link'] as string, tokens['bg'] as string)).toBeGreaterThanOrEqual(3);
      expect(contrast(tokens['link'] as string, tokens['toolbar'] as string)).toBeGreaterThanOrEqual(3);
      // The flash around a quotation reached with j/k, and the progress bar, are accent on the background.
      expect(contrast(tokens['accent'] as string, tokens['bg'] as string)).toBeGreaterThanOrEqual(3);
    });
  }
});
