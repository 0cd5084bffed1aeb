// Writes test/ground-truth/<slug>/source.html and article.txt from the stories in stories-*.mjs.
//   node test/ground-truth/build-pages.mjs
// Each outlet style below renders a story in the markup and with the clutter typical of one kind of news
// site (wire agencies; Indian, British, American, German, French, Spanish, Brazilian, Russian, Japanese,
// Italian outlets). The generated HTML is committed; the article text is the story's own blocks.
//
// Story body syntax, one block per blank-line-separated chunk:
//   plain text        a paragraph          ## text      a subheading       > text   a block quotation
//   - a\n- b          a list               [fig URL | caption]             a figure with its caption
//   {teaser Title}    an inline teaser at the end of the previous paragraph (clutter)
//   {ad}              an advertisement slot with its label (clutter)
//   {related A; B}    a "related" box of links inside the body (clutter)
//   {cta}             the outlet's call to action (clutter)
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { STORIES_EN } from './stories-en.mjs';
import { STORIES_WORLD } from './stories-world.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const esc = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const slugOf = (text) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'story';
const link = (title, base = '/news/') => `<a href="${base}${slugOf(title)}-${title.length}.html">${esc(title)}</a>`;

/** The story's body as typed blocks. */
function parseBody(body) {
  return body.trim().split(/\n\s*\n/).map((chunk) => {
    const text = chunk.trim();
    if (text.startsWith('## ')) return { type: 'h', text: text.slice(3) };
    if (text.startsWith('> ')) return { type: 'quote', text: text.slice(2) };
    if (text.startsWith('- ')) return { type: 'list', items: text.split('\n').map((line) => line.replace(/^- /, '').trim()) };
    let m = /^\[fig (\S+) \| (.+)\]$/s.exec(text);
    if (m) return { type: 'fig', src: m[1], caption: m[2] };
    m = /^\{teaser (.+)\}$/.exec(text);
    if (m) return { type: 'teaser', title: m[1] };
    if (text === '{ad}') return { type: 'ad' };
    if (text === '{cta}') return { type: 'cta' };
    m = /^\{related (.+)\}$/.exec(text);
    if (m) return { type: 'related', titles: m[1].split(';').map((t) => t.trim()) };
    return { type: 'p', text };
  });
}

/** The hand-checked article text: every block of the story itself, none of the clutter. */
function articleText(blocks) {
  const out = [];
  for (const block of blocks) {
    if (block.type === 'p' || block.type === 'h' || block.type === 'quote') out.push(block.text);
    else if (block.type === 'fig') out.push(block.caption);
    else if (block.type === 'list') out.push(...block.items);
  }
  return `${out.join('\n\n')}\n`;
}

/**
 * Renders the body with one style's idioms. `s` supplies: p(text, i), h, quote, list, fig, teaser(title)
 * (returns inline HTML appended to the previous paragraph, or a block), ad(i), related(titles), cta.
 */
function renderBody(blocks, s) {
  const html = [];
  let ads = 0;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i];
    const next = blocks[i + 1];
    if (block.type === 'teaser' || block.type === 'ad' || block.type === 'related' || block.type === 'cta') {
      if (block.type === 'ad') html.push(s.ad(ads++));
      if (block.type === 'related') html.push(s.related(block.titles));
      if (block.type === 'cta') html.push(s.cta);
      if (block.type === 'teaser' && !s.inlineTeaser) html.push(s.teaserBlock(block.title));
      continue;
    }
    if (block.type === 'p') {
      const inline = next?.type === 'teaser' && s.inlineTeaser ? s.inlineTeaser(next.title) : '';
      html.push(s.p(esc(block.text), inline));
    } else if (block.type === 'h') html.push(s.h(esc(block.text)));
    else if (block.type === 'quote') html.push(s.quote(esc(block.text)));
    else if (block.type === 'list') html.push(s.list(block.items.map(esc)));
    else if (block.type === 'fig') html.push(s.fig(block.src, esc(block.caption)));
  }
  return html.join('\n');
}

const jsonLd = (story, site) => `<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org', '@type': 'NewsArticle', headline: story.title, datePublished: story.date,
  author: [{ '@type': 'Person', name: story.byline }], publisher: { '@type': 'Organization', name: site }, inLanguage: story.lang,
  articleBody: undefined,
})}</script>`;

const head = (story, site, extra = '') => `<!DOCTYPE html>
<html lang="${story.lang}">
<head>
<meta charset="utf-8">
<title>${esc(story.title)} | ${esc(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="${esc(site)}">
<meta property="og:title" content="${esc(story.title)}">
<meta property="og:type" content="article">
<meta name="description" content="${esc(story.dek)}">
<meta property="article:published_time" content="${story.date}">
<meta name="author" content="${esc(story.byline)}">
${jsonLd(story, site)}
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({pageType:'article'});</script>
<style>body{font-family:sans-serif;margin:0}.ad,.ad-slot{min-height:90px;background:#eee}</style>
${extra}</head>`;

const navList = (items, cls = 'nav') => `<ul class="${cls}">${items.map((item) => `<li><a href="/${slugOf(item)}/">${esc(item)}</a></li>`).join('')}</ul>`;
const cookie = (text, accept, role = true) => `<div class="cookie-consent" ${role ? 'role="dialog" aria-modal="true"' : 'id="cmp-banner"'}><p>${text}</p><button>${accept}</button></div>`;
const comments = (heading, entries) => `<section class="comments" id="comments"><h3>${heading}</h3>${entries.map(([who, text]) => `<div class="comment"><span class="comment-author">${who}</span><p>${text}</p></div>`).join('')}<form><textarea></textarea><button>Post</button></form></section>`;

export const STYLES = {};

