import { describe, expect, it } from "vitest";
import { keptAnswer } from "@/lib/cache/kept-answer";

describe("keptAnswer", () => {
  it("loads once for concurrent and later callers", async () => {
    let loads = 0;
    const answer = keptAnswer(60_000, async () => ++loads);
    expect(await Promise.all([answer(), answer(), answer()])).toEqual([1, 1, 1]);
    expect(await answer()).toBe(1);
  });

  it("asks again after an answer it may not keep, or a failure", async () => {
    const answers = [Promise.reject(new Error("down")), Promise.resolve([]), Promise.resolve(["english"])];
    const answer = keptAnswer(
      60_000,
      () => answers.shift()!,
      (found: string[]) => found.length > 0,
    );
    await expect(answer()).rejects.toThrow("down");
    expect(await answer()).toEqual([]);
    expect(await answer()).toEqual(["english"]);
    expect(await answer()).toEqual(["english"]);
  });
});
