'use strict';
// Runs `npm ci` (prefer the local cache) only when node_modules does not hold exactly what
// package-lock.json pins: a clean clone always installs, while a second build in the same folder skips
// the half minute to a minute npm ci takes on a busy machine. npm records what it installed in
// node_modules/.package-lock.json; optional packages for other platforms are in the lock file only.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');

function packages(lockFile) {
  return fs.existsSync(lockFile) ? JSON.parse(fs.readFileSync(lockFile, 'utf8')).packages : undefined;
}

function installedAsLocked() {
  const locked = packages('package-lock.json');
  const installed = packages('node_modules/.package-lock.json');
  if (!installed) return false;
  const same = (key) => locked[key] && installed[key].version === locked[key].version
    && installed[key].integrity === locked[key].integrity;
  const present = (key) => key === '' || locked[key].optional || installed[key];
  return Object.keys(installed).every(same) && Object.keys(locked).every(present);
}

if (installedAsLocked()) {
  console.log('node_modules already holds what package-lock.json pins: npm ci skipped');
} else {
  const npm = spawnSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
    { stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(npm.status ?? 1);
}
