import { readFileSync } from 'node:fs';
import type { Core } from '@strapi/strapi';

interface Ctx {
  status: number;
  body: unknown;
  type: string;
  set(name: string, value: string): void;
}

/** The demo page: the widget embedded the way a portal would, against this CMS. */
const demoPage = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>政府环境信息检索 · Disclosure search</title>
<script type="module" src="/widget/disclosure-search.js"></script>
<style>body{max-width:64rem;margin:2rem auto;padding:0 1rem;font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif}</style>
</head>
<body>
<h1>政府环境信息检索 <small>Disclosure search</small></h1>
<disclosure-search api-base="" locale="zh-CN"></disclosure-search>
</body>
</html>`;

/**
 * Serves the search widget (`@disclosure-hub/search-widget`) at `/widget/disclosure-search.js` for
 * portals to embed with one script tag, and a demo page at `/widget/`.
 */
export function registerWidgetRoutes(strapi: Core.Strapi): void {
  let script: string | undefined;
  strapi.server.routes([
    {
      method: 'GET',
      path: '/widget/disclosure-search.js',
      handler: (ctx: Ctx) => {
        script ??= readFileSync(require.resolve('@disclosure-hub/search-widget'), 'utf8');
        ctx.type = 'text/javascript; charset=utf-8';
        ctx.set('Cache-Control', 'public, max-age=300');
        ctx.set('Access-Control-Allow-Origin', '*');
        ctx.body = script;
      },
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/widget',
      handler: (ctx: Ctx) => {
        // Strapi's default policy allows no connection to Meilisearch: name it for this page.
        const meili = process.env.MEILI_PUBLIC_HOST || process.env.MEILI_HOST || '';
        ctx.set(
          'Content-Security-Policy',
          `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self' ${meili}`.trim(),
        );
        ctx.type = 'text/html; charset=utf-8';
        ctx.body = demoPage;
      },
      config: { auth: false },
    },
  ] as never);
}
