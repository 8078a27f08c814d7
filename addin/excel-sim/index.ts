/** The Excel simulator's public surface, free of Node APIs (the `.xlsx` bridge for Node tests is `test/helpers/simXlsx.ts`). */
export { ExcelSimulator, EXCEL_WEB_PAYLOAD_LIMIT } from "./excelSimulator";
export type { SheetContent, SimulatorOptions, WorkbookSnapshot } from "./excelSimulator";
export { simFromBook } from "./simFromBook";
export { SimError } from "./simError";
export type { SimErrorCode } from "./simError";
export type { SyncRecord } from "./simContext";
export type { CellLook } from "./cellLook";
