import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Where each execution context may not reach (darkreader's import/no-restricted-paths zones). */
const zones = [
  {
    target: './src/core',
    from: ['./src/content', './src/background', './src/ui', './src/shared', './entrypoints'],
    message: 'core/ is pure: no DOM layer, no browser layer.',
  },
  {
    target: './src/content',
    from: ['./src/background', './src/ui'],
    message: 'the content script talks to the background only through messages.',
  },
  {
    target: './src/background',
    from: ['./src/content', './src/ui'],
    message: 'the background does not import page or UI code.',
  },
  {
    target: './src/ui',
    from: ['./src/content', './src/background'],
    message: 'UI pages talk to the background only through messages.',
  },
  {
    target: './src/cli',
    from: ['./src/content', './src/background', './src/ui'],
    message: 'the CLI runs in Node: core only.',
  },
];

/** Sinks that turn text into markup or code: never in our sources. */
const markupSinks = [
  {
    selector: "AssignmentExpression[left.property.name='innerHTML']",
    message: 'Never set innerHTML: set text with textContent.',
  },
  {
    selector: "AssignmentExpression[left.property.name='outerHTML']",
    message: 'Never set outerHTML.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Never insertAdjacentHTML.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
    message: 'Never document.write.',
  },
  {
    selector: "CallExpression[callee.property.name='createContextualFragment']",
    message: 'Never parse markup.',
  },
  { selector: "NewExpression[callee.name='Function']", message: 'Never new Function.' },
  { selector: "CallExpression[callee.name='Function']", message: 'Never Function(text).' },
  {
    selector:
      'CallExpression[callee.property.name=/^write(ln)?$/][callee.object.property.name=/^(document|ownerDocument)$/]',
    message: 'Never document.write.',
  },
  {
    selector: 'CallExpression[callee.property.name=/^write(ln)?$/][callee.object.name=/^doc$/]',
    message: 'Never document.write.',
  },
  { selector: "MemberExpression[property.name='eval']", message: 'Never eval.' },
  { selector: "CallExpression[callee.name='eval']", message: 'Never eval.' },
  {
    selector: 'CallExpression[callee.property.name=/^(setHTMLUnsafe|setHTML|parseHTMLUnsafe)$/]',
    message: 'Never parse markup.',
  },
  { selector: "AssignmentExpression[left.property.name='srcdoc']", message: 'Never set srcdoc.' },
  {
    selector: 'AssignmentExpression[left.computed=true][left.property.value=/^(inner|outer)HTML$/]',
    message: 'Never set innerHTML or outerHTML.',
  },
  {
    selector: 'Property[key.name=/^(inner|outer)HTML$/]',
    message: 'Never pass innerHTML or outerHTML.',
  },
  {
    selector: 'CallExpression[callee.name=/^set(Timeout|Interval)$/][arguments.0.type=/Literal$/]',
    message: 'Never pass code as a string to a timer.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '.tmp/**',
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test-artifacts/**',
      'dist/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { 'import-x': importX },
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.mts', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-default-export': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-restricted-syntax': ['error', ...markupSinks],
      'no-new-func': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // WXT entrypoints and tool configs are default exports by contract.
    files: ['entrypoints/**', '*.config.ts', '*.config.js', '*.config.mts'],
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    // Tests may assert what they just checked exists.
    files: ['tests/**', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Fixture pages' own scripts run in the browser, as the page.
    files: ['tests/e2e/pages/**/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: Object.fromEntries(
        [
          'window',
          'document',
          'location',
          'console',
          'performance',
          'customElements',
          'HTMLElement',
          'CSSStyleSheet',
          'MutationObserver',
          'CSS',
          'setInterval',
          'clearInterval',
          'setTimeout',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'bin/**'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
      },
    },
  },
);
