import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { isLostRace } from '../../../bench/scale/meter.js';
import { renderReport } from '../../../bench/scale/report.js';

const meta = { $metadata: {}, message: 'refused' };
const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({ ...meta, CancellationReasons: codes.map((Code) => ({ Code })) });

describe('scale bench: lost races apart from errors', () => {
  it('counts a failed condition, alone or as the only reason a transaction was cancelled, as a lost race', () => {
    expect(isLostRace(new ConditionalCheckFailedException(meta))).toBe(true);
    expect(isLostRace(cancelled('None', 'ConditionalCheckFailed'))).toBe(true);
  });

  it('counts throttling, a cancelled transaction with another reason, and other errors as errors', () => {
    expect(isLostRace(cancelled('ConditionalCheckFailed', 'TransactionConflict'))).toBe(false);
    expect(isLostRace(cancelled('None'))).toBe(false);
    expect(isLostRace(Object.assign(new Error('slow down'), { name: 'ProvisionedThroughputExceededException' }))).toBe(
      false,
    );
  });

  it('reports no errors and the lost races under their own heading', () => {
    const report = renderReport({
      sizes: [],
      results: [],
      errors: {},
      lostRaces: { ConditionalCheckFailedException: 2 },
      minutes: 1,
      quick: true,
      profiles: [],
      shapeProblems: [],
      verifyDocs: 0,
      load: { start: [], end: [] },
      stored: { articles: 0, tableBytes: 0, indexBytes: 0, summaryBytes: 0, bodyBytes: 0, topPersonShare: 0 },
    });
    const section = report.split('## DynamoDB errors seen')[1] ?? '';
    expect(section.split('### Lost races (retried)')[0]?.trim()).toBe('None.');
    expect(section).toContain('### Lost races (retried)');
    expect(section).toContain('- ConditionalCheckFailedException: 2');
  });
});
