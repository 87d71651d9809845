// Everything the server needs once there is a document to check: the analysis worker's host, the engine
// (through the features), the rules and profiles. lsp/server.ts loads this module on first use and right
// after `initialize` is answered, so that answer waits for none of it (a CommonJS require in the bundle:
// these modules are evaluated only then).
export { AnalysisHost } from '../analysis/worker-host';
export { allRules } from '../rules/index';
export { getProfile, profileCatalog, profileIds } from '../profiles/index';
export { loadProfileFiles } from '../profiles/custom-file';
export { frontMatterProfileId } from '../engine/analyze';
export { wholeCvSnippet, wholeCvText } from '../profiles/templates';
export { codeActions } from './code-actions';
export { completions } from './completion';
export { findingsToDiagnostics } from './diagnostics';
export { hover } from './hover';
export { documentStatus } from './status';
export { documentSymbols } from './symbols';
export { cvReport } from './report';
