import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import { type Finding, type Severity } from '../core/index';
import { ruleDocUrl } from '../node/ruleDocs';
import type { Checked } from './documents';
import { misdecodedDiagnostic } from './misdecoded';
import { SOURCE, STATUS_NOTIFICATION, type DiagnosticData, type ReportStatus } from './protocol';


const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * A finding as LSP shows it; `data` carries its fixes for the code actions of the document
 * `version`. Without a version (a file checked on disk, not open) it carries none: a fix needs an open document.
 */
export function toDiagnostic(finding: Finding, uri: string, version?: number): Diagnostic {
  const data: DiagnosticData | undefined = version === undefined ? undefined : { version, fixes: finding.fixes };
  const href = ruleDocUrl(finding.rule);
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    ...(href && { codeDescription: { href } }),
    source: SOURCE,
    message: finding.message,
    relatedInformation: finding.related.map((r) => ({ location: { uri: r.file ? pathToFileURL(r.file).href : uri, range: r.range }, message: r.message })),
    ...(data && { data }),
  };
}

/**
 * Sends each check's diagnostics, then the `govreport/status` the client's
 * status item shows — only when it changed, as most keystrokes leave it as it was.
 */
export class ResultPublisher {
  private readonly lastStatus = new Map<string, string>();

  constructor(private readonly connection: Connection) {}

  publish({ uri, version, result, misdecoded }: Checked): void {
    const findings = result?.findings ?? [];
    const diagnostics = misdecoded ? [misdecodedDiagnostic()] : findings.map((f) => toDiagnostic(f, uri, version));
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
    const status: ReportStatus = {
      uri,
      isReport: result !== undefined,
      year: result?.report.year?.value,
      format: result?.report.format,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
    };
    const key = JSON.stringify(status);
    if (this.lastStatus.get(uri) === key) return;
    this.lastStatus.set(uri, key);
    void this.connection.sendNotification(STATUS_NOTIFICATION, status);
  }

  /** The document closed: clears its diagnostics if it had any. */
  close(uri: string, hadDiagnostics: boolean): void {
    this.lastStatus.delete(uri);
    if (hadDiagnostics) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
