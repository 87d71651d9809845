// Stable command ids (package.json `contributes.commands` uses the same strings; tests call them).
export const COMMANDS = {
  newCv: 'cvlint.newCv',
  insertMissingSection: 'cvlint.insertMissingSection',
  checkAsCv: 'cvlint.checkAsCv',
  restartServer: 'cvlint.restartServer',
  showOutput: 'cvlint.showOutput',
  showMissing: 'cvlint.showMissing',
  chooseProfile: 'cvlint.chooseProfile',
  exportPdf: 'cvlint.exportPdf',
  exportDocx: 'cvlint.exportDocx',
  exportText: 'cvlint.exportText',
  compareWithJob: 'cvlint.compareWithJob',
  showReport: 'cvlint.showReport',
} as const;
