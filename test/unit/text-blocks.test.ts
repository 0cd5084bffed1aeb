import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, blocksToText, holdersOf, sliceBlock, textBlocks, treeHolds, type TextBlock } from '../../src/core/text-blocks.js';

const dom = new JSDOM('<!doctype html><body></body>');
const doc = dom.window.document;
afterAll(() => dom.window.close());

function root(html: string): HTMLElement {
  const element = doc.createElement('div');
  element.innerHTML = html;
  return element;
}

/** The text sliceBlock maps a range back to, read from the text nodes themselves. */
function sliceText(block: TextBlock, start: number, end: number): string {
  return sliceBlock(block, start, end)
    .map(({ node, start: from, end: to }) => node.data.slice(from, to))
    .join('');
}

/** What the block's text should be for a range, with collapsed white space as plain spaces. */
const collapse = (value: string): string => value.replace(/[ \t\n\r\f\u00a0]+/g, ' ');

describe('textBlocks', () => {
  it('makes one block per block element, in reading order', () => {
    const blocks = textBlocks(root('<h2>Heading</h2><p>First <em>para</em>graph.</p><ul><li>one</li><li>two</li></ul><p>Last.</p>'));
    expect(blocks.map((block) => block.text)).toEqual(['Heading', 'First paragraph.', 'one', 'two', 'Last.']);
    expect(blocks.map((block) => block.element.tagName)).toEqual(['H2', 'P', 'LI', 'LI', 'P']);
  });

  it('starts a new block after a nested block ends', () => {
    const blocks = textBlocks(root('<div>before<p>inside</p>after</div>'));
    expect(blocks.map((block) => block.text)).toEqual(['before', 'inside', 'after']);
  });

  it('collapses white space as a browser shows it, and trims each block', () => {
    const blocks = textBlocks(root('<p>\n   Many \t spaces\n\nand   <b> bold </b>  lines.   </p>'));
    expect(blocks.map((block) => block.text)).toEqual(['Many spaces and bold lines.']);
  });

  it('treats a no-break space as white space', () => {
    const blocks = textBlocks(root('<p>&nbsp; “Quoted,” he said.&nbsp;</p><p>ten\u00a0\u00a0per cent</p>'));
    expect(blocks.map((block) => block.text)).toEqual(['“Quoted,” he said.', 'ten per cent']);
  });

  it('turns <br> into a line break inside the block, without spaces around it', () => {
    const blocks = textBlocks(root('<p>Line one <br> line two<br><br>line three<br></p>'));
    expect(blocks.map((block) => block.text)).toEqual(['Line one\nline two\n\nline three']);
  });

  it('skips scripts, styles, templates and inline SVG', () => {
    const blocks = textBlocks(root('<p>Kept<script>var x = 1;</script><style>p{}</style> text<svg><text>drawn</text></svg></p><template><p>hidden</p></template>'));
    expect(blocks.map((block) => block.text)).toEqual(['Kept text']);
  });

  it('reads ruby text without its readings (furigana are a reading aid over the words, not words)', () => {
    const blocks = textBlocks(root('<p>新しい<ruby>法律<rp>(</rp><rt>ほうりつ</rt><rp>)</rp></ruby>ができました。</p>'));
    expect(blocks.map((b) => b.text)).toEqual(['新しい法律ができました。']);
  });

  it('leaves out the captions and credits of pictures: the story is its prose (issue 16)', () => {
    const before = 'Before the pier reopened, the council spent two years repairing its timber deck and railings.';
    const after = 'After the opening, the first boats tied up within the hour, and the café sold out of tea by noon.';
    const html = `<p>${before}</p>` + '<figure><img src="https://x.test/a.jpg" alt=""><figcaption>Crowds at the pier. Photo: A. Ray</figcaption></figure>'
      + '<figure><picture><img src="https://x.test/b.jpg" alt=""></picture><p>Image 2 of 12</p><span>Close</span></figure>'
      + `<figcaption>A caption on its own</figcaption><p>${after}</p>`;
    expect(textBlocks(root(html)).map((block) => block.text)).toEqual([before, after]);
  });

  it('keeps what a figure holds that is not a picture: a quotation and its source, a table, code', () => {
    const html = '<figure><blockquote><p>Measure twice, cut once.</p></blockquote><figcaption>— a carpenter</figcaption></figure>'
      + '<figure><table><tr><td>cell</td></tr></table><figcaption>Table 1</figcaption></figure><figure><pre>x = 1</pre></figure>';
    expect(textBlocks(root(html)).map((block) => block.text)).toEqual(['Measure twice, cut once.', '— a carpenter', 'cell', 'Table 1', 'x = 1']);
  });

  it('keeps a figure that holds a paragraph of text beside its picture: a teaser box, not an illustration', () => {
    const long = 'The national team meets again in March, with four new players invited after the regional training camps in the autumn, where the coaches watched more than sixty young players over three weekends.';
    const html = `<figure class="teaser"><img src="https://x.test/a.jpg" alt=""><p>${long}</p></figure>`;
    expect(textBlocks(root(html)).map((block) => block.text)).toEqual([long]);
  });

  it('keeps captions when they are most of the text: then the pictures are the story', () => {
    const slide = (n: number): string => `<figure><img src="https://x.test/${n}.jpg" alt=""><figcaption>Costume ${n}: a bowler hat, false lashes and a striped scarf.</figcaption></figure>`;
    const blocks = textBlocks(root(`<p>Ten ideas.</p>${[1, 2, 3].map(slide).join('')}`));
    expect(blocks.map((block) => block.text)).toEqual(['Ten ideas.', ...[1, 2, 3].map((n) => `Costume ${n}: a bowler hat, false lashes and a striped scarf.`)]);
  });

  it('gives no block for an element with only white space', () => {
    expect(textBlocks(root('<p>   </p><div>\n<span> </span></div><p>&nbsp;</p>'))).toEqual([]);
  });

  it('gives offsets consistent with blocksToText', () => {
    const blocks = textBlocks(root('<h1>Title</h1><p>One  two.</p><p>Three<br>four.</p><blockquote><p>“Five,” she said.</p></blockquote>'));
    const text = blocksToText(blocks);
    expect(text).toBe(['Title', 'One two.', 'Three\nfour.', '“Five,” she said.'].join(BLOCK_SEPARATOR));
    for (const block of blocks) expect(text.slice(block.start, block.start + block.text.length)).toBe(block.text);
    for (let i = 1; i < blocks.length; i += 1) {
      const previous = blocks[i - 1] as TextBlock;
      expect((blocks[i] as TextBlock).start).toBe(previous.start + previous.text.length + BLOCK_SEPARATOR.length);
    }
  });

  it('accepts a DocumentFragment', () => {
    const fragment = doc.createRange().createContextualFragment('<p>In a fragment.</p><p>Second.</p>');
    expect(blocksToText(textBlocks(fragment))).toBe('In a fragment.\n\nSecond.');
  });

  it('walks 10,000 nested elements without overflowing the stack', () => {
    // Built bottom-up, node by node: jsdom's parser and top-down appends are quadratic at this depth.
    let node: Node = doc.createTextNode('deep text');
    for (let i = 0; i < 10_000; i += 1) {
      const parent = doc.createElement(i % 3 === 0 ? 'div' : 'span');
      parent.append(node);
      node = parent;
    }
    const blocks = textBlocks(node);
    expect(blocks.map((block) => block.text)).toEqual(['deep text']);
    const [block] = blocks;
    expect(sliceText(block as TextBlock, 0, 4)).toBe('deep');
  });
});

