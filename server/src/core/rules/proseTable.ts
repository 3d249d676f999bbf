import { t } from '../l10n';
import type { ApplicationRow, Cell } from '../model/report';
import { APPLICATION_COLUMNS, APPLICATION_ROWS, APPLICATION_TOTAL, REVIEW_COLUMNS, type ApplicationRowKey } from '../model/schema';
import type { Rule, RuleContext } from './rule';
import { computed } from '../tables/describe';
import { formatNumber } from '../tables/numbers';
import { paragraphRange, type ProseParagraph } from './proseParagraphs';
import { matchesIn } from '../text/matches';

/** `被申请行政复议1件`, `被提起行政诉讼2起`: a kind of case, a few words at most, a count. */
const CASES = /(行政复议|行政诉讼)([^\d，。；、,;]{0,4}?)(\d+)[ \u3000]?(件|起|次|宗|个)/g;

const APPLICATION = '(?:政府信息公开|依申请公开)?(?:申请)?';
const N = '[ \\u3000]?(\\d+)[ \\u3000]?件';

/**
 * Sentences that name a 表三 total beyond doubt. 本年新收 only after 共, 全年 or
 * 本年 (`全市共受理…申请 3119 件`), not when one office received some on behalf
 * of another (`区政府办代表区政府受理…17 件`); 办结/答复 only opening a clause,
 * not a result's own count (`同意公开答复 9 件`). `words` must be in a paragraph
 * for its pattern to be tried: the patterns cannot be searched for by a first character.
 */
const APPLICATION_STATEMENTS: { key: ApplicationRowKey; name: string; words: RegExp; pattern: RegExp }[] = [
  { key: 'received', name: '本年新收', words: /新收|受理|收到|接收/, pattern: new RegExp(`(?:本年度?新收|(?:共|全年|本年度?)(?:新)?(?:受理|收到|接收))${APPLICATION}${N}`, 'g') },
  { key: 'carriedOver', name: '上年结转', words: /结转/, pattern: new RegExp(`上一?年度?结转${APPLICATION}${N}`, 'g') },
  { key: 'resultTotal', name: '办结', words: /办结|答复/, pattern: new RegExp(`(?<=^|[，。；：])(?:共|全年|本年度?)?(?:办结|答复)${APPLICATION}${N}`, 'g') },
  { key: 'carriedForward', name: '结转下年度', words: /下一?年/, pattern: new RegExp(`(?:(?:结转|顺延|转)(?:至|到|入)?下一?年度?[^\\d，。；]{0,8}?${N}|${N}(?:申请)?(?:结转|顺延|转)(?:至|到|入)?下一?年度?)`, 'g') },
];

/** What ends a clause: the count's clause runs from the last of these before it. */
const CLAUSE_ENDS = '，。；';

/** A count in a clause that lists parts (`其中…`) or speaks for one office (`代表…`): not the table's total. */
function isPartOfList(text: string, at: number): boolean {
  // Back to the clause's start only: splitting all the text before every count was quadratic in a long paragraph.
  let start = at;
  while (start > 0 && !CLAUSE_ENDS.includes(text[start - 1])) start--;
  return /其中|代表/.test(text.slice(start, at));
}

/**
 * Figures stated in prose must agree with the tables: 表四's 行政复议 and
 * 行政诉讼, 表三's 本年新收, 上年结转, 办结 and 结转下年度, where the sentence
 * names that quantity beyond doubt.
 */
