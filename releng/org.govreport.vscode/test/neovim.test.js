'use strict';
// A real editor against the packaged server: Neovim, headless, with its built-in LSP client set up by
// neovim/lua/govreport.lua as the README shows (driven by test/nvim/edit-fix-format.lua). It opens an
// example in a workspace, changes one cell on a line of Chinese, gets the diagnostic on that cell,
// applies the quick fix from the code action menu and formats the report.
// .ci/run installs Debian's neovim; without nvim on PATH the test is skipped, saying so.
const test = require('node:test');
const assert = require('node:assert');
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { moduleDir, testJava, packagedServerJar, workspaceWith, scratchFolder } = require('../test-support/support');

const REPORT = '江城镇-2020.govreport';
const nvimFound = spawnSync('nvim', ['--version']).status === 0;

test('Neovim opens a report, gets the diagnostic on the right character, applies the quick fix and formats',
  { skip: nvimFound ? false : 'nvim is not installed (Debian: apt-get install neovim; .ci/run installs it)' }, (t) => {
    const workspace = workspaceWith(REPORT);
    const resultFile = path.join(scratchFolder('govreport-nvim-'), 'result.json');
    const run = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', 'NONE',
      '-c', `luafile ${path.join(__dirname, 'nvim', 'edit-fix-format.lua')}`], {
      cwd: workspace.dir, timeout: 180000, encoding: 'utf8',
      env: { ...process.env, GOVREPORT_NVIM_FILE: workspace.file, GOVREPORT_NVIM_WORKSPACE: workspace.dir,
        GOVREPORT_NVIM_ROW: '30', GOVREPORT_NVIM_CODE: 'govreport.balance.R1', GOVREPORT_NVIM_RESULT: resultFile,
        GOVREPORT_NVIM_PLUGIN: path.join(moduleDir, 'neovim'),
        GOVREPORT_TEST_JAVA: testJava, GOVREPORT_JAR: packagedServerJar() },
    });
    assert.ok(fs.existsSync(resultFile), `nvim wrote no result (status ${run.status}): ${run.stderr}${run.stdout}`);
    const seen = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    assert.strictEqual(seen.error, undefined, `Neovim run failed: ${seen.error}; it saw ${JSON.stringify(seen)}`);
    assert.strictEqual(seen.diagnostics_on_open, 0, 'the example checks clean when opened');

    // Line 30 holds 16 Chinese characters before the cell: byte column 51, UTF-16 column 19.
    assert.deepStrictEqual(seen.utf16_range, { start: { line: 29, character: 19 }, end: { line: 29, character: 20 } });
    assert.strictEqual(seen.edited_byte_column, 51);
    assert.strictEqual(seen.diagnostic.lnum, 29);
    assert.strictEqual(seen.diagnostic.col, 51, 'Neovim places the diagnostic on the changed cell');
    assert.strictEqual(seen.diagnostic.text, '1', 'the diagnostic covers exactly the changed cell');

    t.diagnostic(`Neovim's own code_action() (byte columns in its diagnostics) was offered: ${JSON.stringify(seen.offered_with_byte_columns)}`);
    assert.ok(seen.chosen, `a quick fix among ${JSON.stringify(seen.offered)}`);
    assert.strictEqual(seen.fixed_line, workspace.text.split('\n')[29], 'the quick fix writes the computed 0 back into that cell');

    const formatted = execFileSync(testJava, ['-jar', packagedServerJar(), 'fmt', workspace.file], { cwd: workspace.dir, encoding: 'utf8' });
    assert.match(formatted, /formatted/);
    assert.deepStrictEqual(seen.formatted, fs.readFileSync(workspace.file, 'utf8').replace(/\n$/, '').split('\n'),
      'Neovim formats the fixed report as govreport fmt formats the original');
  });
