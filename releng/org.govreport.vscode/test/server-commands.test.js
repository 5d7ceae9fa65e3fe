'use strict';
// 生成文档 and 检查全部报告 run the server's commands govreport.build (with the document) and govreport.checkAll.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { SERVER_COMMANDS, executeCommandParams } = require('../src/server-commands');
const { moduleDir } = require('../test-support/support');

test('生成文档 sends the active document URI to govreport.build', () => {
  const uri = 'file:///home/user/%E6%B1%9F%E5%9F%8E%E9%95%87-2020.govreport';
  assert.deepStrictEqual(executeCommandParams('govreport.vscode.build', uri), { command: 'govreport.build', arguments: [uri] });
  assert.strictEqual(executeCommandParams('govreport.vscode.build', undefined), undefined, 'no report open: nothing to send');
});

test('检查全部报告 sends govreport.checkAll without arguments', () => {
  assert.deepStrictEqual(executeCommandParams('govreport.vscode.checkAll', undefined), { command: 'govreport.checkAll', arguments: [] });
});

test('package.json contributes exactly these commands, with their Chinese titles', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(moduleDir, 'package.json'), 'utf8'));
  const titles = Object.fromEntries(manifest.contributes.commands.map((c) => [c.command, c.title]));
  assert.deepStrictEqual(titles, { 'govreport.vscode.build': '生成文档', 'govreport.vscode.checkAll': '检查全部报告' });
  assert.deepStrictEqual(Object.keys(SERVER_COMMANDS).sort(), Object.keys(titles).sort());
  assert.deepStrictEqual(manifest.contributes.languages[0].extensions, ['.govreport']);
});
