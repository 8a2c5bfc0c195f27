// A mixed load over HTTP, as the hub's people and systems make it: practices submitting, coordinators
// claiming and routing, clinicians accepting, declining and completing, a practice taking hand-backs,
// a pharmacy acknowledging referrals. Every change the hub acknowledged (a 2xx read in full) is kept.
import { SESSION_COOKIE } from '../../server/auth/sessions';
import type { QueueItem } from '../../shared/schemas/api';
import { intakeBody, TEST_INTAKE_KEY } from '../helpers/fixtures';
import { crashSessionToken } from './tokens';

/** A change the hub said it made: the request exists at this version (or later), and this feed entry exists. */
export interface Ack {
  what: string;
  consultationId: number;
  version: number;
  seq?: number;
}

const SAFETY = 'If it gets worse or you are worried, call NHS 111 or your practice.';
const REASON = { code: 'protocol_match' };
const DESTINATIONS = [
  { destination: 'anp' },
  { destination: 'anp' },
  { destination: 'physio' },
  { destination: 'pharmacist' },
  { destination: 'pharmacy_minor_illness', pharmacyOds: 'FA101' },
  { destination: 'practice_gp' },
  { destination: 'self_referral', pathway: 'msk_physio', safetyNetting: SAFETY },
  { destination: 'urgent' },
];

const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(Math.random() * list.length)];

export function startLoad(url: string) {
  const acks: Ack[] = [];
  const referrals: number[] = [];
  let running = true;

  async function call(path: string, options: { as?: string; bearer?: string; method?: string; body?: unknown } = {}) {
    const headers: Record<string, string> = {};
    if (options.as) headers.cookie = `${SESSION_COOKIE}=${crashSessionToken(options.as)}`;
    if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${url}${path}`, { method: options.method ?? (options.body === undefined ? 'GET' : 'POST'), headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
    const json = (await res.json()) as any;
    return { ok: res.ok, json };
  }

  /** Sends a command; a 2xx with its item is an acknowledged change. */
  async function command(what: string, path: string, options: Parameters<typeof call>[1]) {
    const { ok, json } = await call(path, options);
    if (!ok) return undefined;
    const item = json.item as QueueItem;
    acks.push({ what, consultationId: item.id, version: item.version, seq: json.seq });
    return item;
  }

  const queueOf = async (as: string) => ((await call('/api/queue', { as })).json.items ?? []) as QueueItem[];
  const idOf = async (as: string) => (await call('/api/auth/me', { as })).json.user.id as number;

  async function practiceSystem() {
    const { ok, json } = await call('/api/intake', { bearer: TEST_INTAKE_KEY, body: intakeBody({ practiceOds: Math.random() < 0.7 ? 'E85001' : 'E85002', submittedAt: new Date().toISOString() }) });
    if (ok) acks.push({ what: 'intake', consultationId: json.id, version: 1 });
  }

  const coordinator = (as: string) => async (me: number) => {
    const items = await queueOf(as);
    const held = items.find((i) => i.status === 'in_triage' && i.claimedBy?.id === me);
    if (held) {
      const item = await command('route', `/api/consultations/${held.id}/handoffs`, { as, body: { ...pick(DESTINATIONS), reason: REASON, expectedVersion: held.version } });
      if (item?.status === 'redirected' && item.pendingHandoff) referrals.push(item.pendingHandoff.id);
      return;
    }
    const queued = pick(items.filter((i) => i.status === 'queued'));
    if (queued) await command('claim', `/api/consultations/${queued.id}/claim`, { as, body: {} });
  };

  const clinician = (as: string, team: string) => async (me: number) => {
    const items = await queueOf(as);
    const mine = items.find((i) => i.status === 'with_clinician' && i.assignee?.id === me);
    if (mine) {
      await command('complete', `/api/consultations/${mine.id}/complete`, { as, body: { outcome: 'advice_given', expectedVersion: mine.version } });
      return;
    }
    const offer = pick(items.filter((i) => i.status === 'offered' && i.pendingDestination === team && i.pendingHandoff));
    if (!offer) return;
    if (Math.random() < 0.75) await command('accept', `/api/handoffs/${offer.pendingHandoff!.id}/accept`, { as, body: { expectedVersion: offer.version } });
    else await command('decline', `/api/handoffs/${offer.pendingHandoff!.id}/decline`, { as, body: { reason: 'not for this team today', expectedVersion: offer.version } });
  };

  const practice = (as: string) => async () => {
    const back = pick((await queueOf(as)).filter((i) => i.status === 'returned_to_practice' && i.pendingHandoff));
    if (back) await command('practice accept', `/api/handoffs/${back.pendingHandoff!.id}/accept`, { as, body: { expectedVersion: back.version } });
  };

  async function pharmacy() {
    const handoffId = referrals.shift();
    if (handoffId !== undefined) await command('acknowledge', `/api/handoffs/${handoffId}/acknowledge`, { bearer: 'key-FA101', body: {} });
    else await new Promise((r) => setTimeout(r, 20));
  }

  /** Runs one client until the load stops; a failed request (the hub is gone) just ends it. */
  async function client(step: (me: number) => Promise<void>, as?: string) {
    try {
      const me = as ? await idOf(as) : 0;
      while (running) await step(me);
    } catch {
      // The hub was killed mid-request: nothing from this request was acknowledged.
    }
  }

  const clients = [
    client(practiceSystem),
    client(practiceSystem),
    ...['coordinator1', 'coordinator2', 'coordinator3', 'coordinator4'].map((as) => client(coordinator(as), as)),
    client(clinician('anp1', 'anp'), 'anp1'),
    client(clinician('anp2', 'anp'), 'anp2'),
    client(clinician('physio1', 'physio'), 'physio1'),
    client(clinician('pharmacist1', 'pharmacist'), 'pharmacist1'),
    client(practice('practice1'), 'practice1'),
    client(pharmacy),
  ];

  return {
    acks,
    /** Stops starting new requests; resolves when every client has ended. */
    async stop() {
      running = false;
      await Promise.all(clients);
    },
  };
}
