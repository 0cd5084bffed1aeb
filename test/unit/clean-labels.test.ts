import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanLabelled } from '../../src/core/clean/clean-article.js';
import { labelKind, tokenKind, tokenWords } from '../../src/core/clean/page-labels.js';
import { createSanitizer } from '../../src/core/sanitize.js';
import { blocksToText, textBlocks } from '../../src/core/text-blocks.js';

const window = new JSDOM('').window;
const sanitize = createSanitizer(window as unknown as Window);

/** The text a reader gets after cleaning by labels on the inert tree, then sanitizing. */
function cleaned(html: string): string {
  return blocksToText(textBlocks(sanitize(html, { images: true, beforeSanitize: cleanLabelled })));
}

const P1 = '<p>The council voted on Tuesday to close the old swimming pool at the end of the summer, after engineers found cracks in its foundations.</p>';
const P2 = '<p>A new pool is planned on the site of the bus depot, but the money for it has not yet been found, the mayor told reporters.</p>';
const STORY = 'The council voted on Tuesday to close the old swimming pool at the end of the summer, after engineers found cracks in its foundations.\n\nA new pool is planned on the site of the bus depot, but the money for it has not yet been found, the mayor told reporters.';

describe('page labels (class, id and role tokens)', () => {
  it('removes a WordPress embed of another post (its quotation-looking fallback is a linked title)', () => {
    const embed = '<blockquote class="wp-embedded-content" data-secret="k2Jd8"><p><a href="https://blog.example/2021/neuer-radweg/">Der neue Radweg am Kanal ist fertig</a></p></blockquote>';
    expect(cleaned(`${P1}${embed}${P2}`)).toBe(STORY);
    // Inside the story's wrapper too: a blockquote is a block of its own, not a phrase of the prose around it.
    expect(cleaned(`<div class="entry-content">${P1}${embed}${P2}</div>`)).toBe(STORY);
  });

  it('reads the words of a token however it is written', () => {
    expect(tokenWords('relatedPosts')).toBe('related posts');
    expect(tokenWords('jp-relatedposts__item')).toBe('jp relatedposts item');
    expect(tokenKind('related_posts')).toBe('related');
    expect(tokenKind('c-newsletter-box')).toBe('promo');
    expect(tokenKind('sr-only')).toBe('hidden');
    expect(tokenKind('wp-caption-text')).toBe('caption');
    // A word is matched whole: "header" holds no "ad", "shareholder" no "share".
    expect(tokenKind('header')).toBeNull();
    expect(tokenKind('shareholder-letter')).toBeNull();
    // "hidden-xs" hides on small screens only; an embedded post names its network and is content.
    expect(tokenKind('hidden')).toBe('hidden');
    expect(tokenKind('hidden-xs')).toBeNull();
    expect(tokenKind('twitter-tweet')).toBeNull();
    // A token that says the label does not apply: a list item "with no caption" is the story's text.
    expect(tokenKind('buzz_attr_no_caption')).toBeNull();
    // Generated names: digits stay inside their word.
    expect(tokenKind('e1ad')).toBeNull();
  });

  it('takes a long id for a slug of the text, not a label', () => {
    const heading = window.document.createElement('h3');
    heading.id = 'nav_only_the_foil_remains__1';
    expect(labelKind(heading)).toBeNull();
    heading.id = 'main-nav';
    expect(labelKind(heading)).toBe('chrome');
  });

  it('reads roles before classes', () => {
    const element = window.document.createElement('div');
    element.setAttribute('role', 'complementary');
    expect(labelKind(element)).toBe('related');
  });
});

