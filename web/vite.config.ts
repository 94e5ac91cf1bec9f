import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// In development (`npm run dev`) Vite forwards /api and /gateway to a running jxc-gateway, so
// the browser still sees one origin.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/api": "http://127.0.0.1:8080",
      "/gateway": "http://127.0.0.1:8080",
    },
  },
  build: { chunkSizeWarningLimit: 2000 },
  test: { environment: "node", include: ["src/**/*.test.ts", "src/**/*.test.tsx"] },
});
