// The clinical lead sets which decisions are sampled for review: stored whole, audited with before
// and after, and every hub workstation told to refetch (docs/clinical-safety/review.md).
import { reviewPolicySchema } from '../../shared/schemas/reviews';
import { reviewPolicyOf } from '../views/reviews';
import { defineOperation } from './definition';

export const changeReviewPolicy = defineOperation({
  name: 'review_policy_changed',
  senders: { staff: ['lead'] },
  input: reviewPolicySchema,
  perform({ db, input }) {
    const before = reviewPolicyOf(db);
    db.q.reviews.savePolicy(input);
    return { result: input, audit: [{ subject: 'review_policy', before, after: input }], notices: ['reviews'] };
  },
});
