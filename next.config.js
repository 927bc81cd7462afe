/** @type {import('next').NextConfig} */
const frameNone = [
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
];

module.exports = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native or WASM database drivers must load from node_modules at run time, not be bundled; so
  // does the server-side DOM the article fetcher reads pages with (server/fetch).
  serverExternalPackages: ['@electric-sql/pglite', 'pg', '@resvg/resvg-js', 'linkedom', '@mozilla/readability'],
  // Browsers that ask for /favicon.ico before reading the page's <link rel="icon"> get the same mark.
  async rewrites() {
    return [{ source: '/favicon.ico', destination: '/icon.svg' }];
  },
  async headers() {
    return [
      // Every page refuses framing except the embed routes, which set their own headers.
      { source: '/:path((?!embed(?:/|\\.js|$)).*)', headers: frameNone },
    ];
  },
};
