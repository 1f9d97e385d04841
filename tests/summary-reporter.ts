// Prints one plain closing line, "N passed, N failed[, N skipped]", that any CI can read.
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const states = testModules.flatMap((m) => [...m.children.allTests()].map((t) => t.result().state));
    const count = (s: string) => states.filter((x) => x === s).length;
    const skipped = count('skipped');
    console.log(`\n${count('passed')} passed, ${count('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}
