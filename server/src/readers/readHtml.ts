import type { ReadReport } from './reportText';

export function readHtml(bytes: Uint8Array): ReadReport {
  throw new Error('todo' + bytes.length);
}
