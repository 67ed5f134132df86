import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Reading pages must stay small and must not be able to touch money, discounts or mail: walk
// the static import graph of every reading page (and the layouts and components it pulls in)
// and fail on any path into billing, discount, email, job-queue or auth-option code. Nor may
// they run Markdown or the sanitiser: articles are served as the HTML stored at save time, so
// the renderer (and the desk that calls it) must be out of their reach.

const root = path.resolve(import.meta.dirname, "../..");

const READING_ENTRY_POINTS = [
  "app/layout.tsx",
  "app/not-found.tsx",
  "app/(site)/layout.tsx",
  "app/(site)/page.tsx",
  "app/(site)/articles/page.tsx",
  "app/(site)/articles/[slug]/page.tsx",
  "app/(site)/podcasts/page.tsx",
  "app/(site)/podcasts/[slug]/page.tsx",
  "app/(site)/authors/[slug]/page.tsx",
  "app/(site)/search/page.tsx",
  "app/(site)/news/page.tsx",
  "app/(site)/briefs/page.tsx",
  "app/(site)/briefs/[date]/page.tsx",
  "app/feed.xml/route.ts",
  "app/podcasts/feed.xml/route.ts",
  "app/podcasts/transcripts/[file]/route.ts",
  "app/sitemap.xml/route.ts",
  "app/sitemap/[file]/route.ts",
  "app/robots.ts",
  "app/media/[...key]/route.ts",
];

const FORBIDDEN_FILES = [
  /^lib\/billing\//,
  /^lib\/discounts\//,
  /^lib\/email\//,
  /^lib\/jobs\//,
  /^lib\/auth\/options\.ts$/,
  /^lib\/content\/markdown\.ts$/,
  /^lib\/content\/article-html\.ts$/,
  /^lib\/desk\//,
];
const FORBIDDEN_PACKAGES = [/^stripe$/, /^nodemailer$/, /^pg-boss$/, /^next-auth(\/|$)/, /^@react-email\//, /^marked$/, /^sanitize-html$/];

const { config } = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile);
const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);

/** Module specifiers a file loads at run time (type-only imports load nothing). */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const onlyTypes =
        clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      if (!onlyTypes) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === "require")) &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

type Module = { kind: "file"; id: string; file: string } | { kind: "package"; id: string };

function resolve(specifier: string, from: string): Module | null {
  const resolved = ts.resolveModuleName(specifier, from, options, ts.sys).resolvedModule;
  const local = specifier.startsWith(".") || specifier.startsWith("@/");
  if (!resolved && local) {
    // Stylesheets carry no code; anything else unresolved would be a hole in the walk.
    if (specifier.endsWith(".css")) return null;
    throw new Error(`Cannot resolve ${specifier} from ${path.relative(root, from)}`);
  }
  if (!resolved || resolved.isExternalLibraryImport) return { kind: "package", id: specifier };
  return { kind: "file", id: path.relative(root, resolved.resolvedFileName).split(path.sep).join("/"), file: resolved.resolvedFileName };
}

/** Every forbidden module reachable from `entry`, each with the chain of imports that reaches it. */
function forbiddenImports(entry: string): string[] {
  const parents = new Map<string, string | null>([[entry, null]]);
  const queue = [path.join(root, entry)];
  const found: string[] = [];
  const chain = (id: string) => {
    const steps = [id];
    for (let parent = parents.get(id); parent; parent = parents.get(parent)) steps.unshift(parent);
    return steps.join(" → ");
  };
  while (queue.length > 0) {
    const file = queue.shift()!;
    const fromId = path.relative(root, file).split(path.sep).join("/");
    for (const specifier of runtimeImports(file)) {
      const target = resolve(specifier, file);
      if (!target || parents.has(target.id)) continue;
      parents.set(target.id, fromId);
      const forbidden = target.kind === "file" ? FORBIDDEN_FILES : FORBIDDEN_PACKAGES;
      if (forbidden.some((pattern) => pattern.test(target.id))) found.push(chain(target.id));
      else if (target.kind === "file") queue.push(target.file);
    }
  }
  return found;
}

describe("reading pages' import graph", () => {
  it.each(READING_ENTRY_POINTS)("%s reaches no billing, discount, email, job, auth-option, Markdown or sanitiser code", (entry) => {
    expect(fs.existsSync(path.join(root, entry)), `${entry} exists`).toBe(true);
    expect(forbiddenImports(entry)).toEqual([]);
  });

  it("sees such code where it is imported on purpose (the pricing page offers discounts)", () => {
    expect(forbiddenImports("app/(site)/pricing/page.tsx").some((chain) => chain.includes("lib/discounts/"))).toBe(true);
  });

  it("sees the renderer where it is used on purpose (the desk renders at save time)", () => {
    expect(forbiddenImports("app/admin/articles/[id]/page.tsx").some((chain) => chain.includes("lib/desk/"))).toBe(true);
    expect(forbiddenImports("lib/content/article-html.ts")).toEqual(["lib/content/article-html.ts → lib/content/markdown.ts"]);
    expect(forbiddenImports("lib/content/markdown.ts").sort()).toEqual([
      "lib/content/markdown.ts → marked",
      "lib/content/markdown.ts → sanitize-html",
    ]);
  });
});
