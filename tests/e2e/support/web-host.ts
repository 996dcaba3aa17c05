import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningWebHost {
  /** The address with the token, as printed for the user. */
  launchUrl: string;
  /** The bare origin, without the token. */
  origin: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts the real web host (`electron/webhost/cli.ts`) as its own process, the way `npm run web`
 * does, on a data directory of the test's choosing (so a restart finds the same vault).
 */
export async function startWebHost(
  options: { dataDir?: string; env?: Record<string, string> } = {},
): Promise<RunningWebHost> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'pendamping-e2e-'));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/webhost/cli.ts', '--data-dir', dataDir],
    {
      env: {
        ...process.env,
        PENDAMPING_TEST_FAST_KDF: '1',
        PENDAMPING_LOG: 'warn',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const launchUrl = await waitForUrl(child);
  return {
    launchUrl,
    origin: new URL(launchUrl).origin,
    dataDir,
    stop: () => stopProcess(child),
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /Pendamping web host: (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${output}`));
    });
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
