// Socket.IO on the HTTP server: authenticated by the same session cookie, one room per audience,
// every committed change pushed to the rooms allowed to see it, resync from a sequence, presence.
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { ClientToServerEvents, NoticeTopic, Presence, ServerToClientEvents, User, WorkstationState } from '../shared/schemas/api';
import { workstationStateSchema } from '../shared/schemas/api';
import type { Clock } from './clock';
import type { HubDatabase } from '../db/open';
import type { Committed } from './commands/lifecycleStep';
import type { Directory } from './directory';
import type { Sessions } from './auth/sessions';
import { originVerdict } from './http/sameOrigin';
import { seesHubQueue, type QueueView } from './views/queue';
import { STATS_READERS } from '../shared/schemas/stats';
import type { ItemCache } from './views/itemCache';

const HUB_ROOM = 'hub';
/** Whoever reads the figures (STATS_READERS): told 'stats' when they move, and nothing patient-level. */
const STATS_ROOM = 'stats';
const PRESENCE_THROTTLE_MS = 250;
/** A topic is noticed at most once a second: a dashboard or a workstation refetches no faster (docs/metrics.md, docs/api.md). */
const NOTICE_MS = 1000;
const practiceRoom = (ods: string) => `practice:${ods}`;

interface SocketData {
  user: User;
}

