'use strict';
// The language server as the extension packages it (server/govreport.jar inside the .vsix), driven over
// stdio the way VS Code's client drives it: open a report, change one cell, receive the diagnostic on
// that cell, ask for code actions there, apply the quick fix, and see the diagnostic go.
const test = require('node:test');
const assert = require('node:assert');
const { pathToFileURL } = require('node:url');
const { TextDocument } = require('vscode-languageserver-textdocument');
const { LspClient } = require('../test-support/lsp-client');
const { workspaceWith } = require('../test-support/support');

const REPORT = '江城镇-2020.govreport';
const R1 = 'govreport.balance.R1';

// Errors and warnings only: a report alone in its folder also gets the information that last year's
// report is not there.
const problems = (diagnostics) => diagnostics.filter((d) => d.severity <= 2);

test('open → edit a cell → diagnostic → quick fix → apply, on the packaged server', async (t) => {
  const workspace = workspaceWith(REPORT);
  const uri = pathToFileURL(workspace.file).href;
  const client = new LspClient(workspace.dir);
  t.after(() => client.close());
  const { capabilities } = await client.initialize(pathToFileURL(workspace.dir).href);
  assert.ok(capabilities.codeActionProvider, 'the server offers code actions');

  let document = TextDocument.create(uri, 'govreport', 1, workspace.text);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'govreport', version: 1, text: workspace.text } });
  assert.deepStrictEqual(problems(await client.diagnostics(uri, () => true)), [], 'the example checks clean');

  // Line 30 is 一、本年新收政府信息公开申请数量 | 0 | …; its first count becomes 1, which R1 refuses.
  const line = workspace.text.split('\n')[29];
  const character = line.indexOf('| 0 |') + 2;
  const cell = { start: { line: 29, character }, end: { line: 29, character: character + 1 } };
  client.forgetDiagnostics();
  document = TextDocument.update(document, [{ range: cell, text: '1' }], 2);
  client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: cell, text: '1' }] });
  const diagnostics = await client.diagnostics(uri, (found) => found.some((d) => d.code === R1));
  const balance = diagnostics.find((d) => d.code === R1);
  assert.deepStrictEqual(balance.range, cell, 'the diagnostic sits on the changed cell (UTF-16 columns)');
  assert.strictEqual(character, 19);

  const actions = await client.request('textDocument/codeAction',
    { textDocument: { uri }, range: balance.range, context: { diagnostics: [balance] } });
  const quickFix = actions.find((action) => action.kind === 'quickfix' && action.edit);
  assert.ok(quickFix, `a quick fix among ${JSON.stringify(actions)}`);
  const edits = Object.entries(quickFix.edit.changes).filter(([target]) => decodeURI(target) === decodeURI(uri))
    .flatMap(([, changes]) => changes);
  assert.ok(edits.length > 0, 'the quick fix edits the report');

  client.forgetDiagnostics();
  const fixed = TextDocument.applyEdits(document, edits);
  client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })) });
  assert.strictEqual(fixed, workspace.text, 'the fix restores the cell');
  assert.deepStrictEqual(problems(await client.diagnostics(uri, () => true)), [], 'the diagnostic is gone after the fix');
});
