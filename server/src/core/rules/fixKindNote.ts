import { t } from '../l10n';
import type { FixKind } from './rule';

/** One sentence on what a rule's fixes are, for its help text and doc page. */
export function fixKindNote(kind: FixKind): string {
  switch (kind) {
    case 'safe':
      return t('Its safe fixes change no value and are applied by `govreport check --fix` and fix-all; any others are offered in the editor only.');
    case 'unsafe':
      return t('Its fixes change what the report says: the editor offers them, `--fix` and fix-all never apply them.');
    case 'none':
      return t('It offers no fix.');
  }
}
