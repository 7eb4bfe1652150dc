// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';

export default defineConfig(
  // dist-*/: second build directories for E2E_DIST (README), git-ignored like dist/.
  {
    ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'test-results/', 'tmp/', '*.tmp.mjs'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['src/components/**/*.tsx'], ...solid },
  {
    // src/lib is the pure library: no DOM, Solid, Plot or tfjs (STYLE.md, point 1).
    // Imports run one way: src/training and the islands use src/lib, never the reverse, so the
    // relative paths into training/, components/ and charts/ are refused at any depth.
    files: ['src/lib/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'solid-js*',
            '@observablehq/*',
            '@tensorflow/*',
            'astro*',
            '**/training/**',
            '**/components/**',
            '**/charts/**',
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'location',
        'history',
      ],
    },
  },
);
