// One request's course through the hub, decided step by step from the request as the last command
// left it: who acts next, what they send, and after how many working minutes (docs/history.md).
// Pure: it reads rows and a seeded random source, and proposes commands; the simulator sends them.
import type { JourneyState } from '../../../db/queries/historyBulk';
import type { Random } from '../../../db/seed/demoPatients';
import type { Actor } from '../../../shared/lifecycle/events';
import type { HandoffInput } from '../../../shared/schemas/handoff';
import type { HubCalendar, SlaPolicy } from '../../../shared/time/hubCalendar';
import { addWorkingMinutes } from '../../../shared/time/workingTime';
import { logNormal } from './patterns';
import type { Planned } from './requests';

export type Step =
  | { kind: 'admit' }
  | { kind: 'claim'; actor: Actor }
  | { kind: 'route'; actor: Actor; body: Omit<HandoffInput, 'expectedVersion'> }
  | { kind: 'escalate'; actor: Actor }
  | { kind: 'accept'; actor: Actor }
  | { kind: 'decline'; actor: Actor }
  | { kind: 'acknowledge' }
  | { kind: 'complete'; actor: Actor }
  /** No command: look again once the scheduler has had the chance to expire what was left unanswered. */
  | { kind: 'recheck' };

export type Timed = Step & { at: number };

/** The people who act in the history, by what they do. */
export interface Staffing {
  coordinators: readonly Actor[];
  teams: Record<'anp' | 'pharmacist' | 'physio', readonly Actor[]>;
  lead: Actor;
  practice(ods: string): Actor;
}

/** How the people answer, drawn once per hand-off (docs/history.md). */
export const FATES = {
  /** First offers to a hub team declined, or left to lapse; later offers are answered. */
  teamDecline: 0.07,
  teamExpire: 0.045,
  practiceDecline: 0.04,
  practiceExpire: 0.02,
  /** Pharmacy referrals not acknowledged within the 4 working hours. */
  pharmacyUnacknowledged: 0.1,
} as const;

const MINUTE = 60_000;
const pickFrom = <T>(rng: Random, items: readonly T[]) => items[Math.floor(rng() * items.length)]!;

export class Journey {
  id: number | undefined;
  private holder: Actor | undefined;
  private assignee: Actor | undefined;
  private plannedRouteAt: number | undefined;
  private answers = 0;
  /** The hand-off left unanswered on purpose, so a recheck knows to wait for the scheduler. */
  private lapsing: number | null = null;

  constructor(
    readonly plan: Planned,
    readonly arrival: number,
    private readonly rng: Random,
    private readonly staff: Staffing,
    private readonly time: { calendar: HubCalendar; sla: SlaPolicy },
  ) {}

  private after(from: number, workingMinutes: number): number {
    return addWorkingMinutes(new Date(from), Math.max(0.25, workingMinutes), this.time.calendar).getTime();
  }

