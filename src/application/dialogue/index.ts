/**
 * The dialogue of a running process (issue 11): its activities, the residents' viewpoints, the
 * themes suggested from them and the compilation. The feature's public face: other features,
 * the web layer and the adapters import from here only.
 */
export { type SwedishText } from "./theme-ports.ts";
