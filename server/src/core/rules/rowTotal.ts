import { totalRule } from './totalRule';

export const rowTotal = totalRule(
  'row-total',
  { zh: '行总计不符', en: 'Row total mismatch' },
  {
    zh: '表三每一行的“总计”应等于自然人与五类法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）之和。总计与各列之和不符，是审核退回年度报告最常见的原因。只有一个单元格能解释不符时，由 wrong-cell 在该单元格报告；此规则报告的是没有单一单元格能解释的不符，数字均按表中所填列出。',
    en: 'In table 三, each row’s 总计 (total) must equal 自然人 plus the five kinds of 法人或其他组织. A total that does not match its row is the most common reason a reviewer sends a report back. When a single cell explains the break, wrong-cell reports it at that cell; this rule reports breaks no single cell explains, with the numbers as written.',
  },
);
