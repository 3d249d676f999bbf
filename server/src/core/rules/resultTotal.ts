import { totalRule } from './totalRule';

export const resultTotal = totalRule('result-total', {
  zh: '表三“（七）总计”每一列应等于本年度办理结果各项之和：（一）予以公开、（二）部分公开、（三）至（五）的各小项，以及（六）其他处理（2021 版为其三个小项）。',
  en: 'In table 三, each column of （七）总计 must equal the sum of this year’s outcomes: （一）, （二）, every item of （三） to （五）, and （六） (its three items in the 2021 format).',
});
