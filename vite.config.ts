import { reactRouter } from "@react-router/dev/vite";
import { defineConfig, type Plugin } from "vite";
import { compression } from "vite-plugin-compression2";

/**
 * The browser's assets, also stored compressed (brotli and gzip) beside the originals: the
 * server sends the smallest the browser accepts, without compressing on each request. The
 * plugin sees the server bundle too (its hooks run in every environment), so that is left out.
 */
const precompressed = compression({
  algorithms: ["brotliCompress", "gzip"],
  include: /\.(js|css|svg)$/,
  exclude: [/(^|\/)server-build-/, /^index\.js$/],
  threshold: 512,
  skipIfLargerOrEqual: true,
  logLevel: "silent",
}) as Plugin;

export default defineConfig({
  // The server bundle's entry is our composition root (src/web/server/main.ts), which imports
  // React Router's virtual server build, so routes and services share one module graph.
  environments: {
    ssr: { build: { rollupOptions: { input: "./src/web/server/main.ts" } } },
  },
  plugins: [reactRouter(), precompressed],
});
