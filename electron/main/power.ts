import { powerMonitor } from 'electron';
import type { LockReason } from '../../shared/api/vault';

/**
 * A laptop closed in the field or a screen locked at a desk leaves no unlocked vault behind: the
 * core wipes its keys, and the window shows the lock screen.
 */
export function lockOnSleep(lock: (reason: LockReason) => void): void {
  powerMonitor.on('suspend', () => lock('system'));
  powerMonitor.on('lock-screen', () => lock('system'));
}
