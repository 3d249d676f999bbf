import { fixtureText, replaceNth } from './support/findings';
import { swap, withLine, withoutLines } from './support/fixtureEdits';

/** The fixture most cases put their fault in; its line numbers are checked in rules.test.ts. */
export const rows2019 = fixtureText('balanced/2019-rows.txt');
const rows2021 = fixtureText('balanced/2021-rows.txt');
const cells2019 = fixtureText('balanced/2019-cells.txt');
const pipes2021 = fixtureText('balanced/2021-pipes.md');

/** One rule on one small text: the faults it must find and the fix it must offer. */
export interface RuleCase {
  rule: string;
  name: string;
  text: string;
  /** The text each finding of the rule underlines, in order. */
  underlines: string[];
  /** The message of the first finding matches this. */
  message?: RegExp;
  /** Apply the first finding's first fix and check it; the fix's new text. */
  fix?: {
    newText?: RegExp;
    safe: boolean;
    allowNew?: string[];
    /** False when the fix mends one of several faults: the others then read differently (another cell becomes the one wrong cell). */
    alone?: boolean;
  };
  /** The rules of the other findings at error or warning level, in document order. */
  others?: string[];
  /** Last year's report, for the identity across years. */
  previous?: string;
}

/**
 * Each rule on a balanced fixture with one fault put in: what
 * `test/unit/rules.test.ts` asserts, and where each rule's doc page takes its
 * example from (the rule's first case; `scripts/ruleDocs.ts`). Line numbers
 * refer to test/fixtures/balanced/2019-rows.txt.
 */
