import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { keysOf, SHORTCUT_ACTIONS } from './keymap';
import { PLATFORM } from './use-shortcuts';
import './shortcuts-help.css';

/**
 * The keyboard shortcuts, as a modal dialog (issue #15, item 5): opened with "?" or F1 and from
 * the navigation. A native <dialog> keeps the focus inside while open, closes with Escape, and
 * returns the focus to where it was.
 */
export function ShortcutsHelp({
  open,
  onClose,
}: {
  open: boolean;
  onClose: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal?.();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="shortcuts-help"
      aria-labelledby="shortcuts-help-title"
      onClose={onClose}
    >
      <h2 id="shortcuts-help-title">{t('ui.shortcuts.title')}</h2>
      <p className="hint">{t('ui.shortcuts.intro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('ui.shortcuts.action')}</th>
            <th scope="col">{t('ui.shortcuts.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUT_ACTIONS.map((action) => (
            <tr key={action}>
              <th scope="row">{t(`ui.shortcuts.${action}`)}</th>
              <td>
                {keysOf(action, PLATFORM).map((keys, i) => (
                  <span key={keys}>
                    {i > 0 && ` ${t('ui.shortcuts.or')} `}
                    <kbd>{keys}</kbd>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" autoFocus onClick={() => dialog.current?.close()}>
        {t('ui.shortcuts.close')}
      </button>
    </dialog>
  );
}
