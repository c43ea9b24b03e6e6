// Lint rules that keep the house rules of DESIGN.md executable.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['lib/**', 'dist/**', 'cdktf.out/**', 'node_modules/**', 'scratch/**', '**/*.d.ts', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', {
        paths: [{ name: '@cdktf/provider-aws', message: 'Import one resource: @cdktf/provider-aws/lib/<resource>. The root index costs seconds and ~550 MB.' }],
      }],
      '@typescript-eslint/no-empty-object-type': 'off',
      eqeqeq: ['error', 'always'],
      'prefer-const': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/core/cdktf.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'cdktf', message: 'Import cdktf through src/core/cdktf.ts, the one doorway to the runtime.' }],
        patterns: [{ group: ['@cdktf/provider-aws', '@cdktf/provider-aws/*'], message: 'Import provider resources through src/core/cdktf.ts.' }],
      }],
      'no-restricted-syntax': ['error',
        { selector: "ThrowStatement > NewExpression[callee.name='Error']", message: 'Throw ValidationError (src/core/errors.ts): it names the construct, the prop, the value and what is allowed.' },
        { selector: "BinaryExpression[operator='instanceof'][right.name=/^(State|TaskStateBase|Chain|StateMachine|Activity|JsonPathToken)$/]", message: 'Use the brand checks (State.isState, ...): several copies of this library can be loaded.' },
      ],
    },
  },
);
