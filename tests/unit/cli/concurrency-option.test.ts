import { describe, expect, it } from 'vitest';
import { readConcurrency } from '../../../src/cli/concurrency-option.js';
import { readImportQueueSettings } from '../../../src/queue/import-settings.js';

describe('--concurrency', () => {
  it('is read in both spellings and removed from the paths', () => {
    expect(readConcurrency(['--concurrency', '8', 'corpus/'])).toEqual({ concurrency: 8, rest: ['corpus/'] });
    expect(readConcurrency(['a.json', '--concurrency=4'])).toEqual({ concurrency: 4, rest: ['a.json'] });
    expect(readConcurrency(['a.json'])).toEqual({ concurrency: 1, rest: ['a.json'] });
  });

  it('refuses zero, fractions, words, a missing value and more than 32', () => {
    for (const args of [
      ['--concurrency', '0'],
      ['--concurrency=1.5'],
      ['--concurrency', 'many'],
      ['--concurrency'],
      ['--concurrency=33'],
    ])
      expect(readConcurrency(args), args.join(' ')).toHaveProperty('error');
  });
});

describe('import queue settings', () => {
  it('default to importing in place with four documents at once per worker', () => {
    expect(readImportQueueSettings({})).toEqual({ queueUrl: undefined, workerConcurrency: 4 });
  });

  it('refuse a worker concurrency outside 1-10 and a queue URL that is not https', () => {
    expect(() => readImportQueueSettings({ IMPORT_WORKER_CONCURRENCY: '11' })).toThrow(/1 to 10/);
    expect(() => readImportQueueSettings({ IMPORT_QUEUE_URL: 'sqs://queue' })).toThrow(/https/);
  });
});
