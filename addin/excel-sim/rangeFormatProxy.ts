import type {
  BorderIndex,
  BorderLineStyle,
  BorderWeight,
  ExcelRangeBorder,
  ExcelRangeBorderCollection,
  ExcelRangeFill,
  ExcelRangeFont,
  ExcelRangeFormat,
  HorizontalAlignment,
  UnderlineStyle,
  VerticalAlignment,
} from "../excel/excelSubset";
import type { Rect } from "./cellRect";
import type { CellLook, CellSide, LookPatch } from "./cellLook";
import { propertyNotLoaded, SimError } from "./simError";
import type { Binding } from "./simProxy";
import type { SimContext } from "./simContext";
import type { RangeTarget } from "./rangeProxy";

const COLOR = /^#[0-9A-Fa-f]{6}$/;
/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;

/** Queues a look patch over the bound range (refused on a protected sheet). */
function patcher(context: SimContext, binding: Binding<RangeTarget>) {
  return (label: string, patches: (rect: Rect) => LookPatch[]) =>
    context.enqueue(label, () => {
      const target = binding.get();
      if (target === null) return;
      context.book.checkEditable(target.sheet);
      target.sheet.looks.push(...patches(target.rect));
    });
}

function color(value: string): string {
  if (!COLOR.test(value)) throw new SimError("InvalidArgument", `"${value}" is not a colour like #RRGGBB.`);
  return value.toUpperCase();
}

/** The simulated `Range.format` (set only: the host never reads formats; tests inspect the simulator). */
export class SimRangeFormatProxy implements ExcelRangeFormat {
  readonly font: ExcelRangeFont;
  readonly fill: ExcelRangeFill;
  readonly borders: ExcelRangeBorderCollection;
  private readonly patch: ReturnType<typeof patcher>;

  constructor(
    private readonly context: SimContext,
    private readonly binding: Binding<RangeTarget>,
  ) {
    this.patch = patcher(context, binding);
    this.font = new SimFont(this.patch);
    const patch = this.patch;
    this.fill = {
      get color(): string {
        throw propertyNotLoaded("color");
      },
      set color(value: string) {
        const c = color(value);
        patch("RangeFill.color", (rect) => [{ rect, kind: "fill", value: c }]);
      },
      clear: () => patch("RangeFill.clear", (rect) => [{ rect, kind: "fill", value: null }]),
    };
    this.borders = { getItem: (index) => new SimBorder(this.patch, index) };
  }

  get horizontalAlignment(): HorizontalAlignment {
    throw propertyNotLoaded("horizontalAlignment");
  }

  set horizontalAlignment(value: HorizontalAlignment) {
    this.patch("RangeFormat.horizontalAlignment", (rect) => [
      { rect, kind: "alignment", property: "horizontalAlignment", value },
    ]);
  }

  get verticalAlignment(): VerticalAlignment {
    throw propertyNotLoaded("verticalAlignment");
  }

  set verticalAlignment(value: VerticalAlignment) {
    this.patch("RangeFormat.verticalAlignment", (rect) => [
      { rect, kind: "alignment", property: "verticalAlignment", value },
    ]);
  }

  get wrapText(): boolean {
    throw propertyNotLoaded("wrapText");
  }

  set wrapText(value: boolean) {
    this.patch("RangeFormat.wrapText", (rect) => [{ rect, kind: "alignment", property: "wrapText", value }]);
  }

  get columnWidth(): number {
    throw propertyNotLoaded("columnWidth");
  }

  /** Sets the width, in points, of every column the range spans. */
  set columnWidth(points: number) {
    this.context.enqueue("RangeFormat.columnWidth", () => {
      const target = this.binding.get();
      if (target === null) return;
      this.context.book.checkEditable(target.sheet);
      if (!(points >= 0 && points <= 255 * 7.5))
        throw new SimError("InvalidArgument", `Column width ${points} is out of range.`);
      for (let column = target.rect.left; column <= target.rect.right; column++)
        target.sheet.columnWidths.set(column, points);
    });
  }

