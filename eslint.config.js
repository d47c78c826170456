import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Lint, including the import direction of shared/STYLE.md:
 * app → features → (ui, data) → domain. domain imports nothing of ours; no feature imports another.
 */
const features = ['today', 'practice', 'exam', 'plan', 'progress', 'group', 'bank', 'packs', 'certification', 'settings'];

// Zod comes through src/domain/zod.ts, which sets it to never probe for eval (our CSP refuses it).
const viaOurZod = { name: 'zod', message: 'Import z from src/domain/zod.ts: it configures zod before any schema parses.' };
const restrict = (patterns, { zod = false } = {}) => ({
  'no-restricted-imports': ['error', { patterns, paths: zod ? [] : [viaOurZod] }],
});
const layer = (names, message) => ({ group: names.flatMap((n) => [`**/${n}`, `**/${n}/**`]), message });

export default tseslint.config(
  { ignores: ['dist', 'dist-floor', 'node_modules', 'reports', 'coverage', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render text as HTML.' },
      ],
    },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
  // The bench runs some of its functions inside the page under test.
  { files: ['scripts/bench.mjs', 'scripts/bench/**/*.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: restrict([
      layer(['data', 'features', 'ui', 'app'], 'domain is pure: it imports nothing of ours outside src/domain.'),
      { group: ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand'], message: 'domain has no React, Dexie or store code.' },
    ]),
  },
  {
    files: ['src/data/**/*.{ts,tsx}'],
    rules: restrict([layer(['features', 'ui', 'app'], 'data may import domain only.')]),
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: restrict([layer(['features', 'app', 'data'], 'ui is presentational: it may import domain only.')]),
  },
  // Only the wrapper itself imports zod.
  {
    files: ['src/domain/zod.ts'],
    rules: restrict([layer(['data', 'features', 'ui', 'app'], 'domain is pure.')], { zod: true }),
  },
  { files: ['src/app/**/*.{ts,tsx}', 'src/*.{ts,tsx}'], rules: restrict([]) },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: restrict([
      layer(['app'], 'features never import the app shell.'),
      layer(
        features.filter((f) => f !== feature).map((f) => `features/${f}`),
        'a feature never imports another feature.',
      ),
    ]),
  })),
);
