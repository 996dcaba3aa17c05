import { ErrorCode, type MemberInfo } from '../shared/sync';
import {
  encodeChunkServerFrame,
  type ChunkClientFrame,
  type ChunkServerFrame,
} from '../shared/sync/chunk-frames';
import type { ChunkStore } from './storage/chunks';
import { canAccess, type TeamState } from './team-state';

/** What a connection lends the attachment path: who asks, in which team, and its socket. */
export interface ChunkContext {
  chunks: ChunkStore | undefined;
  teamId: Uint8Array;
  member: MemberInfo;
  state: TeamState;
  /** Team storage cap in bytes (entries and chunks together); Infinity when off. */
  teamQuotaBytes: number;
  teamBytes(): Promise<number>;
  send(bytes: Uint8Array): void;
}

/**
 * The relay's side of the attachment path (shared/sync/chunk-frames.ts). Access is the scope's,
 * as for entries: a member who may not read a case's scope can neither list, fetch nor add its
 * chunks; an erased scope has no scope row any more, so it is refused as well. Refusals are
 * answers (a code), not closed connections: a file refused must not stop the notes syncing.
 */
export async function handleChunkFrame(ctx: ChunkContext, f: ChunkClientFrame): Promise<void> {
  const answer = (frame: ChunkServerFrame): void => ctx.send(encodeChunkServerFrame(frame));
  const refuse = (code: number): void => {
    if (f.t === 'chunk-have')
      answer({ t: 'chunk-list', requestId: f.requestId, code, indices: [] });
    else if (f.t === 'chunk-put')
      answer({ t: 'chunk-ack', requestId: f.requestId, code, index: f.index });
    else {
      const body = new Uint8Array(0);
      answer({ t: 'chunk-data', requestId: f.requestId, code, index: f.index, body });
    }
  };
  const scope = (await ctx.state.scopes()).get(f.scopeId);
  if (!ctx.chunks) return refuse(ErrorCode.NotFound);
  if (!scope || !canAccess(scope, ctx.member)) return refuse(ErrorCode.Forbidden);
  switch (f.t) {
    case 'chunk-have': {
      const indices = await ctx.chunks.have(ctx.teamId, f.scopeId, f.attachmentId);
      return answer({ t: 'chunk-list', requestId: f.requestId, code: 0, indices });
    }
    case 'chunk-put': {
      if (Number.isFinite(ctx.teamQuotaBytes)) {
        if ((await ctx.teamBytes()) + f.body.length > ctx.teamQuotaBytes) {
          return refuse(ErrorCode.QuotaExceeded);
        }
      }
      const outcome = await ctx.chunks.put(ctx.teamId, {
        scopeId: f.scopeId,
        attachmentId: f.attachmentId,
        index: f.index,
        count: f.count,
        author: ctx.member.memberNo,
        body: f.body,
      });
      return outcome === 'conflict'
        ? refuse(ErrorCode.Conflict)
        : answer({ t: 'chunk-ack', requestId: f.requestId, code: 0, index: f.index });
    }
    case 'chunk-get': {
      const body = await ctx.chunks.get(ctx.teamId, f.scopeId, f.attachmentId, f.index);
      if (!body) return refuse(ErrorCode.NotFound);
      return answer({ t: 'chunk-data', requestId: f.requestId, code: 0, index: f.index, body });
    }
  }
}
