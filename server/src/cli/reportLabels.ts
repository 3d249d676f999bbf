import { t } from '../core/index';
import type { ReportFacts } from './fileResult';

/** `2019 版格式`, `2019/2021 版格式混用` or `未识别格式版本`: the format version a report's tables are in. */
export function formatLabel(format: ReportFacts['format']): string {
  return format === 'mixed' ? t('Mixed 2019/2021 format') : format ? t('{0} format', format) : t('Format not recognised');
}
