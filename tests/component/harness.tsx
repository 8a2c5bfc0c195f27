// Renders the app on a fake hub: an API object of spies, a live link the test drives by hand,
// a fixed clock, and fresh stores (the hub's settings start at, and the fake hub answers, the defaults;
// a test may answer otherwise with `api.hub`, or inject a settings store). No global fetch or Socket.IO mocking.
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { vi } from 'vitest';
import type { ChangeEvent, HubNotice, Presence, QueueItem, ResyncReply, User } from '../../shared/schemas/api';
import { App } from '../../client/src/App';
import { ApiError } from '../../client/src/api/errors';
import type { HubApi } from '../../client/src/api/http';
import type { HubLink, LinkStatus } from '../../client/src/api/socket';
import { DepsProvider, type HubDeps } from '../../client/src/deps';
import { createDutyStore } from '../../client/src/stores/dutyStore';
import { DEFAULT_HUB_SETTINGS, createHubSettingsStore, type HubSettingsStore } from '../../client/src/stores/hubSettingsStore';
import { createQueueStore } from '../../client/src/stores/queueStore';
import { createSessionStore } from '../../client/src/stores/sessionStore';
import { DEFAULT_OUTCOME_MESSAGES, DEFAULT_PATIENT_MESSAGES } from '../../shared/schemas/protocol';
import { NOW, claimedBy, detailOf } from './fixtures';
import { fakeOrganisations } from './fakeOrganisations';

export type FakeLink = HubLink & {
  resync: ReturnType<typeof vi.fn<(since: number) => Promise<ResyncReply>>>;
  reportPresence: ReturnType<typeof vi.fn<HubLink['reportPresence']>>;
  reconnect: ReturnType<typeof vi.fn<HubLink['reconnect']>>;
  change(event: ChangeEvent): void;
  presence(list: Presence): void;
  status(status: LinkStatus): void;
  notice(notice: HubNotice): void;
};

export function fakeLink(): FakeLink {
  const on = {
    change: [] as ((c: ChangeEvent) => void)[],
    presence: [] as ((p: Presence) => void)[],
    status: [] as ((s: LinkStatus) => void)[],
    notice: [] as ((n: HubNotice) => void)[],
  };
  return {
    onChange: (l) => void on.change.push(l),
    onPresence: (l) => void on.presence.push(l),
    onStatus: (l) => void on.status.push(l),
    onNotice: (l) => void on.notice.push(l),
    resync: vi.fn(async (since: number): Promise<ResyncReply> => ({ kind: 'changes', seq: since, changes: [] })),
    reportPresence: vi.fn(),
    reconnect: vi.fn(),
    close: () => {
      on.change.length = on.presence.length = on.status.length = on.notice.length = 0;
    },
    change: (event) => act(() => on.change.forEach((l) => l(event))),
    presence: (list) => act(() => on.presence.forEach((l) => l(list))),
    status: (status) => act(() => on.status.forEach((l) => l(status))),
    notice: (notice) => act(() => on.notice.forEach((l) => l(notice))),
  };
}

