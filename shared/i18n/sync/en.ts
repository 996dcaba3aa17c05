import type { syncId } from './id';

export const syncEn: typeof syncId = {
  title: 'Sync',
  intro:
    'Notes reach your team through a relay server, encrypted end to end: the server only stores and forwards ciphertext and can never read it. Writing never waits for the network.',
  state: {
    notEnrolled: 'Not in a team yet',
    offline: 'Offline — changes wait for a signal',
    connecting: 'Connecting…',
    syncing: 'Syncing… {{done}}/{{total}}',
    upToDate: 'Up to date',
    error: 'Error: {{reason}}',
  },
  pending: 'Changes waiting to be sent: {{count}}',
  quarantined: 'Changes that could not be opened (quarantined): {{count}}',
  lastSynced: 'Last up to date: {{at}}',
  never: 'never',
  traffic: 'This month: sent {{sent}}, received {{received}}',
  deferred: 'Large downloads held back by the data saver: {{size}}',
  allowLarge: 'Allow large downloads now',
  dataSaver: 'Data saver (hold back large downloads and snapshots)',
  unmetered: 'This network is unmetered (trusted Wi-Fi)',
  createTitle: 'Create a team (supervisor)',
  createHint:
    'The first supervisor creates the team on a relay server, then invites their counselors.',
  serverUrl: 'Relay server address (ws:// or wss://)',
  create: 'Create team',
  joinTitle: 'Join with an invite code',
  joinHint:
    'Paste the invite code from your supervisor. It carries the server address and works once.',
  code: 'Invite code',
  join: 'Join',
  inviteTitle: 'Invite a member',
  inviteRole: 'Role',
  invite: 'Make an invite code',
  inviteCode: 'Give this code to the person you invite, over a channel you trust:',
  roles: { supervisor: 'Supervisor', counselor: 'Counselor' },
  membersTitle: 'Team members',
  membersHint:
    'Compare key fingerprints with the person, face to face or by phone: if they match, the server did not swap their keys.',
  member: 'Member #{{n}}',
  me: '(you)',
  removed: 'removed',
  handOverTitle: 'Hand the case to another counselor',
  handOverHint:
    'The new counselor receives the case keys with its history; what is written afterwards uses a new key. Recorded in the audit trail.',
  handOverTo: 'Hand over to',
  handOver: 'Hand over the case',
  handedOver: 'The case was handed over.',
  remove: 'Remove from the team',
  removeConfirm:
    'Remove member #{{n}}? Every case key on this device is replaced; that member cannot read what is written afterwards.',
  fingerprint: 'Key fingerprint',
};
