import { describe, expect, it } from "vitest";
import { fetchPage, pageWindow } from "./paging.ts";

describe("pageWindow", () => {
  it("gives the window of a page within the list", () => {
    expect(pageWindow(1, 1234, 50)).toEqual({ page: 1, pageCount: 25, offset: 0, limit: 50 });
    expect(pageWindow(2, 1234, 50)).toEqual({ page: 2, pageCount: 25, offset: 50, limit: 50 });
    expect(pageWindow(25, 1234, 50)).toEqual({ page: 25, pageCount: 25, offset: 1200, limit: 50 });
  });

  it("shows the last page for a page beyond the end", () => {
    expect(pageWindow(26, 1234, 50).page).toBe(25);
    expect(pageWindow(Number.MAX_SAFE_INTEGER, 100, 50)).toMatchObject({ page: 2, offset: 50 });
  });

  it("shows page 1 for a page that is not a whole number from 1", () => {
    for (const bad of [0, -3, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) expect(pageWindow(bad, 1234, 50).page).toBe(1);
  });

  it("an empty list is page 1 of 1", () => {
    expect(pageWindow(4, 0, 50)).toEqual({ page: 1, pageCount: 1, offset: 0, limit: 50 });
  });
});

describe("fetchPage", () => {
  it("counts first, then asks for the clamped page's rows only", async () => {
    const asked: Array<{ offset: number; limit: number }> = [];
    const page = await fetchPage(9, async () => 120, async (w) => {
      asked.push(w);
      return ["x"];
    }, 50);
    expect(asked).toEqual([{ offset: 100, limit: 50 }]);
    expect(page).toEqual({ items: ["x"], total: 120, page: 3, pageSize: 50, pageCount: 3 });
  });

  it("does not query rows when nothing matches", async () => {
    let queried = false;
    const page = await fetchPage(1, async () => 0, async () => {
      queried = true;
      return [];
    });
    expect(queried).toBe(false);
    expect(page.items).toEqual([]);
  });
});
