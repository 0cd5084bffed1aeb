import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { measureProse } from '../../src/extract/article-root.js';
import { findProseRoot, keepProseRoot, proseHeld, readsAsStory, storyRootCopy, strayedFromProse } from '../../src/extract/prose-root.js';

const SENTENCE = 'The harbour board met on Thursday evening and agreed, after a long debate, to repair the north quay before the winter storms.';
const doc = (body: string): Document => new JSDOM(`<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`).window.document;

describe('the element that holds the page\'s paragraphs (the last pass when Readability found no story)', () => {
  it('goes down into the child holding most of the prose, past a header and a menu', () => {
    const page = doc(`<div id="wrap"><div class="header"><h2>A standfirst of some length, with commas, that is not a paragraph</h2></div>`
      + `<div id="body"><p>${SENTENCE}</p><p>${SENTENCE}</p><p>Short line.</p></div></div><ul><li><a href="/">Home</a></li></ul>`);
    expect(findProseRoot(page)?.id).toBe('body');
    expect(keepProseRoot(page)).toBe(true);
    expect(page.body.textContent).not.toContain('standfirst');
    expect(page.body.textContent).not.toContain('Home');
    expect(page.title).toBe('T');
  });

  it('stays at the body when the paragraphs are spread over its children, and finds nothing on a page without paragraphs', () => {
    const spread = doc(`<div><p>${SENTENCE}</p></div><div><p>${SENTENCE}</p></div>`);
    expect(findProseRoot(spread)).toBeNull();
    expect(keepProseRoot(spread)).toBe(false);
    expect(spread.body.textContent).toContain(SENTENCE);
    expect(findProseRoot(doc('<ul><li><a href="/a">One</a></li></ul><p>Short.</p>'))).toBeNull();
  });
});

describe('whether Readability\'s answer strayed from the page\'s paragraphs (the second look)', () => {
  const OPENINGS = ['The harbour', 'The river', 'The ferry', 'The rail', 'The school', 'The health', 'The library', 'The water', 'The housing', 'The parks', 'The roads', 'The arts', 'The market', 'The museum', 'The bridge'];
  // Fifteen paragraphs, each with an opening of its own: a story's worth (1,500+ characters).
  const story = OPENINGS.map((opening) => SENTENCE.replace('The harbour', opening));

  it('counts the paragraphs an answer holds, each known by its opening, whatever the white space', () => {
    const answer = `Sign up for our letter\n${story[0]?.replace(/ /g, '\n  ')}\n${story[2]?.slice(0, 70)}`;
    expect(proseHeld(story, answer)).toBe((story[0]?.length ?? 0) + (story[2]?.length ?? 0));
    expect(proseHeld(story, '')).toBe(0);
  });

  it('says an answer holding under 40% of a story\'s worth of paragraphs strayed, and one holding most of them did not', () => {
    const total = story.reduce((sum, p) => sum + p.length, 0);
    expect(strayedFromProse(story, 0)).toBe(true);
    expect(strayedFromProse(story, total * 0.3)).toBe(true);
    expect(strayedFromProse(story, total * 0.6)).toBe(false);
    // A page with less than a story's worth of paragraphs (a short post, a shop page) is never second-guessed.
    expect(strayedFromProse(story.slice(0, 4), 0)).toBe(false);
  });

  it('never takes the page\'s comments for the element that holds its prose', () => {
    const page = doc(`<div id="wrap"><div class="post"><p>${SENTENCE}</p></div>`
      + `<div id="comments" class="comments-area">${story.map((p) => `<div class="comment"><p>${p}</p></div>`).join('')}</div></div>`);
    expect(findProseRoot(page)).toBeNull();
    expect(keepProseRoot(page)).toBe(false);
  });
});

describe('the story root given whole, where Readability strays even on it alone', () => {
  const paragraphs = [SENTENCE, SENTENCE.replace('The harbour', 'The river'), SENTENCE.replace('The harbour', 'The ferry')];
  const body = (html: string): HTMLElement => doc(html).body;

  it('reads as a story when paragraphs of prose make most of its text, with headings of its own', () => {
    expect(readsAsStory(body(`<h2>The quay</h2>${paragraphs.map((p) => `<p>${p}</p>`).join('<h3>More</h3>')}`), paragraphs)).toBe(true);
  });

  it('does not when a table of names outweighs its paragraph, nor when it is a list of linked teasers', () => {
    const names = Array.from({ length: 40 }, (_, i) => `<strong>Member ${i}</strong>, Harbour Board<br>`).join('');
    expect(readsAsStory(body(`<p>${paragraphs[0]}</p><table><tr><td>${names}</td></tr></table>`), paragraphs)).toBe(false);
    const teasers = paragraphs.map((p, i) => `<h3><a href="https://news.example/${i}">Headline ${i}</a></h3><p>${p}</p>`).join('');
    expect(readsAsStory(body(teasers), paragraphs)).toBe(false);
  });

  it('leaves out the readers\' comments that share the story\'s wrapper', () => {
    const copy = storyRootCopy(body(`<div class="post"><p>${SENTENCE}</p></div><section id="comments"><p>First!</p></section>`));
    expect(copy.textContent).toContain(SENTENCE);
    expect(copy.textContent).not.toContain('First!');
  });

  it('measures no script inside a paragraph as prose', () => {
    const page = doc(`<p>${SENTENCE}</p><p>Video <script>var player = { id: 'x1', autoplay: false, related: true, width: 640, height: 360, skin: 'dark', lang: 'en' };</script></p>`);
    expect(measureProse(page).paragraphs).toEqual([SENTENCE]);
  });

  it('looks for code only in a paragraph that holds elements (plain text holds none), deep inside them too, with no selector query', () => {
    const page = doc(`<p>${SENTENCE}</p><p>${SENTENCE} <em>Again.</em></p><p>${SENTENCE} <em>Once more.<noscript>Turn on scripts to see the map of the quay.</noscript></em></p>`);
    const view = page.defaultView as unknown as typeof globalThis;
    const query = vi.spyOn(view.Element.prototype, 'querySelector');
    const children = vi.spyOn(view.Element.prototype, 'firstElementChild', 'get');
    expect(measureProse(page).paragraphs).toEqual([SENTENCE, `${SENTENCE} Again.`, `${SENTENCE} Once more.`]);
    expect(query).not.toHaveBeenCalled();
    // The plain paragraph is asked once whether it holds an element, and not walked.
    expect(children.mock.contexts.filter((element) => (element as Element).textContent === SENTENCE)).toHaveLength(1);
  });

  it('measures no long paragraph without sentences as prose (the names of readers who liked a story)', () => {
    const names = Array.from({ length: 200 }, (_, i) => `reader${i}`).join(', ');
    const page = doc(`<p>${SENTENCE}</p><p>${names}</p><p>${SENTENCE.repeat(12)}</p>`);
    expect(measureProse(page).paragraphs).toEqual([SENTENCE, SENTENCE.repeat(12)]);
  });
});
