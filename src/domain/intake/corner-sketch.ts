/**
 * What the map says while a boundary is drawn corner by corner with the keyboard (area-map.tsx):
 * which of the city's areas a point lies in, how large the finished area is, and whether its
 * edges cross. Pure and small, so the browser needs no geometry library; PostGIS still checks
 * the boundary when it is saved. Positions are GeoJSON's [longitude, latitude] in WGS 84.
 */
export type LonLat = readonly [number, number];

/** The mean earth radius the area formula uses (metres), as GeoJSON area libraries do. */
const EARTH_RADIUS = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/**
 * A ring's area on the sphere in square metres (the ring need not be closed), after
 * Chamberlain and Duquette, "Some algorithms for polygons on a sphere" (2007). Within a few
 * per mille of PostGIS's geography area over a city.
 */
export function ringAreaM2(ring: readonly LonLat[]): number {
  const n = ring.length;
  if (n < 3) return 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const [lon1, lat1] = ring[i]!;
    const [lon2, lat2] = ring[(i + 1) % n]!;
    sum += rad(lon2 - lon1) * (2 + Math.sin(rad(lat1)) + Math.sin(rad(lat2)));
  }
  return Math.abs((sum * EARTH_RADIUS * EARTH_RADIUS) / 2);
}

/** Whether a point lies inside a ring (even-odd rule; a point on an edge may go either way). */
function inRing(point: LonLat, ring: readonly LonLat[]): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies in a GeoJSON Polygon or MultiPolygon (outside its holes). */
export function inPolygonGeometry(point: LonLat, geometry: unknown): boolean {
  const g = geometry as { type?: string; coordinates?: unknown } | null;
  const polygons = g?.type === "Polygon" ? [g.coordinates as LonLat[][]] : g?.type === "MultiPolygon" ? (g.coordinates as LonLat[][][]) : [];
  return polygons.some((rings) => rings.length > 0 && inRing(point, rings[0]!) && !rings.slice(1).some((hole) => inRing(point, hole)));
}

/** The name of the first shape the point lies in, or null. */
export function shapeAt(point: LonLat, shapes: ReadonlyArray<{ name: string; geometry: unknown }>): string | null {
  return shapes.find((s) => inPolygonGeometry(point, s.geometry))?.name ?? null;
}

const cross = (o: LonLat, a: LonLat, b: LonLat) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** Whether two segments cross at a point inside both (touching at an end does not count). */
function segmentsCross(p1: LonLat, p2: LonLat, q1: LonLat, q2: LonLat): boolean {
  const d1 = cross(q1, q2, p1);
  const d2 = cross(q1, q2, p2);
  const d3 = cross(p1, p2, q1);
  const d4 = cross(p1, p2, q2);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** Whether the closed ring through the corners has two edges that cross (a bow tie): PostGIS would refuse it. */
export function edgesCross(corners: readonly LonLat[]): boolean {
  const n = corners.length;
  if (n < 4) return false;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      // Neighbouring edges share a corner; the first and the last edge too.
      if (j === i + 1 || (i === 0 && j === n - 1)) continue;
      if (segmentsCross(corners[i]!, corners[(i + 1) % n]!, corners[j]!, corners[(j + 1) % n]!)) return true;
    }
  }
  return false;
}
