// Constants the `initialize` answer (lsp/capabilities.ts) shares with the features: a module of their own, so
// that neither side loads the other.
import { CodeActionKind } from 'vscode-languageserver';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.cvlint`;
export const COMPLETION_TRIGGER_CHARACTERS = ['#'];
