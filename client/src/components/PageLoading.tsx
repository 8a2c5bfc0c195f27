// What stands in for a page while its code arrives, and if it cannot arrive. Both are announced
// politely, and the first waits a moment before showing so a quick load does not flash.
import { useEffect, useState } from 'react';

export function PageLoading() {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), 300);
    return () => clearTimeout(timer);
  }, []);
  return (
    <main id="main" className="placeholder-page" aria-busy="true" tabIndex={-1}>
      <p role="status">{shown ? 'Loading the page…' : ''}</p>
    </main>
  );
}

export function PageLoadFailed() {
  return (
    <main id="main" className="placeholder-page" tabIndex={-1}>
      <h1>This page could not be loaded</h1>
      <p role="alert">The connection dropped, or the hub was updated since this tab opened.</p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload the page
      </button>
    </main>
  );
}
