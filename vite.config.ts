import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

export default defineConfig({
  // The server bundle's entry is our composition root (src/web/server/main.ts), which imports
  // React Router's virtual server build, so routes and services share one module graph.
  environments: {
    ssr: { build: { rollupOptions: { input: "./src/web/server/main.ts" } } },
  },
  plugins: [reactRouter()],
});
