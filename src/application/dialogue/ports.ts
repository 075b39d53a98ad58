/** Ports of the dialogue feature (issue 11), as the shared Repositories gather them. The viewpoints' own: ./viewpoint-ports.ts. */
export type { ViewpointRepository } from "./viewpoint-ports.ts";
