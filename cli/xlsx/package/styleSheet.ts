import { decodeXmlText, xmlAttribute } from "./xmlText";
import {
  attributeOf,
  elementOf,
  elementsOf,
  qualified,
  rootPrefixOf,
  splice,
  withAttribute,
} from "./xmlTags";

/** The lists of `xl/styles.xml` PropDesk adds to, each by its element and its children's element. */
type ListName = "fonts" | "fills" | "borders" | "cellXfs" | "dxfs";
const CHILD: Record<ListName, string> = {
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellXfs: "xf",
  dxfs: "dxf",
};

/** The children of a stylesheet in schema order, to insert a missing list where it belongs. */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

/** One list of the stylesheet: where each entry's text sits, how many entries it holds, what PropDesk added. */
interface StyleList {
  index: Map<string, number>;
  count: number;
  added: string[];
}

/** What a list must begin with when a stylesheet lacks it: the defaults Excel writes. */
const DEFAULTS: Record<string, string[]> = {
  fonts: ['<font><sz val="11"/><name val="等线"/></font>'],
  fills: [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ],
  borders: ["<border><left/><right/><top/><bottom/><diagonal/></border>"],
  cellStyleXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
};

/** A stylesheet for a package that has none. */
export const EMPTY_STYLESHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></styleSheet>';

/** Non-date number formats every Excel knows by id; other codes become custom formats. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

/** Custom number formats take ids from here up. */
const FIRST_CUSTOM_FORMAT = 164;

/**
 * `xl/styles.xml` being added to: PropDesk's fonts, fills, borders, number formats, cell formats and differential
 * formats (those of carried sheets' conditional formatting) are appended
 * after the workbook's own, which keep their indices. An entry written exactly like one the stylesheet already
 * holds (PropDesk's own from an earlier run) is reused, so re-runs do not grow it.
 */
export class StyleSheet {
  private readonly prefix: string;
  private readonly lists = new Map<ListName, StyleList>();
  /** True when the stylesheet has no cellStyleXfs, which the cell formats' `xfId="0"` needs. */
  private readonly lacksCellStyles: boolean;
  private readonly formats = new Map<string, number>();
  private readonly addedFormats: string[] = [];
  private nextFormatId: number;

  constructor(private readonly xml: string) {
    this.prefix = rootPrefixOf(xml);
    for (const list of Object.keys(CHILD) as ListName[]) {
      const section = elementOf(xml, list, this.prefix);
      const children =
        section === undefined ? (DEFAULTS[list] ?? []) : this.children(section.inner, CHILD[list]);
      const index = new Map(children.map((text, i): [string, number] => [text, i]).reverse());
      this.lists.set(list, { index, count: children.length, added: section === undefined ? children : [] });
    }
    this.lacksCellStyles = elementOf(xml, "cellStyleXfs", this.prefix) === undefined;
    let maxId = FIRST_CUSTOM_FORMAT - 1;
    for (const element of this.numberFormats(xml)) {
      const id = Number(attributeOf(element.tag, "numFmtId"));
      const code = decodeXmlText(attributeOf(element.tag, "formatCode") ?? "");
      if (!Number.isInteger(id)) continue;
      if (!this.formats.has(code)) this.formats.set(code, id);
      maxId = Math.max(maxId, id);
    }
    this.nextFormatId = maxId + 1;
  }

