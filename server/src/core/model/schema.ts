/**
 * The official report format (国办公开办函〔2019〕60号 and 〔2021〕30号): its six
 * sections and three tables. The parser recognises what it reads by these
 * definitions, and the table templates are rendered from them.
 */

export type FormatVersion = '2019' | '2021';
export const FORMAT_VERSIONS: readonly FormatVersion[] = ['2019', '2021'];

/** The format a report on `year` must use. */
export function versionForYear(year: number): FormatVersion {
  return year >= 2021 ? '2021' : '2019';
}

export type SectionId = 1 | 2 | 3 | 4 | 5 | 6;

export interface SectionDef {
  id: SectionId;
  numeral: string;
  title: string;
  /** Any of these in a `N、` line marks the heading; wording varies between drafts. */
  keywords: string[];
  /** The table this section must hold, if any. */
  table?: 2 | 3 | 4;
}

export const SECTIONS: readonly SectionDef[] = [
  { id: 1, numeral: '一', title: '总体情况', keywords: ['总体情况', '基本情况', '概述'] },
  { id: 2, numeral: '二', title: '主动公开政府信息情况', keywords: ['主动公开'], table: 2 },
  { id: 3, numeral: '三', title: '收到和处理政府信息公开申请情况', keywords: ['收到和处理', '依申请公开'], table: 3 },
  { id: 4, numeral: '四', title: '政府信息公开行政复议、行政诉讼情况', keywords: ['行政复议', '行政诉讼'], table: 4 },
  { id: 5, numeral: '五', title: '存在的主要问题及改进情况', keywords: ['主要问题', '改进情况', '整改'] },
  { id: 6, numeral: '六', title: '其他需要报告的事项', keywords: ['其他需要报告', '其他事项'] },
];

export const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** `三` → 3, `十二` → 12; 0 when not a numeral. */
export function chineseNumeralValue(s: string): number {
  if (s === '十') return 10;
  if (s.length === 1) return CHINESE_NUMERALS.indexOf(s) + 1;
  if (s.length === 2 && s[0] === '十') return 10 + CHINESE_NUMERALS.indexOf(s[1]) + 1;
  if (s.length === 2 && s[1] === '十') return (CHINESE_NUMERALS.indexOf(s[0]) + 1) * 10;
  return 0;
}

// ---------------------------------------------------------------- 表二

export type ColumnKind = 'count' | 'change' | 'money';

export interface DisclosureColumnDef {
  name: string;
  kind: ColumnKind;
  /** The unit the header states; a cell then must not carry another. */
  unit?: string;
}

export interface DisclosureGroupDef {
  item: number;
  columns: DisclosureColumnDef[];
  rows: string[];
}

const count = (name: string): DisclosureColumnDef => ({ name, kind: 'count' });
const PREVIOUS = count('上一年项目数量');
const CHANGE: DisclosureColumnDef = { name: '本年增/减', kind: 'change' };

export const DISCLOSURE_GROUPS: Record<FormatVersion, readonly DisclosureGroupDef[]> = {
  '2019': [
    { item: 1, columns: [count('本年新制作数量'), count('本年新公开数量'), count('对外公开总数量')], rows: ['规章', '规范性文件'] },
    { item: 5, columns: [PREVIOUS, CHANGE, count('处理决定数量')], rows: ['行政许可', '其他对外管理服务事项'] },
    { item: 6, columns: [PREVIOUS, CHANGE, count('处理决定数量')], rows: ['行政处罚', '行政强制'] },
    { item: 8, columns: [PREVIOUS, CHANGE], rows: ['行政事业性收费'] },
    { item: 9, columns: [count('采购项目数量'), { name: '采购总金额', kind: 'money' }], rows: ['政府集中采购'] },
  ],
  '2021': [
    { item: 1, columns: [count('本年制发件数'), count('本年废止件数'), count('现行有效件数')], rows: ['规章', '行政规范性文件'] },
    { item: 5, columns: [count('本年处理决定数量')], rows: ['行政许可'] },
    { item: 6, columns: [count('本年处理决定数量')], rows: ['行政处罚', '行政强制'] },
    { item: 8, columns: [{ name: '本年收费金额（单位：万元）', kind: 'money', unit: '万元' }], rows: ['行政事业性收费'] },
  ],
};

/** `第二十条第（五）项`: how the official 表二 heads the group of an item of 第二十条. */
export function disclosureItemLabel(item: number): string {
  return `第二十条第（${CHINESE_NUMERALS[item - 1]}）项`;
}

/** `规范性文件` (2019) and `行政规范性文件` (2021) name the same row of 表二; drafts use both in either version. */
export const SAME_DISCLOSURE_ROW: Readonly<Record<string, string>> = { 规范性文件: '行政规范性文件', 行政规范性文件: '规范性文件' };

/** Every row name of 表二 in either version, longest first so `行政规范性文件` wins over `规范性文件`. */
export const DISCLOSURE_ROW_NAMES: readonly string[] = [
  ...new Set(FORMAT_VERSIONS.flatMap((v) => DISCLOSURE_GROUPS[v].flatMap((g) => g.rows))),
].sort((a, b) => b.length - a.length);

