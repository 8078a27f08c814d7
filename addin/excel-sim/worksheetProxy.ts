import type {
  ExcelFreezePanes,
  ExcelHeaderFooter,
  ExcelHeaderFooterGroup,
  ExcelPageBreakCollection,
  ExcelPageLayout,
  ExcelWorksheet,
  ExcelWorksheetProtection,
  SheetVisibility,
} from "../excel/excelSubset";
import { formatAddress, parseAddress, type Rect } from "./cellRect";
import { SimRangeProxy } from "./rangeProxy";
import { propertyNotLoaded, SimError } from "./simError";
import { Binding, loadPaths, SimProxy, unknownProperty } from "./simProxy";
import type { SimContext } from "./simContext";
import type { SimHeaderFooter, SimSheet } from "./simSheet";
import type { SimWorkbook } from "./simWorkbook";

const SCALARS = ["name", "id", "position", "visibility"] as const;
const NESTED = ["protection/protected"] as const;

/** The simulated `Worksheet`. */
export class SimWorksheetProxy extends SimProxy<SimSheet> implements ExcelWorksheet {
  readonly protection: SimProtectionProxy;
  readonly freezePanes: ExcelFreezePanes;
  readonly pageLayout: ExcelPageLayout;
  readonly horizontalPageBreaks: ExcelPageBreakCollection;

  private constructor(context: SimContext, binding: Binding<SimSheet>) {
    super(context, binding);
    this.protection = new SimProtectionProxy(context, binding);
    this.freezePanes = freezePanesOf(context, binding);
    this.pageLayout = new SimPageLayoutProxy(context, binding);
    this.horizontalPageBreaks = horizontalPageBreaksOf(context, binding);
  }

  /** A proxy bound now, inside a running operation (e.g. a collection's items). */
  static bound(context: SimContext, sheet: SimSheet): SimWorksheetProxy {
    const binding = new Binding<SimSheet>();
    binding.bind(sheet);
    return new SimWorksheetProxy(context, binding);
  }

  /** A proxy bound by a queued operation (`add`, `getItem`...). */
  static created(
    context: SimContext,
    label: string,
    resolve: (book: SimWorkbook) => SimSheet | null,
  ): SimWorksheetProxy {
    const proxy = new SimWorksheetProxy(context, new Binding<SimSheet>());
    context.enqueue(label, () => {
      proxy.binding.bind(resolve(context.book));
      proxy.resolveOnSync();
    });
    return proxy;
  }

  /** Throws for a property `load` does not know. */
  static checkLoadable(properties: readonly string[]): void {
    for (const p of properties) {
      if (!(SCALARS as readonly string[]).includes(p) && !(NESTED as readonly string[]).includes(p))
        throw unknownProperty("Worksheet", p);
    }
  }

  get name(): string {
    return this.read("name");
  }

  set name(name: string) {
    this.queueOn("Worksheet.name", (sheet) => this.context.book.renameSheet(sheet, name));
  }

  get id(): string {
    return this.read("id");
  }

  get position(): number {
    return this.read("position");
  }

  set position(position: number) {
    this.queueOn("Worksheet.position", (sheet) => this.context.book.moveSheet(sheet, position));
  }

  get visibility(): SheetVisibility {
    return this.read("visibility");
  }

  set visibility(visibility: SheetVisibility) {
    this.queueOn("Worksheet.visibility", (sheet) => this.context.book.setVisibility(sheet, visibility));
  }

  load(propertyNames: string): SimWorksheetProxy {
    const properties = loadPaths(propertyNames).map((p) => p.join("/"));
    SimWorksheetProxy.checkLoadable(properties);
    this.context.enqueue("Worksheet.load", () => {
      const commit = this.loadNow(properties);
      this.context.respond(0, commit);
    });
    return this;
  }

  /** Snapshots properties now (inside a running operation); the returned function makes them readable. */
  loadNow(properties: readonly string[]): () => void {
    const sheet = this.binding.get();
    const values = new Map<string, unknown>();
    let isProtected: boolean | undefined;
    if (sheet !== null) {
      for (const p of properties) {
        if (p === "protection/protected") isProtected = sheet.protected;
        else values.set(p, this.scalar(sheet, p));
      }
    }
    return () => {
      this.accept(values);
      if (isProtected !== undefined) this.protection.accept(new Map([["protected", isProtected]]));
    };
  }

