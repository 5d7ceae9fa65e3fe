'use strict';
// Finds a java that can run the language server (Java 17 or newer): the one the user configured, then
// JAVA_HOME's, then the first on PATH. Kept free of the vscode module, so that Node tests run it as is.
const { execFile } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const MINIMUM_JAVA = 17;
const JAVA_EXECUTABLE = process.platform === 'win32' ? 'java.exe' : 'java';

/** The java a configured value names: an executable as given, a folder through its bin/java. */
function javaInSetting(configured) {
  if (fs.existsSync(configured) && fs.statSync(configured).isDirectory()) {
    return path.join(configured, 'bin', JAVA_EXECUTABLE);
  }
  return configured;
}

function javaOnPath(pathVariable) {
  for (const folder of (pathVariable || '').split(path.delimiter)) {
    if (!folder) continue;
    const candidate = path.join(folder, JAVA_EXECUTABLE);
    if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

function isExecutableFile(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Where to look, in order, each with the words that tell the user where it came from. */
function candidates(setting, env) {
  const found = [];
  if (setting) found.push({ origin: `设置 govreport.java.path（${setting}）`, java: javaInSetting(setting) });
  if (env.JAVA_HOME) found.push({ origin: `JAVA_HOME（${env.JAVA_HOME}）`, java: path.join(env.JAVA_HOME, 'bin', JAVA_EXECUTABLE) });
  const onPath = javaOnPath(env.PATH);
  if (onPath) found.push({ origin: 'PATH', java: onPath });
  return found;
}

/** The major version `java -version` prints ("17.0.15" → 17, "1.8.0_382" → 8), or undefined. */
function majorVersion(versionOutput) {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

function askVersion(java) {
  return new Promise((resolve) => {
    execFile(java, ['-version'], { timeout: 20000 }, (error, stdout, stderr) => {
      if (error && error.code === 'ENOENT') resolve({ problem: `${java} 不存在` });
      else if (error && !stderr) resolve({ problem: `${java} 无法运行（${error.message}）` });
      else resolve({ version: majorVersion(`${stderr}${stdout}`) });
    });
  });
}

/**
 * Resolves to { java, version, origin } for the first candidate that is Java 17+, or rejects with an
 * Error whose message says, in words a report writer understands, what was tried and what to do.
 */
async function findJava(setting, env = process.env) {
  const tried = [];
  for (const candidate of candidates(setting, env)) {
    const answer = await askVersion(candidate.java);
    if (answer.version >= MINIMUM_JAVA) return { ...candidate, version: answer.version };
    tried.push(`${candidate.origin}：${answer.problem || `${candidate.java} 是 Java ${answer.version ?? '（版本不明）'}`}`);
  }
  const where = tried.length ? `找到的都不合用：${tried.join('；')}。` : '设置 govreport.java.path 为空，JAVA_HOME 未设置，PATH 中也没有 java。';
  throw new Error(`govreport 语言服务需要 Java ${MINIMUM_JAVA} 或更高版本，未找到。${where}`
    + `请安装 JDK ${MINIMUM_JAVA}+（如 Debian 的 openjdk-17-jre），或在设置 govreport.java.path 中写明 java 的位置。`);
}

module.exports = { findJava, majorVersion, MINIMUM_JAVA };
