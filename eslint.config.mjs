import js from '@eslint/js'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import tseslint from 'typescript-eslint'

// Imports point one way: kustomize-lite and yaml-edit stand alone (they may import src/shared,
// which imports no part), the engine never reaches the adapters, and only the action adapter may
// load @actions/*.
const restrict = patterns => ({ 'no-restricted-imports': ['error', { patterns }] })
const adapters = ['**/cli/**', '**/action/**', '**/github/**', '**/io/**']
const projectParts = [
  '**/engine/**',
  '**/flux/**',
  '**/yaml-edit/**',
  '**/kustomize-lite/**',
  '**/lint/**',
  ...adapters
]
const standalone = part => ({
  files: [`src/${part}/**/*.ts`],
  rules: restrict([
    { group: projectParts.filter(p => !p.includes(part)), message: `${part} stands alone.` }
  ])
})

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'fixtures/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off'
    }
  },
  {
    // No import cycles (import-x skips type-only imports, which vanish at run time).
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.js'],
          extensionAlias: { '.js': ['.ts', '.js'] }
        })
      ]
    },
    rules: { 'import-x/no-cycle': 'error' }
  },
  standalone('kustomize-lite'),
  standalone('yaml-edit'),
  {
    files: [
      'src/engine/**/*.ts',
      'src/flux/**/*.ts',
      'src/helm/**/*.ts',
      'src/lint/**/*.ts',
      'src/plan/**/*.ts'
    ],
    rules: restrict([
      { group: adapters, message: 'The engine is pure: adapters call it, never the reverse.' },
      {
        group: ['@actions/*', '@octokit/*', 'node:fs', 'node:child_process'],
        message: 'The engine is pure.'
      }
    ])
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: restrict([
      { group: projectParts, message: 'src/shared imports no part of the project.' },
      { group: ['node:fs', 'node:child_process'], message: 'src/shared is pure.' }
    ])
  }
)
