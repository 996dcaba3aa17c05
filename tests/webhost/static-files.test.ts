import { describe, expect, it } from 'vitest';
import { readStatic } from '../../electron/webhost/static-files';
import { cookieValue, tokensMatch } from '../../electron/webhost/token';
import { rendererFixture } from './support/renderer-fixture';

const { root } = rendererFixture();

describe('the web host static files', () => {
  it('serves index.html for / and files under the root with their types', async () => {
    expect((await readStatic(root, '/'))?.type).toContain('text/html');
    expect((await readStatic(root, '/assets/index.js'))?.type).toContain('javascript');
    expect((await readStatic(root, '/assets/index.js?v=1#x'))?.type).toContain('javascript');
  });

  it('finds nothing for a folder or a missing file', async () => {
    expect(await readStatic(root, '/assets')).toBeUndefined();
    expect(await readStatic(root, '/missing.js')).toBeUndefined();
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of [
      '/../vault.json',
      '/..%2fvault.json',
      '/assets/../../vault.json',
      '/%E0%A4%A',
      '/%2e%2e%2fvault.json',
      '/..%5cvault.json',
      '/index.html%00',
      'vault.json',
      '',
    ]) {
      expect(await readStatic(root, path), path).toBeUndefined();
    }
  });
});

describe('the web host token', () => {
  it('matches only the exact token', () => {
    expect(tokensMatch('abc', 'abc')).toBe(true);
    expect(tokensMatch('abc', 'abd')).toBe(false);
    expect(tokensMatch('abc', 'abcd')).toBe(false);
    expect(tokensMatch('abc', undefined)).toBe(false);
  });

  it('reads one cookie among several', () => {
    expect(cookieValue('a=1; pendamping_token=xyz; b=2', 'pendamping_token')).toBe('xyz');
    expect(cookieValue('a=1', 'pendamping_token')).toBeUndefined();
  });
});
