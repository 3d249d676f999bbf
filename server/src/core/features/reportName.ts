/**
 * Whether a file's name says it is a report (`2024年政府信息公开年报.txt`, `annual-report.md`,
 * `x.govreport.txt`): what is left to go by when its text cannot be read.
 */
export function nameSaysReport(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return REPORT_NAME.test(name);
}

const REPORT_NAME = /报告|年报|report/i;
