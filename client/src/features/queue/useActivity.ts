// While a claim is held, tells the workstation the coordinator is active (keys, pointer, scroll), so
// the machine can renew the lease; the machine decides how often a renewal is due.
import { useEffect } from 'react';
import { useDeps } from '../../deps';
import type { WorkstationRef } from './workstationContext';

const EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const;
/** Pointer moves fire many times a second; nothing needs them finer than this. */
const SAMPLE_MS = 2_000;

export function useActivity(workstation: WorkstationRef, holding: boolean) {
  const { now } = useDeps();
  useEffect(() => {
    if (!holding) return;
    let last = 0;
    const onActivity = () => {
      const at = now();
      if (at - last < SAMPLE_MS) return;
      last = at;
      workstation.send({ type: 'ACTIVITY', at });
    };
    EVENTS.forEach((type) => document.addEventListener(type, onActivity, { passive: true }));
    return () => EVENTS.forEach((type) => document.removeEventListener(type, onActivity));
  }, [workstation, holding, now]);
}
