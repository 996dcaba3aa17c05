import { casesEn } from './cases/en';
import { attachmentsEn } from './attachments/en';
import type { Catalog } from './id';
import { sessionEn } from './session/en';
import { syncEn } from './sync/en';
import { reviewEn } from './review/en';
import { erasureEn } from './erasure/en';
import { inboxEn } from './inbox/en';
import { wellbeingEn } from './wellbeing/en';
import { groupsEn } from './groups/en';
import { householdEn } from './household/en';
import { communityEn } from './community/en';
import { libraryEn } from './library/en';
import { uiEn } from './ui/en';
import { followUpsEn } from './follow-ups/en';
import { exportsEn } from './exports/en';
import { shellEn } from './shell/en';

export const en: Catalog = {
  cases: casesEn,
  session: sessionEn,
  sync: syncEn,
  review: reviewEn,
  erasure: erasureEn,
  inbox: inboxEn,
  wellbeing: wellbeingEn,
  groups: groupsEn,
  household: householdEn,
  community: communityEn,
  library: libraryEn,
  attachments: attachmentsEn,
  ui: uiEn,
  followUps: followUpsEn,
  exports: exportsEn,
  shell: shellEn,
  app: {
    name: 'Pendamping',
    tagline: 'Encrypted counseling notes that keep working without a signal',
    loading: 'Loading…',
    coreUnavailable: 'The app core cannot be reached. Reload the window.',
  },
  language: { label: 'Language', id: 'Bahasa Indonesia', en: 'English' },
  sessionValues: {
    none: 'None',
    notAnswered: 'Not answered',
    notRecorded: 'Not recorded',
    ticked: 'Ticked',
    notTicked: 'Not ticked',
    stageItems: '{{open}} of {{total}} items not ticked',
    stageDone: 'All {{total}} items ticked',
  },
  dateField: {
    day: 'Day',
    month: 'Month',
    year: 'Year',
    hour: 'Hour',
    minute: 'Minute',
    dayPlaceholder: 'dd',
    yearPlaceholder: 'yyyy',
    hourPlaceholder: 'hh',
    minutePlaceholder: 'mm',
    monthPlaceholder: 'Month…',
    problem: {
      incomplete: 'The date is incomplete: fill in the day, month and year.',
      incompleteTime: 'The time is incomplete: fill in the day, month, year, hour and minute.',
      noSuchDay: 'There is no such day: {{month}} {{year}} has {{days}} days.',
      year: 'Write the year in four digits, for example 2026.',
      hour: 'The hour is 00 to 23 (24:00 is 00:00 of the next day).',
      minute: 'The minute is 00 to 59.',
    },
  },
  nav: {
    home: 'Home',
    cases: 'Cases',
    review: 'Review',
    sync: 'Sync',
    settings: 'Settings',
    lock: 'Lock',
  },
  vault: {
    firstRunTitle: 'Welcome to Pendamping',
    firstRunIntro:
      'Choose a passphrase. It locks every note on this device; without the passphrase or the recovery key nobody can read them, not even us.',
    passphrase: 'Passphrase',
    passphraseRepeat: 'Repeat the passphrase',
    create: 'Create vault',
    creating: 'Making keys… (about a second)',
    mismatch: 'The two passphrases differ.',
    strength: 'Strength: {{label}}',
    /** One verdict, in step with what the vault accepts (issue #12, item 9). */
    verdict: {
      tooShort: 'Too short: cannot be used yet',
      weak: 'Weak: cannot be used yet',
      guessable: 'Easy to guess: cannot be used yet',
      good: 'Strong enough: can be used',
      strong: 'Strong: can be used',
    },
    tooShort: 'A passphrase needs at least 10 characters.',
    tooGuessable:
      'This passphrase is too easy to guess. Use several random words or a sentence only you know.',
    recoveryTitle: 'Your recovery key',
    recoveryIntro:
      'Write this key on paper and keep it somewhere safe. It is shown only once and opens the vault if the passphrase is forgotten.',
    recoveryConfirmIntro: 'To make sure you wrote it down, type group {{groups}}.',
    recoveryGroup: 'Group {{n}}',
    recoveryConfirm: 'Confirm',
    recoveryMissing:
      'The recovery key was never confirmed. Make a new recovery key now so the vault can be recovered.',
    recoveryNew: 'Make a new recovery key',
    recoveryPassphrase: 'Your passphrase (needed to make a new recovery key)',
    recoveryLater: 'Later',
    unlockTitle: 'Unlock the vault',
    unlock: 'Unlock',
    unlocking: 'Unlocking…',
    forgot: 'Forgot the passphrase?',
    recoverTitle: 'Recover with the recovery key',
    recoveryKey: 'Recovery key',
    newPassphrase: 'New passphrase',
    recover: 'Recover',
    back: 'Back',
    lockedBy: {
      manual: 'The vault is locked.',
      idle: 'The vault locked itself after a period of inactivity.',
      system: 'The vault locked because the device slept or the screen locked.',
      shutdown: 'The vault is locked.',
    },
  },
  backup: {
    title: 'Encrypted backup',
    intro:
      'One file holding the whole vault, still encrypted. Only your passphrase or recovery key opens it. Keep it on a USB stick or somewhere other than this laptop.',
    export: 'Make a backup',
    exporting: 'Making the backup… {{percent}}%',
    downloading: 'Downloading the backup… {{percent}}%',
    saved: 'Backup made: {{name}} ({{size}} KB).',
    restoreLink: 'Restore from a backup',
    restoreTitle: 'Restore from a backup',
    restoreIntro:
      'Choose a Pendamping backup file (.pdbackup), then open it with the passphrase it was made under, or with the recovery key and a new passphrase.',
    file: 'Backup file',
    withPassphrase: 'With the passphrase',
    withRecoveryKey: 'With the recovery key',
    restore: 'Restore',
    uploading: 'Reading the file… {{percent}}%',
    restoring: 'Restoring… {{percent}}%',
  },
  settings: {
    title: 'Settings',
    lockAfter: 'Lock automatically after inactivity (minutes)',
    saved: 'Saved.',
    recoveryTitle: 'Recovery key',
    recoveryHint:
      'Lost the paper with the recovery key, or someone else may have read it? Make a new one: the old key stops working as soon as the new one is confirmed.',
    changePassphrase: 'Change passphrase',
    currentPassphrase: 'Current passphrase',
    change: 'Change',
    changed: 'Passphrase changed.',
    about: 'Version {{version}} · {{host}}',
    hostElectron: 'desktop app',
    hostWeb: 'local web host',
  },
  errors: {
    bad_request: 'The request was not valid.',
    unknown_method: 'The app core does not know this feature.',
    not_found: 'Not found.',
    exists: 'Already exists.',
    locked: 'The vault is locked. Unlock it to continue.',
    not_initialised: 'No vault has been created yet.',
    wrong_passphrase: 'Wrong passphrase. Nothing was changed.',
    wrong_recovery_key: 'This recovery key does not belong to this vault.',
    recoveryKeyGroupTypo:
      'Group {{group}} of the recovery key looks mistyped. Check that group again; the others look right.',
    recoveryKeyGroupMismatch:
      'Group {{group}} is not the same as in the key shown. Check that group again.',
    recovery_key_format:
      'That is not a valid recovery key: check each group again (perhaps a typo).',
    too_many_attempts: 'Too many attempts. Try again in {{seconds}} seconds.',
    weak_passphrase: 'The passphrase is too weak.',
    corrupt: 'Some data is damaged or was altered: {{message}}',
    disk_full: 'The disk is full. Free some space; nothing was lost.',
    signed: 'This session is signed off and cannot be changed. Add an addendum for corrections.',
    erasure_waiting:
      'This case is waiting to be erased permanently once connected, so it cannot be changed. Cancel the erasure first to change it.',
    internal: 'Something went wrong inside the app core.',
    relay_address: 'This relay server address cannot be used.',
    invite_code: 'This invite code cannot be read.',
    risk_actions_missing: 'The risk screen’s required actions are not recorded yet.',
    conflict_open: 'A field still holds two kept values: choose one first.',
    attachment_refused: 'This file cannot be attached. Nothing was stored.',
    export_refused: 'This file cannot be exported. Nothing left the vault.',
    sync_failed: 'Sync failed: {{message}}',
  },
};
