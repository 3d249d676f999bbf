import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES, type Rule } from '../server/src/core/index';

/** A rule's doc page, from the description in its own file: the code is the single source. */
export function ruleDoc(rule: Rule): string {
  return [
    `# ${rule.id}`,
    '',
    `默认级别 / Default severity: \`${rule.defaultSeverity}\``,
    '',
    rule.description.zh,
    '',
    rule.description.en,
    '',
    '关闭此规则 / To silence it, in `.govreport.json` or the `govreport.rules` setting:',
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
