import type { todoView, upcomingTodo } from "./todoView";

/** What the 本月待办 panel needs to list its items: the office's duties by the built-in calendar, and their view. */
export interface TodoCode {
  upcomingTodo: typeof upcomingTodo;
  todoView: typeof todoView;
}

/** Loads the 本月待办 panel's code; the pane calls it after its first paint. */
export type TodoLoader = () => Promise<TodoCode>;

/**
 * Loads the 本月待办 panel's code as the bundle split it: the chunk `todo` (todoView.ts with the office's duties, the
 * built-in calendar and China's holiday data), kept out of the pane's initial load as a job's code is
 * (jobLoader.ts). The browser keeps what it loaded; a failure rejects, and calling again retries.
 */
export function loadTodoCode(): Promise<TodoCode> {
  return import(/* webpackChunkName: "todo" */ "./todoView");
}
