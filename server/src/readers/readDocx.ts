import type { ReadReport } from './reportText';

export function readDocx(bytes: Uint8Array): ReadReport {
  throw new Error('todo' + bytes.length);
}
