import type { ApplicationRow, ApplicationTable, Cell, Section } from '../model/report';
import { APPLICATION_COLUMNS, APPLICATION_ROWS, type ApplicationRowDef } from '../model/schema';
import { normalizeLabel } from './normalize';
import { takeValues } from './takeValues';

/** Header rows name the columns; they hold `总计` too, which must not be read as （七）总计. */
const HEADER_WORDS = new Set(['申请人情况', '自然人', '法人或其他组织', '商业企业', ...APPLICATION_COLUMNS.slice(1, 5)]);

function rowDefFor(label: string): ApplicationRowDef | undefined {
  const n = normalizeLabel(label);
  return APPLICATION_ROWS.find((d) => d.match.test(n));
}

/**
 * 表三: rows are found by their label text, wherever the merged label cells put
 * it, and their seven numbers are the cells after the label.
 */
export function readApplicationTable(section: Section): ApplicationTable | undefined {
  const rows: ApplicationRow[] = [];
  for (const row of section.rows) {
    const { cells } = row;
    if (cells.some((c) => c.value.kind === 'text' && (HEADER_WORDS.has(normalizeLabel(c.text)) || c.text.includes('勾稽关系')))) continue;
    let labelIndex = -1;
    let def: ApplicationRowDef | undefined;
    for (let i = cells.length - 1; i >= 0 && !def; i--) {
      if (cells[i].value.kind !== 'text') continue;
      def = rowDefFor(cells[i].text);
      if (def) labelIndex = i;
    }
    if (!def) continue;
    const label: Cell = cells[labelIndex];
    const { values, extra } = takeValues(cells.slice(labelIndex + 1), APPLICATION_COLUMNS.length);
    rows.push({ row, key: def.key, label, values, extra });
  }
  return rows.length ? { section, rows } : undefined;
}
