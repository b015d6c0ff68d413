// A join link's QR path decodes back to the link (jsQR reads a rasterised copy), and the path covers exactly the dark modules.
import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { qrPath } from "../../../core/field/qr-path.ts";

/** The path's unit squares as a grid (each subpath is "M<x> <y>h<w>v1h<-w>z"). */
function gridOf(size: number, d: string): boolean[][] {
  const grid = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    const [x, y, w, back] = m.slice(1).map(Number) as [number, number, number, number];
    expect(back).toBe(w);
    for (let c = x; c < x + w; c++) {
      expect(grid[y]?.[c]).toBe(false); // no module drawn twice
      (grid[y] as boolean[])[c] = true;
    }
  }
  return grid;
}

/** RGBA pixels of the grid with a 4-module quiet zone, `scale` pixels per module. */
function raster(grid: boolean[][], scale = 4): { data: Uint8ClampedArray; side: number } {
  const side = (grid.length + 8) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  grid.forEach((row, r) => {
    row.forEach((dark, c) => {
      if (!dark) return;
      for (let y = 0; y < scale; y++)
        for (let x = 0; x < scale; x++) {
          const i = (((r + 4) * scale + y) * side + (c + 4) * scale + x) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
    });
  });
  return { data, side };
}

describe("qrPath", () => {
  it.each([
    "https://pilah.example.org/lapangan/#t=pilahm_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG&k=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG%3D",
    "http://localhost:8787/lapangan/#t=x&k=y",
  ])("decodes back to %s", (link) => {
    const q = qrPath(link);
    expect(q.d).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
    const { data, side } = raster(gridOf(q.size, q.d));
    expect(jsQR(data, side, side)?.data).toBe(link);
  });

  it("has a finder pattern in three corners", () => {
    const q = qrPath("http://localhost:8787/lapangan/#t=x&k=y");
    const g = gridOf(q.size, q.d);
    for (const [r0, c0] of [
      [0, 0],
      [0, q.size - 7],
      [q.size - 7, 0],
    ] as const) {
      for (let i = 0; i < 7; i++) {
        expect(g[r0]?.[c0 + i]).toBe(true);
        expect(g[r0 + 6]?.[c0 + i]).toBe(true);
      }
      expect(g[r0 + 1]?.[c0 + 1]).toBe(false);
      expect(g[r0 + 3]?.[c0 + 3]).toBe(true);
    }
  });
});
