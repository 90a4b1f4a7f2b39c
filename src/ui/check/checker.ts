/**
 * Fixes from the core's checker, applied safely to the pasted text.
 */
import { applyEdits } from '../../core'
import type { Finding } from '../../core'

export type { Finding }

/** The text with a finding's fix applied, or undefined if the fix cannot be applied to it. */
export function applyFix(text: string, finding: Finding): string | undefined {
  if (!finding.fix) return undefined
  try {
    return applyEdits(text, finding.fix.edits)
  } catch {
    // Overlapping edits are a checker bug; the user keeps their text and gets a message.
    return undefined
  }
}
