/**
 * Monaco, taken from the installed package instead of the CDN @monaco-editor/react would
 * otherwise load it from: the page must work offline and make no request to another origin.
 * Only the editor core, the contributions this page uses and the JSON language are imported,
 * which keeps the lazily loaded chunk well below the full distribution. Some contributions
 * provide services others need (code lens cache, outline model, drag-and-drop): without them
 * the editor throws "depends on UNKNOWN service" at startup, so they stay in the list.
 */
import { loader } from '@monaco-editor/react'
import * as monaco from 'monaco-editor/editor.js'
import 'monaco-editor/features/codicon/register.js'
import 'monaco-editor/features/codeEditor/register.js'
import 'monaco-editor/features/diffEditor/register.js'
import 'monaco-editor/features/hover/register.js'
import 'monaco-editor/features/find/register.js'
import 'monaco-editor/features/folding/register.js'
import 'monaco-editor/features/bracketMatching/register.js'
import 'monaco-editor/features/clipboard/register.js'
import 'monaco-editor/features/codelens/register.js'
import 'monaco-editor/features/dnd/register.js'
import 'monaco-editor/features/documentSymbols/register.js'
import 'monaco-editor/features/dropOrPasteInto/register.js'
import 'monaco-editor/features/contextmenu/register.js'
import 'monaco-editor/features/cursorUndo/register.js'
import 'monaco-editor/features/comment/register.js'
import 'monaco-editor/features/format/register.js'
import 'monaco-editor/features/gotoError/register.js'
import 'monaco-editor/features/indentation/register.js'
import 'monaco-editor/features/linesOperations/register.js'
import 'monaco-editor/features/multicursor/register.js'
import 'monaco-editor/features/readOnlyMessage/register.js'
import 'monaco-editor/features/smartSelect/register.js'
import 'monaco-editor/features/suggest/register.js'
import 'monaco-editor/features/wordHighlighter/register.js'
import 'monaco-editor/features/wordOperations/register.js'
import { jsonDefaults } from 'monaco-editor/languages/features/json/register.js'
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker'
import JsonWorker from 'monaco-editor/languages/features/json/json.worker.js?worker'

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker: (workerId: string, label: string) => Worker }
  }
}

// Vite bundles both workers as files next to the page, so they load from the page's origin.
window.MonacoEnvironment = {
  getWorker: (_workerId, label) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
}

// Policies are plain JSON: no comments, no trailing commas, and never a schema from the network.
jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  trailingCommas: 'error',
  enableSchemaRequest: false,
  schemas: [],
})

loader.config({ monaco: monaco as unknown as Parameters<typeof loader.config>[0]['monaco'] })

export { monaco }
export type MonacoApi = typeof monaco

/** Options shared by every editor on the page: dense, no minimap, page scrolling untouched. */
export const EDITOR_OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  automaticLayout: true,
  fontSize: 13,
  lineHeight: 19,
  tabSize: 2,
  renderLineHighlight: 'none',
  overviewRulerLanes: 0,
  hideCursorInOverviewRuler: true,
  fixedOverflowWidgets: true,
  scrollbar: { alwaysConsumeMouseWheel: false },
  hover: { delay: 250 },
}
