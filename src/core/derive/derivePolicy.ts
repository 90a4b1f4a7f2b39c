/**
 * derivePolicy: from what the app does to the least-privilege identity policy, with the reason
 * for every action and resource. Pure and deterministic: the same configuration gives
 * byte-identical JSON (statements in a fixed order, actions and resources sorted).
 */
import type { Config } from '../config/types'
import { globMatches } from '../iam/glob'
import { OPERATIONS } from '../knowledge/operations'
import type { Grant, OperationId } from '../knowledge/operations'
import { getSender } from '../knowledge/senders'
import { recipientIdentities, resourcesOf } from './arns'
import { deriveNotes } from './notes'
import { appRequests } from './requests'
import { effectiveConfig } from './effective'
import type {
  ActionExplanation,
  DerivedPolicy,
  PolicyDocument,
  PolicyStatement,
  Reason,
  ResourceExplanation,
  StatementExplanation,
} from './types'

/** One grant as applied to a configuration: its action, resources and condition. */
export interface AppliedGrant {
  readonly operation: string
  readonly grant: Grant
  readonly resources: readonly ResourceExplanation[]
  readonly condition?: PolicyStatement['Condition']
}

/** The catalogue operations the configured app performs, in the sender's feature order. */
function operationsOf(config: Config): OperationId[] {
  const sender = getSender(config.sender)
  const ids = sender.features
    .filter((feature) => config.features.includes(feature.id))
    .flatMap((feature) => feature.operations)
  if (config.allowSendEmail && sender.sendEmailCompat && config.features.includes('send')) {
    ids.push(sender.sendEmailCompat)
  }
  return ids
}

/** Every grant the configuration needs, with resource ARNs filled in. */
function applyGrants(config: Config): AppliedGrant[] {
  return operationsOf(config).flatMap((id) => {
    const operation = OPERATIONS[id]
    return operation.grants.map((grant: Grant) => {
      const resources = grant.resources.flatMap((kind) => resourcesOf(kind, config))
      if (config.sandbox && grant.sendsMail) resources.push(...recipientIdentities(config))
      const condition = fromCondition(config, grant)
      return { operation: operation.label, grant, resources, ...(condition && { condition }) }
    })
  })
}

function fromCondition(config: Config, grant: Grant): PolicyStatement['Condition'] {
  if (!grant.addressKeys || config.fromAddresses.length === 0) return undefined
  return { StringLike: { 'ses:FromAddress': [...new Set(config.fromAddresses)].sort() } }
}

/** Derives the policy document, its explanation and the requests the app makes. */
export function derivePolicy(input: Config): DerivedPolicy {
  const config = effectiveConfig(input)
  const applied = applyGrants(config)

  const statements = groupIntoStatements(applied)
  const document: PolicyDocument = {
    Version: '2012-10-17',
    Statement: statements.map((s) => s.statement),
  }

  return {
    document,
    json: `${JSON.stringify(document, null, 2)}\n`,
    statements: statements.map((s) => s.explanation),
    notes: deriveNotes(input, config, applied),
    requests: appRequests(config, applied),
  }
}

interface ActionEntry {
  action: string
  reasons: Reason[]
  resources: ResourceExplanation[]
  condition: PolicyStatement['Condition']
}

/** Merges grants by action, then puts actions with the same resources and condition together. */
function groupIntoStatements(applied: readonly AppliedGrant[]) {
  const byAction = new Map<string, ActionEntry>()
  for (const item of applied) {
    const entry = byAction.get(item.grant.action) ?? {
      action: item.grant.action,
      reasons: [],
      resources: [],
      condition: item.condition,
    }
    entry.reasons.push(reasonOf(item))
    entry.resources.push(...item.resources)
    byAction.set(item.grant.action, entry)
  }

  const groups = new Map<string, ActionEntry[]>()
  for (const entry of byAction.values()) {
    entry.resources = minimalResources(entry.resources)
    const key = JSON.stringify([entry.resources.map((r) => r.arn), entry.condition ?? null])
    groups.set(key, [...(groups.get(key) ?? []), entry])
  }

  // Map order is insertion order, so statements follow the sender's features (sends first).
  return [...groups.values()].map((entries) =>
    buildStatement(entries.sort((a, b) => a.action.localeCompare(b.action))),
  )
}

function reasonOf(item: AppliedGrant): Reason {
  const { why, confidence, sources } = item.grant
  return { operation: item.operation, why, confidence, sources }
}

/** Sorted, de-duplicated ARNs, dropping any that a wildcard ARN in the same list already covers. */
function minimalResources(resources: readonly ResourceExplanation[]): ResourceExplanation[] {
  const unique = new Map<string, ResourceExplanation>()
  for (const r of resources) if (!unique.has(r.arn)) unique.set(r.arn, r)
  const arns = [...unique.keys()]
  return [...unique.values()]
    .filter(
      (r) =>
        !arns.some((other) => other !== r.arn && other.includes('*') && globMatches(other, r.arn)),
    )
    .sort((a, b) => a.arn.localeCompare(b.arn))
}

function buildStatement(entries: readonly ActionEntry[]): {
  statement: PolicyStatement
  explanation: StatementExplanation
} {
  const first = entries[0]
  if (!first) throw new Error('a statement needs at least one action')
  const actions = entries.map((e) => e.action)
  const sid = sidOf(actions)
  const statement: PolicyStatement = {
    Sid: sid,
    Effect: 'Allow',
    Action: actions,
    Resource: first.resources.map((r) => r.arn),
    ...(first.condition && { Condition: first.condition }),
  }
  const explanation: StatementExplanation = {
    sid,
    purpose: purposeOf(entries),
    actions: entries.map((e): ActionExplanation => ({ action: e.action, reasons: e.reasons })),
    resources: first.resources,
    conditionNotes: conditionNotes(entries),
  }
  return { statement, explanation }
}

/** A Sid made of what the statement grants, e.g. `AllowSesSendRawEmail`. */
function sidOf(actions: readonly string[]): string {
  const services = [...new Set(actions.map((a) => a.split(':')[0] ?? ''))]
  const names = actions.map((a) => a.split(':')[1] ?? '')
  const service = services.map((s) => s.charAt(0).toUpperCase() + s.slice(1)).join('')
  return `Allow${service}${names.join('')}`.replace(/[^A-Za-z0-9]/g, '')
}

function purposeOf(entries: readonly ActionEntry[]): string {
  const operations = [...new Set(entries.flatMap((e) => e.reasons.map((r) => r.operation)))]
  return `Lets the app perform: ${operations.join('; ')}.`
}

function conditionNotes(entries: readonly ActionEntry[]): string[] {
  const notes: string[] = []
  if (entries[0]?.condition) {
    notes.push('ses:FromAddress must match one of the From restrictions (StringLike globs).')
  }
  if (entries[0]?.condition && entries.some((e) => e.action === 'ses:SendBulkTemplatedEmail')) {
    notes.push(
      "Anymail's documentation puts address conditions on ses:SendBulkTemplatedEmail for bulk " +
        'sends (medium confidence): if templated sends are denied, clear the From restriction.',
    )
  }
  if (entries.some((e) => e.action === 'ses:SendBulkEmail')) {
    notes.push(
      'ses:SendBulkEmail has no address condition keys, so it sits in a statement without ' +
        'From or recipient conditions: such a condition would never match and deny every send.',
    )
  }
  return notes
}
