// The search section of `npm run bench`: starts the product (its database holds the seeded
// publication; scripts/bench-search.ts builds the generated corpus beside it) and judges the
// medians against the target.
import { benchSearch } from "../bench-search";
import path from "node:path";
import { BENCH_DATA_DIR, BENCH_PORTS, startProduct } from "./stack";

const TARGET_MEDIAN_MS = 20;

export async function benchSearchLatency(): Promise<boolean> {
  const product = await startProduct();
  try {
    const rows = await benchSearch(
      `postgresql://dispatch:dispatch@127.0.0.1:${BENCH_PORTS.postgres}/dispatch`,
      path.join(BENCH_DATA_DIR, "postgres"),
    );
    // Both measured in the same run: on a loaded machine the ratio says more than either median.
    console.log(`  generated corpus median / seeded median: ${(rows[1]!.medianMs / rows[0]!.medianMs).toFixed(1)}×`);
    console.log("\nTargets");
    let passed = true;
    for (const row of rows) {
      const ok = row.medianMs < TARGET_MEDIAN_MS;
      passed &&= ok;
      console.log(`  ${ok ? "PASS" : "FAIL"}  search median < ${TARGET_MEDIAN_MS} ms, ${row.label}: ${row.medianMs.toFixed(1)} ms`);
    }
    return passed;
  } finally {
    await product.stop();
  }
}
