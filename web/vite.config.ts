import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

// The page is served by `parallax serve` from web/dist: no CDN, everything bundled, no inline script
// (the server's CSP allows scripts only from itself).
export default defineConfig({
  base: "/",
  plugins: [preact({ devToolsInProdBuild: false, prefreshEnabled: false })],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
