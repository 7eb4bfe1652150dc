// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import solid from '@astrojs/solid-js';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { fileURLToPath } from 'node:url';

/**
 * @typedef {{ type: string, tagName?: string, name?: string, properties?: { className?: unknown, tabIndex?: number },
 *   attributes?: { type: string, name?: string, value?: string }[], children?: Node[] }} Node
 * A hast element or an MDX JSX element, as far as this plugin reads it.
 */
/**
 * Gives every KaTeX display box and every table tabindex="0": wider than a phone's column, they
 * scroll sideways (src/styles/custom.css; Starlight's table style), and a scrollable region must
 * take focus to scroll by keyboard (axe's scrollable-region-focusable). Runs after rehype-katex.
 * @type {import('@astrojs/markdown-remark').RehypePlugin}
 */
const rehypeFocusableScrollers = () => (root) => {
  const walk = (/** @type {Node} */ node) => {
    const classes = node.properties?.className;
    if (
      node.type === 'element' &&
      node.properties &&
      (node.tagName === 'table' || (Array.isArray(classes) && classes.includes('katex-display')))
    ) {
      node.properties.tabIndex = 0;
    }
    // A <table> written as JSX in MDX reaches rehype as an MDX JSX element, not as hast.
    if (
      node.type === 'mdxJsxFlowElement' &&
      node.name === 'table' &&
      node.attributes &&
      !node.attributes.some((a) => a.name === 'tabindex')
    ) {
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'tabindex', value: '0' });
    }
    node.children?.forEach(walk);
  };
  walk(/** @type {Node} */ (/** @type {unknown} */ (root)));
};

// Served from the site root; `site` only feeds canonical URLs and the sitemap.
export default defineConfig({
  site: 'https://scaling-lab.example',
  trailingSlash: 'always',
  // Cross-origin isolation for `astro dev` and `astro preview`: it lets the labs' WASM backend use
  // threads (SharedArrayBuffer). Everything the site loads is its own, so require-corp blocks
  // nothing. public/_headers says the same to static hosts that read it (Netlify, Cloudflare Pages).
  server: {
    headers: {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    },
  },
  vite: {
    resolve: {
      // tfjs-core's Node-only require of node-fetch breaks dev pre-bundling (no default export);
      // the browser has fetch, so the shim hands tfjs that instead.
      alias: [
        {
          find: 'node-fetch',
          replacement: fileURLToPath(new URL('./src/shims/node-fetch.ts', import.meta.url)),
        },
        // Starlight's search UI loads on the reader's first move towards search, not on idle
        // before the page's own results: src/components/starlight/pagefindOnIntent.ts says how.
        {
          find: /^@pagefind\/default-ui$/,
          replacement: fileURLToPath(
            new URL('./src/components/starlight/pagefindOnIntent.ts', import.meta.url),
          ),
        },
      ],
    },
  },
  markdown: {
    remarkPlugins: [remarkMath],
    // Math is rendered at build time: pages show it with JavaScript disabled.
    rehypePlugins: [
      [rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }],
      rehypeFocusableScrollers,
    ],
  },
  integrations: [
    starlight({
      title: 'Scaling Lab',
      description:
        'Neural scaling laws (Kaplan 2020, Chinchilla 2022) explained, computed and reproduced in your browser.',
      // KaTeX's stylesheet and fonts are bundled from the katex package: no CDN.
      customCss: ['katex/dist/katex.min.css', './src/styles/custom.css'],
      lastUpdated: false,
      pagination: true,
      sidebar: [
        {
          label: 'Guide',
          items: [
            { slug: 'guide' },
            { label: 'Kaplan et al. 2020', autogenerate: { directory: 'guide/kaplan' } },
            {
              label: 'Chinchilla (Hoffmann et al. 2022)',
              autogenerate: { directory: 'guide/chinchilla' },
            },
            { label: 'After Chinchilla', autogenerate: { directory: 'guide/after-chinchilla' } },
            { label: 'Planning a run', autogenerate: { directory: 'guide/practice' } },
          ],
        },
        { label: 'Planner', link: '/planner/' },
        { label: 'Calculators', autogenerate: { directory: 'calculators' } },
        {
          label: 'Exercises',
          items: [
            { slug: 'exercises' },
            { label: 'Kaplan track', autogenerate: { directory: 'exercises/kaplan' } },
            { label: 'Planning track', autogenerate: { directory: 'exercises/planning' } },
          ],
        },
        { label: 'Labs', autogenerate: { directory: 'labs' } },
        { label: 'Cheat sheet', link: '/cheat-sheet/' },
        { label: 'Reference', autogenerate: { directory: 'reference' } },
      ],
    }),
    solid(),
  ],
});
