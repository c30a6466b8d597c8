/** Entry point: registers the commands, starts syncing with the library and mounts the app. */
import './platform/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startSync } from './app/sync';
import { registerContributions } from './commands/contributions';

registerContributions();
void startSync();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
