export * from './item';
export * from './curation';
export * from './materials';
