// ESLint flat config: type-checked TypeScript rules, React hooks, and the layering rules of
// docs/ARCHITECTURE.md (which layer may import what), enforced per folder.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'worker_threads'];
const layer = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});
// `electron` as an exact module name: a pattern would also match the path to electron/contract.
const rendererOnly = {
  paths: [{ name: 'electron', message: 'the renderer talks to core only through the contract client' }],
  patterns: [
    {
      group: ['**/core/**', '**/main/**', '**/preload/**', '**/host/**', '**/cli/**', ...nodeBuiltins],
      message: 'the renderer talks to core only through the contract client',
    },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'types/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['electron/contract/**'],
    rules: layer(
      ['electron', 'react', '../core/**', '../main/**', ...nodeBuiltins],
      'contract imports nothing runtime-specific',
    ),
  },
  {
    files: ['electron/core/**'],
    rules: layer(
      ['electron', 'react', '**/main/**', '**/preload/**', '**/host/**', '**/cli/**', '**/renderer/**'],
      'core is pure Node: never electron, never a shell',
    ),
  },
  {
    // Generic thread code (spawning workers, RPC) knows no domain: the entries live with their domain.
    files: ['electron/core/threads/**'],
    rules: layer(
      ['electron', 'react', '../*', '../**'],
      'core/threads is generic thread code: it imports nothing from search, importers, db or any other domain',
    ),
  },
  {
    files: ['electron/host/**', 'electron/cli/**'],
    rules: layer(
      ['electron', 'react', '**/main/**', '**/preload/**', '**/renderer/**'],
      'host and cli use core and contract only',
    ),
  },
  {
    files: ['electron/main/**'],
    rules: layer(['react', '**/renderer/**', '**/host/**', '**/cli/**'], 'main uses core, contract and electron'),
  },
  {
    files: ['electron/preload/**'],
    rules: layer(['**/core/**', '**/renderer/**', ...nodeBuiltins], 'preload exposes the typed client only'),
  },
  {
    files: ['renderer/**'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', rendererOnly],
    },
  },
  {
    // `../other-feature/…` from renderer/src/features/<feature>/: features never reach into each other.
    files: ['renderer/src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...rendererOnly,
          patterns: [
            ...rendererOnly.patterns,
            {
              regex: '^\\.\\./(?!\\.)',
              message:
                'a feature does not import another feature: open things through navigation/navigation.ts, ' +
                "run another feature's action with runCommand, or share state through the store",
            },
          ],
        },
      ],
    },
  },
);
