// The lead starts a protocol draft: a copy of the version in force (or the content sent), numbered
// after every version so far. One draft at a time (docs/protocol.md).
import { startDraftBodySchema } from '../../shared/schemas/protocol';
import { HttpError } from '../http/errors';
import { toProtocolView } from '../views/protocol';
import { actorId } from './actors';
import { defineOperation } from './definition';
import { protocolSubject, theVersionInForce } from './protocolDraft';

export const startProtocolDraft = defineOperation({
  name: 'protocol_draft_started',
  senders: { staff: ['lead'] },
  input: startDraftBodySchema,
  perform({ db, input, actor, now }) {
    const existing = db.q.protocol.draft();
    if (existing) throw new HttpError('PROTOCOL_DRAFT_EXISTS', `${existing.label} is already a draft: edit it, sign it off or discard it first.`);
    const inForce = theVersionInForce(db);
    // A discarded draft keeps its number, so a label never names two different contents.
    const number = db.q.protocol.highestNumber() + 1;
    const row = {
      number,
      label: `CN v${number}`,
      status: 'draft' as const,
      content: input.content ?? inForce.content,
      createdById: actorId(actor),
      createdByName: actor.name,
      createdAt: now,
      signOffs: [],
      inForceFrom: null,
    };
    const id = db.q.protocol.insert(row);
    return {
      result: toProtocolView({ id, ...row }),
      audit: [{ subject: protocolSubject(row), before: null, after: { label: row.label, from: inForce.label, content: row.content } }],
      notices: ['protocol'],
    };
  },
});
