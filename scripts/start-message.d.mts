/** See start-message.mjs. */
export function startMessage(options: { chromium: boolean; url: string }): string;
