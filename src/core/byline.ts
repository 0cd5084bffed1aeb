/**
 * The byline as a reader expects to see it: the names, without the "By" before them and without the
 * date, time, update note, counter or link that the page's author element carried with them (the
 * header shows the date on its own). Readability hands over that element's text as it is.
 */
import PREFIXES from './byline-prefixes.json';

type PrefixTable = Record<string, string[] | string>;

/** Month and weekday names of a language, long and short, lower case, without a dot (from Intl). */
const calendarWords = new Map<string, ReadonlySet<string>>();

function calendarWordsOf(lang: string): ReadonlySet<string> {
  let words = calendarWords.get(lang);
  if (words === undefined) {
    const found = new Set<string>();
    for (const tag of new Set([lang, 'en'])) {
      for (const style of ['long', 'short'] as const) {
        try {
          const month = new Intl.DateTimeFormat(tag, { month: style, timeZone: 'UTC' });
          const weekday = new Intl.DateTimeFormat(tag, { weekday: style, timeZone: 'UTC' });
          for (let m = 0; m < 12; m += 1) found.add(month.format(Date.UTC(2021, m, 1)).toLowerCase().replace(/\.$/u, ''));
          for (let d = 0; d < 7; d += 1) found.add(weekday.format(Date.UTC(2021, 0, 3 + d)).toLowerCase().replace(/\.$/u, ''));
        } catch {
          // A language tag Intl does not know: English's names only.
        }
      }
    }
    found.add('sept');
    words = found;
    calendarWords.set(lang, words);
  }
  return words;
}

/** Words that may stand between a name and the date cut after it ("on", "at", "le", "am"). */
const LINKS = new Set(['on', 'at', 'le', 'am', 'el', 'il', 'op', 'den', 'the', 'updated', 'published', 'posted']);
const URL_IN_BYLINE = /\s*\(?\bhttps?:\/\/[^\s)]*\)?/gu;
const UPPER_FIRST = /^\p{Lu}/u;

/** `text` (white space already collapsed) without its leading "By": only before a capitalised name of two words or more. */
function withoutPrefix(text: string, prefixes: readonly string[]): string {
  const lower = text.toLowerCase();
  for (const prefix of prefixes) {
    if (!lower.startsWith(`${prefix} `)) continue;
    const rest = text.slice(prefix.length + 1);
    if (UPPER_FIRST.test(rest) && rest.split(' ').length >= 2) return rest;
  }
  return text;
}

/** The names in a byline, or "" when it held only a date, a time or a label. */
function namesOf(byline: string, prefixes: readonly string[], calendar: ReadonlySet<string>): string {
  let text = withoutPrefix(byline.replace(URL_IN_BYLINE, '').replace(/\s+/gu, ' ').trim(), prefixes);
  // A date, a time or a counter starts at the first digit: names carry none ("Reed12 Mar 2024").
  const digit = text.search(/\p{N}/u);
  if (digit < 0) return text;
  text = text.slice(0, digit);
  let words = text.split(' ').filter((word) => word !== '');
  // Then back over what belongs to the date: "June", "Monday,", "at", "|".
  while (words.length > 0) {
    const word = words[words.length - 1] as string;
    // "Last Updated:" is a label whose value was the date: no name in it.
    if (word.endsWith(':')) return '';
    const last = word.toLowerCase().replace(/[.,;|·–—-]+$/u, '');
    if (last === '' || calendar.has(last) || LINKS.has(last)) words = words.slice(0, -1);
    else break;
  }
  return words.join(' ').replace(/[\s,;|·–—-]+$/u, '');
}

/** The byline to show, or null when it names no one apart from the site. */
export function displayByline(raw: string | null | undefined, lang: string | null | undefined, siteName: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const base = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  const table = PREFIXES as PrefixTable;
  const own = Array.isArray(table[base]) ? (table[base] as string[]) : [];
  const prefixes = [...own, ...(table.en as string[])].sort((a, b) => b.length - a.length);
  const calendar = calendarWordsOf(base === '' ? 'en' : base);
  const names = namesOf(raw, prefixes, calendar);
  if (names === '' || names.toLowerCase() === siteName?.trim().toLowerCase()) return null;
  return names;
}
