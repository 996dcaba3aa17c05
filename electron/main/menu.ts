import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Catalog } from '../../shared/i18n';

export interface MenuOptions {
  lock: () => void;
  /** Only an unpackaged app offers reloading and DevTools. */
  devTools: boolean;
  /** The menu's words in the language the person chose (Electron's own role labels are English). */
  words: Catalog['shell']['menu'];
}

export function buildMenu({ lock, devTools, words }: MenuOptions): Menu {
  const develop: MenuItemConstructorOptions[] = devTools
    ? [
        { role: 'reload', label: words.reload },
        { role: 'forceReload', label: words.forceReload },
        { role: 'toggleDevTools', label: words.devTools },
        { type: 'separator' },
      ]
    : [];
  const template: MenuItemConstructorOptions[] = [
    {
      id: 'app',
      label: words.app,
      submenu: [
        { id: 'lock', label: words.lock, accelerator: 'CmdOrCtrl+L', click: lock },
        { type: 'separator' },
        { role: 'quit', label: words.quit },
      ],
    },
    {
      id: 'edit',
      label: words.edit,
      submenu: [
        { role: 'undo', label: words.undo },
        { role: 'redo', label: words.redo },
        { type: 'separator' },
        { role: 'cut', label: words.cut },
        { role: 'copy', label: words.copy },
        { role: 'paste', label: words.paste },
        { role: 'selectAll', label: words.selectAll },
      ],
    },
    {
      id: 'view',
      label: words.view,
      submenu: [
        ...develop,
        { role: 'resetZoom', label: words.resetZoom },
        { role: 'zoomIn', label: words.zoomIn },
        { role: 'zoomOut', label: words.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: words.fullScreen },
      ],
    },
    {
      id: 'window',
      label: words.window,
      submenu: [
        { role: 'minimize', label: words.minimize },
        { role: 'close', label: words.close },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
