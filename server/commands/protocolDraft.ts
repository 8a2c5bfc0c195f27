// What the protocol commands share: finding the draft, naming it in the audit log, and the in-memory
// protocol that follows a sign-off (docs/protocol.md).
import type { HubDatabase } from '../../db/open';
import type { ProtocolVersionRow } from '../../db/schema';
import { HttpError } from '../http/errors';

export const protocolSubject = (row: Pick<ProtocolVersionRow, 'label'>) => `protocol:${row.label}`;

/** The draft waiting for sign-off, or 404: every command but "start a draft" needs one. */
export function theDraft(db: HubDatabase): ProtocolVersionRow {
  const draft = db.q.protocol.draft();
  if (!draft) throw new HttpError('NOT_FOUND', 'There is no protocol draft; start one from the version in force.');
  return draft;
}

/** The version in force; the hub establishes one at its first start, so only a broken database lacks it. */
export function theVersionInForce(db: HubDatabase): ProtocolVersionRow {
  const inForce = db.q.protocol.inForce();
  if (!inForce) throw new HttpError('UNAVAILABLE', 'No care-navigation protocol is in force.');
  return inForce;
}
