import type { PartialDate } from '../../domain/event.js';
import { builder } from '../builder.js';

export const DatePrecisionEnum = builder.enumType('DatePrecision', {
  description: 'How precisely a date is known.',
  values: ['DAY', 'MONTH', 'YEAR'] as const,
});

export const PartialDateRef = builder.objectRef<PartialDate>('PartialDate').implement({
  description: 'A date known to a day ("2019-04-25"), a month ("2019-04") or a year ("2019").',
  fields: (t) => ({
    value: t.exposeString('value'),
    precision: t.field({ type: DatePrecisionEnum, resolve: (date) => date.precision }),
  }),
});
