import { unzipSync, strFromU8 } from 'fflate';
import { xml2js, type Element } from 'xml-js';

/** Opens a DOCX the way a test can check it: its parts by name, and the words of a part in reading order. */

export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, content]) => [name, strFromU8(content)]));
}

/** Parses strictly (throws on anything that is not well-formed XML). */
export function parseXml(text: string): Element {
  return xml2js(text, { compact: false, captureSpacesBetweenElements: true }) as Element;
}

/** The paragraphs of a WordprocessingML part, each as its text (w:t runs joined, w:br as "\n"). */
export function paragraphsOf(xml: string): string[] {
  const paragraphs: string[] = [];
  const walk = (node: Element, into: string[] | undefined): void => {
    if (node.name === 'w:p') {
      const words: string[] = [];
      for (const child of node.elements ?? []) walk(child, words);
      paragraphs.push(words.join(''));
      return;
    }
    if (node.name === 'w:t' && into !== undefined) into.push((node.elements ?? []).map((e) => String(e.text ?? '')).join(''));
    if (node.name === 'w:br' && into !== undefined) into.push('\n');
    for (const child of node.elements ?? []) walk(child, into);
  };
  walk(parseXml(xml), undefined);
  return paragraphs;
}

/** The text of one element of docProps/core.xml ("dc:title", "dc:creator"...), entities decoded. */
export function coreProperty(xml: string, name: string): string | undefined {
  const find = (node: Element): Element | undefined => (node.name === name ? node : (node.elements ?? []).map(find).find((e) => e !== undefined));
  const found = find(parseXml(xml));
  return found === undefined ? undefined : (found.elements ?? []).map((e) => String(e.text ?? '')).join('');
}

const textOf = (node: Element): string => {
  if (node.name === 'w:t') return (node.elements ?? []).map((e) => String(e.text ?? '')).join('');
  if (node.name === 'w:br') return '\n';
  return (node.elements ?? []).map(textOf).join('');
};

const child = (node: Element, name: string): Element | undefined => (node.elements ?? []).find((e) => e.name === name);

/**
 * The body of a WordprocessingML part as lines a person can read: a paragraph as its text, after its
 * style in brackets when it has one ("[Heading1] Victims"); a table as one line per row, its cells'
 * text between bars. Line breaks inside a paragraph or cell are shown as "⏎".
 */
export function bodyLinesOf(xml: string): string[] {
  const document = (parseXml(xml).elements ?? []).find((e) => e.name === 'w:document');
  const body = document === undefined ? undefined : child(document, 'w:body');
  const lines: string[] = [];
  const flat = (text: string) => text.replace(/\n/g, '⏎');
  for (const node of body?.elements ?? []) {
    if (node.name === 'w:p') {
      const style = child(child(node, 'w:pPr') ?? {}, 'w:pStyle')?.attributes?.['w:val'];
      const text = flat(textOf(node));
      lines.push(style === undefined ? text : `[${String(style)}] ${text}`);
    } else if (node.name === 'w:tbl') {
      for (const row of (node.elements ?? []).filter((e) => e.name === 'w:tr')) {
        const cells = (row.elements ?? []).filter((e) => e.name === 'w:tc').map((cell) => flat(textOf(cell)));
        lines.push(`| ${cells.join(' | ')} |`);
      }
    }
  }
  return lines;
}

export interface ReadCell {
  text: string;
  /** w:gridSpan, 1 when absent. */
  columnSpan: number;
  /** w:vMerge: "restart" opens a cell spanning down, "continue" is the same cell in a row below. */
  verticalMerge?: 'restart' | 'continue';
  bold: boolean;
  /** The w:shd fill, when shaded. */
  fill?: string;
}

export interface ReadTable {
  /** How many w:gridCol the table's grid has. */
  gridColumns: number;
  rows: ReadCell[][];
}

function readCell(cell: Element): ReadCell {
  const properties = child(cell, 'w:tcPr');
  const span = child(properties ?? {}, 'w:gridSpan')?.attributes?.['w:val'];
  const merge = child(properties ?? {}, 'w:vMerge');
  const fill = child(properties ?? {}, 'w:shd')?.attributes?.['w:fill'];
  const runs: Element[] = [];
  const collect = (node: Element): void => {
    if (node.name === 'w:r') runs.push(node);
    else for (const e of node.elements ?? []) collect(e);
  };
  collect(cell);
  const texted = runs.filter((run) => textOf(run) !== '');
  const isBold = (run: Element): boolean => {
    const b = child(child(run, 'w:rPr') ?? {}, 'w:b');
    return b !== undefined && !['false', '0', 'off'].includes(String(b.attributes?.['w:val'] ?? 'true'));
  };
  const bold = texted.length > 0 && texted.every(isBold);
  return {
    text: textOf(cell),
    columnSpan: span === undefined ? 1 : Number(span),
    ...(merge === undefined ? {} : { verticalMerge: merge.attributes?.['w:val'] === 'restart' ? 'restart' : 'continue' }),
    bold,
    ...(fill === undefined ? {} : { fill: String(fill) }),
  };
}

/** The tables of a WordprocessingML part's body, in order: each row's cells with their spans, merges, bold and shading. */
export function tablesOf(xml: string): ReadTable[] {
  const document = (parseXml(xml).elements ?? []).find((e) => e.name === 'w:document');
  const body = document === undefined ? undefined : child(document, 'w:body');
  return (body?.elements ?? [])
    .filter((node) => node.name === 'w:tbl')
    .map((table) => ({
      gridColumns: (child(table, 'w:tblGrid')?.elements ?? []).filter((e) => e.name === 'w:gridCol').length,
      rows: (table.elements ?? []).filter((e) => e.name === 'w:tr').map((row) => (row.elements ?? []).filter((e) => e.name === 'w:tc').map(readCell)),
    }));
}
