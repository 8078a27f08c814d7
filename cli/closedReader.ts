/**
 * Lets a run go on when the reader of its output has gone (`propdesk … --json | head -1`): the pipe's EPIPE, and
 * writes to the stream once it is closed, are dropped instead of ending the process with a stack trace, so the
 * output workbook is still written; any other error of the stream is thrown as before.
 */
export function ignoreClosedReader(stream: NodeJS.WritableStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") return;
    throw error;
  });
}
