/** Each rule's documentation page, as diagnostics link to it (`codeDescription`). */
export function ruleDocUrl(id: string): string {
  return `https://github.com/govreport/govreport/blob/main/docs/rules/${id}.md`;
}
