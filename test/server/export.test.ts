// cvlint/exportCv over real LSP (dist/server.js loading dist/export.js): the bytes of each format for the text the
// editor has, the error findings the client warns about, and the file name it proposes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXPORT_CV_REQUEST, type ExportCvResult } from '../../server/src/shared/protocol';
import { virtualUri } from './helpers';
import { TestClient } from './lsp-client';

const example = (name: string) => readFileSync(path.resolve(__dirname, '../../examples', name), 'utf8');

describe('server: cvlint/exportCv', function () {
  this.timeout(60_000);
  let client: TestClient;

  before(async () => {
    client = new TestClient();
    await client.start();
  });
  after(async () => {
    await client.stop();
  });

  it('returns a PDF, a Word document and plain text of the open CV, with no error findings to warn about', async () => {
    const uri = await client.open(virtualUri('cv-back-office-it.md'), example('cv-back-office-it.md'));
    const status = await client.statusFor(uri, 1);
    assert.equal(status.findingCounts.error, 0);
    const pdf = await client.connection.sendRequest<ExportCvResult | null>(EXPORT_CV_REQUEST, { uri, format: 'pdf' });
    assert.ok(pdf);
    assert.equal(pdf.errorCount, 0);
    assert.equal(pdf.name, 'Giulia Bianchi');
    assert.equal(pdf.fileName, 'cv-back-office-it.pdf');
    const pdfBytes = Buffer.from(pdf.data, 'base64');
    assert.equal(pdfBytes.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(pdfBytes.toString('latin1').includes('/MediaBox [0 0 595.28 841.89]'), 'A4');
    const letter = await client.connection.sendRequest<ExportCvResult | null>(EXPORT_CV_REQUEST, { uri, format: 'pdf', paper: 'Letter' });
    assert.ok(Buffer.from(letter!.data, 'base64').toString('latin1').includes('/MediaBox [0 0 612 792]'), 'Letter');

    const docx = await client.connection.sendRequest<ExportCvResult | null>(EXPORT_CV_REQUEST, { uri, format: 'docx' });
    assert.equal(Buffer.from(docx!.data, 'base64').subarray(0, 2).toString('latin1'), 'PK', 'a zip (Office Open XML)');
    assert.equal(docx!.fileName, 'cv-back-office-it.docx');
    const text = await client.connection.sendRequest<ExportCvResult | null>(EXPORT_CV_REQUEST, { uri, format: 'txt' });
    assert.match(Buffer.from(text!.data, 'base64').toString('utf8'), /^GIULIA BIANCHI\n/);
  });

  it('exports the text the editor has now, and counts its error findings', async () => {
    const uri = await client.open(virtualUri('cv-gaps-en.md'), example('cv-gaps-en.md'));
    await client.statusFor(uri, 1);
    const version = await client.replace(uri, example('cv-gaps-en.md').replace(/^# .*$/m, '# Daniela Carta'));
    await client.statusFor(uri, version);
    const result = await client.connection.sendRequest<ExportCvResult | null>(EXPORT_CV_REQUEST, { uri, format: 'txt' });
    assert.ok(result);
    assert.equal(result.errorCount, 2);
    assert.equal(result.name, 'Daniela Carta');
    assert.match(Buffer.from(result.data, 'base64').toString('utf8'), /^DANIELA CARTA\n/);
  });

  it('answers null for an unknown document or format', async () => {
    assert.equal(await client.connection.sendRequest(EXPORT_CV_REQUEST, { uri: virtualUri('never-opened.md'), format: 'pdf' }), null);
    const uri = await client.open(virtualUri('cv-odt.md'), example('cv-gaps-it.md'));
    assert.equal(await client.connection.sendRequest(EXPORT_CV_REQUEST, { uri, format: 'odt' }), null);
  });
});
