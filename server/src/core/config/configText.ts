import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { t } from '../l10n';
import type { Range } from '../text/position';
import { TextLines } from '../text/textLines';
import { DEFAULT_CONFIG, parseConfig, type Config } from './config';

/** A problem in a `.govreport.json`, where it is in the file. */
export interface ConfigProblem {
  message: string;
  range: Range;
  /** The file cannot be used at all (not JSON, or not an object): the CLI stops, the editor uses the defaults. */
  fatal: boolean;
}

/**
 * Reads the text of a `.govreport.json` as JSONC, as VS Code edits it:
 * comments and trailing commas are allowed. A syntax error makes the whole
 * file unusable (the defaults apply); anything else invalid is ignored on its
 * own and reported at its key or value.
 */
export function parseConfigText(text: string): { config: Config; problems: ConfigProblem[] } {
  const lines = new TextLines(text);
  const rangeOf = (offset: number, length: number): Range => ({ start: lines.positionAt(offset), end: lines.positionAt(offset + length) });
  const errors: ParseError[] = [];
  const tree = parseTree(text.replace(/^\uFEFF/, ' '), errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length || !tree) {
    const syntax = errors.length ? errors : [{ error: 0, offset: 0, length: 0 }];
    const problems = syntax.map((e) => ({
      message: t('not valid JSON: {0}', errors.length ? printParseErrorCode(e.error) : t('the file is empty')),
      range: rangeOf(e.offset, e.length),
      fatal: true,
    }));
    return { config: DEFAULT_CONFIG, problems };
  }
  const { config, problems } = parseConfig(getNodeValue(tree));
  return {
    config,
    problems: problems.map((p) => {
      const value = findNodeAtLocation(tree, p.path) ?? tree;
      const node = p.atKey && value.parent?.children?.[0] ? value.parent.children[0] : value;
      return { message: p.message, range: rangeOf(node.offset, node.length), fatal: p.fatal === true };
    }),
  };
}
