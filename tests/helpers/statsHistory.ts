// A small history for the stats tests: requests from distinctive synthetic patients at both practices,
// moved on through the real executor (routes, acceptances, outcomes, a cancellation-free mix), so
// every stats endpoint has cells above and below the suppression threshold.
import type { Actor } from '../../shared/lifecycle/events';
import { SYSTEM_ACTOR } from '../../shared/lifecycle/events';
import { isValidNhsNumber } from '../../shared/nhsNumber';
import { accept, claim, complete, route } from '../../server/commands';
import { intakeBody } from './fixtures';
import type { TestHub } from './hub';

/** Valid NHS numbers in the 999 test range. */
export function testNhsNumbers(count: number): string[] {
  const out: string[] = [];
  for (let n = 9990000000; out.length < count; n++) if (isValidNhsNumber(String(n))) out.push(String(n));
  return out;
}

export interface SeededPatient {
  givenName: string;
  familyName: string;
  nhsNumber: string;
  birthDate: string;
  phone: string;
  text: string;
  id: number;
}

const SAFETY = 'If it gets worse or you are worried, call NHS 111 or your practice.';

export async function seedStatsHistory(hub: TestHub, count = 14): Promise<SeededPatient[]> {
  const staff = (username: string): Actor => {
    const row = hub.db.q.staff.byUsername(username)!;
    return { kind: 'staff', id: row.id, name: row.name, roles: row.roles, practiceOds: row.practiceOds };
  };
  const [coordinator, anp] = [staff('coordinator1'), staff('anp1')];
  const numbers = testNhsNumbers(count);
  const patients: SeededPatient[] = [];
  for (let i = 0; i < count; i++) {
    const p = {
      givenName: `Zephyrine${String.fromCharCode(65 + i)}`,
      familyName: `Quillfeather${String.fromCharCode(65 + i)}`,
      nhsNumber: numbers[i]!,
      birthDate: `19${50 + i}-0${1 + (i % 9)}-1${i % 10}`,
      phone: `07700 9001${String(i).padStart(2, '0')}`,
      text: `Unusual marker text ${i}: a rash on my left elbow for three days, itchy at night.`,
    };
    const admitted = await hub.admit(
      intakeBody({ practiceOds: i % 3 === 0 ? 'E85002' : 'E85001', submittedAt: new Date(hub.clock.now() - 60_000).toISOString(), text: p.text, patient: { ...p, sex: 'female' } }),
      SYSTEM_ACTOR,
    );
    const id = admitted.row.id;
    patients.push({ ...p, id });
    hub.clock.advance(7 * 60_000);
    // Most go on: a third to self-care by the ANP's team, the rest claimed and left, or completed by the ANP.
    if (i % 4 === 3) continue;
    const claimed = await hub.execute(claim, { actor: coordinator, consultationId: id, body: {} });
    const offer = i % 2 === 0 ? { destination: 'anp' } : { destination: 'pharmacy_minor_illness', pharmacyOds: 'FA101' };
    const routed = await hub.execute(route, { actor: coordinator, consultationId: id, body: { ...offer, reason: { code: 'protocol_match' }, expectedVersion: claimed.row.version } });
    if (offer.destination === 'anp') {
      await hub.execute(accept, { actor: anp, consultationId: id, body: { handoffId: routed.row.pendingHandoffId } });
      await hub.execute(complete, { actor: anp, consultationId: id, body: { outcome: 'advice_given', notes: `${p.text} ${SAFETY}` } });
    }
  }
  return patients;
}
