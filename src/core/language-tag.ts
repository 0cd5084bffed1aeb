/**
 * A page's `lang` as the browser's Intl APIs accept it. Pages write anything there: `en_US` (a POSIX
 * locale), `x-default`, `english`, an empty string. Intl throws a RangeError on an invalid tag, so the
 * page's value is normalised once, where its answer arrives (core/extraction-result.ts), instead of at
 * every use.
 */
export function normalizeLanguage(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const tag = value.trim().replace(/_/g, '-');
  // `und` is BCP 47 for "undetermined": the same as no language at all.
  if (tag === '' || /^und(?:-|$)/i.test(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}
