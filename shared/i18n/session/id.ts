/** Words of the session screen: note, checklist, risk screen, private note (Bahasa Indonesia). */
export const sessionId = {};
