import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'net', 'http'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer holds no keys and no Node: it reaches the core only through the API client.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'The renderer never imports Node modules.' },
            {
              group: [
                'electron',
                '**/electron/**',
                'better-sqlite3',
                'libsodium-wrappers*',
                '**/shared/crypto/**',
              ],
              message: 'The renderer talks to the core only through shared/api.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            // Anchored, so the bare module `crypto` is refused but shared/crypto is not.
            {
              group: nodeBuiltins.map((name) => (name.includes(':') ? name : `/${name}`)),
              message: 'shared/ runs everywhere: no Node modules.',
            },
            { group: ['electron', '**/electron/**', '**/renderer/**', '**/server/**'] },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/webhost/**/*.ts', 'server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The core runs in plain Node: never import electron.' },
          ],
          patterns: [
            { group: ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'] },
          ],
        },
      ],
    },
  },
);
