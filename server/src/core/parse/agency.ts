import type { Report } from '../model/report';
import { squeeze } from './normalize';

/** Where the agency's name ends in a title: at the year, or at 政府信息公开 when the title has no year. */
const AGENCY_END = /(?:19|20)\d{2}年|政府信息公开/;

/**
 * The agency a report is from, as its title names it (`天津滨海高新技术产业开发区2020年度…`
 * → `天津滨海高新技术产业开发区`), blanks removed; undefined when the title names none.
 * Two years' reports of one agency share it.
 */
export function agencyOf(report: Pick<Report, 'title'>): string | undefined {
  if (!report.title) return undefined;
  const title = squeeze(report.title.text);
  const end = AGENCY_END.exec(title);
  return (end ? title.slice(0, end.index) : title) || undefined;
}
