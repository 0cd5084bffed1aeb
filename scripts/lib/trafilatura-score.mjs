// trafilatura's own extraction metric (tests/comparison.py in adbar/trafilatura, as ../shared/docs/dev-data.md
// states it): a `with` string found in the output, white space collapsed, is a true positive, missing a
// false negative; a `without` string found is a false positive, missing a true negative. Precision,
// recall, accuracy and F over all strings of all pages.

const collapse = (text) => text.replace(/\s+/g, ' ').trim();

/** The four counts for one page's output. */
export function scoreStrings(output, item) {
  const text = collapse(output ?? '');
  const found = (needle) => text.includes(collapse(needle));
  const counts = { tp: 0, fn: 0, fp: 0, tn: 0, missing: [], leaked: [] };
  for (const needle of item.with) {
    if (found(needle)) counts.tp += 1;
    else { counts.fn += 1; counts.missing.push(needle); }
  }
  for (const needle of item.without) {
    if (found(needle)) { counts.fp += 1; counts.leaked.push(needle); }
    else counts.tn += 1;
  }
  return counts;
}

/** Precision, recall, accuracy and F from counts summed over pages. */
export function summarise(pages) {
  const sum = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const page of pages) for (const key of Object.keys(sum)) sum[key] += page[key];
  const precision = sum.tp / (sum.tp + sum.fp || 1);
  const recall = sum.tp / (sum.tp + sum.fn || 1);
  const accuracy = (sum.tp + sum.tn) / (sum.tp + sum.fn + sum.fp + sum.tn || 1);
  const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...sum, precision, recall, accuracy, f };
}

export function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
