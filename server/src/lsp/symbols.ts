import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import type { OutlineItem } from '../core/index';

const KIND: Record<OutlineItem['kind'], SymbolKind> = {
  section: SymbolKind.Namespace,
  subheading: SymbolKind.String,
  table: SymbolKind.Struct,
};

/** The core's outline as hierarchical LSP symbols: sections › sub-headings › tables. */
export function toDocumentSymbols(items: OutlineItem[]): DocumentSymbol[] {
  return items.map((item) => ({
    name: item.name,
    detail: item.detail,
    kind: KIND[item.kind],
    range: item.range,
    selectionRange: item.selectionRange,
    children: toDocumentSymbols(item.children),
  }));
}
