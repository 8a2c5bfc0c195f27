// Where completed requests went (the outcome mix and, beside a practice's, the hub's), and the
// per-practice table: volume per 1,000 registered patients, redirection, the mix by group (docs/metrics.md).
import type { StatsDb } from './db';
import type { DayRange } from '../../db/queries/stats';
import { REDIRECTION_DESTINATIONS, derived, rate, suppressCount } from '../../shared/rules/metrics';
import { DESTINATIONS, type Destination } from '../../shared/schemas/domain';
import { outcomesRowSchema, practicesRowSchema, type OutcomeGroup, type StatsAnswer } from '../../shared/schemas/stats';
import { envelope } from './answer';

const GROUP_OF: Record<Destination, OutcomeGroup> = {
  anp: 'hub_clinicians',
  pharmacist: 'hub_clinicians',
  physio: 'hub_clinicians',
  duty_clinician: 'hub_clinicians',
  pharmacy_first: 'community_pharmacy',
  pharmacy_minor_illness: 'community_pharmacy',
  self_referral: 'self_referral',
  self_care: 'self_care',
  practice_gp: 'practice',
  practice_admin: 'practice',
  urgent: 'urgent',
};

export function outcomes(db: StatsDb, range: DayRange, now: number): StatsAnswer<'outcomes'> {
  const mix = db.q.stats.outcomeMix({ ...range, practice: null });
  const count = (d: Destination, practice: string | null) =>
    mix.filter((m) => m.destination === d && (practice === null || m.practice === practice)).reduce((s, m) => s + m.count, 0);
  const totalOf = (practice: string | null) => mix.filter((m) => practice === null || m.practice === practice).reduce((s, m) => s + m.count, 0);
  const [total, hubTotal] = [totalOf(range.practice), totalOf(null)];
  const rows = DESTINATIONS.map((destination) => {
    const n = count(destination, range.practice);
    return {
      destination,
      redirection: REDIRECTION_DESTINATIONS.includes(destination),
      completed: suppressCount(n),
      outcome_share: rate(n, total),
      hub_outcome_share: rate(count(destination, null), hubTotal),
    };
  });
  return envelope(range, now, rows, Object.keys(outcomesRowSchema.shape));
}

export function practiceTable(db: StatsDb, range: DayRange, now: number): StatsAnswer<'practices'> {
  const all = { ...range, practice: null };
  const volume = new Map(db.q.stats.receivedByPractice(all).map((v) => [v.practice, v]));
  const mix = db.q.stats.outcomeMix(all);
  const list = db.q.stats.practiceList().filter((p) => range.practice === null || p.ods === range.practice);
  // Per head counts only the practices whose list size is known, so the hub's row is not diluted.
  const listed = new Set(db.q.stats.practiceList().filter((p) => p.listSize !== null).map((p) => p.ods));
  const rowOf = (ods: string, name: string, listSize: number | null, of: (practice: string) => boolean) => {
    const receivedListed = [...volume.values()].filter((v) => of(v.practice) && listed.has(v.practice)).reduce((s, v) => s + v.received, 0);
    const received = [...volume.values()].filter((v) => of(v.practice)).reduce((s, v) => s + v.received, 0);
    const completed = [...volume.values()].filter((v) => of(v.practice)).reduce((s, v) => s + v.completed, 0);
    const redirected = [...volume.values()].filter((v) => of(v.practice)).reduce((s, v) => s + v.redirected, 0);
    const inGroup = (g: OutcomeGroup) => mix.filter((m) => of(m.practice) && GROUP_OF[m.destination as Destination] === g).reduce((s, m) => s + m.count, 0);
    return {
      practice: ods,
      name,
      list_size: listSize,
      received: suppressCount(received),
      per_1000_registered: listSize ? derived(receivedListed, () => (receivedListed * 1000) / listSize) : null,
      completed: suppressCount(completed),
      redirection_rate: rate(redirected, completed),
      share_hub_clinicians: rate(inGroup('hub_clinicians'), completed),
      share_community_pharmacy: rate(inGroup('community_pharmacy'), completed),
      share_self_referral: rate(inGroup('self_referral'), completed),
      share_self_care: rate(inGroup('self_care'), completed),
      share_practice: rate(inGroup('practice'), completed),
      share_urgent: rate(inGroup('urgent'), completed),
    };
  };
  const hubList = db.q.stats.practiceList().reduce((s, p) => s + (p.listSize ?? 0), 0);
  const rows = [
    ...list.map((p) => rowOf(p.ods, p.name, p.listSize, (ods) => ods === p.ods)),
    // The hub's own row, for comparison: every practice, and the list sizes the admin has set.
    rowOf('ALL', 'All member practices', hubList > 0 ? hubList : null, () => true),
  ];
  return envelope(range, now, rows, Object.keys(practicesRowSchema.shape));
}
