import { WebSocket } from 'ws';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';

/**
 * Calls the core over the web host's API socket, as a second window of the same user would (the
 * launch address's token as the cookie). Tests use it to set up records, so a spec covers its
 * own screens and not the ones that lead to them.
 */
export async function callApi<M extends MethodName>(
  launchUrl: string,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const launch = new URL(launchUrl);
  const ws = new WebSocket(`ws://${launch.host}/api`, {
    headers: {
      Cookie: `pendamping_token=${launch.searchParams.get('token') ?? ''}`,
      Origin: launch.origin,
    },
  });
  try {
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    const answer = new Promise<unknown>((resolve, reject) => {
      ws.on('message', (raw: Buffer) => {
        const frame = JSON.parse(raw.toString()) as {
          kind: string;
          id?: number;
          result?: { ok: boolean; value?: unknown; error?: unknown };
        };
        if (frame.kind !== 'response' || frame.id !== 1) return;
        if (frame.result?.ok) resolve(frame.result.value);
        else reject(new Error(`${method}: ${JSON.stringify(frame.result?.error)}`));
      });
    });
    ws.send(JSON.stringify({ kind: 'request', id: 1, method, input }));
    return (await answer) as MethodOutput<M>;
  } finally {
    ws.close();
  }
}
