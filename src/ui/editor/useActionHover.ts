import { useEffect, useRef } from 'react'
import { describeAction } from '../../core'
import { actionAt, hoverMarkdown } from './actionHover'
import type { HoverReason } from './actionHover'
import { monaco } from './monaco'

/** Why the generated policy grants an action (empty when it does not). */
export type ExplainAction = (action: string) => readonly HoverReason[]

/**
 * Explains any action string the pointer rests on in the model at `modelPath`. The provider is
 * registered once per editor and reads the latest `explain`, so typing does not re-register it.
 */
export function useActionHover(modelPath: string, explain: ExplainAction): void {
  const explainRef = useRef(explain)
  useEffect(() => {
    explainRef.current = explain
  }, [explain])

  useEffect(() => {
    const provider = monaco.languages.registerHoverProvider('json', {
      provideHover: (model, position) => {
        if (model.uri.toString() !== modelPath) return undefined
        const found = actionAt(model.getLineContent(position.lineNumber), position.column)
        if (!found) return undefined

        // AWS's description comes from the reference data, which loads with the editor chunk
        // rather than with the page's first paint.
        const described = describeAction(found.action)
        const reasons = explainRef.current(found.action)
        const { lineNumber } = position
        return {
          range: new monaco.Range(lineNumber, found.startColumn, lineNumber, found.endColumn),
          contents: hoverMarkdown(found.action, described, reasons).map((value) => ({ value })),
        }
      },
    })
    return () => provider.dispose()
  }, [modelPath])
}
