import { availableParallelism, type CpuInfo, cpus } from "node:os";

const sum = (c: CpuInfo) => c.times.user + c.times.nice + c.times.sys + c.times.idle + c.times.irq;

/**
 * Cores idle right now beyond the one this thread runs on, from the CPU counters sampled `ms` apart
 * (this thread sleeps meanwhile). On a machine that other jobs keep busy an analysis thread only
 * competes for the same cores: measured on 2 cores at load 6-10, a second thread made a 2,000-article
 * brief ~15% more CPU and no faster. Rounded: 2 cores idle to 70% each give 1.
 */
export function spareCores(ms = 100): number {
  const before = cpus();
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  const after = cpus();
  let idle = 0;
  after.forEach((c, i) => {
    const b = before[i];
    const total = b ? sum(c) - sum(b) : 0;
    if (b && total > 0) idle += (c.times.idle - b.times.idle) / total;
  });
  return Math.max(0, Math.min(availableParallelism() - 1, Math.round(idle) - 1));
}