// ---------------------------------------------------------------- 表三

export const APPLICATION_COLUMNS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'] as const;
/** Index of the 总计 column. */
export const APPLICATION_TOTAL = 6;

export type ApplicationRowKey =
  | 'received'
  | 'carriedOver'
  | 'granted'
  | 'partlyGranted'
  | 'secret'
  | 'forbiddenByLaw'
  | 'threeSecurities'
  | 'thirdParty'
  | 'internalAffairs'
  | 'processInfo'
  | 'enforcementFiles'
  | 'queryMatters'
  | 'notHeld'
  | 'needsCreating'
  | 'stillUnclear'
  | 'petition'
  | 'repeated'
  | 'publication'
  | 'massRepeated'
  | 'confirmation'
  | 'otherHandling'
  | 'overdueCorrection'
  | 'overdueFee'
  | 'otherHandlingOther'
  | 'resultTotal'
  | 'carriedForward';

export interface ApplicationRowDef {
  key: ApplicationRowKey;
  /** The label as the official table writes it. */
  label: string;
  /** The group label (`（三）不予公开`) written in a merged cell before the first item. */
  group?: string;
  /** Text that identifies the row in a label cell. */
  match: RegExp;
  /** Only in this version of the format; otherwise in both. */
  only?: FormatVersion;
  /** A 办理结果 row that （七）总计 sums. */
  result?: boolean;
}

const G3 = '（三）不予公开';
const G4 = '（四）无法提供';
const G5 = '（五）不予处理';
const G6 = '（六）其他处理';

export const APPLICATION_ROWS: readonly ApplicationRowDef[] = [
  { key: 'received', label: '一、本年新收政府信息公开申请数量', match: /本年新收/ },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量', match: /上年结转/ },
  { key: 'granted', label: '（一）予以公开', group: '三、本年度办理结果', match: /予以公开/, result: true },
  { key: 'partlyGranted', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', match: /部分公开/, result: true },
  { key: 'secret', label: '1.属于国家秘密', group: G3, match: /国家秘密/, result: true },
  { key: 'forbiddenByLaw', label: '2.其他法律行政法规禁止公开', match: /禁止公开/, result: true },
  { key: 'threeSecurities', label: '3.危及“三安全一稳定”', match: /三安全一稳定|危及/, result: true },
  { key: 'thirdParty', label: '4.保护第三方合法权益', match: /第三方/, result: true },
  { key: 'internalAffairs', label: '5.属于三类内部事务信息', match: /内部事务/, result: true },
  { key: 'processInfo', label: '6.属于四类过程性信息', match: /过程性/, result: true },
  { key: 'enforcementFiles', label: '7.属于行政执法案卷', match: /执法案卷/, result: true },
  { key: 'queryMatters', label: '8.属于行政查询事项', match: /查询事项/, result: true },
  { key: 'notHeld', label: '1.本机关不掌握相关政府信息', group: G4, match: /不掌握/, result: true },
  { key: 'needsCreating', label: '2.没有现成信息需要另行制作', match: /另行制作|没有现成/, result: true },
  { key: 'stillUnclear', label: '3.补正后申请内容仍不明确', match: /仍不明确|补正后/, result: true },
  { key: 'petition', label: '1.信访举报投诉类申请', group: G5, match: /信访/, result: true },
  { key: 'repeated', label: '2.重复申请', match: /重复申请/, result: true },
  { key: 'publication', label: '3.要求提供公开出版物', match: /出版物/, result: true },
  { key: 'massRepeated', label: '4.无正当理由大量反复申请', match: /大量反复/, result: true },
  { key: 'confirmation', label: '5.要求行政机关确认或重新出具已获取信息', match: /确认或重新出具/, result: true },
  { key: 'otherHandling', label: G6, match: /其他处理/, only: '2019', result: true },
  {
    key: 'overdueCorrection',
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    group: G6,
    match: /逾期不补正/,
    only: '2021',
    result: true,
  },
  {
    key: 'overdueFee',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    match: /收费通知|缴纳费用/,
    only: '2021',
    result: true,
  },
  { key: 'otherHandlingOther', label: '3.其他', match: /^\s*3\s*[.．、]?\s*其他\s*$/, only: '2021', result: true },
  { key: 'resultTotal', label: '（七）总计', match: /总计/ },
  { key: 'carriedForward', label: '四、结转下年度继续办理', match: /结转下年度/ },
];

export function applicationRowsFor(version: FormatVersion): ApplicationRowDef[] {
  return APPLICATION_ROWS.filter((r) => !r.only || r.only === version);
}

// ---------------------------------------------------------------- 表四

export const REVIEW_GROUPS = ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'] as const;
export const REVIEW_COLUMNS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] as const;
/** Fifteen numbers: three groups of five, the fifth of each the group's 总计. */
export const REVIEW_CELL_COUNT = REVIEW_GROUPS.length * REVIEW_COLUMNS.length;
