import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../electron/webhost/static-files';

/** Issue #11, item 3: no inline script may run in the app's page, in either host. */
const ROOT = resolve(__dirname, '../..');

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

const metaPolicy = (html: string): string =>
  /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';

describe('the content security policy', () => {
  const policies = {
    'app:// and web host headers': SECURITY_HEADERS['Content-Security-Policy'],
    'index.html': metaPolicy(readFileSync(resolve(ROOT, 'renderer/index.html'), 'utf8')),
  };

  for (const [where, policy] of Object.entries(policies)) {
    it(`allows scripts only from the app itself, never inline or evaluated (${where})`, () => {
      const script = directives(policy).get('script-src') ?? directives(policy).get('default-src');
      expect(script).toEqual(["'self'"]);
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      expect(directives(policy).get('object-src')).toEqual(["'none'"]);
    });
  }

  it('leaves no inline script in the page the renderer is built from', () => {
    const html = readFileSync(resolve(ROOT, 'renderer/index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body.trim()).toBe('');
    }
  });
});
