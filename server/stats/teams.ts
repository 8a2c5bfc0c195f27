// Hand-offs per team or destination: offered, how they were answered, acceptance time, decline and
// expiry rates; external acknowledgement time; red-flag acceptance within its allowance; and each
// member of staff's throughput (docs/metrics.md). Staff names are not patient data.
import type { StatsDb, StatsSettings } from './db';
import type { DayRange } from '../../db/queries/stats';
import { EXTERNAL_DESTINATIONS, derived, percentile, rate, suppressCount } from '../../shared/rules/metrics';
import { DESTINATIONS, type Destination } from '../../shared/schemas/domain';
import { staffRowSchema, teamsRowSchema, type StatsAnswer } from '../../shared/schemas/stats';
import { envelope } from './answer';

type Histogram = { value: number; count: number }[];
const sum = (h: { count: number }[]) => h.reduce((s, x) => s + x.count, 0);
const median = (h: Histogram) => derived(sum(h), () => percentile(h, 0.5));

export function teamFigures(db: StatsDb, range: DayRange, settings: StatsSettings) {
  const byStatus = db.q.stats.handoffsByStatus(range);
  const answers = db.q.stats.handoffAnswerHistogram(range);
  const count = (d: Destination | null, status?: string) =>
    byStatus.filter((r) => (d === null || r.destination === d) && (status === undefined || r.status === status)).reduce((s, r) => s + r.count, 0);
  const histogram = (filter: (r: (typeof answers)[number]) => boolean): Histogram => answers.filter(filter).map((r) => ({ value: r.value, count: r.count }));

  const rowOf = (d: Destination | null) => {
    const [accepted, declined, expired] = [count(d, 'accepted'), count(d, 'declined'), count(d, 'expired')];
    const answered = accepted + declined + expired;
    return {
      offered: suppressCount(count(d)),
      accepted: suppressCount(accepted),
      declined: suppressCount(declined),
      expired: suppressCount(expired),
      acknowledged: suppressCount(count(d, 'acknowledged')),
      acceptance_median_wm: median(histogram((r) => (d === null || r.destination === d) && r.status === 'accepted')),
      decline_rate: rate(declined, answered),
      expiry_rate: rate(expired, answered),
      external_ack_median_wm: median(histogram((r) => (d === null || r.destination === d) && EXTERNAL_DESTINATIONS.includes(r.destination as Destination) && r.status === 'acknowledged')),
    };
  };
  // Red flags offered to the duty clinician: accepted within the allowance in force, of all offered.
  const redFlagOffers = byStatus.filter((r) => r.destination === 'duty_clinician' && r.redFlag === 1).reduce((s, r) => s + r.count, 0);
  const inTime = answers
    .filter((r) => r.destination === 'duty_clinician' && r.redFlag === 1 && r.status === 'accepted' && r.value <= settings.sla.redFlagAcceptMinutes)
    .reduce((s, r) => s + r.count, 0);
  return {
    teams: DESTINATIONS.filter((d) => count(d) > 0).map((destination) => ({ destination, ...rowOf(destination) })),
    hub: rowOf(null),
    redFlagAcceptance: rate(inTime, redFlagOffers),
    externalAckMedian: rowOf(null).external_ack_median_wm,
  };
}

export function teams(db: StatsDb, range: DayRange, now: number, settings: StatsSettings): StatsAnswer<'teams'> {
  return envelope(range, now, teamFigures(db, range, settings).teams, Object.keys(teamsRowSchema.shape));
}

export function staffThroughput(db: StatsDb, range: DayRange, now: number): StatsAnswer<'staff'> {
  const decisions = new Map(db.q.stats.decisionsByPerson(range).map((r) => [r.id, r.count]));
  const completions = new Map(db.q.stats.completionsByPerson(range).map((r) => [r.id, r.count]));
  // People only: the hub's own escalations (id 0) and integrations are nobody's throughput.
  const people = new Map(db.q.staff.all().map((s) => [String(s.id), { name: s.name, roles: s.roles }]));
  const ids = [...new Set([...decisions.keys(), ...completions.keys()])].filter((id) => /^[1-9]\d*$/.test(id));
  const rows = ids
    .map((id) => {
      const person = people.get(id);
      return {
        name: person?.name ?? `staff ${id}`,
        role: person?.roles.join(', ') ?? '',
        decisions: suppressCount(decisions.get(id) ?? 0),
        completions: suppressCount(completions.get(id) ?? 0),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return envelope(range, now, rows, Object.keys(staffRowSchema.shape));
}