export const proseTable: Rule = {
  id: 'prose-table',
  title: { zh: '正文与表格不符', en: 'Prose disagrees with table' },
  defaultSeverity: 'warning',
  fix: 'none',
  description: {
    zh: '正文中写明的数量应与统计表一致：行政复议、行政诉讼件数（如“被提起行政诉讼2起”）与表四（行政复议“总计”，两组行政诉讼“总计”之和）；本年新收、上年结转、办结（答复）和结转下年度的申请件数（如“全年共受理政府信息公开申请 34 件”）与表三相应行的“总计”。只核对明确指这些数量的句子，某一部门代收的、“其中”所列的部分不核对。',
    en: 'Figures stated in prose must agree with the tables: the number of 行政复议 and 行政诉讼 (e.g. `被提起行政诉讼2起`) with table 四 (the 行政复议 总计, the two litigation groups’ 总计 together); the applications received, carried over, answered and carried forward (e.g. `全年共受理政府信息公开申请 34 件`) with the 总计 of those rows of table 三. Only sentences that clearly name these quantities are checked, not a part listed after 其中 or received by one office on behalf of another.',
  },
  check(ctx) {
    const statements = applicationStatements(ctx);
    for (const paragraph of ctx.paragraphs) {
      // Most paragraphs state no count at all: only those naming a case or a 件 are searched.
      if (paragraph.text.includes('行政')) checkReviews(ctx, paragraph);
      if (paragraph.text.includes('件')) checkApplications(ctx, paragraph, statements);
    }
  },
};

function checkReviews(ctx: RuleContext, paragraph: ProseParagraph): void {
  const { math } = ctx;
  const values = ctx.report.reviews?.values;
  if (!values || values.length !== 3 * REVIEW_COLUMNS.length) return;
  const total = (group: number) => math.value(values[group * REVIEW_COLUMNS.length + REVIEW_COLUMNS.length - 1]);
  const reconsideration = total(0);
  const litigation = [total(1), total(2)].every((v) => v !== undefined) ? total(1)! + total(2)! : undefined;
  for (const m of matchesIn(paragraph.text, CASES)) {
    if (/复议|诉讼/.test(m[2])) continue;
    const table = m[1] === '行政复议' ? reconsideration : litigation;
    const stated = Number(m[3]);
    if (table === undefined || table === stated) continue;
    const start = m.index + m[1].length + m[2].length;
    ctx.add({
      range: paragraphRange(paragraph, start, start + m[3].length),
      // 行政诉讼 adds two groups' totals: a sum the table does not write.
      message: t('The text says {0} {1}{2}, but 表四 totals {3}', m[1], stated, m[4], m[1] === '行政复议' ? formatNumber(table) : computed(table)),
      related: [{ range: values[0].range, message: '表四' }],
    });
  }
}

interface StatementTarget {
  key: ApplicationRowKey;
  name: string;
  words: RegExp;
  pattern: RegExp;
  row: ApplicationRow;
  /** The row's 总计 cell, and the number it counts as. */
  cell: Cell;
  table: number;
}

/** The statements whose 表三 row the draft has, with a number in its 总计: looked up once per check, not per paragraph. */
function applicationStatements(ctx: RuleContext): StatementTarget[] {
  return APPLICATION_STATEMENTS.flatMap(({ key, name, words, pattern }) => {
    const row = ctx.report.applications?.rows.find((r) => r.def.key === key && r.values.length === APPLICATION_COLUMNS.length);
    if (!row) return [];
    const cell = row.values[APPLICATION_TOTAL];
    const table = ctx.math.value(cell);
    return table === undefined ? [] : [{ key, name, words, pattern, row, cell, table }];
  });
}

function checkApplications(ctx: RuleContext, paragraph: ProseParagraph, statements: readonly StatementTarget[]): void {
  const { math } = ctx;
  for (const { key, name, words, pattern, row, cell, table } of statements) {
    if (!words.test(paragraph.text)) continue;
    for (const m of matchesIn(paragraph.text, pattern)) {
      const figure = m.slice(1).find((g) => g !== undefined)!;
      const stated = Number(figure);
      if (table === stated || isPartOfList(paragraph.text, m.index)) continue;
      const start = m.index + m[0].indexOf(figure);
      ctx.add({
        range: paragraphRange(paragraph, start, start + figure.length),
        // A blank 总计 counts as the sum it should hold: a number the document does not contain.
        message: t('The text says {0} {1}件, but the 总计 of 表三 {2} is {3}', name, stated, APPLICATION_ROWS.find((d) => d.key === key)!.label, math.isBlankTotal(cell) ? computed(table) : formatNumber(table)),
        related: [{ range: cell.range, message: `${row.def.label} · 总计` }],
      });
    }
  }
}
