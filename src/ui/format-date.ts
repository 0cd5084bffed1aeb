/**
 * A publication date as a reader expects it ("4 July 2025"), or the page's own words when unparseable.
 * Never throws: an unusable locale falls back to the browser's own, and that failing, to the page's words.
 */
export function formatDate(value: string, locale?: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  for (const tag of [locale, undefined]) {
    try {
      return new Intl.DateTimeFormat(tag, { dateStyle: 'long' }).format(new Date(time));
    } catch {
      // An invalid tag (RangeError) or an engine without dateStyle: try the next.
    }
  }
  return value;
}
