// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships a large WASM build; bundling it would copy it into .next/static, where it is served publicly.
  serverExternalPackages: ['@electric-sql/pglite', 'pino'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
