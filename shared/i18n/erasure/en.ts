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
  needsConnection:
    'In a team, the team server deletes its copy first. Without a connection the erasure waits and runs by itself once connected again; until then you can cancel it.',
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
  refusedHere: {
    open: 'Not erased on this device: here the case is still open. Nothing was destroyed. Ask the supervisor who erased it.',
    retained:
      'Not erased on this device: here the case is still within its retention period. Nothing was destroyed.',
    statusConflict:
      'Not erased on this device: its status was set differently while apart. Nothing was destroyed until that is settled.',
  },
  waitingTitle: 'Erasure waiting for a connection',
  waiting:
    'Permanent erasure of this case was requested {{requested}} and is waiting for a connection to the team server. It runs by itself once connected again, after its conditions are checked again. While it waits, this case cannot be changed.',
  cancel: 'Cancel the erasure',
  refusedTitle: 'Permanent erasure was not carried out',
  refused:
    'When the connection came back ({{at}}) the erasure was not carried out: {{reason}}. The case is intact.',
  dismiss: 'Dismiss',
  reason: {
    reopened: 'the case was reopened on another device',
    statusConflict: 'the status of the case is in conflict',
    retained: 'the retention period was lengthened and has not ended',
    notSupervisor: 'you are no longer a supervisor of the team',
    relayRefused: 'the team server did not allow it',
    gone: 'the case is no longer on this device',
  },
  requestsTitle: 'Erasures requested without a connection',
  requestCase: 'Case',
  requestAt: 'Requested',
  requestState: 'State',
  requestWaiting: 'waiting for a connection',
  requestRefused: 'not carried out: {{reason}}',
  requestNoCase: '(no longer on this device)',
};
