// How an operation's audit notes become rows of the hash-chained audit log, inside its transaction:
// the one function the executor uses, and the history generator's bulk path with it (docs/history.md),
// so both chain exactly the same entries.
import type { HubDatabase } from '../../db/open';
import type { Actor } from '../../shared/lifecycle/events';
import { actorId, actorRole } from './actors';
import type { AuditNote } from './definition';

const asText = (value: unknown) => (value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value));

export function appendAuditNotes(db: HubDatabase, change: { actor: Actor; operation: string; now: number; notes: readonly AuditNote[] }): void {
  const { actor, now } = change;
  for (const note of change.notes) {
    db.q.audit.append({
      at: now,
      actorId: actorId(actor),
      actorRole: actorRole(actor),
      action: note.action ?? change.operation,
      consultationId: note.consultationId ?? null,
      subject: note.subject ?? null,
      before: asText(note.before),
      after: asText(note.after),
      reason: note.reason ?? null,
    });
  }
}
