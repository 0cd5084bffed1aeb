/**
 * The mark scan and the headline check read white space by code unit instead of running `\s` on each
 * character: the table must say exactly what the pattern says, for every code unit.
 */
import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from '../../src/core/quotes/scan-marks.js';

describe('isWhiteSpace', () => {
  it('says what /\\s/u says of every code unit', () => {
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      if (isWhiteSpace(code) !== /\s/u.test(String.fromCharCode(code))) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });
});
