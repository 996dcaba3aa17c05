import { useEffect, useRef } from 'react';
import { actionFor, platformOf, type Platform, type ShortcutAction } from './keymap';

export const PLATFORM: Platform = platformOf(
  typeof navigator === 'undefined' ? '' : navigator.platform,
);

/** Inputs that take no characters: on them "?" still asks for help. */
const NOT_TYPED = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
]);

/** Whether the focus is where "?" is a character: a field, a list box or the rich-text editor. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !NOT_TYPED.has(target.type);
  return ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The app's shortcuts while it is unlocked (issue #15, item 5). Lock has its own hook
 * (use-lock-shortcut.ts), which also works while a dialog is open; the handlers here get every
 * other action from keymap.ts.
 */
export function useShortcuts(
  handlers: Partial<Record<Exclude<ShortcutAction, 'lock'>, () => void>>,
): void {
  // The latest handlers without re-subscribing on every render.
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const action = actionFor(event, PLATFORM, typingIn(event.target));
      if (action === null || action === 'lock') return;
      const handler = current.current[action];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** Ctrl+S: submits the form that holds the focus, as its own submit button would. */
export function submitFocusedForm(): void {
  const form = document.activeElement?.closest('form');
  if (form) form.requestSubmit();
}

/** Clicks the element marked for a shortcut once it shows (a screen may still be loading). */
export function clickWhenShown(selector: string, timeoutMs = 3000): Promise<boolean> {
  const started = Date.now();
  return new Promise((resolve) => {
    const look = (): void => {
      const element = document.querySelector<HTMLElement>(selector);
      if (element) {
        element.click();
        resolve(true);
      } else if (Date.now() - started > timeoutMs) resolve(false);
      else setTimeout(look, 50);
    };
    look();
  });
}
