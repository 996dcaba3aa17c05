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
    held: 'Sync on hold',
  },
  problem: {
    notMember:
      'This device is no longer a member of the team on this server (a supervisor may have removed it). Your notes stay safe on this laptop; contact your supervisor.',
    authFailed:
      "The server refused this device's key. Your notes stay safe on this laptop; contact your supervisor and compare key fingerprints.",
    version:
      'The server speaks another protocol version. Update Pendamping; until then your notes stay on this laptop.',
    rateLimited:
      'The server is limiting attempts from this network. The app tries again by itself in {{seconds}} seconds; nothing is lost.',
    details: 'Server says: {{reason}}',
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
  relayAddress: {
    empty: 'Type the relay server address.',
    malformed: 'This does not read as a relay server address. For example: wss://relay.example.org',
    scheme:
      'A relay server address starts with wss:// (or ws:// for a trial on this computer), not http:// or anything else.',
    credentials:
      'A relay server address may not contain a user name or password (the part before @).',
    insecure:
      "ws:// is not encrypted: beyond this computer, the network can see the invite key and the team's traffic, and hold it back. Use wss://.",
  },
  allowInsecure: 'Allow an unencrypted connection for a trial',
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
    'The team list is signed by its supervisors and checked on this device. Compare the safety number with each person, face to face or by phone, and mark them verified: then nobody, not even the sync server, can pass as them.',
  member: 'Member #{{n}}',
  displayName: {
    title: 'Display name',
    hint: "Your team sees this name in the review queue, comments and audit trail. It travels encrypted end to end and signed with your key. Use your own name, never a client's.",
    label: 'Your name',
    save: 'Save name',
    saved: 'Name saved.',
  },
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
  safety: {
    unverifiedName: '{{name}} (not verified)',
    title: 'Safety number with {{name}}',
    how: 'Meet {{name}} or call them. One of you reads these 60 digits aloud, group by group; the other checks them on their own screen (or scans the QR code). Both screens show the same number when nobody stands between you.',
    match: 'They match: mark as verified',
    unmark: 'Remove the verified mark',
    differ:
      'If even one group differs, do not mark it: someone may be between you and {{name}}. Tell your supervisor, and share nothing with them until it is checked again.',
    verified: 'verified',
    notVerified: 'not verified',
    keyChanged:
      "{{name}}'s keys changed since you verified them. Nothing is shared with them until you compare the safety number again.",
    show: 'Compare safety number',
    hide: 'Hide',
  },
  trust: {
    banner:
      'The sync server is showing this device a team list it cannot trust. Nothing is shared with the team until that is resolved.',
    open: 'See why',
    forkHow:
      "Your supervisor compares safety numbers with every member in person. Once the team list is confirmed, start over: this device checks the server's list again from the beginning, and says so again if it still differs.",
    startOver: 'Start over from the checked team list',
    startOverConfirm:
      "Has your supervisor checked the team list with every member in person? This device will verify the server's list again from the beginning.",
    waiting:
      'Waiting for the supervisor who invited you to confirm you in the team. Until then this device shares nothing and accepts no key from anyone.',
    fork: 'The sync server showed this device a team history that differs from the one it already has (from event {{index}}). Nothing is shared until a supervisor has checked the team. Tell your supervisor.',
    rollback:
      'The sync server showed an older team list than this device or a teammate has already seen ({{served}} of {{held}} events). Nothing is shared until it shows the whole list.',
    invalid:
      'The sync server sent a change to the team list that is not signed by a supervisor. It was refused, and nothing is shared until the list checks out again.',
  },
  joining:
    'Member #{{n}} ({{role}}) is joining: being checked against the invite, trusted with nothing yet.',
  invites: {
    title: 'Open invites',
    expires: '{{role}} · expires {{at}}',
    tampered:
      'The server showed a joiner whose keys this invite does not vouch for. Nobody was added. Make a new invite and hand it over in person.',
    cancel: 'Cancel invite',
    cancelled: 'Invite cancelled: whoever uses it will not be added to the team.',
  },
  copy: 'Copy',
  copied: 'Copied',
  inviteExpires: 'Works once, until {{at}}. Or let them scan the QR code.',
  inviteCodeProblem: {
    'not-invite': 'This is not an invite code. It starts with PDMP2-.',
    incomplete: 'The invite code is incomplete: copy all of it, to the last group.',
    mistyped: 'The invite code is incomplete or has a typo: copy or type it again.',
  },
  templates: {
    title: 'Team checklists',
    hint: 'Edit the checklist items and publish them as a new version for the whole team. Sessions already written keep their own version.',
    choose: 'Checklist',
    labelId: 'Item (Bahasa Indonesia)',
    labelEn: 'Item (English)',
    add: 'Add an item',
    remove: 'Remove',
    publish: 'Publish version {{version}} to the team',
    published: 'Version {{version}} published to the team.',
    concurrent:
      '{{name}}: version {{version}} was published {{times}} times concurrently by supervisors who were not connected. All are kept, and sessions already written keep their own. Choose which one to continue from; the next publication becomes version {{next}}.',
    publishedBy: 'Published by {{by}} on {{at}}',
    usedForNew: 'used for new sessions',
    continueFrom: 'Continue from this version',
  },
};
