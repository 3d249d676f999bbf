/**
 * The documents the language server sees: the `govreport` language, and `.txt`
 * and `.md` files, which the server checks only if they look like a report.
 * Only real and untitled files: not the `git:` copies a diff view opens.
 */
export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'govreport' },
  { scheme: 'untitled', language: 'govreport' },
  { scheme: 'file', language: 'plaintext', pattern: '**/*.txt' },
  { scheme: 'untitled', language: 'plaintext' },
  { scheme: 'file', language: 'markdown' },
  { scheme: 'untitled', language: 'markdown' },
];
