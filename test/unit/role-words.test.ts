import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRole, lexiconFor } from '../../src/core/quotes/lexicon.js';
import { LEXICONS } from '../../src/core/quotes/lexicons.js';

describe('isRole', () => {
  it('finds a compound that ends in a role only where nouns are capitalised, as a scan of every role does', () => {
    const german = lexiconFor('de', LEXICONS);
    const english = lexiconFor('en', LEXICONS);
    const longRoles = [...german.roles].filter((role) => role.length >= 4);
    const scan = (word: string): boolean => german.roles.has(word) || longRoles.some((role) => word.length > role.length + 2 && word.endsWith(role));
    const words = fc.oneof(
      fc.tuple(fc.constantFrom('vereins', 'ab', 'x', 'landes', ''), fc.constantFrom(...longRoles)).map(([head, role]) => head + role),
      fc.string({ maxLength: 14 }).filter((word) => !word.endsWith('.')),
    );
    fc.assert(fc.property(words, (word) => {
      expect(isRole(word, german)).toBe(scan(word) || (word.lastIndexOf('-') > 0 && german.roles.has(word.slice(word.lastIndexOf('-') + 1))));
    }), { numRuns: 2000 });
    expect(isRole('vereinschef', german)).toBe(true);
    expect(isRole('chef', german)).toBe(german.roles.has('chef'));
    expect(isRole('vereinschef', english)).toBe(false);
  });
});
