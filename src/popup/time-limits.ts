/** How long the page may take to answer the popup before the reader is told "took too long". */
export const EXTRACTION_TIMEOUT_MS = 5000;

/**
 * How long the popup may spend preparing an article once the page answered (the reader view, the
 * article's quote lexicon) before it says so instead of "Reading the page…" for ever.
 */
export const PROCESSING_TIMEOUT_MS = 10_000;