  /** The id of a number format code: a built-in one, one the workbook defines, or a new custom one. */
  numberFormatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formats.set(code, id);
      this.addedFormats.push(
        `<${qualified(this.prefix, "numFmt")} numFmtId="${id}" formatCode="${xmlAttribute(code)}"/>`,
      );
    }
    return id;
  }

  /** The index of a font element (`<font>...</font>`, unprefixed), added when new. */
  fontId(font: string): number {
    return this.indexIn("fonts", font);
  }

  /** The index of a fill element, added when new. */
  fillId(fill: string): number {
    return this.indexIn("fills", fill);
  }

  /** The index of a border element, added when new. */
  borderId(border: string): number {
    return this.indexIn("borders", border);
  }

  /** The index of a cell format (`<xf .../>` of cellXfs), added when new: the `s` of a cell. */
  cellFormatId(xf: string): number {
    return this.indexIn("cellXfs", xf);
  }

  /** The index of a differential format (`<dxf>...</dxf>`, what conditional formatting applies), added when new. */
  dxfId(dxf: string): number {
    return this.indexIn("dxfs", dxf);
  }

  /** True when something was added, so the part must be written anew. */
  get changed(): boolean {
    return (
      this.addedFormats.length > 0 ||
      this.lacksCellStyles ||
      [...this.lists.values()].some((l) => l.added.length > 0)
    );
  }

  /** The stylesheet with everything added, each list's `count` set to its length. */
  toXml(): string {
    if (!this.changed) return this.xml;
    let xml = this.xml;
    for (const list of ["dxfs", "cellXfs", "borders", "fills", "fonts"] as const) {
      const { count, added } = this.lists.get(list) ?? { count: 0, added: [] };
      if (added.length === 0) continue;
      xml = this.appendTo(
        xml,
        list,
        added.map((text) => this.prefixed(text)),
        count,
      );
    }
    if (this.lacksCellStyles) {
      const defaults = (DEFAULTS["cellStyleXfs"] ?? []).map((text) => this.prefixed(text));
      xml = this.appendTo(xml, "cellStyleXfs", defaults, defaults.length);
    }
    if (this.addedFormats.length > 0) {
      const count = this.numberFormats(xml).length + this.addedFormats.length;
      xml = this.appendTo(xml, "numFmts", this.addedFormats, count);
    }
    return xml;
  }

  /** The `<numFmt>` elements of the numFmts list (differential formats hold their own, which are not the workbook's). */
  private numberFormats(xml: string) {
    return elementsOf(elementOf(xml, "numFmts", this.prefix)?.inner ?? "", "numFmt", this.prefix);
  }

  private indexIn(list: ListName, text: string): number {
    const entry = this.lists.get(list);
    if (entry === undefined) throw new Error(`no ${list}`);
    const found = entry.index.get(text);
    if (found !== undefined) return found;
    const index = entry.count++;
    entry.index.set(text, index);
    entry.added.push(text);
    return index;
  }

  /** The children of a list, unprefixed so they compare with PropDesk's own. */
  private children(inner: string, child: string): string[] {
    const prefixed = new RegExp(`(</?)${this.prefix}:`, "g");
    return elementsOf(inner, child, this.prefix).map((e) =>
      this.prefix === "" ? e.text : e.text.replace(prefixed, "$1"),
    );
  }

  private prefixed(text: string): string {
    return this.prefix === "" ? text : text.replace(/(<\/?)(?=\w)/g, `$1${this.prefix}:`);
  }

  /** Appends children to a list (creating it in schema order when missing) and sets its count. */
  private appendTo(xml: string, list: string, children: readonly string[], count: number): string {
    const tag = qualified(this.prefix, list);
    const section = elementOf(xml, list, this.prefix);
    if (section === undefined) {
      const element = `<${tag} count="${count}">${children.join("")}</${tag}>`;
      const followers = ORDER.slice(ORDER.indexOf(list) + 1);
      const at = followers
        .map((name) => elementOf(xml, name, this.prefix)?.start)
        .filter((start): start is number => start !== undefined)
        .sort((a, b) => a - b)[0];
      const end = at ?? xml.lastIndexOf(`</${qualified(this.prefix, "styleSheet")}`);
      return splice(xml, end, end, element);
    }
    const open = withAttribute(section.tag.replace(/\/>$/, ">"), "count", String(count));
    return splice(xml, section.start, section.end, `${open}${section.inner}${children.join("")}</${tag}>`);
  }
}
