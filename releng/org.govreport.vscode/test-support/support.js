'use strict';
// What the tests share: the examples, the java to run, the language server as packaged in the .vsix,
// and a scratch workspace holding a copy of one example.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const moduleDir = path.resolve(__dirname, '..');
const examplesDir = process.env.GOVREPORT_EXAMPLES || path.resolve(moduleDir, '../../examples');
const testJava = process.env.GOVREPORT_TEST_JAVA || 'java';
const vsix = process.env.GOVREPORT_VSIX || path.join(moduleDir, 'target', 'govreport-0.1.0.vsix');

function exampleNames() {
  return fs.readdirSync(examplesDir).filter((name) => name.endsWith('.govreport')).sort();
}

// Removed when the test process ends: each run would otherwise leave its folders in the machine's temporary
// folder, among them a 70 MB copy of the server jar.
const scratchFolders = [];
process.on('exit', () => {
  for (const folder of scratchFolders) fs.rmSync(folder, { recursive: true, force: true });
});

function scratchFolder(prefix) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  scratchFolders.push(folder);
  return folder;
}

let serverJar;
/** The server jar taken out of the packaged extension, so that the tests run what users install. */
function packagedServerJar() {
  if (!serverJar) {
    const jarBytes = execFileSync('unzip', ['-p', vsix, 'extension/server/govreport.jar'], { maxBuffer: 1 << 30 });
    if (jarBytes.length === 0) throw new Error(`${vsix} holds no extension/server/govreport.jar`);
    serverJar = path.join(scratchFolder('govreport-vsix-'), 'govreport.jar');
    fs.writeFileSync(serverJar, jarBytes);
  }
  return serverJar;
}

/** A fresh workspace folder holding a copy of one example; the server may write beside it. */
function workspaceWith(example) {
  const dir = scratchFolder('govreport-workspace-');
  const file = path.join(dir, example);
  fs.copyFileSync(path.join(examplesDir, example), file);
  return { dir, file, text: fs.readFileSync(file, 'utf8') };
}

module.exports = { moduleDir, examplesDir, testJava, exampleNames, scratchFolder, packagedServerJar, workspaceWith };
