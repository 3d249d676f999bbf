import type { Report } from '../model/report';
import { squeeze } from './normalize';

const YEAR = /(?:19|20)\d{2}年度?/;
const KIND = '政府信息公开';

/**
 * The agency a report is from, as its title names it, blanks removed; undefined
 * when the title names none. Two years' reports of one agency share it.
 */
export function agencyOf(report: Pick<Report, 'title'>): string | undefined {
  return report.title && agencyIn(report.title.text);
}

/**
 * The agency a title names: between the year and 政府信息公开 when the title
 * opens with the year (`2024年上海市科委政府信息公开…` → `上海市科委`), else
 * before the year (`天津滨海高新技术产业开发区2020年度…`), or before
 * 政府信息公开 when the title has no year.
 */
export function agencyIn(text: string): string | undefined {
  const title = squeeze(text);
  const year = YEAR.exec(title);
  const kind = title.indexOf(KIND);
  if (!year) return title.slice(0, kind >= 0 ? kind : undefined) || undefined;
  const afterYear = year.index + year[0].length;
  const between = kind > afterYear ? title.slice(afterYear, kind) : '';
  return between || title.slice(0, year.index) || undefined;
}
