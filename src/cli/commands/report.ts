/**
 * `wujian report <before> <after> -o report.html`: one self-contained HTML file (data, scripts,
 * styles and a subset font inline) with the same charts as the dashboard, to open offline.
 */
import { startLayoutPool } from '../../report/diagram/pool.js';
import type { ExitCode } from '../io.js';
import type { reportOptions } from '../table/report.js';
import type { CommandContext } from '../table/types.js';

/**
 * Runs `wujian report` (report-write.ts). The diagrams are laid out in a worker thread, started
 * before the rest of the command loads, so that loading elkjs and laying out overlap with loading,
 * comparing and simulating in this thread.
 */
export async function run(context: CommandContext<typeof reportOptions>): Promise<ExitCode> {
  const layouts = startLayoutPool();
  try {
    const { writeReport } = await import('./report-write.js');
    return await writeReport(context, layouts);
  } finally {
    await layouts.close();
  }
}