  getRange(address: string): SimRangeProxy {
    return SimRangeProxy.created(this.context, "Worksheet.getRange", () => {
      const sheet = this.binding.get();
      if (sheet === null) return null;
      return { sheet, rect: parseAddress(address) };
    });
  }

  getUsedRangeOrNullObject(valuesOnly: boolean): SimRangeProxy {
    return SimRangeProxy.created(this.context, "Worksheet.getUsedRangeOrNullObject", () => {
      const sheet = this.binding.get();
      const rect: Rect | null = sheet === null ? null : sheet.usedRect(valuesOnly);
      return sheet === null || rect === null ? null : { sheet, rect };
    });
  }

  delete(): void {
    this.queueOn("Worksheet.delete", (sheet) => this.context.book.deleteSheet(sheet));
  }

  activate(): void {
    this.queueOn("Worksheet.activate", (sheet) => this.context.book.activate(sheet));
  }

  private scalar(sheet: SimSheet, property: string): unknown {
    switch (property) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "position":
        return this.context.book.sheets.indexOf(sheet);
      default:
        return sheet.visibility;
    }
  }
}

/** The simulated `Worksheet.protection` (read only; tests protect sheets through the simulator). */
class SimProtectionProxy extends SimProxy<SimSheet> implements ExcelWorksheetProtection {
  get protected(): boolean {
    return this.read("protected");
  }

  load(propertyNames: string): SimProtectionProxy {
    const properties = loadPaths(propertyNames).map((p) => p.join("/"));
    for (const p of properties) if (p !== "protected") throw unknownProperty("WorksheetProtection", p);
    this.queueLoad("WorksheetProtection.load", properties, (sheet) => sheet.protected);
    return this;
  }
}

function freezePanesOf(context: SimContext, binding: Binding<SimSheet>): ExcelFreezePanes {
  const freeze = (label: string, panes: (sheet: SimSheet) => { rows: number; columns: number }) =>
    context.enqueue(label, () => {
      const sheet = binding.get();
      if (sheet === null) return;
      context.book.checkEditable(sheet);
      sheet.freeze = panes(sheet);
    });
  const count = (n: number) => {
    if (!Number.isInteger(n) || n < 0) throw new SimError("InvalidArgument", `Invalid count ${n}.`);
    return n;
  };
  return {
    freezeRows: (n) => freeze("WorksheetFreezePanes.freezeRows", () => ({ rows: count(n), columns: 0 })),
    freezeColumns: (n) =>
      freeze("WorksheetFreezePanes.freezeColumns", () => ({ rows: 0, columns: count(n) })),
    freezeAt: (range) =>
      freeze("WorksheetFreezePanes.freezeAt", () => {
        const rect = typeof range === "string" ? parseAddress(range) : rangeRect(range);
        return { rows: rect.bottom, columns: rect.right };
      }),
  };
}

function rangeRect(range: unknown): Rect {
  if (!(range instanceof SimRangeProxy))
    throw new SimError("InvalidArgument", "Not a range of this workbook.");
  const target = range.binding.get();
  if (target === null) throw new SimError("InvalidArgument", "The range is a null object.");
  return target.rect;
}

/** The simulated `Worksheet.horizontalPageBreaks` (add only): a break goes before the range's top row. */
function horizontalPageBreaksOf(context: SimContext, binding: Binding<SimSheet>): ExcelPageBreakCollection {
  return {
    add: (pageBreakRange) =>
      context.enqueue("PageBreakCollection.add", () => {
        const sheet = binding.get();
        if (sheet === null) return;
        const { top } =
          typeof pageBreakRange === "string" ? parseAddress(pageBreakRange) : rangeRect(pageBreakRange);
        const breaks = sheet.horizontalPageBreaks;
        if (breaks.includes(top)) return;
        breaks.push(top);
        breaks.sort((a, b) => a - b);
      }),
  };
}

/** Excel keeps a page header, and a footer, of at most 255 characters, its `&L`, `&C` and `&R` codes included. */
const MAX_HEADER_FOOTER = 255;

