// The steps of making a key, shared by practices and pharmacies: ask, make it, show it once, forget it.
import { useState } from 'react';
import { messageOf } from '../../../api/errors';
import type { NewKeyAnswer } from '../../../api/organisations';
import type { KeyTarget } from './ConfirmKeyPanel';

export function useKeyRotation(rotate: (ods: string) => Promise<NewKeyAnswer>, afterwards: () => void) {
  const [confirming, setConfirming] = useState<KeyTarget | null>(null);
  const [shown, setShown] = useState<{ name: string; key: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    if (!confirming) return;
    setBusy(true);
    try {
      const { key } = await rotate(confirming.ods);
      setShown({ name: confirming.name, key });
      setConfirming(null);
      setError(null);
      afterwards();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return {
    confirming,
    shown,
    busy,
    error,
    ask: (target: KeyTarget) => {
      setShown(null);
      setError(null);
      setConfirming(target);
    },
    cancel: () => setConfirming(null),
    confirm,
    // Dropping the key from state is the point: nothing in the page holds it after this.
    done: () => setShown(null),
  };
}
