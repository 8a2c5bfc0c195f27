// The hot-path row readers (db/queries/wholeRows.ts) decode every column as Drizzle itself does:
// JSON, nulls, numbers, one row or many.
import { eq } from 'drizzle-orm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase, type HubDatabase } from '../../db/open';
import { consultations, liabilityIntervals, type NewConsultationRow } from '../../db/schema';

let dir: string;
let db: HubDatabase;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ehub-onerow-'));
  db = openDatabase(join(dir, 'hub.sqlite'));
  db.q.practices.insert({ ods: 'E85001', name: 'Riverside', memberSince: '2025-04-01', memberUntil: null, intakeKeyHash: 'h' });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const request: NewConsultationRow = {
  practiceOds: 'E85001',
  nhsNumber: '9434765919',
  givenName: 'Olivia',
  familyName: 'Smith',
  birthDate: '1980-02-03',
  sex: 'female',
  phone: null,
  email: 'olivia@example.org',
  preferredContact: null,
  kind: 'clinical',
  text: 'Burning when passing urine for two days.',
  answers: { symptomArea: 'urinary', pregnant: false, days: 2 },
  attachments: [{ name: 'photo.jpg', contentType: 'image/jpeg', sizeBytes: 1234 }],
  redFlags: [],
  priority: 'routine',
  status: 'queued',
  version: 1,
  submittedAt: 1_764_000_000_000,
  receivedAt: 1_764_000_000_500,
  firstActionDue: 1_764_007_200_000,
  outcomeDue: 1_764_037_800_000,
  updatedAt: 1_764_000_000_500,
};

it('reads a request exactly as Drizzle reads it, JSON columns and nulls included', () => {
  const id = db.q.consultations.insert(request);
  const viaDrizzle = db.orm.select().from(consultations).where(eq(consultations.id, id)).get();
  const fast = db.q.consultations.byId(id);
  expect(fast).toEqual(viaDrizzle);
  expect(fast?.answers).toEqual({ symptomArea: 'urinary', pregnant: false, days: 2 });
  expect(fast?.phone).toBeNull();
  expect(Object.keys(fast!)).toEqual(Object.keys(viaDrizzle!));
});

it('reads a request\'s liability intervals as Drizzle reads them, in order', () => {
  const id = db.q.consultations.insert(request);
  const party = (kind: string, name: string) => ({ kind, id: name, name });
  db.write(() => {
    db.q.liability.move(id, 1000, { owner: party('hub', 'Hub'), accountable: party('duty', 'Duty clinician'), basis: 'intake' });
    db.q.liability.move(id, 2000, { owner: party('staff', 'ANP 1'), accountable: party('staff', 'ANP 1'), basis: 'accepted' });
  });
  const viaDrizzle = db.orm.select().from(liabilityIntervals).where(eq(liabilityIntervals.consultationId, id)).orderBy(liabilityIntervals.fromAt).all();
  expect(viaDrizzle).toHaveLength(2);
  expect(db.q.liability.all(id)).toEqual(viaDrizzle);
});

it('answers undefined for a row that is not there', () => {
  expect(db.q.consultations.byId(999)).toBeUndefined();
  expect(db.q.liability.open(999)).toBeUndefined();
  expect(db.q.handoffs.byId(999)).toBeUndefined();
});
