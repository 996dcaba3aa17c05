import { Menu, type MenuItemConstructorOptions } from 'electron';

export function buildMenu(lock: () => void): Menu {
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
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
