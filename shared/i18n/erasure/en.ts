import type { erasureId } from './id';

export const erasureEn: typeof erasureId = {
  title: 'Erase permanently',
  intro:
    'A closed case can be erased permanently once its retention period is over. Its keys are destroyed on every device of the team and the relay drops its copy, so older copies can no longer be opened. What remains is only a record that the case existed and when it was erased.',
  notClosed: 'This case is still active. Close it first; the retention period runs from closing.',
  retained: 'Closed {{closed}}. It may be erased from {{eligible}}.',
  statusConflict: 'The status of this case is in conflict. Choose a status first.',
  eligible: 'Closed {{closed}}; the retention period ended {{eligible}}.',
  supervisorOnly: 'Only a supervisor of the team can erase this case.',
  needsConnection: 'Erasing needs a connection to the team server.',
  backupsMayHoldKey:
    'The key of this case is not held by the team server yet, so backup files you have made can still open it. Destroy those old backup files yourself.',
  confirm: 'Type the case alias ({{alias}}) to confirm',
  erase: 'Erase permanently',
  erased: 'The case was erased permanently.',
  policyTitle: 'Case retention period',
  policyHint:
    'How many days a closed case is kept before it may be erased permanently. 0 means it may be erased as soon as it is closed.',
  policyDays: 'Retention period (days)',
  policySave: 'Save',
  policySaved: 'Retention period saved.',
  policySetBy: 'Set {{at}}',
  policyReadOnly: 'Set by the team supervisor.',
  registerTitle: 'Permanently erased cases',
  registerEmpty: 'No case has been erased.',
  registerCase: 'Case',
  registerOpened: 'Opened',
  registerClosed: 'Closed',
  registerErased: 'Erased',
  registerBy: 'By',
  unverified: 'signature not valid',
};
