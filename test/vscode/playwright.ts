// playwright-core, loaded from the toolchain cache rather than node_modules (it is not a dependency
// of the project), with the few parts of its API that the code-server runner and the folder review test use.
import { playwrightCoreDir } from './toolchain';

export interface Browser {
  newPage(options: { viewport: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}

export interface Page {
  exposeFunction(name: string, callback: (...args: never[]) => unknown): Promise<void>;
  on(event: 'console', listener: (message: ConsoleMessage) => void): void;
  goto(url: string): Promise<unknown>;
  screenshot(options?: { path?: string; fullPage?: boolean }): Promise<Buffer>;
  click(selector: string): Promise<void>;
  $$eval<T>(selector: string, pageFunction: (elements: { textContent: string | null }[]) => T): Promise<T>;
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
