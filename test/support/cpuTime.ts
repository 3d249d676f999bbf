/**
 * Milliseconds of CPU this process spends on `work`. Unlike wall time, it is
 * not stretched by other work on a busy machine, so time bounds in tests hold.
 */
export function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
