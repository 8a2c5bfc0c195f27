// Starts this page's workstation machine with its API calls and presence report wired to the hub.
import { useActorRef } from '@xstate/react';
import { useMemo, type RefObject } from 'react';
import { fromPromise } from 'xstate';
import type { HubLink } from '../../api/socket';
import { useDeps } from '../../deps';
import { workstationMachine } from '../../machines/workstation';
import { claimNextRequest, claimRequest, releaseRequest, resyncQueue, routeRequest } from './queueSync';

export function useWorkstationActor(link: RefObject<HubLink | null>) {
  const deps = useDeps();
  const machine = useMemo(
    () =>
      workstationMachine.provide({
        actors: {
          claim: fromPromise(({ input }) => claimRequest(deps, input.id)),
          claimNext: fromPromise(() => claimNextRequest(deps)),
          renew: fromPromise(({ input }) => claimRequest(deps, input.id)),
          release: fromPromise<unknown, { id: number }>(({ input }) => releaseRequest(deps, input.id)),
          route: fromPromise(({ input }) => routeRequest(deps, input.id, input.body)),
          resync: fromPromise<unknown>(() => resyncQueue(deps, link.current)),
        },
        actions: { reportPresence: ({ context }) => link.current?.reportPresence(context.presence) },
      }),
    [deps, link],
  );
  return useActorRef(machine);
}
