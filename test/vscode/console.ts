// Turns a message of the workbench page's console back into the line that was printed.
// The workbench logs (and re-logs the extension host's console.log) as
// `console.log('%c INFO', '<css>', format, ...args)`; Playwright's message.text() only joins those
// with spaces, which leaves mocha's `%d passing (%s)` unfilled. Node's util.format fills them in.
import * as util from 'node:util';
import type { ConsoleMessage } from './playwright';

export async function formatConsoleMessage(message: ConsoleMessage): Promise<string> {
  // An Error reaches Node as its stack; anything else as its JSON value.
  const args = await Promise.all(
    message.args().map((arg) => arg.evaluate((value) => (value instanceof Error ? String(value.stack) : value))),
  ).catch(() => []); // the page is closing
  if (args.length === 0) return message.text(); // the browser's own messages, such as failed loads

  const [first, second, ...rest] = args;
  if (typeof first === 'string' && first.startsWith('%c') && typeof second === 'string') {
    const level = first.slice(2).trim(); // INFO, WARN, ERR, ...
    const line = util.format(...rest);
    return level === 'INFO' ? line : `${level} ${line}`;
  }
  return util.format(...args);
}
