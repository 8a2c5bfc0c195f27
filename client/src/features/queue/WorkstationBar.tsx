// This workstation's own controls: what the team sees you doing, claim next, away, and shortcuts.
import type { WorkstationState } from '../../../../shared/schemas/api';
import { ActionButton } from '../../actions/ActionButton';
import { useWorkstation } from './workstationContext';

const YOU_ARE: Record<WorkstationState, string> = {
  available: 'Available',
  viewing: 'Reading a request',
  holding: 'Triaging a request',
  routing: 'Routing a request',
  away: 'Away',
  offline: 'Offline',
};

export function WorkstationBar({ mayTriage }: { mayTriage: boolean }) {
  const presence = useWorkstation((s) => s.context.presence);
  const claiming = useWorkstation((s) => s.matches({ work: 'claimingNext' }) || s.matches({ work: 'claiming' }));
  const away = presence === 'away';
  return (
    <section className="workstation-bar" aria-labelledby="workstation-heading">
      <h2 id="workstation-heading" className="visually-hidden">
        Your workstation
      </h2>
      <p className="you-are">
        The team sees you as: <strong>{claiming ? 'Claiming…' : YOU_ARE[presence]}</strong>
      </p>
      <div className="workstation-actions">
        {mayTriage && <ActionButton name="claimNext" variant="primary" />}
        <ActionButton name="toggleAway" label={away ? 'I’m back' : 'Set away'} />
        <ActionButton name="help" variant="quiet" />
      </div>
    </section>
  );
}
