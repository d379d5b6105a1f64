import { describe, expect, it } from 'vitest';
import { bracketNesting } from '../../../src/graphql/nesting.js';

describe('bracketNesting', () => {
  it('counts braces, brackets and parentheses together', () => {
    expect(bracketNesting('{ a(ids: [["x"]]) { b } }', 100)).toBe(4);
  });

  it('ignores brackets inside strings, block strings and comments', () => {
    expect(bracketNesting('{ a(s: "[[[[", t: """ {{{{ \\""" ]]]] """) # (((( \n }', 100)).toBe(2);
  });

  it('stops counting once past the limit', () => {
    expect(bracketNesting(`${'['.repeat(5000)}${']'.repeat(5000)}`, 40)).toBe(41);
  });
});
