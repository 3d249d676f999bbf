import zhCN from '../../../l10n/bundle.l10n.zh-cn.json';

/**
 * Message language of the core. Messages are written in English in the code and
 * translated by `l10n/bundle.l10n.zh-cn.json`, the bundle VS Code itself loads
 * for the extension, so the editor, the server and the CLI say the same words.
 */
export type Language = 'zh-cn' | 'en';

/** Chinese first: anything that is not explicitly English reads Chinese. */
export function resolveLanguage(locale: string | undefined): Language {
  return locale && /^en\b|^en[-_]/i.test(locale) ? 'en' : 'zh-cn';
}

let current: Language | undefined;
/** The message bundle of the current language, by English message; empty for English. */
let bundle: Readonly<Record<string, string>> = {};
/** Each message of the current language split at its `{n}` placeholders: even items text, odd items argument numbers. */
let templates = new Map<string, (string | number)[]>();

export function useLanguage(language: Language): void {
  if (language === current) return;
  bundle = language === 'zh-cn' ? zhCN : {};
  templates = new Map();
  current = language;
}

export function currentLanguage(): Language {
  return current!;
}

/** A text written in both languages (a rule's title, its description), in the current one. */
export function localized(text: { zh: string; en: string }): string {
  return text[current === 'en' ? 'en' : 'zh'];
}

/** Runs `fn` with messages in `language`, then back to the language before (for text in both, as the doc pages). */
export function inLanguage<T>(language: Language, fn: () => T): T {
  const was = currentLanguage();
  useLanguage(language);
  try {
    return fn();
  } finally {
    useLanguage(was);
  }
}

useLanguage('zh-cn');

/**
 * The message in the current language, `{0}`, `{1}`… replaced by the arguments.
 * The same as `@vscode/l10n`'s `t` for the positional form the code uses, but
 * each message is split once, not matched by a regular expression at every call:
 * a draft with a hundred blank cells formats a hundred messages on each keystroke.
 */
export function t(message: string, ...args: (string | number | boolean)[]): string {
  const translated = bundle[message] || message;
  if (args.length === 0) return translated;
  let parts = templates.get(message);
  if (!parts) {
    parts = translated.split(/\{(\d+)\}/).map((part, i) => (i % 2 ? Number(part) : part));
    templates.set(message, parts);
  }
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    // An argument that is not given leaves its placeholder as written, as @vscode/l10n does.
    out += typeof part === 'string' ? part : String(args[part] ?? `{${part}}`);
  }
  return out;
}
