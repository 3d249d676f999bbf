/**
 * Polls `condition` until it holds; VS Code does much of its work (activation, diagnostics) asynchronously.
 * `refresh`, if given, runs before each look, for state that must be asked for (a command's answer).
 */
export async function waitFor(
  condition: () => boolean,
  what: string,
  timeoutMs = 10_000,
  refresh?: () => Promise<void>,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await refresh?.();
    if (condition()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
