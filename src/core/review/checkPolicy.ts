/**
 * checkPolicy: the Check panel and the CLI's `check` in one call. It lints the pasted text, then
 * compares it with what the configured app needs: missing permissions (requests the policy
 * denies), unneeded grants, and fixes that add what is missing or narrow what is broad.
 */
import { lintPolicy } from '../check/lint'
import type { LintContext } from '../check/lint'
import type { StatementModel, StringItem } from '../check/model'
import { removePropertyEdit, rangeOf } from '../check/parse'
import type { SizeReport } from '../check/size'
import type { Detection, Finding, TextEdit } from '../check/types'
import type { Config } from '../config/types'
import { derivePolicy } from '../derive/derivePolicy'
import { globMatches } from '../iam/glob'
import type { AppRequest, DerivedPolicy } from '../derive/types'
import { findMissing, findUnneeded } from './coverage'
import type { MissingPermission, UnneededGrant } from './coverage'
import { appendStatementsFix, statementsFor } from './fixes'
import { narrowingEdits } from './narrow'

export interface CheckResult {
  readonly findings: readonly Finding[]
  readonly missing: readonly MissingPermission[]
  readonly unneeded: readonly UnneededGrant[]
  readonly sizes: SizeReport
  /** The policy the builder derives for the same configuration, for "use generated" and diff. */
  readonly generated: DerivedPolicy
}

/** Checks pasted policy text against the configuration. Never throws on any input text. */
export function checkPolicy(text: string, config: Config): CheckResult {
  const generated = derivePolicy(config)
  let missing: MissingPermission[] = []
  let unneeded: UnneededGrant[] = []
  let unverified: MissingPermission[] = []

  const lint = lintPolicy(text, (context, detections) => {
    const document = context.parsed.value
    const evaluated = findMissing(document, generated.requests, unknownAddressKeys(config))
    missing = evaluated.filter((m) => m.cause !== 'condition-unverified')
    unverified = evaluated.filter((m) => m.cause === 'condition-unverified')
    dropConfiguredPlaceholders(context, detections, config)
    const statements = context.model.statements.map(normaliseEffect)
    unneeded = findUnneeded(statements, generated.requests)

    detections.push(...missingDetections(context, missing, generated))
    detections.push(...unverifiedDetections(context, unverified))
    detections.push(...unneededDetections(statements, unneeded, generated.requests))
    attachNarrowingFixes(statements, detections, generated.requests)
  })

  return { findings: lint.findings, missing, unneeded, sizes: lint.sizes, generated }
}

/** Address keys whose real values the configuration does not state. */
function unknownAddressKeys(config: Config): ReadonlySet<string> {
  const keys = new Set<string>()
  if (config.fromAddresses.length === 0) keys.add('ses:fromaddress')
  if (!config.sandbox || config.recipients.length === 0) keys.add('ses:recipients')
  return keys
}

/**
 * AWS's documentation account IDs (111122223333) look like placeholders, but not when the user
 * has entered that very account: then the policy is right to name it.
 */
function dropConfiguredPlaceholders(
  context: LintContext,
  detections: Detection[],
  config: Config,
): void {
  const { text } = context.parsed
  const spelled = (d: Detection) => text.slice(d.range.offset, d.range.offset + d.range.length)
  for (let i = detections.length - 1; i >= 0; i--) {
    const detection = detections[i]
    if (
      detection?.code === 'ARN_PLACEHOLDER' &&
      config.account &&
      spelled(detection) === config.account
    ) {
      detections.splice(i, 1)
    }
  }
}

function unverifiedDetections(
  context: LintContext,
  unverified: readonly MissingPermission[],
): Detection[] {
  const seen = new Set<string>()
  return unverified.flatMap((item) => {
    const key = `${item.action} ${item.path}`
    const where = locate(context, item.path)
    if (seen.has(key) || !where) return []
    seen.add(key)
    return [
      {
        code: 'CONDITION_UNVERIFIED',
        ...where,
        value: item.action,
        params: { action: item.action },
      },
    ]
  })
}

/** The linter reports a mis-cased Effect; here it counts as what its author meant. */
function normaliseEffect(statement: StatementModel): StatementModel {
  const effect = statement.effect?.toLowerCase()
  if (effect === 'allow') return { ...statement, effect: 'Allow' }
  if (effect === 'deny') return { ...statement, effect: 'Deny' }
  return statement
}

