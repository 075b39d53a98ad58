/**
 * The dialogue feature's repository ports, as src/application/shared/ports.ts gathers them
 * (that file may reach into a feature only through its ports.ts). Each part of the feature keeps
 * its ports in a file of its own and names its repository here.
 */
export type { ThemeRepository } from "./theme-ports.ts";
export type { ViewpointRepository } from "./viewpoint-ports.ts";
