/**
 * How deeply brackets ({ [ () nest in a GraphQL document, outside strings and comments. graphql-js's
 * parser recurses once or more per level, so a 10 KB list nested 2,000 deep overflows the stack
 * before the token limit stops it: this linear scan runs first. Stops counting once past `limit`.
 */
export function bracketNesting(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 35) {
      // # comment to the end of the line
      while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    } else if (c === 34) {
      i = text.startsWith('"""', i) ? skipBlockString(text, i + 3) : skipString(text, i + 1);
    } else if (c === 123 || c === 91 || c === 40) {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 125 || c === 93 || c === 41) {
      depth--;
    }
  }
  return max;
}

function skipString(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 34 || c === 10) return i;
  }
  return text.length;
}

function skipBlockString(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text.charCodeAt(i) === 92 && text.startsWith('"""', i + 1)) i += 3;
    else if (text.startsWith('"""', i)) return i + 2;
  }
  return text.length;
}
