/**
 * The layer rules (`npm run lint:deps`), checked by dependency-cruiser:
 *
 *   src/domain       pure rules: imports only src/domain
 *   src/application  use cases, ports and input schemas: imports only src/domain, src/application,
 *                    node:crypto and zod (each feature's schemas.ts, shared by the web and the API)
 *   src/adapters     implement the ports: never src/web
 *   src/text         the message catalogues (sv, en) and the translator: imports only src/text
 *                    and src/domain; the web app, the command line and the adapters word text
 *                    from it, the application does not (docs/decisions/0015-where-text-lives.md)
 *   src/web/app      the React Router app: reaches adapters only through the services in the
 *                    request context, so no src/adapters imports (type-only imports are fine)
 *   everywhere       no circular dependencies
 *
 * Tests next to the code (*.test.ts) may also import vitest (and domain tests fast-check, for
 * property tests); nothing else is relaxed for them.
 *
 * Parser: swc (@swc/core). dependency-cruiser's TypeScript parser needs the typescript
 * package's JavaScript API, which TypeScript 7 (our typescript devDependency, the native
 * compiler) no longer has; without a TypeScript-capable parser dependency-cruiser skips .ts
 * files and reports "0 modules cruised" as a pass. swc reads `import type` and inline
 * `type` specifiers, so type-only imports are recognised as such.
 */

// Without swc, dependency-cruiser would silently skip every .ts/.tsx file and pass; refuse instead.
try {
  require.resolve("@swc/core");
} catch {
  throw new Error("lint:deps needs the devDependency @swc/core (run `npm ci`): without it dependency-cruiser cannot read TypeScript and would check nothing.");
}