/** One finding per missing action and place, listing the resources it is missing on. */
function missingDetections(
  context: LintContext,
  missing: readonly MissingPermission[],
  generated: DerivedPolicy,
): Detection[] {
  const { model, parsed } = context
  const statementMember = model.members.get('Statement')
  const takenSids = new Set(
    model.statements.flatMap((s) => {
      const sid = s.members.get('Sid')?.value.value
      return typeof sid === 'string' ? [sid] : []
    }),
  )
  const addable = missing.filter((m) => m.cause !== 'denied')
  const fix = appendStatementsFix(
    parsed.text,
    model.statementNode,
    statementsFor(generated.document, addable, takenSids),
  )

  const groups = new Map<string, MissingPermission[]>()
  for (const item of missing) {
    const key = `${item.action}\u0000${item.path}\u0000${item.cause === 'denied'}`
    groups.set(key, [...(groups.get(key) ?? []), item])
  }

  return [...groups.values()].flatMap((items) => {
    const first = items[0]
    if (!first) return []
    const located = locate(context, first.path)
    const fallback = statementMember
      ? { path: 'Statement', range: rangeOf(statementMember.keyNode) }
      : { path: '', range: { offset: 0, length: Math.min(1, parsed.text.length) } }
    const where = located ?? fallback
    const denied = first.cause === 'denied'
    const resources = items.map((i) => i.resource).join(', ')
    return [
      {
        code: denied ? 'MISSING_PERMISSION_DENIED' : 'MISSING_PERMISSION',
        ...where,
        value: first.action,
        params: { action: first.action, resource: resources },
        ...(!denied && fix && { edits: fix.edits }),
      },
    ]
  })
}

function locate(context: LintContext, path: string): Pick<Detection, 'path' | 'range'> | undefined {
  if (path === '') return undefined
  const { root } = context.parsed
  const statement = context.model.statements.find((s) => path.startsWith(s.path))
  if (!root || !statement) return undefined
  // Underline the key of a condition or element, not a whole multi-line value.
  for (const member of statement.members.values()) {
    if (member.path === path) return { path, range: rangeOf(member.keyNode) }
  }
  const condition = statement.conditions.find((c) => c.path === path)
  if (condition) return { path, range: rangeOf(condition.keyNode) }
  return { path: statement.path, range: rangeOf(statement.node) }
}

function unneededDetections(
  statements: readonly StatementModel[],
  unneeded: readonly UnneededGrant[],
  requests: readonly AppRequest[],
): Detection[] {
  const unneededPaths = new Set(unneeded.map((u) => u.path))
  const detections: Detection[] = []
  for (const statement of statements) {
    for (const item of [...statement.actions, ...statement.resources]) {
      if (!unneededPaths.delete(item.path)) continue
      const isAction = statement.actions.includes(item)
      // An action is unneeded wherever it appears; a resource only if no needed action uses it.
      if (!isAction && !resourceUnusedByStatement(statement, item.value, requests)) continue
      const edits = removalEdits(statement, item, isAction)
      detections.push({
        code: isAction ? 'UNNEEDED_ACTION' : 'UNNEEDED_RESOURCE',
        path: item.path,
        range: rangeOf(item.node),
        value: item.value,
        params: { action: item.value },
        ...(edits && { edits }),
      })
    }
  }
  return detections
}

function resourceUnusedByStatement(
  statement: StatementModel,
  resource: string,
  requests: readonly AppRequest[],
): boolean {
  const needed = requests.filter((r) =>
    statement.actions.some((a) => globMatches(a.value, r.action, true)),
  )
  return !needed.some((r) => globMatches(resource, r.resource))
}

/** Removes one entry of a list; a lone entry cannot go without emptying the element. */
function removalEdits(
  statement: StatementModel,
  item: StringItem,
  isAction: boolean,
): TextEdit[] | undefined {
  const list = isAction ? statement.actions : statement.resources
  if (list.length < 2 || item.node.parent === undefined) return undefined
  return [removePropertyEdit(item.node)]
}

function attachNarrowingFixes(
  statements: readonly StatementModel[],
  detections: Detection[],
  requests: readonly AppRequest[],
): void {
  detections.forEach((detection, i) => {
    if (detection.edits) return
    const edits = narrowingEdits(detection, statements, requests)
    if (edits) detections[i] = { ...detection, edits }
  })
}
