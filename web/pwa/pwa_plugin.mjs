// The build's part of "installable on a phone" (issue 16): the web app
// manifest, the icons and favicon (drawn by icon_design.mjs, written as PNG
// by png.mjs: nothing fetched, no image tool), their tags in index.html, and
// the service worker (sw.js) with the list of this build's files to cache.
// Everything lands at the root of web/dist, where the service worker's scope
// is the whole app.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GREEN, iconPixels, iconSvg } from './icon_design.mjs';
import { encodePng } from './png.mjs';

const BACKGROUND = '#f6f8f6';  // the page's background (style.css --bg)

export const MANIFEST = {
  id: '/',
  name: 'Platewise',
  short_name: 'Platewise',
  description: 'Calories and nutrients, logged fast, on your own server.',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  background_color: BACKGROUND,
  theme_color: GREEN,
  icons: [
    { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};

// An .ico file holding one PNG (every browser since 2010 reads those).
function icoOf(png, size) {
  const head = Buffer.alloc(22);
  head.writeUInt16LE(0, 0);
  head.writeUInt16LE(1, 2);  // an icon
  head.writeUInt16LE(1, 4);  // one image
  head[6] = size;
  head[7] = size;
  head.writeUInt16LE(1, 10);  // colour planes
  head.writeUInt16LE(32, 12);  // bits per pixel
  head.writeUInt32LE(png.length, 14);
  head.writeUInt32LE(22, 18);  // where the image starts
  return Buffer.concat([head, png]);
}

function files() {
  const png = (size, options) => encodePng(size, size, iconPixels(size, options));
  return {
    'icon-192.png': png(192),
    'icon-512.png': png(512),
    'icon-maskable-512.png': png(512, { maskable: true }),
    'apple-touch-icon.png': png(180, { maskable: true }),
    'favicon.svg': iconSvg(),
    'favicon.ico': icoOf(png(32), 32),
    'manifest.webmanifest': `${JSON.stringify(MANIFEST, null, 2)}\n`,
  };
}

export function pwa() {
  return {
    name: 'platewise-pwa',
    apply: 'build',
    // After Vite's own plugins: index.html is in the bundle by then.
    enforce: 'post',
    transformIndexHtml() {
      return [
        { tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' }, injectTo: 'head' },
        { tag: 'meta', attrs: { name: 'theme-color', content: GREEN }, injectTo: 'head' },
        { tag: 'link', attrs: { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }, injectTo: 'head' },
        { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/apple-touch-icon.png' }, injectTo: 'head' },
      ];
    },
    generateBundle(_options, bundle) {
      const made = files();
      for (const [fileName, source] of Object.entries(made)) this.emitFile({ type: 'asset', fileName, source });
      // The shell: the page, its scripts and styles (the chunk loaded only
      // for a camera without BarcodeDetector too: small next to a phone's
      // cache, and it keeps the app whole offline), the manifest and icons.
      const built = Object.keys(bundle).filter((name) => /\.(js|css)$/.test(name));
      const shell = ['/', ...built.map((name) => `/${name}`), ...Object.keys(made).map((name) => `/${name}`)];
      const page = bundle['index.html'];
      const version = createHash('sha256')
        .update(shell.join('\n')).update(page ? String(page.source) : '')
        .digest('hex').slice(0, 16);
      const worker = readFileSync(new URL('./sw.js', import.meta.url), 'utf8')
        .replace("'__VERSION__'", JSON.stringify(version))
        .replace('__SHELL__', JSON.stringify(shell));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: worker });
    },
  };
}
