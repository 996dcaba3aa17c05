import type { Settings } from '../../../shared/api/settings';

type Appearance = Pick<Settings, 'theme' | 'textSize'>;

/*
 * The look is kept in the browser's storage as well as in the settings file, so that the next
 * start paints in the right theme before the core has answered (issue #15, item 4): a counselor
 * at night is not shown a white flash. It is not client data.
 */
const STORAGE_KEY = 'pendamping.appearance';
const darkQuery = (): MediaQueryList | undefined =>
  window.matchMedia?.('(prefers-color-scheme: dark)');

let current: Appearance = { theme: 'system', textSize: 'normal' };
let following: MediaQueryList | undefined;

/** Sets data-theme (always light or dark: "system" is resolved here) and data-text-size. */
export function applyAppearance(next: Appearance): void {
  current = { theme: next.theme, textSize: next.textSize };
  const root = document.documentElement;
  root.dataset.theme = resolvedTheme(current.theme);
  root.dataset.textSize = current.textSize;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(current));
  } catch {
    // Storage may be unavailable (a private window): the settings file still holds the choice.
  }
  followSystem();
}

/** The look remembered from the last run, applied at once; the settings answer confirms it. */
export function applyRememberedAppearance(): void {
  let remembered: Partial<Appearance> = {};
  try {
    remembered = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<Appearance>;
  } catch {
    remembered = {};
  }
  const theme = ['system', 'light', 'dark'].includes(String(remembered.theme))
    ? (remembered.theme as Appearance['theme'])
    : 'system';
  const textSize = ['normal', 'large', 'larger'].includes(String(remembered.textSize))
    ? (remembered.textSize as Appearance['textSize'])
    : 'normal';
  applyAppearance({ theme, textSize });
}

function resolvedTheme(theme: Appearance['theme']): 'light' | 'dark' {
  if (theme !== 'system') return theme;
  return darkQuery()?.matches === true ? 'dark' : 'light';
}

/** With "system", the window follows the operating system when it switches at dusk. */
function followSystem(): void {
  if (following) return;
  following = darkQuery();
  following?.addEventListener('change', () => {
    if (current.theme === 'system')
      document.documentElement.dataset.theme = resolvedTheme('system');
  });
}
