import { XMLParser } from 'fast-xml-parser';
import { t } from '../core/index';
import { UnreadableFileError } from '../node/readReport';

/** An XML element in document order: its tag, attributes and children (text nodes have tag `#text`). */
export interface XmlNode {
  tag: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

/**
 * Parses an XML part of an Office file, in document order. A DOCTYPE is refused:
 * Office never writes one, and its entities are how XML is made to explode.
 */
export function parseOrderedXml(xml: string, name: string): XmlNode[] {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new UnreadableFileError(t('{0} declares a DOCTYPE, which Word never writes: not read', name));
  const convert = (node: Ordered): XmlNode => {
    const tag = Object.keys(node).find((k) => k !== ':@')!;
    const value = node[tag];
    if (tag === '#text') return { tag, attributes: {}, children: [], text: String(value) };
    return { tag, attributes: node[':@'] ?? {}, children: (value as Ordered[]).map(convert), text: '' };
  };
  return (parser.parse(xml) as Ordered[]).map(convert);
}

/** The element's children with this tag. */
export const childrenNamed = (node: XmlNode, tag: string) => node.children.filter((c) => c.tag === tag);

/** The first descendant (depth first, the node itself included) with this tag. */
export function descendant(node: XmlNode, tag: string): XmlNode | undefined {
  if (node.tag === tag) return node;
  for (const child of node.children) {
    const found = descendant(child, tag);
    if (found) return found;
  }
  return undefined;
}
