'use strict';
// vsce writes its --out file but does not make the folder for it, and on a clean clone nothing earlier
// in the build has made target/ yet.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const out = process.argv[2];
fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
const vsce = spawnSync(process.execPath, ['node_modules/@vscode/vsce/vsce', 'package', '--out', out],
  { stdio: 'inherit' });
process.exit(vsce.status ?? 1);
