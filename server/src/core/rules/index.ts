import { blankCell } from './blankCell';
import { carriedOver } from './carriedOver';
import { columnBalance } from './columnBalance';
import { columnCount } from './columnCount';
import { copiedText } from './copiedText';
import { documentCount } from './documentCount';
import { countValue } from './countValue';
import { emptySection } from './emptySection';
import { feeReport } from './feeReport';
import { formatVersion } from './formatVersion';
import { headingSequence } from './headingSequence';
import { imageTable } from './imageTable';
import { itemChange } from './itemChange';
import { malformedNumber } from './malformedNumber';
import { missingRow } from './missingRow';
import { missingSection } from './missingSection';
import { missingTable } from './missingTable';
import { placeholderText } from './placeholderText';
import { problemsNone } from './problemsNone';
import { proseSum } from './proseSum';
import { proseTable } from './proseTable';
import { proseYear } from './proseYear';
import { resultTotal } from './resultTotal';
import { reviewTotal } from './reviewTotal';
import { rowTotal } from './rowTotal';
import type { Rule } from './rule';
import { sectionOrder } from './sectionOrder';
import { unreadableTable } from './unreadableTable';
import { wrongCell } from './wrongCell';

/** Every rule, in the order the README lists them. */
export const RULES: readonly Rule[] = [
  wrongCell,
  rowTotal,
  resultTotal,
  columnBalance,
  reviewTotal,
  carriedOver,
  documentCount,
  copiedText,
  itemChange,
  blankCell,
  malformedNumber,
  countValue,
  columnCount,
  missingRow,
  unreadableTable,
  emptySection,
  missingSection,
  missingTable,
  sectionOrder,
  headingSequence,
  imageTable,
  formatVersion,
  feeReport,
  problemsNone,
  placeholderText,
  proseSum,
  proseTable,
  proseYear,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
