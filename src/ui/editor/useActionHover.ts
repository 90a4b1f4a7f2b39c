import { useEffect, useRef } from 'react'
import { actionAt, hoverMarkdown } from './actionHover'
import type { HoverReason } from './actionHover'
import { monaco } from './monaco'

/** What the page knows about an action: AWS's description and why the policy grants it. */
export type ExplainAction = (action: string) => {
  readonly described: { readonly description: string; readonly accessLevel: string } | undefined
  readonly reasons: readonly HoverReason[]
}

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

        const { described, reasons } = explainRef.current(found.action)
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
