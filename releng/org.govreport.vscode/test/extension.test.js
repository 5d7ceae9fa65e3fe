'use strict';
// The extension's activate() as VS Code calls it, on a machine without Java: VS Code itself cannot run
// here, so a stand-in for the vscode module records what the user would see.
const test = require('node:test');
const assert = require('node:assert');
const Module = require('node:module');
const path = require('node:path');
const { moduleDir, scratchFolder } = require('../test-support/support');

/** A vscode module that records messages and registered commands; anything else is an inert stub. */
function recordingVscode(seen) {
  const inert = new Proxy(function inert() {}, { get: () => inert, apply: () => inert, construct: () => inert });
  const api = {
    window: {
      createOutputChannel: () => ({ appendLine: (line) => seen.output.push(line), dispose() {} }),
      showErrorMessage: (message) => { seen.errors.push(message); return Promise.resolve(undefined); },
      showWarningMessage: (message) => { seen.warnings.push(message); return Promise.resolve(undefined); },
      activeTextEditor: undefined,
    },
    workspace: { getConfiguration: () => ({ get: () => '' }) },
    commands: {
      registerCommand: (id, run) => { seen.commands.set(id, run); return { dispose() {} }; },
      executeCommand: () => Promise.resolve(),
    },
  };
  return new Proxy(api, { get: (target, key) => (key in target ? target[key] : inert) });
}

function loadExtensionWith(vscode) {
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function resolveVscode(request, ...rest) {
    return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
  };
  require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };
  try {
    return require(path.join(moduleDir, 'src', 'extension.js'));
  } finally {
    Module._resolveFilename = resolve;
  }
}

test('without Java 17+ the extension says so, names the setting, and its commands repeat why', async () => {
  const seen = { output: [], errors: [], warnings: [], commands: new Map() };
  const extension = loadExtensionWith(recordingVscode(seen));
  const saved = { PATH: process.env.PATH, JAVA_HOME: process.env.JAVA_HOME };
  process.env.PATH = scratchFolder('govreport-no-java-');
  delete process.env.JAVA_HOME;
  try {
    await extension.activate({ subscriptions: [], asAbsolutePath: (file) => path.join(moduleDir, file) });
  } finally {
    process.env.PATH = saved.PATH;
    if (saved.JAVA_HOME !== undefined) process.env.JAVA_HOME = saved.JAVA_HOME;
  }
  assert.strictEqual(seen.errors.length, 1, `one message: ${seen.errors}`);
  assert.match(seen.errors[0], /需要 Java 17 或更高版本，未找到.*govreport\.java\.path/);
  assert.deepStrictEqual(seen.output, seen.errors, 'the output channel holds the same words');
  assert.deepStrictEqual([...seen.commands.keys()].sort(), ['govreport.vscode.build', 'govreport.vscode.checkAll']);
  await seen.commands.get('govreport.vscode.checkAll')();
  assert.strictEqual(seen.errors[1], seen.errors[0], '检查全部报告 without a server repeats the reason');
});