const TEST_FILE = "\\.test\\.tsx?$";
const VITEST = "^node_modules/vitest/";
const FAST_CHECK = "^node_modules/fast-check/";
const ZOD = "^node_modules/zod/";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "domain-is-pure",
      comment:
        "src/domain holds pure rules: it imports only from src/domain — no node: built-ins, no npm packages, no other layer (not even types).",
      severity: "error",
      from: { path: "^src/domain/", pathNot: TEST_FILE },
      to: { pathNot: "^src/domain/" },
    },
    {
      name: "domain-tests-stay-in-domain",
      comment: "Domain tests import the domain, vitest and fast-check (property tests) only.",
      severity: "error",
      from: { path: `^src/domain/.+${TEST_FILE}` },
      to: { pathNot: ["^src/domain/", VITEST, FAST_CHECK] },
    },
    {
      name: "application-depends-on-domain-only",
      comment:
        "src/application (use cases, ports and input schemas) imports only src/domain, src/application, node:crypto and zod (the input schemas, docs/decisions/0018-input-schemas.md). Everything else reaches it through the ports (src/application/shared/ports.ts and each feature's ports.ts).",
      severity: "error",
      from: { path: "^src/application/", pathNot: TEST_FILE },
      to: { pathNot: ["^src/(domain|application)/", "^(node:)?crypto$", ZOD] },
    },
    {
      name: "zod-parses-input-at-the-doors",
      comment:
        "zod parses what comes in: the features' input schemas (src/application/<feature>/schemas.ts), the web layer that parses forms and queries with them, and the configuration read at start-up (src/adapters/config). The domain stays pure (domain-is-pure); other adapters receive typed values.",
      severity: "error",
      from: { pathNot: ["^src/application/", "^src/web/", "^src/adapters/config/", TEST_FILE] },
      to: { path: ZOD },
    },
    {
      name: "text-is-data",
      comment:
        "src/text holds the message catalogues (one module per feature, each with sv and en) and the translator: data and pure functions, for the web app, the command line and the document adapters alike. It imports only src/text and src/domain (the codes it words): no node: built-ins, no npm packages, no React, no other layer. The application layer does not import it: use cases return codes and data, and the edges word them (docs/decisions/0015-where-text-lives.md).",
      severity: "error",
      from: { path: "^src/text/", pathNot: TEST_FILE },
      to: { pathNot: "^src/(text|domain)/" },
    },
    {
      name: "application-is-feature-folders",
      comment:
        "src/application holds only feature folders and shared/: a use case, its ports and its page queries live in their feature's folder (docs/architecture.md).",
      severity: "error",
      from: {},
      to: { path: "^src/application/[^/]+\\.tsx?$" },
    },
    {
      name: "application-is-feature-folders-too",
      comment: "The same rule seen from the file: nothing at the top of src/application imports anything.",
      severity: "error",
      from: { path: "^src/application/[^/]+\\.tsx?$" },
      to: {},
    },
    {
      name: "features-meet-through-their-index",
      comment:
        "A feature of src/application reaches another feature only through that feature's index.ts (its public face); shared/ is open to all. The one exception: shared/ports.ts gathers every feature's repository port into Repositories (type only), so a feature's ports.ts must not import shared/ports.ts (no-circular checks it).",
      severity: "error",
      from: { path: "^src/application/([^/]+)/", pathNot: "^src/application/shared/ports\\.ts$" },
      to: { path: "^src/application/[^/]+/", pathNot: ["^src/application/$1/", "^src/application/shared/", "^src/application/[^/]+/index\\.ts$"] },
    },
    {
      name: "outside-reaches-features-through-their-index",
      comment: "The web layer, the adapters, the command line and scripts reach a feature of src/application only through its index.ts (and shared/).",
      severity: "error",
      from: { pathNot: ["^src/application/", TEST_FILE] },
      to: { path: "^src/application/[^/]+/", pathNot: ["^src/application/shared/", "^src/application/[^/]+/index\\.ts$"] },
    },
    {
      name: "shared-ports-gathers-feature-ports-only",
      comment: "shared/ports.ts may reach into a feature only for its ports.ts, or a part's <part>-ports.ts (the repositories it gathers), type only.",
      severity: "error",
      from: { path: "^src/application/shared/ports\\.ts$" },
      to: { path: "^src/application/(?!shared/)[^/]+/", pathNot: ["^src/application/[^/]+/ports\\.ts$", "^src/application/[^/]+/[a-z]+-ports\\.ts$"] },
    },
    {
      name: "composition-root-is-imported-by-nobody",
      comment: "src/web/server is the composition root only (main.ts, services.ts): it wires the layers, and nothing in src imports it. The HTTP edge lives in src/web/edge, configuration in src/adapters/config.",
      severity: "error",
      from: { pathNot: ["^src/web/server/", TEST_FILE] },
      to: { path: "^src/web/server/" },
    },
    {
      name: "application-tests-stay-in-application",
      comment: "Application tests import src/domain, src/application, node:crypto, zod and vitest only (adapters are faked through the ports).",
      severity: "error",
      from: { path: `^src/application/.+${TEST_FILE}` },
      to: { pathNot: ["^src/(domain|application)/", "^(node:)?crypto$", ZOD, VITEST] },
    },
    {
      name: "adapters-not-to-web",
      comment: "src/adapters implement the application's ports; they never import the web layer (not even types).",
      severity: "error",
      from: { path: "^src/adapters/" },
      to: { path: "^src/web/" },
    },
    {
      name: "web-app-not-to-adapters",
      comment:
        "The React Router app (src/web/app) reaches adapters only through the services in the request context (wired in src/web/server). Type-only imports are allowed.",
      severity: "error",
      from: { path: "^src/web/app/" },
      to: { path: "^src/adapters/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "no-circular",
      comment: "No module may depend on itself, directly or through others (type-only imports count too: they couple the modules just the same).",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "not-to-unresolvable",
      comment:
        "Every import must resolve to a file, a built-in or an installed package (Vite's virtual: modules excepted). Otherwise the rules above could not see where it goes.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true, pathNot: "^virtual:" },
    },
  ],
  options: {
    parser: "swc",
    doNotFollow: { path: "^node_modules/" },
    moduleSystems: ["es6", "cjs"],
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".d.ts"],
      mainFields: ["module", "main", "types"],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
