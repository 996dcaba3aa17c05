#!/usr/bin/env node
// `npm run web` builds the renderer only when a source file is newer than the last build.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const built = 'out/renderer/index.html';
const sources = ['renderer', 'shared', 'electron.vite.config.ts', 'package.json'];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), 0);
}

const stale = !existsSync(built) || sources.some((s) => newest(s) > statSync(built).mtimeMs);
if (stale) execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
