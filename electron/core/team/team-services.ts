import { fromHex, toHex } from '../../../shared/encoding/hex';
import { ErrorCode as RelayErrorCode } from '../../../shared/sync';
import { COMMUNITY_KIND, teamCommunityDocumentId, type TeamForCommunity } from '../community';
import { ERASURES_KIND, teamErasuresDocumentId, type TeamForErasure } from '../erasure';
import { CoreError } from '../errors';
import type { TeamForExports } from '../exports/export-service';
import type { TeamForLibrary } from '../library';
import { TEMPLATES_KIND, templatesDocumentId } from '../records/team-templates';
import { RelayRefusal } from '../sync';
import type { TeamForWellbeing } from '../wellbeing';
import { isLive } from './client-liveness';
import { PROFILES_KIND, profilesDocumentId, type MemberProfiles } from './member-profiles';
import type { TeamAccess } from './team-access';
import { teamScopeId } from './team-enrollment';
import type { TeamScope } from './team-scope';

/*
 * What the rest of the core needs from the team, each for one part of it (wellbeing, community
 * work, the library, exports, erasure), read as of the moment it is used.
 */

/** Whether `key` is a current supervisor's in the verified roster. */
function isCurrentSupervisor(access: TeamAccess, key: string): boolean {
  const roster = access.roster();
  return (
    roster?.keeper.sharingAllowed() === true &&
    roster.keeper.verified().isCurrentSupervisor(fromHex(key))
  );
}

/**
 * What sharing a wellbeing summary needs (electron/core/wellbeing); undefined when alone. The
 * summaries travel in the team's profiles document, once this device holds the team-wide key.
 */
export function teamForWellbeing(
  access: TeamAccess,
  profiles: MemberProfiles,
): TeamForWellbeing | undefined {
  const enrollment = access.team().enrollment();
  if (!enrollment) return undefined;
  const scopeId = teamScopeId(enrollment);
  const docId = profilesDocumentId(enrollment.teamId);
  const { keyring, store } = access.records;
  return {
    prepare: () => {
      if (keyring.keyIdsOf(scopeId).length === 0) return undefined;
      if (!keyring.scopeOf(docId)) keyring.assignDocument(docId, scopeId);
      if (!store.documentKind(docId)) store.setDocumentKind(docId, PROFILES_KIND);
      return docId;
    },
    signer: access.secrets.signKeyPair,
    members: () => {
      const current = (access.verifiedMembers() ?? []).filter((m) => !m.removed);
      const names = profiles.names(enrollment, current);
      return current.map((m) => {
        const signPk = toHex(m.signPk);
        const displayName = names.get(signPk);
        return { signPk, ...(displayName ? { displayName } : {}) };
      });
    },
    flush: () => access.client()?.flush(),
  };
}

/**
 * What community work needs (electron/core/community); undefined when alone. Its document is in
 * the team-wide scope, like the directory; entries count when signed by a member of the
 * verified roster (removed ones too: the work they did still happened).
 */
export function teamForCommunity(access: TeamAccess): TeamForCommunity | undefined {
  const enrollment = access.team().enrollment();
  if (!enrollment) return undefined;
  const scopeId = teamScopeId(enrollment);
  const docId = teamCommunityDocumentId(enrollment.teamId);
  const { keyring, store } = access.records;
  return {
    prepare: () => {
      if (keyring.keyIdsOf(scopeId).length === 0) return undefined;
      if (!keyring.scopeOf(docId)) keyring.assignDocument(docId, scopeId);
      if (!store.documentKind(docId)) store.setDocumentKind(docId, COMMUNITY_KIND);
      return docId;
    },
    signers: () => (access.verifiedMembers() ?? []).map((m) => toHex(m.signPk)),
    flush: () => access.client()?.flush(),
  };
}

/**
 * What the psychoeducation library needs (electron/core/library): this account's signer, and
 * once enrolled the team-wide scope and who its current supervisors are. Only the verified
 * roster says who curates: the relay's list, or a member's word in the document, counts for
 * nothing.
 */
export function teamForLibrary(access: TeamAccess): TeamForLibrary {
  const enrollment = access.team().enrollment();
  const signer = access.secrets.signKeyPair;
  if (!enrollment) return { signer };
  return {
    signer,
    team: {
      teamId: enrollment.teamId,
      scopeId: teamScopeId(enrollment),
      isSupervisorKey: (key) => isCurrentSupervisor(access, key),
      flush: () => access.client()?.flush(),
    },
  };
}

/**
 * What exports need (electron/core/exports): the role, and for a supervisor the team's
 * templates document to write the letterhead into, opened as a template is published.
 */
export function teamForExports(access: TeamAccess, teamScope: TeamScope): TeamForExports {
  const enrollment = access.team().enrollment();
  return {
    role: enrollment?.role,
    isSupervisorKey: enrollment ? (key) => isCurrentSupervisor(access, key) : undefined,
    editTeamSettings: async (edit) => {
      if (!enrollment || enrollment.role !== 'supervisor') {
        throw new CoreError('export_refused', 'supervisor_only');
      }
      const client = access.requireClient();
      const docId = templatesDocumentId(enrollment.teamId);
      await teamScope.openDocument(client, enrollment, docId, TEMPLATES_KIND);
      access.records.docs.transact(docId, edit);
      client.flush();
    },
  };
}

/** What erasure needs while in a team (electron/core/erasure); undefined when working alone. */
export function teamForErasure(
  access: TeamAccess,
  teamScope: TeamScope,
): TeamForErasure | undefined {
  const enrollment = access.team().enrollment();
  if (!enrollment) return undefined;
  const docId = teamErasuresDocumentId(enrollment.teamId);
  return {
    role: enrollment.role,
    registerDocumentId: docId,
    prepareRegister: () =>
      teamScope.openDocument(access.requireClient(), enrollment, docId, ERASURES_KIND),
    // Only a current supervisor of the verified roster: a removed or invented one erases nothing.
    isSupervisorKey: (key) => isCurrentSupervisor(access, key),
    live: () => {
      const client = access.client();
      return client !== undefined && isLive(client);
    },
    selfIsSupervisor: () => {
      const members = access.verifiedMembers();
      if (!members) return undefined;
      const me = toHex(access.secrets.signKeyPair.publicKey);
      const self = members.find((m) => toHex(m.signPk) === me);
      return self !== undefined && !self.removed && self.role === 'supervisor';
    },
    // Never waits for a connection: without one the erasure is kept and tried again later.
    eraseOnRelay: async (caseId) => {
      const client = access.client();
      if (!client || !isLive(client)) return 'unreachable';
      try {
        await client.eraseScope(caseId);
        return 'done';
      } catch (error) {
        return erasureRefused(error) ? 'refused' : 'unreachable';
      }
    },
    flush: () => access.client()?.flush(),
  };
}

/**
 * The relay answered the erasure with Forbidden. Any other failure (the connection closed, a busy
 * relay) means: try again later.
 */
export function erasureRefused(error: unknown): boolean {
  return error instanceof RelayRefusal && error.code === RelayErrorCode.Forbidden;
}
