// `cvlint --list-profiles` and `--profile ID|PATH`, called in-process through `main()`.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main, type CliIO } from '../../server/src/cli/main';

const repoRoot = path.resolve(__dirname, '../..');
const bankIt = 'test/fixtures/profiles/cv-banca-it.md';

async function run(args: string[], cwd = repoRoot): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: false },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    readStdin: async () => new Uint8Array(),
    cwd,
    env: {},
  };
  const status = await main(args, io);
  return { status, stdout, stderr };
}

describe('cli: profiles', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cvlint-cli-profiles-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('--list-profiles prints id, name, what it extends and the description of each profile', async () => {
    const result = await run(['--list-profiles']);
    assert.equal(result.status, 0);
    assert.equal(result.stderr, '');
    const lines = result.stdout.split('\n');
    assert.match(lines[0]!, /^generic {2,}Any role$/);
    assert.match(lines[1]!, /^ +For any role: checks sections and contact details, with no role keywords\.$/);
    assert.match(result.stdout, /^bank-back-office +Bank and financial back office \(extends back-office\)$/m);
    assert.match(result.stdout, /^customer-service-back-office +Customer-service back office \(extends back-office\)$/m);
    assert.equal(lines.filter((line) => /^\S/.test(line)).length, 7);
  });

  it('--list-profiles -m it --format json: the same in Italian, as JSON', async () => {
    const result = await run(['--list-profiles', '-m', 'it', '--format', 'json']);
    assert.equal(result.status, 0);
    const list = JSON.parse(result.stdout) as { id: string; name: string; extends: string | null; description: string; origin: string }[];
    assert.deepEqual(list[0], { id: 'generic', name: 'Qualsiasi ruolo', extends: null, description: 'Per ogni ruolo: controlla sezioni e contatti, senza parole chiave di un mestiere.', origin: 'built-in' });
    assert.deepEqual(list.find((p) => p.id === 'hr-back-office')?.extends, 'back-office');
  });

  it('--list-profiles with files, or with --format sarif, is a usage error', async () => {
    assert.equal((await run(['--list-profiles', bankIt])).status, 2);
    assert.equal((await run(['--list-profiles', '--format', 'sarif'])).status, 2);
  });

  it('--profile ID switches the keywords asked for', async () => {
    const back = await run(['--format', 'json', '-p', 'back-office', bankIt]);
    const bank = await run(['--format', 'json', '-p', 'bank-back-office', bankIt]);
    const ruleIds = (out: string) => (JSON.parse(out) as { findings: { ruleId: string; message: string }[] }[])[0]!.findings.filter((f) => f.ruleId === 'missing-keywords').map((f) => f.message);
    assert.deepEqual(ruleIds(back.stdout), []);
    assert.deepEqual(ruleIds(bank.stdout), [
      'Operatività bancaria: trovate 2 parole chiave su 3 attese (conti correnti, bonifici). Potresti aggiungere: antiriciclaggio, KYC, amministrazione titoli, segnalazioni di vigilanza, pratiche di fido.',
    ]);
  });

  it('--profile with an unknown id says which ids exist', async () => {
    const result = await run(['-p', 'bank', bankIt]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /unknown profile "bank" \(available: generic, back-office, bank-back-office/);
  });

  it('--profile PATH uses the person\'s own file, and --list-profiles shows it', async () => {
    const file = path.join(dir, 'my-bank.cvlint-profile.json');
    writeFileSync(file, JSON.stringify({ id: 'my-bank', extends: 'bank-back-office', label: { it: 'Mia banca', en: 'My bank' }, description: { it: 'Due termini bastano.', en: 'Two terms are enough.' }, keywordGroups: [{ id: 'banking', minPresent: 2 }] }));
    const checked = await run(['--format', 'json', '--profile', file, bankIt]);
    assert.equal(checked.status, 0, checked.stderr);
    const report = (JSON.parse(checked.stdout) as { profile: string; findings: { ruleId: string }[] }[])[0]!;
    assert.equal(report.profile, 'my-bank');
    assert.deepEqual(report.findings.filter((f) => f.ruleId === 'missing-keywords'), []);
    const listed = await run(['--list-profiles', '--profile', file]);
    assert.match(listed.stdout, /^my-bank +My bank \(extends bank-back-office\)\n +Two terms are enough\.\n +file: .*my-bank\.cvlint-profile\.json$/m);
  });

  it('--profile PATH with an error: one line naming the file and the field, exit code 2, no CV checked', async () => {
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify({ id: 'broken', extends: 'back-office', label: { it: 'Rotto', en: 'Broken' }, description: { it: 'x', en: 'y' }, contact: { placement: 'middle' } }));
    const result = await run(['--profile', file, bankIt]);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, `cvlint: ${file}: field "contact.placement": expected one of "end", "start", "any", got "middle"\n`);
  });

  it('--profile with a relative path reads it from the working directory', async () => {
    writeFileSync(path.join(dir, 'relative.json'), JSON.stringify({ id: 'relative', extends: 'generic', label: { it: 'R', en: 'R' }, description: { it: 'R', en: 'R' } }));
    const result = await run(['--format', 'json', '--profile', './relative.json', path.join(repoRoot, bankIt)], dir);
    assert.equal(result.status, 0, result.stderr);
    assert.equal((JSON.parse(result.stdout) as { profile: string }[])[0]!.profile, 'relative');
  });
});
