import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RendererFixture {
  /** Holds the renderer folder and, beside it, a file no request may reach. */
  base: string;
  /** A small built renderer: index.html, assets/index.js, assets/index.css. */
  root: string;
  /** The file outside the renderer folder; its text is SECRET_TEXT. */
  secret: string;
}

export const SECRET_TEXT = 'not for the page';

/** A built renderer in a temporary folder, for the hosts that serve it. */
export function rendererFixture(
  base = mkdtempSync(join(tmpdir(), 'pd-renderer-')),
): RendererFixture {
  const root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Pendamping</title>');
  writeFileSync(join(root, 'assets', 'index.js'), 'export {};');
  writeFileSync(join(root, 'assets', 'index.css'), 'body {}');
  const secret = join(base, 'vault.json');
  writeFileSync(secret, SECRET_TEXT);
  return { base, root, secret };
}