describe('treeHolds and holdersOf', () => {
  it('finds elements anywhere in the blocks\' tree, and the elements around them', () => {
    const fragment = doc.createRange().createContextualFragment('<p>One <q>quoted</q>.</p><div><p>Two <b><q>deep</q></b></p></div><p>None.</p>');
    const blocks = textBlocks(fragment);
    expect(treeHolds(blocks, 'q')).toBe(true);
    expect(treeHolds(blocks, 'blockquote')).toBe(false);
    const holders = holdersOf(blocks, 'q');
    expect(blocks.map((block) => holders.has(block.element))).toEqual([true, true, false]);
    expect([...holders].map((element) => element.tagName).sort()).toEqual(['B', 'DIV', 'P', 'P']);
    expect(treeHolds([], 'q')).toBe(false);
    expect(holdersOf([], 'q').size).toBe(0);
  });
});

describe('sliceBlock', () => {
  it('maps every range of a block back to the exact text of its nodes', () => {
    const [block] = textBlocks(root('<p>  He said, <em>“We   will\n not</em> back&nbsp;down,” <a href="#x">today</a>.  </p>'));
    expect(block?.text).toBe('He said, “We will not back down,” today.');
    const text = (block as TextBlock).text;
    for (let start = 0; start < text.length; start += 1) {
      for (let end = start + 1; end <= text.length; end += 1) {
        expect(collapse(sliceText(block as TextBlock, start, end))).toBe(text.slice(start, end));
      }
    }
  });

  it('maps each character back to its node for any mix of text nodes and white space', () => {
    const run = fc.array(fc.constantFrom('a', 'Bc', ' ', '   ', '\n', '\t', '\u00a0', '\r\n', 'é', '“'), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.array(run, { minLength: 1, maxLength: 5 }), (runs) => {
      const paragraph = doc.createElement('p');
      runs.forEach((value, index) => {
        if (index % 2 === 0) paragraph.append(value);
        else paragraph.append(Object.assign(doc.createElement('em'), { textContent: value }));
      });
      const blocks = textBlocks(paragraph);
      const expected = collapse(runs.join('')).trim();
      expect(blocks.map((block) => block.text)).toEqual(expected === '' ? [] : [expected]);
      for (const block of blocks) {
        for (let i = 0; i < block.text.length; i += 1) expect(collapse(sliceText(block, i, i + 1))).toBe(block.text[i]);
      }
    }), { numRuns: 500 });
  });

  it('gives each piece its length and each of its characters\' offset in the node, in order, whatever the white space', () => {
    const run = fc.array(fc.constantFrom('a', 'Bc', ' ', '   ', '\n', '\t', '\u00a0', '\r\n', 'é', '“'), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.array(fc.oneof(run, fc.constant('<br>')), { minLength: 1, maxLength: 6 }), (runs) => {
      const paragraph = doc.createElement('p');
      runs.forEach((value, index) => {
        if (value === '<br>') paragraph.append(doc.createElement('br'));
        else if (index % 2 === 0) paragraph.append(value);
        else paragraph.append(Object.assign(doc.createElement('em'), { textContent: value }));
      });
      for (const block of textBlocks(paragraph)) {
        let covered = 0;
        for (const piece of block.pieces) {
          expect(piece.start).toBe(covered);
          expect(piece.nodeOffsets).toHaveLength(piece.length);
          covered += piece.length;
          if (piece.node === null) {
            expect(block.text.slice(piece.start, piece.start + piece.length)).toBe('\n');
            expect(piece.nodeOffsets).toEqual([-1]);
            continue;
          }
          const data = piece.node.data;
          piece.nodeOffsets.forEach((offset, k) => {
            const shown = block.text[piece.start + k];
            expect(k === 0 || offset > (piece.nodeOffsets[k - 1] as number)).toBe(true);
            expect(shown === ' ' ? collapse(data[offset] ?? '') : data[offset]).toBe(shown);
          });
        }
        expect(covered).toBe(block.text.length);
      }
    }), { numRuns: 500 });
  });

  it('returns slices in order, one per text node touched', () => {
    const [block] = textBlocks(root('<p>ab<b>cd</b>ef</p>'));
    const slices = sliceBlock(block as TextBlock, 1, 5);
    expect(slices.map(({ node, start, end }) => [node.data, start, end])).toEqual([['ab', 1, 2], ['cd', 0, 2], ['ef', 0, 1]]);
  });

  it('skips line breaks and lands on the node offsets after collapsed white space', () => {
    const [block] = textBlocks(root('<p>one   two<br>   three</p>'));
    expect(block?.text).toBe('one two\nthree');
    const three = (block as TextBlock).text.indexOf('three');
    const [slice, ...rest] = sliceBlock(block as TextBlock, three, three + 5);
    expect(rest).toEqual([]);
    expect(slice?.node.data.slice(slice.start, slice.end)).toBe('three');
    expect(sliceBlock(block as TextBlock, 7, 8)).toEqual([]);
  });

  it('gives nothing for an empty or outside range', () => {
    const [block] = textBlocks(root('<p>short</p>'));
    expect(sliceBlock(block as TextBlock, 2, 2)).toEqual([]);
    expect(sliceBlock(block as TextBlock, 3, 1)).toEqual([]);
    expect(sliceBlock(block as TextBlock, 5, 9)).toEqual([]);
  });
});
