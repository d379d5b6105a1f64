import { describe, expect, it } from 'vitest';
import { resolveDateline } from '../../../src/domain/dateline.js';

const importedAt = new Date('2026-11-28T02:00:00Z');

describe('resolveDateline', () => {
  it('takes the latest year not after the import date in which the day falls on that weekday', () => {
    // Prepare / Act
    const date = resolveDateline('Saturday, November 16', importedAt);
    // Assess: 16 Nov 2026 is a Monday and 2025 a Sunday; 2024 is the latest Saturday.
    expect(date).toBe('2024-11-16');
  });

  it('never picks a date after the import date', () => {
    expect(resolveDateline('Monday, November 30', new Date('2026-11-28T00:00:00Z'))).toBe('2020-11-30');
  });

  it('accepts the import day itself', () => {
    expect(resolveDateline('Saturday, November 28', importedAt)).toBe('2026-11-28');
  });

  it('uses the year when the line gives one and it fits the weekday', () => {
    expect(resolveDateline('Tuesday, February 5, 2019', importedAt)).toBe('2019-02-05');
    expect(resolveDateline('Monday, February 5, 2019', importedAt)).toBeUndefined();
  });

  it('rejects lines that are not date lines or name impossible dates', () => {
    expect(resolveDateline('North Korea wants to crash bilateral ties with Russia', importedAt)).toBeUndefined();
    expect(resolveDateline('Friday, February 30', importedAt)).toBeUndefined();
    expect(resolveDateline('Someday, November 16', importedAt)).toBeUndefined();
  });
});
