import type english from '../../_locales/en/messages.json';

/**
 * Interface strings, looked up by key. The extension asks the browser (ui/i18n.ts); pure modules take a
 * `Translate` as a parameter, so they stay importable in Node, where ui/english-messages.ts answers.
 */
export type MessageKey = keyof typeof english;
export type Translate = (key: MessageKey, substitutions?: readonly (string | number)[]) => string;

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * A messages.json entry with its substitutions filled in, the way browsers do it: `$NAME$` is the
 * named placeholder, whose content refers to `$1`…`$9`; `$$` is a dollar sign.
 */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[] = []): string {
  const positional = (text: string): string =>
    text.replace(/\$(\d)/g, (_, digit: string) => substitutions[Number(digit) - 1] ?? '');
  const placeholders = entry.placeholders ?? {};
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (match, name: string | undefined) => {
    if (name === undefined) return '$';
    const placeholder = Object.entries(placeholders).find(([key]) => key.toLowerCase() === name.toLowerCase());
    return placeholder ? positional(placeholder[1].content) : match;
  });
}
