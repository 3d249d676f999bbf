import type { Cell, Report } from '../model/report';
import { APPLICATION_TOTAL, REVIEW_CELL_COUNT, REVIEW_COLUMNS, type ApplicationRowKey } from '../model/schema';

/** The figures a reviewer compares across a folder of reports, as written (a blank cell: empty). */
export interface KeyFigures {
  /** The 总计 column of 表三: 本年新收, 上年结转, （七）总计, 结转下年度. */
  received: string;
  carriedOver: string;
  resultTotal: string;
  carriedForward: string;
  /** The 总计 of each group of 表四: 行政复议, 行政诉讼 未经复议直接起诉, 复议后起诉. */
  reviewTotal: string;
  suitTotal: string;
  suitAfterReviewTotal: string;
}

export function keyFigures(report: Report): KeyFigures {
  const application = (key: ApplicationRowKey) => written(report.applications?.rows.find((r) => r.def.key === key)?.values[APPLICATION_TOTAL]);
  const values = report.reviews?.values.length === REVIEW_CELL_COUNT ? report.reviews.values : [];
  const review = (group: number) => written(values[group * REVIEW_COLUMNS.length + REVIEW_COLUMNS.length - 1]);
  return {
    received: application('received'),
    carriedOver: application('carriedOver'),
    resultTotal: application('resultTotal'),
    carriedForward: application('carriedForward'),
    reviewTotal: review(0),
    suitTotal: review(1),
    suitAfterReviewTotal: review(2),
  };
}

/** A number as its value (`１２` → `12`), anything else as written. */
function written(cell: Cell | undefined): string {
  if (!cell) return '';
  return cell.value.kind === 'number' ? String(cell.value.value) : cell.text;
}
