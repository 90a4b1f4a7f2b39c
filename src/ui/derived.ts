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

/**
 * True while a note says the policy is not fit to use (an invalid input was left out, which can
 * make it broader than meant): the page keeps showing it but will not hand it out.
 */
export function isBlocked(derived: DerivedPolicy): boolean {
  return derived.notes.some((note) => note.level === 'error')
}

/** Why the generated policy grants an action: the text of the editor's hover, in both tabs. */
export function reasonsFor(derived: DerivedPolicy, action: string) {
  return derived.statements.flatMap((statement) =>
    statement.actions.filter((a) => a.action === action).flatMap((a) => a.reasons),
  )
}
