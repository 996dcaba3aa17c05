/**
 * The relay's store of attachment chunks (issue #14, item 1): sealed chunks by team, scope,
 * attachment and index. The relay cannot open them; it checks who may write and read them (the
 * scope's access, as for entries) and drops them with the scope when a case is erased.
 */
export type ChunkPutOutcome = 'stored' | 'duplicate' | 'conflict';

export interface ChunkStore {
  /** The indices the relay holds for this attachment, ascending. */
  have(teamId: Uint8Array, scopeId: string, attachmentId: string): Promise<number[]>;
  /**
   * Keeps a chunk durably before answering. The same index again is a `duplicate` (nothing is
   * written); a chunk count that differs from the attachment's first chunk is a `conflict`.
   */
  put(
    teamId: Uint8Array,
    chunk: {
      scopeId: string;
      attachmentId: string;
      index: number;
      count: number;
      author: number;
      body: Uint8Array;
    },
  ): Promise<ChunkPutOutcome>;
  get(
    teamId: Uint8Array,
    scopeId: string,
    attachmentId: string,
    index: number,
  ): Promise<Uint8Array | undefined>;
  /** Erasure of a case: every chunk of the scope. Returns how many were deleted. */
  eraseScope(teamId: Uint8Array, scopeId: string): Promise<number>;
  /** Bytes of chunks the team holds. */
  teamBytes(teamId: Uint8Array): Promise<number>;
}
