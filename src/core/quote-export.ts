/**
 * Citations and exports of the quotations, as text: pure functions of the article's metadata and quotes.
 */
export interface CitedArticle {
  title: string | null;
  siteName: string | null;
  publishedTime: string | null;
  url: string | null;
}

export interface CitedQuote {
  /** The quoted words, without the enclosing marks. */
  text: string;
  speaker: string | null;
  kind: string;
}

/** Characters the text-fragment syntax reserves, beyond what encodeURIComponent already encodes. */
const encodeFragmentPart = (text: string): string => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');

const WORDS_AT_EACH_END = 5;

/**
 * The page's URL with a text fragment (`#:~:text=`) that opens it scrolled to the quotation. Long
 * quotations use the `start,end` form so the fragment stays short and survives small edits in between.
 */
export function textFragmentUrl(url: string, quote: string): string {
  const base = url.replace(/#.*$/, '');
  const words = quote.replace(/\s+/g, ' ').trim().split(' ');
  const directive = words.length <= WORDS_AT_EACH_END * 2
    ? encodeFragmentPart(words.join(' '))
    : `${encodeFragmentPart(words.slice(0, WORDS_AT_EACH_END).join(' '))},${encodeFragmentPart(words.slice(-WORDS_AT_EACH_END).join(' '))}`;
  return `${base}#:~:text=${directive}`;
}

function formatDay(value: string | null): string | null {
  if (value === null) return null;
  // The page's own calendar day: converting "…T02:00+05:30" to UTC would move it to the day before.
  const day = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0];
  if (day) return day;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString().slice(0, 10);
}

/** “quote” — Speaker, in "Headline", Site, date. URL-with-fragment */
export function citation(article: CitedArticle, quote: CitedQuote): string {
  const source = [
    quote.speaker ? `— ${quote.speaker}, in` : '— in',
    article.title ? `"${article.title}"` : null,
  ].filter(Boolean).join(' ');
  const where = [source, article.siteName, formatDay(article.publishedTime)].filter(Boolean).join(', ');
  const link = article.url && /^https?:/i.test(article.url) ? ` ${textFragmentUrl(article.url, quote.text)}` : '';
  return `“${quote.text}” ${where}.${link}`;
}

/** Quotations grouped by speaker, in order of first appearance; unattributed ones last. */
export function groupBySpeaker<T extends { speaker: string | null }>(quotes: readonly T[]): { speaker: string | null; quotes: T[] }[] {
  const groups = new Map<string | null, T[]>();
  for (const quote of quotes) {
    const list = groups.get(quote.speaker) ?? [];
    list.push(quote);
    groups.set(quote.speaker, list);
  }
  const named = [...groups].filter(([speaker]) => speaker !== null);
  const unnamed = groups.get(null);
  return [...named, ...(unnamed ? [[null, unnamed] as const] : [])].map(([speaker, list]) => ({ speaker, quotes: list }));
}

const escapeMarkdown = (text: string): string => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

/** Every quotation as Markdown: a heading per speaker, each quote with its citation link. */
export function quotesToMarkdown(article: CitedArticle, quotes: readonly CitedQuote[]): string {
  const lines = [`# Quotations in "${escapeMarkdown(article.title ?? 'Untitled')}"`, ''];
  const source = [article.siteName, formatDay(article.publishedTime)].filter(Boolean).join(', ');
  if (source || article.url) lines.push(`${escapeMarkdown(source)}${article.url ? ` — <${article.url}>` : ''}`, '');
  for (const group of groupBySpeaker(quotes)) {
    lines.push(`## ${escapeMarkdown(group.speaker ?? 'Unattributed')} (${group.quotes.length})`, '');
    for (const quote of group.quotes) {
      const link = article.url && /^https?:/i.test(article.url) ? ` ([source](${textFragmentUrl(article.url, quote.text)}))` : '';
      lines.push(`> “${escapeMarkdown(quote.text)}”${link}`, '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Every quotation as JSON, with the article it comes from. */
export function quotesToJson(article: CitedArticle, quotes: readonly CitedQuote[]): string {
  return `${JSON.stringify({
    article: { title: article.title, siteName: article.siteName, publishedTime: article.publishedTime, url: article.url },
    quotes: quotes.map((quote) => ({
      text: quote.text,
      kind: quote.kind,
      speaker: quote.speaker,
      url: article.url && /^https?:/i.test(article.url) ? textFragmentUrl(article.url, quote.text) : null,
    })),
  }, null, 2)}\n`;
}
