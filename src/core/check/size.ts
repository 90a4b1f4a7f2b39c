/**
 * IAM's size quotas. IAM counts the characters of a policy without white space; the inline
 * quotas cover all inline policies of one user, group or role together, so a policy near a
 * quota leaves no room beside it. Quotas as AWS's "IAM and AWS STS quotas" page states them.
 */
import type { Detection } from './types'

export type PolicyKind = 'userInline' | 'groupInline' | 'roleInline' | 'managed'

/** Character quotas by where the policy is attached, smallest first. */
export const SIZE_QUOTAS: Readonly<Record<PolicyKind, number>> = {
  userInline: 2048,
  groupInline: 5120,
  managed: 6144,
  roleInline: 10240,
}

export interface SizeReport {
  /** Characters of the pasted text that IAM counts, i.e. all but white space. */
  readonly characters: number
  /** Whether the policy fits each quota. */
  readonly fits: Readonly<Record<PolicyKind, boolean>>
}

/** Counts the characters IAM counts against its policy size quotas. */
export function measurePolicy(text: string): SizeReport {
  let characters = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) characters++
  }
  const fits = {
    userInline: characters <= SIZE_QUOTAS.userInline,
    groupInline: characters <= SIZE_QUOTAS.groupInline,
    managed: characters <= SIZE_QUOTAS.managed,
    roleInline: characters <= SIZE_QUOTAS.roleInline,
  }
  return { characters, fits }
}

const FINDINGS: readonly [PolicyKind, Detection['code']][] = [
  ['roleInline', 'POLICY_SIZE_OVER_ALL'],
  ['managed', 'POLICY_SIZE_OVER_MANAGED'],
  ['groupInline', 'POLICY_SIZE_OVER_GROUP_INLINE'],
  ['userInline', 'POLICY_SIZE_OVER_USER_INLINE'],
]

/**
 * One finding for the largest quota the policy exceeds, since that decides where it can still
 * be attached; undefined when it fits everywhere.
 */
export function sizeDetection(size: SizeReport): Detection | undefined {
  const over = FINDINGS.find(([kind]) => !size.fits[kind])
  if (!over) return undefined
  const [kind, code] = over
  const params = { limit: String(SIZE_QUOTAS[kind]), count: String(size.characters) }
  // Marked at the document's first character: the whole document is the culprit, and
  // underlining all of it would hide every other finding.
  const range = { offset: 0, length: 1 }
  return { code, path: '', range, value: String(size.characters), params }
}
