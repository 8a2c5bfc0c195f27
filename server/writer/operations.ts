// Everything that writes to the hub's database once it is serving, by name: the writer thread
// runs these, one at a time in the order they were sent, and no other connection writes. Each
// write goes through group commit (db.commit), so writes that arrive together share one fsync.
import type { HubDatabase } from '../../db/open';
import type { AuditEntry } from '../../db/queries/audit';
import type { sessions } from '../../db/schema';
import type { Actor } from '../../shared/lifecycle/events';
import type { IntakeRequest } from '../../shared/schemas/intake';
import { applyIntake } from '../commands/admit';
import { applyCommand, type CommandCall, type WriteContext } from '../commands/apply';
import { COMMANDS_BY_NAME } from '../commands';
import type { Directory } from '../directory';
import { HttpError } from '../http/errors';
import type { HubSettings } from '../settings';

export function writeOperations(db: HubDatabase, directory: Directory, initialSettings: HubSettings, stampOnWriter: boolean) {
  let settings = initialSettings;
  const stamp = (sent: number) => (stampOnWriter ? Date.now() : sent);
  const context = (): WriteContext => ({ db, directory, settings });

  return {
    /** A command, already authorised and validated by the executor; see commands/execute.ts. */
    command({ name, call, now }: { name: string; call: CommandCall; now: number }) {
      const definition = COMMANDS_BY_NAME.get(name);
      if (!definition) throw new HttpError('INTERNAL', `No command named ${name}.`);
      return db.commit(() => applyCommand(context(), definition, call as CommandCall & { body: never }, stamp(now)));
    },
    admit({ request, actor, now }: { request: IntakeRequest; actor: Actor; now: number }) {
      return db.commit(() => applyIntake(context(), request, actor, stamp(now)));
    },
    /** Reading patient-identifiable detail is itself audited. */
    audit(entry: AuditEntry) {
      return db.commit(() => void db.q.audit.append(entry));
    },
    startSession(session: typeof sessions.$inferInsert) {
      return db.commit(() => void db.q.staff.createSession(session));
    },
    endSession({ tokenHash }: { tokenHash: string }) {
      return db.commit(() => void db.q.staff.deleteSession(tokenHash));
    },
    endExpiredSessions({ now }: { now: number }) {
      return db.commit(() => void db.q.staff.deleteExpiredSessions(now));
    },
    /** Stores and audits new settings; the changes sent after them are written under them. */
    async saveSettings({ next, audit }: { next: HubSettings; audit: AuditEntry }) {
      await db.commit(() => {
        db.q.settings.save(next);
        db.q.audit.append(audit);
      });
      settings = next;
    },
    /** Settings put in force without storing them (a test's, or a start-up option's). */
    useSettings(next: HubSettings) {
      settings = next;
    },
    /** The staff and practice names changed (another connection wrote them during set-up). */
    refreshDirectory() {
      directory.refresh();
    },
    commitStats: () => db.commitStats(),
  };
}

export type WriteOperations = ReturnType<typeof writeOperations>;
export type WriteOperation = keyof WriteOperations;
