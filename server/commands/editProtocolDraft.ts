// The lead replaces the draft's content. Any sign-off already given was for the old content, so it lapses.
import { editDraftBodySchema } from '../../shared/schemas/protocol';
import { toProtocolView } from '../views/protocol';
import { defineOperation } from './definition';
import { protocolSubject, theDraft } from './protocolDraft';

export const editProtocolDraft = defineOperation({
  name: 'protocol_draft_edited',
  senders: { staff: ['lead'] },
  input: editDraftBodySchema,
  perform({ db, input }) {
    const draft = theDraft(db);
    db.q.protocol.update(draft.id, { content: input.content, signOffs: [] });
    return {
      result: toProtocolView({ ...draft, content: input.content, signOffs: [] }),
      audit: [
        {
          subject: protocolSubject(draft),
          before: { content: draft.content, signOffs: draft.signOffs },
          after: { content: input.content, signOffs: [] },
          reason: draft.signOffs.length > 0 ? 'content changed after a sign-off: the sign-off lapses' : null,
        },
      ],
      notices: ['protocol'],
    };
  },
});
