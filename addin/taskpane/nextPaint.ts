/** Resolves after the browser painted (a frame, then a task), or after 50 ms since hidden panes get no frames. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 50);
  });
}
