/** Entry point: registers the commands, starts syncing with the library, follows deep links and mounts the app. */
import './platform/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startSync } from './app/sync';
import { registerContributions } from './commands/contributions';
import { ProjectScope } from './features/projects/ProjectScope';
import { startDeepLinks } from './navigation/deep-link';
import { getClient } from './platform/client';

registerContributions();
const loaded = startSync();
// After startSync took the client (and so the token out of the address): the link is read from what is left.
startDeepLinks(getClient(), loaded);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ProjectScope>
        <App />
      </ProjectScope>
    </StrictMode>,
  );
}
