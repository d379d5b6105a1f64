import type { Reporter, TestModule } from 'vitest/node';

/**
 * CI's budget is ~20 minutes and most of the suite's time is hooks and module loading, which vitest's
 * JSON report leaves out. This reporter prints the slowest files whole (import + hooks + tests), so the
 * next person to trim CI knows where to look.
 */
export default class SlowestFiles implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const rows = modules
      .map((module) => {
        const { collectDuration, duration } = module.diagnostic();
        return { file: module.moduleId.replace(/.*\/tests\//, 'tests/'), load: collectDuration, run: duration };
      })
      .sort((a, b) => b.load + b.run - (a.load + a.run));
    const seconds = (ms: number) => (ms / 1000).toFixed(1).padStart(6);
    const total = rows.reduce((sum, row) => sum + row.load + row.run, 0);
    console.log(
      `\nSlowest test files (load + hooks and tests, seconds; all ${rows.length} files: ${seconds(total)} s)`,
    );
    for (const row of rows.slice(0, 12)) console.log(`${seconds(row.load)} ${seconds(row.run)}  ${row.file}`);
  }
}
