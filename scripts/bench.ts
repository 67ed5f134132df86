// `npm run bench [section…]`: measures the product on this machine against references measured
// in the same run. Each section starts what it needs and stops it again; with no arguments the
// default sections run. Exits non-zero when a target is missed, so the result can't be misread.
import { benchArchive } from "./bench/archive";
import { benchBriefFanout } from "./bench/brief";
import { benchLighthouse } from "./bench/lighthouse";
import { benchPages } from "./bench/pages";
import { benchSearchLatency } from "./bench/search";

const SECTIONS: Record<string, () => Promise<boolean>> = {
  pages: benchPages,
  search: benchSearchLatency,
  brief: benchBriefFanout,
  lighthouse: benchLighthouse,
  archive: benchArchive,
};
/** Run when no section is named; Lighthouse has its own script (`npm run bench:lighthouse`), the large archive `npm run bench archive`. */
const DEFAULT_SECTIONS = ["pages", "search", "brief"];

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !(name in SECTIONS));
if (unknown.length) {
  console.error(`Unknown section ${unknown.join(", ")}; sections: ${Object.keys(SECTIONS).join(", ")}`);
  process.exit(2);
}

let allPassed = true;
for (const name of requested.length ? requested : DEFAULT_SECTIONS) {
  console.log(`\n== ${name} ==\n`);
  allPassed = (await SECTIONS[name]!()) && allPassed;
}
process.exit(allPassed ? 0 : 1);