export const RULE_CASES: readonly RuleCase[] = [
  {
    rule: 'wrong-cell',
    name: 'a row 总计 that is not the sum of its row is the one wrong cell',
    text: swap(rows2019, '（一）予以公开\t\t2\t1\t0\t0\t0\t0\t3', '（一）予以公开\t\t2\t1\t0\t0\t0\t0\t4'),
    underlines: ['4'],
    message: /^表三 （一）予以公开 · 总计：填写为 4，但 2 项勾稽关系要求应为 3（计算值）：行总计, （七）总计$/,
    fix: { newText: /^3$/, safe: false },
  },
  {
    rule: 'wrong-cell',
    name: 'in the cell-per-line layout',
    text: replaceNth(cells2019, /^\t5$/m, 1, '\t6'), // 一、本年新收 总计
    underlines: ['6'],
    fix: { newText: /^5$/, safe: false },
  },
  {
    rule: 'wrong-cell',
    name: 'an ordinary cell, not a total: found at itself, not at the totals it feeds',
    text: swap(rows2019, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t1\t', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t2\t'),
    underlines: ['2'],
    message: /（二）部分公开.* · 自然人：填写为 2，但 2 项勾稽关系要求应为 1（计算值）：行总计, （七）总计$/,
    fix: { newText: /^1$/, safe: false },
  },
  {
    rule: 'wrong-cell',
    name: 'a （七）总计 cell breaks three identities',
    text: swap(rows2019, '（七）总计\t\t4\t', '（七）总计\t\t5\t'),
    underlines: ['5'],
    message: /（七）总计 · 自然人：填写为 5，但 3 项勾稽关系要求应为 4（计算值）：行总计, （七）总计, 一 \+ 二 = （七） \+ 四$/,
    fix: { newText: /^4$/, safe: false },
  },
  {
    rule: 'wrong-cell',
    name: 'a 结转下年度 cell that breaks its column’s balance and its row',
    text: withLine(rows2019, 58, '四、结转下年度继续办理\t\t\t1\t0\t0\t0\t0\t0\t0'),
    underlines: ['1'],
    message: /四、结转下年度继续办理 · 自然人：填写为 1，但 2 项勾稽关系要求应为 0（计算值）：行总计, 一 \+ 二 = （七） \+ 四$/,
    fix: { newText: /^0$/, safe: false },
  },
  {
    rule: 'row-total',
    name: 'two row totals wrong: each broken row once, with the numbers as written',
    text: swap(
      swap(rows2019, '（一）予以公开\t\t2\t1\t0\t0\t0\t0\t3', '（一）予以公开\t\t2\t1\t0\t0\t0\t0\t4'),
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t1\t0\t0\t0\t0\t0\t1',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t1\t0\t0\t0\t0\t0\t0',
    ),
    underlines: ['4', '0'],
    message: /^（一）予以公开 · 总计：总计 4 ≠ 2 \+ 1 \+ 0 \+ 0 \+ 0 \+ 0，各项之和（计算值）3$/,
    fix: { newText: /^3$/, safe: false, alone: false },
  },
  {
    rule: 'result-total',
    name: 'two （七）总计 cells wrong: their columns’ sums and balances, each once',
    text: swap(rows2019, '（七）总计\t\t4\t1\t', '（七）总计\t\t5\t0\t'),
    underlines: ['5', '0'],
    others: ['column-balance', 'column-balance'],
    message: /^（七）总计 · 自然人：总计 5 ≠ 2 \+ 1 \+ 1（其余 \d+ 项为 0），各项之和（计算值）4$/,
    fix: { newText: /^4$/, safe: false, alone: false },
  },
  {
    rule: 'column-balance',
    name: '一 + 二 ≠ （七） + 四 in two columns, while 四’s row adds up',
    text: withLine(rows2019, 58, '四、结转下年度继续办理\t\t\t1\t0\t0\t0\t0\t0\t1'),
    underlines: ['1', '1'],
    message: /^自然人列：一 \+ 二 = 3 \+ 1，之和（计算值）4；但（七）总计 \+ 四 = 4 \+ 1，之和（计算值）5$/,
  },
  {
    rule: 'carried-over',
    name: 'this year’s 上年结转 is not what last year’s report carried forward',
    text: rows2019,
    previous: withLine(swap(rows2019, '2020年', '2019年'), 58, '四、结转下年度继续办理\t\t\t3\t0\t0\t0\t0\t0\t3'),
    underlines: ['1', '1'], // 自然人 and 总计
    message: /二、上年结转政府信息公开申请数量 · 自然人：上年结转 1，但上一年度报告（last-year\.txt）结转下年度为 3/,
    fix: { newText: /^3$/, safe: false, allowNew: ['wrong-cell'] },
  },
  {
    rule: 'document-count',
    name: 'documents in force that do not follow from last year’s report',
    text: rows2021,
    // Last year's 行政规范性文件 9 + 2 − 1 = 10 follows; its 规章 3 + 1 − 0 does not make 5.
    previous: withLine(swap(swap(swap(rows2021, '2022年', '2021年'), '规章\t1\t0\t5', '规章\t1\t0\t3'), '行政规范性文件\t2\t1\t10', '行政规范性文件\t2\t1\t9'), 56, '四、结转下年度继续办理\t\t\t1\t0\t0\t0\t0\t0\t1'),
    underlines: ['5'],
    message: /^规章 · 现行有效件数：5，但上一年度报告（last-year\.txt）现行有效 3 件，加本年制发 1 件、减本年废止 0 件，应为 4（计算值）$/,
  },
  {
    rule: 'copied-text',
    name: 'section 一 kept word for word from last year’s report, its figures updated',
    text: swap(rows2019, '全年主动公开政府信息。', '全年主动公开政府信息，坚持以公开为常态、不公开为例外，围绕群众关切的重点领域持续深化政务公开，推动政府信息公开工作规范化、标准化建设，共办理申请6件。'),
    previous: withLine(
      swap(swap(rows2019, '2020年', '2019年'), '全年主动公开政府信息。', '全年主动公开政府信息，坚持以公开为常态、不公开为例外，围绕群众关切的重点领域持续深化政务公开，推动政府信息公开工作规范化、标准化建设，共办理申请12件。'),
      58,
      '四、结转下年度继续办理\t\t\t1\t0\t0\t0\t0\t0\t1',
    ),
    underlines: ['一、总体情况'],
    message: /^与上年报告 \d+%（计算值）相同：本部分文字与上一年度报告（last-year\.txt）相同的比例$/,
  },
  {
    rule: 'review-total',
    name: 'a 表四 group total that is not the sum of the four before it: any of the five may be wrong',
    text: withLine(rows2019, 64, '1\t0\t0\t0\t1\t0\t1\t0\t1\t3\t0\t0\t0\t0\t0'),
    underlines: ['3'],
    message: /^行政诉讼（未经复议直接起诉） · 总计：总计 3 ≠ 0 \+ 1 \+ 0 \+ 1，各项之和（计算值）2；这五个单元格中任何一个都可能填错$/,
    fix: { newText: /^2$/, safe: false },
  },
  {
    rule: 'review-total',
    name: 'a 表四 part changed is reported at its group’s 总计',
    text: withLine(rows2019, 64, '1\t0\t0\t0\t1\t0\t1\t0\t0\t2\t0\t0\t0\t0\t0'),
    underlines: ['2'],
    fix: { newText: /^1$/, safe: false },
  },
  {
    rule: 'item-change',
    name: '上一年 ± 增减 ≠ 处理决定数量',
    text: swap(rows2019, '行政许可\t10\t增加5\t15', '行政许可\t10\t增加5\t16'),
    underlines: ['16'],
    message: /10 \+ 本年增\/减 5 = 15（计算值） ≠ 处理决定数量 16/,
  },
  {
    rule: 'blank-cell',
    name: 'a blank cell is filled with 0',
    text: swap(rows2019, '二、上年结转政府信息公开申请数量\t\t\t1\t0', '二、上年结转政府信息公开申请数量\t\t\t1\t'),
    underlines: ['\t'],
    message: /二、上年结转政府信息公开申请数量 · 商业企业：空白单元格，应填 0/,
    fix: { newText: /^0$/, safe: true },
  },
  {
    rule: 'blank-cell',
    name: 'a blank total is filled with its sum; ending its line, it is marked there (an empty range, drawn one character wide)',
    text: swap(rows2019, '一、本年新收政府信息公开申请数量\t\t\t3\t1\t0\t0\t1\t0\t5', '一、本年新收政府信息公开申请数量\t\t\t3\t1\t0\t0\t1\t0\t'),
    underlines: [''],
    message: /合计单元格空白，应为 5/,
    fix: { newText: /^5$/, safe: true },
  },
  {
    rule: 'blank-cell',
    name: 'a blank cell that alone explains the broken identities is filled with what they need, by the drafter',
    text: swap(rows2019, '一、本年新收政府信息公开申请数量\t\t\t3\t1\t', '一、本年新收政府信息公开申请数量\t\t\t3\t\t'),
    underlines: ['\t'],
    message: /一、本年新收政府信息公开申请数量 · 商业企业：空白单元格，按勾稽关系（行总计, 一 \+ 二 = （七） \+ 四）应为 1（计算值）/,
    fix: { newText: /^1$/, safe: false },
  },
  {
    rule: 'blank-cell',
    name: 'a `/` is reported like a blank, and its fix is left to the drafter',
    text: swap(rows2019, '行政强制\t0\t0\t0', '行政强制\t/\t0\t0'),
    underlines: ['/'],
    message: /“\/”不是数字/,
    fix: { newText: /^0$/, safe: false },
  },
  {
    rule: 'blank-cell',
    name: 'a blank cell in a pipe table is filled inside its padding',
    text: swap(pipes2021, '| 行政强制 | 0 |', '| 行政强制 |  |'),
    underlines: ['  '],
    fix: { newText: /^0$/, safe: true },
  },
  {
    rule: 'malformed-number',
    name: 'full-width digits in a cell',
    text: swap(rows2019, '行政许可\t10\t', '行政许可\t１０\t'),
    underlines: ['１０'],
    message: /使用了全角数字/,
    fix: { newText: /^10$/, safe: true },
  },
  {
    rule: 'malformed-number',
    name: 'thousands separators',
    text: swap(rows2019, '行政处罚\t4\t0\t4', '行政处罚\t4,000\t0\t4,000'),
    underlines: ['4,000', '4,000'],
    fix: { newText: /^4000$/, safe: true },
  },
  {
    rule: 'malformed-number',
    name: 'a unit in a 万元 column is converted to 万元',
    text: swap(rows2021, '行政事业性收费\t0.35', '行政事业性收费\t3500元'),
    underlines: ['3500元'],
    message: /列标题已注明单位“万元”/,
    fix: { newText: /^0\.35$/, safe: false },
  },
  {
    rule: 'malformed-number',
    name: 'full-width digits in prose',
    text: swap(rows2019, '发布信息120条', '发布信息１２０条'),
    underlines: ['１２０'],
    fix: { newText: /^120$/, safe: true },
  },
  {
    rule: 'malformed-number',
    name: 'a letter among 表四’s numbers is reported, and the table is still read',
    text: withLine(rows2019, 64, '1\t0\t0\t0\t1\t0\t1\t0\t1\t2\t0\t0\t1O\t0\t0'),
    underlines: ['1O'],
    message: /“1O”不是数字/,
  },
  {
    rule: 'count-value',
    name: 'a 表三 count with decimals',
    text: swap(rows2019, '一、本年新收政府信息公开申请数量\t\t\t3\t1\t0\t0\t1\t0\t5', '一、本年新收政府信息公开申请数量\t\t\t3\t1\t0\t0\t1\t0\t5.5'),
    underlines: ['5.5'],
    message: /^表三 一、本年新收政府信息公开申请数量 · 总计：5\.5 带有小数，件数应为整数$/,
    others: ['wrong-cell'],
  },
  {
    rule: 'count-value',
    name: 'a negative 表二 count, while 本年增/减 may be negative',
    text: swap(rows2019, '规章\t1\t1\t5', '规章\t-1\t1\t5'),
    underlines: ['-1'],
    message: /^表二 规章 · 本年新制作数量：-1 小于 0，件数不能为负数$/,
  },
  {
    rule: 'column-count',
    name: 'eight numbers for seven columns',
    text: swap(rows2019, '2.没有现成信息需要另行制作\t0\t0\t0\t0\t0\t0\t0', '2.没有现成信息需要另行制作\t0\t0\t0\t0\t0\t0\t0\t0'),
    underlines: ['0'],
    message: /有 8 个数字，但表格只有 7 列/,
  },
  {
    rule: 'column-count',
    name: 'a half-typed row',
    text: swap(rows2019, '3.补正后申请内容仍不明确\t0\t0\t0\t0\t0\t0\t0', '3.补正后申请内容仍不明确\t0\t0\t0\t0\t0'),
    underlines: ['3.补正后申请内容仍不明确'],
    message: /只有 5 个数字，应有 7 个/,
  },
  {
    rule: 'missing-row',
    name: 'a row of 表三 deleted',
    text: withoutLines(rows2019, 52, 52),
    underlines: ['3.要求提供公开出版物'],
    message: /表三缺少“2\.重复申请”行/,
  },
  {
    rule: 'empty-section',
    name: 'section 六 with nothing in it',
    text: swap(rows2019, '六、其他需要报告的事项\n无。', '六、其他需要报告的事项\n'),
    underlines: ['六、其他需要报告的事项'],
    fix: { newText: /无。/, safe: false },
  },
  {
    rule: 'empty-section',
    name: 'section 三 with its table deleted gets the standard table back',
    text: withoutLines(rows2019, 33, 58),
    underlines: ['三、收到和处理政府信息公开申请情况'],
    fix: { newText: /（七）总计/, safe: false },
  },
  {
    rule: 'missing-section',
    name: 'section 五 deleted',
    text: withoutLines(rows2019, 66, 72),
    underlines: ['六、其他需要报告的事项'],
    message: /缺少“五、存在的主要问题及改进情况”部分/,
    fix: { newText: /^五、存在的主要问题及改进情况/, safe: false, allowNew: ['empty-section'] },
  },
  {
    rule: 'missing-table',
    name: 'section 四 with text but no table',
    text: withoutLines(withLine(rows2019, 61, '本年度未发生行政复议、行政诉讼。'), 62, 64),
    underlines: ['四、政府信息公开行政复议、行政诉讼情况'],
    fix: { newText: /结果维持/, safe: false },
  },
  {
    rule: 'image-table',
    name: '表四 pasted as a picture',
    text: withoutLines(withLine(rows2019, 61, '[image: ]'), 62, 64),
    underlines: ['[image: ]'],
    fix: { newText: /^行政复议/, safe: false },
  },
  {
    rule: 'section-order',
    name: 'a heading numbered other than its content',
    text: swap(rows2019, '五、存在的主要问题及改进情况', '七、存在的主要问题及改进情况'),
    underlines: ['七、存在的主要问题及改进情况'],
    fix: { newText: /^五$/, safe: false },
  },
  {
    rule: 'section-order',
    name: 'sections out of order',
    text: swap(rows2019, '二、主动公开政府信息情况', '四、政府信息公开行政复议情况说明').replace(
      '四、政府信息公开行政复议、行政诉讼情况',
      '二、主动公开政府信息情况',
    ),
    underlines: ['三、收到和处理政府信息公开申请情况', '二、主动公开政府信息情况'],
  },
  {
    rule: 'heading-sequence',
    name: 'a skipped sub-heading number',
    text: swap(rows2019, '（二）改进情况', '（三）改进情况'),
    underlines: ['（三）'],
    message: /跳号，应为（二）/,
    fix: { newText: /^（二）$/, safe: false },
  },
  {
    rule: 'heading-sequence',
    name: 'a repeated sub-heading: the fix renumbers the ones after it too',
    // As in corpus 004: （一）（二）（二）（三）.
    text: swap(rows2019, '（二）改进情况', '（二）其他问题\n（二）改进情况\n（三）下一步打算'),
    underlines: ['（二）'],
    message: /重复，应为（三）/,
    fix: { newText: /^（三）$/, safe: false },
  },
  {
    rule: 'problems-none',
    name: 'section 五 that says only 无',
    text: swap(rows2019, '（一）存在的主要问题\n公开形式较为单一。\n（二）改进情况\n1.加强培训。\n2.完善机制。', '无。'),
    underlines: ['五、存在的主要问题及改进情况'],
    message: /^第五部分只写了“无。”/,
  },
  {
    rule: 'placeholder-text',
    name: 'template text left in the title and the prose, but not the xx of a web address',
    text: swap(swap(rows2019, '示例区人民政府2020年', 'XX区人民政府2020年'), '依法办理申请。', '依法办理申请（文字描述），详见www.xx.gov.cn。'),
    underlines: ['XX', '（文字描述）'],
    message: /^“XX”是模板中待填写的占位文字$/,
  },
  {
    rule: 'prose-sum',
    name: 'the parts after 其中 add up to more than the total',
    text: swap(rows2019, '工作动态90条', '工作动态95条'),
    underlines: ['120'],
    message: /“其中”所列各项之和 30 \+ 95 = 125条（计算值），超过总数 120条/,
  },
  {
    rule: 'prose-table',
    name: 'prose that disagrees with 表四',
    text: swap(rows2019, '四、政府信息公开行政复议、行政诉讼情况', '四、政府信息公开行政复议、行政诉讼情况\n本年度被申请行政复议2件。'),
    underlines: ['2'],
    message: /正文写明行政复议2件，但表四合计为 1/,
  },
  {
    rule: 'prose-table',
    name: 'prose whose count of applications received disagrees with 表三',
    text: swap(rows2019, '依法办理申请。', '全年共收到政府信息公开申请 6 件，上年结转申请 1 件。'),
    underlines: ['6'],
    message: /正文写明本年新收 6件，但表三“一、本年新收政府信息公开申请数量”的总计为 5/,
  },
  {
    rule: 'prose-table',
    name: 'a count of applications after 其中, or of one office receiving for another, is not the total',
    text: swap(rows2019, '依法办理申请。', '全年共收到政府信息公开申请 6 件，其中区政府办共收到申请 3 件；区政府办代表区政府共受理申请 2 件。全年共受理申请 7 件。'),
    underlines: ['6', '7'],
  },
  {
    rule: 'prose-table',
    name: 'a sentence wrapped across lines (as PDF text breaks it) is read whole; a line that ends a sentence ends it',
    text: swap(rows2019, '依法办理申请。', '依法办理申请。全年共收到政府信息\n公开申请 6 件。\n上年结转申请 1 件。'),
    underlines: ['6'],
  },
  {
    rule: 'prose-year',
    name: 'a sentence on last year’s work left in, while references to earlier years pass',
    text: swap(rows2019, '全年主动公开政府信息。', '2019年，我区全年主动公开政府信息，较2019年有所增加。本区2019年度共发布信息100条。2019年以来，持续推进。'),
    underlines: ['2019', '2019'],
    message: /^本报告为 2020 年度，此句却以 2019 年叙述本年度工作/,
  },
  {
    rule: 'fee-report',
    name: 'a 2021-format report whose section 六 says nothing of fees',
    text: swap(rows2021, '本年度未收取信息处理费。', '无。'),
    underlines: ['六、其他需要报告的事项'],
  },
  {
    rule: 'format-version',
    name: 'a 2021 header in a 2019 table',
    text: withLine(rows2019, 14, '信息内容\t本年制发件数\t本年废止件数\t现行有效件数'),
    underlines: ['本年制发件数'],
    message: /表二混用了两个格式版本/,
  },
  {
    rule: 'format-version',
    name: 'last year’s format in a report on 2022',
    text: swap(swap(swap(rows2019, '2020年政府信息公开工作年度报告', '2022年政府信息公开工作年度报告'), '2020年，本区', '2022年，本区'), '六、其他需要报告的事项\n无。', '六、其他需要报告的事项\n本年度未收取信息处理费。'),
    underlines: ['本年新制作数量', '（六）其他处理'],
    message: /表二使用的是 2019 年格式，2022 年度报告应使用 2021 年格式/,
    // The rewrite in the 2021 format leaves the cells that format adds blank, for the drafter to fill.
    fix: { safe: false, allowNew: ['blank-cell'] },
  },
  {
    rule: 'unreadable-table',
    name: 'a row that lost its label where two official rows are missing: placed nowhere, said once',
    text: swap(
      rows2021,
      '\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t1\t0\t0\t0\t0\t0\t1\n\t（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0\n',
      '\t\t\t1\t0\t0\t0\t0\t0\t1\n',
    ),
    underlines: ['1'],
    message: /^表三无法可靠读取：部分行缺少行名，无法确定其在官方表格中的位置；未核对该表的勾稽关系$/,
  },
];
