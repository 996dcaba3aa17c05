import type { groupsId } from './id';

/** Words of group sessions (issue #13, item 4), in English. */
export const groupsEn: typeof groupsId = {
  start: 'Group session',
  newTitle: 'New group session',
  newHint:
    'One meeting with clients from several cases. Each participant gets a part of their own (note and risk screen) in their case.',
  participants: 'Participants',
  host: '{{alias}} (this case)',
  addLabel: 'Add a participant from another case (alias)',
  addChoose: 'Choose an alias…',
  add: 'Add',
  removeParticipant: 'Remove {{alias}}',
  noOtherCases: 'There are no other cases to invite yet.',
  atLeastTwo: 'Add at least one participant from another case.',
  create: 'Start group session',
  badge: 'Group',
  title: 'Group session',
  summary_one: '{{count}} participant · {{minutes}} minutes',
  summary_other: '{{count}} participants · {{minutes}} minutes',
  back: 'Back',
  loading: 'Loading the group session…',
  sharedNote: 'Shared note',
  sharedHint:
    'The shared note can be read only by those who hold every participant’s case (you and the supervisors). Write what concerns one participant in their part, not here.',
  sharedEmpty: 'Write what happened in the group…',
  notWriter: 'The shared note is written by whoever started the group session.',
  readOnly: {
    signed: 'A participant’s part is signed off: the shared note is locked.',
    erasureWaiting: 'A participant’s case waits to be erased: the shared note cannot change.',
  },
  partsTitle: 'Each participant’s part',
  partTab: '{{alias}}',
  partUnreadable: 'This participant’s case is not on your device: their part cannot be opened.',
  openPart: 'Open {{alias}}’s full session',
  review: {
    draft: 'Draft',
    submitted: 'Waiting for review',
    returned: 'Returned',
    signed: 'Signed off',
  },
  submit: 'Send every part for review',
  submitHint: 'The supervisor reviews and signs off each part on its own.',
  sent: 'Every part was sent for review.',
  blocked:
    'Not sent yet. The risk screen requires actions not yet recorded: {{parts}}. Record them, or give a reason, in that participant’s part.',
  inGroup: 'Part of a group session',
  openGroup: 'Open the group session',
  sharedUnreadable:
    'The shared note cannot be read on this device: only those who hold every participant’s case can read it.',
};
