/** What made a workbook unreadable: a damaged part, a part that inflates past the cap, or a sheet too large for one grid. */
export type XlsxReadProblem = "damaged" | "part-too-large" | "sheet-too-large";

/** Why the reader refused a package; the host turns it into its own message. */
export class XlsxReadError extends Error {
  override readonly name = "XlsxReadError";

  constructor(
    readonly problem: XlsxReadProblem,
    message: string,
    /** What the problem concerns: `part` (`xl/worksheets/sheet1.xml`), or `sheet`, `rows` and `columns`. */
    readonly params: Readonly<Record<string, string>>,
  ) {
    super(message);
  }
}
