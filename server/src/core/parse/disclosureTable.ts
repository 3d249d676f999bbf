import type { Cell, DisclosureGroup, DisclosureTable, Section } from '../model/report';
import { chineseNumeralValue, DISCLOSURE_GROUPS, DISCLOSURE_ROW_NAMES, FORMAT_VERSIONS } from '../model/schema';
import { GROUP_LABEL } from './labels';
import { normalizeLabel } from './normalize';

const OFFICIAL_GROUPS = FORMAT_VERSIONS.flatMap((v) => DISCLOSURE_GROUPS[v]);

/** The official group of 表二 each row name belongs to, for rows written without a group line (the first version's). */
const ITEM_OF_ROW = new Map<string, number>();
for (const g of OFFICIAL_GROUPS) for (const name of g.rows) if (!ITEM_OF_ROW.has(name)) ITEM_OF_ROW.set(name, g.item);

/** The official groups by their first column's header, as normalizeLabel writes it. */
const GROUPS_BY_FIRST_COLUMN = new Map<string, { item: number; width: number }[]>();
for (const g of OFFICIAL_GROUPS) {
  const first = normalizeLabel(g.columns[0].name);
  GROUPS_BY_FIRST_COLUMN.set(first, [...(GROUPS_BY_FIRST_COLUMN.get(first) ?? []), { item: g.item, width: g.columns.length }]);
}

/**
 * The item whose official header a header row writes (`本年制发件数…` is 第（一）项);
 * undefined when several items share it (`本年处理决定数量` heads 第（五）and（六）项).
 */
function itemOfColumns(columns: readonly Cell[]): number | undefined {
  const items = new Set(GROUPS_BY_FIRST_COLUMN.get(columns[0] ? normalizeLabel(columns[0].text) : '')?.map((g) => g.item));
  return items.size === 1 ? [...items][0] : undefined;
}

/**
 * The group a row or header of `item` belongs to: the current one when it is of
 * that item; else the one of that item the draft already opened (a converter
 * may put a group's line in one place and its table in another); else a new
 * implicit group, as for rows written without group lines.
 */
function groupFor(groups: DisclosureGroup[], current: DisclosureGroup | undefined, item: number | undefined): DisclosureGroup | undefined {
  if (item === undefined || current?.item === item) return current;
  let group = groups.find((g) => g.item === item && g.rows.length === 0);
  if (!group) {
    group = { item, columns: [], rows: [] };
    groups.push(group);
  }
  return group;
}

/**
 * How many value columns a group has: as many as its header names, or as the
 * official group that header begins, if more (a PDF may wrap the last header
 * cell onto a line of its own); without a header, the most either version has.
 */
function columnCount(group: DisclosureGroup): number {
  if (group.columns.length === 0) return defaultColumnCount(group.item);
  const official = GROUPS_BY_FIRST_COLUMN.get(normalizeLabel(group.columns[0].text))?.filter((g) => g.item === group.item) ?? [];
  return Math.max(group.columns.length, ...official.map((g) => g.width));
}

/** How many value columns a group has when its header row is missing. */
function defaultColumnCount(item: number): number {
  return Math.max(...FORMAT_VERSIONS.map((v) => DISCLOSURE_GROUPS[v].find((g) => g.item === item)?.columns.length ?? 0));
}

function rowName(label: string): string | undefined {
  const n = normalizeLabel(label);
  return DISCLOSURE_ROW_NAMES.find((name) => n === name || (n.startsWith(name) && !/^[\u4e00-\u9fa5]/.test(n.slice(name.length))));
}

/** 表二: group lines `第二十条第（N）项`, header rows `信息内容 …`, then one row per item. */
export function readDisclosureTable(section: Section): DisclosureTable | undefined {
  const groups: DisclosureGroup[] = [];
  let group: DisclosureGroup | undefined;
  for (const row of section.rows) {
    const filled = row.cells.filter((c) => c.value.kind !== 'blank');
    if (filled.length === 0) continue;
    const groupCell = filled.find((c) => c.value.kind === 'text' && GROUP_LABEL.test(normalizeLabel(c.text)));
    if (groupCell) {
      const item = chineseNumeralValue(GROUP_LABEL.exec(normalizeLabel(groupCell.text))![1]);
      group = { item, label: groupCell, columns: [], rows: [] };
      groups.push(group);
      continue;
    }
    const first = filled[0];
    const firstIndex = row.cells.indexOf(first);
    if (normalizeLabel(first.text) === '信息内容') {
      const columns = row.cells.slice(firstIndex + 1).filter((c) => c.value.kind !== 'blank');
      group = groupFor(groups, group, itemOfColumns(columns) ?? group?.item);
      if (group) group.columns = columns;
      continue;
    }
    const name = first.value.kind === 'text' ? rowName(first.text) : undefined;
    if (!name) continue;
    group = groupFor(groups, group, ITEM_OF_ROW.get(name))!;
    const width = columnCount(group);
    const cells = row.cells.slice(firstIndex + 1);
    let end = cells.length;
    while (end > width && cells[end - 1].value.kind === 'blank') end--;
    group.rows.push({
      row,
      label: first,
      name,
      values: cells.slice(0, Math.min(width, end)),
      extra: cells.slice(width, end),
    });
  }
  return groups.length ? { section, groups } : undefined;
}
