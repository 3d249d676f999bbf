import { totalRule } from './totalRule';

export const resultTotal = totalRule(
  'result-total',
  { zh: '办理结果总计不符', en: 'Result total mismatch' },
  {
    zh: '表三“（七）总计”每一列应等于本年度办理结果各项之和：（一）予以公开、（二）部分公开、（三）至（五）的各小项，以及（六）其他处理（2021 版为其三个小项）。只有一个单元格能解释不符时，由 wrong-cell 在该单元格报告；此规则报告的是没有单一单元格能解释的不符，数字均按表中所填列出。',
    en: 'In table 三, each column of （七）总计 must equal the sum of this year’s outcomes: （一）, （二）, every item of （三） to （五）, and （六） (its three items in the 2021 format). When a single cell explains the break, wrong-cell reports it at that cell; this rule reports breaks no single cell explains, with the numbers as written.',
  },
);
