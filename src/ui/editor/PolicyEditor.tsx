/**
 * The generated policy in a read-only Monaco editor. It grows with its content instead of
 * scrolling inside the page, and explains any action the pointer rests on.
 */
import Editor from '@monaco-editor/react'
import type { ReactNode } from 'react'
import { useState } from 'react'
import { useActionHover } from './useActionHover'
import { useEditorOptions } from './useEditorOptions'
import type { ExplainAction } from './useActionHover'

export interface PolicyEditorProps {
  readonly value: string
  /** What the core knows about an action, and why the policy grants it. */
  readonly explain: ExplainAction
  /** Shown while Monaco starts, so the policy is readable from the first paint. */
  readonly fallback: ReactNode
}

const MODEL_PATH = 'inmemory://policy/generated.json'
const MIN_HEIGHT = 120

export default function PolicyEditor({ value, explain, fallback }: PolicyEditorProps) {
  const [height, setHeight] = useState(MIN_HEIGHT)
  const options = useEditorOptions()
  useActionHover(MODEL_PATH, explain)

  return (
    <div data-testid="policy-editor" style={{ height }}>
      <Editor
        path={MODEL_PATH}
        language="json"
        value={value}
        loading={fallback}
        height={height}
        options={{ ...options, readOnly: true, domReadOnly: true }}
        onMount={(editor) => {
          const fit = (): void => setHeight(Math.max(MIN_HEIGHT, editor.getContentHeight()))
          editor.onDidContentSizeChange(fit)
          fit()
        }}
      />
    </div>
  )
}
