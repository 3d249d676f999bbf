import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import { readConfigFile, type LoadedConfig } from '../node/configFile';
import { SOURCE } from './protocol';

/**
 * The problems of each `.govreport.json` the server reads, published as
 * diagnostics on that file, open in the editor or not: a drafter whose rule
 * settings do nothing sees why in the Problems panel. Sent again only when they change.
 */
export class ConfigDiagnostics {
  /** Per configuration file, what was last published for it. */
  private readonly published = new Map<string, string>();

  constructor(private readonly connection: Connection) {}

  /** A configuration was read for a document. */
  publish({ file, problems }: LoadedConfig): void {
    if (file === undefined) return;
    const diagnostics: Diagnostic[] = problems.map((p) => ({
      range: p.range,
      severity: p.fatal ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      source: SOURCE,
      message: p.message,
    }));
    this.send(pathToFileURL(file).href, diagnostics);
  }

  /** A configuration file changed or went away: read it again, whichever documents use it. */
  refresh(uri: string): void {
    if (!this.published.has(uri)) return;
    const loaded = readConfigFile(fileURLToPath(uri));
    if (loaded) this.publish(loaded);
    else this.send(uri, []);
  }

  private send(uri: string, diagnostics: Diagnostic[]): void {
    const key = JSON.stringify(diagnostics);
    if ((this.published.get(uri) ?? '[]') === key) return;
    this.published.set(uri, key);
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }
}
