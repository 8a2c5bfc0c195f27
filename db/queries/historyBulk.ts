// The history generator's bulk path (docs/history.md): one transaction held open across many simulated
// minutes, so thousands of changes share a commit. Each change inside it still runs in its own
// savepoint (HubDatabase.write nests as one while a transaction is open), so a refused change rolls
// back alone, exactly as under group commit. Only the generator uses these, never the live hub.
import { sql } from 'drizzle-orm';
import type { HubDatabase } from '../open';
import type { ConsultationRow } from '../schema';

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

interface Statement {
  reader: boolean;
  raw(on?: boolean): Statement;
}
interface Client {
  prepare(source: string): Statement;
  pragma(source: string): unknown;
}

/** The page cache while generating: the indexes of a two-year file far outgrow SQLite's default 2 MB. */
const GENERATION_CACHE_KIB = 512 * 1024;
const MAX_COMPILED = 5_000;

/**
 * The generator's connection while it writes: every statement compiled once, and a large page cache.
 * Drizzle compiles a query that is not prepared in advance (an insert of a whole row, a status change
 * with a set of columns, each savepoint) every time it runs; here the same SQL text reuses the
 * statement compiled the first time. Drizzle asks for raw rows by calling `raw()` on the statement
 * just before it runs and never resets it, so a statement found in the cache is first put back to
 * rows as objects. Returns the undo, which puts the connection back as the hub opened it.
 */
export function generationConnection(db: HubDatabase): () => void {
  const client = (db.orm as unknown as { $client: Client }).$client;
  const prepare = client.prepare;
  const compiled = new Map<string, Statement>();
  client.prepare = function cached(this: Client, source: string): Statement {
    const known = compiled.get(source);
    if (known) return known.reader ? known.raw(false) : known;
    const statement = prepare.call(this, source);
    // A query whose text varies with its values (an `in` list's length) must not grow this for hours.
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    compiled.set(source, statement);
    return statement;
  };
  const cacheSize = client.pragma('cache_size');
  client.pragma(`cache_size = -${GENERATION_CACHE_KIB}`);
  return () => {
    delete (client as Partial<Client>).prepare;
    compiled.clear();
    const [row] = cacheSize as { cache_size: number }[];
    client.pragma(`cache_size = ${row?.cache_size ?? -2000}`);
  };
}

/** What a journey reads of its request to plan the next step (server/tools/history/journey.ts). */
export type JourneyState = Pick<ConsultationRow, 'status' | 'version' | 'practiceOds' | 'pendingHandoffId' | 'pendingDestination' | 'pendingOrganisationOds'> & {
  redFlagged: boolean;
};

/**
 * A request's state as its journey reads it, by id: the seven columns it uses instead of the whole
 * row mapped by Drizzle (the simulator reads it twice per step; the whole row was 6% of the run).
 */
export function journeyStates(db: HubDatabase): (id: number) => JourneyState | undefined {
  const client = (db.orm as unknown as { $client: { prepare(q: string): { get(id: number): (Omit<JourneyState, 'redFlagged'> & { redFlagged: number }) | undefined } } }).$client;
  const statement = client.prepare(
    `select status, version, practice_ods as practiceOds, pending_handoff_id as pendingHandoffId, pending_destination as pendingDestination,
       pending_organisation_ods as pendingOrganisationOds, json_array_length(red_flags) > 0 as redFlagged
     from consultations where id = ?`,
  );
  return (id) => {
    const row = statement.get(id);
    return row && { ...row, redFlagged: row.redFlagged === 1 };
  };
}

/** A request's messages still queued, oldest first: the ones the simulator delivers after a decision. */
export function queuedMessages(db: HubDatabase): (consultationId: number) => { id: number; reference: string }[] {
  const client = (db.orm as unknown as { $client: { prepare(q: string): { all(id: number): { id: number; reference: string }[] } } }).$client;
  const statement = client.prepare(`select id, reference from patient_messages where consultation_id = ? and status = 'queued' order by id`);
  return (consultationId) => statement.all(consultationId);
}