export function createRealtime(
  httpServer: HttpServer,
  deps: { db: HubDatabase; sessions: Sessions; queue: QueueView; items: ItemCache; directory: Directory; clock: Clock; allowedOrigins: ReadonlySet<string> },
) {
  const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(httpServer, {
    serveClient: false,
    // Same-origin only: the SPA is served by this server.
    cors: { origin: false },
    // The session cookie alone would let another site's page read the change stream (WebSockets
    // are not bound by CORS): refuse the handshake as the API refuses its writes.
    allowRequest: (req, callback) => {
      const verdict = originVerdict(req, deps.allowedOrigins);
      callback(verdict.ok ? null : verdict.code, verdict.ok);
    },
  });
  const presence = new Map<number, { user: User; state: WorkstationState; since: number; sockets: number }>();

  // Which requests each person holds by a claim, read from the database (not reported by the
  // workstation), so presence cannot disagree with the queue rows. References only: no patient data.
  let held = new Map<number, { id: number; reference: string }[]>();
  let heldIds = new Set<number>();
  let heldKey = '';
  const readHeld = (): boolean => {
    const next = new Map<number, { id: number; reference: string }[]>();
    for (const claim of deps.db.q.consultations.claimsHeld()) {
      if (claim.claimedBy === null) continue;
      next.set(claim.claimedBy, [...(next.get(claim.claimedBy) ?? []), { id: claim.id, reference: claim.reference ?? `#${claim.id}` }]);
    }
    const key = JSON.stringify([...next]);
    held = next;
    heldIds = new Set([...next.values()].flat().map((r) => r.id));
    if (key === heldKey) return false;
    heldKey = key;
    return true;
  };
  readHeld();
  const presenceList = (): Presence =>
    [...presence.values()].map((p) => ({
      userId: p.user.id,
      name: p.user.name,
      roles: p.user.roles,
      state: p.state,
      since: new Date(p.since).toISOString(),
      holding: held.get(p.user.id) ?? [],
    }));
  // A reconnecting room of hundreds would otherwise send the whole list to everyone per socket:
  // announce at most every PRESENCE_THROTTLE_MS, and only when someone's presence changed.
  let presenceTimer: NodeJS.Timeout | undefined;
  const announcePresence = () => {
    presenceTimer ??= setTimeout(() => {
      presenceTimer = undefined;
      io.to(HUB_ROOM).emit('presence', presenceList());
    }, PRESENCE_THROTTLE_MS);
  };

  // One notice per topic per second at most, however many commits: the first goes at once, the rest within
  // the second are one. The dispatcher changes messages hundreds of times a second in a backlog, and each
  // notice makes every workstation refetch, so a notice says "look again", never "this many changed".
  const noticeTimers = new Map<NoticeTopic, NodeJS.Timeout>();
  const lastNotice = new Map<NoticeTopic, number>();
  const announce = (topic: NoticeTopic) => {
    if (noticeTimers.has(topic)) return;
    const wait = Math.max(0, (lastNotice.get(topic) ?? -Infinity) + NOTICE_MS - performance.now());
    noticeTimers.set(
      topic,
      setTimeout(() => {
        noticeTimers.delete(topic);
        lastNotice.set(topic, performance.now());
        // The figures' readers have their own room; every other topic is the hub workstations'.
        // The directory (practices, pharmacies) is also the admin's, who edits it, and the figures' readers'.
        const rooms = topic === 'stats' ? STATS_ROOM : topic === 'directory' ? [HUB_ROOM, STATS_ROOM] : HUB_ROOM;
        io.to(rooms).emit('notice', { topic, at: new Date(deps.clock.now()).toISOString() });
      }, wait),
    );
  };

  // Changes are broadcast after the command has answered its sender, in commit order.
  const outbox: Committed[] = [];
  const drain = () => {
    let claimsMoved = false;
    for (const change of outbox.splice(0)) {
      const item = deps.items.remember(change.item);
      io.to(HUB_ROOM).to(practiceRoom(change.row.practiceOds)).emit('change', { seq: change.seq, type: change.type, item });
      // A claim taken, or a held request let go: who holds what may have moved.
      claimsMoved ||= change.row.claimedBy !== null || heldIds.has(change.row.id);
    }
    if (claimsMoved && readHeld()) announcePresence();
  };

  io.use((socket, next) => {
    const user = deps.sessions.userFromCookieHeader(socket.handshake.headers.cookie);
    if (!user) return next(new Error('NOT_SIGNED_IN'));
    socket.data.user = user;
    next();
  });

  io.on('connection', (socket) => {
    const { user } = socket.data;
    if (seesHubQueue(user)) socket.join(HUB_ROOM);
    if (user.roles.some((r) => (STATS_READERS as readonly string[]).includes(r))) socket.join(STATS_ROOM);
    if (user.roles.includes('practice') && user.practiceOds) socket.join(practiceRoom(user.practiceOds));
    if (seesHubQueue(user)) {
      const entry = presence.get(user.id) ?? { user, state: 'available' as WorkstationState, since: deps.clock.now(), sockets: 0 };
      entry.sockets++;
      presence.set(user.id, entry);
      if (entry.sockets === 1) announcePresence();
      // A workstation that has just connected needs the list now, not the next change.
      else socket.emit('presence', presenceList());
    }

    socket.on('resync', (since, reply) => {
      if (typeof reply !== 'function') return;
      const from = Number.isSafeInteger(since) && since >= 0 ? since : 0;
      reply(deps.queue.changesSince(user, from));
    });

    socket.on('presence', (state) => {
      const parsed = workstationStateSchema.safeParse(state);
      const entry = presence.get(user.id);
      if (!parsed.success || !entry || entry.state === parsed.data) return;
      entry.state = parsed.data;
      entry.since = deps.clock.now();
      announcePresence();
    });

    socket.on('disconnect', () => {
      const entry = presence.get(user.id);
      if (!entry) return;
      entry.sockets--;
      if (entry.sockets > 0) return;
      presence.delete(user.id);
      announcePresence();
    });
  });

  return {
    io,
    /**
     * Closes every workstation whose session has ended (signed out, expired, account deactivated),
     * so no more patient data reaches it; its reconnection is then refused, and it asks for sign-in.
     */
    disconnectEndedSessions() {
      for (const socket of io.of('/').sockets.values()) {
        if (!deps.sessions.userFromCookieHeader(socket.handshake.headers.cookie, false)) socket.disconnect(true);
      }
    },
    /** Tells every hub workstation that an aggregate other than a request changed (a topic, no content). */
    notice: announce,
    /** Queues a committed change for the hub and the request's own practice; sent on the next turn. */
    publish(change: Committed) {
      if (outbox.push(change) === 1) setImmediate(drain);
      announce('stats');
    },
    close: () =>
      new Promise<void>((resolve) => {
        clearTimeout(presenceTimer);
        for (const timer of noticeTimers.values()) clearTimeout(timer);
        drain();
        io.close(() => resolve());
      }),
  };
}

export type Realtime = ReturnType<typeof createRealtime>;
