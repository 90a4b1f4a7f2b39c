/** Pasted policy beside the generated one, so a user sees exactly what the builder would change. */
import { DiffEditor } from '@monaco-editor/react'
import type { ReactNode } from 'react'
import { EDITOR_OPTIONS } from './monaco'

export interface DiffViewProps {
  readonly pasted: string
  readonly generated: string
  readonly fallback: ReactNode
}

export default function DiffView({ pasted, generated, fallback }: DiffViewProps) {
  return (
    <div data-testid="policy-diff" style={{ height: 420 }}>
      <DiffEditor
        original={pasted}
        modified={generated}
        originalModelPath="inmemory://diff/pasted.json"
        modifiedModelPath="inmemory://diff/generated.json"
        language="json"
        loading={fallback}
        height="100%"
        options={{
          ...EDITOR_OPTIONS,
          readOnly: true,
          originalEditable: false,
          renderSideBySide: true,
          useInlineViewWhenSpaceIsLimited: false,
        }}
      />
    </div>
  )
}
