import { afterEach, describe, expect, it } from "vitest";
import { memoisePublished, noteContentChanged, noteContentListening } from "@/lib/content/published-cache";

// Rows shared between readers are kept only while content-change notices are heard, dropped at
// every notice, and never kept from a read that a notice overlapped.

function counted(values: Record<string, { v: number } | null>) {
  let reads = 0;
  let gate: Promise<void> = Promise.resolve();
  const load = async (key: string) => {
    reads++;
    const value = values[key] ?? null;
    await gate;
    return value ? { ...value } : null;
  };
  return {
    read: memoisePublished(10, load),
    get reads() {
      return reads;
    },
    hold(until: Promise<void>) {
      gate = until;
    },
  };
}

afterEach(() => noteContentListening(false));

describe("memoisePublished", () => {
  it("reads the database every time while notices are not heard", async () => {
    const source = counted({ a: { v: 1 } });
    await source.read("a");
    await source.read("a");
    expect(source.reads).toBe(2);
  });

  it("keeps a found item while listening, until a notice arrives", async () => {
    noteContentListening(true);
    const values = { a: { v: 1 } };
    const source = counted(values);
    expect(await source.read("a")).toEqual({ v: 1 });
    expect(await source.read("a")).toEqual({ v: 1 });
    expect(source.reads).toBe(1);
    values.a = { v: 2 };
    noteContentChanged();
    expect(await source.read("a")).toEqual({ v: 2 });
    expect(source.reads).toBe(2);
  });

  it("never keeps 'not found' (a scheduled article appears by time alone)", async () => {
    noteContentListening(true);
    const source = counted({});
    await source.read("missing");
    await source.read("missing");
    expect(source.reads).toBe(2);
  });

  it("does not keep a read that a notice overlapped", async () => {
    noteContentListening(true);
    const source = counted({ a: { v: 1 } });
    let release!: () => void;
    source.hold(new Promise((resolve) => (release = resolve)));
    const pending = source.read("a");
    noteContentChanged();
    release();
    await pending;
    source.hold(Promise.resolve());
    await source.read("a");
    expect(source.reads).toBe(2);
  });

  it("stops using what it kept when the listener drops", async () => {
    noteContentListening(true);
    const source = counted({ a: { v: 1 } });
    await source.read("a");
    noteContentListening(false);
    noteContentListening(true);
    await source.read("a");
    expect(source.reads).toBe(2);
  });
});
