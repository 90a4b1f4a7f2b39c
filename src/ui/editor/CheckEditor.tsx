/**
 * The editable editor for a pasted policy. Findings appear as markers (underlines with their
 * message on hover), and the panel can move the cursor to a finding through `onReady`.
 */
import Editor from '@monaco-editor/react'
import type { ReactNode } from 'react'
import { useEffect, useState } from 'react'
import { monaco } from './monaco'
import { useActionHover } from './useActionHover'
import type { ExplainAction } from './useActionHover'
import { useEditorOptions } from './useEditorOptions'
import type { MonacoApi } from './monaco'

/** A finding as the editor needs it: where it is and what to say. */
export interface EditorMarker {
  readonly offset: number
  readonly length: number
  readonly severity: 'error' | 'security' | 'warning' | 'suggestion'
  readonly code: string
  readonly message: string
}

/** Lets the panel act on the editor without holding Monaco objects in React state. */
export interface CheckEditorHandle {
  /** Selects the text range and scrolls it into view. */
  reveal: (offset: number, length: number) => void
}

export interface CheckEditorProps {
  readonly value: string
  readonly onChange: (text: string) => void
  readonly markers: readonly EditorMarker[]
  readonly onReady: (handle: CheckEditorHandle | undefined) => void
  /** Explains an action under the pointer, as in the generated policy. */
  readonly explain: ExplainAction
  readonly fallback: ReactNode
}

export const MARKER_OWNER = 'ses-policy-check'
const MODEL_PATH = 'inmemory://policy/pasted.json'
/** More underlines than this help nobody and slow the editor on a pasted megabyte. */
const MARKER_LIMIT = 500

type CodeEditor = ReturnType<MonacoApi['editor']['create']>

export default function CheckEditor(props: CheckEditorProps) {
  const { value, onChange, markers, onReady, explain, fallback } = props
  const [editor, setEditor] = useState<CodeEditor | undefined>(undefined)
  const options = useEditorOptions()
  useActionHover(MODEL_PATH, explain)

  useEffect(() => {
    const model = editor?.getModel()
    if (!model) return

    monaco.editor.setModelMarkers(
      model,
      MARKER_OWNER,
      markers.slice(0, MARKER_LIMIT).map((m) => toMarker(model, m)),
    )
  }, [editor, markers, value])

  useEffect(() => {
    if (!editor) return
    onReady({ reveal: (offset, length) => reveal(editor, offset, length) })
    return () => onReady(undefined)
  }, [editor, onReady])

  return (
    <div data-testid="check-editor" style={{ height: '100%' }}>
      <Editor
        path={MODEL_PATH}
        language="json"
        value={value}
        loading={fallback}
        height="100%"
        options={{ ...options, ariaLabel: 'Policy to check' }}
        onChange={(text) => onChange(text ?? '')}
        onMount={(mounted) => setEditor(mounted)}
      />
    </div>
  )
}

type Model = NonNullable<ReturnType<CodeEditor['getModel']>>

function toMarker(model: Model, marker: EditorMarker) {
  const start = model.getPositionAt(marker.offset)
  const end = model.getPositionAt(marker.offset + Math.max(marker.length, 1))
  return {
    startLineNumber: start.lineNumber,
    startColumn: start.column,
    endLineNumber: end.lineNumber,
    endColumn: end.column,
    message: marker.message,
    code: marker.code,
    severity: SEVERITY[marker.severity],
    source: 'SES Policy Builder',
  }
}

// A security finding is underlined like an error: it is why someone pastes a policy here.
const SEVERITY = {
  error: monaco.MarkerSeverity.Error,
  security: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  suggestion: monaco.MarkerSeverity.Info,
} as const

function reveal(editor: CodeEditor, offset: number, length: number): void {
  const model = editor.getModel()
  if (!model) return

  const start = model.getPositionAt(offset)
  const end = model.getPositionAt(offset + length)
  const range = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column)
  editor.setSelection(range)
  editor.revealRangeInCenterIfOutsideViewport(range)
  editor.focus()
}
