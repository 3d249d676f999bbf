import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const BUILT_CLI = path.resolve(__dirname, '../../dist/cli.js');

export interface CliRun {
  /** The exit code; null when the run was killed (see `signal`). */
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Runs the built checker (`node dist/cli.js …`) in Chinese, killed after
 * `timeoutMs`. Its output goes through a file, not a pipe buffer, so a 50 MB
 * JSON report of a 10 MB draft is read whole. `uid`/`gid` run it as another
 * user (only root may ask), to meet permissions that root itself ignores.
 * `input` is its standard input, `cwd` the folder it runs in, `nodeArgs` options for node itself
 * (`--require` a module that makes faults happen).
 */
export function runCli(
  args: readonly string[],
  options: { timeoutMs?: number; uid?: number; gid?: number; input?: string; cwd?: string; nodeArgs?: readonly string[] } = {},
): CliRun {
  const dir = mkdtempSync(path.join(tmpdir(), 'govreport-cli-out-'));
  try {
    const outFile = path.join(dir, 'stdout');
    const out = openSync(outFile, 'w');
    const start = performance.now();
    const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BUILT_CLI, ...args], {
      stdio: [options.input === undefined ? 'ignore' : 'pipe', out, 'pipe'],
      input: options.input,
      cwd: options.cwd,
      encoding: 'utf8',
      timeout: Math.round(options.timeoutMs ?? 60_000),
      env: { ...process.env, LANG: 'zh_CN.UTF-8' },
      uid: options.uid,
      gid: options.gid,
    });
    const ms = performance.now() - start;
    closeSync(out);
    if (r.error && !r.signal) throw r.error;
    return { status: r.status, signal: r.signal, stdout: readFileSync(outFile, 'utf8'), stderr: r.stderr, ms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
