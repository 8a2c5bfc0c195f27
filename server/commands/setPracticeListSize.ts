// An admin sets a member practice's list size (registered patients), which the figures divide by for
// volume per 1,000 registered patients (docs/metrics.md). Bounded 1..200,000, or null to clear; audited.
import { z } from 'zod';
import { odsCodeSchema } from '../../shared/schemas/domain';
import { listSizeBodySchema } from '../../shared/schemas/stats';
import { HttpError } from '../http/errors';
import { defineOperation } from './definition';

export const setPracticeListSize = defineOperation({
  name: 'practice_list_size_set',
  senders: { staff: ['admin'] },
  input: listSizeBodySchema.extend({ ods: odsCodeSchema }),
  perform({ db, input }) {
    const practice = db.q.practices.byOds(input.ods);
    if (!practice) throw new HttpError('UNKNOWN_PRACTICE', 'ods: no member practice has this ODS code.');
    db.q.stats.setListSize(input.ods, input.listSize);
    return {
      result: { ods: input.ods, listSize: input.listSize },
      audit: [{ subject: `practice:${input.ods}`, before: { listSize: practice.listSize }, after: { listSize: input.listSize } }],
      notices: ['stats'],
    };
  },
});

export type ListSizeBody = z.infer<typeof listSizeBodySchema>;
