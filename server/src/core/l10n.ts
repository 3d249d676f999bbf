import * as l10n from '@vscode/l10n';
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

export function useLanguage(language: Language): void {
  if (language === current) return;
  l10n.config({ contents: language === 'zh-cn' ? zhCN : {} });
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

export const t = l10n.t;
