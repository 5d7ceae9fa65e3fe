'use strict';
// Starts the bundled language server (server/govreport.jar lsp) for *.govreport files and offers the
// commands 生成文档 and 检查全部报告, which run the server's own commands.
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient, ExecuteCommandRequest } = require('vscode-languageclient/node');
const { findJava } = require('./java-finder');
const { SERVER_COMMANDS, executeCommandParams } = require('./server-commands');

let client;
let notStarted = 'govreport 语言服务尚未启动';

async function activate(context) {
  const output = vscode.window.createOutputChannel('govreport');
  context.subscriptions.push(output);
  // Registered first, so that without Java the commands still answer, with the reason.
  for (const editorCommand of Object.keys(SERVER_COMMANDS)) {
    context.subscriptions.push(vscode.commands.registerCommand(editorCommand, () => runOnServer(editorCommand)));
  }
  let java;
  try {
    java = await findJava(vscode.workspace.getConfiguration('govreport').get('java.path'));
  } catch (problem) {
    notStarted = problem.message;
    output.appendLine(problem.message);
    vscode.window.showErrorMessage(problem.message, '打开设置').then((choice) => {
      if (choice) vscode.commands.executeCommand('workbench.action.openSettings', 'govreport.java.path');
    });
    return;
  }
  output.appendLine(`govreport: Java ${java.version} from ${java.origin}: ${java.java}`);
  const jar = context.asAbsolutePath(path.join('server', 'govreport.jar'));
  client = new LanguageClient('govreport', 'govreport',
    { command: java.java, args: ['-jar', jar, 'lsp'] },
    { documentSelector: [{ language: 'govreport' }], outputChannel: output });
  await client.start();
}

async function runOnServer(editorCommand) {
  if (!client) {
    vscode.window.showErrorMessage(notStarted);
    return;
  }
  const editor = vscode.window.activeTextEditor;
  const uri = editor && editor.document.languageId === 'govreport' ? editor.document.uri.toString() : undefined;
  const params = executeCommandParams(editorCommand, uri);
  if (!params) {
    vscode.window.showWarningMessage('请先打开一个 .govreport 报告');
    return;
  }
  try {
    await client.sendRequest(ExecuteCommandRequest.type, params);
  } catch (problem) {
    vscode.window.showErrorMessage(`govreport：${problem.message}`);
  }
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
