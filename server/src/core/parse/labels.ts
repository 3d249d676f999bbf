import { normalizeLabel } from './normalize';

/** The line that opens a group of 表二: `第二十条第（五）项`, with any blanks inside. */
export const GROUP_LABEL = /第二十条第[（(]([一二三四五六七八九十]+)[)）]项/;

export function isGroupLabel(text: string): boolean {
  return GROUP_LABEL.test(normalizeLabel(text));
}