  get rowHeight(): number {
    throw propertyNotLoaded("rowHeight");
  }

  /** Sets the height, in points, of every row the range spans (Excel's rows are at most 409 points high). */
  set rowHeight(points: number) {
    this.context.enqueue("RangeFormat.rowHeight", () => {
      const target = this.binding.get();
      if (target === null) return;
      this.context.book.checkEditable(target.sheet);
      if (!(points >= 0 && points <= MAX_ROW_HEIGHT))
        throw new SimError("InvalidArgument", `Row height ${points} is out of range.`);
      for (let row = target.rect.top; row <= target.rect.bottom; row++)
        target.sheet.rowHeights.set(row, points);
    });
  }
}

class SimFont implements ExcelRangeFont {
  constructor(private readonly patch: ReturnType<typeof patcher>) {}

  private set(property: keyof CellLook["font"], value: string | number | boolean): void {
    this.patch(`RangeFont.${property}`, (rect) => [{ rect, kind: "font", property, value }]);
  }

  get name(): string {
    throw propertyNotLoaded("name");
  }

  set name(value: string) {
    this.set("name", value);
  }

  get size(): number {
    throw propertyNotLoaded("size");
  }

  set size(value: number) {
    this.set("size", value);
  }

  get bold(): boolean {
    throw propertyNotLoaded("bold");
  }

  set bold(value: boolean) {
    this.set("bold", value);
  }

  get italic(): boolean {
    throw propertyNotLoaded("italic");
  }

  set italic(value: boolean) {
    this.set("italic", value);
  }

  get color(): string {
    throw propertyNotLoaded("color");
  }

  set color(value: string) {
    this.set("color", color(value));
  }

  get underline(): UnderlineStyle {
    throw propertyNotLoaded("underline");
  }

  set underline(value: UnderlineStyle) {
    this.set("underline", value);
  }
}

/** Which cell sides a border of a range sets: outer edges on the outer cells, inside lines between cells. */
function sidesOf(index: BorderIndex, rect: Rect): { rect: Rect; side: CellSide }[] {
  const { top, left, bottom, right } = rect;
  switch (index) {
    case "EdgeTop":
      return [{ rect: { top, left, bottom: top, right }, side: "top" }];
    case "EdgeBottom":
      return [{ rect: { top: bottom, left, bottom, right }, side: "bottom" }];
    case "EdgeLeft":
      return [{ rect: { top, left, bottom, right: left }, side: "left" }];
    case "EdgeRight":
      return [{ rect: { top, left: right, bottom, right }, side: "right" }];
    case "InsideHorizontal":
      return bottom > top
        ? [
            { rect: { top: top + 1, left, bottom, right }, side: "top" },
            { rect: { top, left, bottom: bottom - 1, right }, side: "bottom" },
          ]
        : [];
    case "InsideVertical":
      return right > left
        ? [
            { rect: { top, left: left + 1, bottom, right }, side: "left" },
            { rect: { top, left, bottom, right: right - 1 }, side: "right" },
          ]
        : [];
    default:
      throw new SimError("InvalidArgument", `The simulator does not draw diagonal borders (${index}).`);
  }
}

class SimBorder implements ExcelRangeBorder {
  constructor(
    private readonly patch: ReturnType<typeof patcher>,
    private readonly index: BorderIndex,
  ) {}

  private set(property: "style" | "weight" | "color", value: string): void {
    this.patch(`RangeBorder.${property}`, (rect) =>
      sidesOf(this.index, rect).map(({ rect: r, side }) => ({
        rect: r,
        kind: "border",
        side,
        property,
        value,
      })),
    );
  }

  get style(): BorderLineStyle {
    throw propertyNotLoaded("style");
  }

  set style(value: BorderLineStyle) {
    this.set("style", value);
  }

  get weight(): BorderWeight {
    throw propertyNotLoaded("weight");
  }

  set weight(value: BorderWeight) {
    this.set("weight", value);
  }

  get color(): string {
    throw propertyNotLoaded("color");
  }

  set color(value: string) {
    this.set("color", color(value));
  }
}
