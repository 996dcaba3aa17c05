import sodiumModule from 'libsodium-wrappers-sumo';

/**
 * libsodium's WebAssembly must finish loading before any call. The core awaits `initSodium()`
 * once at start-up; everything else uses `sodium()` synchronously.
 */
let loaded = false;

export async function initSodium(): Promise<void> {
  await sodiumModule.ready;
  loaded = true;
}

export function sodium(): typeof sodiumModule {
  if (!loaded) throw new Error('libsodium is not initialised: await initSodium() first');
  return sodiumModule;
}
