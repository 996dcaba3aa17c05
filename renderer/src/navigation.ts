/** Where the user is in the app. The frame renders one view at a time. */
export type View =
  | { kind: 'home' }
  | { kind: 'cases' }
  | { kind: 'case'; caseId: string }
  | { kind: 'session'; sessionId: string; caseId: string }
  | { kind: 'search' }
  | { kind: 'directory' }
  | { kind: 'review' }
  | { kind: 'sync' }
  | { kind: 'settings' };
