import { copyTextLine } from './copy-text';

describe('copyTextLine', () => {
  it('writes COPY text format: tabs between, \\N for null, escapes for specials', () => {
    expect(copyTextLine(1, ['a', null, true, false, 2.5])).toBe('1\ta\t\\N\tt\tf\t2.5\n');
    expect(copyTextLine(7, ['tab\there', 'new\nline\r', 'back\\slash', '\\N'])).toBe('7\ttab\\there\tnew\\nline\\r\tback\\\\slash\t\\\\N\n');
  });
});
