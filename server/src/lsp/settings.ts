import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { type Config, type Language, mergeConfigs, parseConfig, resolveLanguage } from '../core/index';
import { loadConfigFor, type LoadedConfig } from '../node/configFile';

/** The `govreport.*` settings (package.json `contributes.configuration`), as the client sends them. */
interface EditorSettings {
  rules?: unknown;
  format?: unknown;
  language?: 'auto' | Language;
  detect?: boolean;
}

export interface DocumentSettings {
  /** The editor settings, overridden by the `.govreport.json` that applies, as the CLI reads it. */
  config: Config;
  /** Also check `.txt`/`.md` documents that look like reports, not only the `govreport` language. */
  detect: boolean;
}

/**
 * Reads settings through `workspace/configuration` when the client supports it,
 * else from what `didChangeConfiguration` pushed. Cached per document until
 * the settings or a `.govreport.json` change.
 */
export class Settings {
  private readonly byUri = new Map<string, Promise<DocumentSettings>>();
  private pushed: EditorSettings = {};

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
    /** The client's UI locale from `initialize`, for `govreport.language: auto`. */
    private readonly clientLocale: string | undefined,
    /** Each `.govreport.json` read, with its problems, to be shown on that file. */
    private readonly configRead: (loaded: LoadedConfig) => void,
  ) {}

  forDocument(uri: string): Promise<DocumentSettings> {
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.load(uri);
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  /** The message language the settings ask for. */
  async language(): Promise<Language> {
    const { language = 'auto' } = await this.editorSettings(undefined);
    return language === 'auto' ? resolveLanguage(this.clientLocale) : resolveLanguage(language);
  }

  /** After `didChangeConfiguration` (with the pushed settings, if any) or a `.govreport.json` change. */
  invalidate(pushed?: unknown): void {
    if (pushed && typeof pushed === 'object' && 'govreport' in pushed) {
      this.pushed = (pushed as { govreport: EditorSettings }).govreport ?? {};
    }
    this.byUri.clear();
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  private async load(uri: string): Promise<DocumentSettings> {
    const editor = await this.editorSettings(uri);
    const fromEditor = parseConfig({ rules: editor.rules, format: editor.format });
    for (const problem of fromEditor.problems) this.connection.console.warn(`govreport settings: ${problem.message}`);
    let config = fromEditor.config;
    if (uri.startsWith('file:')) {
      try {
        const loaded = loadConfigFor(fileURLToPath(uri));
        this.configRead(loaded);
        config = mergeConfigs(config, loaded.config);
      } catch (e) {
        this.connection.console.error(`govreport: no .govreport.json lookup for ${uri}: ${(e as Error).message}`);
      }
    }
    return { config, detect: editor.detect !== false };
  }

  private async editorSettings(uri: string | undefined): Promise<EditorSettings> {
    if (!this.canPull) return this.pushed;
    try {
      const settings: unknown = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'govreport' });
      return settings && typeof settings === 'object' ? (settings as EditorSettings) : {};
    } catch (e) {
      this.connection.console.error(`govreport: could not read the settings: ${(e as Error).message}`);
      return {};
    }
  }
}
