import type { Config } from "@react-router/dev/config";

export default {
  appDirectory: "src/web/app",
  // The end-to-end tests build into a folder of their own (SAMVERKA_BUILD_DIR), so a test run
  // never replaces the assets of a server started from build/.
  buildDirectory: process.env.SAMVERKA_BUILD_DIR || "build",
  ssr: true,
} satisfies Config;
