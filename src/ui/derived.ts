/**
 * Values computed from the store by the pure core. They live here, not in the store, so they
 * can never go stale: the same inputs always give the same policy.
 */
import { useMemo } from 'react'
import { derivePolicy, describeAction } from '../core'
import type { DerivedPolicy } from '../core'
import { usePageStore } from './store'

/** The policy for the configuration on screen. */
export function useDerivedPolicy(): DerivedPolicy {
  const config = usePageStore((s) => s.config)
  return useMemo(() => derivePolicy(config), [config])
}

/**
 * AWS's description of an action and the reasons the generated policy grants it: the text of
 * the editor's hover, in the Build tab and when checking a pasted policy alike.
 */
export function explainAction(derived: DerivedPolicy, action: string) {
  const reasons = derived.statements.flatMap((statement) =>
    statement.actions.filter((a) => a.action === action).flatMap((a) => a.reasons),
  )
  return { described: describeAction(action), reasons }
}
