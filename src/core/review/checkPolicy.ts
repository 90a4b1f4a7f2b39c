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
import { inferFromPolicy } from './infer'
import type { Assumptions } from './infer'
import type { MissingPermission, UnneededGrant } from './coverage'
import { appendStatementsFix, statementsFor } from './fixes'
import { narrowingEdits } from './narrow'

export interface CheckResult {
  readonly findings: readonly Finding[]
  readonly missing: readonly MissingPermission[]
  readonly unneeded: readonly UnneededGrant[]
  readonly sizes: SizeReport
  /** Inputs the configuration left out and the check read from the policy's own ARNs. */
  readonly assumed: Assumptions
  /** The policy the builder derives for the configuration as checked (assumptions included). */
  readonly generated: DerivedPolicy
}

/** Checks pasted policy text against the configuration. Never throws on any input text. */
export function checkPolicy(text: string, config: Config): CheckResult {
  let generated: DerivedPolicy | undefined
  let assumed: Assumptions = {}
  let missing: MissingPermission[] = []
  let unneeded: UnneededGrant[] = []

  const lint = lintPolicy(text, (context, detections) => {
    // Text that is not a policy object has nothing to compare; the linter has said what is wrong.
    if (!isObject(context.parsed.value)) return
    const statements = context.model.statements.map(normaliseEffect)
    const inferred = inferFromPolicy(statements, config)
    assumed = inferred.assumed
    generated = derivePolicy(inferred.config)
    const { requests } = generated

    const evaluated = findMissing(context.parsed.value, requests, unknownAddressKeys(config))
    missing = evaluated.filter((m) => m.cause !== 'condition-unverified')
    const unverified = evaluated.filter((m) => m.cause === 'condition-unverified')
    unneeded = findUnneeded(statements, requests)

    refinePlaceholders(context, detections, config)
    detections.push(...missingDetections(context, missing, generated))
    detections.push(...unverifiedDetections(context, unverified))
    detections.push(...unneededDetections(statements, unneeded, requests))
    attachNarrowingFixes(statements, detections, requests)
  })

  // Text that is no policy object was never compared: the plain configuration's policy stands.
  generated ??= derivePolicy(config)
  return { findings: lint.findings, missing, unneeded, sizes: lint.sizes, assumed, generated }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Address keys whose real values the configuration does not state. */
function unknownAddressKeys(config: Config): ReadonlySet<string> {
  const keys = new Set<string>()
  if (config.fromAddresses.length === 0) keys.add('ses:fromaddress')
  if (!config.sandbox || config.recipients.length === 0) keys.add('ses:recipients')
  return keys
}

/**
 * Placeholders, seen with the configuration: AWS's documentation account IDs (111122223333) look
 * like placeholders, but not when the user entered that very account or topic ARN. And where the
 * configuration holds the one value a placeholder stands for, the finding gets a fix filling it in.
 */
function refinePlaceholders(context: LintContext, detections: Detection[], config: Config): void {
  const { text } = context.parsed
  const spelled = (d: Detection) => text.slice(d.range.offset, d.range.offset + d.range.length)
  const entered = [config.account, ...config.snsTopics].filter(Boolean)
  for (let i = detections.length - 1; i >= 0; i--) {
    const detection = detections[i]
    const placeholder =
      detection?.code === 'ARN_PLACEHOLDER' || detection?.code === 'ARN_EXAMPLE_ACCOUNT'
    if (!detection || !placeholder || detection.edits) continue
    const found = spelled(detection)
    if (entered.some((value) => value.includes(found))) {
      detections.splice(i, 1)
      continue
    }
    const before = text.slice(Math.max(0, detection.range.offset - 20), detection.range.offset)
    const replacement = placeholderValue(detection.params?.segment, before, config)
    if (replacement) {
      detections[i] = {
        ...detection,
        params: { ...detection.params, replacement },
        edits: [{ ...detection.range, text: replacement }],
      }
    }
  }
}

function placeholderValue(
  segment: string | undefined,
  before: string,
  config: Config,
): string | undefined {
  const only = (list: readonly string[]) => (list.length === 1 ? list[0] : undefined)
  if (segment === 'region') return only(config.regions)
  if (segment === 'account') return config.account || undefined
  if (segment !== 'resource name') return undefined
  if (before.endsWith('identity/')) return only(config.identities)
  if (before.endsWith('template/')) return only(config.templates)
  return undefined
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
      const wildcard = isAction && /[*?]/.test(item.value)
      // An action is unneeded wherever it appears; a resource only if no needed action uses it.
      if (!isAction && !resourceUnusedByStatement(statement, item.value, requests)) continue
      // A broad wildcard is already a security finding, which carries the narrowing fix.
      if (wildcard && BROAD_ACTIONS.test(item.value)) continue
      const edits = wildcard
        ? narrowingEdits(
            { code: 'ALLOW_SERVICE_WILDCARD', path: item.path, range: rangeOf(item.node) },
            [statement],
            requests,
          )
        : removalEdits(statement, item, isAction)
      detections.push({
        code: wildcard ? 'UNNEEDED_WILDCARD' : isAction ? 'UNNEEDED_ACTION' : 'UNNEEDED_RESOURCE',
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

/** `*` and `service:*`, which the linter reports as security findings. */
const BROAD_ACTIONS = /^(\*|[^:]+:\*+)$/

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
