import { describe, expect, it } from 'vitest';
import {
  actionFor,
  keysOf,
  platformOf,
  SHORTCUT_ACTIONS,
  type KeyPress,
} from '../../renderer/src/ui/keymap';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('the keyboard shortcuts', () => {
  it('start a new session with Ctrl+Shift+N, search with Ctrl+K, save with Ctrl+S, lock with Ctrl+Shift+L', () => {
    expect(actionFor(press('N', { ctrlKey: true, shiftKey: true }), 'other', false)).toBe(
      'newSession',
    );
    expect(actionFor(press('k', { ctrlKey: true }), 'other', false)).toBe('search');
    expect(actionFor(press('s', { ctrlKey: true }), 'other', true)).toBe('save');
    expect(actionFor(press('L', { ctrlKey: true, shiftKey: true }), 'other', true)).toBe('lock');
  });

  it('use ⌘ instead of Ctrl on a Mac, and ignore Ctrl there', () => {
    expect(actionFor(press('k', { metaKey: true }), 'mac', false)).toBe('search');
    expect(actionFor(press('k', { ctrlKey: true }), 'mac', false)).toBeNull();
    expect(actionFor(press('k', { metaKey: true }), 'other', false)).toBeNull();
  });

  it('open the help with F1 anywhere, and with "?" only outside a text field', () => {
    expect(actionFor(press('F1'), 'other', true)).toBe('help');
    expect(actionFor(press('?', { shiftKey: true }), 'other', false)).toBe('help');
    expect(actionFor(press('?', { shiftKey: true }), 'other', true)).toBeNull();
  });

  it('leave the editor its own keys: bold, undo and redo are not shortcuts of the app', () => {
    for (const key of ['b', 'i', 'u', 'z', 'y']) {
      expect(actionFor(press(key, { ctrlKey: true }), 'other', true)).toBeNull();
    }
    expect(actionFor(press('z', { ctrlKey: true, shiftKey: true }), 'other', true)).toBeNull();
  });

  it('do not fire on plain letters, with a missing or extra Shift, or with Alt (AltGr types characters)', () => {
    expect(actionFor(press('k'), 'other', false)).toBeNull();
    expect(actionFor(press('n', { ctrlKey: true }), 'other', false)).toBeNull();
    expect(actionFor(press('S', { ctrlKey: true, shiftKey: true }), 'other', false)).toBeNull();
    expect(actionFor(press('k', { ctrlKey: true, altKey: true }), 'other', false)).toBeNull();
  });

  it('are written the way each platform writes them, for the help panel', () => {
    expect(keysOf('newSession', 'other')).toEqual(['Ctrl+Shift+N']);
    expect(keysOf('newSession', 'mac')).toEqual(['⌘⇧N']);
    expect(keysOf('help', 'other')).toEqual(['F1', '?']);
    expect(keysOf('lock', 'other')).toEqual(['Ctrl+Shift+L']);
  });

  it('list every action once in the help panel, each with at least one key', () => {
    expect(new Set(SHORTCUT_ACTIONS).size).toBe(SHORTCUT_ACTIONS.length);
    for (const action of SHORTCUT_ACTIONS)
      expect(keysOf(action, 'other').length).toBeGreaterThan(0);
  });

  it('tell a Mac from other platforms by its platform string', () => {
    expect(platformOf('MacIntel')).toBe('mac');
    expect(platformOf('Linux x86_64')).toBe('other');
    expect(platformOf('Win32')).toBe('other');
  });
});
