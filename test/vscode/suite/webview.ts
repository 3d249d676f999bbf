// Reaching a webview's page from a test: the runner reads and clicks in it on request
// (../webviewRequests.ts), answering into the folder the screenshots go to. Only the code-server
// runner can; with test-electron (no page to drive) `canReachWebviews` is false.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { webviewAnswerFile, type ElementSummary, type WebviewAnswer, type WebviewRequest } from '../webviewRequests';
import { waitFor } from './waitFor';

const answers = process.env.GOVREPORT_SCREENSHOT_DIR;

export const canReachWebviews = answers !== undefined;

let requests = 0;

async function ask(action: WebviewRequest['action'], selector: string): Promise<ElementSummary[]> {
  if (!answers) throw new Error('this runner cannot reach webviews');
  const request: WebviewRequest = { id: `${process.pid}-${requests++}`, action, selector };
  const file = path.join(answers, webviewAnswerFile(request.id));
  console.log(`@@webview ${JSON.stringify(request)}`);
  await waitFor(() => fs.existsSync(file), `the runner's answer to ${action} ${selector}`);
  const answer = JSON.parse(fs.readFileSync(file, 'utf8')) as WebviewAnswer;
  fs.rmSync(file);
  if (!answer.ok) throw new Error(answer.error);
  return answer.elements;
}

/** The elements of any webview the selector matches, now (none when it is not drawn yet). */
export function queryWebview(selector: string): Promise<ElementSummary[]> {
  return ask('query', selector);
}

/** Clicks the first element of any webview the selector matches, as a mouse would. */
export function clickInWebview(selector: string): Promise<ElementSummary[]> {
  return ask('click', selector);
}

/** The matching elements once there are some: a webview draws after its messages arrive. */
export async function waitForWebview(selector: string, what: string, timeoutMs = 20_000): Promise<ElementSummary[]> {
  let found: ElementSummary[] = [];
  await waitFor(() => found.length > 0, what, timeoutMs, async () => {
    found = await queryWebview(selector);
  });
  return found;
}
