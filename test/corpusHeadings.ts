// Kept apart from corpus.ts, which reads the corpus folder: the VS Code suite, bundled elsewhere, imports this too.
/** The six section headings of corpus 000, as written there, in order. */
export const SECTION_HEADINGS_000: readonly string[] = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
  '五、政府信息公开工作存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];