/** Wire agency: data-testid paragraphs, "Sign up here" inline, "Read next" rail, trust-principles footer. */
STYLES.wire = (story) => {
  const s = {
    p: (t, inline) => `<div data-testid="paragraph-${t.length}" class="article-body__paragraph">${t}${inline}</div>`,
    h: (t) => `<h2 data-testid="Heading" class="article-body__heading">${t}</h2>`,
    quote: (t) => `<blockquote>${t}</blockquote>`,
    list: (items) => `<ul class="article-body__list">${items.map((i) => `<li>${i}</li>`).join('')}</ul>`,
    fig: (src, cap) => `<figure class="article-body__figure"><div class="img-wrap"><img src="${src}" alt=""></div><figcaption><span data-testid="Body">${cap}</span></figcaption></figure>`,
    teaserBlock: (title) => `<div data-testid="paragraph-teaser" class="article-body__paragraph">Read more: ${link(title)}</div>`,
    ad: () => `<div class="ad-slot" data-testid="ad"><span class="ad-slot__label">Advertisement · Scroll to continue</span></div>`,
    related: (titles) => `<div class="article-body__related"><h3>Related</h3><ul>${titles.map((t) => `<li>${link(t)}</li>`).join('')}</ul></div>`,
    cta: `<div class="sign-up"><p>Sign up for our <a href="/newsletters/">Daily Briefing newsletter</a> here.</p></div>`,
  };
  const blocks = parseBody(story.body);
  return `${head(story, 'Wire Agency')}
<body>
<a class="skip" href="#main-content">Skip to main content</a>
<header class="site-header" role="banner"><a href="/" class="logo">Wire Agency</a><nav aria-label="Main">${navList(['World', 'Business', 'Markets', 'Sustainability', 'Legal', 'Breakingviews', 'Technology'])}</nav><button>Sign In</button><a href="/register/">Register</a></header>
<main id="main-content">
<article class="article">
  <header class="article-header"><nav class="breadcrumbs"><a href="/world/">World</a> <a href="/world/${story.section ?? 'europe'}/">${esc(story.section ?? 'Europe')}</a></nav>
  <h1 data-testid="Heading">${esc(story.title)}</h1>
  <div class="article-header__info"><span>By <a rel="author" href="/authors/x/">${esc(story.byline)}</a></span> <time datetime="${story.date}">${esc(story.dateText)}</time> <span>${story.minutes ?? 3} min read</span></div>
  <div class="share"><button>Share</button><a href="https://x.com/intent/post">X</a><a href="https://facebook.com/sharer">Facebook</a><a href="https://linkedin.com/share">LinkedIn</a><a href="mailto:">Email</a><a href="#">Link</a><button>Purchase Licensing Rights</button></div>
  </header>
  <div class="article-body" data-testid="ArticleBody">
${renderBody(blocks, s)}
  <p class="trust"><a href="/trust-principles/">Our Standards: The Trust Principles.</a></p>
  </div>
  <div class="tags"><span>Topics</span><ul><li><a href="/t/a">${esc(story.tags[0])}</a></li><li><a href="/t/b">${esc(story.tags[1])}</a></li></ul></div>
</article>
<aside class="read-next"><h2>Read Next</h2><ul>${story.related.map((t) => `<li>${link(t)}<time>2 hours ago</time></li>`).join('')}</ul></aside>
</main>
<footer role="contentinfo"><p>All quotes delayed a minimum of 15 minutes.</p><p>© 2025 Wire Agency. All rights reserved</p>${navList(['About', 'Careers', 'Contact', 'Cookies'])}</footer>
${cookie('We use cookies and similar technologies to give you the best experience.', 'Accept All')}
</body></html>`;
};

/** A generic page: each style passes its own markup for the body and the clutter around it. */
function page(story, site, parts) {
  const blocks = parseBody(story.body);
  return `${head(story, site, parts.headExtra ?? '')}
<body class="${parts.bodyClass ?? ''}">
${parts.top ?? ''}
${parts.header}
${parts.main(renderBody(blocks, parts.body))}
${parts.footer}
${parts.bottom ?? ''}
</body></html>`;
}

