// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships a large WASM build; bundling it would copy it into .next/static, where it is served publicly.
  serverExternalPackages: ['@electric-sql/pglite', 'pino'],
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm run check` type-checks the whole project (tests included) before the build; checking again costs ~6 s.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
