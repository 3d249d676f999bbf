import type { Cell, Report } from '../model/report';
import { APPLICATION_TOTAL } from '../model/schema';
import { applicationRows, reviewGroups } from './tableRows';

/** The rule that reports an identity when no single cell explains its break. */
export type IdentityKind = 'row-total' | 'result-total' | 'column-balance' | 'review-total';

/**
 * One identity of the tables (FORMAT.md, 勾稽关系): Σ left = Σ right. For a
 * total, left is the total alone and right its parts; for a balance, left is
 * 一 + 二 and right （七）总计 + 四.
 */
export interface Identity {
  kind: IdentityKind;
  left: readonly Cell[];
  right: readonly Cell[];
  /** Where a finding about this identity alone is shown: the total; for a balance, 四 (结转), the number drafters forget to update. */
  anchor: Cell;
  /** How messages and hover name it: `行总计`, `（七）总计`, `一 + 二 = （七） + 四`. */
  label: string;
  /** The column of 表三 a result total or balance is about; for a row total, 总计; for 表四, the group. */
  column: number;
}

export function isSum(identity: Identity): boolean {
  return identity.kind !== 'column-balance';
}

export function cellsOf(identity: Identity): Cell[] {
  return [...identity.left, ...identity.right];
}

/**
 * Every identity of 表三 and 表四, for all seven columns including 总计. A table
 * that could not be read with certainty gets none: a sum over a guess is a guess.
 */
export function identitiesOf(report: Report): Identity[] {
  return [...applicationIdentities(report), ...reviewIdentities(report)];
}

function applicationIdentities(report: Report): Identity[] {
  if (!report.applications || report.applications.uncertain) return [];
  const rows = applicationRows(report);
  const row = (key: string) => rows.find((r) => r.def.key === key)?.values;
  const results = rows.filter((r) => r.def.result).map((r) => r.values);
  const resultTotal = row('resultTotal');
  const out: Identity[] = [];
  for (const { values } of rows) {
    const total = values[APPLICATION_TOTAL];
    out.push({ kind: 'row-total', left: [total], right: values.slice(0, APPLICATION_TOTAL), anchor: total, label: '行总计', column: APPLICATION_TOTAL });
  }
  if (resultTotal && results.length) {
    resultTotal.forEach((cell, c) =>
      out.push({ kind: 'result-total', left: [cell], right: results.map((r) => r[c]), anchor: cell, label: '（七）总计', column: c }),
    );
  }
  const [received, carriedOver, carriedForward] = (['received', 'carriedOver', 'carriedForward'] as const).map(row);
  if (received && carriedOver && resultTotal && carriedForward) {
    received.forEach((_, c) =>
      out.push({
        kind: 'column-balance',
        left: [received[c], carriedOver[c]],
        right: [resultTotal[c], carriedForward[c]],
        anchor: carriedForward[c],
        label: '一 + 二 = （七） + 四',
        column: c,
      }),
    );
  }
  return out;
}

function reviewIdentities(report: Report): Identity[] {
  if (!report.reviews || report.reviews.uncertain) return [];
  return reviewGroups(report).map((cells, g) => {
    const total = cells[cells.length - 1];
    return { kind: 'review-total', left: [total], right: cells.slice(0, -1), anchor: total, label: '总计', column: g };
  });
}
