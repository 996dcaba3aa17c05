import type { reviewId } from './id';

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

/** Words of supervision in English. */
export const reviewEn: Widen<typeof reviewId> = {
  title: 'Review',
  status: {
    draft: 'Draft',
    submitted: 'Waiting for review',
    returned: 'Returned for revision',
    signed: 'Signed off',
  },
  session: {
    title: 'Supervisor review',
    submit: 'Submit for review',
    submitNote: 'Message for the supervisor (optional)',
    resubmit: 'Resubmit',
    returnLabel: 'What needs to change',
    returnButton: 'Return for revision',
    answerLabel: 'Your answer',
    answerButton: 'Send answer',
    sign: 'Sign off the session',
    signConfirm:
      'Once signed, the note, checklist and risk screen can no longer be changed. Corrections are added as addenda.',
    onlySupervisorSigns: 'Only a supervisor of the team can sign a session off.',
    thread: 'Review history',
    noThread: 'This session has not been submitted for review.',
    kind: {
      submit: 'Submitted',
      return: 'Returned',
      answer: 'Answered',
      resubmit: 'Resubmitted',
      sign: 'Signed off',
    },
    byAt: '{{by}} · {{at}}',
    waitingForWriter: 'Waiting for the counselor to submit this session.',
    waitingForRevision: 'Waiting for the counselor to revise it.',
  },
  signature: {
    valid: 'Signature verified: signed off by {{by}} on {{at}}.',
    altered:
      'WARNING: the session changed after {{by}} signed it on {{at}}. This record is no longer what was approved.',
    invalid: 'WARNING: the signature on this session is not valid.',
    locked: 'This session is locked. Corrections are added as addenda below.',
    authority: {
      refused:
        "SIGNATURE REFUSED: signed by a key that is not a supervisor's ({{by}}, {{at}}). This session is not locked and is not counted as signed.",
      formerSupervisor:
        'Signed by a former supervisor of the team, later removed. The signature still counts; when they were removed is not recorded.',
      unverified:
        "The signer's role cannot be checked yet: the team's member list is not loaded (offline, or not in a team). The session stays locked.",
    },
    forChecking: 'For checking',
    hash: 'Content fingerprint: {{hash}}',
  },
  addenda: {
    title: 'Addenda',
    intro: 'Corrections after sign-off, kept apart from the signed note.',
    label: 'New addendum',
    add: 'Add addendum',
    none: 'No addenda yet.',
    reviewerIntro:
      "Your notes on this session, under your name, kept apart from the counselor's note.",
  },
  comments: {
    title: 'Comments',
    none: 'No comments yet.',
    onSelection: 'Comment on selected text',
    selectFirst: 'First select the sentence in the note you want to comment on.',
    onSession: 'General comment',
    label: 'Comment',
    add: 'Add comment',
    cancel: 'Cancel',
    reply: 'Reply',
    replyLabel: 'Reply',
    resolve: 'Mark resolved',
    resolved: 'Resolved',
    quoteGone: 'The passage commented on has been deleted from the note.',
    anchor: {
      note: 'On the note',
      checklist: 'On a checklist item',
      risk: 'On a risk screen answer',
      session: 'On the session',
    },
  },
  queue: {
    title: 'Review queue',
    intro: 'Submitted sessions, highest risk first, then the longest waiting.',
    empty: 'No sessions in this queue.',
    counselor: 'Counselor',
    allCounselors: 'All counselors',
    status: 'Status',
    from: 'Submitted from',
    to: 'Submitted until',
    waitingSince: 'waiting since {{date}}',
    signatureRefused: "signature refused (not a supervisor's)",
    open: 'Open session',
    counts: 'Count per counselor',
    total: '{{count}} sessions',
  },
  dashboard: {
    title: 'Supervisor overview',
    waiting: 'Sessions waiting for review',
    highRisk: 'High-risk cases',
    overdue: 'Overdue referral follow-ups',
    daysOverdue: '{{days}} days overdue',
    perWeek: 'Sessions per counselor per week',
    week: 'Week of {{date}}',
    none: 'None.',
  },
  audit: {
    title: 'Case audit trail',
    chooseCase: 'Case',
    kind: 'Kind',
    person: 'Person',
    all: 'All',
    from: 'From',
    to: 'Until',
    valid: 'Audit trail intact: {{count}} entries, all signatures valid.',
    problems: 'WARNING: the audit trail is not intact ({{count}} problems).',
    problem: {
      gap: 'entries missing before number {{seq}}',
      altered: 'entry number {{seq}} was altered',
      badSignature: 'the signature of entry number {{seq}} is not valid',
      fork: 'two entries numbered {{seq}} from one device',
      malformed: 'an entry cannot be read',
    },
    kinds: {
      opened: 'Opened',
      edited: 'Edited',
      exported: 'Backup exported',
      signed: 'Signed off',
      submitted: 'Submitted for review',
      returned: 'Returned',
      handedOver: 'Handed over',
      erased: 'Erased',
      riskOverride: 'Risk actions overridden with a reason',
    },
    empty: 'No entries.',
    session: 'session',
  },
  gate: {
    missingSend:
      'Not yet ready to send for review: the risk screen requires {{list}}, not yet recorded. Record them, or give a reason to go on without them.',
    missingSign: 'Cannot be signed off yet: the risk screen requires {{list}}, not yet recorded.',
    conflictSign:
      'Cannot be signed off yet: {{count}} field(s) of this session hold two values set apart. The counselor chooses one first.',
    toRisk: 'Go to the risk screen',
    overrideTitle: 'Go on without these actions',
    overrideLabel: 'Why these actions were not taken (at least {{min}} characters)',
    overrideShort: 'Give a reason of at least {{min}} characters.',
    overrideHint:
      'The reason, your name and the time are kept with the session, shown to the supervisor and recorded in the audit trail.',
    overrideButton: 'Record the reason',
    overrideGiven: 'Sent without: {{list}}. Reason given',
    riskActionsMissing:
      'This session cannot be sent for review or signed off yet: the risk screen requires {{list}}, not yet recorded. Record them, or give a reason to go on without them.',
    conflictOpen:
      'This session cannot be signed off while a field holds two values set apart. Choose one first.',
  },
  conflict: {
    title: 'Two people set the case status differently',
    referralTitle: 'Two people moved a referral to different statuses',
    intro: 'Both are kept. Choose the right status.',
    value: '{{value}} — by {{by}}, {{at}}',
    choose: 'Choose “{{value}}”',
  },
  authorship: {
    readOnly:
      'This note is written by {{writer}}. You can comment, return it for revision, or add an addendum under your name.',
    show: 'Who wrote this',
    title: 'Who wrote this note',
    person: '{{by}}: {{count}} characters',
    unknown: 'Written before authors were recorded: {{count}} characters',
    sittings: 'Writing history',
    sitting: '{{by}} · {{from}} – {{to}} · {{count}} characters still in the note',
    none: 'This note is still empty.',
  },
  you: 'You',
  /** Oneself, where a name would stand, mid-sentence too. */
  personYou: 'you',
  someoneOutsideTeam: 'someone outside the team',
};
