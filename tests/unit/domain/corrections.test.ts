import { describe, expect, it } from 'vitest';
import { acceptSourceChange, applyEditorial, correct } from '../../../src/domain/corrections.js';
import { keepDismissals, withFlagIds, type QualityFlag } from '../../../src/domain/quality.js';
import { makeArticle } from '../../support/factories.js';

const flag = (kind: QualityFlag['kind'], paragraph: number, text: string, start = 0): QualityFlag => ({
  kind,
  paragraph,
  start,
  end: start + text.length,
  text,
  message: 'm',
  confidence: 0.9,
});
const AT = '2026-11-29T03:00:00.000Z';
const LATER = '2026-11-30T03:00:00.000Z';

describe('quality flag ids', () => {
  it('stay the same when the flagged text moves to another paragraph or offset', () => {
    const [before] = withFlagIds([flag('IMPLAUSIBLE_YEAR', 6, '1200', 173)]);
    const [after] = withFlagIds([flag('IMPLAUSIBLE_YEAR', 7, '1200', 12)]);

    expect(after?.id).toBe(before?.id);
    expect(before?.id).toMatch(/^implausible-year-[0-9a-f]{8}$/);
  });

  it('tell the same text flagged twice apart by order, and the headline from the body', () => {
    const ids = withFlagIds([
      flag('IMPLAUSIBLE_YEAR', 6, '1200'),
      flag('IMPLAUSIBLE_YEAR', 8, '1200'),
      flag('IMPLAUSIBLE_YEAR', -1, '1200'),
    ]).map((f) => f.id);

    expect(ids[1]).toBe(`${ids[0]}-2`);
    expect(new Set(ids).size).toBe(3);
  });

  it('carry a dismissal over to the same flag computed again, not to another', () => {
    const dismissal = { by: 'ed', at: AT, note: 'fine' };
    const stored = withFlagIds([flag('DOUBLED_PHRASE', 2, 'the the')]).map((f) => ({ ...f, dismissal }));
    const fresh = keepDismissals([flag('DOUBLED_PHRASE', 3, 'the the'), flag('DOUBLED_PHRASE', 3, 'a a')], stored);

    expect(fresh.map((f) => f.dismissal)).toEqual([dismissal, undefined]);
  });
});

describe('corrections against imports', () => {
  const source = makeArticle({ headline: 'Council approves the tram line', body: ['It passed 31 to 12.'] });
  const corrected = correct(
    source,
    { fields: new Map([['headline', 'Council approves the new tram line']]) },
    'n',
    'ed',
    AT,
  );

  it('keeps the editor headline and its slug when the unchanged source is applied again', () => {
    const again = applyEditorial(source, corrected.article, LATER);

    expect(again.article).toMatchObject({
      headline: 'Council approves the new tram line',
      slug: 'council-approves-the-new-tram-line',
    });
    expect(again.article.pendingSourceChanges).toBeUndefined();
  });

  it('holds a changed source value as pending, first seen when it first came', () => {
    const changed = { ...source, article: { ...source.article, headline: 'Tram line approved' } };
    const first = applyEditorial(changed, corrected.article, LATER);
    const second = applyEditorial(changed, first.article, '2026-12-01T00:00:00.000Z');

    expect(second.article.headline).toBe('Council approves the new tram line');
    expect(second.article.pendingSourceChanges).toEqual([
      { field: 'headline', value: 'Tram line approved', seenAt: LATER },
    ]);
    expect(acceptSourceChange(second, 'headline').article).toMatchObject({
      headline: 'Tram line approved',
      slug: 'tram-line-approved',
    });
    expect(acceptSourceChange(second, 'headline').article.overrides).toBeUndefined();
  });

  it('gives a body correction paragraphs only and dismisses the flags in the body', () => {
    const flagged = {
      ...source,
      article: {
        ...source.article,
        bodyBlocks: [{ kind: 'paragraph' as const, runs: [{ text: 'It passed 31 to 12.' }] }],
        qualityFlags: [flag('DOUBLED_PHRASE', 0, 'It It'), flag('HEADLINE_FROM_TEXT', -1, 'Council')],
      },
    } as typeof source;
    const { article } = correct(
      flagged,
      { fields: new Map([['body', ['It passed, 31 to 12.']]]) },
      'Vote count.',
      'ed',
      AT,
    );

    expect(article.bodyBlocks).toBeUndefined();
    expect(article.qualityFlags?.map((f) => f.dismissal?.note)).toEqual(['corrected: Vote count.', undefined]);
    expect(article.corrections).toEqual([{ at: AT, note: 'Vote count.', fields: ['body'] }]);
  });

  it("marks a corrected date as the editor's and refuses a change that changes nothing", () => {
    const dated = correct(
      source,
      { fields: new Map([['publishedAt', '2025-03-05T00:00:00.000Z']]) },
      'Date.',
      'ed',
      AT,
    );

    expect(dated.article).toMatchObject({ publishedAt: '2025-03-05T00:00:00.000Z', dateSource: 'EDITOR' });
    expect(() => correct(source, { fields: new Map([['headline', source.article.headline]]) }, 'n', 'ed', AT)).toThrow(
      /nothing to correct/,
    );
  });
});
