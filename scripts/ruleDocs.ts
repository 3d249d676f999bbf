import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES, type Rule } from '../server/src/core/index';
import { inLanguage } from '../server/src/core/l10n';
import { fixKindNote } from '../server/src/core/rules/fixKindNote';
import { ruleExample } from './ruleExample';

/** The wrong example and the corrected one (or, for a rule without fix, what the finding says). */
function exampleSection(rule: Rule): string[] {
  const e = ruleExample(rule);
  const block = (text: string) => ['```text', text, '```'];
  return [
    `## 示例 / Example: ${e.name}`,
    '',
    '错误 / Wrong:',
    '',
    ...block(e.wrong),
    '',
    `第 ${e.line} 行：${e.message.zh}`,
    '',
    `Line ${e.line}: ${e.message.en}`,
    '',
    ...(e.corrected
      ? [`更正 / Corrected (${e.corrected.title.zh} / ${e.corrected.title.en}):`, '', ...block(e.corrected.text), '']
      : []),
  ];
}

/** A rule's doc page, from its own file and its first test case: the code is the single source. */
export function ruleDoc(rule: Rule): string {
  return [
    `# ${rule.id}: ${rule.title.zh} / ${rule.title.en}`,
    '',
    `默认级别 / Default severity: \`${rule.defaultSeverity}\` · 修复 / Fix: \`${rule.fix}\``,
    '',
    rule.description.zh,
    '',
    rule.description.en,
    '',
    inLanguage('zh-cn', () => fixKindNote(rule.fix)),
    '',
    inLanguage('en', () => fixKindNote(rule.fix)),
    '',
    ...exampleSection(rule),
    '## 关闭此规则 / Turning it off',
    '',
    '在 `.govreport.json` 或 `govreport.rules` 设置中 / In `.govreport.json` or the `govreport.rules` setting:',
    '',
    '```json',
    `{ "rules": { "${rule.id}": "off" } }`,
    '```',
    '',
  ].join('\n');
}

export const DOCS_DIR = path.resolve(__dirname, '../docs/rules');

if (require.main === module) {
  for (const rule of RULES) writeFileSync(path.join(DOCS_DIR, `${rule.id}.md`), ruleDoc(rule));
  console.log(`wrote ${RULES.length} rule pages to ${DOCS_DIR}`);
}
