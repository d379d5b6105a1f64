import { describe, expect, it } from 'vitest';
import { createImportProgress } from '../../../src/local/import-progress.js';

const capture = (tty: boolean, every?: number) => {
  const written: string[] = [];
  const progress = createImportProgress({
    inputs: 2,
    tty,
    write: (text) => written.push(text),
    ...(every ? { every } : {}),
  });
  return { progress, written };
};

describe('import progress', () => {
  it('counts documents, not inputs: a feed of three is three steps', () => {
    const { progress, written } = capture(false, 1);

    progress.parsed(3);
    progress.document({ outcome: 'WRITTEN' });
    progress.document({ outcome: 'REJECTED' });
    progress.document({ outcome: 'WRITTEN' });

    expect(written).toEqual([
      '1/3 documents (1/2 inputs): 1 written\n',
      '2/3 documents (1/2 inputs): 1 written, 1 rejected\n',
      '3/3 documents (1/2 inputs): 2 written, 1 rejected\n',
    ]);
  });

  it('prints a line every so many documents off a terminal, and the final count at the end', () => {
    const { progress, written } = capture(false, 2);

    progress.parsed(3);
    for (let i = 0; i < 3; i++) progress.document({ outcome: 'UNCHANGED' });
    progress.finish();

    expect(written).toEqual(['2/3 documents (1/2 inputs): 2 unchanged\n', '3/3 documents (1/2 inputs): 3 unchanged\n']);
  });

  it('redraws one line with a bar on a terminal', () => {
    const { progress, written } = capture(true);

    progress.parsed(2);
    progress.document({ outcome: 'WRITTEN' });

    expect(written.at(-1)).toBe(`\r[${'#'.repeat(12)}${'.'.repeat(12)}] 1/2 documents (1/2 inputs): 1 written\u001b[K`);
  });
});
