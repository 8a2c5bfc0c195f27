// Search stays fast over years of history only if each key reads its own index: SQLite's plan for
// every kind of search, checked here (docs/search.md; the speed over two years of history is a bench figure, not yet measured).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchCriteria } from '../../db/queries/search';
import { startTestHub, type TestHub } from '../helpers/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

const planOf = (criteria: Omit<SearchCriteria, 'status'>, status: SearchCriteria['status'] = 'all') => hub.db.q.search.plan({ status, ...criteria }, 51).join(' | ');
const DAY = 86_400_000;
const from = Date.parse('2026-11-01T00:00:00Z');

describe('each search key reads its index', () => {
  it.each([
    ['a reference', { reference: 'EH-26-00001' }, 'consultations_reference'],
    ['an NHS number', { nhsNumber: '9434765919' }, 'consultations_nhs_number'],
    ['an NHS number within dates', { nhsNumber: '9434765919', receivedFrom: from, receivedBefore: from + DAY }, 'consultations_nhs_number'],
    ['a family name prefix', { familyPrefix: 'smi' }, 'consultations_family_search'],
    ['a given and family name', { familyPrefix: 'smi', givenPrefix: 'jo' }, 'consultations_family_search'],
    ['a family name within dates', { familyPrefix: 'smi', receivedFrom: from, receivedBefore: from + 30 * DAY }, 'consultations_family_search'],
    ['a family name at a practice', { familyPrefix: 'smi', practiceOds: 'E85001' }, 'consultations_family_search'],
    ['a practice', { practiceOds: 'E85001' }, 'consultations_practice_received'],
    ['a practice within dates', { practiceOds: 'E85001', receivedFrom: from, receivedBefore: from + DAY }, 'consultations_practice_received'],
    ['dates alone', { receivedFrom: from, receivedBefore: from + DAY }, 'consultations_received'],
  ] as const)('%s', (_what, criteria, index) => {
    const plan = planOf(criteria);
    expect(plan).toMatch(new RegExp(`USING (COVERING )?INDEX ${index}\\b`));
    expect(plan).not.toMatch(/SCAN consultations(?! USING)/);
  });

  it('finds the newest matches of a common name from its covering index alone, whatever the filters', () => {
    // A name shared by tens of thousands of requests is sorted before the limit applies: from the index, not the rows.
    for (const criteria of [{ familyPrefix: 'smi' }, { familyPrefix: 'smi', givenPrefix: 'jo', practiceOds: 'E85001', receivedFrom: from }]) {
      for (const status of ['all', 'open', 'closed'] as const) expect(planOf(criteria, status)).toMatch(/USING COVERING INDEX consultations_family_search\b/);
    }
  });

  it('keeps to the key’s index when only open or closed requests are wanted', () => {
    expect(planOf({ nhsNumber: '9434765919' }, 'closed')).toMatch(/INDEX consultations_nhs_number\b/);
    expect(planOf({ familyPrefix: 'smi' }, 'open')).toMatch(/INDEX consultations_family_search\b/);
  });
});
