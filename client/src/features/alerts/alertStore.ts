// The red-flag alerts on this workstation: which are showing, and which red flags and escalations it has
// already heard of, so a reloaded queue or a page change never raises the same alert twice. The first
// queue it sees is the baseline: what was already waiting is on the bar, not a new alert.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { QueueItem } from '../../../../shared/schemas/api';
import { redFlagLabel } from '../../../../shared/rules/redFlags';
import { isWaitingRedFlag } from './redFlagCounts';

export interface RedFlagAlert {
  /** "new:<request id>" or "escalated:<hand-off id>". */
  key: string;
  kind: 'new' | 'escalated';
  consultationId: number;
  /** The request's human reference (EH-24-00123), as staff quote it. */
  reference: string;
  /** The practice and the rules that fired: never the patient. */
  text: string;
}

export interface AlertState {
  alerts: RedFlagAlert[];
  /** Takes in the queue as it now stands; returns the alerts it raised. */
  observe(items: QueueItem[], options: { escalations: boolean }): RedFlagAlert[];
  dismiss(key: string): void;
}

export type AlertStore = StoreApi<AlertState>;

const rules = (item: QueueItem) => item.redFlags.map(redFlagLabel).join('; ');

function alertsFor(item: QueueItem, escalations: boolean): RedFlagAlert[] {
  const raised: RedFlagAlert[] = [];
  if (isWaitingRedFlag(item)) {
    raised.push({ key: `new:${item.id}`, kind: 'new', consultationId: item.id, reference: item.reference, text: `New red flag from ${item.practiceName}: ${rules(item)}` });
  }
  const handoff = item.pendingHandoff;
  if (escalations && item.status === 'offered' && handoff?.escalatedAt) {
    raised.push({
      key: `escalated:${handoff.id}`,
      kind: 'escalated',
      consultationId: item.id,
      reference: item.reference,
      text: `Red flag from ${item.practiceName} not accepted in time: escalated to the clinical lead. ${rules(item)}`,
    });
  }
  return raised;
}

export function createAlertStore(): AlertStore {
  const heard = new Set<string>();
  let baseline = true;
  return createStore<AlertState>()((set) => ({
    alerts: [],
    observe(items, options) {
      const fresh = items.flatMap((item) => alertsFor(item, options.escalations)).filter((a) => !heard.has(a.key));
      fresh.forEach((a) => heard.add(a.key));
      const first = baseline;
      baseline = false;
      if (first || fresh.length === 0) return [];
      set((state) => ({ alerts: [...state.alerts, ...fresh] }));
      return fresh;
    },
    dismiss: (key) => set((state) => ({ alerts: state.alerts.filter((a) => a.key !== key) })),
  }));
}
