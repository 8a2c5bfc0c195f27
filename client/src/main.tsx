// Entry point: builds the real dependencies (REST API, Socket.IO link, clock, stores) and mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { createApi } from './api/http';
import { createSocketLink } from './api/socket';
import { DepsProvider, type HubDeps } from './deps';
import { createDutyStore } from './stores/dutyStore';
import { createHubSettingsStore } from './stores/hubSettingsStore';
import { createQueueStore } from './stores/queueStore';
import { createSessionStore } from './stores/sessionStore';
import { SESSION_ENDED } from './features/session/linkRefused';
import './styles.css';
import './screens.css';

const session = createSessionStore();
const deps: HubDeps = {
  // A 401 from any call means the session ended under us: back to sign-in, saying why.
  api: createApi({ onSignedOut: () => session.getState().status === 'signed_in' && session.getState().signedOut(SESSION_ENDED) }),
  connect: () => createSocketLink(),
  now: () => Date.now(),
  queue: createQueueStore(),
  session,
  hubSettings: createHubSettingsStore(),
  duty: createDutyStore(),
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DepsProvider deps={deps}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </DepsProvider>
  </StrictMode>,
);
