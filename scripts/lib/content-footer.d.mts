/** See content-footer.mjs. */
export function contentFooter(entryName: string): string;