  /** The next step after the request reached `row` at `now`, or null when the hub's part has ended. */
  next(row: JourneyState, now: number): Timed | null {
    const { rng, plan, staff } = this;
    const sla = this.time.sla;
    switch (row.status) {
      case 'closed':
      case 'cancelled':
        return null;
      case 'queued': {
        this.holder = pickFrom(rng, staff.coordinators);
        if (this.plannedRouteAt === undefined) {
          // First action: a median of about 26 working minutes, a long tail past the 2-hour SLA.
          this.plannedRouteAt = this.after(this.arrival, logNormal(rng, 26, 0.95));
          const triage = (1 + rng() * 5) * MINUTE;
          return { kind: 'claim', actor: this.holder, at: Math.max(now, this.plannedRouteAt - triage) };
        }
        // Back from a decline or a lapse: picked up again from the queue.
        const claimAt = this.after(now, logNormal(rng, 12, 0.7));
        this.plannedRouteAt = claimAt + (1 + rng() * 5) * MINUTE;
        return { kind: 'claim', actor: this.holder, at: claimAt };
      }
      case 'in_triage': {
        const at = Math.max(now + 30_000, this.plannedRouteAt ?? now);
        const actor = this.holder!;
        if (plan.final === 'duty' || plan.final === 'urgent') return { kind: 'escalate', actor, at };
        if (plan.final === 'self_care') return { kind: 'route', actor, at, body: { destination: 'anp', reason: { code: 'clinical_assessment_needed' } } };
        return { kind: 'route', actor, at, body: plan.route! };
      }
      case 'offered':
        return this.answerOffer(row, now, sla);
      case 'returned_to_practice': {
        const actor = staff.practice(row.practiceOds);
        return this.answer(row, now, actor, sla.externalAckMinutes, [FATES.practiceDecline, FATES.practiceExpire], logNormal(rng, 80, 0.8));
      }
      case 'redirected': {
        if (this.lapsing === row.pendingHandoffId) return { kind: 'recheck', at: this.after(now, 5) };
        if (this.answers++ === 0 && rng() < FATES.pharmacyUnacknowledged) {
          this.lapsing = row.pendingHandoffId;
          return { kind: 'recheck', at: this.after(now, sla.externalAckMinutes + 1) };
        }
        return { kind: 'acknowledge', at: this.after(now, Math.min(sla.externalAckMinutes - 5, logNormal(rng, 40, 0.9))) };
      }
      // Messages are delivered as soon as they are queued (simulator.ts); this is only reached if one was not.
      case 'awaiting_delivery':
        return { kind: 'recheck', at: this.after(now, 5) };
      case 'with_clinician': {
        const actor = this.assignee!;
        const at = this.after(now, logNormal(rng, 22, 0.8));
        if (plan.final === 'self_care') return { kind: 'route', actor, at, body: plan.route! };
        if (plan.final === 'urgent') return { kind: 'route', actor, at, body: plan.route! };
        return { kind: 'complete', actor, at };
      }
    }
  }

  /** Who answers an offer to a hub team or the duty clinician, and how. */
  private answerOffer(row: JourneyState, now: number, sla: SlaPolicy): Timed {
    const destination = row.pendingDestination;
    if (destination === 'duty_clinician') {
      this.assignee = this.staff.lead;
      // A red flag waits for the lead a median of 7 working minutes; past 15 it is escalated, and still accepted.
      const median = row.redFlagged ? 7 : 12;
      if (this.lapsing === row.pendingHandoffId) return { kind: 'accept', actor: this.assignee, at: this.after(now, 2) };
      return { kind: 'accept', actor: this.assignee, at: this.after(now, Math.min(row.redFlagged ? 60 : sla.offerExpiryMinutes - 1, logNormal(this.rng, median, 0.8))) };
    }
    const team = destination === 'pharmacist' || destination === 'physio' ? destination : 'anp';
    this.assignee = pickFrom(this.rng, this.staff.teams[team]);
    return this.answer(row, now, this.assignee, sla.offerExpiryMinutes, [FATES.teamDecline, FATES.teamExpire], logNormal(this.rng, 9, 0.7));
  }

  /** Accept, decline or let lapse a hand-off that waits `windowMinutes` for an answer; only the first is ever declined or left. */
  private answer(row: JourneyState, now: number, actor: Actor, windowMinutes: number, [decline, lapse]: [number, number], delay: number): Timed {
    if (this.lapsing === row.pendingHandoffId) return { kind: 'recheck', at: this.after(now, 5) };
    const r = this.answers++ === 0 ? this.rng() : 1;
    if (r < decline) return { kind: 'decline', actor, at: this.after(now, Math.min(windowMinutes - 2, delay)) };
    if (r < decline + lapse) {
      this.lapsing = row.pendingHandoffId;
      return { kind: 'recheck', at: this.after(now, windowMinutes + 1) };
    }
    return { kind: 'accept', actor, at: this.after(now, Math.min(windowMinutes - 1, delay)) };
  }
}
