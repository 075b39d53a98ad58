import { describe, expect, it } from "vitest";
import { pageHref, pageNumbers, pageParam } from "./paging.ts";

const url = (search: string) => new URL(`http://x.test/kontaktforfragningar${search}`);

describe("pageParam", () => {
  it("reads a whole page number from ?sida", () => {
    expect(pageParam(url("?sida=3"))).toBe(3);
    expect(pageParam(url("?status=ny&sida=12"))).toBe(12);
  });

  it("reads anything else as page 1", () => {
    for (const bad of ["", "?sida=", "?sida=0", "?sida=-2", "?sida=1.5", "?sida=abc", "?sida=%20", "?sida=1e400", "?sida=99999999999999999999"]) expect(pageParam(url(bad)), bad).toBe(1);
  });
});

describe("pageHref", () => {
  it("keeps the filters and sets the page", () => {
    expect(pageHref("/arenden", "?status=inskickat&ordning=behov&sida=2", 3)).toBe("/arenden?status=inskickat&ordning=behov&sida=3");
  });

  it("leaves the page out for page 1", () => {
    expect(pageHref("/arenden", "?status=inskickat&sida=2", 1)).toBe("/arenden?status=inskickat");
    expect(pageHref("/arenden", "?sida=2", 1)).toBe("/arenden");
  });
});

describe("pageNumbers", () => {
  it("links every page of a short list", () => {
    expect(pageNumbers(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("shows the ends and the neighbours, with gaps", () => {
    expect(pageNumbers(10, 25)).toEqual([1, null, 9, 10, 11, null, 25]);
    expect(pageNumbers(1, 25)).toEqual([1, 2, 3, 4, null, 25]);
    expect(pageNumbers(25, 25)).toEqual([1, null, 22, 23, 24, 25]);
  });

  it("never hides a single page behind a gap", () => {
    expect(pageNumbers(4, 25)).toEqual([1, 2, 3, 4, 5, null, 25]);
  });
});
