/** Input of {@link renderProgress}. */
export interface RenderProgressInput {
  done: number;
  total: number;
  label?: string;
  /** Bar width in characters (default 30). */
  width?: number;
}

/**
 * One line of a text progress bar for the command line, e.g. `索引 [#########.....] 60% 6/10`.
 * An empty job (total 0) is complete; `done` beyond `total` is shown as complete, never overflowing.
 */
export function renderProgress(input: RenderProgressInput): string {
  const width = Math.max(1, input.width ?? 30);
  const total = Math.max(0, input.total);
  const done = Math.min(Math.max(0, input.done), total);
  const ratio = total === 0 ? 1 : done / total;
  const filled = Math.floor(ratio * width);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
  const percent = `${Math.floor(ratio * 100)}%`.padStart(4);
  return [input.label, bar, percent, `${done}/${total}`].filter((part) => part !== undefined && part !== '').join(' ');
}
