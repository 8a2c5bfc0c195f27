// The history generator's bulk path (docs/history.md): one transaction held open across many simulated
// minutes, so thousands of changes share a commit. Each change inside it still runs in its own
// savepoint (HubDatabase.write nests as one while a transaction is open), so a refused change rolls
// back alone, exactly as under group commit. Only the generator uses these, never the live hub.
import { sql } from 'drizzle-orm';
import type { HubDatabase } from '../open';

export function bulkTransactions(db: HubDatabase) {
  let open = false;
  return {
    /** Opens the shared transaction if none is open. */
    begin(): void {
      if (open) return;
      db.orm.run(sql`begin immediate`);
      open = true;
    },
    /** Commits what the open transaction holds; the audit chain's committed tip follows. */
    commit(): void {
      if (!open) return;
      open = false;
      try {
        db.orm.run(sql`commit`);
      } catch (err) {
        db.q.audit.settle(false);
        throw err;
      }
      db.q.audit.settle(true);
    },
    /** Abandons everything since begin (a run that fails stops; nothing half-written stays). */
    rollback(): void {
      if (!open) return;
      open = false;
      db.orm.run(sql`rollback`);
      db.q.audit.settle(false);
    },
    get open() {
      return open;
    },
  };
}
