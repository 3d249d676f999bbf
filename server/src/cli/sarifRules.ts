import { fixKindNote, localized, t, type Rule, type Severity } from '../core/index';
import { ruleDocUrl } from '../node/ruleDocs';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF has three levels for the four severities: information and hint are notes. */
export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return LEVEL[severity];
}

/** A rule's `reportingDescriptor`: its title, its description, help on fixing and silencing it. */
export function sarifRule(rule: Rule) {
  const title = localized(rule.title);
  const description = localized(rule.description);
  const silence = `{ "rules": { "${rule.id}": "off" } }`;
  const turnOff = (setting: string) => t('To turn it off, in .govreport.json: {0}', setting);
  const helpUri = ruleDocUrl(rule.id);
  return {
    id: rule.id,
    shortDescription: { text: title },
    fullDescription: { text: description },
    help: {
      text: [description, fixKindNote(rule.fix), turnOff(silence)].join('\n\n'),
      markdown: [`**${title}**`, description, fixKindNote(rule.fix), turnOff(`\`${silence}\``)].join('\n\n'),
    },
    ...(helpUri && { helpUri }),
    defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
  };
}
