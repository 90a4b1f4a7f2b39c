/**
 * Values computed from the store by the pure core. They live here, not in the store, so they
 * can never go stale: the same inputs always give the same policy.
 */
import { useMemo } from 'react'
import { derivePolicy } from '../core'
import type { DerivedPolicy } from '../core'
import { usePageStore } from './store'

/** The policy for the configuration on screen. */
export function useDerivedPolicy(): DerivedPolicy {
  const config = usePageStore((s) => s.config)
  return useMemo(() => derivePolicy(config), [config])
}

/** Why the generated policy grants an action: the text of the editor's hover, in both tabs. */
export function reasonsFor(derived: DerivedPolicy, action: string) {
  return derived.statements.flatMap((statement) =>
    statement.actions.filter((a) => a.action === action).flatMap((a) => a.reasons),
  )
}
