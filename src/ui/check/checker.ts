/**
 * The Check tab's bridge to the core's checker: the check itself, and fixes applied safely.
 */
import { applyEdits, checkPolicy } from '../../core'
import type { CheckResult, Config, Finding } from '../../core'

export type { Finding }

/** Checks the pasted text: located findings, and what it misses or over-grants for the app. */
export function runCheck(text: string, config: Config): CheckResult {
  return checkPolicy(text, config)
}

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
