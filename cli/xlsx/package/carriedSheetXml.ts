import { retargetSheetRefs } from "../../../core/index";
import type { CarriedStyles } from "./carriedStyles";
import { decodeXmlText, xmlAttribute, xmlText } from "./xmlText";
import {
  ATTRIBUTES,
  attributeOf,
  escapeRegExp,
  qualified,
  rootPrefixOf,
  withAttribute,
  withoutAttribute,
} from "./xmlTags";

/** What carrying one worksheet part into another package needs of the write. */
export interface CarriedSheetContext {
  styles: CarriedStyles;
  /** The inner XML (`<t>…</t>` or rich-text runs, unprefixed) of a shared string of the package the sheet comes from. */
  sharedString(index: number): string | undefined;
  /** Lower-cased names of sheets written under another name than they had, mapped to their names now. */
  renamed: ReadonlyMap<string, string>;
}

/** A cell's style attribute, its quote and its index. */
const CELL_STYLE = /\ss\s*=\s*(["'])(\d+)\1/;
/** A cell's references to the workbook's cell and value metadata, which stay behind. */
const CELL_METADATA = /\s[cv]m\s*=\s*(?:"[^"]*"|'[^']*')/g;
/** The type of a cell holding a shared string. */
const SHARED_STRING = /\st\s*=\s*(["'])s\1/;

/** The text is handed on in pieces of about this many characters, each ending with a row. */
const CHUNK = 1 << 16;

/**
 * A worksheet part of another package as a part of the new one, in pieces: every cell, row and column style
 * and every conditional format's style translated into the new stylesheet, shared strings written in as inline
 * strings, cell metadata references dropped (their parts stay behind), the tab no longer selected, and formulas
 * and links retargeted to sheets written under other names. Everything else is kept as it is.
 */
export function* carriedSheetXml(xml: string, context: CarriedSheetContext): Generator<string> {
  const prefix = rootPrefixOf(xml);
  const name = (local: string): string => escapeRegExp(qualified(prefix, local));
  const cell = `<${name("c")}(?=[\\s/>])(${ATTRIBUTES})(?:/>|>([\\s\\S]*?)</${name("c")}\\s*>)`;
  const tag = `<(${["row", "col", "sheetView", "hyperlink", "cfRule"].map(name).join("|")})(?=[\\s/>])(${ATTRIBUTES})(/?)>`;
  const pattern = new RegExp(`${cell}|${tag}`, "g");
  const formula = new RegExp(`(<${name("f")}(?:\\s${ATTRIBUTES})?>)([^<]*)(</${name("f")}\\s*>)`, "g");
  const value = new RegExp(`<${name("v")}\\s*>([^<]*)</${name("v")}\\s*>`);
  const local = (tagName: string): string => tagName.slice(prefix === "" ? 0 : prefix.length + 1);
  const retargeted = (text: string): string => retargetSheetRefs(text, context.renamed);

  const open = qualified(prefix, "c");
  const is = qualified(prefix, "is");
  const cellXml = (attributes: string, inner: string | undefined): string => {
    const kept = attributes
      .replace(CELL_METADATA, "")
      .replace(CELL_STYLE, (_, quote: string, index: string) => {
        return ` s=${quote}${context.styles.cellFormat(Number(index))}${quote}`;
      });
    if (inner === undefined) return `<${open}${kept}/>`;
    if (SHARED_STRING.test(kept)) {
      const index = value.exec(inner)?.[1];
      const text = index === undefined ? undefined : context.sharedString(Number(index));
      if (text === undefined) return `<${open}${kept.replace(SHARED_STRING, "")}/>`;
      return `<${open}${kept.replace(SHARED_STRING, ' t="inlineStr"')}><${is}>${prefixed(text, prefix)}</${is}></${open}>`;
    }
    const body =
      context.renamed.size === 0
        ? inner
        : inner.replace(formula, (_, begin: string, text: string, end: string) => {
            return `${begin}${xmlText(retargeted(decodeXmlText(text)))}${end}`;
          });
    return `<${open}${kept}>${body}</${open}>`;
  };

  const tagXml = (tagName: string, attributes: string, close: string): string => {
    let start = `<${tagName}${attributes}${close}>`;
    const which = local(tagName);
    const styleAttribute = which === "row" ? "s" : which === "col" ? "style" : undefined;
    const style = styleAttribute === undefined ? undefined : attributeOf(start, styleAttribute);
    if (styleAttribute !== undefined && style !== undefined)
      start = withAttribute(start, styleAttribute, String(context.styles.cellFormat(Number(style))));
    if (which === "sheetView") start = withoutAttribute(start, "tabSelected");
    if (which === "cfRule") {
      const dxf = attributeOf(start, "dxfId");
      const mapped = dxf === undefined ? undefined : context.styles.differentialFormat(Number(dxf));
      if (dxf !== undefined)
        start =
          mapped === undefined
            ? withoutAttribute(start, "dxfId")
            : withAttribute(start, "dxfId", String(mapped));
    }
    const location = which === "hyperlink" ? attributeOf(start, "location") : undefined;
    if (location !== undefined && context.renamed.size > 0)
      start = withAttribute(start, "location", xmlAttribute(retargeted(decodeXmlText(location))));
    return start;
  };

  const rowEnd = `</${qualified(prefix, "row")}>`;
  for (let start = 0; start < xml.length;) {
    const at = xml.indexOf(rowEnd, start + CHUNK);
    const end = at < 0 ? xml.length : at + rowEnd.length;
    yield xml
      .slice(start, end)
      .replace(
        pattern,
        (
          _,
          cellAttributes?: string,
          inner?: string,
          tagName?: string,
          attributes?: string,
          close?: string,
        ) =>
          tagName === undefined
            ? cellXml(cellAttributes ?? "", inner)
            : tagXml(tagName, attributes ?? "", close ?? ""),
      );
    start = end;
  }
}

/** Unprefixed SpreadsheetML elements with a document's prefix. */
function prefixed(text: string, prefix: string): string {
  return prefix === "" ? text : text.replace(/(<\/?)(?=\w)/g, `$1${prefix}:`);
}
