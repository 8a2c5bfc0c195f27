// The workstation actor, shared with everything on the queue page that reads or drives it.
import { createContext, useContext } from 'react';
import { useSelector } from '@xstate/react';
import type { ActorRefFrom } from 'xstate';
import type { WorkstationMachine } from '../../machines/workstation';
import type { WorkstationSnapshot } from '../../machines/workstationView';

export type WorkstationRef = ActorRefFrom<WorkstationMachine>;

export const WorkstationContext = createContext<WorkstationRef | null>(null);

export function useWorkstationRef(): WorkstationRef {
  const ref = useContext(WorkstationContext);
  if (!ref) throw new Error('useWorkstationRef() outside the queue page');
  return ref;
}

export const useWorkstation = <T,>(selector: (snapshot: WorkstationSnapshot) => T): T => useSelector(useWorkstationRef(), selector);
