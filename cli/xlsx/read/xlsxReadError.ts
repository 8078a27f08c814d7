/**
 * What made a workbook unreadable: a damaged part, a part that inflates past its cap, all parts together past
 * theirs, a sheet too large for one grid, more cells or shared strings than one read takes.
 */
export type XlsxReadProblem =
  | "damaged"
  | "part-too-large"
  | "workbook-too-large"
  | "sheet-too-large"
  | "too-many-cells"
  | "too-many-strings";

/** Why the reader refused a package; the host turns it into its own message. */
export class XlsxReadError extends Error {
  override readonly name = "XlsxReadError";

  constructor(
    readonly problem: XlsxReadProblem,
    message: string,
    /**
     * What the problem concerns: `part` (`xl/worksheets/sheet1.xml`) and `limit` (in MB), or `sheet` with `rows` and
     * `columns` or `limit` (cells).
     */
    readonly params: Readonly<Record<string, string>>,
  ) {
    super(message);
  }
}
