'use strict';
// The editor commands and the language server commands they run (workspace/executeCommand). The
// extension's own ids differ from the server's: vscode-languageclient registers every command the
// server advertises under the server's id, and a second registration of that id would fail.
const SERVER_COMMANDS = {
  'govreport.vscode.build': { command: 'govreport.build', needsDocument: true },
  'govreport.vscode.checkAll': { command: 'govreport.checkAll', needsDocument: false },
};

/** The executeCommand parameters for an editor command, or undefined when it needs a document and has none. */
function executeCommandParams(editorCommand, documentUri) {
  const target = SERVER_COMMANDS[editorCommand];
  if (!target) throw new Error(`unknown command ${editorCommand}`);
  if (!target.needsDocument) return { command: target.command, arguments: [] };
  return documentUri ? { command: target.command, arguments: [documentUri] } : undefined;
}

module.exports = { SERVER_COMMANDS, executeCommandParams };
