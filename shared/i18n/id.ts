import { startId, type Widen } from './start/id';
import { workspaceId } from './workspace/id';

/**
 * Bahasa Indonesia: the primary language. Every other catalog has exactly these keys. The app
 * loads it in two parts (start: before unlock; workspace: after), the core and tests whole.
 */
export const id = { ...startId, ...workspaceId };

export type Catalog = Widen<typeof id>;
