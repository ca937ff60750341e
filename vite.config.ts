import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { serveConnectionConfig } from "./web/app/serve-connection-config.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: "web",
  plugins: [react(), serveConnectionConfig()],
  server: {
    host: "127.0.0.1",
    port: 5173,
    // The app reads cypher/read/*.cypher, outside web/.
    fs: { allow: [root] },
  },
  preview: { host: "127.0.0.1" },
  build: { outDir: "../dist", emptyOutDir: true, target: "es2022" },
  test: {
    root,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["graph-loader/**/*.test.ts", "neo4j/**/*.test.ts", "web/**/*.test.ts", "test/unit/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "components",
          environment: "jsdom",
          include: ["web/**/*.test.tsx"],
          setupFiles: ["test/setup/components.ts"],
        },
      },
      {
        // Neo4j and browser tests share one real Neo4j (started by the global setup, or NEO4J_URI)
        // and reset it per file, so their files run one at a time.
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["test/neo4j/**/*.test.ts", "test/browser/**/*.test.ts"],
          globalSetup: ["test/setup/global-neo4j.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
          // A browser waits on a real server and a real layout; on a loaded machine a second is short.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
