/** Words of the cases, home, search and directory screens (Bahasa Indonesia). */
export const casesId = {};
