// The live link's state for the person at the screen: quiet when all is well, plain when it is not.
import type { ConnectionView } from '../machines/workstationView';

const WORDS: Record<ConnectionView, string | null> = {
  connecting: 'Connecting to the hub…',
  lost: 'Connection lost — reconnecting…; changes will catch up',
  catching_up: 'Reconnected — catching up with changes…',
  recovered: 'Back online — the queue is up to date.',
  online: null,
};

export function ConnectionBanner({ view }: { view: ConnectionView }) {
  const words = WORDS[view];
  // The status region stays in the page so screen readers hear each change of wording.
  return (
    <div className={`connection connection-${view}`} role="status">
      {words && (
        <p>
          {view === 'lost' && <span className="banner-icon" aria-hidden="true">⚠</span>}
          {words}
        </p>
      )}
    </div>
  );
}
