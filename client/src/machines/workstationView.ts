// Reads the workstation machine's snapshot for the screen: the connection banner's wording.
import type { SnapshotFrom } from 'xstate';
import type { WorkstationMachine } from './workstation';

export type WorkstationSnapshot = SnapshotFrom<WorkstationMachine>;

/** What the connection banner should say, from the machine's connection region. */
export type ConnectionView = 'connecting' | 'lost' | 'catching_up' | 'recovered' | 'online';

export function connectionViewOf(snapshot: WorkstationSnapshot): ConnectionView {
  if (snapshot.matches({ connection: { online: 'recovered' } })) return 'recovered';
  if (snapshot.matches({ connection: 'online' })) return 'online';
  if (snapshot.matches({ connection: 'connecting' })) return 'connecting';
  if (snapshot.matches({ connection: 'disconnected' }) || snapshot.matches({ connection: 'reconnecting' })) return 'lost';
  return snapshot.context.lostConnection ? 'catching_up' : 'connecting';
}
