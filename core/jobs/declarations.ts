import type { TableSpec } from "../table/declaration";
import { locateInputs, type InputsFound } from "../table/locateInputs";
import { placedSheets, type PlacedSheets } from "../table/placedSheets";
import type { BookData } from "../table/sheetData";
import type { JobDeclaration, JobParams } from "./job";
import { PURCHASE_PLAN_DECLARATION } from "./purchase-plan/declaration";
import { COLLECTION_DECLARATION } from "./collection/declaration";
import { INVENTORY_DECLARATION } from "./inventory/declaration";
import { ATTENDANCE_DECLARATION } from "./attendance/declaration";
import { WEEKLY_COLLECTION_DECLARATION } from "./finance/weekly-collection/declaration";
import { FEE_STATISTICS_DECLARATION } from "./finance/fee-statistics/declaration";
import { CASH_PLAN_DECLARATION } from "./finance/cash-plan/declaration";
import { ADVANCES_DECLARATION } from "./finance/advances/declaration";
import { CALENDAR_DECLARATION } from "./calendar/declaration";
import { DUTY_ROSTER_DECLARATION } from "./duty-roster/declaration";
import { SERVICE_LOG_DECLARATION } from "./service-log/declaration";

/**
 * The light half of the registry: every job's declaration, placing a workbook's sheets, naming a period. A host
 * builds its form and ticks the sheets a run will read from these alone; nothing here imports a job's rules or
 * sheets (`job.ts`), which `registry.ts` and `loadJob.ts` bring in.
 */

/** Every job PropDesk can run, declared (no run), in the order menus show them; `JOBS` follows this order. */
export const JOB_DECLARATIONS: readonly JobDeclaration[] = [
  PURCHASE_PLAN_DECLARATION,
  COLLECTION_DECLARATION,
  INVENTORY_DECLARATION,
  ATTENDANCE_DECLARATION,
  WEEKLY_COLLECTION_DECLARATION,
  FEE_STATISTICS_DECLARATION,
  CASH_PLAN_DECLARATION,
  ADVANCES_DECLARATION,
  CALENDAR_DECLARATION,
  DUTY_ROSTER_DECLARATION,
  SERVICE_LOG_DECLARATION,
];

/** The declaration of the job with an id, or undefined. */
export function findJobDeclaration(id: string): JobDeclaration | undefined {
  return JOB_DECLARATIONS.find((job) => job.id === id);
}

/** A job's inputs placed in a workbook: the sheets of each of its roles, and the issues of placing them. */
export interface JobPlacement {
  placed: PlacedSheets;
  /** The job's own roles and their sheets, and the placement issues that concern the job. */
  found: InputsFound;
}

/**
 * Places a workbook's sheets for a job, once, among every registered job's tables (an office keeps requests,
 * fee ledgers, stock and rosters in one workbook; a sheet goes to the table that fits it best, so a purchase
 * request is never taken for opening stock). The job gets its own roles; sheets a person chose for a role
 * (`chosen`) go there whatever fits better. The workbook is first seen as the job's reader sees it
 * ({@link JobDeclaration.prepareBook}). Needs only declarations, so a host can show what a run will read
 * before it loads the job.
 */
export function placeJobInputs(
  job: JobDeclaration,
  book: BookData,
  chosen: JobParams["inputSheets"] = {},
): JobPlacement {
  const seen = job.prepareBook?.(book) ?? book;
  const own = new Set(job.inputs.map((t) => t.role));
  const tables = new Map<string, TableSpec>();
  for (const t of JOB_DECLARATIONS.flatMap((j) => j.inputs)) if (!tables.has(t.role)) tables.set(t.role, t);
  // The job's own declarations (an optional table, say) in the same places, so ties go the same way for every job.
  for (const t of job.inputs) tables.set(t.role, t);
  const all = locateInputs(seen, [...tables.values()], chosen);
  const byRole = new Map([...all.byRole].filter(([role]) => own.has(role)));
  const ownLabels = new Set(job.inputs.map((t) => t.label));
  const issues = all.issues.filter(
    (i) =>
      (i.code !== "no_input_sheet" && i.code !== "extra_input_sheet") ||
      ownLabels.has(i.params?.["table"] as TableSpec["label"]),
  );
  return { placed: placedSheets(seen, byRole), found: { byRole, issues } };
}

/** The name of the period a run covers, as sheets and the issues sheet name it (`2026-11`, `2026-01~2026-11`, a date). */
export function periodName(job: JobDeclaration, params: JobParams): string {
  if (params.from !== undefined || params.to !== undefined)
    return `${params.from ?? params.to}~${params.to ?? params.from}`;
  return params.month ?? params.asOf ?? job.defaultPeriod(params.today);
}
