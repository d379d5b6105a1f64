import { readFileSync } from 'node:fs';

/** The README's text. */
export const readme = () => readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** Every example of the README's "Example queries", with the comment above it (its promise). */
export function readmeExamples(): { title: string; comment: string; query: string }[] {
  const section = readme().split('## Example queries')[1]?.split('\n## ')[0] ?? '';
  const blocks = [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  return blocks.flatMap((block) =>
    block
      .split(/\n\s*\n(?=#)/)
      .filter((text) => text.trim())
      .map((text) => {
        const lines = text.trim().split('\n');
        const comment = lines.filter((line) => line.startsWith('#')).map((line) => line.replace(/^#\s?/, ''));
        return {
          title: comment[0] ?? '',
          comment: comment.join(' '),
          query: lines.filter((line) => !line.startsWith('#')).join('\n'),
        };
      }),
  );
}
