/**
 * The base map the city's maps are drawn over, when one is configured (MAP_TILES_URL and
 * MAP_TILES_ATTRIBUTION, read by src/web/server/map-tiles.ts). Without it the maps show the
 * city's own area boundaries only, and no request leaves the city's site.
 */
export interface MapTiles {
  /** An XYZ template: https://…/{z}/{x}/{y}.png (optionally {r} for retina tiles). */
  url: string;
  /** Who owns the map, shown on the map as text (never as HTML). */
  attribution: string;
  /** Where the attribution links to, when the tile host asks for a link (OpenStreetMap's copyright page). */
  attributionUrl: string | null;
  /** The tile server's origin: the only address added to the CSP's img-src. */
  origin: string;
}
