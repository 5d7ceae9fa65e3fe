'use strict';
// The TextMate grammar, run by the tokenizer VS Code uses (vscode-textmate on the Oniguruma wasm),
// tokenizes each example exactly as its checked-in expectation (test/expected/<example>.tokens) says.
// UPDATE_EXPECTATIONS=1 rewrites the expectations; review their diff before committing.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');
const { moduleDir, examplesDir, exampleNames } = require('../test-support/support');

const grammarFile = path.join(moduleDir, 'syntaxes', 'govreport.tmLanguage.json');
const expectedDir = path.join(__dirname, 'expected');

async function loadGrammar() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => textmate.parseRawGrammar(fs.readFileSync(grammarFile, 'utf8'), grammarFile),
  });
  return registry.loadGrammar('source.govreport');
}

/** One line per token that carries a scope beyond the file's: `line:column "text" scopes`. */
function describeTokens(grammar, text) {
  const described = [];
  let state = textmate.INITIAL;
  text.split(/\r?\n/).forEach((line, index) => {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      const scopes = token.scopes.filter((scope) => scope !== 'source.govreport');
      const piece = line.substring(token.startIndex, token.endIndex);
      if (scopes.length === 0 || piece.trim() === '') continue;
      described.push(`${index + 1}:${token.startIndex + 1} ${JSON.stringify(piece)} ${scopes.join(' ')}`);
    }
    state = result.ruleStack;
  });
  return described.join('\n') + '\n';
}

const grammarLoaded = loadGrammar();

for (const example of exampleNames()) {
  test(`the grammar tokenizes ${example} as expected`, async () => {
    const actual = describeTokens(await grammarLoaded, fs.readFileSync(path.join(examplesDir, example), 'utf8'));
    const expectedFile = path.join(expectedDir, `${example}.tokens`);
    if (process.env.UPDATE_EXPECTATIONS) fs.writeFileSync(expectedFile, actual);
    assert.strictEqual(actual, fs.readFileSync(expectedFile, 'utf8'), `tokens differ from ${expectedFile}`);
  });
}

test('each kind of line gets its own scope', async () => {
  const tokens = describeTokens(await grammarLoaded, [
    '机关：江城镇 # 注',
    '二、主动公开政府信息情况',
    '第二十条第（九）项 | 采购项目数量 | 采购总金额',
    '政府集中采购 | 2 | 11210元',
    '"""无。"""',
  ].join('\n'));
  for (const expected of [
    '1:1 "机关" keyword.other.field-key.govreport',
    '1:3 "：" punctuation.separator.key-value.govreport',
    '1:4 "江城镇" string.unquoted.field-value.govreport',
    '1:8 "# 注" comment.line.number-sign.govreport',
    '2:1 "二、主动公开政府信息情况" markup.heading.section.govreport',
    '3:1 "第二十条第（九）项" meta.table-line.govreport entity.name.tag.row-label.govreport',
    '3:13 "采购项目数量" meta.table-line.govreport variable.other.column.govreport',
    '4:10 "2" meta.table-line.govreport constant.numeric.govreport',
    '4:14 "11210" meta.table-line.govreport constant.numeric.govreport',
    '4:19 "元" meta.table-line.govreport keyword.other.unit.govreport',
    '5:4 "无。" string.quoted.triple.prose.govreport',
  ]) {
    assert.ok(tokens.includes(expected), `missing ${expected} in\n${tokens}`);
  }
});
