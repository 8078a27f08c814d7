import type { Issue } from "../../core/light";

/** Where clicking an issue goes: a cell (`D12`) on a sheet, or the whole sheet when no cell is named. */
export interface IssueTarget {
  sheet: string;
  cell?: string;
}

/** The place in the workbook an issue names; a row without a column goes to column A. Null for whole-book issues. */
export function issueTarget(issue: Issue): IssueTarget | null {
  if (issue.sheet === undefined) return null;
  if (issue.row === undefined) return { sheet: issue.sheet };
  return { sheet: issue.sheet, cell: `${issue.column ?? "A"}${issue.row}` };
}
