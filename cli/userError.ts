/** Details a `UserError` may carry so the command line can localise its one-line message. */
export interface UserErrorDetail {
  /** Stable code for the localised message, e.g. `file-not-found`. */
  code?: string;
  /** Values for the localised message, e.g. `{ path }`. */
  params?: Record<string, string>;
  /** The underlying error, kept for debugging; never printed to the user. */
  cause?: unknown;
}

/** A mistake of the user (missing file, not an .xlsx, password-protected ...): the CLI prints its message as one line and exits 2, without a stack trace. */
export class UserError extends Error {
  override readonly name = "UserError";
  /** Stable code for the localised message. */
  readonly code: string;
  /** Values for the localised message. */
  readonly params: Readonly<Record<string, string>>;

  constructor(message: string, detail: UserErrorDetail = {}) {
    super(message, detail.cause === undefined ? undefined : { cause: detail.cause });
    this.code = detail.code ?? "user-error";
    this.params = detail.params ?? {};
  }
}
