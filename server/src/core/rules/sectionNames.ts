import { SECTIONS, type SectionId } from '../model/schema';

/** `三、收到和处理政府信息公开申请情况`: a section as the official format heads it. */
export function officialHeading(id: SectionId): string {
  const def = SECTIONS[id - 1];
  return `${def.numeral}、${def.title}`;
}

export const TABLE_NAMES: Record<2 | 3 | 4, string> = { 2: '表二', 3: '表三', 4: '表四' };
