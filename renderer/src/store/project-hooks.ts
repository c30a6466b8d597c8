/**
 * What the page does when it leaves a project and enters another. Loading a project's documents,
 * tags, timeline and brief belongs to their features, which the projects feature may not import;
 * the app registers these once (app/sync.ts, which loads the first project the same way), like the
 * refresh bus's refresher.
 */
export interface ProjectHooks {
  /** Before the switch: what is waiting to be saved goes to the project being left. */
  leave: () => Promise<void>;
  /** After the store was reset: the new project's state, fetched as at start. */
  enter: () => Promise<void>;
}

let hooks: ProjectHooks | null = null;

export function registerProjectHooks(registered: ProjectHooks): void {
  hooks = registered;
}

export const leaveProject = (): Promise<void> => hooks?.leave() ?? Promise.resolve();
export const enterProject = (): Promise<void> => hooks?.enter() ?? Promise.resolve();
