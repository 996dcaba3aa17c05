import type { uiId } from './id';

/** English for the look (theme, text size) and the keyboard shortcuts (issue #15). */
export const uiEn: typeof uiId = {
  appearance: {
    title: 'Appearance',
    theme: 'Theme',
    themeSystem: 'Follow the system',
    themeLight: 'Light',
    themeDark: 'Dark',
    textSize: 'Text size',
    textNormal: 'Normal',
    textLarge: 'Large',
    textLarger: 'Larger',
  },
  shortcuts: {
    title: 'Keyboard shortcuts',
    open: 'Keyboard shortcuts',
    intro: 'Everything works with the keyboard: Tab to move, Enter or Space to choose.',
    action: 'Action',
    keys: 'Keys',
    or: 'or',
    close: 'Close',
    newSession: 'New session (from a case page)',
    search: 'Search',
    save: 'Save the form being filled in',
    lock: 'Lock the app',
    help: 'Show these shortcuts',
    newSessionWhere: 'Open a case first to start a new session.',
  },
};
