import type { sessionId } from './id';

export const sessionEn: typeof sessionId = {
  eyebrow: 'Counseling session',
  back: 'Back',
  loading: 'Opening the session…',
  /** The page's own table of contents (issue #12, item 7). */
  sections: {
    label: 'Session sections',
    note: 'Note',
    currentStage: 'Current stage',
    checklist: 'Checklist',
    details: 'Details',
    risk: 'Risk',
    review: 'Review',
    private: 'Private note',
  },
  print: 'Print / PDF',
  note: {
    title: 'Session note',
    emptyPrompt: 'Write the session note here…',
    insertSections: 'Insert sections',
    insertSectionsHint:
      'Inserts four headings: presenting concern, what was explored, interventions and plan.',
    toolbar: 'Text format',
    format: {
      bold: 'Bold',
      italic: 'Italic',
      heading: 'Section heading',
      bulletList: 'Bulleted list',
      orderedList: 'Numbered list',
    },
  },
  save: {
    saved: 'Saved',
    saving: 'Saving…',
    failed: 'Not saved yet — retrying…',
  },
  details: {
    title: 'Session details',
    startsAt: 'Date and time',
    duration: 'Duration (minutes)',
    channel: 'Channel',
    problems: 'Connection problems during the session',
  },
  cues: {
    title: 'Observed non-verbal and para-verbal cues',
    hint: 'Tone of voice, crying, pauses, emoji, the way of typing: what is easy to miss online.',
    none: 'No cues recorded yet.',
    kind: 'Kind of cue',
    note: 'Details',
    notePlaceholder: 'E.g. voice shaking when talking about the family',
    add: 'Add cue',
    remove: 'Remove',
    removeOne: 'Remove cue {{kind}}',
  },
  /** Two values of one field set apart (issue #13, item 8): both kept until a person chooses. */
  conflict: {
    title: 'Two different values kept',
    intro:
      'This was set differently in two places while apart. Both are kept; choose the right one.',
    value: '{{value}} — {{by}}, {{at}}',
    choose: 'Choose "{{value}}"',
    ticked: 'Ticked',
    unticked: 'Not ticked',
    noAnswer: 'Not answered',
    none: 'None',
    minutes: '{{count}} minutes',
  },
  checklist: {
    title: 'Stage checklist',
    version: 'version {{version}}',
    progress: '{{done}}/{{total}}',
    current: 'Current stage',
    tickedBy: 'Ticked {{at}} by {{by}}',
    untickedBy: 'Unticked {{at}} by {{by}}',
  },
  risk: {
    title: 'Risk screen',
    intro:
      'Asked in every session. Follow-up questions appear according to the answers. A moderate or high result demands action.',
    observed: 'Observed',
    yes: 'Yes',
    no: 'No',
    levelShort: 'Risk: {{level}}',
    incomplete: 'The screen is not complete.',
    notScreened: 'Risk: not screened yet',
    reasons: {
      wish_dead: 'Wished to be dead or not to wake up',
      suicidal_thoughts: 'Suicidal thoughts',
      thoughts_with_method: 'Suicidal thoughts with a method',
      intent_without_plan: 'Intent to act (without a specific plan)',
      intent_with_plan: 'Intent with a detailed plan',
      behaviour_recent: 'Suicidal behaviour within the past three months',
      behaviour_past: 'Suicidal behaviour more than three months ago',
      behaviour_recency_unknown: 'Suicidal behaviour, when is not yet known',
      harm_others_thoughts: 'Thoughts of harming others',
      harm_others_imminent: 'Imminent threat of harming others',
      psychosis_signs: 'Signs of severe mental disorder',
      disoriented: 'Not oriented to time, place or person',
    },
    warningTitle: 'Online counseling is not suitable for this client.',
    warningBody: {
      moderate:
        'Moderate risk: refer the client to a face-to-face service and write a safety plan with the client.',
      high: "High risk: contact emergency services or the client's emergency contact today, refer to a face-to-face service, and write a safety plan.",
    },
    warningOnline:
      'This session is held online. Where evaluating online is not enough, ask the client to meet face to face.',
    actionsTitle: 'Required actions',
    missing: 'Not yet recorded: {{list}}.',
    allActionsDone: 'All required actions are recorded.',
    recordedAt: 'Recorded {{at}}',
    actionNote: {
      faceToFaceReferral: 'Face-to-face referral note (to whom, when)',
      emergencyContact: 'Emergency contact note (who was contacted, the outcome)',
      safetyPlan: 'Safety plan note',
    },
    record: 'Record',
    recordOne: 'Record {{action}}',
    referral: {
      choose: 'The referral record in this case',
      none: 'This case has no referral yet. Make one: a face-to-face referral is a referral record of the case.',
      create: 'Make a new referral',
    },
  },
  readOnly: {
    erasureWaiting:
      'This case waits to be erased once connected; the session cannot be changed. Cancel the erasure on the case to change it again.',
  },
  private: {
    title: 'Private note',
    badge: 'Private — only you can read this; not visible to supervisors',
    emptyPrompt: 'Your own thoughts about this session…',
  },
};
