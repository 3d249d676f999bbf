// The tests' requests to the workbench's webviews. A webview's page is an iframe of the browser
// page, which belongs to the runner: the extension host, where the tests run, cannot reach it. As
// with screenshots (suite/screenshot.ts), a test prints `@@webview {"id", "action", "selector"}`;
// the runner finds the frame holding an element the selector matches, clicks it or only reads
// what matches, and writes the answer as <dir>/webview-<id>.json, which the test waits for
// (suite/webview.ts).
import type { Page } from './playwright';

export interface WebviewRequest {
  id: string;
  /** `query` reads the matching elements; `click` clicks the first, as a mouse would, and reads them too. */
  action: 'query' | 'click';
  selector: string;
}

/** An element as the test sees it: its text and its attributes. */
export interface ElementSummary {
  text: string;
  attributes: Record<string, string>;
}

export type WebviewAnswer = { ok: true; elements: ElementSummary[] } | { ok: false; error: string };

const REQUEST = /@@webview (\{.*\})/;

/** The answer to the request a console line carries, and the name of the file it goes into; undefined for any other line. */
export async function answerWebviewRequest(page: Page, line: string): Promise<{ file: string; answer: WebviewAnswer } | undefined> {
  const match = REQUEST.exec(line);
  if (!match) return undefined;
  const request = JSON.parse(match[1]) as WebviewRequest;
  const file = webviewAnswerFile(request.id);
  try {
    return { file, answer: { ok: true, elements: await perform(page, request) } };
  } catch (error) {
    return { file, answer: { ok: false, error: error instanceof Error ? error.message : String(error) } };
  }
}

export function webviewAnswerFile(id: string): string {
  return `webview-${id}.json`;
}

/** Nothing matching is an answer (the view may not be drawn yet: the test asks again); a click on nothing is an error. */
async function perform(page: Page, { action, selector }: WebviewRequest): Promise<ElementSummary[]> {
  for (const frame of page.frames()) {
    const elements = await frame
      .$$eval(selector, (found) => found.map((e) => ({ text: e.textContent ?? '', attributes: Object.fromEntries(Array.from(e.attributes, (a) => [a.name, a.value])) })))
      .catch(() => []); // a frame that is navigating or going away
    if (elements.length === 0) continue;
    if (action === 'click') await frame.click(selector);
    return elements;
  }
  if (action === 'click') throw new Error(`nothing in the page's frames matches ${selector}`);
  return [];
}
