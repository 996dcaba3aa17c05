import { afterEach } from 'vitest';
import { checkOpenPagesAndReport } from './accessibility';

/*
 * Run before every end-to-end spec (vitest.config.ts, setupFiles): after each test, every page
 * still open is checked once more and the test fails on any serious or critical accessibility
 * violation seen on any screen it visited (accessibility.ts).
 */
afterEach(async () => {
  await checkOpenPagesAndReport();
});
