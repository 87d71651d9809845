// Runs the TextMate grammar tests (test/grammar/*.test.md) with vscode-tmgrammar-test.
// Our injection is read from package.json's `contributes.grammars`, as VS Code reads it. The base
// Markdown grammar (and the YAML/HTML grammars it embeds for front matter and inline HTML) come from
// the `tm-grammars` package, which ships the grammars VS Code itself uses.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const baseGrammars = ['markdown', 'yaml', 'html', 'html-derivative'].map((name) => require.resolve(`tm-grammars/grammars/${name}.json`));
const cli = path.join(path.dirname(require.resolve('vscode-tmgrammar-test/package.json')), 'dist', 'unit.js');

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const result = spawnSync(
  process.execPath,
  [cli, ...baseGrammars.flatMap((file) => ['-g', file]), 'test/grammar/*.test.md'],
  { encoding: 'utf8', cwd: repoRoot },
);
process.stdout.write(result.stdout ?? '');
// The base grammars embed many languages (code blocks) that these tests do not need; drop those warnings.
const stderr = (result.stderr ?? '').split('\n').filter((line) => !line.startsWith('grammar not found for'));
process.stderr.write(stderr.join('\n'));
// One plain closing line, like the mocha suites: each *.test.md file counts as one test.
const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
const passed = (output.match(/^✓ .* run successfuly\.$/gm) ?? []).length;
const total = readdirSync(path.join(repoRoot, 'test', 'grammar')).filter((name) => name.endsWith('.test.md')).length;
const failed = Math.max(total - passed, result.status === 0 ? 0 : 1);
process.stdout.write(`grammar: ${passed} passed, ${failed} failed\n`);
process.exit(result.status ?? 1);
