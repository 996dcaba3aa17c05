import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  lock: () => void;
  /** Only an unpackaged app offers reloading and DevTools. */
  devTools: boolean;
}

export function buildMenu({ lock, devTools }: MenuOptions): Menu {
  const develop: MenuItemConstructorOptions[] = devTools
    ? [
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
      ]
    : [];
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Pendamping',
      submenu: [
        { label: 'Kunci / Lock', accelerator: 'CmdOrCtrl+L', click: lock },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'Tampilan / View',
      submenu: [
        ...develop,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
