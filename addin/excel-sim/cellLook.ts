import { contains, type Rect } from "./cellRect";

/** One border line of a cell. */
export interface BorderLine {
  style: string;
  weight?: string;
  color?: string;
}

/** Everything the simulator keeps of a cell's formatting besides its number format. */
export interface CellLook {
  font: {
    name?: string;
    size?: number;
    bold?: boolean;
    italic?: boolean;
    color?: string;
    underline?: string;
  };
  /** Fill colour `#RRGGBB`; absent for no fill. */
  fill?: string;
  borders: { top?: BorderLine; bottom?: BorderLine; left?: BorderLine; right?: BorderLine };
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
}

/** Which side of a cell a border patch sets. */
export type CellSide = "top" | "bottom" | "left" | "right";

/** One formatting operation over a block, in the order Excel applied it: later patches win. */
export type LookPatch =
  | { rect: Rect; kind: "font"; property: keyof CellLook["font"]; value: string | number | boolean }
  | { rect: Rect; kind: "fill"; value: string | null }
  | { rect: Rect; kind: "border"; side: CellSide; property: keyof BorderLine; value: string }
  | {
      rect: Rect;
      kind: "alignment";
      property: "horizontalAlignment" | "verticalAlignment" | "wrapText";
      value: string | boolean;
    };

/** The look of one cell: every patch covering it, applied in order. */
export function lookAt(patches: readonly LookPatch[], row: number, column: number): CellLook {
  const look: CellLook = { font: {}, borders: {} };
  for (const patch of patches) {
    if (contains(patch.rect, row, column)) applyPatch(look, patch);
  }
  return look;
}

function applyPatch(look: CellLook, patch: LookPatch): void {
  switch (patch.kind) {
    case "font":
      (look.font as Record<string, unknown>)[patch.property] = patch.value;
      return;
    case "fill":
      if (patch.value === null) delete look.fill;
      else look.fill = patch.value;
      return;
    case "border": {
      if (patch.property === "style" && patch.value === "None") {
        delete look.borders[patch.side];
        return;
      }
      const line: BorderLine = look.borders[patch.side] ?? { style: "Continuous" };
      line[patch.property] = patch.value;
      look.borders[patch.side] = line;
      return;
    }
    case "alignment":
      (look as unknown as Record<string, unknown>)[patch.property] = patch.value;
      return;
  }
}
