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
  rule: {
    codeShort: 'This is not a whole invite code: paste all of it, as your supervisor sent it.',
  },
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
  history: {
    title: 'Change history not whole',
    unverified: '{{name}} (not verified)',
    missing:
      '{{count}} changes by {{name}} (in {{documents}} records) have not reached this laptop, although later ones have.',
    missingHow:
      'The sync server may be holding them back, or the laptop that wrote them could not send them yet. This device asks for them again each time it connects. If this message stays, tell your supervisor.',
    forked:
      '{{name}} sent {{count}} changes under a number already used, with different contents: their history split (a copied laptop, for example). Both are kept; nothing is lost.',
    forkedHow:
      'Ask that member in person whether their notebook is open on two laptops from the same copy. A note about order does not mean anything was lost.',
    reordered:
      '{{count}} changes arrived out of order. The notes are whole; this is recorded because an honest server does not change the order.',
    dismiss: 'Mark as read',
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
  indicator: {
    label: 'Sync status',
    upToDate: 'Up to date',
    upToDateAt: 'Up to date as of {{time}}',
    syncing: 'Syncing…',
    connecting: 'Connecting…',
    offline: 'Not connected',
    held: 'Refused by the server',
    waiting_one: '{{count}} record will be sent',
    waiting_other: '{{count}} records will be sent',
    lastAt: 'Last up to date {{time}}',
    retryAt: 'Trying again at {{time}}',
    syncNow: 'Sync now',
    open: 'Open the Sync page',
  },
  cause: {
    noInternet: {
      short: 'No internet',
      text: 'This computer is not connected to a network. Your notes stay here and are sent as soon as the internet is back; check the Wi-Fi or cable.',
    },
    unreachable: {
      short: 'Server unreachable',
      text: 'The internet works, but the relay server does not answer (it may be down or blocked). Your notes stay here; the app keeps trying by itself. If it lasts, tell whoever runs the server.',
    },
    notFound: {
      short: 'Server not found',
      text: "The relay server's name was not found. Check the address (a typo?) or try again later if the network has trouble.",
    },
    timeout: {
      short: 'Server not answering',
      text: 'The relay server did not answer in time; the network may be slow. The app keeps trying by itself; your notes stay here.',
    },
    tls: {
      short: 'Secure connection failed',
      text: 'The secure connection to the server failed (an invalid certificate, or wss:// to a server without TLS). Nothing was sent. Tell whoever runs the server.',
    },
    notRelay: {
      short: 'Not a relay server',
      text: 'Something answers at this address, but it is not a Pendamping relay server. Check the address with whoever runs the server.',
    },
    protocol: {
      short: 'Unreadable server answer',
      text: 'The server answered with something this app does not understand (perhaps another version). Update Pendamping, or tell whoever runs the server.',
    },
    unknown: {
      short: 'Not connected',
      text: 'The connection to the relay server was lost. Your notes stay here; the app keeps trying by itself.',
    },
  },
  refusal: {
    authFailed:
      "The server refused this device's key. Your notes stay safe on this laptop; contact your supervisor.",
    notMember:
      'The server says this device is not a member of the team. Contact your supervisor; your notes stay safe on this laptop.',
    badInvite:
      'The server does not know this invite code: it was already used, has expired, or was cancelled. Ask your supervisor for a new invite code.',
    teamExists:
      'This team already exists on the server. Try again; if it repeats, tell whoever runs the server.',
    forbidden: 'The server does not allow this for your role.',
    version:
      'The server speaks another protocol version. Update Pendamping; until then your notes stay on this laptop.',
    rateLimited:
      'The server is limiting attempts from this network. Wait a few minutes, then try again.',
    quotaExceeded:
      "The team's storage on the server is full: new changes cannot be stored there yet. Everything stays on this laptop; tell whoever runs the server.",
    tooManyScopes:
      'The server limits how many cases a member may own, and the limit is reached: new cases are not sent yet. Tell whoever runs the server.',
    erased: 'This case was erased permanently on the server.',
    shuttingDown: 'The server is shutting down for maintenance. The app tries again by itself.',
    other:
      'The server refused this request. Try again; if it repeats, tell whoever runs the server.',
  },
  refusedChanges_one:
    '{{count}} change was refused by the server and stays on this laptop; it is offered again on the next connection.',
  refusedChanges_other:
    '{{count}} changes were refused by the server and stay on this laptop; they are offered again on the next connection.',
  failure: {
    join: 'You have not joined yet.',
    create: 'The team was not created.',
    inviterGone:
      'The supervisor who invited you is not (or no longer) in this team, so your membership cannot be checked. Ask for a new invite code.',
    handOverForbidden:
      'Only the counselor who started this case, or a supervisor, can hand it over.',
    rosterUnverified:
      'The team list cannot be checked right now, so nothing was changed. Try again once synced.',
    removalNotRecorded: 'The removal was not recorded on the server. Try again.',
    generic: 'Sync failed. Try again; if it repeats, tell whoever runs the server.',
  },
  technical: 'Technical detail',
  asOf: 'Team data as of {{time}}',
  asOfNever: 'Team data has never been synced',
  asOfOffline: '(not connected: it may have changed)',
  willBeSent: 'Will be sent: the server has not received it yet',
  suggestAddress: 'Use {{address}}',
  pendingRecords: 'Records waiting to be sent: {{count}}',
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
