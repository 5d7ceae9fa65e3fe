'use strict';
// The extension's Java look-up, run as the extension runs it, on real and fake java executables.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { findJava, majorVersion } = require('../src/java-finder');
const { testJava, scratchFolder } = require('../test-support/support');

/** A folder holding bin/java that prints the version line a JDK of that version prints. */
function fakeJavaHome(version) {
  const home = scratchFolder('govreport-fake-java-');
  fs.mkdirSync(path.join(home, 'bin'));
  const java = path.join(home, 'bin', 'java');
  fs.writeFileSync(java, `#!/bin/sh\necho 'openjdk version "${version}" 2020-01-01' >&2\n`, { mode: 0o755 });
  return { home, java };
}

test('version lines of old and new JDKs', () => {
  assert.strictEqual(majorVersion('openjdk version "17.0.15" 2025-04-15'), 17);
  assert.strictEqual(majorVersion('java version "1.8.0_382"'), 8);
  assert.strictEqual(majorVersion('openjdk version "25" 2025-09-16'), 25);
  assert.strictEqual(majorVersion('no version here'), undefined);
});

test('no java anywhere: the message says Java 17 is needed and where it looked', async () => {
  const empty = scratchFolder('govreport-no-java-');
  await assert.rejects(findJava('', { PATH: empty }), (problem) => {
    assert.match(problem.message, /需要 Java 17 或更高版本，未找到/);
    assert.match(problem.message, /JAVA_HOME 未设置，PATH 中也没有 java/);
    assert.match(problem.message, /govreport\.java\.path/);
    return true;
  });
});

test('a Java 11 on PATH is named and refused', async () => {
  const old = fakeJavaHome('11.0.2');
  await assert.rejects(findJava('', { PATH: path.dirname(old.java) }), /PATH：.*bin\/java 是 Java 11/);
});

test('the setting comes first, then JAVA_HOME, then PATH; each may be refused for the next', async () => {
  const configured = fakeJavaHome('21.0.1');
  const home = fakeJavaHome('17.0.9');
  const onPath = fakeJavaHome('1.8.0_382');
  const env = { JAVA_HOME: home.home, PATH: path.dirname(onPath.java) };
  assert.deepStrictEqual(await findJava(configured.home, env), { origin: `设置 govreport.java.path（${configured.home}）`, java: configured.java, version: 21 });
  assert.strictEqual((await findJava(configured.java, env)).java, configured.java, 'the setting may name the executable');
  assert.strictEqual((await findJava('', env)).java, home.java);
  const missing = path.join(configured.home, 'nothing');
  const chosen = await findJava(missing, { PATH: path.dirname(configured.java) });
  assert.strictEqual(chosen.origin, 'PATH', 'a setting that names nothing falls through to PATH');
});

test('the java the build runs on is found and is 17 or newer', async () => {
  const java = path.isAbsolute(testJava) ? testJava : undefined;
  const found = await findJava(java, java ? {} : process.env);
  assert.ok(found.version >= 17, `found ${JSON.stringify(found)}`);
});