describe('removing what the page labels as not the story', () => {
  it.each([
    ['a related list', '<div class="related-posts"><h3>More on this</h3><ul><li><a href="https://x.test/a">Pool closures across the county</a></li><li><a href="https://x.test/b">Where to swim this summer</a></li></ul></div>'],
    ['a newsletter box', '<div id="newsletter-signup"><h4>Get the morning briefing</h4><p>Every weekday, in your inbox.</p></div>'],
    ['a share bar', '<ul class="share-buttons"><li><a href="https://x.test/fb">Facebook</a></li><li><a href="https://x.test/tw">Post</a></li><li>Email</li></ul>'],
    ['an author line', '<div class="author-bio"><a href="https://x.test/jm">Jana Maier</a> covers the town hall. Write to her.</div>'],
    ['a tag line', '<p class="entry-tags">Filed under <a href="https://x.test/t/pools">pools</a>, <a href="https://x.test/t/council">council</a></p>'],
    ['a date line', '<div class="post-meta">March 4, 2024 · 3 min</div>'],
    ['screen-reader-only text', '<span class="sr-only">Opens in a new window</span>'],
    ['an aside of links by role', '<div role="complementary"><a href="https://x.test/c">Read our guide to the county budget</a></div>'],
  ])('removes %s between paragraphs', (_name, clutter) => {
    expect(cleaned(`<div>${P1}${clutter}${P2}</div>`)).toBe(STORY);
  });

  it('keeps a labelled block that reads as prose', () => {
    const html = `<div class="article-body share-enabled">${P1}${P2}</div>`;
    expect(cleaned(html)).toBe(STORY);
    const comment = '<div class="comment"><p>The engineers first warned about the cracks two years ago, and nothing was done until the water started to leak into the car park.</p></div>';
    expect(cleaned(`<div>${P1}${P2}${comment}</div>`)).toContain('nothing was done until the water started');
  });

  it('removes the author\'s biography and the entry line after the story, though they read as prose', () => {
    const bio = '<div class="author-box"><h4>About Jana Maier</h4><p class="author-box--content">Jana Maier has covered the town hall for twelve years, and before that she reported on schools and the courts for the county paper.</p></div>';
    const entry = '<p class="postmetadata">This entry was posted on Tuesday, 4 March 2024 at 10:12 and is filed under <a href="https://x.test/c/council">Council</a>. You can follow any responses to this entry through the feed.</p>';
    const plugin = '<div class="saboxplugin-wrap"><div class="saboxplugin-desc"><p>Photographer from the coast and founder of a small studio. I like every kind of photography, as long as there is a person in the picture.</p></div></div>';
    expect(cleaned(`<div>${P1}${P2}${bio}${entry}${plugin}</div>`)).toBe(STORY);
  });

  it('removes related cards and sign-up boxes after the story, though their summaries read as prose', () => {
    const cards = '<div class="Teasers"><div class="related-items"><h2>More on pools</h2><article><h3><a href="https://x.test/r1">Lidos reopen along the coast</a></h3>'
      + '<p>Three open-air pools that closed in the pandemic are taking swimmers again this summer, with longer hours than before.</p></article></div></div>';
    const pitch = '<div class="newsletter-box"><p>Every morning our editors pick the five stories you need to read, and we send them to you before breakfast, free of charge.</p></div>';
    expect(cleaned(`<div>${P1}${P2}${cards}${pitch}</div>`)).toBe(STORY);
  });

  it('keeps prose labelled as the author\'s when the story goes on after it', () => {
    const note = '<div class="author-note"><p>The author lived next to the pool for twenty years and swam there every morning before work, summer and winter alike.</p></div>';
    expect(cleaned(`<div>${P1}${note}${P2}</div>`)).toContain('swam there every morning');
  });

  it('keeps a labelled phrase inside a sentence, but not screen-reader text', () => {
    const html = '<p><span class="dateline">NARA –</span> Volunteers gave out 6,000 masks were handed out on Monday at the station, where the queue reached the bus stop before the doors even opened.<span class="sr-only"> (opens in a new tab)</span></p>';
    expect(cleaned(html)).toBe('NARA – Volunteers gave out 6,000 masks were handed out on Monday at the station, where the queue reached the bus stop before the doors even opened.');
  });

  it('takes the frame of a removed phrase with it: no lone "By" is left', () => {
    expect(cleaned(`<div>${P1}<p>By <span class="author-name">Josh Max</span></p>${P2}</div>`)).toBe(STORY);
  });

  it('never takes a cell out of a table', () => {
    const table = '<table class="infobox"><tr><th>Founded</th><td class="category">1998</td></tr></table>';
    expect(cleaned(`<div>${P1}${table}${P2}</div>`)).toContain('Founded\n\n1998');
  });

  it('keeps a labelled block that holds most of the article', () => {
    const html = '<div class="post-meta"><p>Pool to close.</p><p>Council votes.</p></div>';
    expect(cleaned(html)).toBe('Pool to close.\n\nCouncil votes.');
  });
});

describe('captions and galleries the page labels as such', () => {
  const sanitized = (html: string): DocumentFragment => sanitize(html, { images: true, beforeSanitize: cleanLabelled });

  it.each([
    ['a credit line under a picture', '<div class="image"><img src="https://x.test/p.jpg" alt=""></div><p class="photo-credit">Photo: Lena Ortiz / Agency</p>'],
    ['a WordPress caption box', '<div class="wp-caption"><img src="https://x.test/p.jpg" alt=""><p class="wp-caption-text">The pool in 1962, the year it opened.</p></div>'],
    ['gallery controls', '<div class="gallery-nav"><span>Image 3 of 12</span> <span>Close</span></div>'],
  ])('keeps %s in the HTML and out of the text', (_name, caption) => {
    const fragment = sanitized(`<div>${P1}${caption}${P2}</div>`);
    expect(blocksToText(textBlocks(fragment))).toBe(STORY);
    const shown = window.document.createElement('div');
    shown.append(fragment);
    expect(shown.textContent).toContain(caption.includes('Photo:') ? 'Photo: Lena Ortiz' : caption.includes('1962') ? 'the year it opened' : 'Image 3 of 12');
  });

  it('leaves a long block alone whatever its label', () => {
    const html = `<div class="caption-wrap">${P1}${P2}${P1}</div>`;
    expect(blocksToText(textBlocks(sanitized(html)))).toContain('The council voted');
  });
});
