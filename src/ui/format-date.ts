/** A publication date as a reader expects it ("4 July 2025"), or the page's own words when unparseable. */
export function formatDate(value: string, locale?: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(time));
}
