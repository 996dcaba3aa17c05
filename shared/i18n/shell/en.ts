import type { Catalog } from '../id';

/** The shell's words in English (shell/id.ts says where they show). */
export const shellEn: Catalog['shell'] = {
  menu: {
    app: 'Pendamping',
    lock: 'Lock',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    reload: 'Reload',
    forceReload: 'Force reload',
    devTools: 'Developer tools',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullScreen: 'Full screen',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close window',
  },
  coreUnreachable: 'Pendamping: the app core cannot be reached. Reload this page.',
};
