/*
 * The app's keyboard shortcuts (issue #15, item 5), as data and pure functions: which key press
 * is which action, and how each is written on this platform for the help panel. No DOM here, so
 * tests/renderer/keymap.test.ts covers it in plain Node.
 *
 * The keys were chosen not to clash with the rich-text editor (which uses Ctrl+B/I/U/Z/Y and
 * Ctrl+Shift+Z) nor with typing: every action but the help needs Ctrl (⌘ on a Mac). Lock is
 * Ctrl+Shift+L because a browser keeps Ctrl+L for its address bar (the desktop menu offers both).
 */

export type ShortcutAction = 'newSession' | 'search' | 'lock' | 'save' | 'help';

export type Platform = 'mac' | 'other';

/** What a key press carries, as a KeyboardEvent has it. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

interface Binding {
  readonly action: ShortcutAction;
  /** The primary modifier: Ctrl, or ⌘ on a Mac. */
  readonly mod: boolean;
  readonly shift: boolean;
  /** KeyboardEvent.key, lower case for letters. */
  readonly key: string;
}

export const KEYMAP: readonly Binding[] = [
  { action: 'newSession', mod: true, shift: true, key: 'n' },
  { action: 'search', mod: true, shift: false, key: 'k' },
  { action: 'lock', mod: true, shift: true, key: 'l' },
  { action: 'save', mod: true, shift: false, key: 's' },
  { action: 'help', mod: false, shift: false, key: 'F1' },
  // "?" is Shift+/ on most layouts: the shift it needs is part of the character.
  { action: 'help', mod: false, shift: false, key: '?' },
];

/** The order the help panel lists them in. */
export const SHORTCUT_ACTIONS: readonly ShortcutAction[] = [
  'newSession',
  'search',
  'save',
  'lock',
  'help',
];

export function platformOf(userAgentPlatform: string): Platform {
  return /mac|iphone|ipad/i.test(userAgentPlatform) ? 'mac' : 'other';
}

/**
 * The action a key press asks for, or null. `typing` says the focus is in a text field or the
 * editor: there "?" is a character, not a request for help.
 */
export function actionFor(
  press: KeyPress,
  platform: Platform,
  typing: boolean,
): ShortcutAction | null {
  const mod = platform === 'mac' ? press.metaKey : press.ctrlKey;
  // The other platform's modifier, or Alt, makes it someone else's combination (AltGr types).
  const foreign = platform === 'mac' ? press.ctrlKey : press.metaKey;
  if (foreign || press.altKey) return null;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  for (const binding of KEYMAP) {
    if (binding.key !== key || binding.mod !== mod) continue;
    if (binding.key === '?') {
      if (typing || press.ctrlKey || press.metaKey) continue;
      return binding.action;
    }
    if (binding.shift !== press.shiftKey) continue;
    return binding.action;
  }
  return null;
}

/** The keys of an action as a person reads them on this platform, one string per alternative. */
export function keysOf(action: ShortcutAction, platform: Platform): string[] {
  return KEYMAP.filter((b) => b.action === action).map((b) => describe(b, platform));
}

function describe(binding: Binding, platform: Platform): string {
  const key = binding.key.length === 1 ? binding.key.toUpperCase() : binding.key;
  if (platform === 'mac') {
    return `${binding.mod ? '⌘' : ''}${binding.shift ? '⇧' : ''}${key}`;
  }
  return [...(binding.mod ? ['Ctrl'] : []), ...(binding.shift ? ['Shift'] : []), key].join('+');
}
