import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { corpusPath } from '../corpus';
import { BALANCED, FIXTURES } from '../support/findings';
import { runCli } from '../support/runCli';

/** A folder with the corpus draft 002 (blank cells and malformed numbers) and, if given, a `.govreport.json`. */
function draftFolder(config?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'govreport-config-'));
  copyFileSync(corpusPath('002'), path.join(dir, '002.txt'));
  if (config !== undefined) writeFileSync(path.join(dir, '.govreport.json'), config);
  return dir;
}

describe('govreport check: configuration and arguments that say what is wrong', () => {
  it('.govreport.json may have comments and trailing commas', () => {
    const dir = draftFolder('{\n  // our office does not fill blanks\n  "rules": { "blank-cell": "off", },\n}\n');
    const r = runCli(['check', dir]);
    assert.equal(r.stderr, '');
    assert.doesNotMatch(r.stdout, / blank-cell /);
  });

  it('a .govreport.json that is not JSON stops the run with exit 2 and says where', () => {
    const dir = draftFolder('{\n  "rules": { "blank-cell": "off" }\n  "format": "2019"\n}\n');
    const r = runCli(['check', dir]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /\.govreport\.json:3:3: 错误: 不是有效的 JSON：CommaExpected/);
    assert.equal(r.stdout, '', 'nothing is checked under a configuration nobody meant');
  });

  it('an unknown key is reported with the key probably meant', () => {
    const r = runCli(['check', draftFolder('{ "rule": { "blank-cell": "off" } }')]);
    assert.match(r.stderr, /\.govreport\.json:1:3: 警告: 没有名为“rule”的设置项；是否指“rules”？/);
  });

  it('--config names the configuration to use instead of the nearest .govreport.json', () => {
    const dir = draftFolder('{ "rules": { "malformed-number": "off" } }');
    const config = path.join(dir, 'team.jsonc');
    writeFileSync(config, '{ "rules": { "blank-cell": "off" } }');
    const r = runCli(['check', '--config', config, dir]);
    assert.doesNotMatch(r.stdout, / blank-cell /);
    assert.match(r.stdout, / malformed-number /, 'the .govreport.json beside the draft does not apply');
    const missing = runCli(['check', '--config', path.join(dir, 'nope.json'), dir]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope\.json: 错误: 无法读取该配置文件/);
  });

  it('a bad argument is named, with what would be valid', () => {
    const lang = runCli(['check', '--lang', 'de', corpusPath('000')]);
    assert.equal(lang.status, 2);
    assert.match(lang.stderr, /“de”不是可用的语言；--lang 可取 zh-cn, en/);
    const format = runCli(['check', '--format', 'xml', corpusPath('000')]);
    assert.equal(format.status, 2);
    assert.match(format.stderr, /“xml”不是可用的输出格式；--format 可取 text, summary, json, sarif/);
    const option = runCli(['check', '--formt', 'json', corpusPath('000')]);
    assert.equal(option.status, 2);
    assert.match(option.stderr, /未知选项 --formt；是否指“--format”？/);
  });

  it('English counts say "1 file" and "1 error", Chinese as before', () => {
    const one = runCli(['check', '--lang', 'en', corpusPath('001')]);
    assert.match(one.stdout, /^1 file checked: 1 error, 0 warnings$/m);
    const balanced = runCli(['check', '--lang', 'en', path.join(FIXTURES, 'balanced')]);
    assert.match(balanced.stdout, new RegExp(`^${BALANCED.length} files checked: 0 errors, 0 warnings$`, 'm'));
    assert.match(runCli(['check', corpusPath('001')]).stdout, /^已检查 1 个文件：1 个错误，0 个警告$/m);
  });
});
