import { inLanguage, type Language } from '../server/src/core/l10n';
import type { Finding, Rule } from '../server/src/core/index';
import { RULE_CASES, type RuleCase } from '../test/ruleCases';
import { applyFix, findings } from '../test/support/findings';

/** Lines shown around the finding and the lines the fix changes. */
const CONTEXT_LINES = 2;

/** A rule's example: the few lines around its first finding in its first test case, before and after the fix. */
export interface RuleExample {
  /** The test case's name. */
  name: string;
  /** The lines around the finding, 1-based numbers first. */
  wrong: string;
  /** The 1-based line of the finding. */
  line: number;
  message: { zh: string; en: string };
  /** The same lines once the case's fix is applied, and the fix's title; absent for a case without fix. */
  corrected?: { text: string; title: { zh: string; en: string } };
}

/** The first finding of the case's rule, with its messages in `language`. */
function firstFinding(c: RuleCase, language: Language): Finding {
  return inLanguage(language, () => findings(c.text, undefined, c.previous).find((f) => f.rule === c.rule)!);
}

/** Lines `from`..`to` (0-based, inclusive) of the text, each after its 1-based number. */
function excerpt(text: string, from: number, to: number): string {
  const lines = text.split('\n');
  const last = Math.min(to, lines.length - 1);
  const width = String(last + 1).length;
  return lines
    .slice(from, last + 1)
    .map((l, i) => `${String(from + i + 1).padStart(width)}  ${l}`.trimEnd())
    .join('\n');
}

/** The example of a rule, from its first case in test/ruleCases.ts (the one the unit test checks). */
export function ruleExample(rule: Rule): RuleExample {
  const c = RULE_CASES.find((x) => x.rule === rule.id);
  if (!c) throw new Error(`${rule.id} has no case in test/ruleCases.ts`);
  const zh = firstFinding(c, 'zh-cn');
  const en = firstFinding(c, 'en');
  const fix = c.fix && zh.fixes[0];
  const changed = [zh.range, ...(fix ? fix.edits.map((e) => e.range) : [])];
  const from = Math.max(0, Math.min(...changed.map((r) => r.start.line)) - CONTEXT_LINES);
  const to = Math.max(...changed.map((r) => r.end.line)) + CONTEXT_LINES;
  const example: RuleExample = { name: c.name, wrong: excerpt(c.text, from, to), line: zh.range.start.line + 1, message: { zh: zh.message, en: en.message } };
  if (!fix) return example;
  const fixed = applyFix(c.text, fix);
  // The fix adds or removes lines inside the excerpt: the lines after it move by as many.
  const added = fixed.split('\n').length - c.text.split('\n').length;
  return { ...example, corrected: { text: excerpt(fixed, from, to + added), title: { zh: fix.title, en: en.fixes[0].title } } };
}
