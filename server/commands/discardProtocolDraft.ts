// The lead discards the draft; it stays in the history as discarded, and its number is not reused.
import { emptyBodySchema } from '../../shared/schemas/protocol';
import { toProtocolView } from '../views/protocol';
import { defineOperation } from './definition';
import { protocolSubject, theDraft } from './protocolDraft';

export const discardProtocolDraft = defineOperation({
  name: 'protocol_draft_discarded',
  senders: { staff: ['lead'] },
  input: emptyBodySchema,
  perform({ db }) {
    const draft = theDraft(db);
    db.q.protocol.update(draft.id, { status: 'discarded' });
    return {
      result: toProtocolView({ ...draft, status: 'discarded' }),
      audit: [{ subject: protocolSubject(draft), before: { status: 'draft' }, after: { status: 'discarded' } }],
      notices: ['protocol'],
    };
  },
});
