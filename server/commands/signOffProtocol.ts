// A clinical lead signs off the draft. With the setting protocolSignOffsRequired at 2, a second,
// different lead must sign too; the draft is in force at the last sign-off, and the version it
// replaces is superseded. Decisions from then on carry its label (docs/protocol.md).
import { diffProtocol } from '../../shared/rules/protocolDiff';
import { emptyBodySchema, type SignOff } from '../../shared/schemas/protocol';
import { HttpError } from '../http/errors';
import { protocolInForce } from '../settings';
import { toProtocolView } from '../views/protocol';
import { defineOperation } from './definition';
import { protocolSubject, theDraft, theVersionInForce } from './protocolDraft';

export const signOffProtocol = defineOperation({
  name: 'protocol_signed_off',
  senders: { staff: ['lead'] },
  input: emptyBodySchema,
  perform({ db, actor, now, settings }) {
    if (actor.kind !== 'staff') throw new HttpError('FORBIDDEN', 'Only a clinical lead signs off the protocol.');
    const draft = theDraft(db);
    const inForce = theVersionInForce(db);
    if (draft.signOffs.some((s) => s.staffId === actor.id)) {
      throw new HttpError('PROTOCOL_ALREADY_SIGNED', `You have signed off ${draft.label} already; the second sign-off must come from a different clinical lead.`);
    }
    if (diffProtocol(inForce.content, draft.content).length === 0) {
      throw new HttpError('PROTOCOL_UNCHANGED', `${draft.label} is the same as ${inForce.label}, which is in force: there is nothing to sign off.`);
    }
    const signOffs: SignOff[] = [...draft.signOffs, { staffId: actor.id, name: actor.name, role: 'lead', at: new Date(now).toISOString() }];
    const complete = signOffs.length >= settings.protocolSignOffsRequired;
    const signed = { ...draft, signOffs, ...(complete ? { status: 'in_force' as const, inForceFrom: now } : {}) };
    if (complete) db.q.protocol.update(inForce.id, { status: 'superseded' });
    db.q.protocol.update(draft.id, { signOffs, status: signed.status, inForceFrom: signed.inForceFrom });
    const reason = complete ? `in force, replacing ${inForce.label}` : `sign-off ${signOffs.length} of ${settings.protocolSignOffsRequired}`;
    return {
      result: { version: toProtocolView(signed), inForce: complete, signOffsRequired: settings.protocolSignOffsRequired },
      audit: [
        { subject: protocolSubject(draft), before: { status: 'draft', signOffs: draft.signOffs }, after: { status: signed.status, signOffs }, reason },
        ...(complete ? [{ subject: protocolSubject(inForce), before: { status: 'in_force' }, after: { status: 'superseded' }, reason: `replaced by ${draft.label}` }] : []),
      ],
      afterCommit: complete ? (hub) => hub.setProtocol(protocolInForce(signed)) : undefined,
      notices: ['protocol'],
    };
  },
});
