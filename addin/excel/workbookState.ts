import { decodeOwnerKey } from "../../core/light";
import type { ExcelContext, ExcelWorksheet, SheetVisibility } from "./excelSubset";

/** One worksheet as the host last saw it. */
export interface SheetState {
  id: string;
  name: string;
  position: number;
  visibility: SheetVisibility;
  protected: boolean;
}

/** One ownership marker (`_PropDesk.<key>`) and the sheet it names, null once that sheet is gone (`#REF!`). */
export interface MarkerState {
  name: string;
  key: string;
  sheet: string | null;
  visible: boolean;
}

/** What the host knows of a workbook's sheets and PropDesk's markers, from one sync. */
export interface WorkbookState {
  sheets: SheetState[];
  markers: MarkerState[];
  date1904: boolean;
}

/** Loads queued by {@link queueStateLoad}, readable after the next sync. */
export interface StateLoad {
  /** The workbook state, given the date system learnt elsewhere. */
  state(date1904: boolean): WorkbookState;
  /** The worksheet proxies, in tab order (to queue more on them). */
  worksheets(): ExcelWorksheet[];
}

/**
 * Queues the loads of every worksheet (name, id, position, visibility, protection) and every defined name;
 * after the next sync the result reads them as a {@link WorkbookState}.
 */
export function queueStateLoad(context: ExcelContext): StateLoad {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id,items/position,items/visibility,items/protection/protected");
  const names = context.workbook.names;
  names.load("items/name,items/type,items/value,items/visible");
  return {
    worksheets: () => worksheets.items,
    state: (date1904) => ({
      sheets: worksheets.items.map((ws) => ({
        id: ws.id,
        name: ws.name,
        position: ws.position,
        visibility: ws.visibility,
        protected: ws.protection.protected,
      })),
      markers: names.items.flatMap((item): MarkerState[] => {
        const key = decodeOwnerKey(item.name);
        if (key === null) return [];
        const sheet = item.type === "Range" ? sheetOfReference(item.value) : null;
        return [{ name: item.name, key, sheet, visible: item.visible }];
      }),
      date1904,
    }),
  };
}

/**
 * The sheet a range reference names, or null: `'O''Brien'!$A$1` → `O'Brien`, `=Plan!$A$1` → `Plan`, `#REF!` → null.
 */
export function sheetOfReference(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!#=][^'!]*))!/.exec(value.trim());
  if (m === null) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
}

/** The sheet called `name` (ignoring case, as Excel compares names). */
export function sheetNamed(state: WorkbookState, name: string): SheetState | undefined {
  const lower = name.toLowerCase();
  return state.sheets.find((s) => s.name.toLowerCase() === lower);
}

/** The ownership key of each sheet PropDesk wrote, by lower-cased sheet name (the first marker wins). */
export function ownerKeys(state: WorkbookState): Map<string, string> {
  const keys = new Map<string, string>();
  for (const marker of state.markers) {
    if (marker.sheet === null) continue;
    const lower = marker.sheet.toLowerCase();
    if (!keys.has(lower) && sheetNamed(state, marker.sheet) !== undefined) keys.set(lower, marker.key);
  }
  return keys;
}

/**
 * The workbook's date system: `known` when given, else asked of Excel in the next sync with `DATE(1904,1,1)`
 * (0 in the 1904 system, 1462 in the 1900 one) when `ask` (ExcelApi 1.2), else the 1900 system.
 */
export function queueDateSystem(
  context: ExcelContext,
  known: boolean | undefined,
  ask: boolean,
): () => boolean {
  if (known !== undefined) return () => known;
  if (!ask) return () => false;
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load("value");
  return () => probe.value === 0;
}
