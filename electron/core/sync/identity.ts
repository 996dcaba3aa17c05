// The identity crypto is shared with the relay (runtime-neutral, shared/sync/identity.ts).
export * from '../../../shared/sync/identity';