/** A header or footer as one string the way a file stores it: `&Lleft&Ccenter&Rright`, empty parts left out. */
function headerFooterText(parts: SimHeaderFooter, band: "Header" | "Footer"): string {
  const left = parts[`left${band}`];
  const center = parts[`center${band}`];
  const right = parts[`right${band}`];
  return `${left === "" ? "" : `&L${left}`}${center === "" ? "" : `&C${center}`}${right === "" ? "" : `&R${right}`}`;
}

/**
 * The simulated `HeaderFooter` of `PageLayout.headersFooters.defaultForAllPages` (set only). A part that would make
 * its header or footer longer than Excel keeps is refused with InvalidArgument, leaving the old text.
 */
class SimHeaderFooterProxy extends SimProxy<SimSheet> implements ExcelHeaderFooter {
  private setPart(property: keyof SimHeaderFooter, text: string): void {
    this.queueOn(`HeaderFooter.${property}`, (sheet) => {
      const next = { ...sheet.pageLayout.headerFooter, [property]: text };
      const band = property.endsWith("Header") ? "Header" : "Footer";
      if (headerFooterText(next, band).length > MAX_HEADER_FOOTER)
        throw new SimError(
          "InvalidArgument",
          `The page ${band.toLowerCase()} would be longer than ${MAX_HEADER_FOOTER} characters.`,
        );
      sheet.pageLayout.headerFooter = next;
    });
  }

  get leftHeader(): string {
    throw propertyNotLoaded("leftHeader");
  }

  set leftHeader(text: string) {
    this.setPart("leftHeader", text);
  }

  get centerHeader(): string {
    throw propertyNotLoaded("centerHeader");
  }

  set centerHeader(text: string) {
    this.setPart("centerHeader", text);
  }

  get rightHeader(): string {
    throw propertyNotLoaded("rightHeader");
  }

  set rightHeader(text: string) {
    this.setPart("rightHeader", text);
  }

  get leftFooter(): string {
    throw propertyNotLoaded("leftFooter");
  }

  set leftFooter(text: string) {
    this.setPart("leftFooter", text);
  }

  get centerFooter(): string {
    throw propertyNotLoaded("centerFooter");
  }

  set centerFooter(text: string) {
    this.setPart("centerFooter", text);
  }

  get rightFooter(): string {
    throw propertyNotLoaded("rightFooter");
  }

  set rightFooter(text: string) {
    this.setPart("rightFooter", text);
  }
}

/** The simulated `Worksheet.pageLayout` (set only). */
class SimPageLayoutProxy extends SimProxy<SimSheet> implements ExcelPageLayout {
  readonly headersFooters: ExcelHeaderFooterGroup;

  constructor(context: SimContext, binding: Binding<SimSheet>) {
    super(context, binding);
    this.headersFooters = { defaultForAllPages: new SimHeaderFooterProxy(context, binding) };
  }

  get orientation(): "Portrait" | "Landscape" {
    throw propertyNotLoaded("orientation");
  }

  set orientation(orientation: "Portrait" | "Landscape") {
    this.queueOn("PageLayout.orientation", (sheet) => {
      sheet.pageLayout.orientation = orientation;
    });
  }

  get paperSize(): string {
    throw propertyNotLoaded("paperSize");
  }

  set paperSize(paperSize: string) {
    this.queueOn("PageLayout.paperSize", (sheet) => {
      sheet.pageLayout.paperSize = paperSize;
    });
  }

  get zoom(): ExcelPageLayout["zoom"] {
    throw propertyNotLoaded("zoom");
  }

  set zoom(zoom: ExcelPageLayout["zoom"]) {
    this.queueOn("PageLayout.zoom", (sheet) => {
      sheet.pageLayout.zoom = { ...zoom };
    });
  }

  setPrintTitleRows(printTitleRows: unknown): void {
    this.queueOn("PageLayout.setPrintTitleRows", (sheet) => {
      const rect =
        typeof printTitleRows === "string" ? parseAddress(printTitleRows) : rangeRect(printTitleRows);
      sheet.pageLayout.printTitleRows = `$${rect.top}:$${rect.bottom}`;
    });
  }

  /** Sets the print area by address; several areas are joined by `,`. */
  setPrintArea(printArea: string): void {
    this.queueOn("PageLayout.setPrintArea", (sheet) => {
      sheet.pageLayout.printArea = printArea.split(",").map(parseAddress).map(formatAddress).join(",");
    });
  }
}
