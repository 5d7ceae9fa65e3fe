'use strict';
// A language client over stdio as an editor runs one: the packaged server started with `lsp`, spoken
// to with vscode-jsonrpc, the JSON-RPC library under vscode-languageclient.
const { spawn } = require('node:child_process');
const { fileURLToPath } = require('node:url');
const rpc = require('vscode-jsonrpc/node');
const { testJava, packagedServerJar } = require('./support');

/** The server may spell a URI differently (percent-encoded or not); an editor compares the files they name. */
function sameFile(oneUri, otherUri) {
  return fileURLToPath(oneUri) === fileURLToPath(otherUri);
}

class LspClient {
  constructor(workspaceDir) {
    this.process = spawn(testJava, ['-jar', packagedServerJar(), 'lsp'], { cwd: workspaceDir, stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.process.stderr.on('data', (chunk) => { this.stderr += chunk; });
    this.connection = rpc.createMessageConnection(
      new rpc.StreamMessageReader(this.process.stdout), new rpc.StreamMessageWriter(this.process.stdin));
    this.published = [];
    this.waiters = [];
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      this.published.push(params);
      this.waiters = this.waiters.filter((waiter) => !waiter(params));
    });
    this.connection.onRequest(() => null); // registrations, progress tokens, configuration
    this.connection.listen();
  }

  async initialize(rootUri) {
    const answer = await this.connection.sendRequest('initialize', {
      processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'workspace' }],
      capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } } },
    });
    this.connection.sendNotification('initialized', {});
    return answer;
  }

  /** The next diagnostics published for the URI that satisfy the condition (earlier ones included). */
  diagnostics(uri, condition, timeoutMs = 60000) {
    const earlier = this.published.find((params) => sameFile(params.uri, uri) && condition(params.diagnostics));
    if (earlier) return Promise.resolve(earlier.diagnostics);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no fitting diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push((params) => {
        if (!sameFile(params.uri, uri) || !condition(params.diagnostics)) return false;
        clearTimeout(timer);
        resolve(params.diagnostics);
        return true;
      });
    });
  }

  forgetDiagnostics() {
    this.published = [];
  }

  request(method, params) {
    return this.connection.sendRequest(method, params);
  }

  notify(method, params) {
    this.connection.sendNotification(method, params);
  }

  async close() {
    try {
      await this.connection.sendRequest('shutdown');
      this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      this.process.kill();
    }
  }
}

module.exports = { LspClient };
