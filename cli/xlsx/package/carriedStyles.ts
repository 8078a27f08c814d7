import type { StyleSheet } from "./styleSheet";
import { decodeXmlText } from "./xmlText";
import { attributeOf, elementOf, elementsOf, rootPrefixOf, withAttribute } from "./xmlTags";

/** Number formats below this id are built in: every workbook knows them by id. */
const FIRST_CUSTOM_FORMAT = 164;

/**
 * The styles of a sheet carried from another package: its cell formats (`s="N"`) and differential formats
 * (`dxfId="N"`) looked up in the stylesheet it came from and appended to the new package's, with their fonts,
 * fills, borders and number formats. Each index is translated once.
 */
export class CarriedStyles {
  private readonly fonts: string[];
  private readonly fills: string[];
  private readonly borders: string[];
  private readonly cellXfs: string[];
  private readonly dxfs: string[];
  private readonly formatCodes = new Map<number, string>();
  private readonly cellFormats = new Map<number, number>();
  private readonly differentialFormats = new Map<number, number>();

  /** `sourceXml`: the stylesheet of the package the sheet comes from (undefined when it has none). */
  constructor(
    sourceXml: string | undefined,
    private readonly target: StyleSheet,
  ) {
    const xml = sourceXml ?? "";
    const prefix = rootPrefixOf(xml);
    const unprefixed = new RegExp(`(</?)${prefix}:`, "g");
    const list = (name: string, child: string): string[] => {
      const inner = elementOf(xml, name, prefix)?.inner ?? "";
      return elementsOf(inner, child, prefix).map((e) =>
        prefix === "" ? e.text : e.text.replace(unprefixed, "$1"),
      );
    };
    this.fonts = list("fonts", "font");
    this.fills = list("fills", "fill");
    this.borders = list("borders", "border");
    this.cellXfs = list("cellXfs", "xf");
    this.dxfs = list("dxfs", "dxf");
    for (const element of elementsOf(elementOf(xml, "numFmts", prefix)?.inner ?? "", "numFmt", prefix)) {
      const id = Number(attributeOf(element.tag, "numFmtId"));
      if (Number.isInteger(id))
        this.formatCodes.set(id, decodeXmlText(attributeOf(element.tag, "formatCode") ?? ""));
    }
  }

  /** The new package's cell format for the source's cell format `index` (0, the default, when it has none such). */
  cellFormat(index: number): number {
    let mapped = this.cellFormats.get(index);
    if (mapped === undefined) {
      const xf = this.cellXfs[index];
      mapped = xf === undefined ? 0 : this.target.cellFormatId(this.translatedXf(xf));
      this.cellFormats.set(index, mapped);
    }
    return mapped;
  }

  /** The new package's differential format for the source's `index`, or undefined when the source has none such. */
  differentialFormat(index: number): number | undefined {
    let mapped = this.differentialFormats.get(index);
    if (mapped === undefined) {
      const dxf = this.dxfs[index];
      if (dxf === undefined) return undefined;
      mapped = this.target.dxfId(dxf);
      this.differentialFormats.set(index, mapped);
    }
    return mapped;
  }

  /** A source `<xf>` with its font, fill, border and number format as the new package numbers them, on its Normal style. */
  private translatedXf(xf: string): string {
    const tag = /^<xf\b[^>]*>/.exec(xf)?.[0] ?? "<xf/>";
    const id = (name: string): number => Number(attributeOf(tag, name) ?? 0) || 0;
    let translated = tag;
    const set = (name: string, value: number): void => {
      translated = withAttribute(translated, name, String(value));
    };
    set("numFmtId", this.numberFormat(id("numFmtId")));
    set(
      "fontId",
      this.entry(this.fonts, id("fontId"), (text) => this.target.fontId(text)),
    );
    set(
      "fillId",
      this.entry(this.fills, id("fillId"), (text) => this.target.fillId(text)),
    );
    set(
      "borderId",
      this.entry(this.borders, id("borderId"), (text) => this.target.borderId(text)),
    );
    set("xfId", 0);
    return `${translated}${xf.slice(tag.length)}`;
  }

  private numberFormat(id: number): number {
    if (id < FIRST_CUSTOM_FORMAT) return id;
    const code = this.formatCodes.get(id);
    return code === undefined ? 0 : this.target.numberFormatId(code);
  }

  private entry(list: readonly string[], index: number, add: (text: string) => number): number {
    const text = list[index];
    return text === undefined ? 0 : add(text);
  }
}
