import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * The relay as a real child process: `node --import tsx server/cli.ts`. Resolves once it prints
 * its `{"listening": port}` line.
 */
export interface ChildServer {
  proc: ChildProcess;
  port: number;
  url: string;
  exited: Promise<number | null>;
  stderr: () => string;
}

export async function spawnServer(options: {
  dataDir: string;
  port?: number;
  env?: Record<string, string>;
  /** Pass `--allow-team-creation`: the relay refuses create-team without it. */
  allowTeamCreation?: boolean;
  /** More command-line flags (`--trust-proxy`, `--limit-joins 5/1h`…). */
  args?: string[];
}): Promise<ChildServer> {
  const proc = spawn(
    process.execPath,
    [
      ...(process.env.PENDAMPING_RELAY_NODE_ARGS ?? '').split(' ').filter(Boolean),
      '--import',
      'tsx',
      'server/cli.ts',
      '--port',
      String(options.port ?? 0),
      '--data-dir',
      options.dataDir,
      ...(options.allowTeamCreation ? ['--allow-team-creation'] : []),
      ...(options.args ?? []),
    ],
    {
      cwd: process.cwd(),
      env: { ...process.env, PENDAMPING_LOG: 'warn', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let err = '';
  proc.stderr?.on('data', (d: Buffer) => {
    err = (err + d.toString()).slice(-20_000);
  });
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: proc.stdout as NodeJS.ReadableStream });
    const timer = setTimeout(() => reject(new Error(`relay did not start: ${err}`)), 30_000);
    lines.on('line', (line) => {
      try {
        const msg = JSON.parse(line) as { listening?: number };
        if (msg.listening) {
          clearTimeout(timer);
          resolve(msg.listening);
        }
      } catch {
        // not our line
      }
    });
    void exited.then((code) =>
      reject(new Error(`relay exited (${code}) before listening: ${err}`)),
    );
  });
  return { proc, port, url: `ws://127.0.0.1:${port}`, exited, stderr: () => err };
}
