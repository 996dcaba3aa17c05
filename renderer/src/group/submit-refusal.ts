import { ApiCallError } from '../../../shared/api/client';
import { RiskActionKind } from '../../../shared/domain';

/**
 * The parts a group submission was refused for (issue #13, items 4 and 9): the core names each
 * part by its session id (never an alias) with the kinds its risk screen still lacks, as
 * "…recorded: <session id>: kind, kind; <session id>: kind".
 */
export function refusedParts(
  error: unknown,
): Array<{ sessionId: string; missing: RiskActionKind[] }> | undefined {
  if (!(error instanceof ApiCallError) || error.error.code !== 'risk_actions_missing') {
    return undefined;
  }
  const list = error.error.message.slice(error.error.message.indexOf(':') + 1);
  return list.split(';').flatMap((part) => {
    const [sessionId, kinds] = part.split(':').map((s) => s.trim());
    if (!sessionId || !/^[0-9a-f]{32}$/.test(sessionId)) return [];
    const missing = (kinds ?? '').split(',').flatMap((k) => {
      const parsed = RiskActionKind.safeParse(k.trim());
      return parsed.success ? [parsed.data] : [];
    });
    return [{ sessionId, missing }];
  });
}
