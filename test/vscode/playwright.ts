// playwright-core, loaded from the toolchain cache rather than node_modules (it is not a dependency
// of the project), with the few parts of its API that the code-server runner and the folder review test use.
import { playwrightCoreDir } from './toolchain';

export interface Browser {
  newPage(options: { viewport: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}

/** What the tests read of an element in the browser (a DOM Element there; this project has no DOM types). */
export interface PageElement {
  textContent: string | null;
  attributes: ArrayLike<{ name: string; value: string }>;
}

/** The page, or one of its frames (a webview is an iframe). */
export interface Frame {
  click(selector: string): Promise<void>;
  $$eval<T>(selector: string, pageFunction: (elements: PageElement[]) => T): Promise<T>;
}

export interface Page extends Frame {
  exposeFunction(name: string, callback: (...args: never[]) => unknown): Promise<void>;
  on(event: 'console', listener: (message: ConsoleMessage) => void): void;
  goto(url: string): Promise<unknown>;
  screenshot(options?: { path?: string; fullPage?: boolean }): Promise<Buffer>;
  /** The main frame and every iframe, nested ones too. */
  frames(): Frame[];
}

export interface ConsoleMessage {
  text(): string;
  args(): { evaluate<T>(pageFunction: (value: unknown) => T): Promise<T> }[];
}

interface PlaywrightCore {
  chromium: {
    launch(options: { executablePath: string; headless: boolean; args: string[] }): Promise<Browser>;
  };
}

export function loadPlaywrightCore(): PlaywrightCore {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a folder found at run time, not a package to import
  return require(playwrightCoreDir) as PlaywrightCore;
}
