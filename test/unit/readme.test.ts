// The README is the user's manual: every rule, setting and command must be documented there.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allRules } from '../../server/src/rules/index';
import { SETTINGS_SPEC } from '../../server/src/shared/settings';

const readme = readFileSync('README.md', 'utf8');
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { contributes: { commands: { command: string }[] } };

describe('README', () => {
  for (const rule of allRules) {
    it(`documents the rule ${rule.id} in the table and in its own section`, () => {
      assert.ok(readme.includes(`| [\`${rule.id}\`](#rule-${rule.id}) |`), 'row in the rules table');
      assert.ok(readme.includes(`### Rule: ${rule.id}\n`), 'section (the anchor diagnostics link to)');
      const row = readme.split('\n').find((line) => line.startsWith(`| [\`${rule.id}\`]`))!;
      assert.ok(row.includes(`| ${rule.defaultSeverity} |`), `default severity ${rule.defaultSeverity}`);
      assert.equal(!row.endsWith('| — |'), rule.fixable, 'fix column agrees with the rule');
    });
  }

  for (const setting of SETTINGS_SPEC) {
    it(`documents the setting ${setting.key}`, () => {
      assert.ok(readme.includes(`\`${setting.key}\``));
    });
  }

  for (const { command } of manifest.contributes.commands) {
    it(`documents the command ${command}`, () => {
      assert.ok(readme.includes(command), command);
    });
  }

  it('has the two-command quick start', () => {
    assert.ok(readme.includes('npm ci && npx cvlint examples/cv-back-office-it.md'));
    assert.ok(readme.includes('npm ci && npm test'));
  });
});