const simpleBody = (overrides) => ({
  p: (t, inline) => `<p>${t}${inline}</p>`,
  h: (t) => `<h2>${t}</h2>`,
  quote: (t) => `<blockquote><p>${t}</p></blockquote>`,
  list: (items) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`,
  fig: (src, cap) => `<figure><img src="${src}" alt=""><figcaption>${cap}</figcaption></figure>`,
  teaserBlock: (title) => `<p><strong>Also read:</strong> ${link(title)}</p>`,
  ad: () => '<div class="ad"><span>Advertisement</span></div>',
  related: (titles) => `<div class="related"><h3>Related</h3><ul>${titles.map((t) => `<li>${link(t)}</li>`).join('')}</ul></div>`,
  cta: '',
  ...overrides,
});

/** American wire (AP-like): ADVERTISEMENT labels between paragraphs, "Related coverage" lists, contributor lines in the text. */
STYLES.ap = (story) => page(story, 'The Press Service', {
  header: `<div class="Page-header"><a href="/" class="Page-logo">The Press Service</a><nav class="Page-nav">${navList(['U.S. News', 'World News', 'Politics', 'Sports', 'Entertainment', 'Business', 'Science', 'Fact Check'])}</nav><a class="donate" href="/donate">Donate</a></div>`,
  main: (body) => `<div class="Page-content"><div class="Page-breadcrumbs"><a href="/hub/world-news">World News</a></div>
<h1 class="Page-headline">${esc(story.title)}</h1>
<div class="Page-authors">BY <a href="/author/x">${esc(story.byline.toUpperCase())}</a></div><bsp-timestamp data-timestamp="1"><span>Updated ${esc(story.dateText)}</span></bsp-timestamp>
<div class="Page-actions"><a href="https://facebook.com/sharer">Share</a><a href="mailto:">Copy</a><a href="#">Link copied</a><a href="mailto:">Email</a><a href="https://x.com/">X</a><a href="https://linkedin.com/">LinkedIn</a></div>
<div class="RichTextStoryBody RichTextBody">${body}</div>
<div class="Page-below"><h2 class="Page-below-heading">Related Coverage</h2>${navList(story.related, 'related-list')}</div></div>`,
  body: simpleBody({
    ad: () => '<div class="Advertisement"><div class="ad-label">ADVERTISEMENT</div><div class="ad-slot" data-ad="dfp"></div></div>',
    teaserBlock: (title) => `<p><strong>RELATED COVERAGE</strong> — ${link(title)}</p>`,
    related: (titles) => `<div class="Enhancement"><div class="Enhancement-item"><h3>RELATED COVERAGE</h3>${titles.map((t) => `<p>${link(t)}</p>`).join('')}</div></div>`,
  }),
  footer: `<footer class="Page-footer"><p>Copyright 2025 The Press Service. All Rights Reserved.</p>${navList(['About', 'Contact Us', 'Accessibility Statement', 'Terms of Use', 'Privacy Policy'])}</footer>`,
  bottom: cookie('We use cookies to personalise content and ads, to provide social media features and to analyse our traffic.', 'Accept All Cookies'),
});

/** Indian national daily (HT-like): "Also Read |" teasers, "Catch all the…" app call, "First Published" line, Google News follow. */
STYLES.ht = (story) => page(story, 'Hindustan Daily', {
  top: '<div class="topStrip"><span>Tuesday, Jul 08, 2025</span><a href="/epaper">E-Paper</a><a href="https://hindi.example/">हिंदी</a></div>',
  header: `<header class="mainHeader"><a class="logo" href="/">Hindustan Daily</a><nav class="secMenu">${navList(['India', 'World', 'Cities', 'Entertainment', 'Cricket', 'Trending', 'Elections', 'Videos'])}</nav><div class="notification"><img src="/bell.svg" alt="Notification Icon"></div></header>`,
  main: (body) => `<section class="mainContainer"><div class="storyDetails" data-story-id="1"><h1 class="hdg1">${esc(story.title)}</h1><h2 class="sortDec">${esc(story.dek)}</h2>
<div class="storyBy"><span class="by">By <a href="/author/x">${esc(story.byline)}</a></span>, ${esc(story.place ?? 'New Delhi')}</div><div class="dateTime">${esc(story.dateText)}</div>
<div class="actionDiv"><span>Listen to this article</span><a href="https://www.whatsapp.com/">WhatsApp</a><a href="https://x.com">Twitter</a><a href="https://facebook.com">Facebook</a></div>
<div class="detail">${body}
<div class="storyTags"><p>First Published: ${esc(story.dateText)}</p></div>
<p class="catchAll">Catch all the <a href="/latest-news">Latest News</a>, <a href="/india-news">India News</a> along with Breaking News and Live Updates. Download the <a href="/app">Hindustan Daily App</a> to get the latest updates.</p>
<div class="followUs"><a href="https://news.google.com/">Follow us on Google News</a></div>
<div class="topics"><span>Topics :</span> ${story.tags.map((t) => `<a href="/topic/${slugOf(t)}">${esc(t)}</a>`).join(' ')}</div>
</div></div>
<div class="rightSec"><div class="adHolder"><span>Advertisement</span></div><div class="trending"><h2>Trending</h2>${navList(story.related)}</div></div></section>`,
  body: simpleBody({
    inlineTeaser: (title) => ` <strong>Also Read |</strong> ${link(title)}`,
    teaserBlock: (title) => `<p><strong>Also Read |</strong> ${link(title)}</p>`,
    ad: () => '<div class="adMinHeight"><div class="adsHeading">Advertisement</div><div id="div-gpt-ad-1"></div></div>',
    cta: '<div class="telegram"><p>Stay updated: join our <a href="https://whatsapp.com/channel/x">WhatsApp channel</a> for breaking news.</p></div>',
  }),
  footer: `<footer>${navList(['About Us', 'Contact Us', 'Terms of Use', 'Privacy Policy', 'Disclaimer', 'Sitemap'])}<p>Copyright © 2025 Hindustan Daily</p></footer>`,
});

/** Indian paper (TOI-like): "Listen to this article" button, "Read Also" block teasers, comments. */
STYLES.toi = (story) => page(story, 'The Indian Times', {
  header: `<div id="header"><div class="brand"><a href="/">The Indian Times</a></div><div class="nav_wrap">${navList(['News', 'City', 'India', 'World', 'Business', 'Tech', 'Sports', 'Entertainment', 'Life & Style'])}</div></div>`,
  main: (body) => `<div class="contentwrapper"><div class="article_block"><h1><span>${esc(story.title)}</span></h1>
<div class="byline"><a href="/toireporter/author-x">${esc(story.byline)}</a> / TNN / ${esc(story.dateText)}</div>
<div class="listen"><button>Listen to this article</button></div>
<div class="_s30J clearfix">${body}</div>
<div class="story_end">${story.tags.map((t) => `<a href="/topic/${slugOf(t)}">${esc(t)}</a>`).join('')}</div>
${comments('Comments (3)', [['Vikram', 'Good step, finally some action.'], ['Priya S', 'What about the other districts?']])}</div>
<div class="rhs"><div class="ad1"><span>ADVERTISEMENT</span></div><h3>Top Stories</h3>${navList(story.related)}</div></div>`,
  body: simpleBody({
    p: (t, inline) => `${t}${inline}<br><br>`,
    teaserBlock: (title) => `<div class="read_also"><span>Read Also</span>${link(title)}</div>`,
    ad: () => '<div class="inline_ad"><span class="ad_text">Advertisement</span></div>',
    h: (t) => `<div class="sub-head"><h2>${t}</h2></div>`,
  }),
  footer: `<div id="footer"><p>Copyright © 2025 The Indian Times. All rights reserved.</p>${navList(['About us', 'Create Your Own Ad', 'Terms of Use', 'Privacy policy'])}</div>`,
  bottom: cookie('This site uses cookies to provide you with a great user experience.', 'OK'),
});

/** Hindi daily: "यह भी पढ़ें" teasers, विज्ञापन labels, WhatsApp/Telegram calls. */
STYLES.hindi = (story) => page(story, 'दैनिक समाचार', {
  header: `<header class="header"><a href="/" class="logo">दैनिक समाचार</a><nav>${navList(['देश', 'विदेश', 'राज्य', 'खेल', 'मनोरंजन', 'बिजनेस', 'टेक', 'वीडियो'])}</nav></header>`,
  main: (body) => `<main><div class="article-wrapper"><h1 class="article-title">${esc(story.title)}</h1><p class="summary">${esc(story.dek)}</p>
<div class="author-details">${esc(story.byline)} | <span>प्रकाशित: ${esc(story.dateText)}</span></div>
<div class="social-share"><a href="https://facebook.com">फेसबुक</a><a href="https://x.com">ट्विटर</a><a href="https://wa.me">व्हाट्सऐप</a></div>
<div class="articleBody">${body}</div>
<div class="tags-list"><span>टैग:</span> ${story.tags.map((t) => `<a href="/tag/${encodeURIComponent(t)}">${esc(t)}</a>`).join(' ')}</div>
<div class="related-news"><h2>संबंधित खबरें</h2>${navList(story.related)}</div></div></main>`,
  body: simpleBody({
    inlineTeaser: (title) => ` <span class="read-also"><b>यह भी पढ़ें:</b> ${link(title)}</span>`,
    teaserBlock: (title) => `<p><strong>ये भी पढ़ें-</strong> ${link(title)}</p>`,
    ad: () => '<div class="ad-container"><p class="ad-text">विज्ञापन</p></div>',
    cta: '<p class="cta">ताज़ा खबरों के लिए हमें <a href="https://whatsapp.com/channel/x">व्हाट्सऐप चैनल</a> पर फॉलो करें</p>',
  }),
  footer: `<footer><p>© 2025 दैनिक समाचार. सर्वाधिकार सुरक्षित.</p>${navList(['हमारे बारे में', 'संपर्क करें', 'गोपनीयता नीति'])}</footer>`,
});

/** British broadcaster (BBC-like): data-component text blocks, image blocks with captions, "Related topics", "More on this story". */
STYLES.bbc = (story) => page(story, 'Broadcast News', {
  header: `<header data-testid="header" role="banner"><a href="/" aria-label="Broadcast News homepage">BN</a><nav aria-label="Main">${navList(['Home', 'News', 'Sport', 'Business', 'Innovation', 'Culture', 'Travel', 'Earth', 'Audio', 'Video', 'Live'])}</nav><button>Register</button><button>Sign In</button></header>`,
  main: (body) => `<div id="main-wrapper"><main id="main-content"><article>
<div data-component="headline-block"><h1>${esc(story.title)}</h1></div>
<div data-component="byline-block"><time datetime="${story.date}">${esc(story.dateText)}</time><div><span data-testid="byline-name">${esc(story.byline)}</span><span>${esc(story.role ?? 'BBC News')}</span></div><button>Share</button><button>Save</button></div>
${body}
<div data-component="tags"><h2>Related topics</h2>${navList(story.tags)}</div>
<div data-component="links-block"><h2>More on this story</h2>${navList(story.related)}</div>
</article><section data-component="recommendations"><h2>Top stories</h2>${navList(['Live: Markets react to rate decision', 'Storm warnings issued for coast'])}</section></main></div>`,
  body: simpleBody({
    p: (t, inline) => `<div data-component="text-block"><p>${t}${inline}</p></div>`,
    h: (t) => `<div data-component="subheadline-block"><h2>${t}</h2></div>`,
    fig: (src, cap) => `<div data-component="image-block"><figure><div><img src="/static/grey-placeholder.png" data-src="${src}" alt=""><noscript><img src="${src}" alt=""></noscript></div><figcaption>${cap}</figcaption></figure></div>`,
    related: (titles) => `<div data-component="links-block"><h2>Related internet links</h2>${navList(titles)}</div>`,
  }),
  footer: `<footer data-testid="footer" role="contentinfo">${navList(['Terms of Use', 'About the BBC', 'Privacy Policy', 'Cookies', 'Accessibility Help'])}<p>Copyright 2025. Broadcast News is not responsible for the content of external sites.</p></footer>`,
});

/** British paper (Guardian-like): rich-link asides, newsletter sign-up embed, "Explore more on these topics", "Reuse this content". */
STYLES.guardian = (story) => page(story, 'The Guardian Daily', {
  header: `<div class="top-bar"><a href="/support">Support us</a><a href="/signin">Sign in</a></div><nav data-component="nav2" aria-label="Guardian sections">${navList(['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'])}</nav>`,
  main: (body) => `<main><article><div data-gu-name="headline"><h1>${esc(story.title)}</h1></div><div data-gu-name="standfirst"><p>${esc(story.dek)}</p></div>
<address aria-label="Contributor info"><a rel="author" href="/profile/x">${esc(story.byline)}</a></address><div class="dcr-meta">${esc(story.dateText)}</div>
<div class="article-body-commercial-selector article-body-viewer-selector">${body}</div>
<div class="submeta"><span>Explore more on these topics</span>${navList(story.tags, 'submeta__keywords')}<a href="/share">Share</a><a href="/reuse">Reuse this content</a></div>
</article><section data-component="more-on-this-story"><h2>More on this story</h2>${navList(story.related)}</section>
<section data-component="most-viewed"><h2>Most viewed</h2>${navList(['Rishi Sunak faces questions over donor', 'Heatwave to end with thunderstorms'])}</section>
<section data-component="comments"><h2>Comments (412)</h2><p>This discussion is now closed for comments but you can still sign in or create your Guardian account to join the discussion next time.</p></section></main>`,
  body: simpleBody({
    teaserBlock: (title) => `<aside data-component="rich-link" class="element-rich-link"><p><span>Related: </span>${link(title)}</p></aside>`,
    cta: `<a data-ignore="global-link-styling" href="#EmailSignup-skip-link-6">skip past newsletter promotion</a><aside data-component="newsletter-signup"><p><strong>Morning Digest</strong>, our free weekday email</p><p>Five stories worth your time, picked by our editors before breakfast</p><p><strong>Privacy Notice:</strong> Our emails may carry messages from partners and advertisers.</p><button>Sign up</button></aside><p id="EmailSignup-skip-link-6">after newsletter promotion</p>`,
  }),
  footer: `<footer>${navList(['About us', 'Contact us', 'Complaints & corrections', 'Terms & conditions', 'Privacy policy', 'Cookie policy'])}<p>© 2025 The Guardian Daily Group. All rights reserved.</p></footer>`,
  bottom: cookie('It’s your choice. We use cookies and similar technologies to serve you personalised ads.', 'Yes, I’m happy'),
});

/** American paper (NYT-like): "Advertisement / SKIP ADVERTISEMENT", "Listen to this article · 5:12 min", "Related Content". */
STYLES.nyt = (story) => page(story, 'The New York Ledger', {
  header: `<header class="css-ahe4g0"><a href="/">The New York Ledger</a><div>${esc(story.dateText)}</div><nav>${navList(['U.S.', 'World', 'Business', 'Arts', 'Lifestyle', 'Opinion', 'Audio', 'Games', 'Cooking'])}</nav></header>`,
  main: (body) => `<main id="site-content"><div><div class="ad top-wrapper"><p>Advertisement</p><a href="#after-top">SKIP ADVERTISEMENT</a></div><div id="after-top"></div>
<article id="story"><header><h1 data-testid="headline">${esc(story.title)}</h1><p id="article-summary">${esc(story.dek)}</p>
<div class="listen"><button>Listen to this article · ${story.minutes ?? 5}:12 min</button><a href="/audio">Learn more</a></div>
<div><span>Share full article</span><button>Save</button></div><p class="byline">By <a href="/by/x">${esc(story.byline)}</a></p><time>${esc(story.dateText)}</time></header>
<section name="articleBody">${body}</section>
<div class="bottom-of-article"><h2>Related Content</h2>${navList(story.related)}</div>
</article></div></main>`,
  body: simpleBody({
    p: (t, inline) => `<div class="StoryBodyCompanionColumn"><div class="css-53u6y8"><p class="css-at9mc1 evys1bk0">${t}${inline}</p></div></div>`,
    ad: () => '<div class="ad"><div class="css-1gbm2cp"><p class="css-1fuan8m">Advertisement</p><a href="#after-ad">SKIP ADVERTISEMENT</a></div></div>',
    teaserBlock: (title) => `<div class="css-1l4spti"><p><strong>Read more:</strong> ${link(title)}</p></div>`,
  }),
  footer: `<footer class="css-1qlfcpt">${navList(['© 2025 The New York Ledger Company', 'Contact Us', 'Accessibility', 'Work with us', 'Advertise', 'Privacy Policy', 'Terms of Service'])}</footer>`,
});

/** American cable news (CNN-like): dateline, "Related article" inline, "Ad Feedback", "Stay up to date" newsletter. */
STYLES.cnn = (story) => page(story, 'Cable News', {
  header: `<header class="header" data-editable="header"><a href="/">Cable News</a><nav>${navList(['US', 'World', 'Politics', 'Business', 'Health', 'Entertainment', 'Style', 'Travel', 'Sports'])}</nav><a href="/watch">Watch</a><a href="/listen">Listen</a><a href="/live-tv">Live TV</a></header>`,
  main: (body) => `<div class="layout__wrapper"><div class="headline"><h1 id="maincontent">${esc(story.title)}</h1><div class="byline"><span class="byline__name">${esc(story.byline)}</span>, Cable News</div><div class="timestamp">Updated ${esc(story.dateText)}</div></div>
<div class="social-share"><a href="https://facebook.com">Facebook</a><a href="https://twitter.com">Tweet</a><a href="mailto:">Email</a><a href="#">Link</a> <span>Link Copied!</span></div>
<div class="article__content" data-editable="content">${body}</div>
<div class="newsletter-signup"><h3>Stay up to date</h3><p>Sign up for our free newsletter and get the latest news delivered to your inbox.</p><button>Sign Me Up</button></div>
<div class="related-content"><h2>More from Cable News</h2>${navList(story.related)}</div></div>`,
  body: simpleBody({
    p: (t, inline) => `<p class="paragraph inline-placeholder" data-component-name="paragraph">${t}${inline}</p>`,
    h: (t) => `<h2 class="subheader">${t}</h2>`,
    ad: () => '<div class="ad-slot-header"><div class="ad-feedback-link-container"><span>Ad Feedback</span></div></div>',
    teaserBlock: (title) => `<div class="related-content related-content--article"><span class="related-content__label">Related article</span>${link(title)}</div>`,
  }),
  footer: `<footer class="footer"><p>© 2025 Cable News. All Rights Reserved.</p>${navList(['Terms of Use', 'Privacy Policy', 'Ad Choices', 'About Us'])}</footer>`,
  bottom: cookie('We use cookies to improve your experience.', 'Accept'),
});

/** German news magazine (Spiegel-like): "Anzeige", "Artikel anhören", "Mehr zum Thema", newsletter box, Zur Startseite. */
STYLES.spiegel = (story) => page(story, 'Der Nachrichtenspiegel', {
  header: `<header data-area="navigation_bar"><a href="/" title="Startseite">Der Nachrichtenspiegel</a><nav>${navList(['Schlagzeilen', 'Politik', 'Meinung', 'Wirtschaft', 'Panorama', 'Sport', 'Kultur', 'Netzwelt', 'Wissenschaft'])}</nav><a href="/abo">Abonnement</a><a href="/anmelden">Anmelden</a></header>`,
  main: (body) => `<main id="Inhalt"><article aria-label="${esc(story.title)}"><header data-area="intro"><h2><span class="leading-tight">${esc(story.kicker ?? 'Politik')}</span><span>${esc(story.title)}</span></h2><div class="leading-loose">${esc(story.dek)}</div>
<div class="font-sansUI">Von <a href="/impressum/autor-x">${esc(story.byline)}</a></div><time datetime="${story.date}">${esc(story.dateText)}</time></header>
<div data-area="audio_player"><button>Artikel anhören</button><span>• 4 Min</span></div>
<section data-area="body">${body}</section>
<div data-area="topic_tags"><span>Mehr zum Thema</span>${navList(story.tags)}</div>
<div data-area="newsletter"><h3>Newsletter</h3><p>Die Lage am Morgen: Abonnieren Sie jetzt unseren kostenlosen Newsletter.</p><button>Jetzt abonnieren</button></div>
<a href="/" class="back">Zur Startseite</a></article>
<aside><h3>Meistgelesen</h3>${navList(story.related)}</aside></main>`,
  body: simpleBody({
    p: (t, inline) => `<div data-sara-click-el="body_element"><div class="RichText"><p>${t}${inline}</p></div></div>`,
    h: (t) => `<h3>${t}</h3>`,
    ad: () => '<div class="ad-container" data-advertisement="true"><p class="text-shade-dark">Anzeige</p></div>',
    teaserBlock: (title) => `<div data-area="related_articles"><p><strong>Lesen Sie auch:</strong> ${link(title)}</p></div>`,
    related: (titles) => `<section data-area="related_articles"><h3>Mehr zum Thema</h3>${navList(titles)}</section>`,
  }),
  footer: `<footer>${navList(['Impressum', 'Datenschutz', 'Nutzungsbedingungen', 'Kontakt', 'Hilfe'])}<p>© Der Nachrichtenspiegel GmbH &amp; Co. KG</p></footer>`,
  bottom: cookie('Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein besseres Nutzererlebnis zu bieten.', 'Akzeptieren und weiter'),
});

/** German weekly/daily (Zeit/FAZ-like): paginated body, "Werbung", "Das könnte Sie auch interessieren", comments count. */
STYLES.zeit = (story) => page(story, 'Die Wochenzeitung', {
  header: `<header class="header"><div class="header__brand"><a href="/">Die Wochenzeitung</a></div><nav class="nav">${navList(['Politik', 'Gesellschaft', 'Wirtschaft', 'Kultur', 'Wissen', 'Digital', 'Campus', 'Arbeit', 'Entdecken'])}</nav></header>`,
  main: (body) => `<main class="main"><article class="article" itemscope itemtype="http://schema.org/Article"><header class="article-header"><h1 class="article-heading"><span class="article-heading__kicker">${esc(story.kicker ?? 'Aktuelles')}</span><span class="article-heading__title" itemprop="headline">${esc(story.title)}</span></h1>
<div class="summary" itemprop="description">${esc(story.dek)}</div><div class="byline">Von <span itemprop="author">${esc(story.byline)}</span></div>
<div class="metadata"><time datetime="${story.date}">Aktualisiert am ${esc(story.dateText)}</time> <a href="#comments">128 Kommentare</a></div></header>
<div class="article-body" itemprop="articleBody">${body}</div>
<div class="article-tags"><h4>Schlagwörter</h4>${navList(story.tags)}</div></article>
<section class="article-recommendations"><h2>Das könnte Sie auch interessieren</h2>${navList(story.related)}</section>
${comments('Kommentare', [['Leser_42', 'Endlich bewegt sich etwas.'], ['mk_hamburg', 'Die Zahlen sprechen eine deutliche Sprache.']])}</main>`,
  body: simpleBody({
    p: (t, inline) => `<p class="paragraph article__item">${t}${inline}</p>`,
    h: (t) => `<h2 class="article__subheading article__item">${t}</h2>`,
    ad: () => '<div class="ad-wrapper"><span class="ad-label">Werbung</span><div id="ad-desktop-3"></div></div>',
    inlineTeaser: (title) => ` <span class="teaser-inline">Lesen Sie dazu auch: ${link(title)}</span>`,
    teaserBlock: (title) => `<aside class="article__item"><p>Lesen Sie auch: ${link(title)}</p></aside>`,
  }),
  footer: `<footer class="footer">${navList(['Impressum', 'Hilfe & Kontakt', 'Datenschutz', 'Abo kündigen'])}</footer>`,
});

/** French daily (Le Monde-like): "Lire aussi" inline paragraphs, "Article réservé à nos abonnés", "Publicité", "Écouter". */
STYLES.lemonde = (story) => page(story, 'Le Quotidien', {
  header: `<header class="Header"><a href="/" class="Header__logo">Le Quotidien</a><nav>${navList(['International', 'Planète', 'Politique', 'Société', 'Économie', 'Culture', 'Idées', 'Sport'])}</nav><a href="/abonnement">S’abonner</a><a href="/connexion">Se connecter</a></header>`,
  main: (body) => `<main><section class="zone zone--article"><header class="article__header"><h1 class="article__title">${esc(story.title)}</h1><p class="article__desc">${esc(story.dek)}</p>
<p class="meta__publisher">Le Quotidien avec AFP</p><span class="meta__date">Publié le ${esc(story.dateText)}</span>
<div class="meta__reading-time"><span>Lecture 3 min.</span></div><div class="services"><button>Écouter cet article</button><button>Partager</button><button>Offrir cet article</button></div></header>
<article class="article__content">${body}</article>
<section class="article__footer"><h3>Sur le même sujet</h3>${navList(story.related)}</section>
<div class="article__siblings"><p>Contribuer</p><p>Réutiliser ce contenu</p></div></section></main>`,
  body: simpleBody({
    p: (t, inline) => `<p class="article__paragraph">${t}${inline}</p>`,
    h: (t) => `<h2 class="article__sub-title">${t}</h2>`,
    teaserBlock: (title) => `<p class="article__paragraph article__paragraph--lire-aussi"><span class="lire-aussi">Lire aussi |</span> ${link(title)}</p>`,
    ad: () => '<div class="dfp-slot"><p class="dfp__label">Publicité</p></div>',
    cta: '<section class="inread"><p>Suivez-nous sur <a href="https://whatsapp.com/channel/lq">WhatsApp</a> pour recevoir l’essentiel de l’actualité.</p></section>',
  }),
  footer: `<footer class="Footer">${navList(['Mentions légales', 'Charte du groupe', 'Politique de confidentialité', 'Gestion des cookies', 'Aide (FAQ)'])}</footer>`,
  bottom: cookie('Vous pouvez accepter ou refuser ces différentes opérations. Pour en savoir plus sur les cookies, consultez notre politique.', 'Accepter et continuer'),
});

/** French regional/national (Figaro/Ouest-France-like): "À lire aussi" boxes, tag list "Sujets", newsletter. */
STYLES.figaro = (story) => page(story, 'Le Courrier National', {
  header: `<div class="fig-header"><a href="/">Le Courrier National</a>${navList(['Actualité', 'Politique', 'International', 'Économie', 'Sciences', 'Sport', 'Culture'])}</div>`,
  main: (body) => `<div class="fig-main"><div class="fig-content"><h1 class="fig-headline">${esc(story.title)}</h1><p class="fig-standfirst">${esc(story.dek)}</p>
<div class="fig-content-metas"><span class="fig-content-metas__author">Par ${esc(story.byline)}</span><span class="fig-content-metas__pub-date">Publié le ${esc(story.dateText)}</span><span>Mis à jour le ${esc(story.dateText)}</span></div>
<div class="fig-content-body">${body}</div>
<div class="fig-tags"><span>Sujets</span>${story.tags.map((t) => `<a href="/sujet/${slugOf(t)}">${esc(t)}</a>`).join('')}</div>
<div class="fig-newsletter"><p>Recevez chaque matin la newsletter de la rédaction.</p><p>Inscrivez-vous à notre newsletter quotidienne.</p></div>
<div class="fig-reco"><h3>À découvrir</h3>${navList(story.related)}</div></div>
<div class="fig-sidebar"><div class="fig-pub"><span>Publicité</span></div><h3>Les plus lus</h3>${navList(['Météo : orages attendus', 'Retraites : ce qui change'])}</div></div>`,
  body: simpleBody({
    p: (t, inline) => `<p class="fig-paragraph">${t}${inline}</p>`,
    teaserBlock: (title) => `<div class="fig-body-link"><span class="fig-body-link__label">À lire aussi</span>${link(title)}</div>`,
    ad: () => '<div class="fig-ad-content"><span class="fig-ad-content__label">Publicité</span></div>',
  }),
  footer: `<footer>${navList(['Mentions légales', 'CGU', 'Contact', 'Publicité'])}<p>© Le Courrier National 2025</p></footer>`,
});

/** Spanish daily (El País-like): "Suscríbete", "Lee también", "Publicidad", "Archivado En". */
STYLES.elpais = (story) => page(story, 'El Diario Global', {
  header: `<header class="_df"><a href="/" class="ep_l">El Diario Global</a><nav class="sm">${navList(['Internacional', 'Opinión', 'España', 'Economía', 'Sociedad', 'Educación', 'Clima', 'Ciencia', 'Cultura'])}</nav><a href="/suscripciones">Suscríbete</a></header>`,
  main: (body) => `<main id="main-content"><article class="a _g"><header class="a_e"><h1 class="a_t">${esc(story.title)}</h1><h2 class="a_st">${esc(story.dek)}</h2></header>
<div class="a_md"><div class="a_md_a"><a href="/autor/x">${esc(story.byline)}</a></div><div class="a_md_f"><span>${esc(story.place ?? 'Madrid')}</span> - <time>${esc(story.dateText)}</time><span>Actualizado: ${esc(story.dateText)}</span></div>
<div class="a_md_sh"><a href="https://wa.me/">Compartir en Whatsapp</a><a href="https://facebook.com">Compartir en Facebook</a><a href="https://x.com">Compartir en Twitter</a><a href="#">Copiar enlace</a></div></div>
<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">${body}</div>
<div class="a_ei"><h4>Archivado En</h4>${navList(story.tags)}</div>
<div class="a_sus"><p>Para licenciar este contenido, escriba a nuestro servicio de sindicación</p><p>Suscríbete para seguir leyendo. Lee sin límites</p></div></article>
<section class="b-ct"><h3>Más información</h3>${navList(story.related)}</section></main>`,
  body: simpleBody({
    teaserBlock: (title) => `<div class="a_c_lr"><p>Lee también: ${link(title)}</p></div>`,
    ad: () => '<div class="ad ad-nstd"><span>Publicidad</span></div>',
    cta: '<p class="a_nl">Síguenos en <a href="https://facebook.com/x">Facebook</a> y <a href="https://x.com/x">X</a>, o suscríbete aquí a nuestra <a href="/newsletters">newsletter semanal</a>.</p>',
  }),
  footer: `<footer>${navList(['Contacto', 'Venta de contenidos', 'Aviso legal', 'Política de cookies', 'Mapa'])}<p>© Ediciones Diario Global, S.L.</p></footer>`,
  bottom: cookie('Utilizamos cookies propias y de terceros para mejorar nuestros servicios.', 'Aceptar y continuar', false),
});

/** Brazilian portal (G1/Folha-like): "Leia também" lists, "Publicidade", "Receba no WhatsApp", "Veja mais". */
STYLES.g1 = (story) => page(story, 'Portal Notícias', {
  header: `<header id="header-produto"><a href="/">Portal Notícias</a><nav class="menu">${navList(['Brasil', 'Mundo', 'Economia', 'Política', 'Ciência', 'Tecnologia', 'Carros', 'Educação'])}</nav></header>`,
  main: (body) => `<main><div class="mc-article-header"><h1 class="content-head__title" itemprop="headline">${esc(story.title)}</h1><h2 class="content-head__subtitle">${esc(story.dek)}</h2>
<p class="content-publication-data__from">Por <a href="/autor/x">${esc(story.byline)}</a>, ${esc(story.place ?? 'São Paulo')}</p><p class="content-publication-data__updated"><time>${esc(story.dateText)}</time> Atualizado há 2 horas</p>
<div class="share"><a href="https://wa.me/">WhatsApp</a><a href="https://facebook.com/">Facebook</a><a href="https://x.com/">Twitter</a><a href="mailto:">E-mail</a></div></div>
<article itemprop="articleBody"><div class="mc-article-body">${body}</div></article>
<div class="entities"><h3>Veja mais</h3>${story.tags.map((t) => `<a class="entities__list-item" href="/tudo-sobre/${slugOf(t)}">${esc(t)}</a>`).join('')}</div>
<div class="feed"><h3>Últimas notícias</h3>${navList(story.related)}</div></main>`,
  body: simpleBody({
    p: (t, inline) => `<div class="mc-column content-text active-extra-styles"><p class="content-text__container">${t}${inline}</p></div>`,
    h: (t) => `<div class="mc-column"><h2 class="content-intertitle">${t}</h2></div>`,
    related: (titles) => `<div class="mc-column content-unordered-list"><p><strong>LEIA TAMBÉM:</strong></p><ul>${titles.map((t) => `<li>${link(t)}</li>`).join('')}</ul></div>`,
    teaserBlock: (title) => `<div class="mc-column"><p><b>Leia também:</b> ${link(title)}</p></div>`,
    ad: () => '<div class="content-ads"><span>PUBLICIDADE</span></div>',
    cta: '<div class="mc-column"><p>📲 Receba as notícias do Portal no <a href="https://whatsapp.com/channel/pn">WhatsApp</a></p></div>',
  }),
  footer: `<footer>${navList(['Princípios editoriais', 'Política de privacidade', 'Minha conta', 'Anuncie conosco'])}<p>© Copyright 2000-2025 Portal Notícias</p></footer>`,
  bottom: cookie('Utilizamos cookies para melhorar sua experiência. Ao continuar, você concorda com a nossa Política de Privacidade.', 'Prosseguir'),
});

/** Russian agency (RIA/TASS-like): "Читайте также" inserts, "Реклама", Telegram channel call, "Теги". */
STYLES.ria = (story) => page(story, 'Новостное агентство', {
  header: `<div class="header"><a href="/" class="logo">Новостное агентство</a><div class="nav">${navList(['Политика', 'В мире', 'Экономика', 'Общество', 'Происшествия', 'Армия', 'Наука', 'Спорт', 'Культура'])}</div></div>`,
  main: (body) => `<div class="layout-article"><div class="article" itemscope itemtype="http://schema.org/Article"><div class="article__header"><div class="article__info-date"><a href="/20250704/">${esc(story.dateText)}</a> (обновлено: ${esc(story.dateText)})</div>
<h1 class="article__title">${esc(story.title)}</h1><div class="article__second-title">${esc(story.dek)}</div></div>
<div class="article__body js-mediator-article">${body}</div>
<div class="article__tags"><span>Теги:</span> ${story.tags.map((t) => `<a class="article__tags-item" href="/tag/${encodeURIComponent(t)}">${esc(t)}</a>`).join('')}</div>
<div class="article__share"><span>Поделиться:</span><a href="https://vk.com/share">ВКонтакте</a><a href="https://t.me/share">Telegram</a><a href="https://ok.ru">Одноклассники</a></div></div>
<div class="sidebar"><h3>Самое читаемое</h3>${navList(story.related)}</div></div>`,
  body: simpleBody({
    p: (t, inline) => `<div class="article__block" data-type="text"><div class="article__text">${t}${inline}</div></div>`,
    h: (t) => `<div class="article__block" data-type="h2"><h2 class="article__h2">${t}</h2></div>`,
    quote: (t) => `<div class="article__block" data-type="quote"><div class="article__quote-text">${t}</div></div>`,
    teaserBlock: (title) => `<div class="article__block" data-type="article"><div class="article__article-info"><span>Читайте также</span></div>${link(title)}</div>`,
    ad: () => '<div class="article__block" data-type="banner"><div class="banner"><span class="banner__label">Реклама</span></div></div>',
    cta: '<div class="article__block" data-type="text"><div class="article__text">Подписывайтесь на наш <a href="https://t.me/agency">Telegram-канал</a>, чтобы первыми узнавать о главных событиях.</div></div>',
  }),
  footer: `<div class="footer"><p>© 2025 Новостное агентство. Сетевое издание зарегистрировано в Роскомнадзоре.</p>${navList(['О проекте', 'Контакты', 'Реклама', 'Правила использования'])}</div>`,
});

/** Russian independent outlet (Meduza-like): "Читайте также" cards inline, donation call, share buttons. */
STYLES.meduza = (story) => page(story, 'Медиазона Лайт', {
  header: `<header class="Header"><a href="/">Медиазона Лайт</a><nav>${navList(['Новости', 'Истории', 'Разборы', 'Игры', 'Подкасты', 'Шапито'])}</nav><a href="/donate">Помочь</a></header>`,
  main: (body) => `<div class="Layout"><article class="GeneralMaterial-article"><header class="RichTitle"><h1>${esc(story.title)}</h1><div class="MaterialMeta"><time>${esc(story.dateText)}</time><span>Источник: ${esc(story.byline)}</span></div></header>
<div class="GeneralMaterial-body">${body}</div>
<div class="Toolbar"><button>Поделиться</button><a href="https://vk.com">ВКонтакте</a><a href="https://t.me">Telegram</a><a href="https://x.com">Twitter</a></div>
<div class="SupportBlock"><p>Поддержите нас — подпишитесь на наш Telegram-канал и оформите регулярное пожертвование.</p><a href="/support">Поддержать</a></div></article>
<section class="Related"><h3>Читайте также</h3>${navList(story.related)}</section></div>`,
  body: simpleBody({
    p: (t, inline) => `<p class="SimpleBlock-p">${t}${inline}</p>`,
    h: (t) => `<h3 class="SimpleBlock-h3">${t}</h3>`,
    teaserBlock: (title) => `<div class="RelatedBlock"><h4>Читайте также</h4><a class="RelatedRichBlock" href="/news/x">${esc(title)}</a></div>`,
    inlineTeaser: (title) => ` <span class="Inline">Читайте также: ${link(title)}</span>`,
  }),
  footer: `<footer>${navList(['О нас', 'Контакты', 'Правила'])}<p>© 2025 Медиазона Лайт</p></footer>`,
});

/** Japanese broadcaster/paper (NHK/Asahi-like): 関連記事 lists, 広告 labels, シェア buttons, no spaces between words. */
STYLES.nhk = (story) => page(story, '日本ニュース', {
  header: `<header id="header"><a href="/">日本ニュース</a><nav>${navList(['社会', '政治', '経済', '国際', '科学・文化', 'スポーツ', '暮らし', '地域'])}</nav></header>`,
  main: (body) => `<main id="main"><article class="module--detail"><section class="content--detail-title"><h1 class="content--title">${esc(story.title)}</h1><p class="content--date"><time datetime="${story.date}">${esc(story.dateText)}</time></p>
<div class="content--share"><span>シェアする</span><a href="https://x.com">X</a><a href="https://facebook.com">Facebook</a><a href="https://line.me">LINE</a><a href="https://b.hatena.ne.jp">はてなブックマーク</a></div></section>
<section class="content--detail-body">${body}</section>
<section class="content--related"><h2>関連記事</h2>${navList(story.related)}</section>
<div class="content--tags"><span>タグ：</span>${story.tags.map((t) => `<a href="/tag/${encodeURIComponent(t)}">${esc(t)}</a>`).join('')}</div></article>
<aside class="sidebar"><h3>アクセスランキング</h3>${navList(['台風情報 最新', '円相場 値動き'])}</aside></main>`,
  body: simpleBody({
    p: (t, inline) => `<div class="body-text"><p>${t}${inline}</p></div>`,
    h: (t) => `<h2 class="body-title">${t}</h2>`,
    teaserBlock: (title) => `<p class="related-link">【関連記事】${link(title)}</p>`,
    ad: () => '<div class="ad-box"><p class="ad-label">広告</p></div>',
    cta: '<p class="follow">公式Xアカウントをフォローして最新ニュースをチェック</p>',
  }),
  footer: `<footer>${navList(['利用規約', 'プライバシーポリシー', 'お問い合わせ'])}<p>Copyright 日本ニュース</p></footer>`,
});

/** Italian daily (Corriere-like): "Leggi anche", "Pubblicità", newsletter, "Argomenti". */
STYLES.corriere = (story) => page(story, 'Il Corriere Nazionale', {
  header: `<header class="header"><a href="/">Il Corriere Nazionale</a><nav>${navList(['Politica', 'Esteri', 'Cronache', 'Economia', 'Sport', 'Cultura', 'Spettacoli', 'Salute'])}</nav><a href="/abbonati">Abbonati</a></header>`,
  main: (body) => `<main><div class="article-wrap"><h1 class="title-art">${esc(story.title)}</h1><h2 class="summary-art">${esc(story.dek)}</h2>
<div class="info-art"><span class="writer">di ${esc(story.byline)}</span> <time>${esc(story.dateText)}</time></div><div class="tools"><button>Ascolta l'articolo</button><button>Condividi</button></div>
<div class="content-art">${body}</div>
<div class="tags-art"><span>Argomenti:</span>${navList(story.tags)}</div>
<div class="nl-box"><p>Iscriviti alla newsletter del mattino: le notizie più importanti ogni giorno nella tua casella.</p></div>
<div class="read-also"><h3>Potrebbe interessarti</h3>${navList(story.related)}</div></div></main>`,
  body: simpleBody({
    p: (t, inline) => `<p class="chapter-paragraph">${t}${inline}</p>`,
    teaserBlock: (title) => `<p class="read-also-inline"><strong>Leggi anche</strong> ${link(title)}</p>`,
    ad: () => '<div class="adv"><span>Pubblicità</span></div>',
  }),
  footer: `<footer>${navList(['Chi siamo', 'Privacy', 'Cookie policy', 'Contatti'])}<p>© 2025 Il Corriere Nazionale</p></footer>`,
  bottom: cookie('Questo sito utilizza cookie tecnici e di profilazione.', 'Accetta'),
});

async function main() {
  const stories = [...STORIES_EN, ...STORIES_WORLD];
  for (const story of stories) {
    const render = STYLES[story.style];
    if (!render) throw new Error(`unknown style ${story.style} for ${story.slug}`);
    const folder = path.join(here, story.slug);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'source.html'), render(story));
    await writeFile(path.join(folder, 'article.txt'), articleText(parseBody(story.body)));
  }
  console.log(`wrote ${stories.length} pages`);
}

await main();
