// The settings validator the server runs on workspace/configuration and `.cvlintrc.json`.
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, SETTINGS_SPEC, validateSettings } from '../../server/src/shared/settings';

const ruleIds = ['missing-section', 'empty-section'];

describe('server: settings validation', () => {
  it('gives the defaults for nothing, without problems', () => {
    for (const raw of [undefined, null, {}]) {
      assert.deepEqual(validateSettings(raw), { settings: DEFAULT_SETTINGS, problems: [] });
    }
  });

  it('has a default for every setting it lists', () => {
    const flat = (key: string): unknown =>
      key
        .slice('cvlint.'.length)
        .split('.')
        .reduce<unknown>((value, part) => (value as Record<string, unknown>)[part], DEFAULT_SETTINGS);
    for (const spec of SETTINGS_SPEC) assert.deepEqual(flat(spec.key), spec.default, spec.key);
  });

  it('reads nested objects and dotted keys alike', () => {
    const nested = validateSettings({ messages: { language: 'en' }, files: { include: ['cv/*.md'] }, trace: { server: 'verbose' } });
    const dotted = validateSettings({ 'messages.language': 'en', 'cvlint.files.include': ['cv/*.md'], 'trace.server': 'verbose' });
    assert.deepEqual(nested, dotted);
    assert.equal(nested.settings.messages.language, 'en');
    assert.deepEqual(nested.settings.files.include, ['cv/*.md']);
    assert.deepEqual(nested.problems, []);
  });

  it('reads the time budget and the size limit nested or dotted, and reports broken ones with their range', () => {
    const nested = validateSettings({ analysis: { timeBudgetMs: 5000.4, maxFileSizeKb: 2048 } });
    assert.deepEqual(nested.settings.analysis, { timeBudgetMs: 5000, maxFileSizeKb: 2048 });
    assert.deepEqual(nested.problems, []);
    assert.deepEqual(validateSettings({ 'analysis.timeBudgetMs': 300 }).settings.analysis, { timeBudgetMs: 300, maxFileSizeKb: 1024 });
    const broken = validateSettings({ analysis: { timeBudgetMs: 'fast', maxFileSizeKb: 0 } }, DEFAULT_SETTINGS, { origin: '.cvlintrc.json: ' });
    assert.deepEqual(broken.settings.analysis, DEFAULT_SETTINGS.analysis);
    assert.deepEqual(broken.problems, [
      '.cvlintrc.json: cvlint.analysis.timeBudgetMs: expected a number of milliseconds from 100 to 600000, got "fast"',
      '.cvlintrc.json: cvlint.analysis.maxFileSizeKb: expected a number of KB from 1 to 1048576, got 0',
    ]);
  });

  it('keeps every valid value and reports each invalid one by its key', () => {
    const { settings, problems } = validateSettings(
      {
        enable: 'yes',
        contactPosition: 'start',
        throttleMs: -1,
        run: 'onType',
        rules: { 'missing-section': 'warning', 'empty-section': 'loud', 'made-up': 'off' },
        keywords: { extra: { 'office-software': ['SAP B1', 42] }, ignore: 'Excel' },
        colour: 'blue',
      },
      DEFAULT_SETTINGS,
      { ruleIds },
    );
    assert.equal(settings.enable, true);
    assert.equal(settings.contactPosition, 'start');
    assert.equal(settings.throttleMs, 250);
    assert.deepEqual(settings.rules, { 'missing-section': 'warning' });
    assert.deepEqual(settings.keywords, { extra: {}, ignore: [] });
    assert.deepEqual(problems, [
      'cvlint.enable: expected true or false, got "yes"',
      'cvlint.throttleMs: expected a number of milliseconds from 0 to 10000, got -1',
      'cvlint.rules.empty-section: expected one of "off", "hint", "info", "warning", "error", got "loud"',
      'cvlint.rules.made-up: unknown rule (known: missing-section, empty-section)',
      'cvlint.keywords.extra.office-software: expected a list of strings, got a list containing 42',
      'cvlint.keywords.ignore: expected a list of strings, got "Excel"',
      'cvlint.colour: unknown setting, ignored',
    ]);
  });

  it('layers a workspace file over user settings: the file wins, rules are merged', () => {
    const user = validateSettings({ rules: { 'missing-section': 'warning', 'empty-section': 'error' }, language: 'it', throttleMs: 100 }).settings;
    const { settings, problems } = validateSettings({ rules: { 'empty-section': 'off' }, language: 'en' }, user, { origin: '.cvlintrc.json: ' });
    assert.deepEqual(settings.rules, { 'missing-section': 'warning', 'empty-section': 'off' });
    assert.equal(settings.language, 'en');
    assert.equal(settings.throttleMs, 100);
    assert.deepEqual(problems, []);
    // The base is not modified.
    assert.deepEqual(user.rules, { 'missing-section': 'warning', 'empty-section': 'error' });
  });

  it('names the origin of a problem and rejects an unknown profile', () => {
    const { settings, problems } = validateSettings({ profile: 'astronaut' }, DEFAULT_SETTINGS, { profileIds: ['back-office'], origin: '.cvlintrc.json: ' });
    assert.equal(settings.profile, 'back-office');
    assert.deepEqual(problems, ['.cvlintrc.json: cvlint.profile: unknown profile "astronaut" (known: back-office)']);
  });

  it('refuses settings that are not an object', () => {
    for (const raw of [[], 'cvlint', 3, true]) {
      const { settings, problems } = validateSettings(raw);
      assert.deepEqual(settings, DEFAULT_SETTINGS);
      assert.equal(problems.length, 1);
      assert.match(problems[0], /^settings must be an object/);
    }
  });
});
