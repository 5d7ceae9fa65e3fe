'use strict';
// The tests' scratch folders (workspaces, the server jar taken out of the .vsix) are gone once the test
// process has ended.
const test = require('node:test');
const assert = require('node:assert');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

test('a scratch folder is removed when the process that made it ends', () => {
  const support = path.resolve(__dirname, '../test-support/support.js');
  const script = `const { scratchFolder } = require(${JSON.stringify(support)});
    const folder = scratchFolder('govreport-scratch-test-');
    require('node:fs').writeFileSync(require('node:path').join(folder, 'left.txt'), 'x');
    console.log(folder);`;
  const folder = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
  assert.ok(folder.includes('govreport-scratch-test-'), folder);
  assert.strictEqual(fs.existsSync(folder), false, `${folder} left behind`);
});
