import { totalRule } from './totalRule';

export const reviewTotal = totalRule(
  'review-total',
  { zh: '复议诉讼总计不符', en: 'Review total mismatch' },
  {
    zh: '表四中行政复议、未经复议直接起诉的行政诉讼、复议后起诉的行政诉讼三组，各组“总计”应等于结果维持、结果纠正、其他结果、尚未审结四项之和。五个单元格中任何一个填错都会使总计不符，无法判断是哪一个，因此在总计单元格报告。',
    en: 'In table 四, each of the three groups (行政复议 and the two kinds of 行政诉讼) has a 总计 that must equal 结果维持 + 结果纠正 + 其他结果 + 尚未审结. Any of the five cells could be the wrong one, so the break is reported at the 总计 cell.',
  },
);