export function fakeApi(user: User, items: QueueItem[], seq = 100) {
  const byId = () => new Map(items.map((i) => [i.id, i]));
  return {
    login: vi.fn<HubApi['login']>(async () => user),
    logout: vi.fn<HubApi['logout']>(async () => undefined),
    me: vi.fn<HubApi['me']>(async () => user),
    hub: vi.fn<HubApi['hub']>(async () => DEFAULT_HUB_SETTINGS),
    queue: vi.fn<HubApi['queue']>(async () => ({ seq, items })),
    consultation: vi.fn<HubApi['consultation']>(async (id) => {
      const item = byId().get(id);
      if (!item) throw new ApiError('NOT_FOUND', `No consultation request ${id}.`, 404);
      return detailOf(item);
    }),
    claim: vi.fn<HubApi['claim']>(async (id) => {
      const item = byId().get(id);
      if (!item) throw new ApiError('NOT_FOUND', `No consultation request ${id}.`, 404);
      return { seq: seq + 1, item: claimedBy(item, user) };
    }),
    release: vi.fn<HubApi['release']>(async (id) => {
      const item = byId().get(id)!;
      return { seq: seq + 2, item: { ...item, version: item.version + 2 } };
    }),
    // Calls a test has not set up fail loudly rather than answer something made up.
    ...unexpected('route', 'accept', 'decline', 'complete', 'handBack', 'escalate', 'raiseRedFlag', 'confirmRedFlag', 'clearRedFlag', 'liabilityAt', 'liabilityMatrix', 'assignRota', 'clearRota', 'reassign'),
    ...unexpected('protocol', 'protocolVersions', 'protocolDraft', 'startProtocolDraft', 'saveProtocolDraft', 'signOffProtocol', 'discardProtocolDraft'),
    // Nobody on duty, and no staff, unless a test says otherwise.
    rota: vi.fn<HubApi['rota']>(async () => ({ today: '2026-11-24', from: '2026-11-24', to: '2026-12-07', onDuty: null, slots: [], gaps: [] })),
    staff: vi.fn<HubApi['staff']>(async () => []),
    ...unexpected('reviewQueue', 'submitReview', 'reviewAgreement', 'reviewPolicy', 'saveReviewPolicy', 'myReviews'),
    // The detail pane shows every open request's journey; tests about something else see an empty one.
    liability: vi.fn<HubApi['liability']>(async (id) => ({ consultationId: id, status: byId().get(id)?.status ?? 'queued', intervals: [], handoffs: [] })),
    pharmacies: vi.fn<HubApi['pharmacies']>(async () => []),
    practices: vi.fn<HubApi['practices']>(async () => []),
    safetyNettingTemplates: vi.fn<HubApi['safetyNettingTemplates']>(async () => []),
    // Patient messaging: the default templates, no messages and no patients to contact unless a test says otherwise.
    messageTemplates: vi.fn<HubApi['messageTemplates']>(async () => ({ patientMessageTemplates: DEFAULT_PATIENT_MESSAGES, outcomeMessageTemplates: DEFAULT_OUTCOME_MESSAGES })),
    consultationMessages: vi.fn<HubApi['consultationMessages']>(async () => []),
    sentMessages: vi.fn<HubApi['sentMessages']>(async () => []),
    contactTasks: vi.fn<HubApi['contactTasks']>(async () => []),
    ...unexpected('resolveContactTask', 'stats', 'fileOutcome'),
    organisations: fakeOrganisations(),
    ...unexpected('adminSettings', 'saveAdminSettings', 'staffAccounts', 'createStaff', 'changeStaff', 'deactivateStaff', 'reactivateStaff', 'resetStaffPassword', 'unlockStaff'),
    search: vi.fn<HubApi['search']>(async () => ({ results: [], more: false })),
    // A clinician who has sent nothing on and finished nothing today, unless a test says otherwise.
    clinicianLists: vi.fn<HubApi['clinicianLists']>(async () => ({ day: '2026-11-24', sent: [], done: [] })),
  } satisfies HubApi;
}

function unexpected<K extends keyof HubApi>(...names: K[]): Pick<HubApi, K> {
  return Object.fromEntries(
    names.map((name) => [name, vi.fn(async () => Promise.reject(new ApiError('UNEXPECTED', `the test did not expect api.${name}`, 0)))]),
  ) as unknown as Pick<HubApi, K>;
}

interface Options {
  user: User | null;
  items?: QueueItem[];
  seq?: number;
  route?: string;
  api?: Partial<HubApi>;
  /** The clock the app reads (NOW unless the test needs another day). */
  now?: number;
  /** A settings store of the test's own (e.g. already holding a calendar); a fresh one at the defaults otherwise. */
  hubSettings?: HubSettingsStore;
  /** The app opens not knowing who is signed in and asks (api.me), as a fresh page load does; `user` is who the fake hub names. */
  checkSession?: boolean;
}

/** Reports where the app is, so a test can read the URL a page wrote (filters kept in the search params). */
function LocationProbe({ onLocation }: { onLocation(location: Location): void }) {
  onLocation(useLocation());
  return null;
}

export function renderHub({ user, items = [], seq = 100, route = '/queue', api: overrides = {}, now = NOW, hubSettings = createHubSettingsStore(), checkSession = false }: Options) {
  const api = { ...fakeApi(user ?? ({} as User), items, seq), ...overrides };
  // Strict mode opens, closes and reopens the link, as a real remount would: tests drive the last one.
  const links: FakeLink[] = [];
  const session = createSessionStore(checkSession ? null : user);
  if (!user && !checkSession) session.getState().signedOut();
  const deps: HubDeps = { api, connect: () => links[links.push(fakeLink()) - 1]!, now: () => now, queue: createQueueStore(), session, hubSettings, duty: createDutyStore() };
  const keys = userEvent.setup();
  let current: Location | null = null;
  const view = render(
    <StrictMode>
      <DepsProvider deps={deps}>
        <MemoryRouter initialEntries={[route]}>
          <App />
          <LocationProbe onLocation={(at) => (current = at)} />
        </MemoryRouter>
      </DepsProvider>
    </StrictMode>,
  );
  /** The app's URL now: path and search, e.g. "/queue?status=queued". */
  const location = () => (current ? `${current.pathname}${current.search}` : '');
  return { ...view, api, link: links.at(-1)!, links, deps, keys, location };
}

/** The queue's rows in the order they are shown, by request id. */
export const shownOrder = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>('[data-testid^="queue-row-"]')].map((row) => Number(row.dataset.testid!.slice('queue-row-'.length)));
