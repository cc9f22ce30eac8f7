// One lint configuration for the whole repository.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/build/**',
      '**/.cache/**',
      '**/.tmp/**',
      '.data/**',
      'cms/types/generated/**',
      'frontends/graphql-types/index.d.ts',
      '**/.strapi/**',
      'cms/public/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@disclosure-hub/*/src/*', '@disclosure-hub/*/dist/*'],
              message: 'Import the package root, not its internals.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/test/**', '**/tests/**', '**/*.test.ts'],
    languageOptions: { globals: { ...globals.jest } },
    // Tests read JSON answers whose shape is what they assert.
    rules: { '@typescript-eslint/no-require-imports': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['frontends/**/*.{js,ts}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
